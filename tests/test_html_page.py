"""The progress page (``report --format html``) as a learner and their mentor see it.

A learner twelve weeks into the bundled roadmap, with a holiday pause, a replan, a
phase moved on, reviews, a note and evidence (a link, an image, files): the page
shows reviews as words, evidence as links and file names (thumbnails with
``--embed``), a burndown, confidence over time and every week's activity. In
headless Chromium it fits 400 px and 1280 px windows with nothing wider than the
window, shows the figures of ``report --json``, and prints on a few A4 pages.
Hostile data (scripts, ``javascript:`` links, control characters) stays text.

The browser tests are skipped only when no Chromium or Chrome is on PATH
(``.ci/run`` installs Debian's ``chromium``).
"""

from __future__ import annotations

import ast
import base64
import html
import json
import os
import re
import tomllib
from collections.abc import Iterator
from datetime import UTC, date, datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import tomli_w

from tests.helpers import FIXTURES, REPO, WINTER, Ran, launch
from tests.test_share_browser import browser, figures, needs_browser

DAY = "2027-02-17"  # plan week 12, two of them mostly a holiday
RENDER = REPO / "src" / "fashioncoach" / "render"
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

# A PNG of 2 x 1 pixels.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAEElEQVR4nGP4z8DAwMDAAAAP/wH/p5qx2QAAAABJRU5ErkJggg=="
)


def ok(*args: str) -> Ran:
    result = launch(list(args))
    assert result.exit_code == 0, (args, result.output)
    return result


