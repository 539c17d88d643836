"""The coaching logic: weeks, phases, statuses, pace. Pure: no I/O, time passed in.

Every ``build_*`` function returns plain dataclasses that ``views.py`` renders
and ``--json`` serialises, so both always show the same facts.
"""

from __future__ import annotations

import contextlib
import difflib
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from fashioncoach.domain import Action, Milestone, Phase, Roadmap
from fashioncoach.errors import BadArgument, FashionCoachError
from fashioncoach.progress import SCHEMA_VERSION, Event, EventKind, PhaseEntry, Progress

# Views have a ``date`` field (the JSON key); inside them this alias names the type.
Day = date

DAYS_PER_WEEK = 7
MILESTONE_WARNING_DAYS = 14
ACTIVITY_WEEKS = 8


class CoachError(FashionCoachError):
    """A request that cannot be carried out; the message is for the learner."""


# --- statuses ---------------------------------------------------------------------------


def action_statuses(progress: Progress) -> dict[str, str]:
    """Each action's status from the log: the latest done/undone/skipped event wins."""
    statuses: dict[str, str] = {}
    for event in progress.events:
        if event.kind == "done":
            statuses[event.action] = "done"
        elif event.kind == "skipped":
            statuses[event.action] = "skipped"
        elif event.kind == "undone":
            statuses.pop(event.action, None)
    return statuses


def done_dates(progress: Progress) -> dict[str, date]:
    """When each currently-done action was last marked done."""
    dates: dict[str, date] = {}
    for event in progress.events:
        if event.kind == "done":
            dates[event.action] = event.at.date()
        elif event.kind in ("undone", "skipped"):
            dates.pop(event.action, None)
    return dates


def unknown_action_ids(roadmap: Roadmap, progress: Progress) -> list[str]:
    """Action ids in the log that the roadmap no longer has: kept, and reported."""
    known = {action.id for _, _, action in roadmap.actions()}
    seen: dict[str, None] = {}
    for event in progress.events:
        if event.action not in known:
            seen[event.action] = None
    return list(seen)


# --- calendar ---------------------------------------------------------------------------


def week_number(start: date, today: date) -> int:
    """The 1-based week of ``today`` counted from ``start``; 0 or less before it."""
    return (today - start).days // DAYS_PER_WEEK + 1


def plan_finish(roadmap: Roadmap, start: date) -> date:
    return start + timedelta(days=roadmap.overview.duration_weeks * DAYS_PER_WEEK - 1)


def milestone_due(milestone: Milestone, start: date) -> date:
    """The last day of the milestone's due week."""
    return start + timedelta(days=milestone.due_week * DAYS_PER_WEEK - 1)


def phase_by_id(roadmap: Roadmap, phase_id: str) -> Phase:
    for phase in roadmap.phases:
        if phase.id == phase_id:
            return phase
    known = [phase.id for phase in roadmap.phases]
    raise CoachError(f"unknown phase '{phase_id}'{_suggest(phase_id, known)}")


def current_entry(roadmap: Roadmap, progress: Progress) -> tuple[int, Phase, date]:
    """The phase the learner is in: its index, the phase and the day it began."""
    entry = progress.phases[-1]
    phase = phase_by_id(roadmap, entry.phase)
    return roadmap.phases.index(phase), phase, entry.began


# --- shared pieces of the views ---------------------------------------------------------


@dataclass(frozen=True)
class ActionLine:
    id: str
    title: str
    hours: float
    skills: list[str]
    week: int
    status: str  # "open", "done" or "skipped"
    done: bool
    carried_over: bool
    done_when: str
    resources: list[str]


@dataclass(frozen=True)
class MilestoneLine:
    id: str
    title: str
    horizon: str
    due_week: int
    due_date: date | None
    done: bool
    overdue: bool
    open_actions: list[str]


@dataclass(frozen=True)
class ResourceLine:
    id: str
    title: str
    kind: str
    provider: str
    offered_by: str


