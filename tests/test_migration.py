"""Schema 4 to 5 (issue 20 and 21): a file of release 0.3 becomes a log of events with
its meaning kept, says so once, and two machines that migrate one file agree."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import tomli_w

from tests.helpers import Learner, v4_progress

START = date(2026, 11, 2)
TODAY = "2026-11-25"


def old_file(learner: Learner) -> dict[str, Any]:
    """Everything a schema 4 file could hold, planted in the learner's data folder."""
    data = v4_progress(learner.roadmap.id, START, hours=8)
    ids = [action.id for _, _, action in learner.roadmap.actions()]
    data["phases"].append({"phase": learner.roadmap.phases[1].id, "began": date(2026, 11, 16)})
    data["events"] = [
        {
            "seq": 1,
            "at": datetime(2026, 11, 3, 9, 0),
            "kind": "done",
            "action": ids[0],
            "hours": 4.0,
        },
        {"seq": 2, "at": datetime(2026, 11, 4, 9, 0), "kind": "skipped", "action": ids[1]},
        {
            "seq": 3,
            "at": datetime(2026, 11, 5, 9, 0),
            "kind": "done",
            "action": ids[2],
            "hours": 2.5,
        },
        {"seq": 4, "at": datetime(2026, 11, 5, 9, 5), "kind": "undone", "action": ids[2]},
        {
            "seq": 5,
            "at": datetime(2026, 11, 6, 9, 0),
            "kind": "note",
            "action": ids[3],
            "note": "kept",
        },
    ]
    data["pauses"] = [{"start": date(2026, 11, 9), "until": date(2026, 11, 12), "reason": "flu"}]
    data["schedule"] = {"replanned_on": date(2026, 11, 18), "moved": {ids[5]: 3}}
    data["reviews"] = [
        {
            "week": 2,
            "on": date(2026, 11, 13),
            "went_well": "sketches",
            "confidence": {"trend-analysis": 3},
        }
    ]
    data["evidence"] = [
        {"at": datetime(2026, 11, 7, 9, 0), "action": ids[0], "ref": "/tmp/board.png"}
    ]
    data["my_own_key"] = "stays"
    learner.home.mkdir(parents=True, exist_ok=True)
    learner.file.write_text(tomli_w.dumps(data), encoding="utf-8")
    return data


def test_the_first_command_upgrades_once_and_says_what_changed(learner: Learner) -> None:
    """One notice, naming the zone and the old and new planned finish; the file is saved
    as schema 5 after a backup named for the upgrade; the next command says nothing."""
    old_file(learner)
    first = learner.run("today", today=TODAY)
    assert first.exit_code == 0, first.output
    assert "Your progress file is now a log of events (schema 5)" in first.stderr
    assert "your planned finish is" in first.stderr and "(it was " in first.stderr
    assert learner.saved()["schema_version"] == 5
    assert any("before-v5" in path.name for path in learner.backups())
    again = learner.run("today", today=TODAY)
    assert again.exit_code == 0 and again.stderr == ""


def test_the_migration_keeps_the_meaning_of_everything(learner: Learner) -> None:
    """Start, budget, statuses, hours, notes, the phase entered, the pause, the replan,
    the review, the evidence and keys of the learner's own all come through."""
    data = old_file(learner)
    ids = [action.id for _, _, action in learner.roadmap.actions()]
    today = learner.json("today", today=TODAY)
    report = learner.json("report", today=TODAY)
    timeline = learner.json("timeline", today=TODAY)
    statuses = {item["id"]: item["status"] for item in timeline["schedule"]}
    assert (statuses[ids[0]], statuses[ids[1]], statuses[ids[2]]) == ("done", "skipped", "open")
    assert report["started_on"] == START.isoformat() and today["weekly_hours"] == 8
    assert today["phase_position"]["id"] == learner.roadmap.phases[1].id
    assert [(p["start"], p["until"], p["reason"]) for p in timeline["pauses"]] == [
        ("2026-11-09", "2026-11-12", "flu")
    ]
    assert report["replanned_on"] == "2026-11-18"
    assert [r["went_well"] for r in report["reviews"]] == ["sketches"]
    assert [n["text"] for n in report["notes"]] == ["kept"]
    assert [e["ref"] for e in report["evidence"]] == ["/tmp/board.png"]
    saved = learner.saved()
    assert saved["my_own_key"] == "stays"
    assert saved["schedule_before_v5"] == {
        "replanned_on": date(2026, 11, 18),
        "moved": data["schedule"]["moved"],
    }
    done = [row for row in saved["events"] if row["kind"] == "done"]
    assert done[0]["hours"] == 4.0


def test_two_machines_that_migrate_one_file_agree(tmp_path: Path) -> None:
    """The ids of migrated events come from their content: after each machine upgrades
    the same file and they exchange exports, the log has each event once."""
    from tests.helpers import Life

    one, other = Life(tmp_path / "one", None), Life(tmp_path / "two", None)
    data = old_file(one)
    other.home.mkdir(parents=True)
    other.file.write_text(tomli_w.dumps(data), encoding="utf-8")
    one.ok("today", today=TODAY)
    other.ok("today", today=TODAY)
    export = tmp_path / "one.json"
    one.ok("export", "json", "-o", str(export), today=TODAY)
    said = other.ok("import", str(export), today=TODAY).stdout
    assert "Nothing new" in said
    assert one.saved()["events"] == other.saved()["events"]
