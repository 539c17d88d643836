"""``today``: this week's share of the forecast, what is late, and the next step.

The list is the work closed this week and the open work the forecast puts in this
week, in the plan's order (so overdue work comes first): about one week's budget.
Assembled from the situation (``views/situation.py``): every week, date and verdict
comes from its plan and clock.
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

    kind: str  # "", "week-done", "phase-done", "paused" or "complete"
    action: str  # the next open action's id, after "week-done"
    title: str  # its title


@record
class TodayView:
    clock: Clock
    date: Day
    roadmap: str
    start_date: Day
    days_to_start: int  # 0 once started
    phase_position: PhasePosition  # the clock's phase, with its title and number
    phases_total: int  # how many phases the roadmap has
    week: int  # the plan week (the clock's)
    weeks: int
    week_start: Day
    week_end: Day
    last_phase: bool
    complete: bool
    actions: list[ActionLine]  # closed this week, and open work the forecast puts in it
    late_more: int  # late actions the forecast puts after this week
    late_more_hours: float
    milestones: list[MilestoneLine]
    resources: list[ResourceLine]
    done: int  # of the listed actions
    skipped: int
    total: int  # the listed actions
    hours_open: float  # the open hours of the listed actions
    weekly_hours: float  # the weekly budget
    unknown_actions: list[str]
    pace: Pace
    paused_until: Day | None  # the first day back, when today is in a pause
    pause_reason: str
    next_step: NextStep


def build_today(*, roadmap: Roadmap, progress: Progress, today: date) -> TodayView:
    return today_view(Situation(roadmap=roadmap, progress=progress, today=today))


def week_share(now: Situation) -> list[ActionLine]:
    """This week's list, numbered: the actions done or skipped this week and the open
    ones the forecast puts in it; what the plan had in earlier weeks first, then this
    week's own, each in the plan's order."""
    plan, history = now.plan, now.history
    first, last = plan.week_dates(plan.this_week)
    by_id = {action.id: action for action in now.actions}
    listed = []
    for action_id in plan.forecast.order:
        status = history.status(action_id)
        placement = plan.forecast.placements.get(action_id)
        if status in ("done", "skipped"):
            when = history.resolved_on[action_id]
            shown = first <= when <= last and when <= now.today
        else:
            shown = status == "open" and placement is not None and placement.week == plan.this_week
        if shown:
            listed.append(action_line(by_id[action_id], plan, history, roadmap=now.roadmap))
    listed.sort(key=lambda line: line.planned_week >= plan.this_week)
    for number, line in enumerate(listed, start=1):
        line.number = number
    return listed


def today_view(now: Situation) -> TodayView:
    roadmap, plan, history, clock = now.roadmap, now.plan, now.history, now.clock
    listed = week_share(now)
    shown = {line.id for line in listed}
    later_late = [
        action_id
        for action_id in plan.forecast.order
        if action_id not in shown
        and history.status(action_id) == "open"
        and plan.baseline.placements[action_id].week < plan.this_week
    ]
    milestones = [
        item
        for item in (milestone_line(milestone, plan, history) for milestone in roadmap.milestones)
        if not item.done
        and item.due_date is not None
        and (item.due_date - now.today).days <= MILESTONE_WARNING_DAYS
    ]
    pause = plan.pause_on(now.today)
    return TodayView(
        clock=clock,
        date=now.today,
        roadmap=roadmap.overview.title,
        start_date=plan.start,
        days_to_start=max(0, (plan.start - now.today).days),
        phase_position=phase_position(roadmap, plan, clock),
        phases_total=len(roadmap.phases),
        week=clock.plan_week,
        weeks=clock.plan_weeks,
        week_start=clock.week_start,
        week_end=clock.week_end,
        last_phase=plan.current == len(roadmap.phases) - 1,
        complete=now.complete,
        actions=listed,
        late_more=len(later_late),
        late_more_hours=sum((plan.hours[item] for item in later_late), 0.0),
        milestones=milestones,
        resources=resource_lines(roadmap, [item for line in listed for item in line.resources]),
        done=sum(1 for line in listed if line.status == "done"),
        skipped=sum(1 for line in listed if line.status == "skipped"),
        total=len(listed),
        hours_open=sum((line.hours for line in listed if line.status == "open"), 0.0),
        weekly_hours=plan.budget,
        unknown_actions=history.unknown,
        pace=now.pace,
        paused_until=pause.until if pause is not None else None,
        pause_reason=pause.reason if pause is not None else "",
        next_step=next_step(now, listed),
    )


def next_step(now: Situation, listed: list[ActionLine]) -> NextStep:
    """The transition the learner is at: the roadmap done, the phase, or the week's list;
    after the week's list, the next open work of the forecast."""
    if now.complete:
        return NextStep("complete", "", "")
    plan = now.plan
    if not now.phase_open(plan.current) and plan.current < len(now.roadmap.phases) - 1:
        return NextStep("phase-done", "", "")
    if all(line.status != "open" for line in listed):
        if plan.pause_on(now.today) is not None and not listed:
            return NextStep("paused", "", "")
        titles = {action.id: action.title for action in now.actions}
        following = next(
            (item for item in plan.forecast.order if now.history.status(item) == "open"), None
        )
        if following is not None:
            return NextStep("week-done", following, titles[following])
        return NextStep("week-done", "", "")
    return NextStep("", "", "")


def open_action_ids_this_week(*, roadmap: Roadmap, progress: Progress, today: date) -> list[str]:
    """What shell completion offers: the ids ``today`` shows as open."""
    now = Situation(roadmap=roadmap, progress=progress, today=today)
    return [line.id for line in week_share(now) if line.status == "open"]


def review_skills(*, roadmap: Roadmap, progress: Progress, today: date) -> list[str]:
    """The skills worked on this plan week: those of the actions done in it, or else
    those of the actions ``today`` shows; most important first."""
    now = Situation(roadmap=roadmap, progress=progress, today=today)
    listed = week_share(now)
    actions = {action.id: action for action in now.actions}
    worked = [actions[line.id] for line in listed if line.status == "done"]
    if not worked:
        worked = [actions[line.id] for line in listed]
    ids = {skill for action in worked for skill in action.skills}
    return [
        skill.id
        for skill in sorted(roadmap.skills, key=lambda item: item.priority)
        if skill.id in ids
    ]
