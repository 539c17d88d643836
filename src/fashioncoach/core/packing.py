"""Packing work into weeks: the calendar of a plan (weeks of seven days, paused days),
the order of the work, and the schedule one packing makes. ``core/schedule.py`` builds
the forecast and the baseline with it (see its docstring and ``docs/planning.md``).

Pure: no I/O, the day passed in.
"""

from __future__ import annotations

import math
from datetime import date, timedelta
from typing import TYPE_CHECKING

from fashioncoach.model.record import record

if TYPE_CHECKING:
    from fashioncoach.core.log import PauseSpan
    from fashioncoach.model.roadmap import Roadmap

DAYS_PER_WEEK = 7
HOURS_STEP = 0.5  # budgets are rounded up to the half hour
_EPSILON = 1e-9
_MAX_WEEKS = 100_000  # a walk past this many weeks is a bug, never a plan


def default_budget(roadmap: Roadmap) -> float:
    """The weekly hours a roadmap asks for: its own ``hours_per_week``, or else its hours
    over its weeks, or its busiest week's when that is more, up to the half hour."""
    if roadmap.overview.hours_per_week is not None:
        return roadmap.overview.hours_per_week
    weeks = max(1, roadmap.overview.duration_weeks)
    load = week_loads(roadmap)
    needed = max(roadmap.hours() / weeks, *load.values(), HOURS_STEP)
    return math.ceil(needed / HOURS_STEP - 1e-9) * HOURS_STEP


def week_loads(roadmap: Roadmap) -> dict[int, float]:
    """The hours of work in each roadmap week that has any."""
    load: dict[int, float] = {}
    for _, week, action in roadmap.actions():
        load[week] = load.get(week, 0.0) + action.hours
    return load


def breathing_room(roadmap: Roadmap) -> dict[int, float]:
    """Each roadmap week's breathing room, in hours at the roadmap's own hours a week:
    what the week leaves free. None for a roadmap packed back to back."""
    if roadmap.overview.pacing != "weeks":
        return {}
    own = default_budget(roadmap)
    return {week: own - hours for week, hours in sorted(week_loads(roadmap).items()) if hours < own}


# --- the calendar -----------------------------------------------------------------------


class Calendar:
    """The plan's days: weeks of seven days from the start's weekday, and the pauses."""

    def __init__(self, start: date, pauses: list[PauseSpan]) -> None:
        self.start = start
        spans: list[tuple[date, date]] = []
        for pause in sorted(pauses, key=lambda item: item.start):
            if spans and pause.start <= spans[-1][1]:
                spans[-1] = (spans[-1][0], max(spans[-1][1], pause.until))
            else:
                spans.append((pause.start, pause.until))
        self.paused_spans = spans  # sorted, not overlapping: (first day, first day back)

    def week_of(self, day: date) -> int:
        """The plan week ``day`` is in: week 1 begins on the start; 0 or less before it."""
        return (day - self.start).days // DAYS_PER_WEEK + 1

    def week_dates(self, week: int) -> tuple[date, date]:
        """The first and last day of plan week ``week``."""
        first = self.start + timedelta(days=DAYS_PER_WEEK * (week - 1))
        return first, first + timedelta(days=DAYS_PER_WEEK - 1)

    def paused(self, day: date) -> bool:
        return any(first <= day < back for first, back in self.paused_spans)

    def open_days(self, first: date, last: date) -> list[date]:
        """The days from ``first`` to ``last`` that are not paused."""
        days = []
        day = first
        while day <= last:
            if not self.paused(day):
                days.append(day)
            day += timedelta(days=1)
        return days

    def plan_days(self, earlier: date, later: date) -> int:
        """The days after ``earlier`` up to ``later`` that are not paused."""
        if later <= earlier:
            return 0
        total = (later - earlier).days
        for first, back in self.paused_spans:
            low, high = (
                max(first, earlier + timedelta(days=1)),
                min(back, later + timedelta(days=1)),
            )
            if high > low:
                total -= (high - low).days
        return total


# --- the packing ------------------------------------------------------------------------


