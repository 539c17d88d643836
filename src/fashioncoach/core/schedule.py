"""The one schedule: the plan is the work, packed into the weeks by the budget.

Two schedules answer every date question, built the same way (``docs/planning.md``):

- the **forecast**: the open work, in the plan's order, packed into the weeks from today
  on: this week gets the room the budget has left, paused days give no room, no action
  starts before its prerequisites, and closed work stays on the day it was closed;
- the **baseline** (the plan): the forecast as it stood when the plan was made, at the
  start or the last replan, on the budget of then. Pauses move it too.

The plan's order is the roadmap's (phase, week, listing), with the phase the learner
moved into first and the work left in earlier phases after it; an action never comes
before its prerequisites (``after``) or an earlier action of the same skill.

A roadmap paced by its weeks (``pacing = "weeks"``) keeps each week's breathing room:
what a week leaves under the roadmap's own hours a week stays free, as a share of a
week, so at those hours every action falls in its own week. A week's breathing room
goes once its week is past in the plan. Pure: no I/O, the day passed in.
"""

from __future__ import annotations

import math
from datetime import date, timedelta
from typing import TYPE_CHECKING

from fashioncoach.model.record import record

if TYPE_CHECKING:
    from fashioncoach.core.log import Anchor, History, PauseSpan
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
    each week's budget, spread evenly over the days that are not paused."""

    def __init__(self, calendar: Calendar, budget: float, day: date, room: float) -> None:
        self.calendar = calendar
        self.budget = budget
        self.week = max(1, calendar.week_of(day))
        self.days = calendar.open_days(day, calendar.week_dates(self.week)[1])
        self.capacity = room if self.days else 0.0
        self.used = 0.0

    def _next_week(self) -> None:
        self.week += 1
        if self.week > _MAX_WEEKS:
            raise RuntimeError("a schedule ran past any plan's end")
        first, last = self.calendar.week_dates(self.week)
        self.days = self.calendar.open_days(first, last)
        self.capacity = self.budget * len(self.days) / DAYS_PER_WEEK
        self.used = 0.0

    def _day_at(self, position: float) -> date:
        share = position / self.capacity if self.capacity > _EPSILON else 1.0
        index = math.ceil(share * len(self.days) - _EPSILON) - 1
        return self.days[min(len(self.days) - 1, max(0, index))]

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
    if not items:
        finish = max(closed.values(), default=day)
    return Schedule(
        placements=placements,
        order=order,
        finish=finish,
        breathers=breather_ends,
        budget=budget,
        day=day,
    )


# --- the plan ---------------------------------------------------------------------------


def start_phase(roadmap: Roadmap, closed: set[str]) -> int:
    """The phase a plan starts in: the first with work not closed at its start."""
    for index, phase in enumerate(roadmap.phases):
        if any(action.id not in closed for _, action in phase.actions()):
            return index
    return len(roadmap.phases) - 1


class Plan:
    """A roadmap laid out for one learner, as it stands on ``today``: the baseline, the
    forecast, and where the learner is in the order."""

    def __init__(
        self,
        *,
        roadmap: Roadmap,
        history: History,
        calendar: Calendar,
        today: date,
        hours: dict[str, float],
        current: int,
        baseline: Schedule,
        original: Schedule,
        forecast: Schedule,
    ) -> None:
        self.roadmap = roadmap
        self.history = history
        self.calendar = calendar
        self.today = today
        self.start = calendar.start
        self.started = history.started
        self.budget = history.budget
        self.hours = hours  # each action's estimate as the plan counts it
        self.current = current  # index of the phase the learner is in
        self.baseline = baseline
        self.original = original  # the baseline made at the start, before any replan
        self.forecast = forecast
        self.roadmap_week = {action.id: week for _, week, action in roadmap.actions()}
        self.action_phase = {
            action.id: index
            for index, phase in enumerate(roadmap.phases)
            for _, action in phase.actions()
        }

    # --- weeks and dates ---

    def week_of(self, day: date) -> int:
        return self.calendar.week_of(day)

    def week_dates(self, week: int) -> tuple[date, date]:
        return self.calendar.week_dates(week)

    @property
    def this_week(self) -> int:
        """The plan week of ``today``: week 1 before the start."""
        return max(1, self.calendar.week_of(self.today))

    @property
    def planned_finish(self) -> date:
        return self.baseline.finish

    @property
    def projected_finish(self) -> date:
        return self.forecast.finish

    @property
    def planned_weeks(self) -> int:
        return max(1, self.calendar.week_of(self.baseline.finish))

    @property
    def weeks(self) -> int:
        """The plan's length in plan weeks as the forecast stands."""
        return max(1, self.calendar.week_of(self.forecast.finish))

    def pause_on(self, day: date) -> PauseSpan | None:
        return self.history.pause_on(day)

    # --- phases ---

    @property
    def phase_began(self) -> date:
        """The day the learner moved into the current phase (the start for the first)."""
        if self.history.phase_began is not None and self.roadmap.phases[self.current].id == (
            self.history.phase
        ):
            return max(self.history.phase_began, self.start)
        return self.start

    def phase_weeks(self, index: int, schedule: Schedule | None = None) -> tuple[int, int]:
        """The first and last plan week of phase ``index``'s work in ``schedule`` (the
        forecast), the week the learner moved into it included."""
        schedule = schedule or self.forecast
        weeks = [
            (schedule.placements[action.id].week, schedule.placements[action.id].last_week)
            for _, action in self.roadmap.phases[index].actions()
            if action.id in schedule.placements
        ]
        first = min((week for week, _ in weeks), default=1)
        last = max((week for _, week in weeks), default=first)
        if index == self.current and self.started:
            first = min(first, max(1, self.calendar.week_of(self.phase_began)))
        return first, max(first, last)

    def milestone_due(self, due_week: int, actions: tuple[str, ...]) -> date:
        """The last day of the plan week the baseline finishes a milestone's work in: its
        actions, and the roadmap week it is due by."""
        ends = [
            self.baseline.placements[item].last_day
            for item in actions
            if item in self.baseline.placements
        ]
        by_week = [
            placement.last_day
            for action_id, placement in self.baseline.placements.items()
            if self.roadmap_week.get(action_id, 0) <= due_week
        ]
        ends += [day for week, day in self.baseline.breathers.items() if week <= due_week]
        latest = max([*ends, max(by_week, default=self.start)])
        return self.calendar.week_dates(max(1, self.calendar.week_of(latest)))[1]

    def reached(self, actions: tuple[str, ...]) -> date | None:
        """The day the forecast finishes a milestone's last action."""
        days = [
            self.forecast.placements[item].last_day
            for item in actions
            if item in self.forecast.placements
        ]
        return max(days, default=None)


