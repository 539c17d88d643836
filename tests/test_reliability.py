"""Progress is never lost: crashes, concurrent runs, corrupt files and bad input.

Messages and exit codes are checked through the real command line (the ``Learner``
of ``tests/helpers.py``); concurrency and crashes through real processes (``python -m
fashioncoach`` and small helper scripts that use ``ProgressStore`` the way the
commands do). Faults are injected only at the operating system's edge (``os.write``,
``os.fsync``, ``os.replace``, ``pwd``), never into fashioncoach's own code.
"""

from __future__ import annotations

import copy
import errno
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import tomllib
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fashioncoach import paths
from fashioncoach.core.log import fold
from fashioncoach.errors import ProgressError
from fashioncoach.model.progress import SCHEMA_VERSION, Event, Progress
from fashioncoach.model.record import replace
from fashioncoach.store.backups import BACKUPS_KEPT
from fashioncoach.store.lock import LOCK_TIMEOUT_ENV
from fashioncoach.store.migrations import MIGRATIONS, migrate
from fashioncoach.store.progress_file import parse_bytes, to_toml_data
from fashioncoach.store.progress_store import SHRINK_REFUSED_AT, ProgressStore
from fashioncoach.store.roadmap_file import load_roadmap
from tests.helpers import FIXTURES, Learner, error_line, files_under, v4_progress

ROADMAP = load_roadmap(paths.bundled_roadmap())
IDS = [action.id for _, _, action in ROADMAP.actions()]
START = "2026-11-02"
V1_FIXTURE = FIXTURES / "progress-v1.toml"
HAS_PROC_FD = Path("/proc/self/fd").is_dir()


# --- helpers ----------------------------------------------------------------------------


def progress_path(home: Path) -> Path:
    return home / f"{ROADMAP.id}.toml"


def started(learner: Learner, done: int = 2) -> Path:
    """A plan started on START with ``done`` actions marked, one save each (so backups exist)."""
    learner.ok("start", "--on", START, "--yes")
    for action_id in IDS[:done]:
        learner.ok("done", action_id)
    return learner.file


def statuses_of(progress: Progress) -> dict[str, str]:
    """What the whole log says of each closed action (every day of it counted)."""
    return fold(progress, ROADMAP, day=date.max).statuses


def statuses_in(path: Path) -> dict[str, str]:
    progress = ProgressStore(path).load()
    assert progress is not None
    return statuses_of(progress)


def python(script: str, *args: str) -> list[str]:
    return [sys.executable, "-c", script, *args]


def fd_path(descriptor: int) -> str:
    try:
        return os.readlink(f"/proc/self/fd/{descriptor}")
    except OSError:
        return ""


def temp_of(kind: str) -> Callable[[str], bool]:
    """Whether a path is the temporary file of a backup or of the progress file itself."""

    def matches(name: str) -> bool:
        if not name.endswith(".tmp"):
            return False
        in_backups = f"{os.sep}backups{os.sep}" in name
        if kind == "backup":
            return in_backups
        return not in_backups and f".{ROADMAP.id}.toml." in name

    return matches


# --- many writers at once ---------------------------------------------------------------

# Does what ``fashioncoach done ID`` does, through ProgressStore, after a barrier so that
# every process reads at the same moment. TEST_HELPER_WITHOUT_LOCK (read only here) drops
# the lock: the negative control that shows the concurrency test can fail.
RMW_HELPER = """
import os, sys, time
from datetime import UTC, date, datetime
from pathlib import Path
from fashioncoach import paths
from fashioncoach.core.changes import mark
from fashioncoach.core.log import fold
from fashioncoach.store.progress_store import ProgressStore
from fashioncoach.store.roadmap_file import load_roadmap

action_id, barrier = sys.argv[1], Path(sys.argv[2])
roadmap = load_roadmap(paths.bundled_roadmap())
store = ProgressStore(paths.progress_file(roadmap.id))

def read_modify_write():
    progress = store.load()
    time.sleep(0.05)  # what a slow disk or a busy machine may take between the two
    day = date.today()
    outcome = mark(
        roadmap=roadmap, progress=progress, history=fold(progress, roadmap, day=day),
        action_ids=[action_id], kind="done", at=datetime.now(UTC), day=day,
    )
    store.save(outcome.progress)

(barrier / f"ready-{action_id}").touch()
while not (barrier / "go").exists():
    time.sleep(0.002)
if os.environ.get("TEST_HELPER_WITHOUT_LOCK") == "1":
    read_modify_write()
else:
    with store.locked():
        read_modify_write()
"""

WRITERS = 16


def run_helpers(tmp_path: Path, ids: list[str], *, lock: bool) -> list[int]:
    """Start one helper per id, release them all at once, return their exit codes."""
    barrier = tmp_path / "barrier"
    barrier.mkdir()
    env = {**os.environ, "TEST_HELPER_WITHOUT_LOCK": "0" if lock else "1"}
    processes = [
        subprocess.Popen(
            python(RMW_HELPER, action_id, str(barrier)),
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for action_id in ids
    ]
    try:
        deadline = time.monotonic() + 60
        while len(list(barrier.glob("ready-*"))) < len(ids):
            assert time.monotonic() < deadline, "the helpers never got ready"
            assert all(process.poll() is None for process in processes), "a helper died"
            time.sleep(0.01)
        (barrier / "go").touch()
        return [process.wait(timeout=60) for process in processes]
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()


@pytest.mark.slow
def test_sixteen_concurrent_commands_lose_no_update(learner: Learner, isolated_home: Path) -> None:
    """16 real `fashioncoach done` processes at once: every action is in the file afterwards."""
    path = started(learner, done=0)
    ids = IDS[:WRITERS]
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "fashioncoach", "done", action_id],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for action_id in ids
    ]
    for process in processes:
        _, stderr = process.communicate(timeout=60)
        assert process.returncode == 0, stderr
    assert statuses_in(path) == dict.fromkeys(ids, "done")
    progress = ProgressStore(path).load()
    assert progress is not None and len(progress.events) == 1 + WRITERS  # the start, then each
    assert not list(isolated_home.glob(".*.tmp"))


@pytest.mark.slow
def test_sixteen_concurrent_helpers_with_the_lock_lose_no_update(
    learner: Learner, isolated_home: Path, tmp_path: Path
) -> None:
    """The helper's read-modify-write, all released at once, is safe when it holds the lock."""
    path = started(learner, done=0)
    ids = IDS[:WRITERS]
    assert run_helpers(tmp_path, ids, lock=True) == [0] * WRITERS
    assert statuses_in(path) == dict.fromkeys(ids, "done")


@pytest.mark.slow
def test_negative_control_without_the_lock_updates_are_lost(
    learner: Learner, isolated_home: Path, tmp_path: Path
) -> None:
    """The same helpers without the lock lose updates: the two tests above can fail."""
    path = started(learner, done=0)
    ids = IDS[:WRITERS]
    run_helpers(tmp_path, ids, lock=False)
    kept = statuses_in(path)
    assert len(kept) < WRITERS, "no update was lost: this control no longer tests anything"


# --- crashes ----------------------------------------------------------------------------

