"""The one fold of the event log: what the learner's events add up to.

"The latest done, undone or skipped event of an action wins": every status, date,
time spent and note any view shows comes from ``fold``, so the rule is written
once. Pure: the log in, a ``Log`` out.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from fashioncoach.model.record import record

if TYPE_CHECKING:
    from fashioncoach.model.progress import Progress
    from fashioncoach.model.roadmap import Roadmap


@record
class NoteLine:
    """A note the learner attached to an action (``fashioncoach note``)."""

    at: datetime
    action: str
    text: str
    hours: float | None


@record
class Log:
    """What the event log says now, action by action."""

    statuses: dict[str, str]  # action id -> "done" or "skipped"; open actions are absent
    done_on: dict[str, date]  # when each done action was last marked done
    resolved_on: dict[str, date]  # when each done or skipped action was last marked so
    spent: dict[str, float]  # hours spent on each done action (``done --hours``, else estimate)
    notes: dict[str, list[str]]  # action id -> its notes, oldest first
    note_lines: list[NoteLine]  # every note, in the order of the log
    unknown: list[str]  # ids the roadmap does not have, in order of first appearance

    def status(self, action_id: str) -> str:
        """``open``, ``done`` or ``skipped``."""
        return self.statuses.get(action_id, "open")

    def resolved(self, action_id: str) -> bool:
        """Done or skipped: no longer open work."""
        return action_id in self.statuses


def fold(progress: Progress | None, roadmap: Roadmap | None = None) -> Log:
    """The log of ``progress`` folded in its order; ``roadmap`` gives the estimates a
    done event without hours stands for, and the ids it knows. No progress: an empty log."""
    estimates = {action.id: action.hours for _, _, action in roadmap.actions()} if roadmap else {}
    statuses: dict[str, str] = {}
    done_on: dict[str, date] = {}
    resolved_on: dict[str, date] = {}
    spent: dict[str, float] = {}
    notes: dict[str, list[str]] = {}
    note_lines: list[NoteLine] = []
    events = progress.events if progress is not None else ()
    for event in events:
        action = event.action
        if event.kind == "note":
            if event.note:
                notes.setdefault(action, []).append(event.note)
            if event.note or event.hours is not None:
                note_lines.append(NoteLine(event.at, action, event.note, event.hours))
            continue
        done_on.pop(action, None)
        resolved_on.pop(action, None)
        spent.pop(action, None)
        statuses.pop(action, None)
        if event.kind == "done":
            statuses[action] = "done"
            done_on[action] = resolved_on[action] = event.at.date()
            spent[action] = event.hours if event.hours is not None else estimates.get(action, 0.0)
        elif event.kind == "skipped":
            statuses[action] = "skipped"
            resolved_on[action] = event.at.date()
    unknown: list[str] = []
    if roadmap is not None:
        seen = set(estimates)
        for event in events:
            if event.action not in seen:
                seen.add(event.action)
                unknown.append(event.action)
    return Log(
        statuses=statuses,
        done_on=done_on,
        resolved_on=resolved_on,
        spent=spent,
        notes=notes,
        note_lines=note_lines,
        unknown=unknown,
    )
