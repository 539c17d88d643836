"""Hints that lead somewhere, and backups that say what they were taken before.

Every hint names a command that works in the state the learner is in: on the bundled
roadmap with no plan beside another roadmap's progress, `today` refuses to start a plan
by itself, so `report`, `doctor`, `reset`, `about` and `roadmap use --bundled` name
`start`; switching back to a plan in its week 5 says week 5, not "its first week".
`restore --list` labels each backup with the command it was taken before.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from fashioncoach.store.progress_store import ProgressStore
from tests.helpers import CUSTOM, Learner, flat, run_real

START = "2026-12-01"
WEEK5 = "2026-12-29"  # Tue, in plan week 5 of a plan begun on Tue 1 Dec 2026


def named_commands(text: str) -> list[list[str]]:
    """Each command a hint names after "with:" or "run:" (``fashioncoach start``)."""
    found = re.findall(r"(?:with|run): fashioncoach ([a-z][a-z -]*[a-z])", flat(text))
    return [words.split() for words in found]


@pytest.fixture
def beside_another(isolated_home: Path) -> Learner:
    """A plan on the example roadmap, then back to the bundled one, which has none."""
    mine = Learner(isolated_home)  # the roadmap in use is whatever roadmap use says
    mine.ok("roadmap", "use", str(CUSTOM))
    mine.ok("start", "--on", START, today=START)
    return mine


def test_back_on_the_bundled_roadmap_every_hint_names_start(
    beside_another: Learner, isolated_home: Path
) -> None:
    learner = beside_another
    said = learner.text("roadmap", "use", "--bundled", today=START)
    assert "fashioncoach today" not in said
    assert "Start it with: fashioncoach start" in said
    # `today` refuses in this state: the hints must not send the learner there.
    refused = learner.run("today", today=START)
    assert refused.exit_code == 1 and "fashioncoach start" in refused.stderr
    report = learner.run("report", today=START)
    assert report.exit_code == 1
    assert "run: fashioncoach today" not in report.stderr
    assert "start this one with: fashioncoach start" in report.stderr
    assert "teacher-to-ux-designer" in report.stderr  # the progress this home has
    doctor = learner.text("doctor", today=START)
    assert "no plan started yet (start with: fashioncoach start)" in doctor
    reset = learner.text("reset", "--yes", today=START)
    assert "Start with: fashioncoach start" in reset
    about = flat(learner.text("about", today=START))
    assert "start your plan with: fashioncoach start" in about
    # And the command they name does work here.
    for hint in (said, report.stderr, reset):
        for command in named_commands(hint):
            if command[0] == "roadmap":
                continue  # "roadmap use FILE" names a file of the learner's
            assert learner.run(*command, "--yes" if command == ["start"] else "--help",
                               today=START).exit_code == 0, command  # fmt: skip


def test_a_first_run_that_starts_by_itself_keeps_today(learner: Learner) -> None:
    """With nothing else in the home, `today` starts the plan: the hint stays `today`."""
    result = learner.run("report", today=START)
    assert "run: fashioncoach today" in result.stderr
    assert "start with: fashioncoach today" in learner.text("doctor", today=START)
    assert "this week with: fashioncoach today" in flat(learner.text("about", today=START))
    assert learner.run("today", today=START).exit_code == 0


def test_switching_back_to_a_plan_says_the_week_it_is_in(
    beside_another: Learner, isolated_home: Path
) -> None:
    learner = beside_another
    learner.ok("roadmap", "use", "--bundled", today=WEEK5)
    said = learner.text("roadmap", "use", str(CUSTOM), today=WEEK5)
    assert "first week" not in said
    data = learner.json("today", today=WEEK5)
    assert data["week"] == 5
    assert f"You are in week 5 of {data['weeks']}. See this week with: fashioncoach today" in said


def test_following_a_roadmap_with_no_plan_yet_says_how_to_start(
    learner: Learner, tmp_path: Path
) -> None:
    copy = tmp_path / "mine.toml"
    shutil.copy(CUSTOM, copy)
    said = learner.text("roadmap", "use", str(copy), today=START)
    assert "Start it with: fashioncoach today" in said
    assert learner.run("today", today=START).exit_code == 0  # a roadmap of one's own starts


# --- backups ---------------------------------------------------------------------------------


@pytest.mark.slow
def test_each_backup_is_labelled_with_the_command_it_was_taken_before(
    isolated_home: Path,
) -> None:
    """Through the real entry point (the fast path for `done`, Typer for the others): each
    `restore --list` line says which command the backup was taken before."""
    for args in (
        ["--today", START, "start", "--on", START],
        ["--today", START, "done", "1"],
        ["--today", START, "set", "hours", "8"],
        ["--today", START, "note", "1", "first lesson"],
        ["--today", START, "phase", "next", "--yes"],
    ):
        result = run_real(*args)
        assert result.returncode == 0, result.stderr
    listed = run_real("restore", "--list").stdout.decode()
    lines = [line for line in listed.splitlines() if line.startswith("  ")]
    befores = [re.search(r", before (fashioncoach [a-z ]+):", line) for line in lines]
    assert [match[1] if match else None for match in befores] == [
        "fashioncoach phase next",
        "fashioncoach note",
        "fashioncoach set hours",
        "fashioncoach done",
    ]
    names = sorted((isolated_home / "backups").iterdir(), reverse=True)
    assert names[0].name.endswith("Z-phase-next.toml")
    assert names[2].name.endswith("Z-set-hours.toml")
    assert names[3].name.endswith("Z-done.toml")


def test_old_backup_names_still_read_list_and_restore(learner: Learner) -> None:
    """A backup named as 0.3 named them (no command) is listed, without a label, and
    put back by its name."""
    learner.ok("start", "--on", START, today=START)
    learner.ok("done", "1", today=START)
    store = ProgressStore(learner.file)
    old = store.backups / f"{learner.file.stem}-20261201T090000000000Z.toml"
    shutil.copy(store.backup_files()[0], old)
    listed = learner.text("restore", "--list")
    line = next(row for row in listed.splitlines() if old.name in row)
    assert ", before" not in line and "started" in line
    learner.ok("restore", old.name)
    assert store.backup_list()[0].name.endswith("Z-restore.toml")


def test_backup_names_parse_with_and_without_a_command() -> None:
    from fashioncoach.store.backups import label, parse_backup_name

    assert parse_backup_name("x-20261201T090000000000Z.toml") == (
        "x",
        parse_backup_name("x-20261201T090000000000Z.toml")[1],  # type: ignore[index]
        None,
        "",
    )
    parsed = parse_backup_name("my-road-20261201T090000000000Z-set-hours.toml")
    assert parsed is not None and parsed[0] == "my-road" and parsed[3] == "set-hours"
    upgrade = parse_backup_name("x-20261201T090000000000Z-before-v5.toml")
    assert upgrade is not None and upgrade[2] == 5 and upgrade[3] == ""
    assert parse_backup_name("x-20261201T090000000000Z-Set_Hours.toml") is None
    assert label("set hours") == "set-hours" and label("phase next") == "phase-next"
    assert label("") == "" and label("../etc") == "" and label("x" * 41) == ""


def test_a_store_names_its_backups_after_its_command(learner: Learner) -> None:
    learner.ok("start", "--on", START, today=START)
    store = ProgressStore(learner.file, command="set hours")
    progress = store.load()
    assert progress is not None
    with store.locked():
        kept = store.save(progress)
    assert kept is not None and kept.name.endswith("Z-set-hours.toml")
    assert store.backup_list()[0].command == "set-hours"
