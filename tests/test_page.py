"""The progress page (`report --format html`): valid HTML in every mode, checked with
html5lib's strict parser (and the Nu HTML checker when it is installed); one milestone
marker per week that shows the worst state and a count and can be read; a meta
description; and print page breaks that keep a heading with its chart.
"""

from __future__ import annotations

import base64
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import html5lib
import pytest

from tests.helpers import WINTER, Learner

START = "2026-11-25"
DAY = "2027-01-06"  # after the "This Month" milestones' due day
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAEElEQVR4nGP4z8DAwMDAAAAP/wH/p5qx2QAAAABJRU5ErkJggg=="
)
NS = "{http://www.w3.org/1999/xhtml}"
JOINED = "join-fashion-tech-community"  # met early; the other two of its week are overdue


@pytest.fixture
def lived(learner: Learner, tmp_path: Path) -> Learner:
    """Six weeks of a plan: a milestone met early in week 4's three, a skip that closes a
    week-1 milestone, reviews, a note, evidence (a picture, a link) and a pause."""
    learner.ok("start", "--on", START, today=START)
    learner.ok(
        "done", "enroll-skillshare-fashion-basics", "set-up-clo-3d-trial", today="2026-11-26"
    )
    learner.ok("skip", "follow-fashion-brands-on-linkedin", today="2026-11-26")
    learner.ok("done", "join-fashion-tech-slack", today="2026-11-30")
    learner.ok("review", "--went-well", "tools", "--blocked", "time", today="2026-12-01")
    learner.ok("note", "set-up-clo-3d-trial", "runs on my <b>old</b> laptop", today="2026-12-01")
    picture = tmp_path / "work" / "board.png"
    picture.parent.mkdir()
    picture.write_bytes(PNG)
    learner.ok("evidence", "set-up-clo-3d-trial", str(picture), today="2026-12-02")
    learner.ok(
        "evidence", "set-up-clo-3d-trial", "https://example.com/a?b=1&c=2", today="2026-12-02"
    )
    learner.ok("pause", "--from", "2026-12-20", "--until", "2026-12-27", "--reason", "holiday",
               today="2026-12-03")  # fmt: skip
    return learner


TEN_WEEKS = "2027-02-17"


@pytest.fixture
def ten_weeks(learner: Learner, tmp_path: Path) -> Learner:
    """Plan week 10 of the bundled roadmap, as tests/test_html_page.py lives it: the page
    whose "Activity" heading printed at the foot of page 2, its chart on page 3."""
    picture = tmp_path / "moodboard.png"
    picture.write_bytes(PNG)
    steps: list[tuple[str, ...]] = [
        ("2026-12-01", "start", "--on", "2026-12-01", "--yes"),
        ("2026-12-02", "done", "enroll-skillshare-fashion-basics", "set-up-clo-3d-trial"),
        ("2026-12-03", "done", "follow-fashion-brands-on-linkedin", "pick-fashion-blogs"),
        ("2026-12-04", "note", "set-up-clo-3d-trial", "Trial runs on my <b>old</b> laptop"),
        ("2026-12-07", "review", "--went-well", "set up every tool", "--blocked",
         "time after work", "--confidence", "fashion-design-fundamentals=2",
         "--confidence", "ai-design-tools=3"),
        ("2026-12-09", "done", "sketch-basic-silhouettes", "write-fabric-types-sheet"),
        ("2026-12-10", "evidence", "sketch-basic-silhouettes", str(picture)),
        ("2026-12-11", "evidence", "write-fabric-types-sheet",
         "https://example.com/fabrics?a=1&b=2"),
        *WINTER,
    ]  # fmt: skip
    for day, *args in steps:
        learner.ok(*args, today=day)
    return learner


def page(learner: Learner, *options: str, today: str = DAY) -> str:
    return learner.ok("report", "--format", "html", *options, today=today).stdout


def strict(text: str) -> Any:
    """The page's tree; html5lib's strict parser raises on any parse error."""
    return html5lib.HTMLParser(strict=True, namespaceHTMLElements=True).parse(text)


MODES = {
    "plain": (),
    "embed": ("--embed",),
}


@pytest.mark.parametrize("mode", list(MODES))
@pytest.mark.parametrize("life", ["lived", "ten_weeks"])
def test_the_page_is_valid_html_in_every_mode(
    life: str, mode: str, request: pytest.FixtureRequest
) -> None:
    """`--embed` used to put the thumbnail's <figure> in a <p>: a parse error ("</p>"
    with no <p> open), rejected by the Nu checker too."""
    learner: Learner = request.getfixturevalue(life)
    text = page(learner, *MODES[mode], today=TEN_WEEKS if life == "ten_weeks" else DAY)
    tree = strict(text)
    assert tree.find(f".//{NS}main") is not None
    if mode == "embed":
        assert "<figure" in text and "data:image/png;base64," in text


def test_the_page_is_valid_on_the_first_day_and_when_complete(learner: Learner) -> None:
    learner.ok("start", "--on", START, today=START)
    strict(page(learner, today=START))
    every = [action.id for _, _, action in learner.roadmap.actions()]
    learner.ok("done", *every, today="2026-11-26")
    strict(page(learner, today="2026-11-27"))


def _marks(text: str) -> list[Any]:
    tree = strict(text)
    marks = tree.find(f".//{NS}ul[@class='g-marks']")
    assert marks is not None
    return list(marks)


