"""Permissions that do not depend on the umask, saves that follow no link they did not
expect, `-o` that never overwrites the program's own files, and roadmaps.conf under a
lock.

Each test is a failure an adversarial run found. They check modes and owners on disk,
which hold whoever runs them; "another user" is uid 65534 (nobody), which a test can
only make files for as root, so those tests need root and say so.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from fashioncoach import paths
from tests.helpers import CUSTOM, FIXTURE_GUIDE, Learner, files_under

START = "2026-11-02"
DAY = "2026-11-04"
ROADMAP_ID = "backend-to-ai-fashion-designer"
FIRST, SECOND = "enroll-skillshare-fashion-basics", "set-up-clo-3d-trial"
NOBODY = 65534
AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
needs_root = pytest.mark.skipif(not AS_ROOT, reason="making another user's files needs root")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


@contextmanager
def umask(value: int) -> Iterator[None]:
    old = os.umask(value)
    try:
        yield
    finally:
        os.umask(old)


def started(learner: Learner) -> Path:
    learner.ok("start", "--on", START, "--yes", today=DAY)
    return learner.file


def refused(learner: Learner, *args: str) -> str:
    """The command fails with one line and no traceback: that line."""
    result = learner.run(*args, today=DAY)
    assert result.exit_code == 1, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "unexpected" not in lines[0], result.stderr
    return lines[0]


def foreign(path: Path) -> Path:
    os.chown(path, NOBODY, NOBODY, follow_symlinks=False)
    return path


# --- folders ----------------------------------------------------------------------------


def test_every_folder_created_is_0700_parents_included_whatever_the_umask(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Under umask 000 the data, backups, cache and config folders and every parent the
    program creates are 0700, and every file it writes is 0600."""
    home, cache, config = tmp_path / "a/b/home", tmp_path / "c/d/cache", tmp_path / "e/f/conf"
    monkeypatch.setenv(paths.HOME_ENV, str(home))
    monkeypatch.setenv(paths.CACHE_ENV, str(cache))
    monkeypatch.setenv(paths.CONFIG_ENV, str(config))
    learner = Learner(home)
    with umask(0):
        started(learner)
        learner.ok("note", FIRST, "private", today=DAY)
        learner.ok("today", today=DAY)
        learner.ok("roadmap", "use", str(CUSTOM))
    made = [tmp_path / "a", tmp_path / "a/b", home, home / "backups"]
    made += [tmp_path / "c", tmp_path / "c/d", cache, tmp_path / "e", tmp_path / "e/f", config]
    assert {str(folder): mode(folder) for folder in made} == {str(f): 0o700 for f in made}
    written = [
        item for folder in (home, home / "backups", cache, config) for item in folder.iterdir()
    ]
    files = [item for item in written if item.is_file()]
    assert files and {str(item): mode(item) for item in files} == {str(i): 0o600 for i in files}


def test_a_chosen_home_keeps_its_mode_and_setgid(learner: Learner, isolated_home: Path) -> None:
    """A group-shared FASHIONCOACH_HOME (2775) stays 2775 through saves."""
    isolated_home.mkdir()
    isolated_home.chmod(0o2775)
    started(learner)
    learner.ok("done", FIRST, today=DAY)
    assert mode(isolated_home) == 0o2775
    assert mode(learner.file) == 0o600 and mode(isolated_home / "backups") == 0o700


def test_a_chosen_home_others_can_write_to_is_refused(
    learner: Learner, isolated_home: Path
) -> None:
    """A FASHIONCOACH_HOME anyone can write to (0777, 1777) is refused with the reason,
    and nothing is written into it."""
    isolated_home.mkdir()
    for wide in (0o777, 0o1777):
        isolated_home.chmod(wide)
        line = refused(learner, "start", "--on", START, "--yes")
        assert "others can write to" in line and str(isolated_home) in line
        assert list(isolated_home.iterdir()) == [] and mode(isolated_home) == wide


# --- links a save did not expect -----------------------------------------------------------


