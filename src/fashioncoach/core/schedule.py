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

from datetime import date
from typing import TYPE_CHECKING

from fashioncoach.core.packing import (
    Calendar,
    Schedule,
    breathing_room,
    build_schedule,
    default_budget,
    plan_order,
)

if TYPE_CHECKING:
    from fashioncoach.core.log import Anchor, History, PauseSpan
    from fashioncoach.core.own_pace import OwnPace
    from fashioncoach.model.roadmap import Roadmap

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
        pace: OwnPace | None = None,
        own_forecast: Schedule | None = None,
        plan_pace: dict[str, float] | None = None,
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
        self.own_pace = pace  # your ratio of recorded hours to estimates, when known
        self.own_forecast = own_forecast  # the forecast at that ratio: the second finish
        self.plan_pace = plan_pace or {}  # the pace the plan in force was made at ({}: none)
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
    from fashioncoach.core.own_pace import own_pace, paced_hours, ratios_of

    start = history.start if history.started else today
    budget = history.budget if history.started else default_budget(roadmap)
    calendar = Calendar(start, history.pauses)
    hours = scaled_hours(roadmap, history.levels)
    known = {action_id for action_id, status in history.statuses.items() if status == "known"}
    room = breathing_room(roadmap)
    anchors = history.anchors if history.started else []

    def worked_in_week(
        closed: dict[str, date], done: set[str], day: date, packed: dict[str, float]
    ) -> float:
        first, last = calendar.week_dates(max(1, calendar.week_of(day)))
        return sum(
            packed[item] for item in done if item in packed and first <= closed[item] <= last
        )

    def packed_at(pace: dict[str, float]) -> dict[str, float]:
        """The hours a plan packs: the estimates, or at the pace it was made at."""
        return paced_hours(roadmap, hours, pace) if pace else hours

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
        packed = packed_at(anchor.pace if anchor is not None else {})
        baseline = build_schedule(
            roadmap=roadmap,
            hours=packed,
            order=plan_order(roadmap, phase_then),
            closed=closed,
            calendar=calendar,
            budget=budget_then,
            day=day,
            worked=(
                worked_in_week(closed, done_then, day, packed)
                if anchor is not None and anchor.kind != "start"
                else 0.0
            ),
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
    order = plan_order(roadmap, current)
    plan_pace = anchors[-1].pace if anchors else {}

    def forecast_at(packed: dict[str, float]) -> Schedule:
        return build_schedule(
            roadmap=roadmap,
            hours=packed,
            order=order,
            closed=closed_now,
            calendar=calendar,
            budget=budget,
            day=day,
            worked=worked_in_week(closed_now, done_now, day, packed) if today >= start else 0.0,
            breathers=forecast_breathers,
        )

    forecast = forecast_at(packed_at(plan_pace))
    # The second finish: at your budget with your own pace, once you recorded enough.
    mine = own_pace(roadmap, history, hours) if history.started else None
    own = forecast_at(paced_hours(roadmap, hours, ratios_of(mine))) if mine is not None else None
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
        pace=mine,
        own_forecast=own,
        plan_pace=plan_pace,
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
