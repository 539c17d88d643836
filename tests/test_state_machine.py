"""A state machine over the progress file: what is on disk is always what the program holds.

Hypothesis runs random sequences of start, done, undo, skip, phase next, phase back,
note, pause, resume, replan (and its reset), review, evidence, hand-added unknown keys
and reload. Each change goes the way the commands go:
take the lock, load, change with the pure functions of ``core/``, save. After every
step the file must load, and load to exactly the state in memory.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)

from fashioncoach import paths
from fashioncoach.core.changes import (
    add_evidence,
    add_pause,
    advance_phase,
    check_reference,
    end_pause,
    mark,
    new_progress,
    next_seq,
    retreat_phase,
)
from fashioncoach.core.log import fold
from fashioncoach.core.replan import apply_replan, propose_replan, reset_schedule
from fashioncoach.core.reviews import record_review
from fashioncoach.core.schedule import current_entry, plan_of
from fashioncoach.errors import BadArgument, PauseError
from fashioncoach.model.progress import Event, EventKind, Progress, Review
from fashioncoach.model.record import replace
from fashioncoach.store.backups import BACKUPS_KEPT
from fashioncoach.store.progress_file import parse_bytes
from fashioncoach.store.progress_store import ProgressStore
from fashioncoach.store.roadmap_file import load_roadmap

ROADMAP = load_roadmap(paths.bundled_roadmap())
IDS = [action.id for _, _, action in ROADMAP.actions()]
SKILLS = [skill.id for skill in ROADMAP.skills]

ids_strategy = st.lists(st.sampled_from(IDS), min_size=1, max_size=3)
# Anything a person might type in a note: quotes, backslashes, newlines, emoji, controls.
note_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
unknown_values = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=10),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.booleans(),
    st.lists(st.integers(min_value=0, max_value=9), max_size=3),
    st.dictionaries(st.sampled_from(["a", "b c", "é"]), st.text(max_size=5), max_size=2),
)


class ProgressMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="fashioncoach-state-"))
        self.store = ProgressStore(self.folder / f"{ROADMAP.id}.toml")
        self.model: Progress | None = None
        self.clock = datetime(2026, 11, 2, 8, 0)

    def teardown(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)

    def later(self, minutes: int, microseconds: int) -> datetime:
        self.clock += timedelta(minutes=minutes)
        return self.clock.replace(microsecond=microseconds)

    def write(self, change: Callable[[Progress], Progress], *, force: bool = False) -> None:
        """What every write command does: lock, load, change, save."""
        with self.store.locked():
            current = self.store.load()
            assert current == self.model
            assert current is not None
            updated = change(current)
            self.store.save(updated, force=force)
        self.model = updated

    def _mark(self, ids: list[str], kind: EventKind, minutes: int, micro: int) -> None:
        now = self.later(minutes, micro)
        self.write(
            lambda progress: (
                mark(
                    roadmap=ROADMAP, progress=progress, action_ids=ids, kind=kind, now=now
                ).progress
            )
        )

    @initialize(
        day=st.integers(min_value=0, max_value=400), hours=st.floats(min_value=0.5, max_value=80)
    )
    def first_start(self, day: int, hours: float) -> None:
        """Every sequence begins with a plan, as every write command but `start` needs one."""
        self.start(day, hours)

    @rule(day=st.integers(min_value=0, max_value=400), hours=st.floats(min_value=0.5, max_value=80))
    def start(self, day: int, hours: float) -> None:
        begin = date(2026, 1, 1) + timedelta(days=day)
        fresh = new_progress(roadmap=ROADMAP, start=begin, hours_per_week=hours)
        with self.store.locked():
            assert self.store.load() == self.model
            self.store.save(fresh, force=True)  # starting again empties the log on purpose
        self.model = fresh

    @precondition(lambda self: self.model is not None)
    @rule(ids=ids_strategy, minutes=st.integers(1, 5000), micro=st.integers(0, 999_999))
    def done(self, ids: list[str], minutes: int, micro: int) -> None:
        self._mark(ids, "done", minutes, micro)

    @precondition(lambda self: self.model is not None)
    @rule(ids=ids_strategy, minutes=st.integers(1, 5000), micro=st.integers(0, 999_999))
    def undo(self, ids: list[str], minutes: int, micro: int) -> None:
        self._mark(ids, "undone", minutes, micro)

    @precondition(lambda self: self.model is not None)
    @rule(ids=ids_strategy, minutes=st.integers(1, 5000), micro=st.integers(0, 999_999))
    def skip(self, ids: list[str], minutes: int, micro: int) -> None:
        self._mark(ids, "skipped", minutes, micro)

    @precondition(
        lambda self: (
            self.model is not None
            and current_entry(ROADMAP, self.model)[0] < len(ROADMAP.phases) - 1
        )
    )
    @rule(days=st.integers(0, 60))
    def phase_next(self, days: int) -> None:
        today = self.later(days * 24 * 60, 0).date()
        self.write(lambda progress: advance_phase(roadmap=ROADMAP, progress=progress, today=today))

    @precondition(lambda self: self.model is not None and len(self.model.phases) > 1)
    @rule()
    def phase_back(self) -> None:
        self.write(lambda progress: retreat_phase(progress=progress))

    @precondition(lambda self: self.model is not None)
    @rule(
        action=st.sampled_from([*IDS[:5], "retired-action"]),
        text=note_text,
        hours=st.none() | st.floats(min_value=0, max_value=168),
        minutes=st.integers(1, 500),
    )
    def note(self, action: str, text: str, hours: float | None, minutes: int) -> None:
        at = self.later(minutes, 0)

        def add(progress: Progress) -> Progress:
            event = Event(
                at=at, kind="note", action=action, note=text, hours=hours, seq=next_seq(progress)
            )
            return replace(progress, events=(*progress.events, event))

        self.write(add)

    @precondition(lambda self: self.model is not None)
    @rule(key=st.from_regex(r"x_[a-z0-9_]{1,8}", fullmatch=True), value=unknown_values)
    def unknown_key(self, key: str, value: Any) -> None:
        """A key a newer version (or a hand edit) added: carried through every save."""
        self.write(lambda progress: replace(progress, unknown={**progress.unknown, key: value}))

    @precondition(lambda self: self.model is not None)
    @rule(offset=st.integers(0, 300), length=st.integers(1, 30), reason=note_text)
    def pause(self, offset: int, length: int, reason: str) -> None:
        """Schema 3: a pause; one that overlaps another is refused and nothing is saved."""
        assert self.model is not None
        first = self.model.start_date + timedelta(days=offset)
        try:
            add_pause(
                self.model,
                start=first,
                until=first + timedelta(days=length),
                reason=reason,
                today=first,
            )
        except PauseError:
            return
        self.write(
            lambda progress: add_pause(
                progress,
                start=first,
                until=first + timedelta(days=length),
                reason=reason,
                today=first,
            )
        )

    @precondition(lambda self: self.model is not None and bool(self.model.pauses))
    @rule(data=st.data())
    def resume(self, data: st.DataObject) -> None:
        assert self.model is not None
        pause = data.draw(st.sampled_from(self.model.pauses))
        day = pause.start + timedelta(days=data.draw(st.integers(0, 3)))
        try:
            end_pause(self.model, day)
        except PauseError:
            return
        self.write(lambda progress: end_pause(progress, day)[0])

    @precondition(lambda self: self.model is not None)
    @rule(days=st.integers(0, 200), reset=st.booleans())
    def replan(self, days: int, reset: bool) -> None:
        assert self.model is not None
        today = self.model.start_date + timedelta(days=days)

        def change(progress: Progress) -> Progress:
            if reset:
                return reset_schedule(progress)
            _, _, began = current_entry(ROADMAP, progress)
            day = max(today, began)
            proposal = propose_replan(
                roadmap=ROADMAP,
                progress=progress,
                plan=plan_of(ROADMAP, progress, today=day),
                log=fold(progress, ROADMAP),
                today=day,
            )
            return apply_replan(progress, proposal)

        self.write(change)

    @precondition(lambda self: self.model is not None)
    @rule(
        week=st.integers(1, 40),
        text=note_text,
        levels=st.dictionaries(st.sampled_from(SKILLS), st.integers(1, 5), max_size=3),
    )
    def review(self, week: int, text: str, levels: dict[str, int]) -> None:
        """A review is kept by its date (from the start on, as ``review`` requires); its
        week is the schedule's for that date."""
        assert self.model is not None
        on = self.model.start_date + timedelta(days=7 * (week - 1))
        entry = Review(week=week, on=on, went_well=text, blocked=text[::-1], confidence=levels)
        self.write(
            lambda progress: record_review(progress, plan_of(ROADMAP, progress, today=on), entry)[0]
        )

    @precondition(lambda self: self.model is not None)
    @rule(
        action=st.sampled_from(IDS[:5]), ref=note_text.filter(str.strip), minutes=st.integers(1, 50)
    )
    def evidence(self, action: str, ref: str, minutes: int) -> None:
        """A path or an http(s) link; control characters and other schemes are refused."""
        assert self.model is not None
        try:
            ref = check_reference(ref)
        except BadArgument:
            return  # refused before anything is written (see test_hardening)
        if any(item.action == action and item.ref == ref for item in self.model.evidence):
            return
        now = self.later(minutes, 0)
        self.write(
            lambda progress: add_evidence(
                roadmap=ROADMAP, progress=progress, action_id=action, ref=ref, now=now
            )
        )

    @rule()
    def reload(self) -> None:
        assert self.store.load() == self.model

    @invariant()
    def file_and_memory_agree(self) -> None:
        loaded = self.store.load()  # raises ProgressError if the file cannot be read
        assert loaded == self.model
        if self.model is not None:  # and the full validating parser, never the cache, agrees
            path = self.store.path
            assert parse_bytes(path.read_bytes(), path) == self.model

    @invariant()
    def backups_are_bounded_and_no_temporary_file_is_left(self) -> None:
        assert len(self.store.backup_files()) <= BACKUPS_KEPT
        assert not list(self.folder.rglob("*.tmp"))


@pytest.mark.slow
class TestProgressMachine(ProgressMachine.TestCase):  # type: ignore[misc,valid-type]
    """Random sequences of commands and reloads keep the file and memory equal, and every
    reload succeeds: 50 sequences of up to 25 steps."""

    settings = settings(
        max_examples=50,
        stateful_step_count=25,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow],
    )


class TestProgressMachineBriefly(ProgressMachine.TestCase):  # type: ignore[misc,valid-type]
    """The same machine in a few short sequences, for the quick run (``-m "not slow"``)."""

    settings = settings(
        max_examples=8,
        stateful_step_count=10,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow],
    )
