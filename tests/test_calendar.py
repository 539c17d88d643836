"""The calendar stays in step: `export ics` after a change of plan cancels what the plan
no longer has (same UID, STATUS:CANCELLED), numbers each change (SEQUENCE,
LAST-MODIFIED), and gives the same bytes for the same plan but for DTSTAMP. Read back
with the `icalendar` package, and imported into a real khal when it is installed.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar

from fashioncoach import paths
from fashioncoach.model.record import replace
from fashioncoach.render.ics import render_calendar
from fashioncoach.views.timeline import build_timeline
from tests.helpers import Learner

START = "2026-11-25"
DAY = "2026-11-28"
PREFIX = "backend-to-ai-fashion-designer."


def events(content: bytes) -> dict[str, dict[str, Any]]:
    """Each VEVENT by UID: its status, sequence, summary, days and last-modified."""
    parsed = Calendar.from_ical(content)
    found = {}
    for event in parsed.walk("VEVENT"):
        key = str(event["uid"])
        assert key not in found, f"{key} twice in one file"
        found[key] = {
            "status": str(event["status"]),
            "sequence": int(event["sequence"]),
            "summary": str(event["summary"]),
            "start": event.decoded("dtstart"),
            "end": event.decoded("dtend"),
            "modified": event.decoded("last-modified"),
            "description": str(event.get("description", "")),
        }
    return found


def weeks(found: dict[str, dict[str, Any]], status: str) -> set[int]:
    return {
        int(key.removeprefix(PREFIX + "week-").split("@")[0])
        for key, event in found.items()
        if key.startswith(PREFIX + "week-") and event["status"] == status
    }


def export(learner: Learner, target: Path, today: str = DAY) -> dict[str, dict[str, Any]]:
    learner.ok("export", "ics", "--output", str(target), today=today)
    return events(target.read_bytes())


def without_stamp(content: bytes) -> bytes:
    return b"\r\n".join(line for line in content.split(b"\r\n") if not line.startswith(b"DTSTAMP"))


@pytest.fixture
def planned(learner: Learner) -> Learner:
    learner.ok("start", "--on", START, today=START)
    return learner


def test_a_shorter_plan_cancels_the_weeks_it_no_longer_has(
    planned: Learner, tmp_path: Path
) -> None:
    """10.5 h, then `set hours 6 --replan`, then `set hours 10.5 --replan`, exporting after
    each: the weeks only the 6 h plan had come back cancelled with their UIDs and a higher
    SEQUENCE; every other week is confirmed, and nothing is sent twice."""
    first = export(planned, tmp_path / "a.ics")
    assert weeks(first, "CONFIRMED") == set(range(1, 25))
    assert {event["sequence"] for event in first.values()} == {0}

    planned.ok("set", "hours", "6", "--replan", today=DAY)
    longer = export(planned, tmp_path / "b.ics")
    assert weeks(longer, "CONFIRMED") == set(range(1, 43))
    assert set(first) <= set(longer)
    assert weeks(longer, "CANCELLED") == set()

    planned.ok("set", "hours", "10.5", "--replan", today=DAY)
    back = export(planned, tmp_path / "c.ics")
    assert set(back) == set(longer)  # every UID ever sent, none new, none twice
    assert weeks(back, "CONFIRMED") == set(range(1, 25))
    assert weeks(back, "CANCELLED") == set(range(25, 43))
    for number in range(25, 43):
        key = f"{PREFIX}week-{number}@fashioncoach"
        assert back[key]["sequence"] == longer[key]["sequence"] + 1
        assert (back[key]["start"], back[key]["end"]) == (longer[key]["start"], longer[key]["end"])
        assert back[key]["summary"] == "Cancelled: " + longer[key]["summary"]
    # The live events are those a first export of this plan would send.
    fresh = events(
        render_calendar(
            roadmap=planned.roadmap,
            timeline=build_timeline(
                roadmap=planned.roadmap, progress=_progress(planned), today=date(2026, 11, 28)
            ),
            now=datetime(2026, 11, 28, tzinfo=UTC),
        ).content
    )
    live = {key for key, event in back.items() if event["status"] == "CONFIRMED"}
    assert live == set(fresh)
    for key in live:
        assert {k: back[key][k] for k in ("summary", "start", "end", "description")} == {
            k: fresh[key][k] for k in ("summary", "start", "end", "description")
        }


def _progress(learner: Learner) -> Any:
    from fashioncoach.store.progress_store import ProgressStore

    return ProgressStore(learner.file).load()


def test_a_week_that_comes_back_is_confirmed_again_with_a_higher_sequence(
    planned: Learner, tmp_path: Path
) -> None:
    planned.ok("set", "hours", "6", "--replan", today=DAY)
    export(planned, tmp_path / "a.ics")
    planned.ok("set", "hours", "10.5", "--replan", today=DAY)
    cancelled = export(planned, tmp_path / "b.ics")
    planned.ok("set", "hours", "6", "--replan", today=DAY)
    again = export(planned, tmp_path / "c.ics")
    key = f"{PREFIX}week-30@fashioncoach"
    assert cancelled[key]["status"] == "CANCELLED"
    assert again[key]["status"] == "CONFIRMED"
    assert again[key]["sequence"] == cancelled[key]["sequence"] + 1
    assert not again[key]["summary"].startswith("Cancelled")


def test_the_same_plan_gives_the_same_bytes_but_dtstamp(planned: Learner, tmp_path: Path) -> None:
    """Exported twice (stdout, then a file), at another time of day: only DTSTAMP differs,
    so SEQUENCE and LAST-MODIFIED stay put while nothing changed."""
    planned.ok("done", "1", today="2026-11-26")
    first = planned.ok("export", "ics", today=DAY).stdout_bytes
    target = tmp_path / "plan.ics"
    planned.ok("export", "ics", "-o", str(target), today=DAY)
    second = target.read_bytes()
    assert b"DTSTAMP" in first
    assert without_stamp(first) == without_stamp(second)
    assert {event["sequence"] for event in events(second).values()} == {0}


def test_sequence_and_last_modified_grow_with_the_event_that_changed(
    planned: Learner, tmp_path: Path
) -> None:
    """Ticking an action off changes its week's event (its mark) and nothing that the
    action does not touch: that week's SEQUENCE grows by one and its LAST-MODIFIED moves
    to the export that sent the change."""
    before = export(planned, tmp_path / "a.ics", today="2026-11-26")
    planned.ok("done", "enroll-skillshare-fashion-basics", today="2026-11-26")
    after = export(planned, tmp_path / "b.ics", today="2026-11-27")
    week1 = f"{PREFIX}week-1@fashioncoach"
    assert after[week1]["sequence"] == before[week1]["sequence"] + 1
    assert after[week1]["modified"] > before[week1]["modified"]
    assert "[x] Enroll in 'Fashion Design for Beginners'" in after[week1]["description"]
    unchanged = [
        key
        for key in before
        if before[key]["description"] == after[key]["description"]
        and before[key]["summary"] == after[key]["summary"]
        and before[key]["start"] == after[key]["start"]
    ]
    assert len(unchanged) > 20
    for key in unchanged:
        assert after[key]["sequence"] == before[key]["sequence"]
        assert after[key]["modified"] == before[key]["modified"]


def test_skipped_and_known_actions_have_marks_of_their_own(planned: Learner) -> None:
    """`[x]` done, `[-]` skipped, `[k]` known (an assessment closed it), `[ ]` open, and
    a legend that says so."""
    planned.ok("done", "enroll-skillshare-fashion-basics", today="2026-11-26")
    planned.ok("skip", "follow-fashion-brands-on-linkedin", today="2026-11-26")
    progress = _progress(planned)
    timeline = build_timeline(roadmap=planned.roadmap, progress=progress, today=date(2026, 11, 26))
    timeline = replace(timeline, statuses={**timeline.statuses, "set-up-clo-3d-trial": "known"})
    content = render_calendar(
        roadmap=planned.roadmap, timeline=timeline, now=datetime(2026, 11, 26, tzinfo=UTC)
    ).content
    week1 = events(content)[f"{PREFIX}week-1@fashioncoach"]["description"]
    lines = week1.splitlines()
    assert lines[0].startswith("[x] Enroll in")
    assert lines[1].startswith("[-] Follow 5 fashion brands")
    assert lines[2].startswith("[k] Set up a CLO 3D trial")
    assert lines[3].startswith("[ ] Pick 3 fashion blogs")
    assert lines[-1] == "[x] done · [-] skipped · [k] known already · [ ] open"


def test_the_calendar_says_how_it_stays_in_step(planned: Learner) -> None:
    parsed = Calendar.from_ical(planned.ok("export", "ics", today=DAY).stdout_bytes)
    for key in ("description", "x-wr-caldesc"):
        text = " ".join(str(parsed[key]).split())
        assert "cancelled (STATUS:CANCELLED) with the same UID" in text


def test_the_record_is_private_kept_beside_the_progress_and_bounded_to_what_was_sent(
    planned: Learner, tmp_path: Path
) -> None:
    export(planned, tmp_path / "a.ics")
    record = paths.calendar_record(planned.roadmap.id)
    assert record.parent.parent == planned.file.parent
    assert stat.S_IMODE(record.stat().st_mode) == 0o600
    data = json.loads(record.read_text(encoding="utf-8"))
    assert data["format"] == "fashioncoach-calendar-record"
    assert {row["uid"] for row in data["events"]} == set(events((tmp_path / "a.ics").read_bytes()))
    # -o never writes into it: it is inside the data folder.
    result = planned.run("export", "ics", "-o", str(record), today=DAY)
    assert result.exit_code == 2 and "fashioncoach's own data" in result.stderr


def test_a_failed_write_keeps_the_record_as_it_was(planned: Learner, tmp_path: Path) -> None:
    """The record says what was sent: a calendar that was not written changes nothing."""
    planned.ok("set", "hours", "6", "--replan", today=DAY)
    export(planned, tmp_path / "a.ics")
    record = paths.calendar_record(planned.roadmap.id)
    kept = record.read_bytes()
    planned.ok("set", "hours", "10.5", "--replan", today=DAY)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    result = planned.run("export", "ics", "-o", str(blocker / "plan.ics"), today=DAY)
    assert result.exit_code == 1
    assert record.read_bytes() == kept
    # The next export that is written still cancels what the 6 h plan had.
    assert weeks(export(planned, tmp_path / "b.ics"), "CANCELLED") == set(range(25, 43))


def test_an_unreadable_record_is_said_and_replaced(planned: Learner, tmp_path: Path) -> None:
    export(planned, tmp_path / "a.ics")
    record = paths.calendar_record(planned.roadmap.id)
    record.write_text("{not json", encoding="utf-8")
    result = planned.ok("export", "ics", "-o", str(tmp_path / "b.ics"), today=DAY)
    assert result.stderr.count("\n") == 1
    assert str(record) in result.stderr and "not cancelled" in result.stderr
    assert json.loads(record.read_text(encoding="utf-8"))["events"]


def test_the_message_counts_the_cancelled_events(planned: Learner, tmp_path: Path) -> None:
    planned.ok("set", "hours", "6", "--replan", today=DAY)
    said = planned.text("export", "ics", "-o", str(tmp_path / "a.ics"), today=DAY)
    assert said.startswith("Wrote 51 events to ") and "cancelled" not in said
    planned.ok("set", "hours", "10.5", "--replan", today=DAY)
    said = planned.text("export", "ics", "-o", str(tmp_path / "b.ics"), today=DAY)
    assert "Wrote 51 events to " in said and "18 of them cancelled" in said


# --- a real calendar app ---------------------------------------------------------------------


def _khal(tmp_path: Path) -> list[str]:
    folder = tmp_path / "khal"
    (folder / "cal").mkdir(parents=True)
    config = folder / "config"
    config.write_text(
        "[calendars]\n[[plan]]\n"
        f"path = {folder / 'cal'}\ntype = calendar\n"
        "[locale]\ntimeformat = %H:%M\ndateformat = %Y-%m-%d\nlongdateformat = %Y-%m-%d\n"
        "datetimeformat = %Y-%m-%d %H:%M\nlongdatetimeformat = %Y-%m-%d %H:%M\n"
        "default_timezone = UTC\nlocal_timezone = UTC\n"
        f"[sqlite]\npath = {folder / 'khal.db'}\n",
        encoding="utf-8",
    )
    return ["khal", "-c", str(config)]


def _run(command: list[str], home: Path) -> str:
    env = {**os.environ, "HOME": str(home), "TZ": "UTC", "LANG": "C.UTF-8"}
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


@pytest.mark.slow
@pytest.mark.skipif(
    shutil.which("khal") is None, reason="khal is not installed (.ci/run installs it)"
)
def test_khal_import_round_trip(planned: Learner, tmp_path: Path) -> None:
    """The issue's story in khal: import the 6 h plan, then the 10.5 h one. khal holds one
    event per UID (none duplicated), weeks 25-42 are cancelled, and week 24 is the last
    week khal shows as planned."""
    khal = _khal(tmp_path)
    planned.ok("set", "hours", "6", "--replan", today=DAY)
    longer = export(planned, tmp_path / "a.ics")
    _run([*khal, "import", "--batch", str(tmp_path / "a.ics")], tmp_path)
    planned.ok("set", "hours", "10.5", "--replan", today=DAY)
    back = export(planned, tmp_path / "b.ics")
    _run([*khal, "import", "--batch", str(tmp_path / "b.ics")], tmp_path)

    stored: dict[str, str] = {}
    for item in (tmp_path / "khal" / "cal").iterdir():
        for event in Calendar.from_ical(item.read_bytes()).walk("VEVENT"):
            assert str(event["uid"]) not in stored, "khal holds a UID twice"
            stored[str(event["uid"])] = str(event.get("status", ""))
    assert set(stored) == set(back) == set(longer)
    assert {key for key, status in stored.items() if status == "CANCELLED"} == {
        f"{PREFIX}week-{number}@fashioncoach" for number in range(25, 43)
    }
    week25 = back[f"{PREFIX}week-25@fashioncoach"]["start"].isoformat()
    shown = _run([*khal, "list", "--format", "{cancelled}{title}", week25, "1d"], tmp_path)
    titles = [line for line in shown.splitlines() if line.startswith(("Week", "CANCELLED"))]
    assert titles and all(line.startswith("CANCELLED") for line in titles), shown


def test_actions_an_assessment_closed_are_marked_known(planned: Learner) -> None:
    """`assess` marks the actions that only teach a skill known: the calendar says `[k]`."""
    planned.ok(
        "assess", "--skill", "fashion-design-fundamentals=confident", "--yes", today="2026-11-26"
    )
    statuses = planned.json("timeline", today="2026-11-26")["statuses"]
    known = [action for action, status in statuses.items() if status == "known"]
    assert known
    found = events(planned.ok("export", "ics", today="2026-11-26").stdout_bytes)
    text = "\n".join(event["description"] for event in found.values())
    for action in known:
        line = next(row for row in text.splitlines() if f"({action}," in row)
        assert line.startswith("[k] "), line


def test_a_killed_save_of_the_record_is_cleaned_up(planned: Learner, tmp_path: Path) -> None:
    export(planned, tmp_path / "a.ics")
    record = paths.calendar_record(planned.roadmap.id)
    left = record.with_name(f".{record.name}.999999999-deadbeef.tmp")
    left.write_text("{", encoding="utf-8")
    export(planned, tmp_path / "b.ics")
    assert not left.exists()
    assert sorted(item.name for item in record.parent.iterdir()) == [record.name]
