"""``--format markdown`` and ``--format html``: the same facts as ``--json``, to paste or open.

The real command line runs with ``--today``; expected figures come from the same
command's ``--json`` output, so the formats cannot drift from the JSON report.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import Learner, v4_progress

DAY = "2026-12-10"


@pytest.fixture
def journey(learner: Learner) -> Learner:
    """Two weeks in: two actions done, one skipped, in the roadmap's week 1."""
    week1 = learner.roadmap_week(1)
    learner.ok("start", "--on", "2026-12-01", "--yes", today="2026-12-01")
    learner.ok("done", week1[0], today="2026-12-02")
    learner.ok("done", week1[1], today="2026-12-03")
    learner.ok("skip", week1[2], today="2026-12-03")
    return learner


def report_json(learner: Learner) -> dict[str, Any]:
    data: dict[str, Any] = learner.json("report", today=DAY)
    return data


def test_report_markdown_has_the_json_figures(journey: Learner) -> None:
    """A GFM report: a heading, tables of phases and skills, a milestone task list."""
    data = report_json(journey)
    text = journey.ok("report", "--format", "markdown", today=DAY).stdout
    assert text.startswith("## Progress report — Thu 10 Dec 2026\n")
    assert (
        f"{data['actions_done']} done, {data['actions_skipped']} skipped of "
        f"{data['actions_total']} actions" in text
    )
    assert "| Phase | Actions | Hours | Progress |\n| --- | ---: | ---: | --- |" in text
    for tally in data["phases"] + data["skills"]:
        assert f"| {tally['done']}/{tally['total']} |" in text
    current = data["phase_position"]["title"]
    assert f"| **{current}** (you are here) |" in text
    assert f"| **Status** | {data['pace']['line']} |" in text  # the verdict, one line
    done = [line for line in data["milestones"] if line["done"]]
    assert text.count("- [x] ") == len(done)
    assert text.count("- [ ] ") == len(data["milestones"]) - len(done)
    assert "\x1b" not in text
    # Every table row has the header's number of cells.
    for block in re.findall(r"((?:^\|.*\|\n)+)", text, flags=re.MULTILINE):
        rows = block.splitlines()
        assert {row.count(" | ") for row in rows} == {rows[0].count(" | ")}


def test_today_and_timeline_markdown(journey: Learner) -> None:
    """``today`` is a task list with ids; ``timeline`` a table with "you are here"."""
    today = journey.ok("today", "--format", "markdown", today="2026-12-03").stdout
    assert today.startswith(f"## {journey.roadmap.phases[0].title} — week 1 of ")
    assert "- [x] " in today and "- [ ] " in today
    assert f"`{journey.roadmap_week(1)[0]}`" in today
    assert "(skipped)" in today
    data = json.loads(journey.ok("timeline", "--json", today=DAY).stdout)
    timeline = journey.ok("timeline", "--format", "markdown", today=DAY).stdout
    assert f"**You are here:** week {data['you_are_here']} of {data['weeks']}" in timeline
    for phase in data["phases"]:
        assert phase["title"] in timeline
    assert timeline.count("\n- [") == len(data["milestones"])


def test_json_alias_and_format_json_agree_and_clash_is_a_usage_error(journey: Learner) -> None:
    """``--json`` still works, equals ``--format json``; both with another format exit 2, and
    so does a format the command does not print (today and timeline: text, json, markdown)."""
    assert (
        journey.ok("report", "--format", "json", today=DAY).stdout
        == journey.ok("report", "--json", today=DAY).stdout
    )
    assert (
        journey.ok("today", "--format", "json", today=DAY).stdout
        == journey.ok("today", "--json", today=DAY).stdout
    )
    for command in ("report", "today", "timeline"):
        result = journey.run(command, "--json", "--format", "markdown", today=DAY)
        assert result.exit_code == 2
        assert "pick one" in result.stderr
    for command in ("today", "timeline"):  # they offer only text, json and markdown
        result = journey.run(command, "--format", "html", today=DAY)
        assert result.exit_code == 2
        assert "fashioncoach: unknown format: html (choose text, json or markdown)" in result.stderr
    result = journey.run("report", "--format", "pdf", today=DAY)
    assert result.exit_code == 2


def test_report_output_writes_each_format_to_a_file(journey: Learner, tmp_path: Path) -> None:
    """``--output FILE`` writes the report in the asked format, and says where."""
    for fmt, check in (
        ("text", "Report for Thu 10 Dec 2026"),
        ("json", '"actions_done": 2'),
        ("markdown", "## Progress report"),
        ("html", "<!DOCTYPE html>"),
    ):
        target = tmp_path / f"report.{fmt}"
        result = journey.ok("report", "--format", fmt, "--output", str(target), today=DAY)
        assert str(target) in result.stdout
        assert check in target.read_text(encoding="utf-8")
    result = journey.run("report", "--output", str(tmp_path), today=DAY)
    assert result.exit_code == 2
    assert "is a folder" in result.stderr


def test_html_report_is_self_contained(journey: Learner, tmp_path: Path) -> None:
    """One file: inline CSS and SVG, no script, no external asset; dark mode and print rules."""
    page = tmp_path / "report.html"
    journey.ok("report", "--format", "html", "--output", str(page), today=DAY)
    html = page.read_text(encoding="utf-8")
    assert "<script" not in html.lower()
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)""", html)
    assert "<link" not in html and "@import" not in html and "url(" not in html
    assert "<style>" in html and "<svg" in html
    assert "@media (prefers-color-scheme: dark)" in html
    assert "@media print" in html and "@page { size: A4;" in html
    data = report_json(journey)
    assert f'<span class="big" id="actions-done">{data["actions_done"]}</span>' in html
    assert "you are here" in html


def test_html_report_shows_notes_escaped(learner: Learner) -> None:
    """Notes in the log appear in a "Notes and evidence" section, escaped, with no hours
    column; here a note of a release 0.3 file (schema 4), which carried hours, migrated."""
    import tomli_w

    learner.home.mkdir(parents=True)
    data = v4_progress(learner.roadmap.id, date(2026, 12, 1))
    data["events"] = [
        {
            "seq": 1,
            "at": datetime(2026, 12, 2, 20, 0),
            "kind": "note",
            "action": learner.roadmap_week(1)[0],
            "note": "<b>first</b> lesson",
            "hours": 1.5,
        }
    ]
    learner.file.write_text(tomli_w.dumps(data), encoding="utf-8")
    html = learner.ok("report", "--format", "html", today=DAY).stdout
    assert "Notes and evidence" in html
    notes = html[html.index('<section id="notes">') :].split("</section>")[0]
    assert "&lt;b&gt;first&lt;/b&gt; lesson" in notes and "<b>first" not in notes
    assert "<th" not in notes
