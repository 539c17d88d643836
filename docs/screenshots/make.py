"""Make docs/screenshots/report.png: the HTML report of a sample learner, shot by Chromium.

    python docs/screenshots/make.py

Runs the real CLI in a throw-away data folder (nothing of yours is read or
written), writes the HTML report and has headless Chromium take the picture.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
TODAY = "2027-01-12"
# (day, command...) of a sample journey: five weeks in, one phase done, a note.
STEPS = [
    ("2026-12-01", "start", "--on", "2026-12-01", "--hours", "8", "--yes"),
    ("2026-12-02", "done", "enroll-skillshare-fashion-basics", "set-up-clo-3d-trial"),
    ("2026-12-05", "done", "follow-fashion-brands-on-linkedin", "pick-fashion-blogs"),
    ("2026-12-09", "done", "sketch-basic-silhouettes", "write-fabric-types-sheet"),
    ("2026-12-12", "done", "join-fashion-tech-slack", "start-trend-journal"),
    ("2026-12-18", "skip", "finish-skillshare-fashion-course"),
    ("2026-12-22", "done", "create-first-mood-board", "load-free-fashion-dataset"),
    ("2026-12-29", "phase", "next", "--yes"),
    ("2027-01-04", "done", "finish-clo-3d-udemy-course"),
]


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
                "--window-size=1000,1500",
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
