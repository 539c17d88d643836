"""The coaching logic: weeks, phases, statuses, pace. Pure: no I/O, time passed in.

Every ``build_*`` function returns plain dataclasses that ``views.py`` renders
and ``--json`` serialises, so both always show the same facts.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import field, replace
from datetime import date, datetime, timedelta

from fashioncoach.domain import Action, Milestone, Phase, Roadmap
from fashioncoach.errors import BadArgument, FashionCoachError
from fashioncoach.limits import MAX_EVENT_HOURS, MAX_REFERENCE_CHARS, MAX_TEXT_CHARS
from fashioncoach.planning import (
    PACE_WEEKS,
    Pace,
    Plan,
    active_date,
    active_days,
    milestone_week,
    pace_line,
    pause_on,
    plan_of,
    planned_hours_by_week,
    record,
    schedule_position,
    week_dates,
    week_of,
)
from fashioncoach.progress import (
    SCHEMA_VERSION,
    Event,
    EventKind,
    PhaseEntry,
    Progress,
)

plan_day = active_date

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


def notes_by_action(progress: Progress) -> dict[str, list[str]]:
    """The notes on each action, oldest first (``fashioncoach note``)."""
    notes: dict[str, list[str]] = {}
    for event in progress.events:
        if event.kind == "note" and event.note:
            notes.setdefault(event.action, []).append(event.note)
    return notes


def done_dates(progress: Progress) -> dict[str, date]:
    """When each currently-done action was last marked done."""
    dates: dict[str, date] = {}
    for event in progress.events:
        if event.kind == "done":
            dates[event.action] = event.at.date()
        elif event.kind in ("undone", "skipped"):
            dates.pop(event.action, None)
    return dates


def resolved_dates(progress: Progress) -> dict[str, date]:
    """When each currently done or skipped action was last marked so."""
    dates: dict[str, date] = {}
    for event in progress.events:
        if event.kind in ("done", "skipped"):
            dates[event.action] = event.at.date()
        elif event.kind == "undone":
            dates.pop(event.action, None)
    return dates


def actual_hours(progress: Progress, estimates: dict[str, float]) -> dict[str, float]:
    """The time spent on each done action: the hours of its latest done event, else
    the roadmap's estimate (as ``done`` without ``--hours`` records)."""
    spent: dict[str, float] = {}
    for event in progress.events:
        if event.kind == "done":
            hours = event.hours if event.hours is not None else estimates.get(event.action, 0.0)
            spent[event.action] = hours
        elif event.kind in ("undone", "skipped"):
            spent.pop(event.action, None)
    return spent


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


def plan_finish(plan: Plan) -> date:
    """The last day of the plan's last week, replans and pauses included."""
    return plan.finish()


def milestone_due(plan: Plan, roadmap: Roadmap, milestone: Milestone) -> date:
    """The last day of the milestone's due week, in the schedule in force."""
    return plan.week_dates(milestone_week(plan, roadmap, milestone))[1]


def phase_by_id(roadmap: Roadmap, phase_id: str) -> Phase:
    for phase in roadmap.phases:
        if phase.id == phase_id:
            return phase
    known = [phase.id for phase in roadmap.phases]
    hint = _suggest(phase_id, known) or f" (the phases: {', '.join(known)})"
    raise BadArgument(f"unknown phase '{phase_id}'{hint}")


def current_entry(roadmap: Roadmap, progress: Progress) -> tuple[int, Phase, date]:
    """The phase the learner is in: its index, the phase and the day it began.

    Entries for phases this roadmap does not have (a hand edit, a renamed phase) are
    kept in the file but skipped here, like unknown action ids; with no known entry
    at all the learner is in the first phase since the start.
    """
    index_of = {phase.id: index for index, phase in enumerate(roadmap.phases)}
    for entry in reversed(progress.phases):
        index = index_of.get(entry.phase)
        if index is not None:
            return index, roadmap.phases[index], entry.began
    return 0, roadmap.phases[0], progress.start_date


def next_seq(progress: Progress) -> int:
    """The ``seq`` of the next event of the log."""
    return max((event.seq for event in progress.events), default=0) + 1


