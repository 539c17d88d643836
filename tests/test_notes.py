"""Notes attached with `fashioncoach note` show where the action shows."""

from __future__ import annotations

from tests.helpers import Learner

ACTION = "enroll-skillshare-fashion-basics"
DAY = "2026-11-26"


def test_a_note_is_stored_and_shown_by_today_and_phase(learner: Learner) -> None:
    """The note lands in the file as an event and appears under its action, text and JSON."""
    learner.ok("start", "--on", "2026-11-25", today=DAY)
    learner.ok("note", ACTION, "Lesson 3 on silhouettes was the best", today=DAY)
    learner.ok("note", "1", "Finished the first sketch", today=DAY)  # today's number 1

    notes = [event["note"] for event in learner.saved()["events"] if event["kind"] == "note"]
    assert notes == ["Lesson 3 on silhouettes was the best", "Finished the first sketch"]

    for command in (["today"], ["phase", "show", "foundations"]):
        text = learner.screen(*command, today=DAY)
        block = text[text.index(ACTION) :]
        assert "note: Lesson 3 on silhouettes was the best" in block
        assert block.index("note: Lesson 3") < block.index("note: Finished the first sketch")

    today = learner.json("today", today=DAY)
    (line,) = [item for item in today["actions"] if item["id"] == ACTION]
    assert line["number"] == 1
    assert line["notes"] == notes
    others = [item["notes"] for item in today["actions"] if item["id"] != ACTION]
    assert others and all(item == [] for item in others)
