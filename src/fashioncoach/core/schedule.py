"""The one schedule: every date question of a plan is answered here.

``plan_of`` lays out a roadmap for one learner on one day, and every view, the
JSON, Markdown, HTML and the calendar ask the ``Plan`` it returns; none of them
computes a week or a date of its own. The rules, with examples, are in
``docs/planning.md``:

- A plan week always starts on the weekday of the plan's start. Calendar week k
  runs from ``start + 7(k-1)`` for seven days.
- A pause moves the rest of the plan by whole weeks: a calendar week with four or
  more paused days is a paused week, and plan week n is the n-th calendar week
  that is not paused. Fewer paused days are time lost inside a plan week.
- Phases follow one another. The learner's ``phase next`` makes the plan week it
  happened in the new phase's week 1; later phases move with it. The phase the
  learner is in lasts at least its planned weeks, and runs on through this week
  when it is late.
- The weekly budget shapes the plan: each phase's actions are laid out in the
  roadmap's order, never earlier than the roadmap puts them, and a week that would
  go over the budget passes the rest on to the next one. A phase lasts at least its
  roadmap weeks (plus the weeks ``replan`` added).

Pure: no I/O, the day passed in.
"""

from __future__ import annotations

import math
from datetime import date, timedelta
from typing import TYPE_CHECKING

from fashioncoach.core.log import fold
from fashioncoach.model.record import record

if TYPE_CHECKING:
    from fashioncoach.core.log import Log
    from fashioncoach.model.progress import Pause, Progress
    from fashioncoach.model.roadmap import Action, Milestone, Phase, Roadmap

DAYS_PER_WEEK = 7
PAUSED_WEEK_DAYS = 4  # a calendar week with this many paused days or more is a paused week
HOURS_STEP = 0.5  # budgets are rounded up to the half hour


def default_budget(roadmap: Roadmap) -> float:
    """The weekly hours a roadmap asks for, up to the half hour: its hours over its weeks,
    or its busiest week's when that is more, so that its own weeks hold as written."""
    weeks = max(1, roadmap.overview.duration_weeks)
    load: dict[int, float] = {}
    for _, week, action in roadmap.actions():
        load[week] = load.get(week, 0.0) + action.hours
    if roadmap.overview.hours_per_week is not None:
        return roadmap.overview.hours_per_week
    needed = max(roadmap.hours() / weeks, *load.values(), HOURS_STEP)
    return math.ceil(needed / HOURS_STEP - 1e-9) * HOURS_STEP


@record
class PhaseSpan:
    """A phase placed on the plan's weeks."""

    id: str
    title: str
    index: int
    first_week: int
    weeks: int  # 0 when the learner moved on in the week it began
    planned_weeks: int  # by the roadmap, the budget and replans
    began: date | None  # the day the learner entered it
    state: str  # "done", "current" or "upcoming"

    @property
    def last_week(self) -> int:
        return self.first_week + self.weeks - 1

    def holds(self, week: int) -> bool:
        return self.first_week <= week <= self.last_week


