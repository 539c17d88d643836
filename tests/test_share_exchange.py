"""Export, import and merge between machines, and the conflicted copies sync tools leave.

Each "machine" is a data folder of its own (FASHIONCOACH_HOME); the real command
line runs on it with the day passed in as ``--today``, and the tests read the
progress files on disk with ``tomllib``.
"""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

from fashioncoach.paths import bundled_roadmap
from fashioncoach.store.roadmap_file import load_roadmap
from tests.helpers import Learner

ROADMAP = load_roadmap(bundled_roadmap())
WEEK1 = [action.id for _, week, action in ROADMAP.actions() if week == 1]
WEEK2 = [action.id for _, week, action in ROADMAP.actions() if week == 2]


def computer(home: Path) -> Learner:
    """One computer: its own data folder, and the CLI run on it."""
    return Learner(home, own_home=True)


def copy_to(source: Learner, home: Path) -> Learner:
    """Another computer with a copy of ``source``'s whole data folder."""
    shutil.copytree(source.home, home)
    return computer(home)


def kinds(learner: Learner) -> list[tuple[str, str]]:
    """The saved log as (kind, action id)."""
    return [(kind, action) for _, kind, action in learner.marks()]


def diverged(tmp_path: Path) -> tuple[Learner, Learner]:
    """A laptop and a desktop that shared a start, then each did work of its own."""
    laptop = computer(tmp_path / "laptop")
    laptop.ok("start", "--on", "2026-12-01", "--yes", today="2026-12-01")
    laptop.ok("done", WEEK1[0], today="2026-12-02")
    laptop.ok("export", "json", "--output", str(tmp_path / "base.json"), today="2026-12-02")
    desktop = computer(tmp_path / "desktop")
    result = desktop.ok("import", str(tmp_path / "base.json"), today="2026-12-02")
    assert "Imported" in result.output
    assert desktop.saved() == laptop.saved()

    laptop.ok("done", WEEK1[1], today="2026-12-04")
    laptop.ok("done", WEEK2[0], today="2026-12-09")
    desktop.ok("skip", WEEK1[2], today="2026-12-05")
    desktop.ok("undo", WEEK1[0], today="2026-12-06")
    desktop.ok("phase", "next", "--yes", today="2026-12-07")
    return laptop, desktop


def test_export_json_is_the_whole_progress_versioned(tmp_path: Path) -> None:
    """``export json`` prints an envelope with format and version around the file's own data."""
    machine = computer(tmp_path / "m")
    machine.ok("start", "--on", "2026-12-01", "--hours", "9", "--yes", today="2026-12-01")
    machine.ok("done", WEEK1[0], today="2026-12-03")
    data = json.loads(machine.ok("export", "json", today="2026-12-03").stdout)
    assert data["format"] == "fashioncoach-export"
    assert data["export_version"] == 1
    assert data["exported_at"].startswith("2026-12-03T")
    progress = data["progress"]
    saved = machine.saved()
    assert progress["schema_version"] == saved["schema_version"]
    assert progress["roadmap_id"] == ROADMAP.id
    start, done = progress["events"]
    assert (start["kind"], start["on"], start["hours"]) == ("start", "2026-12-01", 9.0)
    assert (done["kind"], done["action"], done["day"]) == ("done", WEEK1[0], "2026-12-03")
    # The file's own log, each event as it is saved (dates as ISO text).
    assert [row["id"] for row in progress["events"]] == [row["id"] for row in saved["events"]]
    assert done["at"] == saved["events"][1]["at"].isoformat()

    out = tmp_path / "out" / "progress.json"
    out.parent.mkdir()
    result = machine.ok("export", "json", "--output", str(out), today="2026-12-03")
    assert f"Wrote your progress to {out}" in result.output
    written = json.loads(out.read_text(encoding="utf-8"))
    # The two exports ran a moment apart: all but the wall-clock stamp is the same.
    assert written["exported_at"].startswith("2026-12-03T")
    assert {**written, "exported_at": ""} == {**data, "exported_at": ""}


