"""Make docs/screenshots/report.png: the HTML report of a sample learner, shot by Chromium.

    python docs/screenshots/make.py

Runs the real CLI in a throw-away data folder (nothing of yours is read or
written; FASHIONCOACH_HOME, FASHIONCOACH_CACHE and HOME point into it), writes the
HTML report and has headless Chromium take the picture of the top of the page.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
TODAY = "2027-02-17"
# (day, command...) of a sample journey: ten weeks in (plan week 10), a holiday pause,
# a replan, one phase done, weekly reviews, a note and evidence.
STEPS = [
    ("2026-12-01", "start", "--on", "2026-12-01", "--hours", "10.5", "--yes"),
    ("2026-12-02", "done", "enroll-skillshare-fashion-basics", "set-up-clo-3d-trial"),
    ("2026-12-04", "done", "follow-fashion-brands-on-linkedin", "pick-fashion-blogs"),
    ("2026-12-04", "note", "set-up-clo-3d-trial", "The trial needs a work email"),
    ("2026-12-07", "review", "--went-well", "set up every tool", "--blocked", "time after work",
     "--confidence", "fashion-design-fundamentals=2", "--confidence", "ai-design-tools=3"),
    ("2026-12-09", "done", "sketch-basic-silhouettes", "write-fabric-types-sheet"),
    ("2026-12-10", "evidence", "write-fabric-types-sheet", "https://example.com/fabric-sheet"),
    ("2026-12-14", "review", "--went-well", "first sketches", "--blocked", "time after work",
     "--confidence", "fashion-design-fundamentals=3"),
    ("2026-12-16", "done", "join-fashion-tech-slack", "start-trend-journal"),
    ("2026-12-18", "pause", "--from", "2026-12-19", "--until", "2027-01-04", "--reason",
     "holiday"),
    ("2027-01-05", "done", "learn-color-theory", "start-edx-sustainable-fashion"),
    ("2027-01-06", "replan", "--yes"),
    ("2027-01-12", "done", "learn-tensorflow-basics", "create-first-mood-board"),
    ("2027-01-14", "review", "--went-well", "mood board", "--confidence",
     "fashion-design-fundamentals=4", "--confidence", "ai-design-tools=3"),
    ("2027-01-20", "phase", "next", "--yes"),
    ("2027-01-27", "done", "start-clo-3d-udemy-course", "start-illustrator-for-fashion"),
    ("2027-02-03", "done", "review-trend-journal-first-month"),
    ("2027-02-10", "done", "start-generative-deep-learning-course"),
]  # fmt: skip
WINDOW = "1100,1700"  # wide enough for the desktop layout; the top of the page


def main() -> None:
    browser = next(
        (
            found
            for name in ("chromium", "chromium-browser", "google-chrome")
            if (found := shutil.which(name))
        ),
        None,
    )
    if browser is None:
        sys.exit("needs Chromium: apt-get install chromium")
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        env = {
            **os.environ,
            "FASHIONCOACH_HOME": str(work / "home"),
            "FASHIONCOACH_CACHE": str(work / "cache"),
            "HOME": str(work),
        }
        env.pop("FASHIONCOACH_ROADMAP", None)
        env.pop("FASHIONCOACH_CONFIG", None)
        cli = [sys.executable, "-m", "fashioncoach"]
        for day, *args in STEPS:
            subprocess.run(
                [*cli, "--today", day, *args], env=env, check=True, capture_output=True, timeout=60
            )
        page = work / "report.html"
        subprocess.run(
            [*cli, "--today", TODAY, "report", "--format", "html", "--output", str(page)],
            env=env,
            check=True,
            capture_output=True,
            timeout=60,
        )
        target = HERE / "report.png"
        subprocess.run(
            [
                browser,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--hide-scrollbars",
                f"--user-data-dir={work / 'profile'}",
                f"--window-size={WINDOW}",
                f"--screenshot={target}",
                page.as_uri(),
            ],
            env=env,
            check=True,
            capture_output=True,
            timeout=120,
            cwd=work,
        )
    print(f"Wrote {target}")


if __name__ == "__main__":
    main()