def report_json(*extra: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(ok(*extra, "--today", DAY, "report", "--json").stdout)
    return data


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    """Evidence on the learner's disk: an image, a big image, a text file named .png, a PDF."""
    folder = tmp_path / "portfolio" / "private folder"
    folder.mkdir(parents=True)
    made = {
        "image": folder / "moodboard.png",
        "big": folder / "huge-scan.png",
        "fake": folder / "not-really.png",
        "pdf": folder / "fabric-sheet.pdf",
    }
    made["image"].write_bytes(PNG)
    made["big"].write_bytes(PNG + b"\0" * (2 * 1024 * 1024 + 1))
    made["fake"].write_text("<svg onload=alert(1)>", encoding="utf-8")
    made["pdf"].write_bytes(b"%PDF-1.4\n")
    return made


@pytest.fixture
def journey(isolated_home: Path, files: dict[str, Path]) -> Path:
    """Week 12 of the bundled roadmap: work done most weeks, a note, evidence, three
    reviews, a holiday pause, a replan and a phase moved on. Its progress file."""
    steps: list[tuple[str, ...]] = [
        ("2026-12-01", "start", "--on", "2026-12-01", "--yes"),
        ("2026-12-02", "done", "enroll-skillshare-fashion-basics", "set-up-clo-3d-trial"),
        ("2026-12-03", "done", "follow-fashion-brands-on-linkedin", "pick-fashion-blogs"),
        ("2026-12-04", "note", "set-up-clo-3d-trial", "Trial runs on my <b>old</b> laptop"),
        ("2026-12-07", "review", "--went-well", "set up every tool", "--blocked",
         "time after work", "--confidence", "fashion-design-fundamentals=2",
         "--confidence", "ai-design-tools=3"),
        ("2026-12-09", "done", "sketch-basic-silhouettes", "write-fabric-types-sheet"),
        ("2026-12-10", "evidence", "sketch-basic-silhouettes", str(files["image"])),
        ("2026-12-10", "evidence", "sketch-basic-silhouettes", str(files["big"])),
        ("2026-12-10", "evidence", "sketch-basic-silhouettes", str(files["fake"])),
        ("2026-12-10", "evidence", "write-fabric-types-sheet", str(files["pdf"])),
        ("2026-12-11", "evidence", "write-fabric-types-sheet",
         "https://example.com/fabrics?a=1&b=2"),
        *WINTER,
    ]  # fmt: skip
    for day, *args in steps:
        ok("--today", day, *args)
    return isolated_home / "backend-to-ai-fashion-designer.toml"


def page_of(tmp_path: Path, *options: str, name: str = "report.html") -> tuple[Path, str]:
    target = tmp_path / name
    ok("--today", DAY, "report", "--format", "html", *options, "--output", str(target))
    return target, target.read_text(encoding="utf-8")


def section_of(page: str, key: str) -> str:
    start = page.index(f'<section id="{key}">')
    return page[start : page.index("</section>", start)]


class Markup(HTMLParser):
    """Every start tag and its attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def tags_of(page: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = Markup()
    parser.feed(page)
    return parser.tags


# --- what the page says ---------------------------------------------------------------


def test_reviews_read_as_text_with_date_week_and_skill_names(journey: Path, tmp_path: Path) -> None:
    """Each review: its plan week and date, what went well, what blocked, and confidence by
    skill *name*; never a Python dict. A blocker named twice suggests a dry-run replan."""
    _, page = page_of(tmp_path)
    data = report_json()
    assert "{'" not in page and "{&#x27;" not in page and "&#x27;:" not in page
    reviews = section_of(page, "reviews")
    assert len(data["reviews"]) == 3
    for index, review in enumerate(data["reviews"], start=1):
        assert f'id="review-{index}-week">{review["week"]}<' in reviews
        assert f'<time id="review-{index}-date" datetime="{review["on"]}">' in reviews
        for level in review["confidence"]:
            assert f'{level["title"]} <span id="review-{index}-{level["id"]}"' in reviews
    assert "<b>Went well:</b> set up every tool · <b>Blocked:</b> time after work" in reviews
    assert "Confidence:</b> Fashion Design Fundamentals" in reviews
    assert "“time after work”" in reviews and "replan --dry-run" in reviews


def test_evidence_is_links_and_file_names_never_local_paths(
    journey: Path, tmp_path: Path, files: dict[str, Path]
) -> None:
    """A URL is a link that opens without the opener or referrer; a file shows its name,
    never the folder it is in; without --embed there is no picture at all."""
    _, page = page_of(tmp_path)
    notes = section_of(page, "notes")
    assert (
        '<a href="https://example.com/fabrics?a=1&amp;b=2" rel="noopener noreferrer">'
        "https://example.com/fabrics?a=1&amp;b=2</a>"
    ) in notes
    for path in files.values():
        assert f'<span class="file">{path.name}</span>' in notes
    assert str(tmp_path) not in page and "private folder" not in page
    assert "<img" not in page
    # The note: escaped, and no always-empty hours column any more.
    assert "Trial runs on my &lt;b&gt;old&lt;/b&gt; laptop" in notes
    assert "<th" not in notes
    data = report_json()
    assert f'id="notes-count">{len(data["notes"])}<' in notes
    assert f'id="evidence-count">{len(data["evidence"])}<' in notes


def test_embed_puts_small_real_images_in_the_page(
    journey: Path, tmp_path: Path, files: dict[str, Path]
) -> None:
    """--embed: the small PNG becomes a data: thumbnail; the 2 MB+ scan, the text file
    named .png, the PDF and a FIFO named .png (never waited on) keep their names only.
    The page stays one file."""
    if hasattr(os, "mkfifo"):
        fifo = files["image"].with_name("pipe.png")
        os.mkfifo(fifo)
        ok("--today", "2026-12-10", "evidence", "sketch-basic-silhouettes", str(fifo))
    _, page = page_of(tmp_path, "--embed")
    pictures = [attrs for tag, attrs in tags_of(page) if tag == "img"]
    assert len(pictures) == 1
    assert pictures[0]["src"] == "data:image/png;base64," + base64.b64encode(PNG).decode()
    assert pictures[0]["alt"] == "moodboard.png"
    for name in ("huge-scan.png", "not-really.png", "fabric-sheet.pdf"):
        assert f'<span class="file">{name}</span>' in page
    assert "onload" not in page and str(tmp_path) not in page
    result = launch(["--today", DAY, "report", "--format", "markdown", "--embed"])
    assert result.exit_code == 2
    assert "--embed" in result.stderr and "--format html" in result.stderr


def test_burndown_confidence_and_every_week_of_activity(journey: Path, tmp_path: Path) -> None:
    """An SVG burndown with the original plan (faint), the plan in force and the hours
    left, the pause shaded and the replan marked; confidence per skill over time; one
    entry of activity for every plan week since the start, not the last eight."""
    _, page = page_of(tmp_path)
    data = report_json()
    burndown = section_of(page, "burndown")
    assert '<svg id="burndown-chart"' in burndown
    for line in ("b-original", "b-planned", "b-actual"):
        assert f'<polyline class="{line}"' in burndown
    assert '<rect class="b-pause"' in burndown and "paused <time" in burndown
    assert '<line class="b-replan"' in burndown
    assert f'replanned <time datetime="{data["replanned_on"]}">' in burndown
    this_week = next(week for week in data["burndown"] if week["week"] == data["week"])
    assert f'id="burndown-remaining">{this_week["remaining"]:g}<' in burndown
    assert f'id="burndown-planned">{this_week["planned_remaining"]:g}<' in burndown
    # The plan made at the start: the roadmap's own 24 weeks, moved on by the 16 paused days.
    assert data["burndown_original"][-1]["week"] == 27

    assert data["week"] == 12  # plan weeks are the calendar's: the paused ones count
    assert [item["week"] for item in data["activity"]] == list(range(1, 13))
    activity = section_of(page, "activity")
    assert activity.count('<rect class="a-bar') == 12
    for item in data["activity"]:
        assert f'id="activity-{item["week"]}-done">{item["done"]}<' in activity
        assert f'<time datetime="{item["start"]}">' in activity

    confidence = section_of(page, "confidence")
    for skill in data["confidence"]:
        assert skill["title"] in confidence
        assert confidence.count(f'id="confidence-{skill["id"]}-') == 2 * len(skill["history"])
    assert '<svg class="spark"' in confidence


def test_dates_are_time_elements_that_never_wrap(journey: Path, tmp_path: Path) -> None:
    """Every date on the page is a <time> (styled nowrap) and carries its ISO date."""
    _, page = page_of(tmp_path)
    assert "time { white-space: nowrap; }" in page
    visible = re.sub(r"<time [^>]*>[^<]*</time>", "", page.split("</style>", 1)[1])
    visible = re.sub(r"<title>.*?</title>", "", visible)  # a chart's tooltips
    visible = re.sub(r"<[^>]+>", " ", visible)
    months = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
    assert not re.search(rf"\b\d{{1,2}} ({months}) \d{{4}}\b", visible)
    assert not re.search(r"\b\d{4}-\d\d-\d\d\b", visible.replace(f"on {DAY}.", ""))


def test_hostile_data_stays_text(isolated_home: Path, tmp_path: Path) -> None:
    """Scripts, javascript: links and control characters planted in a custom roadmap's
    titles, notes, evidence, reviews and pauses: the page has no script, no link that is
    not http(s), no event handler attribute and no control character."""
    roadmap = (FIXTURES / "teacher-to-ux.toml").read_text(encoding="utf-8")
    for old, new in (
        ('"From Teacher to UX Designer"', '"<script>alert(1)</script>\\u001b]0;title\\u0007"'),
        ('title = "Foundations"', 'title = "Found\\u001b[31mations <img src=x onerror=alert(2)>"'),
        ('name = "User research"', 'name = "\\"><script>alert(3)</script>"'),
        ('"Write an interview guide"', '"javascript:alert(4)"'),
        ('"Three user interviews done"', '"<a href=\\"javascript:alert(5)\\">m</a>\\u009b"'),
    ):
        assert old in roadmap
        roadmap = roadmap.replace(old, new)
    custom = tmp_path / "hostile.toml"
    custom.write_text(roadmap, encoding="utf-8")
    base = ("--roadmap", str(custom))
    ok(*base, "--today", "2026-12-01", "start", "--on", "2026-12-01", "--yes")
    ok(*base, "--today", "2026-12-02", "done", "start-ux-course")
    ok(*base, "--today", "2026-12-03", "review", "--went-well", "<script>alert(6)</script>",
       "--blocked", "javascript:alert(7)", "--confidence", "user-research=3")  # fmt: skip
    progress = isolated_home / "teacher-to-ux-designer.toml"
    saved = tomllib.loads(progress.read_text(encoding="utf-8"))
    at = datetime(2026, 12, 4, 10, 0, tzinfo=UTC)

    def row(seq: int, kind: str, **fields: Any) -> dict[str, Any]:
        """An event as a hand edit adds it to the log."""
        return {"id": f"hand-{seq}", "seq": seq, "at": at, "day": at.date(), "kind": kind, **fields}

    saved["events"] += [
        row(90, "note", action="start-ux-course",
            note="\x1b]8;;javascript:alert(8)\x07click\x1b]8;;\x07 <script>x</script>\x9b\x00"),
        row(91, "note", action="<script>gone</script>", note="\x1b[2J"),
    ]  # fmt: skip
    saved["events"] += [
        row(100 + number, "evidence", action="start-ux-course", ref=ref)
        for number, ref in enumerate(
            (
                "javascript:alert(9)",
                "JaVaScRiPt:alert(10)",
                " javascript:alert(11)",
                "data:text/html,<script>alert(12)</script>",
                'https://x.example/"><script>alert(13)</script>',
                "http://x.example/\x1b[31m",
                "https://ok.example/work",
                "/home/someone/secret/moodboard.jpg",
            )
        )
    ]
    saved["events"].append(
        row(120, "pause", on=at.date(), until=date(2026, 12, 6), note="<script>\x1b[2J")
    )
    progress.write_text(tomli_w.dumps(saved), encoding="utf-8")

    target = tmp_path / "hostile.html"
    ok(*base, "--today", "2026-12-20", "report", "--format", "html", "--embed", "-o", str(target))
    page = target.read_text(encoding="utf-8")
    assert "<script" not in page.lower()
    assert not CONTROL.search(page)
    assert "javascript:alert(9)" in page  # shown as text, not dropped
    hrefs = []
    for tag, attrs in tags_of(page):
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        assert tag not in ("script", "iframe", "object", "embed", "link", "base", "form")
        if tag == "img":
            assert (attrs["src"] or "").startswith("data:image/")
        if "href" in attrs:
            assert tag == "a" and attrs["rel"] == "noopener noreferrer"
            hrefs.append(attrs["href"])
    assert hrefs == ["https://ok.example/work"]
    assert "secret" not in page and "moodboard.jpg" in page


# --- the file -----------------------------------------------------------------------


@pytest.fixture
def umask() -> Iterator[int]:
    mask = 0o027
    old = os.umask(mask)
    try:
        yield mask
    finally:
        os.umask(old)


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_page_is_written_with_the_users_umask_progress_stays_private(
    journey: Path, tmp_path: Path, umask: int
) -> None:
    """The page is meant to be shared: the user's normal permissions (0666 less the
    umask). The progress file and backups stay 0600."""
    target, _ = page_of(tmp_path)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask
    assert journey.stat().st_mode & 0o777 == 0o600


def test_render_modules_are_layered_and_small() -> None:
    """render/html*.py import only views, model, render and errors (and the standard
    library), and each has one job in at most 400 lines."""
    allowed = ("fashioncoach.views", "fashioncoach.model", "fashioncoach.render",
               "fashioncoach.errors")  # fmt: skip
    modules = sorted(RENDER.glob("html*.py"))
    assert {path.name for path in modules} >= {"html.py", "html_charts.py", "html_style.py"}
    for path in modules:
        text = path.read_text(encoding="utf-8")
        assert len(text.splitlines()) <= 400, path.name
        for node in ast.walk(ast.parse(text)):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                if name.startswith("fashioncoach"):
                    assert name.startswith(allowed), (path.name, name)


# --- in a browser -------------------------------------------------------------------

MEASURE = """<script>
(function () {
  var root = document.documentElement, out = {};
  out.innerWidth = window.innerWidth;
  out.scrollWidth = root.scrollWidth;
  var here = document.getElementById("you-are-here-label").getBoundingClientRect();
  out.here = {left: here.left, right: here.right, width: here.width, height: here.height};
  out.hereText = document.getElementById("you-are-here-label").textContent;
  out.outside = [];
  document.querySelectorAll("body *").forEach(function (element) {
    var box = element.getBoundingClientRect();
    // Text for screen readers only (.sr) is clipped to nothing: it is never seen.
    if (box.width && (box.right > window.innerWidth + 0.5 || box.left < -0.5)
        && !element.closest(".table-box") && !element.closest(".sr")) {
      out.outside.push(element.tagName + "#" + element.id + "." + element.className);
    }
  });
  out.wrappedDates = [];
  document.querySelectorAll("time").forEach(function (element) {
    if (element.getClientRects().length > 1) out.wrappedDates.push(element.textContent);
  });
  out.scrollingBoxes = [];
  document.querySelectorAll(".table-box").forEach(function (box) {
    if (box.scrollWidth > box.clientWidth + 1) out.scrollingBoxes.push(box.innerHTML.slice(0, 80));
  });
  var pre = document.createElement("pre");
  pre.id = "measurements";
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
</script>"""


FRAME = """<!DOCTYPE html><html><body style="margin:0">
<iframe id="frame" style="width:{width}px;height:900px;border:0" srcdoc="{page}"></iframe>
<script>
document.getElementById("frame").addEventListener("load", function () {{
  var inner = this.contentDocument;
  var out = document.createElement("pre");
  out.id = "measurements";
  out.textContent = inner.getElementById("measurements").textContent;
  document.body.appendChild(out);
  var dom = document.createElement("pre");
  dom.id = "dom";
  dom.textContent = inner.documentElement.outerHTML;
  document.body.appendChild(dom);
}});
</script></body></html>"""


def measured(page: Path, tmp_path: Path, width: int) -> tuple[dict[str, Any], str]:
    """Chromium's measurements of a copy of ``page`` in a frame ``width`` px wide (a
    headless window is at least 500 px wide; a frame is a viewport of any width), and the
    frame's DOM as Chromium made it."""
    text = page.read_text(encoding="utf-8").replace("</body>", MEASURE + "</body>")
    frame = tmp_path / f"measure-{width}.html"
    frame.write_text(
        FRAME.format(width=width, page=html.escape(text, quote=True)), encoding="utf-8"
    )
    result = browser(tmp_path, f"--window-size={width + 40},1000", "--dump-dom", frame.as_uri())
    assert result.returncode == 0, result.stderr[-2000:]
    found = re.search(r'<pre id="measurements">(.*?)</pre>', result.stdout, re.DOTALL)
    dom = re.search(r'<pre id="dom">(.*?)</pre>', result.stdout, re.DOTALL)
    assert found and dom, result.stdout[-2000:]
    data: dict[str, Any] = json.loads(html.unescape(found.group(1)))
    return data, html.unescape(dom.group(1))


def expected_figures(data: dict[str, Any], timeline: dict[str, Any]) -> dict[str, str]:
    """The text each id'd figure of the page should hold, from ``report --json``."""
    head, _, advice = data["pace"]["line"].partition(" — ")
    expected = {
        "actions-done": str(data["actions_done"]),
        "actions-total": str(data["actions_total"]),
        "hours-done": f"{data['hours_done']:g}",
        "hours-total": f"{data['hours_total']:g}",
        "hours-actual": f"{data['hours_actual']:g}",
        "overall-percent": f"{data['percent']}%",  # of the hours, closed ones
        "current-phase": data["phase_position"]["title"],
        "week": str(data["week"]),
        "weeks": str(data["weeks"]),
        "you-are-here": f"week {timeline['you_are_here']}",
        "status": head,
        "status-advice": advice,
        "weekly-hours": f"{data['weekly_hours']:g}",
        "pace-per-week": f"{data['pace_hours_per_week']:.1f}",
        "streak": f"{data['streak_weeks']} week{'' if data['streak_weeks'] == 1 else 's'}",
        "milestones-done": str(sum(1 for line in data["milestones"] if line["done"])),
        "milestones-total": str(len(data["milestones"])),
        "reviews-count": str(len(data["reviews"])),
        "notes-count": str(len(data["notes"])),
        "evidence-count": str(len(data["evidence"])),
        "paused-days": str(data["paused_days"]),
        "activity-weeks": str(len(data["activity"])),
    }
    overdue = sum(1 for line in data["milestones"] if line["overdue"])
    for key, value in (
        ("actions-skipped", data["actions_skipped"]),
        ("milestones-overdue", overdue),
        ("left-count", len(data["left"])),
    ):
        if value:
            expected[key] = str(value)
    groups = [("phase", data["phases"]), ("skill", data["skills"])]
    groups += [("transferable", data["transferable"])]
    groups += [("career", [data["career"]] if data["career"] else [])]
    for kind, tallies in groups:
        for tally in tallies:
            key = f"{kind}-{tally['id']}"
            expected[f"{key}-done"] = str(tally["done"])
            expected[f"{key}-total"] = str(tally["total"])
            expected[f"{key}-hours-done"] = f"{tally['hours_done']:g}"
            expected[f"{key}-percent"] = f"{tally['percent']}%"
            assert tally["percent"] == int(100 * tally["hours_closed"] / tally["hours_total"])
            if tally["done"]:
                expected[f"{key}-hours-actual"] = f"{tally['hours_actual']:g}"
            if tally["skipped"]:
                expected[f"{key}-skipped"] = str(tally["skipped"])
    for item in data["activity"]:
        expected[f"activity-{item['week']}-done"] = str(item["done"])
        expected[f"activity-{item['week']}-hours"] = f"{item['hours']:g}"
    now = next(week for week in data["burndown"] if week["week"] == data["week"])
    expected["burndown-remaining"] = f"{now['remaining']:g}"
    expected["burndown-planned"] = f"{now['planned_remaining']:g}"
    original = next(w for w in data["burndown_original"] if w["end"] >= data["date"])
    expected["burndown-original"] = f"{original['planned_remaining']:g}"
    for skill in data["confidence"]:
        for index, point in enumerate(skill["history"], start=1):
            expected[f"confidence-{skill['id']}-{index}"] = str(point["level"])
            expected[f"confidence-{skill['id']}-{index}-week"] = str(point["week"])
    for index, review in enumerate(data["reviews"], start=1):
        expected[f"review-{index}-week"] = str(review["week"])
        for level in review["confidence"]:
            expected[f"review-{index}-{level['id']}"] = str(level["level"])
    for index, pause in enumerate(timeline["pauses"], start=1):
        expected[f"pause-{index}-days"] = str(pause["days"])
    return expected


class Dates(HTMLParser):
    """The ``datetime`` of every <time>, by id where it has one."""

    def __init__(self) -> None:
        super().__init__()
        self.by_id: dict[str, str] = {}
        self.all: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "time" and found.get("datetime"):
            self.all.add(found["datetime"] or "")
            if found.get("id"):
                self.by_id[found["id"] or ""] = found["datetime"] or ""


@needs_browser
@pytest.mark.parametrize("width", [400, 1280])
def test_browser_fits_the_window_and_shows_the_json_figures(
    journey: Path, tmp_path: Path, width: int
) -> None:
    """At 400 px and 1280 px: nothing wider than the window, no date wrapped, "you are
    here" whole inside the window; every figure the page gives an id is the JSON's, and
    every date it shows is one the views give."""
    page, _ = page_of(tmp_path)
    data = report_json()
    timeline = json.loads(ok("--today", DAY, "timeline", "--json").stdout)
    seen, dom = measured(page, tmp_path, width)
    assert seen["innerWidth"] == width
    assert seen["scrollWidth"] <= seen["innerWidth"], seen["outside"][:10]
    assert seen["outside"] == []
    assert seen["wrappedDates"] == []
    assert seen["scrollingBoxes"] == []  # the tables stack or fit: nothing to scroll
    assert seen["hereText"] == f"▲ you are here · week {data['week']}"
    here = seen["here"]
    assert here["left"] >= 0 and here["right"] <= width and here["height"] > 0

    shown = figures(dom)
    expected = expected_figures(data, timeline)
    assert {key: shown.get(key) for key in expected} == expected
    numbered = {key for key, text in shown.items() if re.fullmatch(r"[\d.,% ]+\w*", text)}
    assert numbered <= set(expected), numbered - set(expected)  # no figure goes unchecked

    dates = Dates()
    dates.feed(dom)
    assert dates.by_id["report-date"] == data["date"] == DAY
    assert dates.by_id["started-on"] == data["started_on"]
    assert dates.by_id["planned-finish"] == data["planned_finish"]
    assert dates.by_id["projected-finish"] == data["projected_finish"]
    for index, review in enumerate(data["reviews"], start=1):
        assert dates.by_id[f"review-{index}-date"] == review["on"]
    known = set(re.findall(r'"(\d{4}-\d\d-\d\d)', json.dumps([data, timeline])))
    assert dates.all <= known, dates.all - known
    for phase in timeline["phases"]:
        if phase["weeks"] > 1:
            assert (
                f"weeks {phase['first_week']}-{phase['last_week']}"
                in shown[f"timeline-{phase['id']}"]
            )


@needs_browser
def test_print_is_a_few_a4_pages(journey: Path, tmp_path: Path) -> None:
    """Printing week 12 of the bundled roadmap makes at most 4 A4 pages, none of them a
    mostly blank page left by a section that would not break."""
    page, text = page_of(tmp_path)
    assert "@page { size: A4;" in text
    pdf = tmp_path / "page.pdf"
    result = browser(tmp_path, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri())
    assert result.returncode == 0, result.stderr[-2000:]
    content = pdf.read_bytes()
    pages = len(re.findall(rb"/Type\s*/Page(?![a-z])", content))
    assert 2 <= pages <= 4, pages
    sizes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)", content)
    assert sizes and all(
        abs(float(w) - 595.9) < 2 and abs(float(h) - 842.9) < 2 for w, h in sizes
    ), sizes  # A4 in points
