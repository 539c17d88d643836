"""``today``: this week's checklist, what is late, and the next step.

Assembled from the situation (``views/situation.py``): every week, date and
verdict comes from its plan and clock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fashioncoach.core.pace import Clock, Pace
from fashioncoach.model.record import record
from fashioncoach.views.lines import (
    ActionLine,
    Day,
    MilestoneLine,
    PhasePosition,
    ResourceLine,
    action_line,
    milestone_line,
    phase_position,
    resource_lines,
)
from fashioncoach.views.situation import Situation

if TYPE_CHECKING:
    from datetime import date

    from fashioncoach.model.progress import Progress
    from fashioncoach.model.roadmap import Roadmap

MILESTONE_WARNING_DAYS = 14


@record
class NextStep:
    """What the coach says comes next, at a transition."""

    kind: str  # "", "week-done", "phase-done" or "complete"
    action: str  # the next open action's id, after "week-done"
    title: str  # its title


@record
class TodayView:
    clock: Clock
    date: Day
    roadmap: str
    start_date: Day
    days_to_start: int  # 0 once started
    phase: PhasePosition
    phases: int
    week: int  # the plan week (the clock's)
    weeks: int
    week_start: Day
    week_end: Day
    weeks_over: int  # how far the current phase runs past its planned weeks
    last_phase: bool
    complete: bool
    actions: list[ActionLine]  # this week's, then earlier ones still open
    milestones: list[MilestoneLine]
    resources: list[ResourceLine]
    done: int  # of this week's actions
    skipped: int
    total: int
    hours_open: float  # work left: the open hours of every action listed
    weekly_hours: float
    unknown_actions: list[str]
    pace: Pace
    paused_until: Day | None  # the first day back, when today is in a pause
    pause_reason: str
    next_step: NextStep


def build_today(*, roadmap: Roadmap, progress: Progress, today: date) -> TodayView:
    return today_view(Situation(roadmap=roadmap, progress=progress, today=today))


def today_view(now: Situation) -> TodayView:
    roadmap, plan, log, clock = now.roadmap, now.plan, now.log, now.clock
    progress = now.progress
    assert progress is not None  # today starts a plan before it shows one
    span = plan.spans[plan.current]
    week = clock.plan_week
    last_phase = plan.current == len(roadmap.phases) - 1

    def line(action_id: str) -> ActionLine:
        action = by_id[action_id]
        return action_line(action, plan, log, today_week=week, roadmap=roadmap)

    by_id = {action.id: action for action in now.actions}
    week_start, week_end = clock.week_start, clock.week_end

    def late_this_week(action_id: str) -> bool:
        """Open, or resolved during this week: a late action keeps its number all week."""
        when = log.resolved_on.get(action_id)
        return when is None or week_start <= when <= week_end

    this_week: list[ActionLine] = []
    late: list[ActionLine] = []
    for action in now.actions:
        index = plan.action_phase[action.id]
        due = plan.action_week[action.id]
        if index == plan.current and due == week:
            this_week.append(line(action.id))
        elif (index < plan.current or (index == plan.current and due < week)) and (
            late_this_week(action.id)
        ):
            late.append(line(action.id))
    late.sort(key=lambda item: (item.left_in == "", item.week))
    for number, item in enumerate(this_week + late, start=1):
        item.number = number

    milestones = [
        item
        for item in (
            milestone_line(milestone, plan, log, today=now.today)
            for milestone in roadmap.milestones
        )
        if not item.done
        and item.due_date is not None
        and (item.due_date - now.today).days <= MILESTONE_WARNING_DAYS
    ]
    shown = this_week + late
    pause = plan.pause_on(now.today)
    start = progress.start_date
    return TodayView(
        clock=clock,
        date=now.today,
        roadmap=roadmap.overview.title,
        start_date=start,
        days_to_start=max(0, (start - now.today).days),
        phase=phase_position(span, clock),
        phases=len(roadmap.phases),
        week=week,
        weeks=clock.plan_weeks,
        week_start=clock.week_start,
        week_end=clock.week_end,
        weeks_over=max(0, clock.phase_week - span.planned_weeks),
        last_phase=last_phase,
        complete=now.complete,
        actions=shown,
        milestones=milestones,
        resources=resource_lines(roadmap, [item for a in this_week for item in a.resources]),
        done=sum(1 for item in this_week if item.status == "done"),
        skipped=sum(1 for item in this_week if item.status == "skipped"),
        total=len(this_week),
        hours_open=sum((item.hours for item in shown if item.status == "open"), 0.0),
        weekly_hours=progress.hours_per_week,
        unknown_actions=log.unknown,
        pace=now.pace,
        paused_until=pause.until if pause is not None else None,
        pause_reason=pause.reason if pause is not None else "",
        next_step=next_step(now, this_week, late),
    )


def next_step(now: Situation, this_week: list[ActionLine], late: list[ActionLine]) -> NextStep:
    """The transition the learner is at: the week or the phase done, or the roadmap.

    After the week's own list, the next step is the oldest open work still listed (rule
    5), before anything of a later week.
    """
    if now.complete:
        return NextStep("complete", "", "")
    plan = now.plan
    if not now.phase_open(plan.current) and plan.current < len(now.roadmap.phases) - 1:
        return NextStep("phase-done", "", "")
    if this_week and all(item.status != "open" for item in this_week):
        older = [item for item in late if item.status == "open"]
        if older:
            return NextStep("week-done", older[0].id, older[0].title)
        week = now.clock.plan_week
        later = [
            action
            for action in now.actions
            if plan.action_week[action.id] > week and not now.log.resolved(action.id)
        ]
        later.sort(key=lambda action: plan.action_week[action.id])
        if later:
            return NextStep("week-done", later[0].id, later[0].title)
        return NextStep("week-done", "", "")
    return NextStep("", "", "")


def open_action_ids_this_week(*, roadmap: Roadmap, progress: Progress, today: date) -> list[str]:
    """What shell completion offers: the ids ``today`` shows as open."""
    view = build_today(roadmap=roadmap, progress=progress, today=today)
    return [line.id for line in view.actions if line.status == "open"]


def review_skills(*, roadmap: Roadmap, progress: Progress, today: date) -> list[str]:
    """The skills worked on this plan week: those of the actions done in it, or else
    those of the actions ``today`` shows; most important first."""
    now = Situation(roadmap=roadmap, progress=progress, today=today)
    week = now.clock.plan_week
    actions = {action.id: action for action in now.actions}
    worked = [
        actions[action_id]
        for action_id, when in now.log.done_on.items()
        if action_id in actions and now.plan.week_of(when) == week
    ]
    if not worked:
        worked = [actions[line.id] for line in today_view(now).actions]
    ids = {skill for action in worked for skill in action.skills}
    return [
        skill.id
        for skill in sorted(roadmap.skills, key=lambda item: item.priority)
        if skill.id in ids
    ]
