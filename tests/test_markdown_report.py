"""`--format markdown` on a par with the page: the report has every section the HTML page
has (reviews, blockers, notes, evidence, pauses, confidence...), no empty header row,
`today` ends as the terminal's `today` does, and `timeline` never calls a phase with
open actions "done". Rendered with markdown-it-py, GitHub-flavoured tables enabled.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from fashioncoach.render import phrases
from tests.helpers import Learner

START = "2026-11-25"
DAY = "2026-12-15"


def rendered(text: str) -> str:
    return MarkdownIt("commonmark").enable("table").render(text)


def headings(text: str) -> list[str]:
    """The h2-h4 headings' inline text, in order."""
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    found = []
    for index, token in enumerate(tokens):
        if token.type == "heading_open" and token.tag in ("h2", "h3", "h4"):
            found.append(tokens[index + 1].content)
    return found


@pytest.fixture
def lived(learner: Learner, tmp_path: Path) -> Learner:
    """Three weeks of a life: work done and skipped, two reviews naming the same blocker,
    a note, a link and a file as evidence, and a pause."""
    learner.ok("start", "--on", START, today=START)
    learner.ok("done", "enroll-skillshare-fashion-basics", "--hours", "3", today="2026-11-26")
    learner.ok("skip", "follow-fashion-brands-on-linkedin", today="2026-11-26")
    learner.ok(
        "review",
        "--went-well",
        "sketches <b>bold</b>",
        "--blocked",
        "time",
        "--confidence",
        "fashion-design-fundamentals=3",
        today="2026-12-05",
    )
    learner.ok(
        "review",
        "--went-well",
        "mood board",
        "--blocked",
        "time",
        "--confidence",
        "fashion-design-fundamentals=4",
        today="2026-12-12",
    )
    learner.ok(
        "note",
        "enroll-skillshare-fashion-basics",
        "lesson 2 <script>alert(1)</script> [x](javascript:alert(1))",
        today="2026-12-06",
    )
    learner.ok(
        "evidence",
        "enroll-skillshare-fashion-basics",
        "https://example.com/board?a=1&b=(2)",
        today="2026-12-06",
    )
    picture = tmp_path / "private-folder" / "board.png"
    picture.parent.mkdir()
    picture.write_bytes(b"\x89PNG\r\n\x1a\n")
    learner.ok("evidence", "enroll-skillshare-fashion-basics", str(picture), today="2026-12-07")
    learner.ok(
        "pause",
        "--from",
        "2026-12-08",
        "--until",
        "2026-12-11",
        "--reason",
        "flu",
        today="2026-12-07",
    )
    return learner


def test_the_report_has_every_section_of_the_page(lived: Learner) -> None:
    text = lived.ok("report", "--format", "markdown", today=DAY).stdout
    found = headings(text)
    expected = [
        "Progress report — Tue 15 Dec 2026",
        "Where you stand",
        "Timeline",
        "Phases",
        "Skills",
        "Skills you already have, put to use",
        "Career work",
        "Milestones:",
        "Burndown: planned hours left",
        "Activity: actions done per week",
        "Confidence over time",
        "Weekly reviews: 2",
        "Notes and evidence",
        "Pauses: 3 days paused so far",
    ]
    position = 0
    for title in expected:
        matches = [i for i, item in enumerate(found) if item.startswith(title) and i >= position]
        assert matches, f"{title!r} missing or out of order in {found}"
        position = matches[0] + 1