def plan_of(roadmap: Roadmap, history: History, *, today: date) -> Plan:
    """The plan of ``history`` as it stands on ``today`` (the roadmap's own, as if started
    today, when there is no plan)."""
    from fashioncoach.core.assess import scaled_hours

    start = history.start if history.started else today
    budget = history.budget if history.started else default_budget(roadmap)
    calendar = Calendar(start, history.pauses)
    hours = scaled_hours(roadmap, history.levels)
    known = {action_id for action_id, status in history.statuses.items() if status == "known"}
    room = breathing_room(roadmap)
    anchors = history.anchors if history.started else []

    def worked_in_week(closed: dict[str, date], done: set[str], day: date) -> float:
        first, last = calendar.week_dates(max(1, calendar.week_of(day)))
        return sum(hours[item] for item in done if item in hours and first <= closed[item] <= last)

    # The baseline: each anchor's forecast in turn, the breathing room of a week dropped
    # once its week was past in the plan before.
    baseline: Schedule | None = None
    original: Schedule | None = None
    breathers: dict[int, float] = {}
    moments: list[Anchor | None] = list(anchors) or [None]
    for anchor in moments:
        if anchor is None or anchor.kind == "start":
            closed = {}
            if anchor is not None:
                closed = {
                    item: when
                    for item, when in history.closed_as_of(anchor.at, start).items()
                    if item not in known and when < start
                }
            day = start
            budget_then = anchor.budget if anchor is not None else budget
        else:
            closed = {
                item: when
                for item, when in history.closed_as_of(anchor.at, anchor.day).items()
                if item not in known
            }
            day = max(anchor.day, start)
            budget_then = anchor.budget
        closed.update({item: history.resolved_on[item] for item in known})
        done_then = {
            item
            for item, when in closed.items()
            if item not in known and history.status(item) != "skipped"
        }
        if baseline is None:
            # At the start, every week with work still to do has its breathing room.
            breathers = {
                week: size
                for week, size in room.items()
                if any(
                    item.id not in closed for _, number, item in roadmap.actions() if number == week
                )
            }
        else:
            breathers = {
                week: size
                for week, size in breathers.items()
                if baseline.breathers.get(week, date.min) >= day
            }
        phase_then = _phase_at(roadmap, history, anchor, set(closed))
        baseline = build_schedule(
            roadmap=roadmap,
            hours=hours,
            order=plan_order(roadmap, phase_then),
            closed=closed,
            calendar=calendar,
            budget=budget_then,
            day=day,
            worked=worked_in_week(closed, done_then, day) if day > start else 0.0,
            breathers=breathers,
        )
        if original is None:
            original = baseline
    assert baseline is not None and original is not None

    # The forecast: today's open work from today (or the start) on.
    day = max(today, start)
    current = _current_phase(roadmap, history, known)
    forecast_breathers = {
        week: size
        for week, size in breathers.items()
        if baseline.breathers.get(week, date.min) >= day
    }
    closed_now = dict(history.resolved_on)
    done_now = {item for item, status in history.statuses.items() if status == "done"}
    forecast = build_schedule(
        roadmap=roadmap,
        hours=hours,
        order=plan_order(roadmap, current),
        closed=closed_now,
        calendar=calendar,
        budget=budget,
        day=day,
        worked=worked_in_week(closed_now, done_now, day) if today >= start else 0.0,
        breathers=forecast_breathers,
    )
    return Plan(
        roadmap=roadmap,
        history=history,
        calendar=calendar,
        today=today,
        hours=hours,
        current=current,
        baseline=baseline,
        original=original,
        forecast=forecast,
    )


def _current_phase(roadmap: Roadmap, history: History, known: set[str]) -> int:
    """The phase the learner moved into last; before any move, the one the plan starts in."""
    index_of = {phase.id: index for index, phase in enumerate(roadmap.phases)}
    if history.phase in index_of:
        return index_of[history.phase]
    return start_phase(roadmap, known | _closed_before_start(history))


def _closed_before_start(history: History) -> set[str]:
    return {item for item, when in history.resolved_on.items() if when < history.start}


def _phase_at(roadmap: Roadmap, history: History, anchor: object, closed: set[str]) -> int:
    """The phase the learner was in when the plan of ``anchor`` was made."""
    from fashioncoach.core.log import Anchor

    index_of = {phase.id: index for index, phase in enumerate(roadmap.phases)}
    phase = ""
    if isinstance(anchor, Anchor):
        for move in history.phase_moves:
            if move.at <= anchor.at and move.day <= anchor.day and move.phase in index_of:
                phase = move.phase
    if phase:
        return index_of[phase]
    return start_phase(roadmap, closed)