@needs_root
def test_a_data_folder_swapped_for_a_link_to_a_bait_is_not_saved_into(
    learner: Learner, isolated_home: Path, tmp_path: Path
) -> None:
    """Another user swaps the data folder for a link to their own folder holding a 0666
    copy of the progress: the next note is refused; the bait keeps its bytes and mode."""
    progress = started(learner)
    bait_folder = tmp_path / "bait"
    bait_folder.mkdir(mode=0o777)
    bait = bait_folder / progress.name
    bait.write_bytes(progress.read_bytes())
    bait.chmod(0o666)
    foreign(bait)
    foreign(bait_folder)
    before = bait.read_bytes()
    isolated_home.rename(tmp_path / "moved-away")
    isolated_home.symlink_to(bait_folder)
    line = refused(learner, "note", FIRST, "my secret")
    assert "another user" in line or "others can write" in line
    assert bait.read_bytes() == before and mode(bait) == 0o666
    assert sorted(item.name for item in bait_folder.iterdir()) == [progress.name]


@needs_root
@pytest.mark.parametrize("case", ["target of another user", "folder others write", "foreign link"])
def test_a_progress_link_to_what_is_not_the_learners_is_refused(
    learner: Learner, isolated_home: Path, tmp_path: Path, case: str
) -> None:
    """A link at the progress file is followed only to the learner's own file in a folder
    only they can write; to anything else a save refuses, and writes nothing."""
    progress = started(learner)
    folder = tmp_path / "elsewhere"
    folder.mkdir(mode=0o777 if case == "folder others write" else 0o700)
    folder.chmod(0o777 if case == "folder others write" else 0o700)
    target = folder / "progress.toml"
    target.write_bytes(progress.read_bytes())
    target.chmod(0o666)
    if case == "target of another user":
        foreign(target)
    before = target.read_bytes()
    progress.unlink()
    progress.symlink_to(target)
    if case == "foreign link":
        foreign(progress)
    line = refused(learner, "note", FIRST, "my secret")
    assert f"{progress} is a link to {target}" in line and "nothing was saved" in line
    assert target.read_bytes() == before and mode(target) == 0o666
    assert sorted(item.name for item in folder.iterdir()) == ["progress.toml"]


def test_a_link_the_learner_made_to_a_wider_file_of_theirs_is_saved_0600(
    learner: Learner, isolated_home: Path, tmp_path: Path
) -> None:
    """The documented synced-folder link still works, and the file is 0600 after a save."""
    progress = started(learner)
    synced = tmp_path / "synced"
    synced.mkdir(mode=0o755)
    target = synced / "progress.toml"
    target.write_bytes(progress.read_bytes())
    target.chmod(0o644)
    progress.unlink()
    progress.symlink_to(target)
    learner.ok("done", FIRST, today=DAY)
    assert progress.is_symlink() and mode(target) == 0o600
    assert f'action = "{FIRST}"' in target.read_text(encoding="utf-8")


@pytest.mark.parametrize("at", ["progress", "lock"])
def test_a_dangling_link_at_the_progress_file_or_the_lock_creates_nothing(
    learner: Learner, isolated_home: Path, tmp_path: Path, at: str
) -> None:
    """A link to nothing at the progress file or at its lock: the command refuses in one
    line, and no file appears where the link points."""
    progress = started(learner)
    pointed = tmp_path / "planted" / f"{at}-target"
    pointed.parent.mkdir()
    place = progress if at == "progress" else paths.lock_file(progress)
    place.unlink()
    place.symlink_to(pointed)
    commands = [["done", FIRST], ["note", FIRST, "x"]] + ([["today"]] if at == "progress" else [])
    for command in commands:
        line = refused(learner, *command)
        if at == "lock" or command == ["today"]:  # done and note find no plan to change
            assert str(place) in line and ("symbolic link" in line or "does not exist" in line)
        assert not pointed.exists() and list(pointed.parent.iterdir()) == []


def test_a_linked_backups_folder_is_neither_pruned_nor_narrowed(
    learner: Learner, isolated_home: Path, tmp_path: Path
) -> None:
    """backups/ swapped for a link to another folder: the save refuses; the files there
    that look like old backups and the folder's mode are left as they were."""
    started(learner)
    learner.ok("done", SECOND, today=DAY)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    elsewhere.chmod(0o755)
    lookalikes = [elsewhere / f"{ROADMAP_ID}-2020010{day}T000000000000Z.toml" for day in range(10)]
    lookalikes += [elsewhere / f"{ROADMAP_ID}-2020011{day}T000000000000Z.toml" for day in range(5)]
    for item in lookalikes:
        item.write_text("someone else's")
    backups = isolated_home / "backups"
    for item in backups.iterdir():
        item.unlink()
    backups.rmdir()
    backups.symlink_to(elsewhere)
    before = learner.file.read_bytes()
    line = refused(learner, "done", FIRST)
    assert "symbolic link" in line and str(backups) in line
    assert all(item.exists() for item in lookalikes) and mode(elsewhere) == 0o755
    assert learner.file.read_bytes() == before


