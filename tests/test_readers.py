"""Every reader guarded, replays that cannot go stale, caches keyed on the zone and bounded.

Each test is a failure an adversarial run found: a FIFO, a device, a folder or an
unreadable file where the program expects one of its files. Through the real entry
point (``run_real``: replays and the fast path only happen there) or the in-process
``Learner``, each must end at once with one line naming the path, never hang, never
print a traceback, and never replay an answer that no longer holds.
"""

from __future__ import annotations

import json
import os
import time
from datetime import date, datetime
from pathlib import Path

import pytest
import tomli_w

from fashioncoach import paths
from fashioncoach.store import cache
from tests.helpers import CUSTOM, Learner, run_real, v4_progress

START = "2026-11-02"
DAY = "2026-11-04"
ROADMAP_ID = "backend-to-ai-fashion-designer"
FIRST = "enroll-skillshare-fashion-basics"
AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def start(home: Path) -> Path:
    """A plan started (in-process: quicker than the real entry point, and the same files)."""
    Learner(home).ok("start", "--on", START, "--yes", today=DAY)
    return home / f"{ROADMAP_ID}.toml"


def cache_folder() -> Path:
    return Path(os.environ[paths.CACHE_ENV])


def replays() -> list[Path]:
    return sorted(cache_folder().glob("replay-*.marshal"))


def quick(*args: str, **env: str) -> tuple[int, str, str]:
    """A command that must end within seconds, whatever it finds: code, stdout, stderr."""
    began = time.monotonic()
    result = run_real(*args, env=env, timeout=30)
    assert time.monotonic() - began < 20, args
    return result.returncode, result.stdout.decode(), result.stderr.decode()


def one_error_line(code: int, out: str, err: str, path: Path) -> str:
    assert code == 1, (out, err)
    assert "Traceback" not in out + err and "unexpected" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert str(path) in lines[0]
    return lines[0]


# --- the progress file and the replays -----------------------------------------------------


def test_a_fifo_at_the_progress_file_after_a_replay_was_recorded_is_refused_at_once(
    isolated_home: Path,
) -> None:
    """A replay re-reads its inputs through the bounded reader: the FIFO is a miss, and
    the command then says the file is not a regular file."""
    progress = start(isolated_home)
    for _ in range(2):
        assert quick("today", "--today", DAY)[0] == 0
    assert replays()
    progress.unlink()
    os.mkfifo(progress)
    code, out, err = quick("today", "--today", DAY)
    assert "not a regular file" in one_error_line(code, out, err, progress)


def test_a_fifo_at_a_replay_entry_is_a_miss(isolated_home: Path) -> None:
    """The shell prompt's `status` reads its replay without blocking: a FIFO planted at
    the entry is a miss, and the line is printed as before."""
    start(isolated_home)
    code, before, _ = quick("status", "--today", DAY)
    assert code == 0 and before
    for entry in replays():
        entry.unlink()
        os.mkfifo(entry)
    code, after, err = quick("status", "--today", DAY)
    assert code == 0 and after == before and err == ""


# --- roadmaps.conf ---------------------------------------------------------------------------


def conf(home: Path) -> Path:
    return home / paths.ROADMAPS_FILE  # FASHIONCOACH_HOME holds the config too


def plant(place: Path, kind: str) -> None:
    """A FIFO, a link to /dev/zero or a folder where a file belongs."""
    if kind == "fifo":
        os.mkfifo(place)
    elif kind == "folder":
        place.mkdir()
    else:
        place.symlink_to("/dev/zero")


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "folder"])
def test_roadmaps_conf_that_is_no_file_is_one_line(isolated_home: Path, kind: str) -> None:
    """roadmaps.conf as a FIFO, a link to /dev/zero or a folder: every command that reads
    it ends at once with one line naming it; nothing printed before, no traceback. The
    prompt's `status` prints nothing and succeeds, as with any file it cannot read."""
    progress = start(isolated_home)
    before = progress.read_bytes()
    place = conf(isolated_home)
    plant(place, kind)
    for command in (["today"], ["done", FIRST], ["status"], ["roadmap", "list"]):
        code, out, err = quick(*command, "--today", DAY)
        if command == ["status"]:
            assert (code, out, err) == (0, "", "")
        else:
            line = one_error_line(code, out, err, place)
            assert "not a regular file" in line and "roadmaps you follow" in line
    assert progress.read_bytes() == before


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "folder", "not-utf8"])
def test_doctor_reports_a_roadmaps_conf_that_cannot_be_read(isolated_home: Path, kind: str) -> None:
    """doctor names the file as a problem (never 'No problems found') and goes on with
    its other checks."""
    start(isolated_home)
    place = conf(isolated_home)
    if kind == "not-utf8":
        place.write_bytes(b"active = /tmp/caf\xe9.toml\n")
    else:
        plant(place, kind)
    code, out, err = quick("doctor", "--today", DAY)
    assert code == 1 and "Traceback" not in out + err
    problems = [line for line in out.splitlines() if line.startswith("problem")]
    assert problems and str(place) in problems[0]
    assert "No problems found" not in out
    assert any(line.startswith("ok       progress") for line in out.splitlines())