def _action_line(
    action: Action, week: int, statuses: dict[str, str], *, carried_over: bool = False
) -> ActionLine:
    status = statuses.get(action.id, "open")
    return ActionLine(
        id=action.id,
        title=action.title,
        hours=action.hours,
        skills=list(action.skills),
        week=week,
        status=status,
        done=status == "done",
        carried_over=carried_over,
        done_when=action.done_when,
        resources=list(action.resources),
    )


def _milestone_line(
    milestone: Milestone, statuses: dict[str, str], start: date | None, today: date | None
) -> MilestoneLine:
    open_actions = [action_id for action_id in milestone.actions if action_id not in statuses]
    due = milestone_due(milestone, start) if start is not None else None
    done = not open_actions
    return MilestoneLine(
        id=milestone.id,
        title=milestone.title,
        horizon=milestone.horizon,
        due_week=milestone.due_week,
        due_date=due,
        done=done,
        overdue=not done and due is not None and today is not None and today > due,
        open_actions=open_actions,
    )


def _resource_lines(roadmap: Roadmap, resource_ids: list[str]) -> list[ResourceLine]:
    by_id = {resource.id: resource for resource in roadmap.resources}
    lines = []
    for resource_id in dict.fromkeys(resource_ids):
        resource = by_id[resource_id]
        lines.append(
            ResourceLine(
                id=resource.id,
                title=resource.title,
                kind=resource.kind,
                provider=resource.provider,
                offered_by=resource.offered_by,
            )
        )
    return lines


# --- today ------------------------------------------------------------------------------


@dataclass(frozen=True)
class PhasePosition:
    id: str
    title: str
    number: int  # 1-based position among the phases
    week: int  # weeks since the phase began, 1-based; can exceed ``weeks``
    weeks: int  # planned length


@dataclass(frozen=True)
class TodayView:
    date: Day
    roadmap: str
    start_date: Day
    days_to_start: int  # 0 once started
    phase: PhasePosition
    phases: int
    week: int  # calendar weeks since the start date, for pace
    weeks: int
    week_start: Day
    week_end: Day
    weeks_over: int  # how far the current phase runs past its planned weeks
    last_phase: bool
    complete: bool
    actions: list[ActionLine]
    milestones: list[MilestoneLine]
    resources: list[ResourceLine]
    done: int
    total: int
    hours_open: float
    weekly_hours: float
    unknown_actions: list[str]


def build_today(*, roadmap: Roadmap, progress: Progress, today: date) -> TodayView:
    statuses = action_statuses(progress)
    index, phase, began = current_entry(roadmap, progress)
    first_week = roadmap.phase_first_weeks()[phase.id]
    before_start = today < progress.start_date
    # A phase entered after ``today`` (a look back with --today) is in its first week.
    phase_week = 1 if before_start else max(1, week_number(began, today))
    last_phase = index == len(roadmap.phases) - 1
    weeks_over = max(0, phase_week - phase.duration_weeks)
    complete = all(action.id in statuses for _, _, action in roadmap.actions())

    this_week = first_week + phase_week - 1
    week_actions: list[ActionLine] = []
    carried: list[ActionLine] = []
    if last_phase and (weeks_over or complete):
        # The plan has run its course: what is left anywhere is what matters now.
        for _, week, action in roadmap.actions():
            if action.id not in statuses:
                carried.append(_action_line(action, week, statuses, carried_over=True))
    else:
        for week, action in phase.actions():
            if week == this_week:
                week_actions.append(_action_line(action, week, statuses))
            elif week < this_week and action.id not in statuses:
                carried.append(_action_line(action, week, statuses, carried_over=True))

    week_start = (
        progress.start_date
        if before_start
        else began + timedelta(days=(phase_week - 1) * DAYS_PER_WEEK)
    )
    milestones = [
        line
        for line in (
            _milestone_line(milestone, statuses, progress.start_date, today)
            for milestone in roadmap.milestones
        )
        if not line.done
        and line.due_date is not None
        and (line.due_date - today).days <= MILESTONE_WARNING_DAYS
    ]
    shown = week_actions + carried
    resources = [resource for line in week_actions for resource in line.resources]
    return TodayView(
        date=today,
        roadmap=roadmap.overview.title,
        start_date=progress.start_date,
        days_to_start=max(0, (progress.start_date - today).days),
        phase=PhasePosition(
            id=phase.id,
            title=phase.title,
            number=index + 1,
            week=phase_week,
            weeks=phase.duration_weeks,
        ),
        phases=len(roadmap.phases),
        week=max(1, week_number(progress.start_date, today)),
        weeks=roadmap.overview.duration_weeks,
        week_start=week_start,
        week_end=week_start + timedelta(days=DAYS_PER_WEEK - 1),
        weeks_over=weeks_over,
        last_phase=last_phase,
        complete=complete,
        actions=shown,
        milestones=milestones,
        resources=_resource_lines(roadmap, resources),
        done=sum(1 for line in week_actions if line.status != "open"),
        total=len(week_actions),
        hours_open=sum((line.hours for line in shown if line.status == "open"), 0.0),
        weekly_hours=progress.weekly_hours,
        unknown_actions=unknown_action_ids(roadmap, progress),
    )


