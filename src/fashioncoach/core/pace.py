"""The one verdict: the forecast against the plan, and the clock every view shows.

Everything the coach says about pace comes from the two schedules of ``core/schedule``:
the days ahead are the plan days from the projected finish (the forecast's) to the
planned one (the baseline's); the status follows their sign; the hours behind are the
forecast's work past the planned finish, and the catch-up advice spreads them over the
next weeks; ``replan`` would make the projected finish the planned one. So none of
them can contradict another (``docs/planning.md``). Pure: the plan in, records out.
"""

from __future__ import annotations

import math
from datetime import date
from typing import TYPE_CHECKING

from fashioncoach.core.packing import DAYS_PER_WEEK
from fashioncoach.model.record import record
from fashioncoach.wording import day_text

if TYPE_CHECKING:
    from fashioncoach.core.schedule import Plan

CATCH_UP_WEEKS = 4  # "about 3 h extra a week for 4 weeks catches up"
STATUSES = ("not-started", "on-track", "ahead", "behind", "paused", "complete")

# Views have a ``date`` field (the JSON key); inside them this alias names the type.
Day = date


@record
class Clock:
    """Where the learner is and whether they are on track: the same in every view."""

    date: Day
    plan_week: int
    plan_weeks: int  # the plan's length as the forecast stands
    week_start: Day
    week_end: Day
    phase: str
    phase_week: int
    phase_weeks: int
    planned_finish: Day  # the baseline's: the plan
    projected_finish: Day  # the forecast's; for a complete plan, the day it was completed
    status: str  # one of STATUSES
    days_ahead: int  # plan days from the projected to the planned finish; negative behind
    # The second finish: at your budget with your own ratio of hours to estimates, once
    # you recorded the hours of enough actions; None before (the verdict never uses it).
    own_finish: Day | None


@record
class Pace:
    """The verdict with its advice, for ``today``, ``report`` and their JSON."""

    status: str  # one of STATUSES
    days_ahead: int  # negative when behind
    hours_behind: float  # the forecast's work past the planned finish
    catch_up_hours: float  # hours a week over the budget that catch up; 0 unless behind
    catch_up_weeks: int  # over this many weeks; 0 unless behind
    replan_weeks: int  # the weeks ``replan`` would add to the plan; 0 unless behind
    line: str


def round_half(value: float) -> float:
    """Up to the next half hour: what a person would say."""
    return math.ceil(value * 2 - 1e-9) / 2


def complete(plan: Plan) -> bool:
    return all(plan.history.resolved(action_id) for action_id in plan.action_phase)


def days_ahead(plan: Plan) -> int:
    """Plan days from the projected finish to the planned one (negative when later)."""
    planned, projected = plan.planned_finish, plan.projected_finish
    if projected <= planned:
        return plan.calendar.plan_days(projected, planned)
    return -plan.calendar.plan_days(planned, projected)


def pace_of(plan: Plan) -> Pace:
    """The verdict on the plan's day: status, days ahead (negative behind), the advice."""
    today = plan.today
    ahead = days_ahead(plan)
    if complete(plan):
        return Pace("complete", ahead, 0.0, 0.0, 0, 0, "complete")
    if not plan.started or today < plan.start:
        return Pace("not-started", ahead, 0.0, 0.0, 0, 0, "not started")
    if ahead >= 0:
        status = "ahead" if ahead > 0 else "on-track"
        line = pace_line(status, ahead, 0.0, 0, "")
        if plan.pause_on(today) is not None:
            return Pace("paused", ahead, 0.0, 0.0, 0, 0, f"paused · {line}")
        return Pace(status, ahead, 0.0, 0.0, 0, 0, line)
    behind = hours_behind(plan, -ahead)
    weeks_left = plan.calendar.week_of(plan.planned_finish) - plan.this_week + 1
    weeks = max(1, min(CATCH_UP_WEEKS, weeks_left))
    extra = round_half(behind / weeks)
    replan_weeks = plan.weeks - plan.planned_weeks
    finish = day_text(plan.projected_finish)
    line = pace_line("behind", ahead, extra, weeks if weeks_left >= 1 else 0, finish)
    if plan.pause_on(today) is not None:
        line = f"paused · {line}"
    return Pace("behind", ahead, behind, extra, weeks, max(0, replan_weeks), line)


def hours_behind(plan: Plan, days: int) -> float:
    """The forecast's work past the planned finish: ``days`` plan days at the budget."""
    return round(plan.budget * days / DAYS_PER_WEEK, 2)


def pace_line(status: str, ahead: int, extra: float, weeks: int, replan_finish: str) -> str:
    """The verdict in a sentence, for ``today`` and ``report``."""
    if status == "behind":
        days = _days(-ahead)
        if weeks == 0:
            return f"{days} behind — the planned finish has passed; replan sets a new one"
        span = "1 week" if weeks == 1 else f"{weeks} weeks"
        return (
            f"{days} behind — about {extra:g} h extra a week for {span} catches up, "
            f"or replan moves the finish to {replan_finish}"
        )
    if status == "ahead":
        if ahead % DAYS_PER_WEEK == 0:
            count = ahead // DAYS_PER_WEEK
            return "ahead by " + ("a week" if count == 1 else f"{count} weeks")
        return f"ahead by {_days(ahead)}"
    return status.replace("-", " ")


def _days(count: int) -> str:
    return "1 day" if count == 1 else f"{count} days"


def clock_of(plan: Plan, pace: Pace) -> Clock:
    """The clock of the plan's day: the plan week and phase week, the finishes, the verdict."""
    week = plan.this_week
    projected = plan.projected_finish
    if pace.status == "complete":
        week = min(week, max(1, plan.week_of(projected)))
    first, last = plan.phase_weeks(plan.current)
    start, end = plan.week_dates(week)
    phase_week = max(1, week - first + 1)
    return Clock(
        date=plan.today,
        plan_week=week,
        plan_weeks=max(plan.weeks, week),
        week_start=start,
        week_end=end,
        phase=plan.roadmap.phases[plan.current].id,
        phase_week=phase_week,
        phase_weeks=max(last - first + 1, phase_week),
        planned_finish=plan.planned_finish,
        projected_finish=projected,
        status=pace.status,
        days_ahead=pace.days_ahead,
        own_finish=plan.own_forecast.finish if plan.own_forecast is not None else None,
    )
