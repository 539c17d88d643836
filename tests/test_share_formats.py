"""``--format markdown`` and ``--format html``: the same facts as ``--json``, to paste or open.

The real command line runs with ``--today``; expected figures come from the same
command's ``--json`` output, so the formats cannot drift from the JSON report.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from fashioncoach.cli.main import app
from fashioncoach.paths import bundled_roadmap
from fashioncoach.store.roadmap_file import load_roadmap

runner = CliRunner()
ROADMAP = load_roadmap(bundled_roadmap())
WEEK1 = [action.id for _, week, action in ROADMAP.actions() if week == 1]
DAY = "2026-12-10"


def ok(*args: str) -> Result:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture
def journey(isolated_home: Path) -> Path:
    """Two weeks in: two actions done, one skipped, one note in the log."""
    ok("--today", "2026-12-01", "start", "--on", "2026-12-01", "--yes")
    ok("--today", "2026-12-02", "done", WEEK1[0])
    ok("--today", "2026-12-03", "done", WEEK1[1])
    ok("--today", "2026-12-03", "skip", WEEK1[2])
    return isolated_home / f"{ROADMAP.id}.toml"


def pace(data: dict[str, Any]) -> str:
    """The pace the JSON report gives, in words."""
    days = abs(data["days_behind"])
    unit = "day" if days == 1 else "days"
    if data["status"] == "behind":
        return f"{days} {unit} behind"
    if data["status"] == "ahead":
        return f"{days} {unit} ahead"
    return str(data["status"])


def report_json() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(ok("--today", DAY, "report", "--json").stdout)
    return data


def test_report_markdown_has_the_json_figures(journey: Path) -> None:
    """A GFM report: a heading, tables of phases and skills, a milestone task list."""
    data = report_json()
    text = ok("--today", DAY, "report", "--format", "markdown").stdout
    assert text.startswith("## Progress report — Thu 10 Dec 2026\n")
    assert f"{data['actions_done']}/{data['actions_total']} actions" in text
    assert "| Phase | Actions | Hours | Progress |\n| --- | ---: | ---: | --- |" in text
    for tally in data["phases"] + data["skills"]:
        assert f"| {tally['done']}/{tally['total']} |" in text
    current = data["phase"]["title"]
    assert f"| **{current}** (you are here) |" in text
    assert f"| **Status** | {pace(data)} |" in text
    done = [line for line in data["milestones"] if line["done"]]
    assert text.count("- [x] ") == len(done)
    assert text.count("- [ ] ") == len(data["milestones"]) - len(done)
    assert "\x1b" not in text
    # Every table row has the header's number of cells.
    for block in re.findall(r"((?:^\|.*\|\n)+)", text, flags=re.MULTILINE):
        rows = block.splitlines()
        assert {row.count(" | ") for row in rows} == {rows[0].count(" | ")}


def test_today_and_timeline_markdown(journey: Path) -> None:
    """``today`` is a task list with ids; ``timeline`` a table with "you are here"."""
    today = ok("--today", "2026-12-03", "today", "--format", "markdown").stdout
    assert today.startswith(f"## {ROADMAP.phases[0].title} — week 1 of ")
    assert "- [x] " in today and "- [ ] " in today
    assert f"`{WEEK1[0]}`" in today
    assert "(skipped)" in today
    data = json.loads(ok("--today", DAY, "timeline", "--json").stdout)
    timeline = ok("--today", DAY, "timeline", "--format", "markdown").stdout
    assert f"**You are here:** week {data['you_are_here']} of {data['weeks']}" in timeline
    for phase in data["phases"]:
        assert phase["title"] in timeline
    assert timeline.count("\n- [") == len(data["milestones"])


def test_json_alias_and_format_json_agree_and_clash_is_a_usage_error(journey: Path) -> None:
    """``--json`` still works, equals ``--format json``; both with another format exit 2."""
    assert (
        ok("--today", DAY, "report", "--format", "json").stdout
        == ok("--today", DAY, "report", "--json").stdout
    )
    assert (
        ok("--today", DAY, "today", "--format", "json").stdout
        == ok("--today", DAY, "today", "--json").stdout
    )
    for command in ("report", "today", "timeline"):
        result = runner.invoke(app, ["--today", DAY, command, "--json", "--format", "markdown"])
        assert result.exit_code == 2
        assert "pick one" in result.stderr
    result = runner.invoke(app, ["--today", DAY, "today", "--format", "html"])
    assert result.exit_code == 2
    assert "this command prints text, json, markdown" in result.stderr
    result = runner.invoke(app, ["--today", DAY, "report", "--format", "pdf"])
    assert result.exit_code == 2


def test_report_output_writes_each_format_to_a_file(journey: Path, tmp_path: Path) -> None:
    """``--output FILE`` writes the report in the asked format, and says where."""
    for fmt, check in (
        ("text", "Report for Thu 10 Dec 2026"),
        ("json", '"actions_done": 2'),
        ("markdown", "## Progress report"),
        ("html", "<!DOCTYPE html>"),
    ):
        target = tmp_path / f"report.{fmt}"
        result = ok("--today", DAY, "report", "--format", fmt, "--output", str(target))
        assert str(target) in result.stdout
        assert check in target.read_text(encoding="utf-8")
    result = runner.invoke(app, ["--today", DAY, "report", "--output", str(tmp_path)])
    assert result.exit_code == 2
    assert "is a folder" in result.stderr


def test_html_report_is_self_contained(journey: Path, tmp_path: Path) -> None:
    """One file: inline CSS and SVG, no script, no external asset; dark mode and print rules."""
    page = tmp_path / "report.html"
    ok("--today", DAY, "report", "--format", "html", "--output", str(page))
    html = page.read_text(encoding="utf-8")
    assert "<script" not in html.lower()
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)""", html)
    assert "<link" not in html and "@import" not in html and "url(" not in html
    assert "<style>" in html and "<svg" in html
    assert "@media (prefers-color-scheme: dark)" in html
    assert "@media print" in html and "@page { size: A4;" in html
    data = report_json()
    assert f'<span class="big" id="actions-done">{data["actions_done"]}</span>' in html
    assert "you are here" in html


def test_html_report_shows_notes_escaped(journey: Path, tmp_path: Path) -> None:
    """Notes in the log appear in a "Notes and evidence" section, escaped; hours a note
    event carries (an older file, a hand edit) follow its words: there is no hours column."""
    import tomllib

    import tomli_w

    saved = tomllib.loads(journey.read_text(encoding="utf-8"))
    saved["events"].append(
        {
            "at": saved["events"][0]["at"],
            "kind": "note",
            "action": WEEK1[0],
            "note": "<b>first</b> lesson",
            "hours": 1.5,
        }
    )
    journey.write_text(tomli_w.dumps(saved), encoding="utf-8")
    html = ok("--today", DAY, "report", "--format", "html").stdout
    assert "Notes and evidence" in html
    assert '&lt;b&gt;first&lt;/b&gt; lesson <span class="muted">(1.5 h)</span>' in html
    assert "<th" not in html[html.index('<section id="notes">') :].split("</section>")[0]
