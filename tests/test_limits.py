"""Limits checked where data is written (issue 21), in the learner's units.

A save, an import or a note that would pass a limit is refused before anything is
written, saying how far over it would go and what to do; and a log at every limit at
once still reads within the read limit, with room to spare.
"""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from fashioncoach import paths
from fashioncoach.core import changes
from fashioncoach.model.limits import (
    MAX_EVENTS,
    MAX_ID_CHARS,
    MAX_PROGRESS_BYTES,
    MAX_REFERENCE_CHARS,
    MAX_TEXT_CHARS,
    MAX_TEXT_TOTAL,
)
from fashioncoach.model.progress import Event, Progress
from fashioncoach.model.record import replace
from fashioncoach.store.progress_file import dumps, parse_bytes
from fashioncoach.store.roadmap_file import load_roadmap
from tests.helpers import Learner

ROADMAP = load_roadmap(paths.bundled_roadmap())
IDS = [action.id for _, _, action in ROADMAP.actions()]
START = date(2026, 11, 2)
MOMENT = datetime(2026, 11, 2, 9, tzinfo=UTC)


def log_of(count: int, *, note: str = "", kind: str = "note") -> Progress:
    """A plan and ``count - 1`` more events of ``kind``, each with ``note`` as its text."""
    progress = changes.new_progress(
        roadmap=ROADMAP, start=START, hours_per_week=10.5, at=MOMENT, day=START
    )
    events = [*progress.events]
    for number in range(1, count):
        events.append(
            Event(
                id=os.urandom(6).hex(),
                seq=number + 1,
                at=MOMENT + timedelta(seconds=number),
                day=START + timedelta(days=number // 50),
                kind=kind,  # type: ignore[arg-type]
                action=IDS[number % len(IDS)],
                note=note,
            )
        )
    return replace(progress, events=tuple(events))


def plant(learner: Learner, progress: Progress) -> bytes:
    learner.home.mkdir(parents=True, exist_ok=True)
    content = dumps(progress).encode("utf-8")
    learner.file.write_bytes(content)
    return content


@pytest.mark.slow
def test_a_note_past_the_event_limit_is_refused_in_events(learner: Learner) -> None:
    """A log at the event limit takes no more: the note is refused with the count it would
    make and what to do, and the file is as it was."""
    before = plant(learner, log_of(MAX_EVENTS, note="n"))
    line = learner.fails("note", IDS[0], "one more", today="2027-01-04")
    assert f"this change would make {MAX_EVENTS + 1:,} events; the limit is {MAX_EVENTS:,}" in line
    assert "fashioncoach export json" in line and "nothing changed" in line
    assert learner.file.read_bytes() == before


def test_notes_past_the_text_limit_are_refused_in_characters(learner: Learner) -> None:
    """The words of all notes together have a limit: a note that would pass it says by how
    many characters; the notes before it are kept."""
    per_note = MAX_TEXT_CHARS - 1
    count = MAX_TEXT_TOTAL // per_note
    before = plant(learner, log_of(count + 1, note="x" * per_note))
    line = learner.fails("note", IDS[0], "y" * per_note, today="2027-01-04")
    total = count * per_note + per_note
    assert f"this change would make {total:,} characters of notes, reviews and evidence" in line
    assert f"the limit is {MAX_TEXT_TOTAL:,}" in line
    assert learner.file.read_bytes() == before


@pytest.mark.slow
def test_an_import_past_the_event_limit_is_refused_before_writing(
    learner: Learner, tmp_path: Path
) -> None:
    """Two halves that each fit but not together: the import says how many events it
    would make and writes nothing."""
    half = MAX_EVENTS // 2 + 10
    before = plant(learner, log_of(half, note="a"))
    other = log_of(half, note="b")
    export = tmp_path / "other.toml"
    export.write_bytes(dumps(other).encode("utf-8"))
    line = learner.fails("import", str(export), today="2027-01-04")
    assert f"{2 * half:,} events; the limit is {MAX_EVENTS:,}" in line
    assert learner.file.read_bytes() == before


@pytest.mark.slow
def test_a_log_at_every_limit_reads_with_room_to_spare(tmp_path: Path) -> None:
    """Every event at its longest id, every text at its longest, with the characters TOML
    must escape: the file still reads, and stays well under the read limit."""
    worst = '"\\\x01'  # a quote, a backslash and a control character: escaped in TOML
    texts = MAX_TEXT_TOTAL
    progress = changes.new_progress(
        roadmap=ROADMAP, start=START, hours_per_week=10.5, at=MOMENT, day=START
    )
    events = [*progress.events]
    for number in range(1, MAX_EVENTS):
        link = number % 10 == 0  # every tenth a piece of evidence, the rest notes
        share = min(MAX_REFERENCE_CHARS if link else MAX_TEXT_CHARS, max(0, texts - 10_000))
        texts -= share
        text = (worst * MAX_TEXT_CHARS)[:share]
        events.append(
            Event(
                id=f"{number:0{MAX_ID_CHARS}d}",
                seq=number + 1,
                at=MOMENT + timedelta(seconds=number),
                day=START,
                kind="evidence" if link else "note",
                action="a" * MAX_ID_CHARS,
                note="" if link else text or "n",
                ref=(text or "r") if link else "",
            )
        )
    full = replace(progress, events=tuple(events))
    content = dumps(full).encode("utf-8")
    assert len(content) < MAX_PROGRESS_BYTES * 0.75, len(content)
    assert len(parse_bytes(content, tmp_path / "full.toml").events) == MAX_EVENTS


def test_a_calendar_far_ahead_is_bounded_by_the_work(learner: Learner) -> None:
    """`export ics --today 9899-12-31` lists the plan's weeks and the weeks with work, not
    every week up to that day."""
    learner.ok("start", "--on", "2026-11-25", today="2026-11-25")
    calendar = learner.ok("export", "ics", today="9899-12-31").stdout
    weeks = calendar.count("SUMMARY:Week ")
    assert 24 <= weeks <= 24 + 30, weeks