def open_action_ids_this_week(*, roadmap: Roadmap, progress: Progress, today: date) -> list[str]:
    """What shell completion offers: the ids ``today`` shows as open."""
    view = build_today(roadmap=roadmap, progress=progress, today=today)
    return [line.id for line in view.actions if line.status == "open"]


# --- changing progress (pure: each returns a new Progress) ------------------------------


def new_progress(
    *, roadmap: Roadmap, start: date, weekly_hours: float, roadmap_path: str = ""
) -> Progress:
    return Progress(
        schema_version=SCHEMA_VERSION,
        roadmap_id=roadmap.id,
        start_date=start,
        weekly_hours=weekly_hours,
        phases=(PhaseEntry(phase=roadmap.phases[0].id, began=start),),
        roadmap_path=roadmap_path,
    )


def _suggest(value: str, known: list[str]) -> str:
    close = difflib.get_close_matches(value, known, n=3, cutoff=0.5)
    if not close:
        return ""
    return " (did you mean " + " or ".join(f"'{item}'" for item in close) + "?)"


def check_action_ids(roadmap: Roadmap, action_ids: list[str]) -> None:
    """Every id must be known before anything is written."""
    known = [action.id for _, _, action in roadmap.actions()]
    known_set = set(known)
    for action_id in action_ids:
        if not action_id.strip():
            raise BadArgument("an action id cannot be empty")
        if action_id not in known_set:
            raise BadArgument(f"unknown action '{action_id}'{_suggest(action_id, known)}")


@dataclass(frozen=True)
class MarkOutcome:
    progress: Progress
    changed: list[str]
    unchanged: list[str]  # already in the requested state: harmless, and said so


_TARGET_STATUS = {"done": "done", "skipped": "skipped", "undone": "open"}


def mark(
    *,
    roadmap: Roadmap,
    progress: Progress,
    action_ids: list[str],
    kind: EventKind,
    now: datetime,
) -> MarkOutcome:
    """Record done/undone/skipped for each id; an action already so is left alone."""
    check_action_ids(roadmap, action_ids)
    statuses = action_statuses(progress)
    changed: list[str] = []
    unchanged: list[str] = []
    events = list(progress.events)
    for action_id in dict.fromkeys(action_ids):
        if statuses.get(action_id, "open") == _TARGET_STATUS[kind]:
            unchanged.append(action_id)
            continue
        events.append(Event(at=now, kind=kind, action=action_id))
        statuses[action_id] = _TARGET_STATUS[kind]
        changed.append(action_id)
    return MarkOutcome(
        progress=replace(progress, events=tuple(events)), changed=changed, unchanged=unchanged
    )


def open_actions_of_phase(roadmap: Roadmap, progress: Progress, phase: Phase) -> list[ActionLine]:
    statuses = action_statuses(progress)
    return [
        _action_line(action, week, statuses)
        for week, action in phase.actions()
        if action.id not in statuses
    ]


