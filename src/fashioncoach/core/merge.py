"""Merging two copies of one learner's progress (``import``): the log of each is a set of
events, and the merge is their union, in log order.

Every change is an event with its own id, removals included (``resume``, ``phase
back``, ``replan-reset``, a replaced review), and what the log means is worked out
from the whole log in one order (``core/log.py``). So merging in either direction, in
any order, any number of times, leaves every machine with the same log and the same
answers; no import can bring back what a later command removed. Pure.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from fashioncoach.errors import ExchangeError
from fashioncoach.model.progress import Event, Progress, log_order
from fashioncoach.model.record import record, record_fields, replace
from fashioncoach.wording import day_text


@record
class MergeResult:
    progress: Progress
    added: dict[str, int]  # event kind -> events only the other copy had
    conflicts: list[str]  # one line each: what differed and what was kept
    changed: bool  # whether the merged progress differs from ours


def _content(event: Event) -> tuple[str, ...]:
    return tuple(repr(getattr(event, name)) for name in record_fields(event))


def merge(ours: Progress, theirs: Progress) -> MergeResult:
    """The union of both logs; keys this version does not know are kept from both."""
    if ours.roadmap_id != theirs.roadmap_id:
        raise ExchangeError(
            f"the import is progress on roadmap '{theirs.roadmap_id}', not '{ours.roadmap_id}'; "
            "import it with --roadmap pointing at that roadmap"
        )
    conflicts: list[str] = []
    added: dict[str, int] = {}
    by_id: dict[str, Event] = {event.id: event for event in ours.events}
    replaced = False
    for event in theirs.events:
        mine = by_id.get(event.id)
        if mine is None:
            by_id[event.id] = event
            added[event.kind] = added.get(event.kind, 0) + 1
            continue
        if mine == event:
            continue
        # One id, two contents (a hand edit, or one log read in two time zones by an older
        # release): every machine keeps the same one, the earlier in log order.
        kept = min(mine, event, key=lambda item: (log_order(item), _content(item)))
        conflicts.append(
            f"event {event.id} ({event.kind} of {day_text(event.day)}) differs in the "
            "import; kept the " + ("one here" if kept is mine else "imported one")
        )
        if kept is not mine:
            by_id[event.id] = kept
            replaced = True
    unknown, unknown_conflicts = _merge_unknown(ours.unknown, theirs.unknown)
    conflicts += unknown_conflicts
    events = tuple(sorted(by_id.values(), key=log_order))
    changed = bool(added) or replaced or unknown != ours.unknown
    merged = replace(ours, events=events, unknown=unknown) if changed else ours
    return MergeResult(progress=merged, added=added, conflicts=conflicts, changed=changed)


def _merge_unknown(
    ours: dict[str, Any], theirs: dict[str, Any]
) -> tuple[dict[str, Any], list[str]]:
    """Keys this version does not know: the other copy's are added; where both have a key
    with two values, every machine keeps the same one (the smaller, as written)."""
    merged = dict(ours)
    conflicts = []
    for key, value in theirs.items():
        if key not in merged:
            merged[key] = value
        elif _written(merged[key]) != _written(value):
            kept = min(merged[key], value, key=repr)
            conflicts.append(f"{key}: differs here and in the import; kept the same value on both")
            merged[key] = kept
    return merged, conflicts


def _written(value: Any) -> Any:
    """A value as an export writes it: a date and its ISO text are one value (JSON has
    no dates, so a key of the learner's own comes back from an export as text)."""
    if isinstance(value, dict):
        return {key: _written(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_written(item) for item in value]
    if isinstance(value, date):  # datetime too
        return value.isoformat()
    return value


_NAMES = {
    "start": ("start", "starts"),
    "restart": ("restart", "restarts"),
    "budget": ("budget change", "budget changes"),
    "done": ("done", "done"),
    "undone": ("reopened", "reopened"),
    "skipped": ("skipped", "skipped"),
    "hours": ("hours corrected", "hours corrected"),
    "note": ("note", "notes"),
    "evidence": ("evidence", "evidence"),
    "phase": ("phase move", "phase moves"),
    "pause": ("pause", "pauses"),
    "resume": ("pause ended", "pauses ended"),
    "replan": ("replan", "replans"),
    "replan-reset": ("replan reset", "replan resets"),
    "review": ("review", "reviews"),
    "assess": ("assessment", "assessments"),
}


def summary(result: MergeResult) -> str:
    """``5 events (2 done, 1 note, 2 reviews)``: what an import added; empty when nothing."""
    total = sum(result.added.values())
    if not total:
        return ""
    parts = []
    for kind, count in result.added.items():
        one, many = _NAMES.get(kind, (kind, kind))
        parts.append(f"{count} {one if count == 1 else many}")
    events = "1 event" if total == 1 else f"{total} events"
    return f"{events} ({', '.join(parts)})"