def check_text(value: str, what: str, *, limit: int = MAX_TEXT_CHARS) -> str:
    """Words the learner typed, ready to store: trimmed, UTF-8, within the limit."""
    text = value.strip()
    if any("\ud800" <= char <= "\udfff" for char in text):
        raise BadArgument(f"{what} is not valid UTF-8 text; type it again")
    if len(text) > limit:
        raise BadArgument(f"{what} is {len(text):,} characters long; the limit is {limit:,}")
    return text


# --- shared pieces of the views ---------------------------------------------------------


@record
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
    notes: list[str] = field(default_factory=list)  # the learner's own, oldest first


@record
class MilestoneLine:
    id: str
    title: str
    horizon: str
    due_week: int
    due_date: date | None
    done: bool
    overdue: bool
    open_actions: list[str]


@record
class ResourceLine:
    id: str
    title: str
    kind: str
    provider: str
    offered_by: str


def _action_line(
    action: Action,
    week: int,
    statuses: dict[str, str],
    *,
    carried_over: bool = False,
    notes: dict[str, list[str]] | None = None,
) -> ActionLine:
    """``week`` is the plan week the schedule in force puts it in."""
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
        notes=list(notes.get(action.id, ())) if notes else [],
    )


def _milestone_line(
    milestone: Milestone,
    statuses: dict[str, str],
    plan: Plan,
    roadmap: Roadmap,
    *,
    started: bool,
    today: date | None,
) -> MilestoneLine:
    open_actions = [action_id for action_id in milestone.actions if action_id not in statuses]
    due = milestone_due(plan, roadmap, milestone) if started else None
    done = not open_actions
    return MilestoneLine(
        id=milestone.id,
        title=milestone.title,
        horizon=milestone.horizon,
        due_week=milestone_week(plan, roadmap, milestone),
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


@record
class PhasePosition:
    id: str
    title: str
    number: int  # 1-based position among the phases
    week: int  # weeks since the phase began, 1-based; can exceed ``weeks``
    weeks: int  # planned length


@record
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
    pace: Pace
    paused_until: Day | None  # the first day back, when today is in a pause
    pause_reason: str


def build_today(*, roadmap: Roadmap, progress: Progress, today: date) -> TodayView:
    statuses = action_statuses(progress)
    plan = plan_of(roadmap, progress)
    pauses = progress.pauses
    index, phase, began = current_entry(roadmap, progress)
    length = plan.phase_weeks[phase.id]
    before_start = today < progress.start_date
    # A phase entered after ``today`` (a look back with --today) is in its first week.
    phase_week = 1 if before_start else max(1, week_of(began, today, pauses))
    last_phase = index == len(roadmap.phases) - 1
    weeks_over = max(0, phase_week - length)
    complete = all(action.id in statuses for _, _, action in roadmap.actions())

    notes = notes_by_action(progress)
    week_actions: list[ActionLine] = []
    carried: list[ActionLine] = []
    if last_phase and (weeks_over or complete):
        # The plan has run its course: what is left anywhere is what matters now.
        for _, _, action in roadmap.actions():
            if action.id not in statuses:
                line = _action_line(
                    action, plan.action_week[action.id], statuses, carried_over=True, notes=notes
                )
                carried.append(line)
    else:
        ordered = sorted(
            (action for _, action in phase.actions()),
            key=lambda item: plan.action_phase_week[item.id],
        )
        for action in ordered:
            in_phase = plan.action_phase_week[action.id]
            week = plan.action_week[action.id]
            if in_phase == phase_week:
                week_actions.append(_action_line(action, week, statuses, notes=notes))
            elif in_phase < phase_week and action.id not in statuses:
                carried.append(_action_line(action, week, statuses, carried_over=True, notes=notes))

    week_start = progress.start_date if before_start else week_dates(began, phase_week, pauses)[0]
    week_end = (
        week_dates(began, phase_week, pauses)[1]
        if not before_start
        else (week_dates(progress.start_date, 1, pauses)[1])
    )
    milestones = [
        line
        for line in (
            _milestone_line(milestone, statuses, plan, roadmap, started=True, today=today)
            for milestone in roadmap.milestones
        )
        if not line.done
        and line.due_date is not None
        and (line.due_date - today).days <= MILESTONE_WARNING_DAYS
    ]
    shown = week_actions + carried
    resources = [resource for line in week_actions for resource in line.resources]
    standing = _standing(roadmap, progress, plan, statuses, today)
    pause = pause_on(progress, today)
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
            weeks=length,
        ),
        phases=len(roadmap.phases),
        week=max(1, week_of(progress.start_date, today, pauses)),
        weeks=plan.weeks,
        week_start=week_start,
        week_end=week_end,
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
        pace=standing.pace,
        paused_until=pause.until if pause is not None else None,
        pause_reason=pause.reason if pause is not None else "",
    )


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
    import difflib  # only a mistyped id needs it

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