@needs_root
def test_pruning_deletes_only_backups_the_program_wrote(
    learner: Learner, isolated_home: Path, tmp_path: Path
) -> None:
    """Files with backup names that are links, or another user's, outlive every prune."""
    started(learner)
    learner.ok("done", SECOND, today=DAY)
    backups = isolated_home / "backups"
    old_link = backups / f"{ROADMAP_ID}-20000101T000000000000Z.toml"
    old_link.symlink_to(tmp_path / "nowhere")
    theirs = backups / f"{ROADMAP_ID}-20000102T000000000000Z.toml"
    theirs.write_text("theirs")
    foreign(theirs)
    for index in range(12):
        learner.ok("note", FIRST, f"note {index}", today=DAY)
    assert old_link.is_symlink() and theirs.read_text() == "theirs"
    ours = [item for item in backups.iterdir() if not item.is_symlink() and item != theirs]
    assert len(ours) == 10  # BACKUPS_KEPT


# --- -o and --force --------------------------------------------------------------------------


def test_output_refuses_the_config_and_every_remembered_roadmap(
    isolated_home: Path, tmp_path: Path
) -> None:
    """-o never overwrites roadmaps.conf, a roadmap `roadmap use` remembers or the one in
    use, the bundled one included; roadmap import --force does not replace them either."""
    mine, other = tmp_path / "mine.toml", tmp_path / "other.toml"
    mine.write_bytes(CUSTOM.read_bytes())
    other.write_bytes(
        CUSTOM.read_bytes().replace(b'id = "teacher-to-ux-designer"', b'id = "other-ux"', 1)
    )
    learner = Learner(isolated_home)
    learner.ok("roadmap", "use", str(other))
    learner.ok("roadmap", "use", str(mine))
    learner.ok("start", "--on", START, "--yes", today=DAY)
    conf = isolated_home / paths.ROADMAPS_FILE
    watched = [conf, mine, other, paths.bundled_roadmap()]
    before = {item: item.read_bytes() for item in watched}
    for target in watched:
        for command in (["report", "--format", "html"], ["export", "ics"], ["export", "json"]):
            result = learner.run(*command, "-o", str(target), today=DAY)
            assert result.exit_code == 2 and "fashioncoach's own data" in result.stderr
        result = learner.run("roadmap", "import", str(FIXTURE_GUIDE), "-o", str(target), "--force")
        assert result.exit_code == 2 and "fashioncoach's own data" in result.stderr
    assert {item: item.read_bytes() for item in watched} == before
    assert learner.ok("today", today=DAY).stdout.startswith("Foundations")


def test_a_temporary_file_a_killed_output_left_goes_at_the_next_write(
    learner: Learner, isolated_home: Path, tmp_path: Path
) -> None:
    """A killed `report -o` leaves `.report.html.PID-RANDOM.tmp`; the next write of the same
    file deletes it (its writer is gone); one of a running writer and others' stay."""
    started(learner)
    dead = tmp_path / ".report.html.999999999-deadbeef.tmp"
    alive = tmp_path / f".report.html.{os.getppid()}-cafebabe.tmp"
    lookalike = tmp_path / ".report.html.notes.tmp"
    for item in (dead, alive, lookalike):
        item.write_text("half")
    learner.ok("report", "--format", "html", "-o", str(tmp_path / "report.html"), today=DAY)
    assert not dead.exists() and alive.exists() and lookalike.exists()


# --- doctor ------------------------------------------------------------------------------------