@record
class Placement:
    """Where a schedule puts an action: the days it runs, and their plan weeks."""

    first_day: date
    last_day: date
    week: int  # the plan week it starts in: the week whose list shows it
    last_week: int
    closed: bool  # done, skipped or known: it stays on the day it was closed


class _Walk:
    """The capacity of the coming days, used up in order: this week's room first, then
    each week's budget, a seventh of it on each day that is not paused.

    This week's room also counts its open days before ``day``: their share, less the
    hours worked, is spread over the days left in the week, and a paused day's part of
    it goes to the next open day (across the week's end when the pause runs on). When
    more was worked than that share, what the week has left is spread over its open
    days left. So a pause takes its own days' share and no more: it never moves work
    earlier, nor later by more than its days.
    """

    def __init__(self, calendar: Calendar, budget: float, day: date, room: float) -> None:
        self.calendar = calendar
        self.daily = budget / DAYS_PER_WEEK
        self.week = max(1, calendar.week_of(day))
        last = calendar.week_dates(self.week)[1]
        self.days = calendar.open_days(day, last)
        # ``carried``: capacity the next open day gets on top of its own.
        self.cumulative, self.carried = self._this_week(day, last, room)
        self.used = 0.0
        self.walked = 0

    def _this_week(self, day: date, last: date, room: float) -> tuple[list[float], float]:
        """The capacity up to and including each open day left in this week, and what
        paused days at its end pass on to the next open day."""
        ahead = room - self.daily * len(self.days)  # the days gone's share, less worked
        if ahead <= 0.0:
            # More worked than that share: what is left is spread over the days left, so
            # a day paused takes its own share, and the others hold a little less.
            each = max(0.0, room) / len(self.days) if self.days else 0.0
            return [each * count for count in range(1, len(self.days) + 1)], 0.0
        part = ahead / ((last - day).days + 1)
        cumulative: list[float] = []
        total, waiting, open_days = 0.0, 0, set(self.days)
        for offset in range((last - day).days + 1):
            waiting += 1
            if day + timedelta(days=offset) in open_days:
                total += self.daily + part * waiting
                cumulative.append(total)
                waiting = 0
        return cumulative, part * waiting

    @property
    def capacity(self) -> float:
        return self.cumulative[-1] if self.cumulative else 0.0

    def _next_week(self) -> None:
        self.week += 1
        self.walked += 1
        if self.walked > _MAX_WEEKS:
            raise RuntimeError("a schedule ran past any plan's end")
        first, last = self.calendar.week_dates(self.week)
        self.days = self.calendar.open_days(first, last)
        self.cumulative = [
            self.carried + self.daily * count for count in range(1, len(self.days) + 1)
        ]
        if self.days:
            self.carried = 0.0
        self.used = 0.0

    def _day_at(self, position: float) -> date:
        """The day on which ``position`` hours into this week's capacity fall."""
        # At most seven days: a scan costs less than importing bisect.
        for index, reached in enumerate(self.cumulative):
            if reached >= position - _EPSILON * 1e-3:
                return self.days[index]
        return self.days[-1]

    def take(self, hours: float) -> tuple[date, date]:
        """Use ``hours`` of capacity: the first and the last day they take."""
        while self.capacity - self.used <= _EPSILON:
            self._next_week()
        first = self._day_at(self.used + _EPSILON)
        remaining = hours
        while remaining > self.capacity - self.used + _EPSILON:
            remaining -= self.capacity - self.used
            self._next_week()
            while self.capacity <= _EPSILON:
                self._next_week()
        self.used += remaining
        return first, self._day_at(self.used)


class Schedule:
    """One schedule of the whole plan: every action placed, and the finish."""

    def __init__(
        self,
        *,
        placements: dict[str, Placement],
        order: list[str],
        finish: date,
        breathers: dict[int, date],
        budget: float,
        day: date,
    ) -> None:
        self.placements = placements
        self.order = order  # every action, in the plan's order
        self.finish = finish  # the day the work runs out
        self.breathers = breathers  # roadmap week -> the last day of its breathing room
        self.budget = budget
        self.day = day  # the day the open work was packed from

    def week(self, action_id: str) -> int:
        return self.placements[action_id].week


