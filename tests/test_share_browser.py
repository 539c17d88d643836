"""The HTML report in a real browser: headless Chromium renders it, and shows the JSON's figures.

``.ci/run`` installs Debian's ``chromium`` when it is missing; these tests are
skipped only when no Chromium or Chrome can be found, and say so. Every browser
run has a timeout, so a stuck browser fails the test instead of hanging CI.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import zlib
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import Learner

BROWSER_TIMEOUT = 90
DAY = "2027-01-12"


def find_browser() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


BROWSER = find_browser()
_browser_on_path = pytest.mark.skipif(
    BROWSER is None,
    reason="no Chromium or Chrome on PATH (.ci/run installs Debian's chromium; "
    "apt-get install chromium to run the browser tests)",
)


def needs_browser(test: Any) -> Any:
    """A test that drives Chromium: skipped without one, and slow (seconds a page)."""
    return pytest.mark.slow(_browser_on_path(test))


def browser(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    assert BROWSER is not None
    profile = tmp_path / "chromium-profile"
    command = [
        BROWSER,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--hide-scrollbars",
        f"--user-data-dir={profile}",
        *args,
    ]
    env = {**os.environ, "HOME": str(tmp_path)}  # crash reports and caches stay in tmp
    return subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=BROWSER_TIMEOUT,
        check=False,
        env=env,
        cwd=tmp_path,
    )


@pytest.fixture
def page(learner: Learner, tmp_path: Path) -> Path:
    """Six weeks into the plan with some work done and a phase moved on: the HTML report."""
    actions = [action.id for _, _, action in learner.roadmap.actions()]
    learner.ok("start", "--on", "2026-12-01", "--yes", today="2026-12-01")
    learner.ok("done", *actions[:3], today="2026-12-03")
    learner.ok("done", *actions[3:6], today="2026-12-12")
    learner.ok("skip", actions[6], today="2026-12-20")
    learner.ok("phase", "next", "--yes", today="2026-12-29")
    learner.ok("done", *actions[14:17], today="2027-01-05")
    target = tmp_path / "report.html"
    learner.ok("report", "--format", "html", "--output", str(target), today=DAY)
    return target


class Figures(HTMLParser):
    """The text of every element that has an id, as the browser serialised it."""

    def __init__(self) -> None:
        super().__init__()
        self.open: list[tuple[str, str | None]] = []
        self.text: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("meta", "br", "img", "input", "link", "hr", "col", "wbr"):  # void elements
            return
        self.open.append((tag, dict(attrs).get("id")))
        for _, element in self.open:
            if element:
                self.text.setdefault(element, "")

    def handle_endtag(self, tag: str) -> None:
        while self.open:
            name, _ = self.open.pop()
            if name == tag:
                break

    def handle_data(self, data: str) -> None:
        for _, element in self.open:
            if element:
                self.text[element] += data


def figures(dom: str) -> dict[str, str]:
    parser = Figures()
    parser.feed(dom)
    return {key: " ".join(value.split()) for key, value in parser.text.items()}


def first_pixel(png: Path) -> tuple[int, int, tuple[int, ...]]:
    """Width, height and the top-left pixel's RGB of a PNG (no imaging library needed)."""
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    position, idat, width, height = 8, b"", 0, 0
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position : position + 8])
        body = data[position + 8 : position + 8 + length]
        if kind == b"IHDR":
            width, height = struct.unpack(">II", body[:8])
        elif kind == b"IDAT":
            idat += body
        position += 12 + length
    row = zlib.decompressobj().decompress(idat, 16)
    # The first pixel of the first row is stored as is, whatever the row's filter.
    return width, height, tuple(row[1:4])


@needs_browser
def test_browser_renders_the_figures_the_json_report_gives(
    page: Path, tmp_path: Path, learner: Learner
) -> None:
    """Chromium's DOM of the page shows the JSON report's counts, hours, pace and position."""
    data: dict[str, Any] = learner.json("report", today=DAY)
    timeline = learner.json("timeline", today=DAY)
    result = browser(tmp_path, "--dump-dom", page.as_uri())
    assert result.returncode == 0, result.stderr[-2000:]
    shown = figures(result.stdout)

    assert shown["actions-done"] == str(data["actions_done"])
    assert shown["actions-total"] == str(data["actions_total"])
    assert shown["actions-skipped"] == str(data["actions_skipped"])
    assert shown["hours-done"] == f"{data['hours_done']:g}"
    assert shown["hours-total"] == f"{data['hours_total']:g}"
    assert shown["overall-percent"] == f"{data['percent']}%"  # of the hours, closed ones
    assert shown["current-phase"] == data["phase_position"]["title"]
    assert shown["week"] == str(data["week"])
    assert shown["you-are-here"] == f"week {timeline['you_are_here']}"
    # The verdict, then its advice: together the JSON's pace line.
    head, _, advice = data["pace"]["line"].partition(" — ")
    days = -data["days_ahead"]
    assert data["status"] == "behind"
    assert shown["status"] == head == f"{days} day{'s' if days != 1 else ''} behind"
    assert shown["status-advice"] == advice
    for kind, tallies in (("phase", data["phases"]), ("skill", data["skills"])):
        for tally in tallies:
            key = f"{kind}-{tally['id']}"
            assert shown[f"{key}-done"] == str(tally["done"])
            assert shown[f"{key}-total"] == str(tally["total"])
            assert shown[f"{key}-hours-done"] == f"{tally['hours_done']:g}"
            assert shown[f"{key}-percent"] == f"{tally['percent']}%"
    assert shown["milestones-done"] == str(sum(1 for m in data["milestones"] if m["done"]))
    for milestone in data["milestones"]:
        assert milestone["title"] in shown[f"milestone-{milestone['id']}"]
    assert "you are here · week" in shown["timeline-chart"]


@pytest.mark.slow
@needs_browser
def test_browser_screenshots_light_and_dark_and_prints(page: Path, tmp_path: Path) -> None:
    """A light and a dark screenshot (prefers-color-scheme) differ; printing makes a PDF."""
    light, dark, pdf = tmp_path / "light.png", tmp_path / "dark.png", tmp_path / "page.pdf"
    for target, extra in ((light, []), (dark, ["--force-dark-mode"])):
        result = browser(
            tmp_path, *extra, "--window-size=1000,1400", f"--screenshot={target}", page.as_uri()
        )
        assert result.returncode == 0, result.stderr[-2000:]
    width, height, light_pixel = first_pixel(light)
    assert (width, height) == (1000, 1400)
    _, _, dark_pixel = first_pixel(dark)
    assert sum(light_pixel) > 600  # a light background
    assert sum(dark_pixel) < 150  # a dark one
    result = browser(tmp_path, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri())
    assert result.returncode == 0, result.stderr[-2000:]
    assert pdf.read_bytes()[:5] == b"%PDF-"