def test_merging_diverged_copies_both_ways_gives_the_same_progress(tmp_path: Path) -> None:
    """Laptop <- desktop and desktop <- laptop end with the same file: the union of both."""
    laptop, desktop = diverged(tmp_path)
    laptop.ok("export", "json", "--output", str(tmp_path / "laptop.json"), today="2026-12-10")
    desktop.ok("export", "json", "--output", str(tmp_path / "desktop.json"), today="2026-12-10")
    before = len(laptop.backups())

    result = laptop.ok("import", str(tmp_path / "desktop.json"), today="2026-12-10")
    assert "Imported from" in result.output
    assert "3 events (1 skipped, 1 reopened, 1 phase move)" in result.output
    assert len(laptop.backups()) == before + 1  # a backup taken first
    result = desktop.ok("import", str(tmp_path / "laptop.json"), today="2026-12-10")
    assert "2 events (2 done)" in result.output

    assert laptop.saved() == desktop.saved()
    assert sorted(kinds(laptop)) == sorted(
        [
            ("done", WEEK1[0]),
            ("done", WEEK1[1]),
            ("done", WEEK2[0]),
            ("skipped", WEEK1[2]),
            ("undone", WEEK1[0]),
        ]
    )
    assert [phase for _, phase, _ in laptop.moves()] == [ROADMAP.phases[1].id]
    # Both machines now report the same figures.
    reports = [each.json("report", today="2026-12-10") for each in (laptop, desktop)]
    assert reports[0] == reports[1]
    assert reports[0]["actions_done"] == 2  # WEEK1[0] was undone after it was done
    assert reports[0]["actions_skipped"] == 1


def test_importing_the_same_file_twice_changes_nothing(tmp_path: Path) -> None:
    """The second import says there is nothing new and writes nothing, not even a backup."""
    laptop, desktop = diverged(tmp_path)
    export = tmp_path / "desktop.json"
    desktop.ok("export", "json", "--output", str(export), today="2026-12-10")
    laptop.ok("import", str(export), today="2026-12-10")
    after_first = laptop.file.read_bytes()
    backups = laptop.backups()

    result = laptop.ok("import", str(export), today="2026-12-11")
    assert "Nothing new" in result.output
    assert laptop.file.read_bytes() == after_first
    assert laptop.backups() == backups

    # Its own export changes nothing either.
    laptop.ok("export", "json", "--output", str(tmp_path / "self.json"), today="2026-12-11")
    assert (
        "Nothing new" in laptop.ok("import", str(tmp_path / "self.json"), today="2026-12-11").output
    )
    assert laptop.file.read_bytes() == after_first


def test_dry_run_says_what_would_change_and_writes_nothing(tmp_path: Path) -> None:
    """``import --dry-run`` lists the additions and leaves the file and backups alone."""
    laptop, desktop = diverged(tmp_path)
    desktop.ok("export", "json", "--output", str(tmp_path / "d.json"), today="2026-12-10")
    before, backups = laptop.file.read_bytes(), laptop.backups()
    result = laptop.ok("import", "--dry-run", str(tmp_path / "d.json"), today="2026-12-10")
    assert "Would add" in result.output
    assert "3 events (1 skipped, 1 reopened, 1 phase move)" in result.output
    assert laptop.file.read_bytes() == before
    assert laptop.backups() == backups


def test_settings_merge_as_events_and_a_key_of_ones_own_is_the_one_conflict(
    tmp_path: Path,
) -> None:
    """Different weekly budgets and phase moves on two machines are events: the import adds
    them without a conflict and the latest budget wins (docs/planning.md rule 9). A key of
    the learner's own with two values is one conflict line, and both machines keep the
    same value."""
    import tomli_w

    laptop = computer(tmp_path / "laptop")
    laptop.ok("start", "--on", "2026-12-01", "--hours", "8", "--yes", today="2026-12-01")
    desktop = copy_to(laptop, tmp_path / "desktop")
    laptop.ok("phase", "next", "--yes", today="2026-12-20")
    desktop.ok("phase", "next", "--yes", today="2026-12-22")
    desktop.ok("set", "hours", "12", today="2026-12-22")
    for machine, mood in ((laptop, "calm"), (desktop, "busy")):
        saved = machine.saved()
        saved["mood"] = mood
        machine.file.write_text(tomli_w.dumps(saved), encoding="utf-8")

    result = laptop.ok("import", str(desktop.file), today="2026-12-23")
    assert "2 events (1 phase move, 1 budget change)" in result.output
    lines = [line for line in result.output.splitlines() if line.startswith("Conflict:")]
    assert lines == ["Conflict: mood: differs here and in the import; kept the same value on both"]
    assert laptop.json("report", today="2026-12-23")["weekly_hours"] == 12
    second = ROADMAP.phases[1].id
    assert laptop.moves() == [
        (date(2026, 12, 20), second, False),
        (date(2026, 12, 22), second, False),
    ]

    desktop.ok("import", str(laptop.file), today="2026-12-23")
    assert laptop.saved() == desktop.saved()
    assert laptop.saved()["mood"] == "busy"
    statuses = [machine.json("status", today="2026-12-23") for machine in (laptop, desktop)]
    assert statuses[0] == statuses[1]


