"""The one verdict: where the learner stands against the plan, and the clock every view shows.

One measure decides everything the coach says about pace: how far the planned
hours the learner has resolved (done or skipped) reach along the plan's weeks.
Status, days ahead or behind, the catch-up advice, the projected finish and what
``replan`` would add all come from it, so they cannot contradict each other (see
``docs/planning.md``). Pure: the plan, the log and the day in, records out.
"""

from __future__ import annotations

import math
from datetime import date, timedelta
from typing import TYPE_CHECKING

from fashioncoach.core.schedule import DAYS_PER_WEEK, current_week
from fashioncoach.model.record import record

if TYPE_CHECKING:
    from fashioncoach.core.log import Log
    from fashioncoach.core.schedule import Plan
    from fashioncoach.model.progress import Progress
    from fashioncoach.model.roadmap import Roadmap

CATCH_UP_WEEKS = 4  # "about 3 h extra a week for 4 weeks catches up"
STATUSES = ("not-started", "on-track", "ahead", "behind", "paused", "complete")

# Views have a ``date`` field (the JSON key); inside them this alias names the type.
Day = date


@record
class Clock:
    """Where the learner is and whether they are on track: the same in every view."""

    date: Day
    plan_week: int
    plan_weeks: int
    week_start: Day
    week_end: Day
    phase: str
    phase_week: int
    phase_weeks: int
    planned_finish: Day
    projected_finish: Day | None
    status: str  # one of STATUSES
    days_ahead: int  # negative when behind


@record
class Pace:
    """The verdict with its advice, for ``today``, ``report`` and their JSON."""

    status: str  # one of STATUSES
    days_ahead: int  # negative when behind
    hours_behind: float  # planned hours of earlier weeks still open, net of work ahead
    catch_up_hours: float  # hours a week over the budget that catch up; 0 when they fit
    catch_up_weeks: int  # over this many weeks; 0 unless behind
    replan_weeks: int  # the weeks ``replan`` would add to the phase; 0 when it fits
    line: str


def round_half(value: float) -> float:
    """Up to the next half hour: what a person would say."""
    return math.ceil(value * 2) / 2


def position_days(weekly: dict[int, float], weeks: int, resolved_hours: float) -> float:
    """How far along the plan the resolved hours reach, in plan days from its start."""
    position = 0.0
    remaining = resolved_hours
    for week in range(1, weeks + 1):
        planned = weekly.get(week, 0.0)
        if remaining >= planned - 1e-9:
            remaining -= planned
            position = float(DAYS_PER_WEEK * week)
            continue
        return DAYS_PER_WEEK * (week - 1) + DAYS_PER_WEEK * remaining / planned
    return position


def pace_of(*, roadmap: Roadmap, progress: Progress, plan: Plan, log: Log, today: date) -> Pace:
    """The verdict on ``today``: status, days ahead (negative behind) and the advice."""
    actions = [action for _, _, action in roadmap.actions()]
    if all(log.resolved(action.id) for action in actions):
        return Pace("complete", 0, 0.0, 0.0, 0, 0, "complete")
    if today < plan.start:
        return Pace("not-started", 0, 0.0, 0.0, 0, 0, "not started")
    week = current_week(plan, today)
    weekly = plan.hours_by_week(actions)
    resolved = sum(action.hours for action in actions if log.resolved(action.id))
    position = position_days(weekly, plan.weeks, resolved)
    week_begins = DAYS_PER_WEEK * (week - 1)
    expected = sum(weekly.get(earlier, 0.0) for earlier in range(1, week))
    hours_behind = max(0.0, expected - resolved)
    if position < week_begins - 0.5:
        days_ahead = -round(week_begins - position)
    elif position > week_begins + DAYS_PER_WEEK + 0.5:
        days_ahead = round(position - week_begins - DAYS_PER_WEEK)
    else:
        days_ahead = 0
    status = "behind" if days_ahead < 0 else "ahead" if days_ahead > 0 else "on-track"
    catch_hours, catch_weeks, replan_weeks, replan_moves = 0.0, 0, 0, False
    if status == "behind":
        catch_hours, catch_weeks, replan_weeks, replan_moves = catch_up(
            roadmap=roadmap,
            progress=progress,
            plan=plan,
            log=log,
            today=today,
            hours_behind=hours_behind,
            weekly=weekly,
        )
    line = pace_line(
        status,
        days_ahead,
        catch_hours,
        catch_weeks,
        replan_weeks if replan_moves else 0,
        replan_moves=replan_moves,
    )
    if plan.pause_on(today) is not None:
        return Pace(
            "paused",
            days_ahead,
            hours_behind,
            catch_hours,
            catch_weeks,
            replan_weeks,
            f"paused · {line}",
        )
    return Pace(status, days_ahead, hours_behind, catch_hours, catch_weeks, replan_weeks, line)