def test_the_report_shows_what_the_page_shows(lived: Learner) -> None:
    """The same words as the page: each review's answers and confidence, the repeated
    blocker's hint, the note, the evidence (a link, and a file by its name only), the
    pause and its reason, confidence over time."""
    text = lived.ok("report", "--format", "markdown", today=DAY).stdout
    page = rendered(text)
    data = lived.json("report", today=DAY)
    assert "<strong>Went well:</strong> sketches &lt;b&gt;bold&lt;/b&gt;" in page
    assert "<strong>Blocked:</strong> time" in page
    assert "Fashion Design Fundamentals 3/5" in page and "Fashion Design Fundamentals 4/5" in page
    assert "Named in two reviews or more: “time”." in page
    assert "<code>fashioncoach replan --dry-run</code>" in page
    assert "3/5 (week 2, Sat 5 Dec 2026) → 4/5 (week 3, Sat 12 Dec 2026)" in page
    assert "lesson 2 &lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert '<a href="https://example.com/board?a=1&amp;b=(2)">' in page
    assert "board.png" in page and "private-folder" not in page
    assert "<td>flu</td>" in page
    assert "1 note, 2 pieces of evidence" in page
    # Hostile text stays text: no tag of its own, no link but the one http(s) evidence.
    assert "<script" not in page and "<b>" not in page
    assert page.count("<a href=") == 1 and "javascript:" not in page.replace("(javascript:", "")
    # The figures are --json's.
    assert f"**{data['percent']}%**" in text
    assert f"| **Status** | {data['pace']['line']} |" in text
    assert f"{data['streak_weeks']} week" in text


def test_no_table_has_an_empty_header(lived: Learner) -> None:
    """The summary table used to have `| | |` as its header: a blank strip on GitHub and
    `<th></th>` in markdown-it. Every header cell now names its column."""
    for command in (["report"], ["timeline"], ["today"]):
        text = lived.ok(*command, "--format", "markdown", today=DAY).stdout
        page = rendered(text)
        assert "<th></th>" not in page and '<th style="text-align:right"></th>' not in page
        tokens = MarkdownIt("commonmark").enable("table").parse(text)
        for index, token in enumerate(tokens):
            if token.type == "th_open":
                assert tokens[index + 1].content.strip(), command
    report = rendered(lived.ok("report", "--format", "markdown", today=DAY).stdout)
    assert report.count("<table>") >= 8  # summary, timeline, phases, skills x3, activity, pauses


def test_today_ends_as_the_terminal_today_does(lived: Learner) -> None:
    """Not "32.5 h left of your 10.5 h weekly budget": the counts of the list, the hours it
    leaves to do and the budget, in the terminal's words (phrases.week_footer)."""
    text = lived.ok("today", "--format", "markdown", today=DAY).stdout
    data = lived.json("today", today=DAY)
    footer = phrases.week_footer(
        data["done"], data["skipped"], data["total"], data["hours_open"], data["weekly_hours"]
    )
    assert text.rstrip("\n").splitlines()[-1] == f"**{footer}**"
    assert "left of your" not in text and "weekly budget" not in text
    terminal = lived.ok("today", today=DAY).stdout
    assert footer in " ".join(terminal.split())
    # What the terminal says besides the list: the verdict, the late work past the budget.
    assert data["pace"]["line"] in " ".join(text.split())
    if data["late_more"]:
        assert "are late and come after this week's budget" in text


def test_a_phase_left_with_open_actions_is_not_called_done(learner: Learner) -> None:
    """`phase next` with work open: the phase left is "left · N open" in the Markdown and
    "left" with its open count in the JSON; "done" only once nothing is open."""
    learner.ok("start", "--on", START, today=START)
    learner.ok("done", "enroll-skillshare-fashion-basics", today="2026-11-26")
    learner.ok("phase", "next", "--yes", today="2026-11-26")
    data = json.loads(learner.ok("timeline", "--json", today="2026-11-26").stdout)
    first = data["phases"][0]
    assert first["state"] == "left" and first["open"] > 0
    assert all(phase["state"] != "done" or phase["open"] == 0 for phase in data["phases"])
    text = learner.ok("timeline", "--format", "markdown", today="2026-11-26").stdout
    row = next(line for line in text.splitlines() if line.startswith(f"| {first['title']} |"))
    assert row.endswith(f"| left · {first['open']} open |")
    current = data["phases"][1]
    row = next(line for line in text.splitlines() if current["title"] in line)
    assert "← you are here" in row and row.endswith(f"| current · {current['open']} open |")
    report = learner.ok("report", "--format", "markdown", today="2026-11-26").stdout
    assert f"left · {first['open']} open" in report
    assert "| done |" not in text