class Plan:
    """A roadmap laid out on the calendar for one learner, as it stands on ``today``."""

    def __init__(
        self,
        *,
        start: date,
        today: date,
        pauses: tuple[Pause, ...],
        paused_weeks: list[int],
        spans: list[PhaseSpan],
        current: int,
        action_week: dict[str, int],
        action_phase: dict[str, int],
        left_behind: set[str],
        milestone_weeks: dict[str, int],
        budget: float,
        started: bool,
    ) -> None:
        self.start = start
        self.today = today
        self.pauses = pauses
        self.paused_weeks = paused_weeks  # calendar weeks, ascending
        self.spans = spans
        self.current = current  # index of the phase the learner is in on ``today``
        self.action_week = action_week  # action id -> the plan week it is due in
        self.action_phase = action_phase  # action id -> index of its phase
        self.left_behind = left_behind  # open or not, actions whose phase ended before them
        self.milestone_weeks = milestone_weeks
        self.budget = budget
        self.started = started  # whether there is a learner's progress behind it

    # --- weeks and dates ---

    @property
    def weeks(self) -> int:
        """The plan's length in plan weeks."""
        return max(1, self.spans[-1].last_week, max(self.action_week.values(), default=1))

    def calendar_week(self, week: int) -> int:
        """The calendar week that plan week ``week`` falls in (paused weeks skipped)."""
        calendar = week
        if week < 1:
            return calendar
        for paused in self.paused_weeks:
            if paused <= calendar:
                calendar += 1
            else:
                break
        return calendar

    def week_dates(self, week: int) -> tuple[date, date]:
        """The first and last day of plan week ``week``: seven days, on the start's weekday."""
        first = self.start + timedelta(days=DAYS_PER_WEEK * (self.calendar_week(week) - 1))
        return first, first + timedelta(days=DAYS_PER_WEEK - 1)

    def week_of(self, day: date) -> int:
        """The plan week ``day`` is in: 0 or less before the start; in a paused week, the
        plan week that follows it (the one the learner comes back to)."""
        calendar = (day - self.start).days // DAYS_PER_WEEK + 1
        if calendar < 1:
            return calendar
        before = sum(1 for paused in self.paused_weeks if paused < calendar)
        return calendar - before

    def finish(self) -> date:
        """The last day of the plan as it stands."""
        return self.week_dates(self.weeks)[1]

    def pause_on(self, day: date) -> Pause | None:
        """The pause ``day`` falls in, if any."""
        return _covering(self.pauses, day)

    @property
    def current_span(self) -> PhaseSpan:
        return self.spans[self.current]

    # --- phases and actions ---

    def span_of(self, phase_id: str) -> PhaseSpan:
        for span in self.spans:
            if span.id == phase_id:
                return span
        raise KeyError(phase_id)

    def phase_of_week(self, week: int) -> PhaseSpan:
        """The phase plan week ``week`` belongs to (the last one past the end)."""
        for span in self.spans:
            if span.weeks and span.holds(week):
                return span
        if week < 1:
            return self.spans[0]
        return self.spans[self.current] if week <= self.spans[-1].last_week else self.spans[-1]

    def hours_by_week(self, actions: list[Action]) -> dict[int, float]:
        """Planned hours per plan week, each action in the week it is due."""
        weekly: dict[int, float] = {}
        for action in actions:
            week = self.action_week[action.id]
            weekly[week] = weekly.get(week, 0.0) + action.hours
        return weekly


def current_week(plan: Plan, today: date) -> int:
    """The plan week of ``today``, at least 1 (week 1 before the start)."""
    return max(1, plan.week_of(today)) if today >= plan.start else 1


def current_entry(roadmap: Roadmap, progress: Progress) -> tuple[int, Phase, date]:
    """The last phase the learner entered that this roadmap has, whatever its date: its
    index, the phase and the day it began (``phase back`` undoes that move)."""
    return entry_on(roadmap, progress, date.max)


def entry_on(roadmap: Roadmap, progress: Progress, day: date) -> tuple[int, Phase, date]:
    """The phase the learner was in on ``day`` (rule 10): the last one entered by then
    that this roadmap has, its index and the day it began; the first phase before any."""
    entries = entries_by(roadmap, progress, day)
    if not entries:
        return 0, roadmap.phases[0], progress.start_date
    index, began = entries[-1]
    return index, roadmap.phases[index], began


def entries_by(roadmap: Roadmap, progress: Progress, day: date) -> list[tuple[int, date]]:
    """The phase entries made by ``day``, as (phase index, day it began), in file order.

    Entries for phases the roadmap lacks (a hand edit, a renamed phase) are kept in the
    file and skipped here. Before the start, the phase the plan starts in counts: moves
    made then are dated the start day.
    """
    index_of = {phase.id: index for index, phase in enumerate(roadmap.phases)}
    day = max(day, progress.start_date)
    return [
        (index_of[entry.phase], entry.began)
        for entry in progress.phases
        if entry.phase in index_of and entry.began <= day
    ]


