"""Replays (launch/replay.py) through the real entry point: a repeated read command prints the
very same bytes without loading the coach; any change to what it read is a miss; a broken
entry is a miss, never an error; ``--debug`` and FASHIONCOACH_NO_REPLAY bypass it.

Whether a run was a replay is read from ``python -X importtime``: a replay imports none
of the coaching code (``fashioncoach.views``).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from fashioncoach import paths

DAY = "2027-01-11"


def run(*argv: str, **env: str) -> tuple[subprocess.CompletedProcess[str], bool]:
    """The command's result, and whether it was a replay."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "fashioncoach", *argv],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **env},
    )
    replayed = "fashioncoach.views" not in result.stderr
    return result, replayed


def entries() -> list[Path]:
    return sorted(Path(os.environ[paths.CACHE_ENV]).glob("replay-*.marshal"))


def started() -> None:
    first, _ = run("start", "--on", "2027-01-04", "--today", "2027-01-04")
    assert first.returncode == 0, first.stderr


@pytest.mark.slow
def test_a_repeated_read_command_is_replayed_byte_for_byte() -> None:
    """The second `today` on the same day and files prints the same bytes, from a replay."""
    started()
    first, first_replayed = run("today", "--today", DAY)
    second, second_replayed = run("today", "--today", DAY)

    assert first.returncode == second.returncode == 0
    assert not first_replayed and second_replayed
    assert second.stdout == first.stdout
    assert "plan week 2 of 25" in second.stdout  # week 1 idle: the forecast runs a week on
    assert all(entry.stat().st_mode & 0o077 == 0 for entry in entries())  # private


@pytest.mark.slow
def test_a_change_to_the_progress_file_is_a_miss() -> None:
    """After `done`, `today` runs again and shows the change, as a bypassed run does."""
    started()
    run("today", "--today", DAY)
    done, _ = run("done", "1", "--today", DAY)
    assert done.returncode == 0, done.stderr

    after, replayed = run("today", "--today", DAY)
    fresh, _ = run("today", "--today", DAY, FASHIONCOACH_NO_REPLAY="1")

    assert not replayed
    assert after.stdout == fresh.stdout


@pytest.mark.slow
def test_another_day_or_width_is_a_miss() -> None:
    """The day and the width are part of the key: neither reuses another's output."""
    started()
    run("today", "--today", DAY)
    _, next_day = run("today", "--today", "2027-01-12")
    _, wider = run("today", "--today", DAY, COLUMNS="120")

    assert not next_day and not wider


@pytest.mark.slow
def test_a_corrupt_entry_is_a_miss_never_an_error() -> None:
    """Garbage or a truncated entry in the replay's place: the command runs as usual."""
    started()
    first, _ = run("status", "--today", DAY)
    for entry in entries():
        entry.write_bytes(entry.read_bytes()[:20])
    truncated, truncated_replayed = run("status", "--today", DAY)
    for entry in entries():
        entry.write_bytes(b"\x00not a replay")
    garbage, garbage_replayed = run("status", "--today", DAY)

    assert not truncated_replayed and not garbage_replayed
    assert truncated.returncode == garbage.returncode == 0
    assert truncated.stdout == garbage.stdout == first.stdout
    assert truncated.stderr.count("Traceback") == garbage.stderr.count("Traceback") == 0


@pytest.mark.slow
def test_debug_and_the_environment_bypass_replays() -> None:
    """--debug and FASHIONCOACH_NO_REPLAY=1 always run the command."""
    started()
    run("today", "--today", DAY)
    run("today", "--today", DAY)
    _, debug_replayed = run("--debug", "today", "--today", DAY)
    _, env_replayed = run("today", "--today", DAY, FASHIONCOACH_NO_REPLAY="1")

    assert not debug_replayed and not env_replayed


@pytest.mark.slow
def test_write_commands_are_never_replayed() -> None:
    """A second `note` is recorded again: writing commands always run."""
    started()
    for text in ("first", "first"):
        result, replayed = run("note", "1", text, "--today", DAY)
        assert result.returncode == 0, result.stderr
        assert not replayed
    exported, _ = run("export", "json", "--today", DAY)
    assert exported.stdout.count('"first"') == 2
