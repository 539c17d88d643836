"""Merging two copies of one learner's progress (``import``): what only the other copy
has is added, nothing is removed, and merging the same copy twice changes nothing.

Every tuple-of-records field of ``Progress`` is a set of records, told apart by
``IDENTITY``: events by moment, place in their log, kind, action and note, so the
merged log is the same on every machine whichever imported which. A value that
differs keeps ours and is reported. Pure.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Hashable, Sequence
from datetime import date, datetime
from typing import Any

from fashioncoach.errors import ExchangeError
from fashioncoach.model.progress import Progress
from fashioncoach.model.record import is_record, record, record_fields, replace


@record
class MergeResult:
    progress: Progress
    added: dict[str, int]  # field name -> records only the other copy had
    conflicts: list[str]  # one line each: what differed and what was kept
    changed: bool  # whether the merged progress differs from ours


def _hashable(value: object) -> Hashable:
    if isinstance(value, dict):
        return tuple(sorted((key, _hashable(item)) for key, item in value.items()))
    if isinstance(value, list | tuple):
        return tuple(_hashable(item) for item in value)
    if is_record(value) and not isinstance(value, type):
        return tuple((name, _hashable(getattr(value, name))) for name in record_fields(value))
    return value if isinstance(value, Hashable) else repr(value)


def _first_date(item: object) -> tuple[int, str]:
    """Where a record goes in time: its first date or datetime field, for ordering."""
    if is_record(item) and not isinstance(item, type):
        for name in record_fields(item):
            value = getattr(item, name)
            if isinstance(value, datetime):
                return 0, value.isoformat()
            if isinstance(value, date):
                return 0, datetime.combine(value, datetime.min.time()).isoformat()
    return 1, ""


def _describe(item: object) -> str:
    if is_record(item) and not isinstance(item, type):
        parts = []
        for name in record_fields(item):
            value = getattr(item, name)
            if value in ("", None):
                continue
            parts.append(f"{name} {_shown(value)}")
        return ", ".join(parts)
    return repr(item)


def event_order(event: Any) -> tuple[datetime, int, str, str, str]:
    """Where an event goes in a merged log: by time, then by its place in the log it
    came from; the rest only breaks ties between machines, the same way everywhere."""
    return (event.at, event.seq, event.kind, event.action, event.note)


# How records are told apart; a field not listed here is a set of whole records.
# Events: the same moment, place in its log, kind, action and note is the same event
# (hours may differ). The seq keeps done, undo, done in one second three events.
IDENTITY: dict[str, Callable[[Any], Hashable]] = {
    "events": event_order,
    "phases": lambda entry: entry.phase,
    # One review per plan week.
    "reviews": lambda review: getattr(review, "week", _hashable(review)),
}


def _merge_records(
    name: str,
    ours: Sequence[Any],
    theirs: Sequence[Any],
    conflicts: list[str],
    *,
    phase_order: Sequence[str] = (),
) -> tuple[tuple[Any, ...], int]:
    identity = IDENTITY.get(name, _hashable)
    known: dict[Hashable, Any] = {}
    for entry in ours:
        known.setdefault(identity(entry), entry)
    merged = list(ours)
    added = 0
    for entry in theirs:
        key = identity(entry)
        mine = known.get(key)
        if mine is None:
            known[key] = entry
            merged.append(entry)
            added += 1
            continue
        if _hashable(mine) == _hashable(entry):
            continue
        if name == "phases":
            # One phase, entered on two dates: the earlier one is when it really began.
            earlier = min(mine, entry, key=lambda entry: entry.began)
            conflicts.append(
                f"phases: {entry.phase} began on {mine.began} here and on {entry.began} "
                f"in the import; kept {earlier.began}"
            )
            if earlier is entry:
                merged[merged.index(mine)] = entry
                known[key] = entry
                added += 1
            continue
        conflicts.append(
            f"{name}: {_describe(mine)} differs in the import ({_describe(entry)}); kept yours"
        )
    if not added:
        return tuple(ours), 0
    if name == "phases":
        rank = {phase: index for index, phase in enumerate(phase_order)}
        merged.sort(key=lambda entry: (entry.began, rank.get(entry.phase, len(rank))))
    elif name == "events":
        # The log's order decides statuses, so it is only re-sorted when it was in time
        # order already (always, unless --today went back in time). Sorted, it is the
        # same on every machine whichever imported which.
        if all(a.at <= b.at for a, b in itertools.pairwise(ours)):
            merged.sort(key=event_order)
    else:
        merged.sort(key=lambda entry: (_first_date(entry), str(_hashable(entry))))
    return tuple(merged), added


def merge(ours: Progress, theirs: Progress, *, phase_order: Sequence[str] = ()) -> MergeResult:
    """``ours`` with everything only ``theirs`` has; a scalar that differs keeps ours."""
    if ours.roadmap_id != theirs.roadmap_id:
        raise ExchangeError(
            f"the import is progress on roadmap '{theirs.roadmap_id}', not '{ours.roadmap_id}'; "
            "import it with --roadmap pointing at that roadmap"
        )
    conflicts: list[str] = []
    added: dict[str, int] = {}
    changes: dict[str, Any] = {}
    for name in record_fields(Progress):
        mine, other = getattr(ours, name), getattr(theirs, name)
        if name in ("schema_version", "unknown"):
            continue
        if isinstance(mine, tuple) and isinstance(other, tuple):
            records, count = _merge_records(name, mine, other, conflicts, phase_order=phase_order)
            added[name] = count
            if records != mine:
                changes[name] = records
        else:
            value, count = _merge_value(name, mine, other, conflicts)
            if count:
                changes[name] = value
                added[name] = count
    unknown, count = _merge_value("unknown", ours.unknown, theirs.unknown, [])
    for key in sorted(set(ours.unknown) & set(theirs.unknown)):
        if _hashable(ours.unknown[key]) != _hashable(theirs.unknown[key]):
            conflicts.append(f"{key}: differs in the import; kept yours")
    if count:
        changes["unknown"] = unknown
        added["unknown"] = count
    merged = replace(ours, **changes) if changes else ours
    return MergeResult(progress=merged, added=added, conflicts=conflicts, changed=bool(changes))


def _merge_value(label: str, mine: Any, other: Any, conflicts: list[str]) -> tuple[Any, int]:
    """A single value: tables gain the keys only the import has; the rest keeps ours."""
    if _hashable(mine) == _hashable(other):
        return mine, 0
    if isinstance(mine, dict) and isinstance(other, dict):
        extra = {key: value for key, value in other.items() if key not in mine}
        for key in sorted(set(mine) & set(other), key=str):
            if _hashable(mine[key]) != _hashable(other[key]):
                conflicts.append(
                    f"{label}.{key}: {mine[key]!r} here, {other[key]!r} in the import; kept yours"
                )
        return ({**mine, **extra}, len(extra)) if extra else (mine, 0)
    if is_record(mine) and not isinstance(mine, type) and type(mine) is type(other):
        # A table of settings (such as a replanned schedule): merged key by key.
        changes: dict[str, Any] = {}
        total = 0
        for name in record_fields(mine):
            value, count = _merge_value(
                f"{label}.{name}", getattr(mine, name), getattr(other, name), conflicts
            )
            if count:
                changes[name] = value
                total += count
        return (replace(mine, **changes), total) if changes else (mine, 0)
    if other in (None, "", {}, ()):
        return mine, 0
    if mine in (None, "", {}, ()):
        return other, 1
    conflicts.append(f"{label}: {_shown(mine)} here, {_shown(other)} in the import; kept yours")
    return mine, 0


def _shown(value: object) -> str:
    if isinstance(value, datetime):
        return value.isoformat(" ")
    return value.isoformat() if isinstance(value, date) else f"{value}"


def summary(result: MergeResult) -> str:
    """``2 events, 1 phase entry`` for what an import added; empty when nothing."""
    parts = []
    for name, count in result.added.items():
        if count:
            label = name.rstrip("s").replace("_", " ")
            if name == "phases":
                label = "phase entry" if count == 1 else "phase entries"
                parts.append(f"{count} {label}")
                continue
            parts.append(f"{count} {label}" + ("" if count == 1 else "s"))
    return ", ".join(parts)