def advance_phase(*, roadmap: Roadmap, progress: Progress, today: date) -> Progress:
    """Enter the next phase today (or on the start date, when that is still ahead)."""
    index, _, _ = current_entry(roadmap, progress)
    if index == len(roadmap.phases) - 1:
        raise CoachError("you are in the last phase already")
    began = max(today, progress.start_date, progress.phases[-1].began)
    entry = PhaseEntry(phase=roadmap.phases[index + 1].id, began=began)
    return replace(progress, phases=(*progress.phases, entry))


def retreat_phase(*, progress: Progress) -> Progress:
    if len(progress.phases) < 2:
        raise CoachError("you are in the first phase of your plan; there is no phase to go back to")
    return replace(progress, phases=progress.phases[:-1])


# --- phase ------------------------------------------------------------------------------


@dataclass(frozen=True)
class WeekLines:
    week: int
    theme: str
    actions: list[ActionLine]


@dataclass(frozen=True)
class PhaseView:
    id: str
    title: str
    number: int
    phases: int
    summary: str
    weeks: int
    first_week: int
    last_week: int
    state: str  # "current", "done", "upcoming" or "not started"
    week: int | None  # the learner's week in it, when current
    began: date | None
    goals: list[str]
    plan: list[WeekLines]
    done: int
    total: int
    hours_done: float
    hours_total: float


def build_phase(
    *, roadmap: Roadmap, progress: Progress | None, today: date, phase_id: str | None = None
) -> PhaseView:
    statuses = action_statuses(progress) if progress is not None else {}
    current_index = current_entry(roadmap, progress)[0] if progress is not None else None
    if phase_id is None:
        phase = roadmap.phases[current_index or 0]
    else:
        phase = phase_by_id(roadmap, phase_id)
    index = roadmap.phases.index(phase)
    first = roadmap.phase_first_weeks()[phase.id]
    began = None
    week = None
    if progress is None or current_index is None:
        state = "not started"
    elif index < current_index:
        state = "done"
    elif index > current_index:
        state = "upcoming"
    else:
        state = "current"
        began = progress.phases[-1].began
        week = max(1, week_number(began, today))
    if progress is not None:
        for entry in progress.phases:
            if entry.phase == phase.id:
                began = entry.began
    plan = [
        WeekLines(
            week=item.week,
            theme=item.theme,
            actions=[_action_line(action, item.week, statuses) for action in item.actions],
        )
        for item in phase.weeks
    ]
    lines = [line for item in plan for line in item.actions]
    return PhaseView(
        id=phase.id,
        title=phase.title,
        number=index + 1,
        phases=len(roadmap.phases),
        summary=phase.summary,
        weeks=phase.duration_weeks,
        first_week=first,
        last_week=first + phase.duration_weeks - 1,
        state=state,
        week=week,
        began=began,
        goals=[goal.text for goal in phase.goals],
        plan=plan,
        done=sum(1 for line in lines if line.done),
        total=len(lines),
        hours_done=sum((line.hours for line in lines if line.done), 0.0),
        hours_total=sum((line.hours for line in lines), 0.0),
    )


# --- report -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Tally:
    id: str
    title: str
    done: int
    skipped: int
    total: int
    hours_done: float
    hours_total: float


@dataclass(frozen=True)
class WeekActivity:
    week: int
    start: date
    done: int


@dataclass(frozen=True)
class ReportView:
    date: Day
    roadmap: str
    actions_done: int
    actions_skipped: int
    actions_total: int
    hours_done: float
    hours_total: float
    phase: PhasePosition
    phases: list[Tally]
    skills: list[Tally]
    week: int
    weeks: int
    started_on: Day
    planned_finish: Day
    projected_finish: Day | None
    status: str  # "not started", "on track", "behind", "ahead" or "complete"
    days_behind: int  # negative when ahead
    milestones: list[MilestoneLine]
    activity: list[WeekActivity]
    streak_weeks: int
    unknown_actions: list[str]


def _tally(item_id: str, title: str, actions: list[Action], statuses: dict[str, str]) -> Tally:
    return Tally(
        id=item_id,
        title=title,
        done=sum(1 for action in actions if statuses.get(action.id) == "done"),
        skipped=sum(1 for action in actions if statuses.get(action.id) == "skipped"),
        total=len(actions),
        hours_done=sum(
            (action.hours for action in actions if statuses.get(action.id) == "done"), 0.0
        ),
        hours_total=sum((action.hours for action in actions), 0.0),
    )


