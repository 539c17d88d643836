"""The record of what ``export ics`` sent: ``calendars/ROADMAP.json`` in the data folder.

A calendar app that imports a file only adds and updates events: it cannot know that
an event of an earlier file is gone from the plan unless it is told, with the same UID
and ``STATUS:CANCELLED``. So every export keeps, per UID, what it sent (its
``SEQUENCE``, a digest of its content, ``LAST-MODIFIED``, its summary and days), and
the next export cancels each recorded UID the plan no longer has. It lives beside the
progress it mirrors, private like it, and moves with it (``FASHIONCOACH_HOME``, a
synced folder). Losing it loses nothing of the plan: the next export starts a new
record, and only events dropped before then are not cancelled.

The file is plain JSON, read through the bounded reader and checked field by field;
one that cannot be used is reported by ``CalendarRecordProblem`` and replaced by the
next successful export.
"""

from __future__ import annotations

import json
from contextlib import suppress
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from fashioncoach import paths
from fashioncoach.model.calendar import SentEvent
from fashioncoach.model.limits import MAX_CALENDAR_EVENTS, MAX_CALENDAR_RECORD_BYTES
from fashioncoach.store.disk import (
    atomic_write,
    os_reason,
    private_folder,
    read_regular,
    temporaries_in,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping
    from pathlib import Path

FORMAT = "fashioncoach-calendar-record"
VERSION = 1


class CalendarRecordProblem(Exception):
    """The record exists but cannot be used; the message says why, in one line."""


def record_path(roadmap_id: str) -> Path:
    return paths.calendar_record(roadmap_id)


def _event(item: Any) -> SentEvent:
    if not isinstance(item, dict):
        raise ValueError("an event is not a table")
    text = {key: item.get(key) for key in ("uid", "digest", "modified", "summary", "start", "end")}
    if not all(isinstance(value, str) for value in text.values()):
        raise ValueError("an event lacks a text field")
    sequence, cancelled = item.get("sequence"), item.get("cancelled")
    if isinstance(sequence, bool) or not isinstance(sequence, int) or sequence < 0:
        raise ValueError("an event's sequence is not a whole number")
    if not isinstance(cancelled, bool):
        raise ValueError("an event's cancelled is not true or false")
    modified = datetime.fromisoformat(str(text["modified"]))
    modified = modified.replace(tzinfo=UTC) if modified.tzinfo is None else modified
    return SentEvent(
        uid=str(text["uid"]),
        sequence=sequence,
        digest=str(text["digest"]),
        modified=modified.astimezone(UTC),
        summary=str(text["summary"]),
        start=date.fromisoformat(str(text["start"])),
        end=date.fromisoformat(str(text["end"])),
        cancelled=cancelled,
    )


def parse(raw: bytes, roadmap_id: str) -> dict[str, SentEvent]:
    """The events in ``raw``, by UID; a CalendarRecordProblem when they cannot be used."""
    try:
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError("not a calendar record")
        if data.get("version") != VERSION:
            raise ValueError(f"version {data.get('version')!r}, this fashioncoach reads {VERSION}")
        if data.get("roadmap_id") != roadmap_id:
            raise ValueError(f"it is the record of roadmap {data.get('roadmap_id')!r}")
        events = data.get("events")
        if not isinstance(events, list) or len(events) > MAX_CALENDAR_EVENTS:
            raise ValueError("its events are not a list of at most the limit")
        found = [_event(item) for item in events]
    except (UnicodeDecodeError, json.JSONDecodeError, ValueError, RecursionError) as problem:
        raise CalendarRecordProblem(str(problem)) from None
    return {event.uid: event for event in found}


def load(roadmap_id: str) -> dict[str, SentEvent]:
    """What the last exports of this roadmap's plan sent; empty before the first."""
    path = record_path(roadmap_id)
    try:
        raw = read_regular(path, limit=MAX_CALENDAR_RECORD_BYTES)
    except FileNotFoundError:
        return {}
    except OSError as error:
        raise CalendarRecordProblem(f"{path}: cannot be read ({os_reason(error)})") from None
    try:
        return parse(raw, roadmap_id)
    except CalendarRecordProblem as problem:
        raise CalendarRecordProblem(f"{path}: {problem}") from None


def bounded(events: Iterable[SentEvent]) -> list[SentEvent]:
    """At most MAX_CALENDAR_EVENTS, ordered by UID: the events still in the plan are all
    kept, and the cancelled ones longest ago go first."""
    kept = list(events)
    if len(kept) > MAX_CALENDAR_EVENTS:
        live = [event for event in kept if not event.cancelled]
        gone = sorted(
            (event for event in kept if event.cancelled),
            key=lambda event: event.modified,
            reverse=True,
        )
        kept = live + gone[: max(0, MAX_CALENDAR_EVENTS - len(live))]
    return sorted(kept, key=lambda event: event.uid)


def dumps(roadmap_id: str, events: Mapping[str, SentEvent]) -> bytes:
    rows = [
        {
            "uid": event.uid,
            "sequence": event.sequence,
            "digest": event.digest,
            "modified": event.modified.astimezone(UTC).isoformat(),
            "summary": event.summary,
            "start": event.start.isoformat(),
            "end": event.end.isoformat(),
            "cancelled": event.cancelled,
        }
        for event in bounded(events.values())
    ]
    document = {"format": FORMAT, "version": VERSION, "roadmap_id": roadmap_id, "events": rows}
    return (json.dumps(document, indent=1, ensure_ascii=False) + "\n").encode("utf-8")


def save(roadmap_id: str, events: Mapping[str, SentEvent]) -> None:
    """Keep ``events`` as the record (private, written whole or not at all); an OSError
    when it cannot be written."""
    path = record_path(roadmap_id)
    private_folder(path.parent.parent)
    private_folder(path.parent, link=False)
    for left in temporaries_in(path.parent, path.name + "."):  # a killed save's
        with suppress(OSError):
            left.unlink()
    atomic_write(path, dumps(roadmap_id, events))