def test_doctor_changes_nothing_unless_asked(learner: Learner, isolated_home: Path) -> None:
    """doctor leaves every file of the data and cache folders as it was, temporaries of
    stopped writes included; doctor --fix deletes those and says so."""
    progress = started(learner)
    cache = Path(os.environ[paths.CACHE_ENV])
    learner.ok("today", today=DAY)
    stale_cache = cache / ".replay-00000000.marshal.999999999-deadbeef.tmp"
    stale_save = isolated_home / f".{progress.name}.999999999-deadbeef.tmp"
    for item in (stale_cache, stale_save):
        item.write_bytes(b"half")
    for entry in cache.glob("*.marshal"):
        entry.unlink()  # the next command would cache the files again: doctor must not
    before = (files_under(isolated_home), files_under(cache))
    result = learner.ok("doctor", today=DAY)
    assert (files_under(isolated_home), files_under(cache)) == before
    assert stale_save.name in result.stdout and "doctor --fix" in result.stdout
    fixed = learner.ok("doctor", "--fix", today=DAY).stdout
    assert not stale_cache.exists() and not stale_save.exists()
    assert [line for line in fixed.splitlines() if line.startswith("fixed")]
    assert progress.read_bytes() == before[0][progress.name]


# --- roadmaps.conf -------------------------------------------------------------------------------


def _roadmap_copies(tmp_path: Path, count: int) -> list[Path]:
    made = []
    for index in range(count):
        copy = tmp_path / f"guide-{index}.toml"
        copy.write_bytes(
            CUSTOM.read_bytes().replace(
                b'id = "teacher-to-ux-designer"', f'id = "teacher-to-ux-{index}"'.encode(), 1
            )
        )
        made.append(copy)
    return made


def _at_once(commands: list[list[str]]) -> list[subprocess.CompletedProcess[bytes]]:
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "fashioncoach", *command],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for command in commands
    ]
    done = []
    for process, command in zip(processes, commands, strict=True):
        out, err = process.communicate(timeout=300)
        done.append(subprocess.CompletedProcess(command, process.returncode, out, err))
    return done


@pytest.mark.slow
@pytest.mark.parametrize("count", [16, pytest.param(32, marks=pytest.mark.slow)])
def test_concurrent_roadmap_use_keeps_every_acknowledged_entry(
    isolated_home: Path, tmp_path: Path, count: int
) -> None:
    """16 (and 32) `roadmap use` at once, with `roadmap import`s among them: every one
    acknowledged is remembered, and every import's file is whole."""
    copies = _roadmap_copies(tmp_path, count)
    imports = [tmp_path / f"imported-{index}.toml" for index in range(2)]
    commands = [["roadmap", "use", str(copy)] for copy in copies]
    commands += [["roadmap", "import", str(FIXTURE_GUIDE), "-o", str(item)] for item in imports]
    results = _at_once(commands)
    assert all(result.returncode == 0 for result in results), [r.stderr for r in results]
    _, known = paths.remembered_roadmaps()
    assert sorted(map(str, known)) == sorted(map(str, copies))
    assert all(Learner(isolated_home, item).roadmap for item in imports)


def test_roadmap_use_refuses_a_second_file_with_the_same_id(
    isolated_home: Path, tmp_path: Path
) -> None:
    """A copy of a followed roadmap (same overview.id) is refused, naming the one already
    followed; so is a file with the bundled roadmap's id once its plan has started.
    roadmaps.conf is unchanged and `today` still works."""
    first, second = tmp_path / "first.toml", tmp_path / "second.toml"
    first.write_bytes(CUSTOM.read_bytes())
    second.write_bytes(CUSTOM.read_bytes())
    learner = Learner(isolated_home)
    learner.ok("roadmap", "use", str(first))
    conf = isolated_home / paths.ROADMAPS_FILE
    before = conf.read_bytes()
    line = refused(learner, "roadmap", "use", str(second))
    assert str(first) in line and "teacher-to-ux" in line and conf.read_bytes() == before
    learner.ok("today", today=DAY)  # the plan starts on first.toml
    line = refused(learner, "roadmap", "use", str(second))
    assert str(first) in line
    learner.ok("roadmap", "use", "--bundled")
    learner.ok("start", "--on", START, "--yes", today=DAY)
    copy = tmp_path / "bundled-copy.toml"
    copy.write_bytes(paths.bundled_roadmap().read_bytes())
    assert "the bundled roadmap" in refused(learner, "roadmap", "use", str(copy))
    assert learner.ok("today", today=DAY).stdout.startswith("Foundations of Fashion")
    learner.ok("roadmap", "use", str(first))  # the same file again is fine
