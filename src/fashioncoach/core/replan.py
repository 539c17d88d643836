"""``replan``: make the forecast the plan.

The forecast already packs the late work first and the rest after it, in the plan's
order; replanning records that this forecast is now the plan (the baseline), so the
planned finish becomes the projected one and nothing is late any more. The proposal
says what moves: the planned finish, and each action whose planned week changes.
``today``'s pace line ("or replan moves the finish to ...") reads the same two
schedules, so the two always agree. Pure.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fashioncoach.model.record import record

if TYPE_CHECKING:
    from datetime import date

    from fashioncoach.core.packing import Placement, Schedule
    from fashioncoach.core.schedule import Plan


@record
class Move:
    id: str
    title: str
    hours: float
    from_week: int  # the plan week the plan has it in now
    to_week: int  # the plan week the forecast has it in: the new plan's


@record
class WeekLoad:
    week: int  # a plan week
    start: date
    end: date
    hours_before: float  # open work the plan has in it now
    hours_after: float  # open work the forecast (the new plan) has in it
    actions_before: int
    actions_after: int


@record
class Replan:
    """A proposal: the plan's finish before and after, and what moves where."""

    finish_before: date
    finish_after: date
    weeks_before: int  # the plan's length now
    weeks_after: int
    days_later: int  # plan days the finish moves (negative: earlier)
    weekly_hours: float
    moves: list[Move]
    week_loads: list[WeekLoad]  # from this week to the last one that changes

    @property
    def needed(self) -> bool:
        return bool(self.moves) or self.finish_before != self.finish_after


def _open_load(plan: Plan, schedule: Schedule, week: int) -> tuple[float, int]:
    """The work still open today that ``schedule`` puts in ``week``: an action closed since
    the plan was made is no work of any week."""
    hours, count = 0.0, 0
    for action_id, placement in schedule.placements.items():
        if _open(plan, placement, action_id) and placement.week == week:
            hours += plan.hours[action_id]
            count += 1
    return hours, count


def _open(plan: Plan, placement: Placement, action_id: str) -> bool:
    return not placement.closed and not plan.history.resolved(action_id)


def propose_replan(plan: Plan, *, my_pace: bool = False) -> Replan:
    """What ``replan`` would change: the forecast against the plan; with ``my_pace``, the
    forecast at your own pace (``plan.own_forecast``, which must exist)."""
    forecast = plan.own_forecast if my_pace and plan.own_forecast is not None else plan.forecast
    titles = {action.id: action.title for _, _, action in plan.roadmap.actions()}
    moves = []
    for action_id in forecast.order:
        now = forecast.placements[action_id]
        if now.closed:
            continue
        before = plan.baseline.placements[action_id]
        if before.week != now.week:
            moves.append(
                Move(action_id, titles[action_id], plan.hours[action_id], before.week, now.week)
            )
    week = plan.this_week
    weeks_after = max(1, plan.week_of(forecast.finish))
    last = max([week, plan.planned_weeks, weeks_after, *(move.to_week for move in moves)])
    shown_to = max([week, *(max(move.from_week, move.to_week) for move in moves)])
    rows = []
    for number in range(week, min(last, shown_to) + 1):
        hours_before, count_before = _open_load(plan, plan.baseline, number)
        hours_after, count_after = _open_load(plan, forecast, number)
        # Work the plan had in earlier weeks is this week's, as the forecast has it.
        if number == week:
            for action_id, placement in plan.baseline.placements.items():
                if _open(plan, placement, action_id) and placement.week < week:
                    hours_before += plan.hours[action_id]
                    count_before += 1
        start, end = plan.week_dates(number)
        rows.append(
            WeekLoad(number, start, end, hours_before, hours_after, count_before, count_after)
        )
    later = plan.calendar.plan_days(plan.planned_finish, forecast.finish) - plan.calendar.plan_days(
        forecast.finish, plan.planned_finish
    )
    return Replan(
        finish_before=plan.planned_finish,
        finish_after=forecast.finish,
        weeks_before=plan.planned_weeks,
        weeks_after=weeks_after,
        days_later=later,
        weekly_hours=plan.budget,
        moves=moves,
        week_loads=rows,
    )