def pause_on(progress: Progress, day: date) -> Pause | None:
    """The pause ``day`` falls in, if any."""
    return _covering(progress.pauses, day)


def _covering(pauses: tuple[Pause, ...], day: date) -> Pause | None:
    for pause in pauses:
        if pause.start <= day < pause.until:
            return pause
    return None


# --- pauses -----------------------------------------------------------------------------


def merged_pauses(pauses: tuple[Pause, ...] | list[Pause]) -> list[tuple[date, date]]:
    """The paused spans as sorted, non-overlapping ``(first day, first day back)``."""
    spans: list[tuple[date, date]] = []
    for pause in sorted(pauses, key=lambda item: item.start):
        if spans and pause.start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], pause.until))
        else:
            spans.append((pause.start, pause.until))
    return spans


def paused_calendar_weeks(start: date, pauses: tuple[Pause, ...]) -> list[int]:
    """The calendar weeks (from 1) with at least PAUSED_WEEK_DAYS paused days."""
    days_in_week: dict[int, int] = {}
    for first, back in merged_pauses(pauses):
        day = max(first, start)
        while day < back:
            week = (day - start).days // DAYS_PER_WEEK + 1
            week_end = start + timedelta(days=DAYS_PER_WEEK * week)
            stop = min(back, week_end)
            days_in_week[week] = days_in_week.get(week, 0) + (stop - day).days
            day = stop
    return sorted(week for week, days in days_in_week.items() if days >= PAUSED_WEEK_DAYS)


# --- the layout -------------------------------------------------------------------------


def phase_layout(
    phase: Phase, roadmap_first: int, *, budget: float, moved: dict[str, int]
) -> tuple[dict[str, int], int]:
    """Each action's week of its phase, and the phase's length in weeks before replans.

    Actions keep the roadmap's order and never come earlier than their roadmap week; a
    week that would go over ``budget`` passes what does not fit to the next week. An
    action bigger than the whole budget has a week of its own. ``moved`` (from a replan)
    places an action where the learner agreed, outside this packing: it is packed as if
    unmoved, so that the other actions keep the weeks ``replan`` showed them in.
    """
    weeks: dict[str, int] = {}
    load: dict[int, float] = {}
    cursor = 1
    for roadmap_week, action in phase.actions():
        week = max(cursor, roadmap_week - roadmap_first + 1)
        while load.get(week, 0.0) > 0 and load[week] + action.hours > budget + 1e-9:
            week += 1
        load[week] = load.get(week, 0.0) + action.hours
        cursor = week
        # Where the learner agreed, after ``replan`` checked the week's open hours.
        weeks[action.id] = max(1, moved[action.id]) if action.id in moved else week
    length = max([phase.duration_weeks, *weeks.values()])
    return weeks, length


