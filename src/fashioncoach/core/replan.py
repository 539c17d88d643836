"""``replan``: spread the late work of the learner's phase over its coming weeks.

The proposal is what ``today``'s pace line promises when it says "replan adds N
weeks": both call ``propose_replan`` on the same plan. Stored in the progress file's
``schedule`` table (weeks of the phase moved to, weeks added); the roadmap file is
never changed. Pure.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fashioncoach.model.progress import Progress, Schedule
from fashioncoach.model.record import record, replace

if TYPE_CHECKING:
    from datetime import date

    from fashioncoach.core.log import Log
    from fashioncoach.core.schedule import Plan
    from fashioncoach.model.roadmap import Roadmap


@record
class Move:
    id: str
    title: str
    hours: float
    from_week: int  # week of the phase
    to_week: int


@record
class WeekLoad:
    week: int  # week of the phase
    plan_week: int
    start: date
    end: date
    hours_before: float
    hours_after: float
    actions_before: int
    actions_after: int


@record
class Replan:
    """A proposal: which late actions go where, and how many weeks the phase gains."""

    phase: str
    phase_title: str
    phase_week: int  # the learner's week of the phase
    weeks_before: int  # the phase's length now
    weeks_after: int
    extend_by: int
    weekly_hours: float
    moves: list[Move]
    weeks: list[WeekLoad]
    schedule: Schedule  # what would be stored

    @property
    def needed(self) -> bool:
        return bool(self.moves) or self.extend_by > 0


def propose_replan(
    *, roadmap: Roadmap, progress: Progress, plan: Plan, log: Log, today: date
) -> Replan:
    """Spread the open actions of the phase's past weeks over its coming weeks.

    Each late action (in plan order) goes to the first coming week whose open hours
    leave room for it within the weekly budget; when none does, the phase gets a
    week more. An action bigger than the whole budget gets a week of its own.
    """
    from fashioncoach.core.schedule import current_week

    span = plan.spans[plan.current]
    phase = roadmap.phases[span.index]
    phase_week = max(1, current_week(plan, today) - span.first_week + 1)
    length = span.weeks
    budget = progress.hours_per_week
    load: dict[int, float] = {}
    count: dict[int, int] = {}
    late = []
    for _, action in phase.actions():
        if log.resolved(action.id):
            continue
        week = plan.action_week[action.id] - span.first_week + 1
        if week < phase_week:
            late.append((action, week))
        else:
            load[week] = load.get(week, 0.0) + action.hours
            count[week] = count.get(week, 0) + 1
    before_load, before_count = dict(load), dict(count)
    for action, week in late:
        before_load[week] = before_load.get(week, 0.0) + action.hours
        before_count[week] = before_count.get(week, 0) + 1

    last = max(length, phase_week)
    moves: list[Move] = []
    for action, week in late:
        target = None
        for candidate in range(phase_week, last + 1):
            if load.get(candidate, 0.0) + action.hours <= budget + 1e-9:
                target = candidate
                break
        if target is None:
            last += 1
            target = last
        load[target] = load.get(target, 0.0) + action.hours
        count[target] = count.get(target, 0) + 1
        moves.append(Move(action.id, action.title, action.hours, week, target))
    weeks_after = max(length, last) if moves else length
    extend_by = weeks_after - length

    moved = dict(progress.schedule.moved)
    for move in moves:
        moved[move.id] = move.to_week
    extended = dict(progress.schedule.extended)
    if weeks_after > span.planned_weeks:
        needed = weeks_after - phase.duration_weeks
        extended[phase.id] = max(extended.get(phase.id, 0), needed)
    schedule = Schedule(moved=moved, extended=extended, replanned_on=today)

    rows = []
    shown_from = min([phase_week, *(move.from_week for move in moves)])
    for week in range(max(1, shown_from), weeks_after + 1):
        if week < phase_week and not before_load.get(week):
            continue  # a past week with nothing open: nothing to show
        plan_week = span.first_week + week - 1
        start, end = plan.week_dates(plan_week)
        rows.append(
            WeekLoad(
                week=week,
                plan_week=plan_week,
                start=start,
                end=end,
                hours_before=before_load.get(week, 0.0),
                hours_after=load.get(week, 0.0) if week >= phase_week else 0.0,
                actions_before=before_count.get(week, 0),
                actions_after=count.get(week, 0) if week >= phase_week else 0,
            )
        )
    return Replan(
        phase=phase.id,
        phase_title=phase.title,
        phase_week=phase_week,
        weeks_before=length,
        weeks_after=weeks_after,
        extend_by=extend_by,
        weekly_hours=budget,
        moves=moves,
        weeks=rows,
        schedule=schedule,
    )


def apply_replan(progress: Progress, proposal: Replan) -> Progress:
    return replace(progress, schedule=proposal.schedule)


def reset_schedule(progress: Progress) -> Progress:
    return replace(progress, schedule=Schedule())