# Runs `fashioncoach done ID` and stops it dead at one point of the save: the test then
# kills it with SIGKILL. Only os functions are wrapped.
KILL_HELPER = """
import os, sys, time
point, action_id, progress = sys.argv[1], sys.argv[2], sys.argv[3]
real_write, real_fsync, real_replace = os.write, os.fsync, os.replace

def name_of(fd):
    return os.readlink(f"/proc/self/fd/{fd}")

def in_backups(name):
    return f"{os.sep}backups{os.sep}" in str(name)

def stop():
    print("stopped", flush=True)
    time.sleep(600)

def write(fd, data):
    name = name_of(fd)
    if name.endswith(".tmp") and point in ("backup-write", "data-write"):
        if in_backups(name) == (point == "backup-write"):
            real_write(fd, bytes(data[: len(data) // 2]))
            stop()
    return real_write(fd, data)

def fsync(fd):
    if point == "data-fsync" and name_of(fd).endswith(".tmp") and not in_backups(name_of(fd)):
        stop()
    return real_fsync(fd)

def replace(source, target):
    if point == "data-replace" and str(target) == os.path.realpath(progress):
        stop()
    return real_replace(source, target)

def link(*args, **kwargs):
    # Where links fail the backup is a copy: the one backup that is written.
    raise OSError(18, "Invalid cross-device link")

os.write, os.fsync, os.replace = write, fsync, replace
if point == "backup-write":
    os.link = link
sys.argv = ["fashioncoach", "done", action_id]
from fashioncoach.__main__ import main
main()
"""