def plan_order(roadmap: Roadmap, current: int) -> list[str]:
    """Every action in the plan's order: the phase ``current`` first, then the work left
    in earlier phases, then the later phases, each in the roadmap's order; an action
    whose prerequisite (or an earlier action of its skill) comes later is preceded by it."""
    listed = [
        (index, action)
        for index, phase in enumerate(roadmap.phases)
        for _, action in phase.actions()
    ]
    before: dict[str, list[str]] = {}
    last_of_skill: dict[str, str] = {}
    for _, action in listed:
        needs = list(action.after)
        for skill in action.skills:
            if skill in last_of_skill:
                needs.append(last_of_skill[skill])
            last_of_skill[skill] = action.id
        before[action.id] = needs

    def priority(index: int) -> int:
        return 0 if index == current else 1 if index < current else 2

    ordered = sorted(range(len(listed)), key=lambda n: (priority(listed[n][0]), n))
    emitted: set[str] = set()
    order: list[str] = []
    for position in ordered:
        stack = [listed[position][1].id]
        while stack:
            node = stack[-1]
            if node in emitted:
                stack.pop()
                continue
            waiting = [item for item in before.get(node, ()) if item not in emitted]
            if waiting:
                stack.append(waiting[0])
                continue
            stack.pop()
            emitted.add(node)
            order.append(node)
    return order


def build_schedule(
    *,
    roadmap: Roadmap,
    hours: dict[str, float],
    order: list[str],
    closed: dict[str, date],
    calendar: Calendar,
    budget: float,
    day: date,
    worked: float,
    breathers: dict[int, float],
) -> Schedule:
    """Pack the open work of ``order`` from ``day`` on, after ``worked`` hours of its week.

    ``closed`` actions stay on the day they were closed; ``breathers`` (roadmap week ->
    breathing room in the roadmap's own hours) come after their week's last open action,
    or first when the week has none open, as a share of a week.
    """
    own = default_budget(roadmap)
    week_of_action = {action.id: week for _, week, action in roadmap.actions()}
    placements: dict[str, Placement] = {}
    for action_id, when in closed.items():
        if action_id in week_of_action:
            week = max(1, calendar.week_of(when))
            placements[action_id] = Placement(when, when, week, week, True)
    open_ids = [item for item in order if item not in closed]
    last_open: dict[int, str] = {}
    for action_id in open_ids:
        last_open[week_of_action[action_id]] = action_id
    items: list[tuple[str, str | int, float]] = [
        ("breather", week, room) for week, room in breathers.items() if week not in last_open
    ]
    after_action = {action_id: week for week, action_id in last_open.items() if week in breathers}
    for action_id in open_ids:
        items.append(("action", action_id, hours[action_id]))
        if action_id in after_action:
            week = after_action[action_id]
            items.append(("breather", week, breathers[week]))
    this_week = calendar.week_dates(max(1, calendar.week_of(day)))
    week_capacity = budget * len(calendar.open_days(*this_week)) / DAYS_PER_WEEK
    walk = _Walk(calendar, budget, day, max(0.0, week_capacity - worked))
    breather_ends: dict[int, date] = {}
    finish = max(closed.values(), default=day) if closed else day
    for kind, key, size in items:
        amount = size * budget / own if kind == "breather" else size
        if amount <= _EPSILON:
            continue
        first, last = walk.take(amount)
        finish = last
        if kind == "breather":
            breather_ends[int(key)] = last
        else:
            placements[str(key)] = Placement(
                first, last, calendar.week_of(first), calendar.week_of(last), False
            )
    if not open_ids:
        # Nothing left to do: the work ran out on the day the last of it was closed, and
        # the breathing room of weeks to come has no work to follow.
        finish = max(closed.values(), default=day)
    return Schedule(
        placements=placements,
        order=order,
        finish=finish,
        breathers=breather_ends,
        budget=budget,
        day=day,
    )
