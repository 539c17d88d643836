"""The one fold of the event log: what the learner's events add up to on a given day.

Every status, date, setting, pause, phase, review and note any view shows comes from
``fold``, so each rule is written once:

- only events of the learner's days up to ``day`` count (``--today`` looks back);
- events count in log order (instant, then place in its log), and the latest wins;
- the plan begins at its last ``restart``, or else at its first ``start``; a restart
  leaves what came before it as history;
- a removal is an event (``resume``, ``phase back``, ``replan-reset``, a review that
  replaces another), so merging two logs never brings back what was removed.

Pure: the log in, a ``History`` out.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from fashioncoach.model.record import record

if TYPE_CHECKING:
    from fashioncoach.model.progress import Event, Progress
    from fashioncoach.model.roadmap import Roadmap

# The statuses an action can close with; an open action has none.
CLOSED = ("done", "skipped", "known")


@record
class NoteLine:
    """A note the learner attached to an action (``fashioncoach note``)."""

    at: datetime
    day: date
    action: str
    text: str


@record
class PauseSpan:
    """Days ``start`` to ``until`` - 1 are paused."""

    id: str
    start: date
    until: date  # the first day back
    reason: str

    @property
    def days(self) -> int:
        return (self.until - self.start).days


@record
class ReviewEntry:
    """A weekly review that no later review replaced."""

    id: str
    at: datetime
    day: date
    went_well: str
    blocked: str
    confidence: dict[str, int]
    machine: str


@record
class Artefact:
    """A piece of evidence attached to an action."""

    at: datetime
    day: date
    action: str
    ref: str


@record
class PhaseMove:
    at: datetime
    day: date
    phase: str
    back: bool


@record
class Anchor:
    """A moment the plan was made: the start, or a replan. The plan (the baseline) is
    the forecast as it stood then."""

    kind: str  # "start" or "replan"
    at: datetime
    day: date
    budget: float
    pace: dict[str, float]  # a plan made at your own pace: kind -> ratio; {} at the estimates


@record
class History:
    """What the log says on one day."""

    started: bool  # there is a plan at all
    start: date  # its first day
    budget: float  # the weekly budget now
    anchors: list[Anchor]  # the start, then the replans since the last reset
    pauses: list[PauseSpan]  # in order of their first day
    phase: str  # the phase the learner last moved into; "" before any move
    phase_began: date | None  # the day they moved into it
    phase_moves: list[PhaseMove]
    statuses: dict[str, str]  # action id -> "done", "skipped" or "known"; open ones absent
    done_on: dict[str, date]  # the day each done action was marked done
    resolved_on: dict[str, date]  # the day each closed action was closed
    spent: dict[str, float]  # hours the learner recorded for an action (done --hours)
    notes: dict[str, list[str]]  # action id -> its notes, oldest first
    note_lines: list[NoteLine]  # every note, in the order of the log
    reviews: list[ReviewEntry]  # in the order of the log
    evidence: list[Artefact]
    levels: dict[str, str]  # skill id -> its latest assessment
    unknown: list[str]  # ids the roadmap does not have, in order of first appearance
    # Each action's status changes as (instant, day, status), for the plan of a moment.
    changes: dict[str, list[tuple[datetime, date, str]]]
    events: int  # how many events counted

    def status(self, action_id: str) -> str:
        """``open``, ``done``, ``skipped`` or ``known``."""
        return self.statuses.get(action_id, "open")

    def resolved(self, action_id: str) -> bool:
        """Closed (done, skipped or known): no longer open work."""
        return action_id in self.statuses

    def closed_as_of(self, at: datetime, day: date) -> dict[str, date]:
        """The actions closed as the log stood at instant ``at`` on day ``day``, with the
        day each was closed: what a plan made then knew."""
        closed: dict[str, date] = {}
        for action_id, changes in self.changes.items():
            latest: tuple[date, str] | None = None
            for moment, when, status in changes:
                if moment <= at and when <= day:
                    latest = (when, status)
            if latest is not None and latest[1] != "open":
                closed[action_id] = latest[0]
        return closed

    def pause_on(self, day: date) -> PauseSpan | None:
        """The pause ``day`` falls in, if any."""
        for pause in self.pauses:
            if pause.start <= day < pause.until:
                return pause
        return None


def started_on(progress: Progress) -> date | None:
    """The first day of the plan as the whole log has it (its last restart, or else its
    first start); None for a log without one."""
    restarts = [event for event in progress.events if event.kind == "restart"]
    starts = restarts[-1:] or [event for event in progress.events if event.kind == "start"][:1]
    return (starts[0].on or starts[0].day) if starts else None


def budget_of(progress: Progress) -> float | None:
    """The weekly budget as the whole log has it last."""
    budget = None
    for event in progress.events:
        settles = event.kind in ("restart", "budget") or (event.kind == "start" and budget is None)
        if settles and event.hours is not None:
            budget = event.hours
    return budget


def counted(events: tuple[Event, ...], day: date) -> list[Event]:
    """The events that count on ``day``: of the learner's days up to it, from the plan's
    beginning on. A plan looked at before the day it was made is still that plan."""
    shown = [event for event in events if event.day <= day]
    beginnings = [event for event in shown if event.kind in ("start", "restart")]
    if not beginnings:
        first = next((event for event in events if event.kind in ("start", "restart")), None)
        return [first] if first is not None else []
    restarts = [index for index, event in enumerate(shown) if event.kind == "restart"]
    return shown[restarts[-1] :] if restarts else shown


def fold(progress: Progress | None, roadmap: Roadmap | None, *, day: date) -> History:
    """The log of ``progress`` as it stands on ``day``; ``roadmap`` names the ids it
    knows and what an assessment closes. No progress: an empty history."""
    from fashioncoach.core.assess import known_by

    events = counted(progress.events, day) if progress is not None else []
    start_event = next(
        (event for event in events if event.kind == "restart"),
        next((event for event in events if event.kind == "start"), None),
    )
    history = History(
        started=start_event is not None,
        start=(start_event.on or start_event.day) if start_event is not None else day,
        budget=(start_event.hours or 0.0) if start_event is not None else 0.0,
        anchors=[],
        pauses=[],
        phase="",
        phase_began=None,
        phase_moves=[],
        statuses={},
        done_on={},
        resolved_on={},
        spent={},
        notes={},
        note_lines=[],
        reviews=[],
        evidence=[],
        levels={},
        unknown=[],
        changes={},
        events=len(events),
    )
    statuses, changes = history.statuses, history.changes
    replaced: set[str] = set()
    entered: dict[str, date] = {}

    def close(event: Event, action_id: str, status: str) -> None:
        if status == "open":
            statuses.pop(action_id, None)
            history.done_on.pop(action_id, None)
            history.resolved_on.pop(action_id, None)
        else:
            statuses[action_id] = status
            history.resolved_on[action_id] = event.day
            if status == "done":
                history.done_on[action_id] = event.day
            else:
                history.done_on.pop(action_id, None)
        changes.setdefault(action_id, []).append((event.at, event.day, status))

    for event in events:
        kind = event.kind
        if kind in ("start", "restart"):
            if event is start_event:
                history.anchors.append(Anchor("start", event.at, event.day, history.budget, {}))
        elif kind == "budget" and event.hours is not None:
            history.budget = event.hours
            if event.day < history.start and history.anchors:
                # Before the plan's first day a new budget is a new plan.
                history.anchors[0] = Anchor("start", event.at, event.day, event.hours, {})
        elif kind in ("done", "skipped", "undone"):
            target = {"done": "done", "skipped": "skipped", "undone": "open"}[kind]
            close(event, event.action, target)
            if kind == "done" and event.hours is not None:
                history.spent[event.action] = event.hours
        elif kind == "hours" and event.hours is not None:
            history.spent[event.action] = event.hours
        elif kind == "note":
            if event.note:
                history.notes.setdefault(event.action, []).append(event.note)
                history.note_lines.append(NoteLine(event.at, event.day, event.action, event.note))
        elif kind == "evidence":
            history.evidence.append(Artefact(event.at, event.day, event.action, event.ref))
        elif kind == "phase":
            history.phase_moves.append(PhaseMove(event.at, event.day, event.phase, event.back))
            if event.phase != history.phase:
                if not event.back:
                    entered[event.phase] = event.day
                history.phase = event.phase
                history.phase_began = entered.get(event.phase, event.day)
        elif kind == "pause" and event.on is not None and event.until is not None:
            history.pauses.append(PauseSpan(event.id, event.on, event.until, event.note))
        elif kind == "resume" and event.on is not None:
            back = event.on
            kept = []
            for pause in history.pauses:
                if pause.start <= back < pause.until:
                    if back > pause.start:
                        kept.append(PauseSpan(pause.id, pause.start, back, pause.reason))
                else:
                    kept.append(pause)
            history.pauses = kept
        elif kind == "replan":
            history.anchors.append(
                Anchor("replan", event.at, event.day, history.budget, dict(event.pace))
            )
        elif kind == "replan-reset":
            history.anchors = history.anchors[:1]
        elif kind == "review":
            if event.replaces:
                replaced.add(event.replaces)
            history.reviews.append(
                ReviewEntry(
                    id=event.id,
                    at=event.at,
                    day=event.day,
                    went_well=event.went_well,
                    blocked=event.blocked,
                    confidence=dict(event.confidence),
                    machine=event.machine,
                )
            )
        elif kind == "assess" and event.skill:
            history.levels[event.skill] = event.level
            if roadmap is not None:
                for action_id, status in known_by(roadmap, event.skill, event.level, statuses):
                    close(event, action_id, status)
    history.reviews = [review for review in history.reviews if review.id not in replaced]
    history.pauses.sort(key=lambda pause: pause.start)
    if roadmap is not None:
        seen = {action.id for _, _, action in roadmap.actions()}
        for event in events:
            if event.action and event.action not in seen:
                seen.add(event.action)
                history.unknown.append(event.action)
    return history
