"""Notes attached with `fashioncoach note` show where the action shows."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

from typer.testing import CliRunner

from fashioncoach.cli.main import app

runner = CliRunner()
ACTION = "enroll-skillshare-fashion-basics"


def invoke(*args: str) -> str:
    result = runner.invoke(app, ["--today", "2026-11-26", *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_a_note_is_stored_and_shown_by_today_and_phase(isolated_home: Path) -> None:
    """The note lands in the file as an event and appears under its action, text and JSON."""
    invoke("start", "--on", "2026-11-25")
    invoke("note", ACTION, "Lesson 3 on silhouettes was the best")
    invoke("note", ACTION, "Finished the first sketch")

    saved = tomllib.loads((isolated_home / "backend-to-ai-fashion-designer.toml").read_text())
    notes = [event["note"] for event in saved["events"] if event["kind"] == "note"]
    assert notes == ["Lesson 3 on silhouettes was the best", "Finished the first sketch"]

    for command in (["today"], ["phase", "show", "foundations"]):
        text = invoke(*command)
        block = text[text.index(ACTION) :]
        assert "note: Lesson 3 on silhouettes was the best" in block
        assert block.index("note: Lesson 3") < block.index("note: Finished the first sketch")

    today = json.loads(invoke("today", "--json"))
    (line,) = [item for item in today["actions"] if item["id"] == ACTION]
    assert line["notes"] == notes
    others = [item["notes"] for item in today["actions"] if item["id"] != ACTION]
    assert others and all(item == [] for item in others)