def plan_of(
    roadmap: Roadmap, progress: Progress | None, *, today: date, log: Log | None = None
) -> Plan:
    """The plan of ``progress`` as it stands on ``today`` (the roadmap's own without it);
    ``log``, the progress already folded, saves folding a long log twice."""
    started = progress is not None
    start = progress.start_date if progress is not None else today
    pauses = progress.pauses if progress is not None else ()
    budget = progress.hours_per_week if progress is not None else default_budget(roadmap)
    moved = progress.schedule.moved if progress is not None else {}
    extended = progress.schedule.extended if progress is not None else {}
    paused_weeks = paused_calendar_weeks(start, pauses)

    def week_of(day: date) -> int:
        calendar = (day - start).days // DAYS_PER_WEEK + 1
        return max(1, calendar - sum(1 for paused in paused_weeks if paused < calendar))

    # Each phase's own weeks: the roadmap's, the budget's and the replans'.
    roadmap_first = roadmap.phase_first_weeks()
    in_phase: dict[str, int] = {}
    planned: list[int] = []
    for phase in roadmap.phases:
        layout, length = phase_layout(phase, roadmap_first[phase.id], budget=budget, moved=moved)
        in_phase.update(layout)
        planned.append(max(length, phase.duration_weeks + max(0, extended.get(phase.id, 0))))

    # Where the learner is: the last phase they entered by ``today`` that this roadmap has.
    entered: dict[int, date] = {}
    current = 0
    if progress is not None:
        entries = entries_by(roadmap, progress, today)
        current = entries[-1][0] if entries else 0
        entered = {index: day for index, day in entries if index <= current}
    # A late phase runs on through this week; once every action is done or skipped it
    # ran on only through the week the last one was (the clock stops there too).
    this_week = (
        week_of(min(today, _finished_on(roadmap, progress, log) or today)) if today >= start else 1
    )

    spans: list[PhaseSpan] = []
    first = 1
    for index, phase in enumerate(roadmap.phases):
        if 0 < index <= current:
            # Entered: its week 1 is the plan week the learner moved on in.
            began = entered.get(index)
            if began is not None:
                first = max(spans[-1].first_week, week_of(began))
            spans[-1].weeks = first - spans[-1].first_week
        weeks = planned[index]
        if index == current and progress is not None:
            weeks = max(weeks, this_week - first + 1)  # a late phase runs on through today
        state = "done" if index < current else "current" if index == current else "upcoming"
        spans.append(
            PhaseSpan(
                id=phase.id,
                title=phase.title,
                index=index,
                first_week=first,
                weeks=weeks,
                planned_weeks=planned[index],
                began=entered.get(index) if index > 0 else (start if started else None),
                state=state if started else "upcoming",
            )
        )
        first += weeks

    action_week: dict[str, int] = {}
    action_phase: dict[str, int] = {}
    left_behind: set[str] = set()
    for index, phase in enumerate(roadmap.phases):
        span = spans[index]
        for _, action in phase.actions():
            week = in_phase[action.id]
            action_phase[action.id] = index
            if week > span.weeks:
                # The learner moved on before this action's week: it is due by the
                # phase's end, and is "left in" that phase while it is open.
                left_behind.add(action.id)
                week = max(span.weeks, 1)
            action_week[action.id] = span.first_week + week - 1

    milestone_weeks = {
        milestone.id: _milestone_week(milestone, roadmap, spans, action_week, roadmap_first)
        for milestone in roadmap.milestones
    }
    return Plan(
        start=start,
        today=today,
        pauses=tuple(pauses),
        paused_weeks=paused_weeks,
        spans=spans,
        current=current,
        action_week=action_week,
        action_phase=action_phase,
        left_behind=left_behind,
        milestone_weeks=milestone_weeks,
        budget=budget,
        started=started,
    )


def _finished_on(roadmap: Roadmap, progress: Progress | None, log: Log | None) -> date | None:
    """The day the last action was done or skipped, once every action is; else None."""
    if progress is None:
        return None
    if log is None:
        log = fold(progress, roadmap)
    days = [log.resolved_on.get(action.id) for _, _, action in roadmap.actions()]
    resolved = [day for day in days if day is not None]
    return max(resolved) if resolved and len(resolved) == len(days) else None


def _milestone_week(
    milestone: Milestone,
    roadmap: Roadmap,
    spans: list[PhaseSpan],
    action_week: dict[str, int],
    roadmap_first: dict[str, int],
) -> int:
    """The plan week a milestone is due by: its roadmap week, carried by its phase as the
    phase moved, and never before the week its last action is due."""
    due = milestone.due_week
    for phase, span in zip(roadmap.phases, spans, strict=True):
        first = roadmap_first[phase.id]
        if first <= due < first + phase.duration_weeks:
            due = span.first_week + min(due - first, max(span.weeks - 1, 0))
            break
    weeks = [action_week[item] for item in milestone.actions if item in action_week]
    return max([due, *weeks])