@record
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
    hours: float | None = None,
) -> MarkOutcome:
    """Record done/undone/skipped for each id; an action already so is left alone.

    A done event records the time spent: ``hours``, or the action's estimate.
    """
    check_action_ids(roadmap, action_ids)
    if hours is not None:
        if kind != "done":
            raise BadArgument("--hours goes with done only")
        if len(set(action_ids)) > 1:
            raise BadArgument("--hours goes with one action at a time")
        if not (0 <= hours <= MAX_EVENT_HOURS):
            raise BadArgument(f"--hours should be from 0 to {MAX_EVENT_HOURS:g} (found {hours:g})")
    estimates = {action.id: action.hours for _, _, action in roadmap.actions()}
    statuses = action_statuses(progress)
    changed: list[str] = []
    unchanged: list[str] = []
    events = list(progress.events)
    for action_id in dict.fromkeys(action_ids):
        if statuses.get(action_id, "open") == _TARGET_STATUS[kind]:
            unchanged.append(action_id)
            continue
        spent = (hours if hours is not None else estimates[action_id]) if kind == "done" else None
        seq = max(next_seq(progress), events[-1].seq + 1 if events else 1)
        events.append(Event(at=now, kind=kind, action=action_id, hours=spent, seq=seq))
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


@record
class WeekLines:
    week: int
    theme: str
    actions: list[ActionLine]


