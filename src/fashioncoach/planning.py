"""The schedule in force: the roadmap's, adjusted by ``replan`` and shifted by pauses.

Pure: no I/O, the day passed in. Everything that turns weeks into dates, or asks
which week an action belongs to, goes through here, so that ``today``,
``timeline``, ``report`` and the calendar export always agree.

Two ideas carry it:

- *Active days.* A paused day does not count: the n-th active day after a start
  skips every pause, so a week's pause moves everything after it by a week, and a
  paused week is no week of the plan (it cannot break a streak).
- *Phase weeks.* ``replan`` moves an action to another week *of its phase* and
  may extend a phase; later phases follow on.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import TypeVar, dataclass_transform

from fashioncoach.domain import Milestone, Roadmap
from fashioncoach.limits import MAX_PAUSED_DAYS
from fashioncoach.progress import Pause, Progress, Review, Schedule

T = TypeVar("T")


@dataclass_transform()
def record(cls: type[T]) -> type[T]:
    """A dataclass for a view record: built once, then rendered or serialised.

    Without the generated ``__repr__`` and ``__eq__``, which no view uses, each class
    costs a third as much to create; ``today`` creates some thirty of them at start-up.
    """
    return dataclass(repr=False, eq=False)(cls)


DAYS_PER_WEEK = 7
PACE_WEEKS = 4  # the projection looks at the pace of the last four weeks
CATCH_UP_WEEKS = 4  # "about 3 h extra a week for 4 weeks catches up"


# --- pauses and active days ---------------------------------------------------------------


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


# --- the schedule in force --------------------------------------------------------------


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


# --- pace -------------------------------------------------------------------------------


def planned_hours_by_week(roadmap: Roadmap, plan: Plan) -> dict[int, float]:
    weekly: dict[int, float] = {}
    for _, _, action in roadmap.actions():
        week = plan.action_week[action.id]
        weekly[week] = weekly.get(week, 0.0) + action.hours
    return weekly


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


# --- replan -----------------------------------------------------------------------------


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
    *,
    roadmap: Roadmap,
    progress: Progress,
    statuses: dict[str, str],
    phase_index: int,
    began: date,
    today: date,
) -> Replan:
    """Spread the open actions of the phase's past weeks over its coming weeks.

    Each late action (in plan order) goes to the first coming week whose open hours
    leave room for it within the weekly budget; when none does, the phase gets a
    week more. An action bigger than the whole budget gets a week of its own.
    """
    phase = roadmap.phases[phase_index]
    plan = plan_of(roadmap, progress)
    pauses = progress.pauses
    phase_week = max(1, week_of(began, today, pauses))
    length = plan.phase_weeks[phase.id]
    budget = progress.weekly_hours
    actions = [action for _, action in phase.actions()]
    load: dict[int, float] = {}
    count: dict[int, int] = {}
    late = []
    for action in actions:
        week = plan.action_phase_week[action.id]
        if action.id in statuses:
            continue
        if week < phase_week:
            late.append((action, week))
        else:
            load[week] = load.get(week, 0.0) + action.hours
            count[week] = count.get(week, 0) + 1
    before_load, before_count = dict(load), dict(count)
    for action, week in late:
        before_load[week] = before_load.get(week, 0.0) + action.hours
        before_count[week] = before_count.get(week, 0) + 1

    last = max(length, phase_week - 1)
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
    roadmap_first = roadmap.phase_first_weeks()[phase.id]
    roadmap_weeks = {action.id: week - roadmap_first + 1 for week, action in phase.actions()}
    for move in moves:
        if roadmap_weeks[move.id] == move.to_week:
            moved.pop(move.id, None)
        else:
            moved[move.id] = move.to_week
    extended = dict(progress.schedule.extended)
    if extend_by:
        extended[phase.id] = extended.get(phase.id, 0) + extend_by
    schedule = Schedule(moved=moved, extended=extended, replanned_on=today)

    first_plan_week = plan.first_weeks[phase.id]
    rows = []
    shown_from = min([phase_week, *(move.from_week for move in moves)])
    for week in range(max(1, shown_from), weeks_after + 1):
        if week < phase_week and not before_load.get(week):
            continue  # a past week with nothing open: nothing to show
        start, end = week_dates(began, week, pauses)
        rows.append(
            WeekLoad(
                week=week,
                plan_week=first_plan_week + week - 1,
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


# --- pauses -----------------------------------------------------------------------------


class PauseError(ValueError):
    """A pause that cannot be recorded; the message is for the learner."""


def add_pause(progress: Progress, *, start: date, until: date, reason: str) -> Progress:
    if until <= start:
        raise PauseError(f"--until {until} should be after the pause's first day, {start}")
    if start < progress.start_date:
        raise PauseError(f"a pause cannot begin before your plan does ({progress.start_date})")
    paused = sum((pause.until - pause.start).days for pause in progress.pauses)
    if paused + (until - start).days > MAX_PAUSED_DAYS:
        raise PauseError(
            f"pauses may add up to {MAX_PAUSED_DAYS:,} days at most; this one would make "
            f"{paused + (until - start).days:,}"
        )
    for pause in progress.pauses:
        if start < pause.until and pause.start < until:
            raise PauseError(
                f"you already have a pause from {pause.start} until {pause.until}; "
                "end it with: fashioncoach resume"
            )
    pause = Pause(start=start, until=until, reason=reason.strip())
    pauses = tuple(sorted((*progress.pauses, pause), key=lambda item: item.start))
    return replace(progress, pauses=pauses)


def end_pause(progress: Progress, today: date) -> tuple[Progress, Pause]:
    """End the pause ``today`` is in: the learner is back today."""
    current = pause_on(progress, today)
    if current is None:
        raise PauseError(f"you are not on a pause on {today}; nothing to resume")
    kept = [pause for pause in progress.pauses if pause is not current]
    if today > current.start:
        kept.append(replace(current, until=today))
    pauses = tuple(sorted(kept, key=lambda item: item.start))
    return replace(progress, pauses=pauses), current


# --- weekly reviews ---------------------------------------------------------------------


def record_review(progress: Progress, review: Review) -> tuple[Progress, bool]:
    """Store ``review`` with its week, replacing an earlier review of the same week.

    Returns the new progress and whether a review of that week was replaced.
    """
    kept = [item for item in progress.reviews if item.week != review.week]
    replaced = len(kept) != len(progress.reviews)
    reviews = tuple(sorted((*kept, review), key=lambda item: item.week))
    return replace(progress, reviews=reviews), replaced


def latest_confidence(progress: Progress) -> dict[str, tuple[int, int]]:
    """Each rated skill's latest confidence and the week it was given in."""
    latest: dict[str, tuple[int, int]] = {}
    for review in sorted(progress.reviews, key=lambda item: item.week):
        for skill, level in review.confidence.items():
            latest[skill] = (level, review.week)
    return latest