def catch_up(
    *,
    roadmap: Roadmap,
    progress: Progress,
    plan: Plan,
    log: Log,
    today: date,
    hours_behind: float,
    weekly: dict[int, float],
) -> tuple[float, int, int, bool]:
    """How the learner catches up: hours a week over the budget, for how many weeks,
    how many weeks ``replan`` would add instead, and whether replan catches up at all:
    it moves something, and no open work is left in an earlier phase, which it does
    not move (the same proposal it makes)."""
    from fashioncoach.core.replan import propose_replan

    week = current_week(plan, today)
    weeks = max(1, min(CATCH_UP_WEEKS, plan.weeks - week + 1))
    spare = sum(
        max(0.0, plan.budget - weekly.get(later, 0.0)) for later in range(week, week + weeks)
    )
    over = max(0.0, hours_behind - spare)
    extra = round_half(over / weeks) if over > 0 else 0.0
    proposal = propose_replan(roadmap=roadmap, progress=progress, plan=plan, log=log, today=today)
    # Replan moves only the current phase's late work: with work left open in an
    # earlier phase it cannot catch up, so the line does not offer it.
    left_open = any(
        index < plan.current and not log.resolved(action_id)
        for action_id, index in plan.action_phase.items()
    )
    return extra, weeks, proposal.extend_by, bool(proposal.moves) and not left_open


def pace_line(
    status: str,
    days_ahead: int,
    extra: float,
    weeks: int,
    replan_weeks: int,
    *,
    replan_moves: bool = True,
) -> str:
    """The verdict in a sentence, for ``today`` and ``report``; ``replan`` is named only
    when it would move something (``replan_moves``)."""
    if status == "behind":
        days = _days(-days_ahead)
        span = "1 week" if weeks == 1 else f"{weeks} weeks"
        if extra > 0:
            advice = f"about {extra:g} h extra a week for {span} catches up"
        else:
            advice = f"it fits in your weekly budget over the next {span}"
        if replan_weeks:
            more = "1 week" if replan_weeks == 1 else f"{replan_weeks} weeks"
            advice += f", or replan adds {more}"
        elif replan_moves:
            advice += " (fashioncoach replan spreads it)"
        return f"{days} behind — {advice}"
    if status == "ahead":
        if days_ahead % DAYS_PER_WEEK == 0:
            count = days_ahead // DAYS_PER_WEEK
            return "ahead by " + ("a week" if count == 1 else f"{count} weeks")
        return f"ahead by {_days(days_ahead)}"
    return status.replace("-", " ")


def _days(count: int) -> str:
    return "1 day" if count == 1 else f"{count} days"


def days_already_planned(plan: Plan, week: int, pace: Pace) -> int:
    """Of the days behind, those the planned finish holds already.

    A late phase runs on through this week (rule 3): its weeks past its planned length
    that lie beyond where the resolved hours reach moved the planned finish once, so
    the projected finish counts them once; never more than the days behind.
    """
    if pace.days_ahead >= 0:
        return 0
    span = plan.spans[plan.current]
    reached = DAYS_PER_WEEK * (week - 1) + pace.days_ahead
    ran_on = range(span.first_week + span.planned_weeks, span.last_week + 1)
    weeks = sum(1 for late in ran_on if DAYS_PER_WEEK * (late - 1) >= reached)
    return min(-pace.days_ahead, DAYS_PER_WEEK * weeks)


def clock_of(*, plan: Plan, pace: Pace, log: Log, today: date) -> Clock:
    """The clock of ``today``: the plan week and phase week, the finish dates, the verdict."""
    week = current_week(plan, today)
    # The roadmap's actions only: ids the roadmap no longer has are no part of the plan.
    resolved = [log.resolved_on[item] for item in plan.action_week if item in log.resolved_on]
    finished = max(resolved, default=today)
    if pace.status == "complete" and resolved:
        # Done: the clock stops in the week the last action was resolved.
        week = min(week, max(1, plan.week_of(finished)))
    week = min(week, plan.weeks)
    span = plan.spans[plan.current]
    start, end = plan.week_dates(week)
    planned = plan.finish()
    if pace.status == "complete":
        projected: date | None = finished
    elif pace.status == "not-started":
        projected = planned
    else:
        held = days_already_planned(plan, week, pace)
        projected = planned - timedelta(days=pace.days_ahead + held)
    return Clock(
        date=today,
        plan_week=week,
        plan_weeks=plan.weeks,
        week_start=start,
        week_end=end,
        phase=span.id,
        phase_week=max(1, min(week - span.first_week + 1, max(span.weeks, 1))),
        phase_weeks=span.weeks,
        planned_finish=planned,
        projected_finish=projected,
        status=pace.status,
        days_ahead=pace.days_ahead,
    )