@record
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
        week = max(1, week_of(began, today, progress.pauses))
    if progress is not None:
        for entry in progress.phases:
            if entry.phase == phase.id:
                began = entry.began
    notes = notes_by_action(progress) if progress is not None else {}
    plan = [
        WeekLines(
            week=item.week,
            theme=item.theme,
            actions=[
                _action_line(action, item.week, statuses, notes=notes) for action in item.actions
            ],
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


@record
class Tally:
    id: str
    title: str
    done: int
    skipped: int
    total: int
    hours_done: float  # the estimates of the actions done
    hours_total: float
    hours_actual: float  # the time spent on them, as recorded by ``done --hours``


@record
class WeekActivity:
    week: int
    start: date
    done: int
    hours: float  # time spent on the actions done in that week


@record
class BurndownWeek:
    week: int
    end: date
    planned_remaining: float
    remaining: float | None  # None for weeks still to come


@record
class ConfidencePoint:
    week: int
    on: date
    level: int


@record
class SkillConfidence:
    id: str
    title: str
    history: list[ConfidencePoint]


@record
class ReportView:
    date: Day
    roadmap: str
    actions_done: int
    actions_skipped: int
    actions_total: int
    hours_done: float
    hours_total: float
    hours_actual: float
    phase: PhasePosition
    phases: list[Tally]
    skills: list[Tally]
    week: int
    weeks: int
    started_on: Day
    planned_finish: Day
    projected_finish: Day | None
    pace_hours_per_week: float | None  # planned hours finished a week, last 4 weeks
    status: str  # "not started", "on track", "behind", "ahead" or "complete"
    days_behind: int  # negative when ahead
    pace: str
    weekly_hours: float
    replanned_on: Day | None
    paused_days: int
    milestones: list[MilestoneLine]
    activity: list[WeekActivity]
    streak_weeks: int
    burndown: list[BurndownWeek]
    confidence: list[SkillConfidence]
    repeated_blockers: list[str]
    unknown_actions: list[str]


def _tally(
    item_id: str,
    title: str,
    actions: list[Action],
    statuses: dict[str, str],
    spent: dict[str, float],
) -> Tally:
    done = [action for action in actions if statuses.get(action.id) == "done"]
    return Tally(
        id=item_id,
        title=title,
        done=len(done),
        skipped=sum(1 for action in actions if statuses.get(action.id) == "skipped"),
        total=len(actions),
        hours_done=sum((action.hours for action in done), 0.0),
        hours_total=sum((action.hours for action in actions), 0.0),
        hours_actual=sum((spent.get(action.id, action.hours) for action in done), 0.0),
    )


def schedule_offset_days(roadmap: Roadmap, resolved: set[str], days_elapsed: int) -> int:
    """Days behind the roadmap's own schedule (negative: ahead), in planned hours."""
    resolved_hours = sum(
        action.hours for _, _, action in roadmap.actions() if action.id in resolved
    )
    plan = plan_of(roadmap, None)
    return schedule_position(roadmap, plan, resolved_hours, days_elapsed).days_behind


def blocker_key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def repeated_blockers(progress: Progress) -> list[str]:
    """Blockers noted in two reviews or more (compared without case or punctuation)."""
    seen: dict[str, list[str]] = {}
    for review in progress.reviews:
        key = blocker_key(review.blocked)
        if key:
            seen.setdefault(key, []).append(review.blocked.strip())
    return [texts[0] for texts in seen.values() if len(texts) >= 2]


def confidence_history(roadmap: Roadmap, progress: Progress) -> list[SkillConfidence]:
    """Each skill's confidence, review after review, most important skill first."""
    result = []
    for skill in sorted(roadmap.skills, key=lambda item: item.priority):
        points = [
            ConfidencePoint(week=review.week, on=review.on, level=review.confidence[skill.id])
            for review in sorted(progress.reviews, key=lambda item: item.week)
            if skill.id in review.confidence
        ]
        if points:
            result.append(SkillConfidence(id=skill.id, title=skill.name, history=points))
    return result


def build_report(*, roadmap: Roadmap, progress: Progress, today: date) -> ReportView:
    statuses = action_statuses(progress)
    plan = plan_of(roadmap, progress)
    pauses = progress.pauses
    all_actions = [action for _, _, action in roadmap.actions()]
    estimates = {action.id: action.hours for action in all_actions}
    spent = actual_hours(progress, estimates)
    resolved = {action.id for action in all_actions if action.id in statuses}
    index, phase, began = current_entry(roadmap, progress)
    start = progress.start_date
    days_elapsed = active_days(start, today, pauses)
    hours_total = sum(action.hours for action in all_actions)
    hours_resolved = sum(action.hours for action in all_actions if action.id in resolved)
    complete = len(resolved) == len(all_actions)
    standing = _standing(roadmap, progress, plan, statuses, today)
    resolved_on = resolved_dates(progress)

    projected: date | None = None
    per_week: float | None = None
    if complete:
        finish_dates = [moment.at.date() for moment in progress.events if moment.kind != "note"]
        projected = max(finish_dates) if finish_dates else today
    elif days_elapsed >= 0:
        # The pace of the last four weeks (at least one, so a first good day doesn't
        # overpromise), in planned hours finished.
        window = min(PACE_WEEKS * DAYS_PER_WEEK, max(DAYS_PER_WEEK, days_elapsed + 1))
        since = days_elapsed + 1 - window
        recent = sum(
            estimates[action_id]
            for action_id, when in resolved_on.items()
            if action_id in estimates and active_days(start, when, pauses) >= since
        )
        per_week = recent * DAYS_PER_WEEK / window
        if recent > 0:
            per_day = recent / window
            with contextlib.suppress(OverflowError):  # a pace so slow it never finishes
                offset = days_elapsed + round((hours_total - hours_resolved) / per_day)
                projected = plan_day(start, offset, pauses)

    current_week = days_elapsed // DAYS_PER_WEEK + 1
    done_on = done_dates(progress)
    done_per_week: dict[int, int] = {}
    hours_per_week: dict[int, float] = {}
    for action_id, when in done_on.items():
        week = week_of(start, when, pauses)
        done_per_week[week] = done_per_week.get(week, 0) + 1
        hours_per_week[week] = hours_per_week.get(week, 0.0) + spent.get(
            action_id, estimates.get(action_id, 0.0)
        )
    activity = [
        WeekActivity(
            week=week,
            start=plan.week_dates(week)[0],
            done=done_per_week.get(week, 0),
            hours=hours_per_week.get(week, 0.0),
        )
        for week in range(max(1, current_week - ACTIVITY_WEEKS + 1), current_week + 1)
    ]
    # The current week still has time: an empty one doesn't break the streak yet.
    # Paused days are no plan days, so a pause never breaks it either.
    streak = 0
    week = current_week if done_per_week.get(current_week) else current_week - 1
    while week >= 1 and done_per_week.get(week):
        streak += 1
        week -= 1

    burndown: list[BurndownWeek] = []
    if days_elapsed >= 0:
        weekly = planned_hours_by_week(roadmap, plan)
        resolved_week: dict[int, float] = {}
        for action_id, when in resolved_on.items():
            if action_id in estimates:
                week = max(1, week_of(start, when, pauses))
                resolved_week[week] = resolved_week.get(week, 0.0) + estimates[action_id]
        planned_left = actual_left = hours_total
        for week in range(1, max(plan.weeks, current_week) + 1):
            planned_left -= weekly.get(week, 0.0)
            actual_left -= resolved_week.get(week, 0.0)
            burndown.append(
                BurndownWeek(
                    week=week,
                    end=plan.week_dates(week)[1],
                    planned_remaining=max(0.0, planned_left),
                    remaining=max(0.0, actual_left) if week <= current_week else None,
                )
            )

    skills_tallies = []
    for skill in sorted(roadmap.skills, key=lambda item: item.priority):
        actions = [action for action in all_actions if skill.id in action.skills]
        skills_tallies.append(_tally(skill.id, skill.name, actions, statuses, spent))
    done_actions = [action for action in all_actions if statuses.get(action.id) == "done"]

    return ReportView(
        date=today,
        roadmap=roadmap.overview.title,
        # Counted over the roadmap's actions: ids it no longer has are not in its total.
        actions_done=len(done_actions),
        actions_skipped=sum(1 for action in all_actions if statuses.get(action.id) == "skipped"),
        actions_total=len(all_actions),
        hours_done=sum((action.hours for action in done_actions), 0.0),
        hours_total=hours_total,
        hours_actual=sum((spent.get(action.id, action.hours) for action in done_actions), 0.0),
        phase=PhasePosition(
            id=phase.id,
            title=phase.title,
            number=index + 1,
            week=max(1, week_of(began, today, pauses)),
            weeks=plan.phase_weeks[phase.id],
        ),
        phases=[
            _tally(item.id, item.title, [action for _, action in item.actions()], statuses, spent)
            for item in roadmap.phases
        ],
        skills=skills_tallies,
        week=max(1, current_week),
        weeks=plan.weeks,
        started_on=start,
        planned_finish=plan_finish(plan),
        projected_finish=projected,
        pace_hours_per_week=per_week,
        status=standing.status,
        days_behind=standing.days_behind,
        pace=standing.pace.line,
        weekly_hours=progress.weekly_hours,
        replanned_on=progress.schedule.replanned_on,
        paused_days=sum(max(0, (min(pause.until, today) - pause.start).days) for pause in pauses),
        milestones=[
            _milestone_line(milestone, statuses, plan, roadmap, started=True, today=today)
            for milestone in roadmap.milestones
        ],
        activity=activity if days_elapsed >= 0 else [],
        streak_weeks=streak,
        burndown=burndown,
        confidence=confidence_history(roadmap, progress),
        repeated_blockers=repeated_blockers(progress),
        unknown_actions=unknown_action_ids(roadmap, progress),
    )


# --- timeline ---------------------------------------------------------------------------


@record
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
    extended_weeks: int  # weeks ``replan`` added to it


@record
class PauseLine:
    start: date
    until: date  # the first day back
    days: int
    reason: str


@record
class TimelineView:
    roadmap: str
    weeks: int
    phases: list[TimelinePhase]
    milestones: list[MilestoneLine]
    started_on: Day | None
    you_are_here: int | None  # the plan week the learner's position maps to
    date: date
    pauses: list[PauseLine]
    replanned_on: Day | None


def build_timeline(*, roadmap: Roadmap, progress: Progress | None, today: date) -> TimelineView:
    plan = plan_of(roadmap, progress)
    pauses = progress.pauses if progress is not None else ()
    statuses = action_statuses(progress) if progress is not None else {}
    current_index = current_entry(roadmap, progress)[0] if progress is not None else None
    began_on = {entry.phase: entry.began for entry in progress.phases} if progress else {}

    phases: list[TimelinePhase] = []
    you_are_here: int | None = None
    cursor = progress.start_date if progress is not None else None
    for index, phase in enumerate(roadmap.phases):
        first = plan.first_weeks[phase.id]
        length = plan.phase_weeks[phase.id]
        starts: date | None = None
        ends: date | None = None
        state = "planned"
        if cursor is not None and current_index is not None:
            # Phases entered so far began when the learner entered them; later ones
            # follow the current phase's planned end (or today, when it runs long).
            starts = began_on.get(phase.id, cursor) if index <= current_index else cursor
            planned_end = week_dates(starts, length, pauses)[1]
            if index < current_index:
                state = "done"
                following = began_on.get(roadmap.phases[index + 1].id)
                # Left on the day it began (moved on at once): it ends that day, not before.
                ends = max(starts, following - timedelta(days=1)) if following else planned_end
            elif index == current_index:
                state = "current"
                ends = max(planned_end, today)
                phase_week = week_of(starts, today, pauses) if today >= starts else 1
                you_are_here = first + min(phase_week, length) - 1
            else:
                state = "upcoming"
                ends = planned_end
            cursor = plan_day(ends, 1, pauses)
        phases.append(
            TimelinePhase(
                id=phase.id,
                title=phase.title,
                first_week=first,
                last_week=first + length - 1,
                weeks=length,
                hours=phase.hours(),
                starts=starts,
                ends=ends,
                state=state,
                extended_weeks=plan.extended.get(phase.id, 0),
            )
        )
    start = progress.start_date if progress is not None else None
    return TimelineView(
        roadmap=roadmap.overview.title,
        weeks=plan.weeks,
        phases=phases,
        milestones=[
            _milestone_line(
                milestone,
                statuses,
                plan,
                roadmap,
                started=start is not None,
                today=today if start else None,
            )
            for milestone in roadmap.milestones
        ],
        started_on=start,
        you_are_here=you_are_here,
        date=today,
        pauses=[
            PauseLine(
                start=pause.start,
                until=pause.until,
                days=(pause.until - pause.start).days,
                reason=pause.reason,
            )
            for pause in pauses
        ],
        replanned_on=progress.schedule.replanned_on if progress is not None else None,
    )


# --- reviews, gates, evidence -----------------------------------------------------------


def review_skills(*, roadmap: Roadmap, progress: Progress, today: date) -> list[str]:
    """The skills worked on this plan week: those of the actions done in it, or else
    those of the actions ``today`` shows; most important first."""
    pauses = progress.pauses
    week = week_of(progress.start_date, today, pauses)
    actions = {action.id: action for _, _, action in roadmap.actions()}
    worked = [
        actions[action_id]
        for action_id, when in done_dates(progress).items()
        if action_id in actions and week_of(progress.start_date, when, pauses) == week
    ]
    if not worked:
        view = build_today(roadmap=roadmap, progress=progress, today=today)
        worked = [actions[line.id] for line in view.actions]
    ids = {skill for action in worked for skill in action.skills}
    return [
        skill.id
        for skill in sorted(roadmap.skills, key=lambda item: item.priority)
        if skill.id in ids
    ]


@record
class GateSkill:
    id: str
    title: str
    confidence: int | None  # the latest from a weekly review; None when never rated
    week: int | None  # the plan week of that review


@record
class PhaseGate:
    """What ``phase next`` shows before asking: deliverables and confidence."""

    id: str
    title: str
    next_id: str
    next_title: str
    deliverables: list[ActionLine]  # every action of the phase, with its done-when
    open: int
    skills: list[GateSkill]


def build_phase_gate(*, roadmap: Roadmap, progress: Progress) -> PhaseGate:
    from fashioncoach.planning import latest_confidence

    index, phase, _ = current_entry(roadmap, progress)
    following = roadmap.phases[index + 1]
    statuses = action_statuses(progress)
    plan = plan_of(roadmap, progress)
    lines = [
        _action_line(action, plan.action_week[action.id], statuses) for _, action in phase.actions()
    ]
    used = {skill for _, action in phase.actions() for skill in action.skills}
    latest = latest_confidence(progress)
    skills = [
        GateSkill(
            id=skill.id,
            title=skill.name,
            confidence=latest[skill.id][0] if skill.id in latest else None,
            week=latest[skill.id][1] if skill.id in latest else None,
        )
        for skill in sorted(roadmap.skills, key=lambda item: item.priority)
        if skill.id in used
    ]
    return PhaseGate(
        id=phase.id,
        title=phase.title,
        next_id=following.id,
        next_title=following.title,
        deliverables=lines,
        open=sum(1 for line in lines if line.status == "open"),
        skills=skills,
    )


@record
class EvidenceLine:
    action: str
    title: str
    ref: str
    added: date


@record
class PortfolioSkill:
    id: str
    title: str
    evidence: list[EvidenceLine]


@record
class PortfolioView:
    skills: list[PortfolioSkill]
    total: int
    unknown_actions: list[str]  # evidence for actions this roadmap no longer has


def build_portfolio(*, roadmap: Roadmap, progress: Progress) -> PortfolioView:
    actions = {action.id: action for _, _, action in roadmap.actions()}
    lines: dict[str, list[EvidenceLine]] = {}
    unknown: dict[str, None] = {}
    for item in progress.evidence:
        action = actions.get(item.action)
        if action is None:
            unknown[item.action] = None
            continue
        line = EvidenceLine(
            action=action.id, title=action.title, ref=item.ref, added=item.at.date()
        )
        for skill in action.skills:
            lines.setdefault(skill, []).append(line)
    return PortfolioView(
        skills=[
            PortfolioSkill(id=skill.id, title=skill.name, evidence=lines[skill.id])
            for skill in sorted(roadmap.skills, key=lambda item: item.priority)
            if skill.id in lines
        ],
        total=len(progress.evidence),
        unknown_actions=list(unknown),
    )


def add_note(
    *, roadmap: Roadmap, progress: Progress, action_id: str, text: str, now: datetime
) -> Progress:
    check_action_ids(roadmap, [action_id])
    note = check_text(text, "the note")
    if not note:
        raise BadArgument("a note cannot be empty")
    event = Event(at=now, kind="note", action=action_id, note=note, seq=next_seq(progress))
    return replace(progress, events=(*progress.events, event))


def add_evidence(
    *, roadmap: Roadmap, progress: Progress, action_id: str, ref: str, now: datetime
) -> Progress:
    from fashioncoach.progress import Evidence

    check_action_ids(roadmap, [action_id])
    ref = check_reference(ref)
    if any(item.action == action_id and item.ref == ref for item in progress.evidence):
        raise CoachError(f"{ref} is already evidence for {action_id}")
    item = Evidence(at=now, action=action_id, ref=ref)
    return replace(progress, evidence=(*progress.evidence, item))


_SCHEME = re.compile(r"^(?P<scheme>[A-Za-z][A-Za-z0-9+.-]+):")


def is_link(ref: str) -> bool:
    """Whether a piece of evidence is a web link (http or https), not a file."""
    match = _SCHEME.match(ref)
    return match is not None and match["scheme"].lower() in ("http", "https")


def check_reference(ref: str) -> str:
    """Evidence as it will be stored: an http(s) link or a file's path, nothing else.

    Control characters and other schemes (``file:``, ``javascript:``, ``data:``...) are
    refused: evidence ends up as a link in a page others open.
    """
    value = check_text(ref, "the evidence", limit=MAX_REFERENCE_CHARS)
    if not value:
        raise BadArgument("the evidence cannot be empty: give a path or a URL")
    if any(ord(char) < 0x20 or 0x7F <= ord(char) <= 0x9F for char in value):
        raise BadArgument(
            "the evidence contains a control character (a newline, ESC...); "
            "give a path or a URL on one line"
        )
    match = _SCHEME.match(value)
    if match is not None:
        from urllib.parse import urlsplit

        scheme = match["scheme"].lower()
        if scheme not in ("http", "https"):
            raise BadArgument(
                f"'{scheme}:' links cannot be evidence; give an http(s) URL or a file's path"
            )
        if not urlsplit(value).netloc:
            raise BadArgument(f"'{value}' has no host; give a full URL like https://example.com/")
    return value