@pytest.mark.slow
@pytest.mark.skipif(not HAS_PROC_FD, reason="needs /proc/self/fd to find the file being written")
@pytest.mark.parametrize("point", ["backup-write", "data-write", "data-fsync", "data-replace"])
def test_sigkill_in_the_middle_of_a_save(learner: Learner, isolated_home: Path, point: str) -> None:
    """A writer killed mid-save leaves the old file byte-identical and the next writer unblocked."""
    path = started(learner)
    before = path.read_bytes()
    backups_before = files_under(path.parent / "backups")
    writer = subprocess.Popen(
        python(KILL_HELPER, point, IDS[5], str(path)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert writer.stdout is not None and writer.stderr is not None
        line = writer.stdout.readline()
        assert line == "stopped\n", writer.stderr.read()
        writer.send_signal(signal.SIGKILL)
        assert writer.wait(timeout=10) == -signal.SIGKILL
    finally:
        if writer.poll() is None:
            writer.kill()
        for stream in (writer.stdout, writer.stderr):
            if stream is not None:
                stream.close()

    assert path.read_bytes() == before
    if point.startswith("data"):  # the backup it took first is a true copy of the old file
        new = set(files_under(path.parent / "backups")) - set(backups_before)
        assert [files_under(path.parent / "backups")[name] for name in new] == [before]

    doctor = learner.ok("doctor")
    assert "interrupted save" in doctor.stdout

    started_at = time.monotonic()
    following = subprocess.run(
        [sys.executable, "-m", "fashioncoach", "done", IDS[6]],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, LOCK_TIMEOUT_ENV: "5"},
    )
    assert following.returncode == 0, following.stderr
    assert time.monotonic() - started_at < 5
    statuses = statuses_in(path)
    assert IDS[5] not in statuses
    assert {IDS[0], IDS[1], IDS[6]} <= set(statuses)


# --- a full disk ------------------------------------------------------------------------


@pytest.mark.skipif(not HAS_PROC_FD, reason="needs /proc/self/fd to find the file being written")
@pytest.mark.parametrize("call", ["write", "fsync"])
@pytest.mark.parametrize("kind", ["backup", "data"])
def test_full_disk_leaves_the_original_intact(
    learner: Learner, isolated_home: Path, call: str, kind: str
) -> None:
    """ENOSPC at write or fsync, of the backup or the file: exit 1, says so, nothing changed."""
    path = started(learner)
    before = files_under(isolated_home)
    real = getattr(os, call)
    matches = temp_of(kind)

    def full(descriptor: int, *args: Any) -> Any:
        if matches(fd_path(descriptor)):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real(descriptor, *args)

    def no_links(*args: Any, **kwargs: Any) -> None:
        raise OSError(errno.EXDEV, os.strerror(errno.EXDEV))

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(os, call, full)
        if kind == "backup":
            # A backup is a second name for the old file where links work; where they
            # do not (another file system, FAT) it is a copy, which can meet a full disk.
            patch.setattr(os, "link", no_links)
        result = learner.run("done", IDS[5])

    assert result.exit_code == 1
    message = error_line(result)
    assert str(path) in message
    assert "No space left on device" in message
    assert "the previous file is unchanged" in message
    assert files_under(isolated_home) == before  # no temporary file, no extra backup
    assert learner.ok("done", IDS[5]).stdout.startswith("Done:")  # and the next save works


# --- readers while writers save ---------------------------------------------------------

SAVER_HELPER = """
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from fashioncoach.core.changes import add
from fashioncoach.store.progress_store import ProgressStore

store, rounds = ProgressStore(Path(sys.argv[1])), int(sys.argv[2])
for number in range(rounds):
    with store.locked():
        progress = store.load()
        note = "n" * 200
        at, day = datetime.now(UTC), date.today()
        store.save(add(progress, "note", at=at, day=day, action="x", note=note))
"""


@pytest.mark.slow
def test_a_reader_never_sees_a_torn_file(learner: Learner, isolated_home: Path) -> None:
    """While two processes keep saving a large file, every read parses completely."""
    path = started(learner, done=0)
    store = ProgressStore(path)
    progress = store.load()
    assert progress is not None
    (begun,) = progress.events
    filler = tuple(
        Event(
            id=f"filler-{number}",
            seq=number + 2,
            at=begun.at + timedelta(seconds=number + 1),
            day=begun.day,
            kind="note",
            action=IDS[0],
            note="x" * 150,
        )
        for number in range(1500)
    )
    with store.locked():
        store.save(replace(progress, events=(begun, *filler)))
    rounds = 12
    writers = [
        subprocess.Popen(python(SAVER_HELPER, str(path), str(rounds)), stderr=subprocess.PIPE)
        for _ in range(2)
    ]
    # Read as fast as possible (a torn file may show for well under a millisecond) with
    # cheap checks at once: the file ends where an event ends, and the count of events
    # never drops (writers only append). Every distinct version is parsed afterwards.
    base = len(filler) + 1
    reads, seen, events = 0, set(), base
    try:
        while any(writer.poll() is None for writer in writers):
            raw = path.read_bytes()
            count = raw.count(b"kind = ")
            assert raw.endswith(b'"\n') and count >= events, f"torn read: {len(raw)} bytes"
            events = count
            seen.add(raw)
            reads += 1
    finally:
        for writer in writers:
            _, stderr = writer.communicate(timeout=60)
            assert writer.returncode == 0, stderr
    assert reads >= 100 and len(seen) >= 2
    for raw in seen:
        loaded = parse_bytes(raw, path)  # raises on a file that is not whole
        assert base <= len(loaded.events) <= base + 2 * rounds
    final = store.load()
    assert final is not None and len(final.events) == base + 2 * rounds


# --- the lock ---------------------------------------------------------------------------

LOCK_HOLDER = """
import sys, time
from filelock import FileLock
lock = FileLock(sys.argv[1])
lock.acquire()
print("held", flush=True)
time.sleep(120)
"""


@pytest.fixture
def held_lock(learner: Learner, isolated_home: Path) -> Iterator[Path]:
    """A started plan whose lock another process holds; yields the progress file."""
    path = started(learner)
    holder = subprocess.Popen(
        python(LOCK_HOLDER, str(paths.lock_file(path))), stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline() == "held\n"
        yield path
    finally:
        holder.kill()
        holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()


WRITE_COMMANDS = [
    ["done", IDS[5]],
    ["undo", IDS[0]],
    ["skip", IDS[5]],
    ["start", "--yes"],
    ["phase", "next", "--yes"],
    ["phase", "back", "--yes"],
    ["reset", "--yes"],
    ["restore"],
]


@pytest.mark.parametrize("command", WRITE_COMMANDS, ids=" ".join)
def test_every_write_command_takes_the_lock_and_gives_up_with_a_message(
    learner: Learner,
    held_lock: Path,
    isolated_home: Path,
    monkeypatch: pytest.MonkeyPatch,
    command: list[str],
) -> None:
    """A lock held too long ends each write command with one line and exit 1, not a hang."""
    monkeypatch.setenv(LOCK_TIMEOUT_ENV, "0.2")
    before = files_under(isolated_home)
    started_at = time.monotonic()
    result = learner.run(*command)
    assert time.monotonic() - started_at < 5
    assert result.exit_code == 1
    message = error_line(result)
    assert str(held_lock) in message
    assert "another fashioncoach was still saving it after 0.2 s" in message
    # The OS lets go of a dead process's lock: deleting the file is never the advice.
    assert "delete" not in message
    assert files_under(isolated_home) == before


READ_COMMANDS = [
    ["today"],
    ["today", "--json"],
    ["report"],
    ["report", "--json"],
    ["timeline"],
    ["phase"],
    ["phase", "show", "ai-design-tools"],
    ["skills"],
    ["doctor"],
    ["restore", "--list"],
]


@pytest.mark.parametrize("command", READ_COMMANDS, ids=" ".join)
def test_read_commands_take_no_lock_and_never_write(
    learner: Learner,
    held_lock: Path,
    isolated_home: Path,
    monkeypatch: pytest.MonkeyPatch,
    command: list[str],
) -> None:
    """With the lock held elsewhere, read commands still answer at once and change no file."""
    monkeypatch.setenv(LOCK_TIMEOUT_ENV, "30")
    before = files_under(isolated_home)
    started_at = time.monotonic()
    result = learner.ok(*command)
    assert time.monotonic() - started_at < 10
    assert files_under(isolated_home) == before
    if command == ["doctor"]:
        assert "held right now by another fashioncoach" in result.stdout


def test_the_first_today_starts_the_plan_under_the_lock(
    learner: Learner, isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`today` writes only on its first run, and then it takes the lock like any writer."""
    path = progress_path(isolated_home)
    isolated_home.mkdir()
    holder = subprocess.Popen(
        python(LOCK_HOLDER, str(paths.lock_file(path))), stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline() == "held\n"
        monkeypatch.setenv(LOCK_TIMEOUT_ENV, "0.2")
        result = learner.run("today")
    finally:
        holder.kill()
        holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()
    assert result.exit_code == 1
    assert "was still saving it after 0.2 s" in error_line(result)
    assert not path.exists()
    learner.ok("today")
    assert path.exists()


def test_a_lock_held_by_another_process_ends_the_real_command_too(held_lock: Path) -> None:
    """Through the real entry point (the fast path): a one-line message and exit 1, no hang."""
    before = held_lock.read_bytes()
    result = subprocess.run(
        [sys.executable, "-m", "fashioncoach", "done", IDS[5]],
        capture_output=True,
        text=True,
        timeout=30,
        env={**os.environ, LOCK_TIMEOUT_ENV: "0.3"},
    )
    assert result.returncode == 1
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1
    assert "was still saving it after 0.3 s" in result.stderr
    assert held_lock.read_bytes() == before


def test_a_bad_lock_timeout_setting_is_a_message(
    learner: Learner, isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """FASHIONCOACH_LOCK_TIMEOUT that is not a number of seconds: one line, nothing written."""
    path = started(learner)
    before = files_under(isolated_home)
    monkeypatch.setenv(LOCK_TIMEOUT_ENV, "soon")
    result = learner.run("done", IDS[5])
    assert result.exit_code == 1
    assert LOCK_TIMEOUT_ENV in error_line(result)
    assert files_under(isolated_home) == before
    assert path.exists()


# --- atomic save details ----------------------------------------------------------------


def test_a_new_file_is_private_and_a_save_never_keeps_a_wider_mode(
    learner: Learner, isolated_home: Path
) -> None:
    """A new progress file (and its backups) get mode 0600; a save of a file someone made
    wider (0640, 0666) writes it 0600 again, and its backup too."""
    path = started(learner, done=0)
    assert path.stat().st_mode & 0o777 == 0o600
    for wider, action in ((0o640, IDS[0]), (0o666, IDS[1])):
        path.chmod(wider)
        learner.ok("done", action)
        assert path.stat().st_mode & 0o777 == 0o600
    for backup in (isolated_home / "backups").iterdir():
        assert backup.stat().st_mode & 0o777 == 0o600


def test_a_symlinked_progress_file_stays_a_symlink(
    learner: Learner, isolated_home: Path, tmp_path: Path
) -> None:
    """Saving through a symlink writes its target: the link survives, the target changes."""
    synced = tmp_path / "synced"
    synced.mkdir()
    target = synced / "progress.toml"
    path = started(learner, done=1)
    shutil.move(path, target)
    path.symlink_to(target)
    learner.ok("done", IDS[1])
    assert path.is_symlink() and path.resolve() == target.resolve()
    assert set(statuses_of(parse_bytes(target.read_bytes(), target))) == {IDS[0], IDS[1]}
    assert not list(synced.glob(".*.tmp")) and not list(isolated_home.glob(".*.tmp"))


# --- backups ----------------------------------------------------------------------------


def test_each_save_keeps_the_previous_version_and_prunes_the_oldest(
    learner: Learner, isolated_home: Path
) -> None:
    """Before each save the previous bytes go to backups/; only the newest generations stay."""
    path = started(learner, done=0)
    versions = [path.read_bytes()]
    for action_id in IDS[: BACKUPS_KEPT + 3]:
        learner.ok("done", action_id)
        versions.append(path.read_bytes())
    store = ProgressStore(path)
    kept = [backup.read_bytes() for backup in store.backup_files()]
    assert len(kept) == BACKUPS_KEPT
    # Newest first: the version before the last save, then the one before that...
    assert kept == versions[-2 : -2 - BACKUPS_KEPT : -1]


def test_a_save_that_would_shrink_the_log_sharply_is_refused(
    learner: Learner, isolated_home: Path
) -> None:
    """Dropping events is refused with a message and nothing written, unless forced."""
    path = started(learner, done=SHRINK_REFUSED_AT + 2)
    store = ProgressStore(path)
    progress = store.load()
    assert progress is not None
    before = files_under(isolated_home)
    count = len(progress.events)
    with store.locked(), pytest.raises(ProgressError) as caught:
        store.save(replace(progress, events=progress.events[: count - SHRINK_REFUSED_AT]))
    assert f"would remove {SHRINK_REFUSED_AT} of the {count} events" in str(caught.value)
    assert "fashioncoach reset" in str(caught.value)
    assert files_under(isolated_home) == before
    # A drop below the threshold is an ordinary save.
    with store.locked():
        store.save(replace(progress, events=progress.events[: -(SHRINK_REFUSED_AT - 1)]))


def test_start_again_begins_anew_keeps_the_log_and_a_backup(
    learner: Learner, isolated_home: Path
) -> None:
    """`start --yes` over a long log begins again on purpose: nothing is closed in the new
    plan, the old events stay in the log as history, and the file before it is a backup."""
    path = started(learner, done=SHRINK_REFUSED_AT + 2)
    before = path.read_bytes()
    old = ProgressStore(path).load()
    assert old is not None
    learner.ok("start", "--on", "2026-12-07", "--yes")
    assert statuses_in(path) == {}
    again = ProgressStore(path).load()
    assert again is not None
    assert again.events[: len(old.events)] == old.events
    assert [event.kind for event in again.events[len(old.events) :]] == ["restart"]
    assert ProgressStore(path).backup_files()[0].read_bytes() == before


def test_reset_asks_keeps_a_backup_and_starts_over(learner: Learner, isolated_home: Path) -> None:
    """`reset` asks first (no: nothing changes); yes: a fresh plan, the old file restorable."""
    path = started(learner, done=4)
    before = files_under(isolated_home)
    declined = learner.run("reset", input="n\n")
    assert declined.exit_code == 1
    assert "Nothing changed." in declined.stdout
    assert files_under(isolated_home) == before

    old = path.read_bytes()
    accepted = learner.run("reset", input="y\n", today="2026-12-01")
    assert accepted.exit_code == 0, accepted.output
    progress = ProgressStore(path).load()
    assert progress is not None
    assert [(event.kind, event.on) for event in progress.events] == [("start", date(2026, 12, 1))]
    newest = ProgressStore(path).backup_files()[0]
    assert newest.read_bytes() == old
    assert f"fashioncoach restore {newest.name}" in accepted.stdout
    learner.ok("restore", newest.name)
    assert path.read_bytes() == old


def test_reset_with_nothing_started_writes_nothing(learner: Learner, isolated_home: Path) -> None:
    """`reset` before any plan says so and creates no file."""
    result = learner.ok("reset", "--yes")
    assert "Nothing to reset" in result.stdout
    assert files_under(isolated_home) == {}


def test_restore_puts_a_backup_back_and_keeps_the_current_file(
    learner: Learner, isolated_home: Path
) -> None:
    """`restore` (newest) and `restore NAME` replace the file; the replaced file is a backup."""
    path = started(learner, done=3)
    third = path.read_bytes()
    store = ProgressStore(path)
    newest = store.backup_files()[0]
    second = newest.read_bytes()

    result = learner.ok("restore")
    assert path.read_bytes() == second
    assert store.backup_files()[0].read_bytes() == third
    assert "undo with: fashioncoach restore" in result.stdout

    # ...and back again by name: nothing was ever lost.
    learner.ok("restore", store.backup_files()[0].name)
    assert path.read_bytes() == third


@pytest.mark.parametrize(
    "name", ["", "   ", "nonsense", "../../etc/passwd", "x-20261125T0101.toml"]
)
def test_restore_of_an_unknown_backup_is_a_usage_error(
    learner: Learner, isolated_home: Path, name: str
) -> None:
    """An empty, malformed or unknown backup name: one line, exit 2, nothing written."""
    started(learner)
    before = files_under(isolated_home)
    result = learner.run("restore", name)
    assert result.exit_code == 2
    assert "restore --list" in error_line(result)
    assert files_under(isolated_home) == before


def test_restore_of_a_well_formed_but_missing_backup_is_a_usage_error(
    learner: Learner, isolated_home: Path
) -> None:
    """A backup name of the right form that does not exist: one line, exit 2, nothing written."""
    started(learner)
    before = files_under(isolated_home)
    result = learner.run("restore", f"{ROADMAP.id}-20200101T000000000000Z.toml")
    assert result.exit_code == 2
    assert "no backup" in error_line(result)
    assert files_under(isolated_home) == before


def test_restore_refuses_a_backup_that_cannot_be_read(
    learner: Learner, isolated_home: Path
) -> None:
    """A damaged backup is not restored over a good file: a message, exit 1, nothing written."""
    path = started(learner)
    newest = ProgressStore(path).backup_files()[0]
    newest.write_bytes(b"schema_version = [")
    before = files_under(isolated_home)
    result = learner.run("restore", newest.name)
    assert result.exit_code == 1
    message = error_line(result)
    assert str(newest) in message and "line 1, column" in message
    assert files_under(isolated_home) == before


def test_restore_list_shows_every_backup_and_writes_nothing(
    learner: Learner, isolated_home: Path
) -> None:
    """`restore --list` names each backup with its content, newest first."""
    path = started(learner, done=3)
    before = files_under(isolated_home)
    result = learner.ok("restore", "--list")
    names = [backup.name for backup in ProgressStore(path).backup_files()]
    assert [line.split()[0] for line in result.stdout.splitlines()[1:-1]] == names
    assert "2 events" in result.stdout
    assert files_under(isolated_home) == before


# --- corrupt and hand-edited files ------------------------------------------------------


def _edit_line(text: str, key: str, new: str) -> tuple[str, int]:
    lines = text.splitlines(keepends=True)
    (number,) = [n for n, line in enumerate(lines) if line.startswith(f"{key} =")]
    lines[number] = new + "\n"
    return "".join(lines), number + 1


def corrupt(case: str, valid: bytes) -> tuple[bytes | None, list[str]]:
    """The damaged bytes for ``case`` (None: the file is gone) and what the message must say."""
    text = valid.decode("utf-8")
    # The start event is the only one with hours and a first day (``on``).
    if case == "invalid-toml":
        broken, line = _edit_line(text, "hours", "hours = eight")
        return broken.encode(), [f"line {line}, column 9", "invalid TOML"]
    if case == "not-utf8":
        broken, line = _edit_line(text, "roadmap_id", 'roadmap_id = "caf\udcff"')
        return broken.encode("utf-8", "surrogateescape"), [f"line {line}, column 18", "UTF-8"]
    if case == "wrong-type":
        broken, _ = _edit_line(text, "hours", 'hours = "eight"')
        return broken.encode(), ["events[0].hours: should be a valid number"]
    if case == "wrong-nested-type":
        broken = text.replace('kind = "done"', 'kind = "finished"', 1)
        return broken.encode(), ["events[1].kind"]
    if case == "absurd-hours":
        broken, _ = _edit_line(text, "hours", "hours = nan")
        return broken.encode(), ["events[0].hours: should be from 0.5 to 80"]
    if case == "before-1970":
        broken, _ = _edit_line(text, "on", "on = 1969-12-31")
        return broken.encode(), ["events[0].on: should be from 1970-01-01 to 9899-12-31"]
    if case == "empty":
        return b"", ["is empty"]
    if case == "blank":
        return b"\n   \n", ["is empty"]
    if case == "missing":
        return None, ["missing but backups exist", "fashioncoach reset"]
    if case == "newer-schema":
        broken, _ = _edit_line(text, "schema_version", "schema_version = 99")
        return broken.encode(), ["newer fashioncoach", "schema_version 99"]
    raise AssertionError(case)


CORRUPT_CASES = [
    "invalid-toml",
    "not-utf8",
    "wrong-type",
    "wrong-nested-type",
    "absurd-hours",
    "before-1970",
    "empty",
    "blank",
    "missing",
    "newer-schema",
]
COMMANDS_ON_CORRUPT = [
    ["today"],
    ["report"],
    ["timeline"],
    ["done", IDS[3]],
    ["undo", IDS[0]],
    ["phase", "next", "--yes"],
    ["start", "--yes"],
]


def damage(learner: Learner, case: str) -> tuple[Path, bytes | None, list[str]]:
    path = started(learner)
    damaged, expected = corrupt(case, path.read_bytes())
    if damaged is None:
        path.unlink()
    else:
        path.write_bytes(damaged)
    return path, damaged, expected


def _every_pair() -> list[object]:
    """Each damage with each command; the fast run takes each damage once and each
    command at least once (a diagonal), the full run every pair."""
    pairs = []
    for row, case in enumerate(CORRUPT_CASES):
        for column, command in enumerate(COMMANDS_ON_CORRUPT):
            diagonal = row % len(COMMANDS_ON_CORRUPT) == column
            marks = () if diagonal else (pytest.mark.slow,)
            pairs.append(pytest.param(case, command, marks=marks, id=f"{case}-{' '.join(command)}"))
    return pairs


@pytest.mark.parametrize(("case", "command"), _every_pair())
def test_a_corrupt_file_is_reported_and_never_overwritten(
    learner: Learner, isolated_home: Path, case: str, command: list[str]
) -> None:
    """Each damage: one line naming file, place, newest backup and restore command; exit 1."""
    path, damaged, expected = damage(learner, case)
    before = files_under(isolated_home)
    result = learner.run(*command)
    assert result.exit_code == 1
    message = error_line(result)
    newest = ProgressStore(path).backup_files()[0]
    assert str(path) in message
    for fragment in expected:
        assert fragment in message
    assert f"newest backup: {newest}" in message
    assert message.endswith(f"fashioncoach restore {newest.name}") or case == "missing"
    assert f"fashioncoach restore {newest.name}" in message
    assert files_under(isolated_home) == before
    assert (path.read_bytes() if path.exists() else None) == damaged


@pytest.mark.parametrize("case", CORRUPT_CASES)
def test_the_restore_command_in_the_message_works(
    learner: Learner, isolated_home: Path, case: str
) -> None:
    """Running the exact command the message gives brings the plan back; the damage is kept."""
    path, damaged, _ = damage(learner, case)
    message = error_line(learner.run("report"))
    command = re.search(r"put it back with: fashioncoach (restore \S+)", message)
    assert command is not None, message
    learner.ok(*command[1].split())
    assert statuses_in(path) == {IDS[0]: "done"}  # the version before the last save
    learner.ok("report")
    if damaged is not None:
        kept = [backup.read_bytes() for backup in ProgressStore(path).backup_files()]
        assert damaged in kept


@pytest.mark.parametrize("case", ["invalid-toml", "not-utf8", "newer-schema", "missing"])
def test_reset_gets_past_a_corrupt_file_and_keeps_it(
    learner: Learner, isolated_home: Path, case: str
) -> None:
    """`reset --yes` starts over even when the file cannot be read, keeping its bytes."""
    path, damaged, _ = damage(learner, case)
    learner.ok("reset", "--yes")
    assert statuses_in(path) == {}
    kept = [backup.read_bytes() for backup in ProgressStore(path).backup_files()]
    if damaged is not None:
        assert kept[0] == damaged


def test_a_corrupt_file_through_the_real_entry_point(learner: Learner, isolated_home: Path) -> None:
    """`python -m fashioncoach done` (the fast path) on a damaged file: one line, exit 1."""
    path, damaged, _ = damage(learner, "invalid-toml")
    result = subprocess.run(
        [sys.executable, "-m", "fashioncoach", "done", IDS[4]],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 1
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1
    assert "invalid TOML" in result.stderr and "fashioncoach restore" in result.stderr
    assert path.read_bytes() == damaged


def test_a_byte_order_mark_is_read_and_never_written(learner: Learner) -> None:
    """A progress file an editor saved with a UTF-8 byte-order mark reads as it is (one TOML
    policy for roadmaps and progress files); the next save writes it without the mark."""
    path = started(learner)
    valid = path.read_bytes()
    path.write_bytes(b"\xef\xbb\xbf" + valid)
    assert statuses_in(path) == {IDS[0]: "done", IDS[1]: "done"}
    assert learner.json("report")["actions_done"] == 2
    learner.ok("done", IDS[4])
    assert not path.read_bytes().startswith(b"\xef\xbb\xbf")
    assert statuses_in(path) == {IDS[0]: "done", IDS[1]: "done", IDS[4]: "done"}


def test_unknown_keys_survive_a_save(learner: Learner, isolated_home: Path) -> None:
    """Top-level keys and tables this version does not know are written back unchanged."""
    path = started(learner)
    text = path.read_text(encoding="utf-8")
    text = text.replace("[[events]]", 'mood = "great"\nlucky = [7, 13]\n\n[[events]]', 1)
    text += '\n[sync]\nmachine = "laptop"\nlast = 2026-11-20T08:00:00Z\n'
    path.write_text(text, encoding="utf-8")
    learner.ok("done", IDS[5])
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert data["mood"] == "great" and data["lucky"] == [7, 13]
    assert data["sync"]["machine"] == "laptop"
    assert data["sync"]["last"].isoformat() == "2026-11-20T08:00:00+00:00"


def test_events_for_retired_actions_are_kept_and_reported(
    learner: Learner, isolated_home: Path
) -> None:
    """Events naming actions the roadmap no longer has survive saves and are shown."""
    path = started(learner)
    text = path.read_text(encoding="utf-8").replace(IDS[0], "retired-action", 1)
    path.write_text(text, encoding="utf-8")
    learner.ok("done", IDS[5])
    progress = ProgressStore(path).load()
    assert progress is not None
    assert "retired-action" in [event.action for event in progress.events]
    assert "retired-action" in learner.ok("today").stdout
    assert "retired-action" in learner.ok("report").stdout
    assert "retired-action" in learner.ok("doctor").stdout


# --- schema versions --------------------------------------------------------------------


def test_migrations_are_pure_and_complete() -> None:
    """One migration per version step; each returns new data and leaves its input alone.
    Schema 5 makes the start, the budget and the phases entered events, and keeps each
    old event with its seq (schema 4's numbering), its content and its day."""
    assert len(MIGRATIONS) == SCHEMA_VERSION - 1
    data = tomllib.loads(V1_FIXTURE.read_text(encoding="utf-8"))
    untouched = copy.deepcopy(data)
    migrated = migrate(data)
    assert data == untouched
    assert migrated["schema_version"] == SCHEMA_VERSION
    for key in ("weekly_hours", "hours_per_week", "start_date", "phases"):
        assert key not in migrated
    events = migrated["events"]
    (start,) = [event for event in events if event["kind"] == "start"]
    assert (start["on"], start["hours"]) == (date(2026, 9, 7), 6.5)
    (move,) = [event for event in events if event["kind"] == "phase"]
    assert (move["phase"], move["day"]) == ("ai-design-tools", date(2026, 10, 5))
    old = [event for event in events if event["kind"] not in ("start", "phase")]
    assert [event["seq"] for event in old] == list(range(1, len(data["events"]) + 1))
    assert [
        {key: event[key] for key in ("kind", "action", "note") if key in event} for event in old
    ] == [{key: value for key, value in event.items() if key != "at"} for event in data["events"]]
    assert [event["day"] for event in old] == [event["at"].date() for event in data["events"]]
    assert len({event["id"] for event in events}) == len(events)
    assert migrated["mood"] == "determined"
    assert migrate(migrated) == migrated  # a current file passes through unchanged


def test_a_v1_file_migrates_at_the_first_command_after_a_backup(
    learner: Learner, isolated_home: Path
) -> None:
    """A schema 1 file: doctor says the next save upgrades it (and writes nothing); the
    first command saves it at the current schema, keeps the old bytes as a backup and says
    once what changed; its data and keys of its own stay."""
    path = progress_path(isolated_home)
    isolated_home.mkdir()
    original = V1_FIXTURE.read_bytes()
    path.write_bytes(original)

    doctor = learner.ok("doctor")
    assert f"schema_version 1: the next save upgrades it to {SCHEMA_VERSION}" in doctor.stdout
    assert path.read_bytes() == original

    report = learner.ok("report")
    assert "retired-action-from-an-old-roadmap" in report.stdout
    assert f"now a log of events (schema {SCHEMA_VERSION})" in report.stderr
    assert learner.ok("report").stderr == ""  # said once
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert data["schema_version"] == SCHEMA_VERSION == 5
    for key in ("weekly_hours", "hours_per_week", "start_date", "phases"):
        assert key not in data
    (start,) = [event for event in data["events"] if event["kind"] == "start"]
    assert (start["on"], start["hours"]) == (date(2026, 9, 7), 6.5)
    assert data["mood"] == "determined" and data["sync"] == {"last_machine": "laptop"}
    old = [event for event in data["events"] if event["kind"] not in ("start", "phase")]
    assert [event["action"] for event in old] == [
        event["action"] for event in tomllib.loads(original.decode())["events"]
    ]
    assert old[3]["note"] == "trial needs a work email"
    store = ProgressStore(path)
    (upgrade,) = [backup for backup in store.backup_list() if backup.upgrade == SCHEMA_VERSION]
    assert upgrade.name.endswith(f"-before-v{SCHEMA_VERSION}.toml")
    assert upgrade.path.read_bytes() == original

    # The pre-upgrade backup outlives the pruning of ordinary generations.
    learner.ok("done", IDS[4])
    for action_id in IDS[5 : 5 + BACKUPS_KEPT + 2]:
        learner.ok("done", action_id)
    assert upgrade.path.read_bytes() == original
    assert len(store.backup_list()) == BACKUPS_KEPT + 1


def test_a_v4_file_without_events_migrates(learner: Learner, isolated_home: Path) -> None:
    """A schema 4 file with no events at all (a plan started and never touched, or a hand
    edit that removed them) upgrades to a log holding its start."""
    data = v4_progress(ROADMAP.id, date(2026, 11, 2), hours=8)
    del data["events"]
    isolated_home.mkdir()
    progress_path(isolated_home).write_text(tomli_w.dumps(data), encoding="utf-8")
    result = learner.ok("today", today="2026-11-04")
    assert "now a log of events" in result.stderr
    assert result.stdout.startswith("Foundations of Fashion — week 1 of")
    events = learner.saved()["events"]
    assert [(event["kind"], event["on"], event["hours"]) for event in events] == [
        ("start", date(2026, 11, 2), 8)
    ]


def test_an_out_of_range_date_under_a_key_with_a_line_break_is_one_line(
    learner: Learner, isolated_home: Path
) -> None:
    """A hand edit's unknown key holding a line break, with a date before 1970: the
    message names the key escaped, on one line (the fuzzer below found it on two)."""
    path = started(learner, done=1)
    text = path.read_text(encoding="utf-8")
    text = text.replace('kind = "done"', 'kind = "done"\n"odd\\nkey" = 1969-01-01', 1)
    path.write_text(text, encoding="utf-8")
    message = error_line(learner.run("report"))
    assert "events[1].'odd\\nkey': should be from 1970-01-01 to 9899-12-31" in message


def test_a_v1_file_with_both_hours_keys_is_reported(learner: Learner, isolated_home: Path) -> None:
    """A v1 file that already has the v2 key cannot be migrated silently: a message, no write."""
    path = progress_path(isolated_home)
    isolated_home.mkdir()
    text = V1_FIXTURE.read_text(encoding="utf-8").replace(
        "weekly_hours = 6.5", "weekly_hours = 6.5\nhours_per_week = 9.0"
    )
    path.write_text(text, encoding="utf-8")
    result = learner.run("done", IDS[4])
    assert result.exit_code == 1
    assert "both weekly_hours and hours_per_week" in error_line(result)
    assert path.read_text(encoding="utf-8") == text


def test_event_hours_round_trip_and_are_checked(learner: Learner, isolated_home: Path) -> None:
    """The hours spent on a done action are saved and read back; negative hours are
    refused."""
    path = started(learner, done=0)
    learner.ok("done", IDS[0], "--hours", "2.75")
    store = ProgressStore(path)
    loaded = store.load()
    assert loaded is not None
    (spent,) = [event for event in loaded.events if event.kind == "done"]
    assert (spent.action, spent.hours) == (IDS[0], 2.75)
    assert fold(loaded, ROADMAP, day=date.max).spent == {IDS[0]: 2.75}
    text = path.read_text(encoding="utf-8").replace("hours = 2.75", "hours = -1.0")
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ProgressError, match=r"events\[1\]\.hours: should be from 0 to "):
        store.load()


# --- bad input --------------------------------------------------------------------------

USAGE_ERRORS = [
    ["--today", "2026-02-30", "today"],
    ["start", "--on", "2026-02-30", "--yes"],
    ["start", "--on", "1969-12-31", "--yes"],
    ["start", "--on", "10000-01-01", "--yes"],
    ["start", "--hours", "-3", "--yes"],
    ["start", "--hours", "1000", "--yes"],
    ["start", "--hours", "nan", "--yes"],
    ["done"],
]


@pytest.mark.parametrize("command", USAGE_ERRORS, ids=" ".join)
def test_bad_arguments_are_usage_errors_and_write_nothing(
    learner: Learner, isolated_home: Path, command: list[str]
) -> None:
    """Impossible or out-of-range dates and hours: exit 2, one error line naming the value
    typed, nothing written."""
    started(learner)
    before = files_under(isolated_home)
    result = learner.run(*command)
    assert result.exit_code == 2
    line = error_line(result)
    assert line.startswith("fashioncoach: ") and line.endswith(")"), line
    if len(command) > 1:
        assert f": {command[2] if command[0] == 'start' else command[1]} (" in line, line
    assert files_under(isolated_home) == before


@pytest.mark.parametrize("action_id", ["", "   ", "no-such-action", IDS[0].upper()])
def test_unknown_or_empty_action_ids_write_nothing(
    learner: Learner, isolated_home: Path, action_id: str
) -> None:
    """`done` with an id the roadmap lacks: a one-line error, non-zero exit, nothing written."""
    started(learner)
    before = files_under(isolated_home)
    result = learner.run("done", IDS[5], action_id)
    assert result.exit_code == 2
    assert "fashioncoach:" in error_line(result)
    assert files_under(isolated_home) == before


def test_a_roadmap_path_that_is_a_folder_or_missing(
    learner: Learner, isolated_home: Path, tmp_path: Path
) -> None:
    """`--roadmap` naming a folder or nothing: one line, exit 1, nothing written."""
    for roadmap, words in [(tmp_path, "is a folder"), (tmp_path / "nope.toml", "no such file")]:
        for command in (["today"], ["done", IDS[0]], ["doctor"]):
            result = learner.run("--roadmap", str(roadmap), *command)
            assert result.exit_code == 1
            if command != ["doctor"]:
                assert words in error_line(result)
            else:
                assert words in result.stdout and "roadmap validate" in result.stdout
    assert files_under(isolated_home) == {}


def test_a_data_folder_below_a_file_fails_cleanly(
    learner: Learner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """FASHIONCOACH_HOME below a plain file: every command says so in one line, exit 1."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("I am a file\n")
    monkeypatch.setenv(paths.HOME_ENV, str(blocker / "home"))
    for command in (["today"], ["start", "--yes"], ["report"], ["done", IDS[0]]):
        result = learner.run(*command)
        assert result.exit_code == 1, result.output
        assert "Not a directory" in error_line(result)
    doctor = learner.run("doctor")
    assert doctor.exit_code == 1
    assert f"{blocker} is a file, not a folder" in doctor.stdout
    assert blocker.read_text() == "I am a file\n"


def test_a_blocked_backups_folder_lets_reads_work_and_fails_writes(
    learner: Learner, isolated_home: Path
) -> None:
    """Where saving is impossible (backups/ is a file) reads work and writes fail cleanly.

    The test of a read-only folder below cannot run as root; this one can.
    """
    path = started(learner)
    shutil.rmtree(isolated_home / "backups")
    (isolated_home / "backups").write_text("not a folder\n")
    before = files_under(isolated_home)
    for command in READ_COMMANDS:
        if command != ["doctor"]:
            learner.ok(*command)
    result = learner.run("done", IDS[5])
    assert result.exit_code == 1
    message = error_line(result)
    assert str(path) in message and "could not save" in message
    assert files_under(isolated_home) == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores folder modes")
def test_a_read_only_data_folder(learner: Learner, isolated_home: Path) -> None:
    """A read-only data folder: read commands work, write commands fail in one line."""
    path = started(learner)
    before = files_under(isolated_home)
    folders = [isolated_home, isolated_home / "backups"]
    for folder in folders:
        folder.chmod(0o555)
    try:
        for command in READ_COMMANDS:
            learner.ok(*command)
        for command in WRITE_COMMANDS:
            result = learner.run(*command)
            assert result.exit_code == 1, result.output
            assert "Permission denied" in error_line(result)
    finally:
        for folder in folders:
            folder.chmod(0o755)
    assert files_under(isolated_home) == before
    assert path.exists()


def test_a_progress_path_that_is_a_folder(learner: Learner, isolated_home: Path) -> None:
    """A folder where the progress file should be: one line naming it, exit 1."""
    progress_path(isolated_home).mkdir(parents=True)
    for command in (["today"], ["report"], ["done", IDS[0]]):
        result = learner.run(*command)
        assert result.exit_code == 1
        assert "cannot be read" in error_line(result)


def test_no_home_folder_and_no_account(
    learner: Learner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No HOME and no account entry to fall back on: one line, exit 1, nothing written."""
    import pwd

    def no_account(uid: int) -> Any:
        raise KeyError(uid)

    workdir = tmp_path / "cwd"
    workdir.mkdir()
    monkeypatch.chdir(workdir)
    for name in (paths.HOME_ENV, "HOME", "XDG_DATA_HOME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(pwd, "getpwuid", no_account)
    for command in (["today"], ["done", IDS[0]], ["report"]):
        result = learner.run(*command)
        assert result.exit_code == 1, result.output
        assert "HOME" in error_line(result)
        assert "unexpected error" not in result.stderr
    assert files_under(workdir) == {}


def test_an_empty_home_is_no_home(
    learner: Learner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """HOME set but empty, nothing else set: one line naming FASHIONCOACH_HOME, exit 1."""
    workdir = tmp_path / "cwd"
    workdir.mkdir()
    monkeypatch.chdir(workdir)
    monkeypatch.delenv(paths.HOME_ENV)
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setenv("HOME", "")
    for command in (["report"], ["timeline"]):  # read commands: a failure here writes nothing
        result = learner.run(*command)
        assert result.exit_code == 1, result.output
        message = error_line(result)
        assert "HOME is not set" in message and paths.HOME_ENV in message
    assert files_under(workdir) == {}


@pytest.mark.slow
def test_an_unexpected_error_is_one_line_and_debug_shows_the_traceback(
    learner: Learner,
    isolated_home: Path,
) -> None:
    """A fault we do not expect (injected in os.fsync): one line and where to report it;
    with --debug the traceback."""
    path = started(learner)
    before = files_under(isolated_home)
    script = """
import os, sys
def broken(fd):
    raise RuntimeError("the disk controller is on fire")
os.fsync = broken
sys.argv = ["fashioncoach", *sys.argv[1:]]
from fashioncoach.__main__ import main
main()
"""
    plain = subprocess.run(
        python(script, "done", IDS[5]), capture_output=True, text=True, timeout=30
    )
    assert plain.returncode == 1
    assert plain.stderr.count("\n") == 1
    assert "unexpected error: RuntimeError: the disk controller is on fire" in plain.stderr
    assert "issue tracker" in plain.stderr and "--debug" in plain.stderr
    assert "Traceback" not in plain.stderr

    debug = subprocess.run(
        python(script, "--debug", "done", IDS[5]), capture_output=True, text=True, timeout=30
    )
    assert debug.returncode == 1
    assert "Traceback (most recent call last)" in debug.stderr
    assert "RuntimeError: the disk controller is on fire" in debug.stderr
    assert files_under(isolated_home) == before
    assert path.exists()


# --- doctor -----------------------------------------------------------------------------


def test_doctor_on_a_healthy_setup(learner: Learner, isolated_home: Path) -> None:
    """Every check passes: exit 0, each part named, nothing written."""
    started(learner)
    before = files_under(isolated_home)
    result = learner.ok("doctor")
    for topic in ("roadmap:", "data folder:", "progress:", "lock:", "backups:"):
        assert topic in result.stdout
    assert "No problems found." in result.stdout
    assert files_under(isolated_home) == before


def test_doctor_names_the_problem_and_the_fix(learner: Learner, isolated_home: Path) -> None:
    """A corrupt file: doctor exits 1 and prints the problem and the restore command."""
    path, _, _ = damage(learner, "invalid-toml")
    before = files_under(isolated_home)
    result = learner.run("doctor")
    assert result.exit_code == 1
    newest = ProgressStore(path).backup_files()[0]
    assert "problem  progress:" in result.stdout
    assert f"fix: fashioncoach restore {newest.name}" in result.stdout
    assert files_under(isolated_home) == before


def test_doctor_before_any_plan_writes_nothing(learner: Learner, isolated_home: Path) -> None:
    """On a fresh machine doctor reports 'not started' and creates no folder."""
    result = learner.ok("doctor")
    assert "no plan started yet" in result.stdout
    assert not isolated_home.exists()


# --- the loader under fuzzing -----------------------------------------------------------

FUZZ_PATH = Path("fuzz.toml")


def load_or_our_error(raw: bytes) -> None:
    """The loader's only outcomes: a Progress, or a one-line ProgressError naming the file."""
    try:
        result = parse_bytes(raw, FUZZ_PATH)
    except ProgressError as error:
        assert str(error).startswith(str(FUZZ_PATH))
        assert "\n" not in str(error)
    else:
        assert isinstance(result, Progress)


fuzz_settings = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


@fuzz_settings
@given(st.binary(max_size=400))
def test_fuzz_random_bytes(raw: bytes) -> None:
    """Random bytes never raise anything but ProgressError."""
    load_or_our_error(raw)


toml_scalars = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=12),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(),
    st.booleans(),
    st.dates(),
    st.datetimes(),
    st.times(),
)
toml_values = st.recursive(
    toml_scalars,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(
            st.text(max_size=8).filter(lambda key: "\x00" not in key), inner, max_size=3
        )
    ),
    max_leaves=12,
)
known_keys = st.sampled_from(
    [
        "schema_version",
        "roadmap_id",
        "start_date",
        "hours_per_week",
        "weekly_hours",
        "phases",
        "events",
        "roadmap_path",
        "pauses",
        "schedule",
        "reviews",
        "evidence",
    ]
)


@pytest.mark.slow
@fuzz_settings
@given(st.dictionaries(known_keys | st.text(max_size=6), toml_values, max_size=8))
def test_fuzz_random_toml(data: dict[str, Any]) -> None:
    """Random TOML documents with our keys and anything in them: ProgressError or a Progress."""
    load_or_our_error(tomli_w.dumps(data).encode("utf-8"))


def _valid_data() -> dict[str, Any]:
    """A schema 5 log with an event of every kind the commands write."""
    from fashioncoach.core import changes
    from fashioncoach.core.log import fold

    moment = datetime(2026, 11, 3, 9, 0, tzinfo=UTC)
    day = moment.date()
    progress = changes.new_progress(
        roadmap=ROADMAP, start=date(2026, 11, 2), hours_per_week=8, at=moment, day=day
    )
    history = fold(progress, ROADMAP, day=day)
    progress = changes.mark(
        roadmap=ROADMAP,
        progress=progress,
        history=history,
        action_ids=IDS[:3],
        kind="done",
        at=moment,
        day=day,
    ).progress
    progress = changes.add_note(
        roadmap=ROADMAP, progress=progress, action_id=IDS[0], text="n", at=moment, day=day
    )
    progress = changes.add_pause(
        progress,
        history=history,
        start=date(2026, 11, 10),
        until=date(2026, 11, 17),
        reason="flu",
        at=moment,
        day=day,
    )
    progress = changes.set_budget(progress, hours=9, replan=True, at=moment, day=day)
    progress = changes.add_review(
        progress,
        went_well="a",
        blocked="b",
        confidence={"trend-analysis": 3},
        replaces="",
        at=moment,
        day=day,
    )
    progress = changes.add_evidence(
        roadmap=ROADMAP,
        progress=progress,
        history=history,
        action_id=IDS[0],
        ref="x.png",
        at=moment,
        day=day,
    )
    return to_toml_data(progress)


def _valid_v4() -> dict[str, Any]:
    """The same kind of file as release 0.3 wrote it (schema 4), for the migrations."""
    data = v4_progress(ROADMAP.id, date(2026, 11, 2), hours=8)
    data["events"] = [
        {"seq": n + 1, "at": datetime(2026, 11, 3, 9, n), "kind": "done", "action": IDS[n]}
        for n in range(3)
    ]
    data["pauses"] = [{"start": date(2026, 11, 10), "until": date(2026, 11, 17), "reason": "flu"}]
    data["schedule"] = {"replanned_on": date(2026, 11, 20), "moved": {IDS[0]: 3}}
    data["reviews"] = [{"week": 1, "on": date(2026, 11, 8), "confidence": {"trend-analysis": 3}}]
    data["evidence"] = [{"at": datetime(2026, 11, 4, 9, 0), "action": IDS[0], "ref": "x.png"}]
    return data


def _paths_in(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths_in(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths_in(item, (*prefix, index))
    return found


VALID = _valid_data()
VALID_PATHS = _paths_in(VALID)
VALID_V4 = _valid_v4()
VALID_V4_PATHS = _paths_in(VALID_V4)


def _valid_v1() -> dict[str, Any]:
    """The same file as release 0.1 wrote it (schema 1): no seq, no pauses, schedule,
    reviews or evidence, and the budget under its first name."""
    data = copy.deepcopy(VALID_V4)
    data["schema_version"] = 1
    data["weekly_hours"] = data.pop("hours_per_week")
    for key in ("pauses", "schedule", "reviews", "evidence"):
        del data[key]
    for event in data["events"]:
        del event["seq"]
    return data


VALID_V1 = _valid_v1()
VALID_V1_PATHS = _paths_in(VALID_V1)


@pytest.mark.slow
@fuzz_settings
@given(st.data(), st.one_of(st.none(), toml_values), st.sampled_from([1, 4, SCHEMA_VERSION]))
def test_fuzz_one_edit_to_a_valid_file(draw: st.DataObject, value: Any, version: int) -> None:
    """A valid file with one value replaced (or removed), as schema 1, 4 or 5: ours, or a
    Progress."""
    if version == SCHEMA_VERSION:
        data = copy.deepcopy(VALID)
        where = draw.draw(st.sampled_from(VALID_PATHS))
    elif version == 4:
        data = copy.deepcopy(VALID_V4)
        where = draw.draw(st.sampled_from(VALID_V4_PATHS))
    else:
        data = copy.deepcopy(VALID_V1)
        where = draw.draw(st.sampled_from(VALID_V1_PATHS))
    parent: Any = data
    for step in where[:-1]:
        parent = parent[step]
    last = where[-1]
    if isinstance(parent, dict) and (last in parent):
        if value is None:
            del parent[last]
        else:
            parent[last] = value
    elif isinstance(parent, list) and value is not None:
        parent[last] = value
    load_or_our_error(tomli_w.dumps(data).encode("utf-8"))


def test_fuzz_fixture_sanity() -> None:
    """The fuzzers' valid base files really are valid, so one edit is what they test."""
    loaded = parse_bytes(tomli_w.dumps(VALID).encode(), FUZZ_PATH)
    assert [event.kind for event in loaded.events] == [
        "start",
        "done",
        "done",
        "done",
        "note",
        "pause",
        "budget",
        "replan",
        "review",
        "evidence",
    ]
    migrated = parse_bytes(tomli_w.dumps(VALID_V4).encode(), FUZZ_PATH)
    assert migrated.upgraded_from == 4
    assert sorted(event.kind for event in migrated.events) == sorted(
        ["start", "done", "done", "done", "pause", "replan", "review", "evidence"]
    )
    oldest = parse_bytes(tomli_w.dumps(VALID_V1).encode(), FUZZ_PATH)
    assert oldest.upgraded_from == 1
    assert sorted(event.kind for event in oldest.events) == ["done", "done", "done", "start"]