def schedule_offset_days(roadmap: Roadmap, resolved: set[str], days_elapsed: int) -> int:
    """Days behind the plan (negative: ahead), measured in planned hours.

    The plan is on track while the learner has finished every earlier week and
    works within the current one; behind by how many planned days of work are
    missing from earlier weeks; ahead by how far past the current week they got.
    """
    weekly_planned: dict[int, float] = {}
    for _, week, action in roadmap.actions():
        weekly_planned[week] = weekly_planned.get(week, 0.0) + action.hours
    resolved_hours = sum(
        action.hours for _, _, action in roadmap.actions() if action.id in resolved
    )
    # Where on the plan (in days) the resolved hours would put a learner working in order.
    position = 0.0
    remaining = resolved_hours
    for week in range(1, roadmap.overview.duration_weeks + 1):
        planned = weekly_planned.get(week, 0.0)
        if remaining >= planned:
            remaining -= planned
            position += DAYS_PER_WEEK
            continue
        position += DAYS_PER_WEEK * remaining / planned
        break
    current_week_start = (days_elapsed // DAYS_PER_WEEK) * DAYS_PER_WEEK
    if position < current_week_start:
        return round(current_week_start - position)
    if position > current_week_start + DAYS_PER_WEEK:
        return -round(position - current_week_start - DAYS_PER_WEEK)
    return 0


def build_report(*, roadmap: Roadmap, progress: Progress, today: date) -> ReportView:
    statuses = action_statuses(progress)
    all_actions = [action for _, _, action in roadmap.actions()]
    resolved = {action.id for action in all_actions if action.id in statuses}
    index, phase, began = current_entry(roadmap, progress)
    start = progress.start_date
    days_elapsed = (today - start).days
    hours_total = sum(action.hours for action in all_actions)
    hours_resolved = sum(action.hours for action in all_actions if action.id in resolved)

    complete = len(resolved) == len(all_actions)
    if complete:
        status, days_behind = "complete", 0
    elif days_elapsed < 0:
        status, days_behind = "not started", 0
    else:
        days_behind = schedule_offset_days(roadmap, resolved, days_elapsed)
        status = "on track" if days_behind == 0 else "behind" if days_behind > 0 else "ahead"

    projected: date | None = None
    if complete:
        finish_dates = [moment.at.date() for moment in progress.events if moment.kind != "note"]
        projected = max(finish_dates) if finish_dates else today
    elif days_elapsed >= 0 and hours_resolved > 0:
        # Pace since the start, over at least one week so a first good day doesn't overpromise.
        per_day = hours_resolved / max(DAYS_PER_WEEK, days_elapsed + 1)
        with contextlib.suppress(OverflowError):  # a pace so slow it never finishes
            projected = today + timedelta(days=round((hours_total - hours_resolved) / per_day))

    done_on = done_dates(progress)
    current_week = week_number(start, today)
    per_week: dict[int, int] = {}
    for when in done_on.values():
        week = week_number(start, when)
        per_week[week] = per_week.get(week, 0) + 1
    activity = [
        WeekActivity(
            week=week,
            start=start + timedelta(days=(week - 1) * DAYS_PER_WEEK),
            done=per_week.get(week, 0),
        )
        for week in range(max(1, current_week - ACTIVITY_WEEKS + 1), current_week + 1)
    ]
    # The current week still has time: an empty one doesn't break the streak yet.
    streak = 0
    week = current_week if per_week.get(current_week) else current_week - 1
    while week >= 1 and per_week.get(week):
        streak += 1
        week -= 1

    skills_tallies = []
    for skill in sorted(roadmap.skills, key=lambda item: item.priority):
        actions = [action for action in all_actions if skill.id in action.skills]
        skills_tallies.append(_tally(skill.id, skill.name, actions, statuses))

    return ReportView(
        date=today,
        roadmap=roadmap.overview.title,
        # Counted over the roadmap's actions: ids it no longer has are not in its total.
        actions_done=sum(1 for action in all_actions if statuses.get(action.id) == "done"),
        actions_skipped=sum(1 for action in all_actions if statuses.get(action.id) == "skipped"),
        actions_total=len(all_actions),
        hours_done=sum(
            (action.hours for action in all_actions if statuses.get(action.id) == "done"), 0.0
        ),
        hours_total=hours_total,
        phase=PhasePosition(
            id=phase.id,
            title=phase.title,
            number=index + 1,
            week=max(1, week_number(began, today)),
            weeks=phase.duration_weeks,
        ),
        phases=[
            _tally(item.id, item.title, [action for _, action in item.actions()], statuses)
            for item in roadmap.phases
        ],
        skills=skills_tallies,
        week=max(1, current_week),
        weeks=roadmap.overview.duration_weeks,
        started_on=start,
        planned_finish=plan_finish(roadmap, start),
        projected_finish=projected,
        status=status,
        days_behind=days_behind,
        milestones=[
            _milestone_line(milestone, statuses, start, today) for milestone in roadmap.milestones
        ],
        activity=activity if days_elapsed >= 0 else [],
        streak_weeks=streak,
        unknown_actions=unknown_action_ids(roadmap, progress),
    )


# --- timeline ---------------------------------------------------------------------------


@dataclass(frozen=True)
class TimelinePhase:
    id: str
    title: str
    first_week: int
    last_week: int
    weeks: int
    hours: float
    starts: date | None
    ends: date | None
    state: str


@dataclass(frozen=True)
class TimelineView:
    roadmap: str
    weeks: int
    phases: list[TimelinePhase]
    milestones: list[MilestoneLine]
    started_on: Day | None
    you_are_here: int | None  # the plan week the learner's position maps to
    date: date


def build_timeline(*, roadmap: Roadmap, progress: Progress | None, today: date) -> TimelineView:
    first_weeks = roadmap.phase_first_weeks()
    statuses = action_statuses(progress) if progress is not None else {}
    current_index = current_entry(roadmap, progress)[0] if progress is not None else None
    began_on = {entry.phase: entry.began for entry in progress.phases} if progress else {}

    phases: list[TimelinePhase] = []
    you_are_here: int | None = None
    cursor = progress.start_date if progress is not None else None
    for index, phase in enumerate(roadmap.phases):
        first = first_weeks[phase.id]
        starts: date | None = None
        ends: date | None = None
        state = "planned"
        if cursor is not None and current_index is not None:
            # Phases entered so far began when the learner entered them; later ones
            # follow the current phase's planned end (or today, when it runs long).
            starts = began_on.get(phase.id, cursor) if index <= current_index else cursor
            planned_end = starts + timedelta(days=phase.duration_weeks * DAYS_PER_WEEK - 1)
            if index < current_index:
                state = "done"
                following = began_on.get(roadmap.phases[index + 1].id)
                # Left on the day it began (moved on at once): it ends that day, not before.
                ends = max(starts, following - timedelta(days=1)) if following else planned_end
            elif index == current_index:
                state = "current"
                ends = max(planned_end, today)
                phase_week = week_number(starts, today) if today >= starts else 1
                you_are_here = first + min(phase_week, phase.duration_weeks) - 1
            else:
                state = "upcoming"
                ends = planned_end
            cursor = ends + timedelta(days=1)
        phases.append(
            TimelinePhase(
                id=phase.id,
                title=phase.title,
                first_week=first,
                last_week=first + phase.duration_weeks - 1,
                weeks=phase.duration_weeks,
                hours=phase.hours(),
                starts=starts,
                ends=ends,
                state=state,
            )
        )
    start = progress.start_date if progress is not None else None
    return TimelineView(
        roadmap=roadmap.overview.title,
        weeks=roadmap.overview.duration_weeks,
        phases=phases,
        milestones=[
            _milestone_line(milestone, statuses, start, today if start else None)
            for milestone in roadmap.milestones
        ],
        started_on=start,
        you_are_here=you_are_here,
        date=today,
    )
