"""A learner with a guide of their own, through the CLI alone: import it, follow it, work
on it, switch to the bundled plan (which is not started behind their back) and back, and
find their progress where they left it.

Run on every fixture guide (tests/fixtures/guides/), each a career the bundled guide
never mentions.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import FIXTURES, Learner

GUIDES = sorted((FIXTURES / "guides").glob("*.txt"))
START = "2027-01-04"
LATER = "2027-01-06"


@pytest.mark.parametrize("guide", GUIDES, ids=lambda path: path.stem)
def test_import_use_work_switch_and_come_back(
    learner: Learner, tmp_path: Path, guide: Path
) -> None:
    roadmap_file = tmp_path / "mine.toml"
    imported = learner.ok("roadmap", "import", str(guide), "-o", str(roadmap_file))
    assert f"fashioncoach roadmap use {roadmap_file}" in imported.stdout
    title = guide.read_text(encoding="utf-8-sig").splitlines()[0].split(":")[0].strip()

    used = learner.ok("roadmap", "use", str(roadmap_file), today=START)
    assert title in used.stdout
    listed = learner.ok("roadmap", "list").stdout
    assert f"* {title}" in listed

    first_week = learner.json("today", today=START)
    first_phase = first_week["phase_position"]["title"]
    assert first_week["clock"]["plan_week"] == 1
    learner.ok("done", "1", today=LATER)
    status = learner.text("status", today=LATER)
    assert status.startswith(f"W1/{first_week['clock']['plan_weeks']}")

    learner.ok("roadmap", "use", "--bundled", today=LATER)
    # The bundled plan is never started behind the learner's back while theirs has progress.
    refused = learner.run("today", today=LATER)
    assert refused.exit_code != 0
    assert "this home has progress on" in refused.stderr
    assert "fashioncoach roadmap use FILE" in refused.stderr

    learner.ok("roadmap", "use", str(roadmap_file), today=LATER)
    again = learner.json("today", today=LATER)
    assert again["phase_position"]["title"] == first_phase
    done = [line["id"] for line in again["actions"] if line["status"] == "done"]
    assert done == [first_week["actions"][0]["id"]]
