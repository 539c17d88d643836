"""A state machine over the progress file: what is on disk is always what the program holds.

Hypothesis runs random sequences of start (and starting again), done, undo, skip, the
weekly budget (with and without a replan), phase next, phase back, note, pause, resume,
cancelling a pause, replan (and its reset), review (a second one of a week replacing
the first), evidence, assessments, hand-added unknown keys and reload. Each change goes
the way the commands go: take the lock, load, fold the log on the command's day, change
it with the pure functions of ``core/changes.py``, save. After every step the file must
load, and load to exactly the log in memory.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
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
from fashioncoach.core import changes
from fashioncoach.core.log import History, fold
from fashioncoach.core.reviews import same_week
from fashioncoach.core.schedule import Plan, plan_of
from fashioncoach.errors import BadArgument, CoachError, PauseError
from fashioncoach.model.progress import SKILL_LEVELS, EventKind, Progress
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
budgets = st.floats(min_value=0.5, max_value=80)
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
        self.clock = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)

    def teardown(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)

    def later(self, minutes: int, microseconds: int = 0) -> datetime:
        """The instant of the next command: the clock moves on."""
        self.clock += timedelta(minutes=minutes)
        return self.clock.replace(microsecond=microseconds)

    @property
    def day(self) -> date:
        """The learner's day of the clock (the machine runs in UTC)."""
        return self.clock.date()

    def history(self, day: date | None = None) -> History:
        return fold(self.model, ROADMAP, day=day or self.day)

    def plan(self, day: date | None = None) -> Plan:
        return plan_of(ROADMAP, self.history(day), today=day or self.day)

    def write(self, change: Callable[[Progress], Progress]) -> None:
        """What every write command does: lock, load, change, save. A change the command
        refuses (a bad id, an overlapping pause...) writes nothing."""
        with self.store.locked():
            current = self.store.load()
            assert current == self.model
            assert current is not None
            try:
                updated = change(current)
            except (BadArgument, PauseError, CoachError):
                return
            self.store.save(updated)
        self.model = updated

    def _mark(self, ids: list[str], kind: EventKind, minutes: int, micro: int) -> None:
        at = self.later(minutes, micro)
        self.write(
            lambda progress: (
                changes.mark(
                    roadmap=ROADMAP,
                    progress=progress,
                    history=fold(progress, ROADMAP, day=at.date()),
                    action_ids=ids,
                    kind=kind,
                    at=at,
                    day=at.date(),
                ).progress
            )
        )

    @initialize(days=st.integers(min_value=-30, max_value=400), hours=budgets)
    def first_start(self, days: int, hours: float) -> None:
        """Every sequence begins with a plan, as every write command but `start` needs one."""
        begin = self.day + timedelta(days=days)
        at = self.later(1)
        fresh = changes.new_progress(
            roadmap=ROADMAP, start=begin, hours_per_week=hours, at=at, day=at.date()
        )
        with self.store.locked():
            assert self.store.load() is None
            self.store.save(fresh)
        self.model = fresh

    @rule(days=st.integers(min_value=-30, max_value=400), hours=budgets)
    def start_again(self, days: int, hours: float) -> None:
        """Starting again begins a new plan; the old log stays, as history."""
        begin = self.day + timedelta(days=days)
        at = self.later(1)
        self.write(
            lambda progress: changes.restart(
                progress, start=begin, hours_per_week=hours, at=at, day=at.date()
            )
        )

    @rule(ids=ids_strategy, minutes=st.integers(1, 5000), micro=st.integers(0, 999_999))
    def done(self, ids: list[str], minutes: int, micro: int) -> None:
        self._mark(ids, "done", minutes, micro)

    @rule(ids=ids_strategy, minutes=st.integers(1, 5000), micro=st.integers(0, 999_999))
    def undo(self, ids: list[str], minutes: int, micro: int) -> None:
        self._mark(ids, "undone", minutes, micro)

    @rule(ids=ids_strategy, minutes=st.integers(1, 5000), micro=st.integers(0, 999_999))
    def skip(self, ids: list[str], minutes: int, micro: int) -> None:
        self._mark(ids, "skipped", minutes, micro)

    @rule(action=st.sampled_from(IDS), hours=st.floats(min_value=0, max_value=40))
    def spent(self, action: str, hours: float) -> None:
        """`done ID --hours H`: on a done action, the hours are corrected."""
        at = self.later(5)
        self.write(
            lambda progress: (
                changes.mark(
                    roadmap=ROADMAP,
                    progress=progress,
                    history=fold(progress, ROADMAP, day=at.date()),
                    action_ids=[action],
                    kind="done",
                    at=at,
                    day=at.date(),
                    hours=hours,
                ).progress
            )
        )

    @rule(hours=budgets, replan=st.booleans())
    def set_hours(self, hours: float, replan: bool) -> None:
        at = self.later(10)
        self.write(
            lambda progress: changes.set_budget(
                progress, hours=hours, replan=replan, at=at, day=at.date()
            )
        )

    @precondition(lambda self: self.model is not None)
    @rule(days=st.integers(0, 60))
    def phase_next(self, days: int) -> None:
        at = self.later(days * 24 * 60)
        current = self.plan().current
        self.write(
            lambda progress: changes.advance_phase(
                roadmap=ROADMAP, progress=progress, current=current, at=at, day=at.date()
            )
        )

    @precondition(lambda self: self.model is not None)
    @rule()
    def phase_back(self) -> None:
        at = self.later(1)
        history, current = self.history(), self.plan().current
        self.write(
            lambda progress: changes.retreat_phase(
                roadmap=ROADMAP,
                progress=progress,
                history=history,
                current=current,
                at=at,
                day=at.date(),
            )
        )

    @rule(
        action=st.sampled_from([*IDS[:5], "retired-action"]),
        text=note_text,
        minutes=st.integers(1, 500),
    )
    def note(self, action: str, text: str, minutes: int) -> None:
        at = self.later(minutes)

        def add(progress: Progress) -> Progress:
            if action == "retired-action":
                # What an older file or another machine's export may hold: a note on an
                # action this roadmap no longer has, kept as it is.
                words = text.strip() or "kept"
                return changes.add(
                    progress, "note", at=at, day=at.date(), action=action, note=words
                )
            return changes.add_note(
                roadmap=ROADMAP,
                progress=progress,
                action_id=action,
                text=text,
                at=at,
                day=at.date(),
            )

        self.write(add)

    @precondition(lambda self: self.model is not None)
    @rule(key=st.from_regex(r"x_[a-z0-9_]{1,8}", fullmatch=True), value=unknown_values)
    def unknown_key(self, key: str, value: Any) -> None:
        """A key a newer version (or a hand edit) added: carried through every save."""
        self.write(lambda progress: replace(progress, unknown={**progress.unknown, key: value}))

    @precondition(lambda self: self.model is not None)
    @rule(offset=st.integers(-10, 300), length=st.integers(1, 30), reason=note_text)
    def pause(self, offset: int, length: int, reason: str) -> None:
        """A pause from any day on; one that overlaps another, or begins before the plan,
        is refused and nothing is saved."""
        at = self.later(3)
        first = self.history().start + timedelta(days=offset)
        history = self.history()
        self.write(
            lambda progress: changes.add_pause(
                progress,
                history=history,
                start=first,
                until=first + timedelta(days=length),
                reason=reason,
                at=at,
                day=at.date(),
            )
        )

    @precondition(lambda self: self.model is not None and bool(self.history().pauses))
    @rule(data=st.data())
    def resume(self, data: st.DataObject) -> None:
        """Back from a pause on one of its days (looking back with --today, or on time)."""
        pause = data.draw(st.sampled_from(self.history().pauses))
        day = pause.start + timedelta(days=data.draw(st.integers(0, 3)))
        at = self.later(2)
        history = self.history(max(day, self.day))
        self.write(lambda progress: changes.end_pause(progress, history=history, at=at, day=day)[0])

    @precondition(lambda self: self.model is not None)
    @rule()
    def cancel_pause(self) -> None:
        at = self.later(2)
        history = self.history()
        self.write(
            lambda progress: changes.cancel_pause(progress, history=history, at=at, day=at.date())[
                0
            ]
        )

    @rule(days=st.integers(0, 200), reset=st.booleans())
    def replan(self, days: int, reset: bool) -> None:
        at = self.later(days * 24 * 60)
        if reset:
            self.write(lambda progress: changes.reset_plan(progress, at=at, day=at.date()))
        else:
            self.write(lambda progress: changes.replan(progress, at=at, day=at.date()))

    @precondition(lambda self: self.model is not None)
    @rule(
        days=st.integers(0, 40),
        text=note_text,
        levels=st.dictionaries(st.sampled_from(SKILLS), st.integers(1, 5), max_size=3),
    )
    def review(self, days: int, text: str, levels: dict[str, int]) -> None:
        """A review; a second one of the same plan week replaces the first, as `review`
        does after saying so."""
        at = self.later(days * 24 * 60)
        earlier = same_week(self.history(), self.plan(), at.date())
        self.write(
            lambda progress: changes.add_review(
                progress,
                went_well=text,
                blocked=text[::-1],
                confidence=levels,
                replaces=earlier.id if earlier is not None else "",
                at=at,
                day=at.date(),
            )
        )

    @rule(
        action=st.sampled_from(IDS[:5]),
        ref=st.sampled_from(["https://example.com/board", "/home/me/board.png", "sheet.pdf"])
        | note_text.filter(str.strip),
        minutes=st.integers(1, 50),
    )
    def evidence(self, action: str, ref: str, minutes: int) -> None:
        """A path or an http(s) link; control characters, other schemes and the same
        evidence twice are refused before anything is written (see test_hardening)."""
        at = self.later(minutes)
        history = self.history()
        self.write(
            lambda progress: changes.add_evidence(
                roadmap=ROADMAP,
                progress=progress,
                history=history,
                action_id=action,
                ref=ref,
                at=at,
                day=at.date(),
            )
        )

    @rule(
        levels=st.dictionaries(st.sampled_from(SKILLS), st.sampled_from(SKILL_LEVELS), max_size=2)
    )
    def assess(self, levels: dict[str, str]) -> None:
        """How well the learner knows a skill already: one event a skill."""
        at = self.later(1)
        self.write(lambda progress: changes.assess(progress, levels=levels, at=at, day=at.date()))

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
    def the_log_folds_on_every_day_of_it(self) -> None:
        """What every view folds, on the first day of the log and on the clock's: it
        never fails on a log the commands wrote."""
        if self.model is not None:
            for day in (min(event.day for event in self.model.events), self.day):
                plan_of(ROADMAP, fold(self.model, ROADMAP, day=day), today=day)

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
