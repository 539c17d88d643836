"""The six fixture guides as journeys (issue 22): import each, start it, and follow three
weeks of `phase show` and `today` as a learner would, checking what they print: the
phase's goals word for word (as the import kept them), each course's chain in order
(enrolled, then its sessions, then finished), and each week a week's budget of work."""

from __future__ import annotations

import re
import tomllib
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.helpers import FIXTURES, Learner, flat

GUIDES = sorted((FIXTURES / "guides").glob("*.txt"))
START = date(2027, 1, 4)
BUDGET = 8


def goals_of(roadmap: Path) -> list[str]:
    """The first phase's goals as the import wrote them (the guide's words, kept)."""
    return [
        goal["text"]
        for goal in tomllib.loads(roadmap.read_text(encoding="utf-8"))["phases"][0]["goals"]
    ]


@pytest.mark.parametrize("guide", GUIDES, ids=lambda path: path.stem)
def test_three_weeks_of_an_imported_guide(learner: Learner, tmp_path: Path, guide: Path) -> None:
    target = tmp_path / "roadmap.toml"
    said = learner.text("roadmap", "import", str(guide), "-o", str(target))
    assert f"Wrote {target}" in said and "drafted for 8 h a week" in flat(said)
    me = Learner(learner.home, target)
    me.ok("start", "--on", START.isoformat(), today=START)
    shown = flat(me.text("phase", "show", "1", today=START))
    assert shown.startswith("Phase 1 of ")
    for goal in goals_of(target):
        assert flat(goal) in shown, goal
    for week in range(3):
        today = START + timedelta(days=7 * week)
        view = me.json("phase", "show", "1", today=today)
        listed = me.json("today", today=today)
        open_hours = [line["hours"] for line in listed["actions"] if line["status"] == "open"]
        if open_hours:
            assert sum(open_hours) <= BUDGET + max(open_hours)
        text = flat(me.text("phase", "show", "1", today=today))
        assert f"Week {view['first_week']}" in text
        steps = [line for week_lines in view["plan"] for line in week_lines["actions"]]
        positions = {line["id"]: number for number, line in enumerate(steps)}
        for line in steps:
            for before in line["after"]:
                if before in positions:
                    assert positions[before] < positions[line["id"]], (before, line["id"])
        enrolled = [line for line in steps if line["title"].startswith("Enroll in")]
        for enrol in enrolled:
            name = re.search(r"'([^']+)'", enrol["title"])
            assert name is not None
            later = [
                line
                for line in steps
                if name.group(0) in line["title"] and not line["title"].startswith("Enroll in")
            ]
            assert all(positions[line["id"]] > positions[enrol["id"]] for line in later)
        numbers = [str(line["number"]) for line in listed["actions"] if line["status"] == "open"]
        if numbers:
            me.ok("done", *numbers, today=today)
    assert me.json("status", today=START + timedelta(days=21))["status"] in ("on-track", "ahead")
