"""TODO docstring."""

from __future__ import annotations

from dataclasses import field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from fashioncoach.model.progress import (
    Pause,
    Progress,
    Schedule,
)
from fashioncoach.model.record import record

if TYPE_CHECKING:
    from fashioncoach.model.roadmap import Milestone, Phase, Roadmap

DAYS_PER_WEEK = 7


def merged_pauses(pauses: tuple[Pause, ...] | list[Pause]) -> list[tuple[date, date]]:
    """The paused spans as sorted, non-overlapping ``(first day, first day back)``."""
    spans: list[tuple[date, date]] = []
    for pause in sorted(pauses, key=lambda item: item.start):
        if spans and pause.start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], pause.until))
        else:
            spans.append((pause.start, pause.until))
    return spans


def active_days(since: date, day: date, pauses: tuple[Pause, ...]) -> int:
    """Days from ``since`` up to ``day`` (not included) that are not paused.

    Before ``since`` it is the plain (negative) difference.
    """
    if day <= since:
        return (day - since).days
    paused = 0
    for first, back in merged_pauses(pauses):
        low, high = max(first, since), min(back, day)
        if high > low:
            paused += (high - low).days
    return (day - since).days - paused


def active_date(since: date, offset: int, pauses: tuple[Pause, ...]) -> date:
    """The day that is ``offset`` active days after ``since`` (0: ``since``, or the
    first day back when ``since`` is paused)."""
    if offset < 0:
        return since + timedelta(days=offset)
    day, left = since, offset
    for first, back in merged_pauses(pauses):
        if back <= day:
            continue
        gap = (first - day).days
        if left < gap:
            break
        left -= max(0, gap)
        day = back
    return day + timedelta(days=left)


def week_of(since: date, day: date, pauses: tuple[Pause, ...]) -> int:
    """The 1-based week of ``day`` counted in active days from ``since``."""
    return active_days(since, day, pauses) // DAYS_PER_WEEK + 1


def week_dates(since: date, week: int, pauses: tuple[Pause, ...]) -> tuple[date, date]:
    """The first and last day of week ``week`` (1-based) counted from ``since``."""
    first = active_date(since, (week - 1) * DAYS_PER_WEEK, pauses)
    last = active_date(since, week * DAYS_PER_WEEK - 1, pauses)
    return first, last


def pause_on(progress: Progress, day: date) -> Pause | None:
    """The pause ``day`` falls in, if any."""
    for pause in progress.pauses:
        if pause.start <= day < pause.until:
            return pause
    return None


@record
class Plan:
    """Which week each action is in, and each phase's length, with replans applied."""

    phase_weeks: dict[str, int]  # phase id -> length in weeks
    first_weeks: dict[str, int]  # phase id -> its first plan week
    action_week: dict[str, int]  # action id -> plan week
    action_phase_week: dict[str, int]  # action id -> week of its phase, 1-based
    weeks: int  # the plan's length
    pauses: tuple[Pause, ...] = ()
    start: date = date(1970, 1, 1)
    extended: dict[str, int] = field(default_factory=dict)

    def week_dates(self, week: int) -> tuple[date, date]:
        return week_dates(self.start, week, self.pauses)

    def finish(self) -> date:
        return self.week_dates(self.weeks)[1]


def plan_of(roadmap: Roadmap, progress: Progress | None) -> Plan:
    """The schedule in force for ``progress`` (the roadmap's own without progress)."""
    schedule = progress.schedule if progress is not None else Schedule()
    roadmap_first = roadmap.phase_first_weeks()
    phase_weeks: dict[str, int] = {}
    first_weeks: dict[str, int] = {}
    next_week = 1
    for phase in roadmap.phases:
        length = phase.duration_weeks + max(0, schedule.extended.get(phase.id, 0))
        phase_weeks[phase.id] = length
        first_weeks[phase.id] = next_week
        next_week += length
    action_week: dict[str, int] = {}
    action_phase_week: dict[str, int] = {}
    for phase, week, action in roadmap.actions():
        in_phase = schedule.moved.get(action.id, week - roadmap_first[phase.id] + 1)
        in_phase = min(max(1, in_phase), phase_weeks[phase.id])
        action_phase_week[action.id] = in_phase
        action_week[action.id] = first_weeks[phase.id] + in_phase - 1
    return Plan(
        phase_weeks=phase_weeks,
        first_weeks=first_weeks,
        action_week=action_week,
        action_phase_week=action_phase_week,
        weeks=next_week - 1,
        pauses=progress.pauses if progress is not None else (),
        start=progress.start_date if progress is not None else date(1970, 1, 1),
        extended={key: value for key, value in schedule.extended.items() if value > 0},
    )


def milestone_week(plan: Plan, roadmap: Roadmap, milestone: Milestone) -> int:
    """The plan week a milestone is due by: its roadmap week, moved on by the weeks
    added to earlier phases, and never before a week its actions were moved to."""
    shift = 0
    for phase in roadmap.phases:
        roadmap_first = roadmap.phase_first_weeks()[phase.id]
        if roadmap_first + phase.duration_weeks - 1 < milestone.due_week:
            shift += plan.extended.get(phase.id, 0)
    moved = [plan.action_week[item] for item in milestone.actions if item in plan.action_week]
    return max([milestone.due_week + shift, *moved])


def planned_hours_by_week(roadmap: Roadmap, plan: Plan) -> dict[int, float]:
    weekly: dict[int, float] = {}
    for _, _, action in roadmap.actions():
        week = plan.action_week[action.id]
        weekly[week] = weekly.get(week, 0.0) + action.hours
    return weekly


plan_day = active_date


def plan_finish(plan: Plan) -> date:
    """The last day of the plan's last week, replans and pauses included."""
    return plan.finish()


def milestone_due(plan: Plan, roadmap: Roadmap, milestone: Milestone) -> date:
    """The last day of the milestone's due week, in the schedule in force."""
    return plan.week_dates(milestone_week(plan, roadmap, milestone))[1]


def current_entry(roadmap: Roadmap, progress: Progress) -> tuple[int, Phase, date]:
    """The phase the learner is in: its index, the phase and the day it began.

    Entries for phases this roadmap does not have (a hand edit, a renamed phase) are
    kept in the file but skipped here, like unknown action ids; with no known entry
    at all the learner is in the first phase since the start.
    """
    index_of = {phase.id: index for index, phase in enumerate(roadmap.phases)}
    for entry in reversed(progress.phases):
        index = index_of.get(entry.phase)
        if index is not None:
            return index, roadmap.phases[index], entry.began
    return 0, roadmap.phases[0], progress.start_date
