"""The two stories of issue 20, as scripted journeys that assert what each command prints:
the diligent learner, who does each week's list and moves on when told, and the messy
one, with a slow start, a budget change, a pause, a replan and two machines."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.helpers import Learner, Life, flat


@pytest.mark.slow
def test_the_diligent_learner(learner: Learner) -> None:
    """Each week: today says on track, the list is that week's work, done makes the week
    done; at each phase's end today says to move on; the plan completes on its week."""
    start = date(2026, 11, 25)
    said = learner.text("start", "--on", start.isoformat(), today=start)
    assert said.startswith("Your plan starts on Wed 25 Nov 2026 with 10.5 h a week: 24 weeks")
    phases = {phase.title for phase in learner.roadmap.phases}
    day, weeks, moves = start, 0, 0
    while True:
        view = learner.json("today", today=day)
        if view["complete"]:
            break
        weeks += 1
        screen = learner.screen("today", today=day)
        assert f"plan week {weeks} of 24" in screen.splitlines()[0]
        assert screen.splitlines()[1].endswith("· on track")
        listed = [line["id"] for line in view["actions"]]
        assert listed == learner.roadmap_week(weeks)
        numbers = [str(line["number"]) for line in view["actions"]]
        feedback = learner.text("done", *numbers, today=day + timedelta(days=1))
        last = feedback.splitlines()[-1]
        if last.endswith("Move on with: fashioncoach phase next"):
            assert last.removesuffix(" is done. Move on with: fashioncoach phase next") in phases
            moved = learner.text("phase", "next", "--yes", today=day + timedelta(days=1))
            assert "Your forecast finish stays Tue 11 May 2027." in moved
            moves += 1
        elif weeks < 24:
            assert last.startswith("This week is done. Next: ")
        else:
            assert last.startswith("The roadmap is complete.")
        day += timedelta(days=7)
    assert (weeks, moves) == (24, 4)
    assert learner.text("status", today=day) == "W24/24 · P5 5/5 · complete\n"
    report = flat(learner.text("report", today=day))
    assert "Planned finish Tue 11 May 2027" in report and "(complete)" in report


def test_the_messy_learner(tmp_path: Path) -> None:
    """A slow start, fewer hours, a holiday cut short, a replan, then a second machine:
    every step says what moved, and the two machines end with one answer."""
    laptop, desktop = Life(tmp_path / "laptop", None), Life(tmp_path / "desktop", None)
    laptop.ok("start", "--on", "2026-11-23", today="2026-11-23")
    laptop.ok("done", "1", "2", today="2026-11-24")
    assert laptop.text("status", today="2026-12-07") == (
        "W3/26 · P1 3/6 · 11d behind · next 1: set-up-clo-3d-trial 2.5h\n"
    )
    today = flat(laptop.text("today", today="2026-12-07"))
    assert (
        "11 days behind — about 4.5 h extra a week for 4 weeks catches up, or replan moves "
        "the finish to Thu 20 May 2027" in today
    )
    assert "3 more actions (4.5 h) are late and come after this week's budget" in today

    fewer = flat(laptop.text("set", "hours", "8", today="2026-12-07"))
    assert "Your forecast: 33 weeks, to Sat 10 Jul 2027 · 62 days behind" in fewer
    assert "Your plan keeps its finish, Sun 9 May 2027" in fewer

    paused = flat(
        laptop.text("pause", "--until", "2026-12-20", "--reason", "holiday", today="2026-12-10")
    )
    assert (
        "Your planned finish moves from Sun 9 May 2027 to Wed 19 May 2027 (10 days later)" in paused
    )
    back = flat(laptop.text("resume", today="2026-12-16"))
    assert "from Wed 19 May 2027 to Sat 15 May 2027 (4 days earlier)" in back

    dry = flat(laptop.text("replan", "--dry-run", today="2026-12-16"))
    assert (
        "Your planned finish moves from Sat 15 May 2027 to Mon 19 Jul 2027 (65 days later)" in dry
    )
    assert "Dry run: nothing changed." in dry
    laptop.ok("replan", "--yes", today="2026-12-16")
    assert "· on track ·" in laptop.text("status", today="2026-12-16")

    export = tmp_path / "laptop.json"
    laptop.ok("export", "json", "-o", str(export), today="2026-12-16")
    assert "started Mon 23 Nov 2026, 7 events" in desktop.text(
        "import", str(export), today="2026-12-16"
    )
    desktop.ok("done", "1", today="2026-12-17")
    more = flat(laptop.text("set", "hours", "10", today="2026-12-17"))
    assert "ahead by 6 weeks" in more
    laptop.ok("done", "pick-fashion-blogs", today="2026-12-17")
    for name, source in (("laptop", laptop), ("desktop", desktop)):
        source.ok("export", "json", "-o", str(tmp_path / f"{name}-2.json"), today="2026-12-18")
    assert "2 events (1 budget change, 1 done)" in desktop.text(
        "import", str(tmp_path / "laptop-2.json"), today="2026-12-18"
    )
    assert "1 event (1 done)" in laptop.text(
        "import", str(tmp_path / "desktop-2.json"), today="2026-12-18"
    )
    line = laptop.text("status", today="2026-12-18")
    assert line == desktop.text("status", today="2026-12-18")
    assert line == "W4/29 · P1 4/8 · 42d ahead · next 3: start-edx-sustainable-fashion 2h\n"