def test_one_marker_per_week_shows_the_worst_state_and_a_count(lived: Learner) -> None:
    """The three "This Month" milestones share a week: one met early, two overdue. Its
    one marker is overdue (it used to be a green "done" diamond drawn over the others), says 3, and
    names each milestone in words; week 1's skip shows as closed, not done."""
    data = lived.json("report", today=DAY)
    by_week: dict[int, list[dict[str, Any]]] = {}
    for line in data["milestones"]:
        by_week.setdefault(line["due_week"], []).append(line)
    marks = _marks(page(lived))
    assert [int(mark.get("data-count")) for mark in marks] == [
        len(lines) for _, lines in sorted(by_week.items())
    ]
    assert len({mark.get("id") for mark in marks}) == len(by_week)
    week = next(line["due_week"] for line in data["milestones"] if line["id"] == JOINED)
    week4 = next(mark for mark in marks if mark.get("id") == f"milestone-mark-{week}")
    assert week4.get("class") == "g-ms overdue"
    count = week4.find(f"{NS}span[@class='g-count']")
    assert count is not None and count.text == "3"
    said = "".join(week4.itertext())
    assert "3 milestones, 2 overdue, 1 done" in said
    for line in by_week[week]:
        assert line["title"] in said
    week1 = next(mark for mark in marks if mark.get("id") == "milestone-mark-1")
    assert week1.get("class") == "g-ms closed"
    assert "1 closed with a skip, 2 done" in "".join(week1.itertext())


def test_markers_are_elements_with_words_not_empty_titles(lived: Learner) -> None:
    """Each marker is a list item with its words inside it (read by a screen reader,
    shown without CSS), in a list labelled as the milestones by week."""
    text = page(lived)
    assert re.search(r'<span class="g-ms[^"]*"[^>]*title="[^"]*"></span>', text) is None
    for mark in _marks(text):
        assert mark.tag == f"{NS}li"
        hidden = mark.find(f"{NS}span[@class='sr']")
        assert hidden is not None and hidden.text and hidden.text.startswith("Week ")
    assert 'aria-label="Milestones by week"' in text
    assert ".sr { position: absolute; width: 1px; height: 1px;" in text


def test_the_page_has_a_meta_description(lived: Learner) -> None:
    data = lived.json("report", today=DAY)
    tree = strict(page(lived))
    meta = tree.find(f".//{NS}head/{NS}meta[@name='description']")
    assert meta is not None
    content = meta.get("content")
    assert content.startswith(f"Progress on {lived.roadmap.overview.title}: {data['percent']}%")
    assert f"plan week {data['week']} of {data['weeks']}" in content
    assert 40 <= len(content) <= 300


def test_each_chart_is_kept_with_its_heading_in_print(lived: Learner) -> None:
    """The heading, its lead and its chart are one block print never splits (the
    "Activity" heading was at the foot of page 2 and its chart on page 3)."""
    text = page(lived)
    tree = strict(text)
    for section, chart in (
        ("timeline", "timeline-chart"),
        ("burndown", "burndown-chart"),
        ("activity", "activity-chart"),
    ):
        keep = tree.find(f".//{NS}section[@id='{section}']/{NS}div[@class='keep']")
        assert keep is not None, section
        assert keep.find(f"{NS}h2") is not None
        assert any(item.get("id") == chart for item in keep.iter()), section
    printing = text[text.index("@media print") :]
    assert ".keep { break-inside: avoid; page-break-inside: avoid; }" in printing


def _browser() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        if shutil.which(name):
            return shutil.which(name)
    return None


@pytest.mark.slow
@pytest.mark.skipif(
    _browser() is None or shutil.which("pdftotext") is None,
    reason="needs Chromium and pdftotext (.ci/run installs chromium and poppler-utils)",
)
@pytest.mark.parametrize("life", ["lived", "ten_weeks"])
def test_printed_headings_share_a_page_with_their_charts(
    life: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    """Printed to A4 by Chromium and read back with pdftotext: each chart's heading is on
    the page that has the chart's own label."""
    learner: Learner = request.getfixturevalue(life)
    source = tmp_path / "report.html"
    today = TEN_WEEKS if life == "ten_weeks" else DAY
    learner.ok("report", "--format", "html", "-o", str(source), today=today)
    pdf = tmp_path / "report.pdf"
    browser = _browser()
    assert browser is not None
    done = subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}",
            source.as_uri(),
        ],
        capture_output=True,
        timeout=120,
        env={**os.environ, "HOME": str(tmp_path)},
        check=False,
    )
    assert done.returncode == 0 and pdf.exists(), done.stderr[-2000:]
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = text.split("\f")

    def page_with(pattern: str) -> int:
        found = [number for number, item in enumerate(pages) if re.search(pattern, item, re.M)]
        assert found, pattern
        return found[0]

    assert page_with(r"^\s*Activity: actions done per week") == page_with(r"^\s*\d+ done\s*$")
    assert page_with(r"^\s*Burndown: planned hours left") == page_with(r"hours left, as you went")
    assert page_with(r"^\s*Timeline\s*$") == page_with(r"you are here · week")


def _vnu() -> list[str] | None:
    jar = os.environ.get("VNU_JAR", "")
    if jar and Path(jar).is_file() and shutil.which("java"):
        return ["java", "-jar", jar]
    if shutil.which("vnu"):
        return ["vnu"]
    return None


@pytest.mark.skipif(_vnu() is None, reason="no Nu HTML checker (.ci/run sets VNU_JAR)")
def test_the_nu_html_checker_finds_no_error(lived: Learner, tmp_path: Path) -> None:
    checker = _vnu()
    assert checker is not None
    files = []
    for mode, options in MODES.items():
        target = tmp_path / f"{mode}.html"
        lived.ok("report", "--format", "html", *options, "-o", str(target), today=DAY)
        files.append(str(target))
    done = subprocess.run(
        [*checker, "--errors-only", *files],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0 and not done.stderr.strip(), done.stdout + done.stderr