@pytest.mark.skipif(AS_ROOT, reason="root reads a file of mode 0000")
def test_a_roadmaps_conf_left_unreadable_is_one_line(isolated_home: Path) -> None:
    """A roadmaps.conf a sudo run left unreadable: one line, exit 1, and doctor says so."""
    start(isolated_home)
    place = conf(isolated_home)
    place.write_text("active = /nowhere.toml\n")
    place.chmod(0)
    code, out, err = quick("today", "--today", DAY)
    assert "Permission denied" in one_error_line(code, out, err, place)
    code, out, _ = quick("doctor")
    assert code == 1 and "No problems found" not in out


@pytest.mark.slow
def test_a_replay_never_outlives_a_folder_where_a_roadmap_was(
    isolated_home: Path, tmp_path: Path
) -> None:
    """`roadmap list` while a remembered roadmap is a folder, then again once the file is
    back: the second list shows the roadmap, as a run without replays does."""
    guide = tmp_path / "guide.toml"
    guide.write_bytes(CUSTOM.read_bytes())
    assert quick("roadmap", "use", str(guide))[0] == 0
    guide.unlink()
    guide.mkdir()
    code, folder, _ = quick("roadmap", "list")
    assert code == 0 and "is a folder" in folder
    assert quick("roadmap", "list")[1] == folder  # replayed while nothing changed
    guide.rmdir()
    guide.write_bytes(CUSTOM.read_bytes())
    code, listed, _ = quick("roadmap", "list")
    fresh = quick("roadmap", "list", FASHIONCOACH_NO_REPLAY="1")[1]
    assert code == 0 and listed == fresh and "is a folder" not in listed


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "folder"])
def test_every_file_given_on_the_command_line_is_read_guarded(
    isolated_home: Path, tmp_path: Path, kind: str
) -> None:
    """An import, a guide, a roadmap: a FIFO, a device or a folder is one line naming it,
    and `roadmap import` writes nothing."""
    start(isolated_home)
    place = tmp_path / "given"
    plant(place, kind)
    for command in (
        ["import", "{path}"],
        ["roadmap", "import", "{path}", "-o", "{out}"],
        ["roadmap", "validate", "{path}"],
        ["--roadmap", "{path}", "today"],
        ["roadmap", "use", "{path}"],
    ):
        args = [item.format(path=place, out=tmp_path / "out.toml") for item in command]
        code, out, err = quick(*args)
        assert code in (1, 2), (args, out, err)
        assert "Traceback" not in out + err and "unexpected" not in err
        assert len(err.splitlines()) == 1 and str(place) in err, err
    assert not (tmp_path / "out.toml").exists()


# --- keys -------------------------------------------------------------------------------------


def activity(out: str) -> list[int]:
    return [week["done"] for week in json.loads(out)["activity"]]


@pytest.mark.slow
@pytest.mark.parametrize("replay", [True, False], ids=["replays", "copies"])
def test_replays_and_cached_copies_are_keyed_on_the_time_zone(
    isolated_home: Path, tmp_path: Path, replay: bool
) -> None:
    """An older file's done at 23:30 UTC on the first Sunday is week 1 in UTC and week 2 in
    Kiritimati (UTC+14), where it was Monday. ``status`` reads such a file without saving
    it: after a run in UTC, a run in the other zone gives the other zone's answer, from
    neither a replay nor a cached copy of the file."""
    # A file of release 0.3, which read a time with an offset in the local zone.
    progress = start(isolated_home)
    data = v4_progress(ROADMAP_ID, date.fromisoformat(START))
    data["events"] = [
        {
            "seq": 1,
            "at": datetime.fromisoformat("2026-11-08T23:30:00+00:00"),
            "kind": "done",
            "action": FIRST,
        }
    ]
    progress.write_text(tomli_w.dumps(data), encoding="utf-8")
    env = {} if replay else {"FASHIONCOACH_NO_REPLAY": "1"}
    args = ("status", "--format", "{done}", "--today", "2026-11-09")
    assert quick(*args, TZ="UTC", **env)[1] == "0\n"
    assert quick(*args, TZ="UTC", **env)[1] == "0\n"
    other = quick(*args, TZ="Pacific/Kiritimati", **env)[1]
    fresh = quick(
        *args,
        TZ="Pacific/Kiritimati",
        FASHIONCOACH_NO_REPLAY="1",
        FASHIONCOACH_CACHE=str(tmp_path / "fresh-cache"),
    )[1]
    assert other == fresh == "1\n"


