"""TODO docstring."""

from __future__ import annotations

from typing import TYPE_CHECKING

from fashioncoach.core.log import fold
from fashioncoach.core.pace import Pace, _standing
from fashioncoach.core.schedule import (
    current_entry,
    pause_on,
    plan_of,
    week_dates,
    week_of,
)
from fashioncoach.model.record import record
from fashioncoach.views.lines import (
    ActionLine,
    Day,
    MilestoneLine,
    PhasePosition,
    ResourceLine,
    _action_line,
    _milestone_line,
    _resource_lines,
)

if TYPE_CHECKING:
    from datetime import date

    from fashioncoach.model.progress import Progress
    from fashioncoach.model.roadmap import Roadmap

MILESTONE_WARNING_DAYS = 14


@record
class TodayView:
    date: Day
    roadmap: str
    start_date: Day
    days_to_start: int  # 0 once started
    phase: PhasePosition
    phases: int
    week: int  # calendar weeks since the start date, for pace
    weeks: int
    week_start: Day
    week_end: Day
    weeks_over: int  # how far the current phase runs past its planned weeks
    last_phase: bool
    complete: bool
    actions: list[ActionLine]
    milestones: list[MilestoneLine]
    resources: list[ResourceLine]
    done: int
    total: int
    hours_open: float
    weekly_hours: float
    unknown_actions: list[str]
    pace: Pace
    paused_until: Day | None  # the first day back, when today is in a pause
    pause_reason: str


def build_today(*, roadmap: Roadmap, progress: Progress, today: date) -> TodayView:
    statuses = fold(progress).statuses
    plan = plan_of(roadmap, progress)
    pauses = progress.pauses
    index, phase, began = current_entry(roadmap, progress)
    length = plan.phase_weeks[phase.id]
    before_start = today < progress.start_date
    # A phase entered after ``today`` (a look back with --today) is in its first week.
    phase_week = 1 if before_start else max(1, week_of(began, today, pauses))
    last_phase = index == len(roadmap.phases) - 1
    weeks_over = max(0, phase_week - length)
    complete = all(action.id in statuses for _, _, action in roadmap.actions())

    notes = fold(progress).notes
    week_actions: list[ActionLine] = []
    carried: list[ActionLine] = []
    if last_phase and (weeks_over or complete):
        # The plan has run its course: what is left anywhere is what matters now.
        for _, _, action in roadmap.actions():
            if action.id not in statuses:
                line = _action_line(
                    action, plan.action_week[action.id], statuses, carried_over=True, notes=notes
                )
                carried.append(line)
    else:
        ordered = sorted(
            (action for _, action in phase.actions()),
            key=lambda item: plan.action_phase_week[item.id],
        )
        for action in ordered:
            in_phase = plan.action_phase_week[action.id]
            week = plan.action_week[action.id]
            if in_phase == phase_week:
                week_actions.append(_action_line(action, week, statuses, notes=notes))
            elif in_phase < phase_week and action.id not in statuses:
                carried.append(_action_line(action, week, statuses, carried_over=True, notes=notes))

    week_start = progress.start_date if before_start else week_dates(began, phase_week, pauses)[0]
    week_end = (
        week_dates(began, phase_week, pauses)[1]
        if not before_start
        else (week_dates(progress.start_date, 1, pauses)[1])
    )
    milestones = [
        line
        for line in (
            _milestone_line(milestone, statuses, plan, roadmap, started=True, today=today)
            for milestone in roadmap.milestones
        )
        if not line.done
        and line.due_date is not None
        and (line.due_date - today).days <= MILESTONE_WARNING_DAYS
    ]
    shown = week_actions + carried
    resources = [resource for line in week_actions for resource in line.resources]
    standing = _standing(roadmap, progress, plan, statuses, today)
    pause = pause_on(progress, today)
    return TodayView(
        date=today,
        roadmap=roadmap.overview.title,
        start_date=progress.start_date,
        days_to_start=max(0, (progress.start_date - today).days),
        phase=PhasePosition(
            id=phase.id,
            title=phase.title,
            number=index + 1,
            week=phase_week,
            weeks=length,
        ),
        phases=len(roadmap.phases),
        week=max(1, week_of(progress.start_date, today, pauses)),
        weeks=plan.weeks,
        week_start=week_start,
        week_end=week_end,
        weeks_over=weeks_over,
        last_phase=last_phase,
        complete=complete,
        actions=shown,
        milestones=milestones,
        resources=_resource_lines(roadmap, resources),
        done=sum(1 for line in week_actions if line.status != "open"),
        total=len(week_actions),
        hours_open=sum((line.hours for line in shown if line.status == "open"), 0.0),
        weekly_hours=progress.hours_per_week,
        unknown_actions=fold(progress, roadmap).unknown,
        pace=standing.pace,
        paused_until=pause.until if pause is not None else None,
        pause_reason=pause.reason if pause is not None else "",
    )


def open_action_ids_this_week(*, roadmap: Roadmap, progress: Progress, today: date) -> list[str]:
    """What shell completion offers: the ids ``today`` shows as open."""
    view = build_today(roadmap=roadmap, progress=progress, today=today)
    return [line.id for line in view.actions if line.status == "open"]


def review_skills(*, roadmap: Roadmap, progress: Progress, today: date) -> list[str]:
    """The skills worked on this plan week: those of the actions done in it, or else
    those of the actions ``today`` shows; most important first."""
    pauses = progress.pauses
    week = week_of(progress.start_date, today, pauses)
    actions = {action.id: action for _, _, action in roadmap.actions()}
    worked = [
        actions[action_id]
        for action_id, when in fold(progress).done_on.items()
        if action_id in actions and week_of(progress.start_date, when, pauses) == week
    ]
    if not worked:
        view = build_today(roadmap=roadmap, progress=progress, today=today)
        worked = [actions[line.id] for line in view.actions]
    ids = {skill for action in worked for skill in action.skills}
    return [
        skill.id
        for skill in sorted(roadmap.skills, key=lambda item: item.priority)
        if skill.id in ids
    ]