def test_bad_imports_write_nothing(tmp_path: Path) -> None:
    """Missing file, not an export, another roadmap, newer export version: one line, exit 1."""
    machine = computer(tmp_path / "m")
    machine.ok("start", "--on", "2026-12-01", "--yes", today="2026-12-01")
    before = machine.file.read_bytes()
    not_json = tmp_path / "x.json"
    not_json.write_text('{"hello": 1}', encoding="utf-8")
    other = json.loads(machine.ok("export", "json", today="2026-12-01").stdout)
    other["progress"]["roadmap_id"] = "another-roadmap"
    other_file = tmp_path / "other.json"
    other_file.write_text(json.dumps(other), encoding="utf-8")
    newer = dict(other, export_version=99)
    newer_file = tmp_path / "newer.json"
    newer_file.write_text(json.dumps(newer), encoding="utf-8")
    cases = {
        tmp_path / "missing.json": "no such file",
        not_json: "not a fashioncoach export",
        other_file: "roadmap 'another-roadmap'",
        newer_file: "newer fashioncoach",
    }
    for path, message in cases.items():
        result = machine.run("import", str(path), today="2026-12-02")
        assert result.exit_code == 1, result.output
        assert message in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
        assert machine.file.read_bytes() == before
    assert machine.backups() == []


def test_conflicted_copy_is_offered_by_doctor_and_merged_by_import(tmp_path: Path) -> None:
    """A sync tool's ``<id> (conflicted copy ...).toml``: doctor offers import; import merges it."""
    laptop, desktop = diverged(tmp_path)
    copy = laptop.home / f"{ROADMAP.id} (conflicted copy 2026-12-10).toml"
    shutil.copyfile(desktop.file, copy)

    result = laptop.ok("doctor", today="2026-12-10")
    assert f"sync: {copy.name}: a conflicted copy" in result.output
    assert "3 events (1 skipped, 1 reopened, 1 phase move) that yours lacks" in result.output
    assert f"fix: merge it into yours (a backup is kept): fashioncoach import '{copy}'" in (
        result.output
    )

    result = laptop.ok("import", str(copy), today="2026-12-10")
    assert "3 events (1 skipped, 1 reopened, 1 phase move)" in result.output
    assert f"rm '{copy}'" in result.output
    assert ("skipped", WEEK1[2]) in kinds(laptop)
    assert copy.exists()  # deleting it is left to the learner

    result = laptop.ok("doctor", today="2026-12-10")
    assert "your progress already has all of it" in result.output
    assert f"delete it: rm '{copy}'" in result.output


def test_syncthing_conflict_that_cannot_be_read_is_a_warning(tmp_path: Path) -> None:
    """An unreadable ``.sync-conflict-`` copy is a warning, never imported; doctor passes."""
    machine = computer(tmp_path / "m")
    machine.ok("start", "--on", "2026-12-01", "--yes", today="2026-12-01")
    copy = machine.home / f"{ROADMAP.id}.sync-conflict-20261210-101010-ABCDEF.toml"
    copy.write_text("this is = = not toml", encoding="utf-8")
    result = machine.ok("doctor", today="2026-12-10")
    assert f"warning  sync: {copy.name}: a conflicted copy" in result.output
    assert "cannot be imported" in result.output


def test_import_on_a_new_machine_adopts_the_export(tmp_path: Path) -> None:
    """With no progress yet, the import becomes the progress file as it was exported."""
    laptop = computer(tmp_path / "laptop")
    laptop.ok("start", "--on", "2026-12-01", "--yes", today="2026-12-01")
    laptop.ok("done", WEEK1[0], WEEK1[1], today="2026-12-02")
    export = tmp_path / "p.json"
    laptop.ok("export", "json", "-o", str(export), today="2026-12-02")
    fresh = computer(tmp_path / "fresh")
    result = fresh.ok("import", str(export), today="2026-12-03")
    assert "started Tue 1 Dec 2026, 3 events" in result.output
    assert fresh.saved() == laptop.saved()
    today = fresh.ok("today", today="2026-12-03").stdout
    assert "2 of" in today
