"""TODO docstring."""

from __future__ import annotations

import math
from dataclasses import replace
from typing import TYPE_CHECKING

from fashioncoach.core.schedule import (
    DAYS_PER_WEEK,
    Plan,
    active_days,
    pause_on,
    planned_hours_by_week,
)
from fashioncoach.model.record import record

if TYPE_CHECKING:
    from datetime import date

    from fashioncoach.model.progress import (
        Progress,
    )
    from fashioncoach.model.roadmap import Roadmap

PACE_WEEKS = 4  # the projection looks at the pace of the last four weeks


CATCH_UP_WEEKS = 4  # "about 3 h extra a week for 4 weeks catches up"


@record
class Position:
    """Where the learner is against the schedule in force."""

    days_behind: int  # negative when ahead
    hours_behind: float  # planned hours missing from earlier weeks; 0 when not behind


def schedule_position(
    roadmap: Roadmap, plan: Plan, resolved_hours: float, days_elapsed: int
) -> Position:
    """Days behind the plan (negative: ahead), measured in planned hours.

    On track while every earlier week is finished and the learner works within the
    current one; behind by the planned days of work missing from earlier weeks;
    ahead by how far past the current week they got.
    """
    weekly = planned_hours_by_week(roadmap, plan)
    position = 0.0
    remaining = resolved_hours
    for week in range(1, plan.weeks + 1):
        planned = weekly.get(week, 0.0)
        if remaining >= planned:
            remaining -= planned
            position += DAYS_PER_WEEK
            continue
        position += DAYS_PER_WEEK * remaining / planned
        break
    current_week = days_elapsed // DAYS_PER_WEEK
    current_week_start = current_week * DAYS_PER_WEEK
    if position < current_week_start:
        expected = sum(weekly.get(week, 0.0) for week in range(1, current_week + 1))
        return Position(
            days_behind=round(current_week_start - position),
            hours_behind=max(0.0, expected - resolved_hours),
        )
    if position > current_week_start + DAYS_PER_WEEK:
        return Position(-round(position - current_week_start - DAYS_PER_WEEK), 0.0)
    return Position(0, 0.0)


def round_half(value: float) -> float:
    """Up to the next half hour: what a person would say."""
    return math.ceil(value * 2) / 2


@record
class Pace:
    """One line of pace for ``today``, and its facts for ``--json``."""

    status: str  # "not started", "on track", "behind", "ahead", "complete" or "paused"
    days_behind: int  # negative when ahead
    catch_up_hours: float  # extra hours a week that catch up; 0 unless behind
    catch_up_weeks: int  # for this many weeks; 0 unless behind
    line: str


def pace_line(status: str, days_behind: int, hours_behind: float, weeks_left: int) -> Pace:
    weeks = max(1, min(CATCH_UP_WEEKS, weeks_left))
    if status == "behind":
        extra = round_half(hours_behind / weeks) if hours_behind > 0 else 0.5
        days = "1 day" if days_behind == 1 else f"{days_behind} days"
        span = "1 week" if weeks == 1 else f"{weeks} weeks"
        return Pace(
            status,
            days_behind,
            extra,
            weeks,
            f"{days} behind — about {extra:g} h extra a week for {span} catches up",
        )
    if status == "ahead":
        ahead = -days_behind
        if ahead % DAYS_PER_WEEK == 0:
            count = ahead // DAYS_PER_WEEK
            label = "a week" if count == 1 else f"{count} weeks"
        else:
            label = "1 day" if ahead == 1 else f"{ahead} days"
        return Pace(status, days_behind, 0.0, 0, f"ahead by {label}")
    return Pace(status, days_behind, 0.0, 0, status)


@record
class Standing:
    status: str
    days_behind: int
    pace: Pace


def _standing(
    roadmap: Roadmap, progress: Progress, plan: Plan, statuses: dict[str, str], today: date
) -> Standing:
    """Status and days behind against the schedule in force, and today's pace line."""
    all_actions = [action for _, _, action in roadmap.actions()]
    resolved_hours = sum(action.hours for action in all_actions if action.id in statuses)
    days_elapsed = active_days(progress.start_date, today, progress.pauses)
    current_week = days_elapsed // DAYS_PER_WEEK + 1
    hours_behind = 0.0
    if all(action.id in statuses for action in all_actions):
        status, days_behind = "complete", 0
    elif days_elapsed < 0:
        status, days_behind = "not started", 0
    else:
        position = schedule_position(roadmap, plan, resolved_hours, days_elapsed)
        days_behind, hours_behind = position.days_behind, position.hours_behind
        status = "on track" if days_behind == 0 else "behind" if days_behind > 0 else "ahead"
    pace = pace_line(status, days_behind, hours_behind, plan.weeks - current_week + 1)
    if pause_on(progress, today) is not None and status not in ("complete", "not started"):
        pace = replace(pace, line=f"paused · {pace.line}")
    return Standing(status=status, days_behind=days_behind, pace=pace)