# --- bounded caches -------------------------------------------------------------------------


def old_entries(folder: Path, prefix: str, count: int, size: int) -> list[Path]:
    """``count`` old entries of ``size`` bytes, named as the cache names its own."""
    folder.mkdir(parents=True, exist_ok=True)
    planted = []
    for index in range(count):
        entry = folder / f"{prefix}-{index:08x}.marshal"
        entry.write_bytes(b"x" * size)
        os.utime(entry, (1_000_000 + index, 1_000_000 + index))
        planted.append(entry)
    return planted


def test_replays_are_pruned_oldest_first_and_only_ours(isolated_home: Path) -> None:
    """40 old replays: after the next recorded command at most REPLAYS_KEPT are left, the
    newest; a file of someone else's, a link and a foreign name are never touched."""
    start(isolated_home)
    folder = cache_folder()
    old = old_entries(folder, "replay", 40, 100)
    foreign = folder / "notes.txt"
    foreign.write_text("mine")
    outside = folder.parent / "outside.marshal"
    outside.write_text("keep")
    link = folder / "replay-0badf00d.marshal"
    link.symlink_to(outside)
    assert quick("today", "--today", DAY)[0] == 0
    left = replays()
    assert len([entry for entry in left if not entry.is_symlink()]) <= cache.REPLAYS_KEPT
    assert not set(old[: 40 - cache.REPLAYS_KEPT + 1]) & set(left)  # the oldest went first
    assert foreign.exists() and link.is_symlink() and outside.read_text() == "keep"


def test_replays_and_copies_stay_within_their_bytes(learner: Learner, isolated_home: Path) -> None:
    """Big old entries go until the family fits its bytes; the entry just written stays."""
    folder = cache_folder()
    old_entries(folder, "roadmap", 10, 8 * 1024 * 1024)
    learner.ok("start", "--on", START, "--yes", today=DAY)
    learner.ok("today", today=DAY)
    copies = [item for item in folder.glob("*.marshal") if not item.name.startswith("replay-")]
    assert sum(item.stat().st_size for item in copies) <= cache.COPIES_BYTES
    assert len(copies) <= cache.COPIES_KEPT
    assert any(item.stat().st_size < 1024 * 1024 for item in copies)  # the real ones stay
    old_entries(folder, "replay", 6, 4 * 1024 * 1024)
    assert quick("today", "--today", DAY)[0] == 0
    assert sum(item.stat().st_size for item in replays()) <= cache.REPLAYS_BYTES


# --- doctor ------------------------------------------------------------------------------------


def test_doctor_names_odd_files_in_the_config_and_cache_folders(
    learner: Learner, isolated_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A FIFO in the cache and a link to nothing in the config folder are named, as
    warnings; a chosen home others can write to is a problem. Nothing is changed."""
    config = tmp_path / "config"
    monkeypatch.setenv(paths.CONFIG_ENV, str(config))
    learner.ok("start", "--on", START, "--yes", today=DAY)
    learner.ok("roadmap", "use", str(CUSTOM))
    os.mkfifo(cache_folder() / "replay-0000beef.marshal")
    (config / "old.conf").symlink_to(tmp_path / "nowhere")
    out = learner.ok("doctor", today=DAY).stdout
    warnings = [line for line in out.splitlines() if line.startswith("warning")]
    assert any("cache" in line and "replay-0000beef.marshal" in line for line in warnings), out
    assert any("config" in line and "old.conf (a link to nothing" in line for line in warnings)
    assert (cache_folder() / "replay-0000beef.marshal").exists()
    isolated_home.chmod(0o777)
    result = learner.run("doctor", today=DAY)
    problems = [line for line in result.stdout.splitlines() if line.startswith("problem")]
    assert result.exit_code == 1 and any("others can write to" in line for line in problems)
    assert stat_mode(isolated_home) == 0o777


def stat_mode(path: Path) -> int:
    return path.stat().st_mode & 0o7777
