"""The examples of docs/planning.md, each one a test: the bundled roadmap started on
Wed 25 Nov 2026 with the 10.5 h a week it asks for, through the command line.

The doc's rules are the model of issue 20: the order (prerequisites, the phase moved
into first), the forecast packed from today, the plan made at the start or the last
replan, one verdict from the two, today as this week's share, phases, pauses, history
and milestones.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from tests.helpers import Learner

WED = date(2026, 11, 25)
WEEK_3 = date(2026, 12, 9)


@pytest.fixture
def planned(learner: Learner) -> Learner:
    learner.ok("start", "--on", WED.isoformat(), today=WED)
    return learner


def schedule(learner: Learner, today: date) -> dict[str, Any]:
    return {item["id"]: item for item in learner.json("timeline", today=today)["schedule"]}


def test_order_never_puts_an_action_before_its_prerequisite(planned: Learner) -> None:
    """Rule 1: the training loop never starts before the TensorFlow basics are finished,
    whatever the budget or a phase move does."""
    planned.ok("set", "hours", "3", today=WED)
    planned.ok("phase", "next", "--yes", today=WED)
    planned.ok("phase", "next", "--yes", today=WED)
    items = schedule(planned, WED)
    basics, loop = items["learn-tensorflow-basics"], items["practise-tensorflow-training-loop"]
    assert date.fromisoformat(loop["first_day"]) >= date.fromisoformat(basics["last_day"])


def test_at_the_roadmaps_own_hours_every_action_falls_in_its_week(planned: Learner) -> None:
    """Rule 2: the breathing room of week 1 (9.5 h of work, 10.5 h a week) keeps week 2's
    work in week 2, and the whole plan in 24 weeks, to Tue 11 May 2027."""
    items = schedule(planned, WED)
    for _, week, action in planned.roadmap.actions():
        assert items[action.id]["week"] == week, action.id
    clock = planned.json("today", today=WED)["clock"]
    assert (clock["plan_weeks"], clock["planned_finish"]) == (24, "2027-05-11")
    assert clock["projected_finish"] == "2027-05-11"


@pytest.mark.parametrize(
    ("hours", "said"),
    [
        ("8", "32 weeks, to Thu 1 Jul 2027."),
        ("6", "42 weeks, to Sat 11 Sep 2027."),
        ("20", "13 weeks, to Tue 23 Feb 2027."),
    ],
)
def test_start_makes_the_plan_on_its_budget(learner: Learner, hours: str, said: str) -> None:
    """Rule 3: `start --hours` makes a plan of the work packed at that budget."""
    out = learner.text("start", "--on", WED.isoformat(), "--hours", hours, today=WED)
    assert out.startswith(f"Your plan starts on Wed 25 Nov 2026 with {hours} h a week: {said}")


def test_set_hours_keeps_the_plan_and_moves_the_forecast(planned: Learner) -> None:
    """Rule 3: idle until week 3, more hours get you ahead and fewer put you behind; the
    plan keeps its finish until --replan."""
    more = planned.text("set", "hours", "20", today=WEEK_3)
    assert "Your forecast: 15 weeks, to Mon 8 Mar 2027 · ahead by 64 days." in more
    assert "Your plan keeps its finish, Tue 11 May 2027" in more
    fewer = planned.text("set", "hours", "8", today=WEEK_3)
    assert "65 days behind" in fewer
    replanned = planned.text("set", "hours", "8", "--replan", today=WEEK_3)
    assert "Your planned finish moves from Tue 11 May 2027 to Thu 15 Jul 2027" in replanned
    assert planned.json("status", today=WEEK_3)["status"] == "on-track"


def test_one_verdict_from_the_two_schedules(planned: Learner) -> None:
    """Rule 4: idle until week 3 is 14 days behind; the catch-up covers the 21 hours
    behind and replan would move the finish by the same 14 days."""
    view = planned.json("today", today=WEEK_3)
    pace, clock = view["pace"], view["clock"]
    assert (clock["status"], clock["days_ahead"]) == ("behind", -14)
    assert pace["hours_behind"] == 21
    assert (pace["catch_up_hours"], pace["catch_up_weeks"]) == (5.5, 4)
    assert pace["line"] == (
        "14 days behind — about 5.5 h extra a week for 4 weeks catches up, "
        "or replan moves the finish to Tue 25 May 2027"
    )
    assert clock["projected_finish"] == "2027-05-25"
    dry = planned.text("replan", "--dry-run", today=WEEK_3)
    assert "from Tue 11 May 2027 to Tue 25 May 2027 (14 days later)" in " ".join(dry.split())


@pytest.mark.parametrize(("hours", "count", "total"), [("6", 3, 6.0), ("10.5", 5, 9.5)])
def test_today_is_a_weeks_budget_of_work(
    learner: Learner, hours: str, count: int, total: float
) -> None:
    """Rule 5: week 1 lists about one week's budget of work."""
    learner.ok("start", "--on", WED.isoformat(), "--hours", hours, today=WED)
    view = learner.json("today", today=WED)
    assert (view["total"], view["hours_open"]) == (count, total)


def test_late_work_comes_first_and_the_rest_is_one_line(planned: Learner) -> None:
    """Rule 5: in week 3 with nothing done, week 1's work is numbered first, and what
    this week's budget cannot hold is one line."""
    view = planned.json("today", today=WEEK_3)
    weeks = [line["planned_week"] for line in view["actions"]]
    assert weeks == sorted(weeks) and weeks[0] == 1
    assert view["late_more"] > 0
    text = planned.text("today", today=WEEK_3)
    assert f"{view['late_more']} more actions" in " ".join(text.split())


def test_phase_next_early_keeps_the_finish(planned: Learner) -> None:
    """Rule 6: moving on with work left changes the order, never the total."""
    day_2 = WED + timedelta(days=1)
    planned.ok("done", "1", "3", today=day_2)
    said = planned.text("phase", "next", "--yes", today=day_2)
    assert "Your forecast finish stays Tue 11 May 2027." in said
    assert planned.json("status", today=day_2)["status"] == "on-track"


def test_a_phase_done_says_move_on_and_the_forecast_carries_on(planned: Learner) -> None:
    """Rule 6: Foundations done in week 1 makes you ahead, and today says to move on."""
    foundations = [action.id for _, action in planned.roadmap.phases[0].actions()]
    planned.ok("done", *foundations, today=WED + timedelta(days=2))
    view = planned.json("today", today=WED + timedelta(days=3))
    assert view["next_step"]["kind"] == "phase-done"
    assert view["clock"]["status"] == "ahead"
    assert "Foundations of Fashion is done. Move on with: fashioncoach phase next" in (
        planned.text("today", today=WED + timedelta(days=3))
    )


def test_a_pause_moves_the_plan_by_its_days(planned: Learner) -> None:
    """Rule 7: a 10-day holiday moves the planned finish 10 days, and you are no further
    behind than before."""
    before = planned.json("status", today=WEEK_3)
    said = planned.text("pause", "--until", "2026-12-19", "--reason", "holiday", today=WEEK_3)
    assert "from Tue 11 May 2027 to Fri 21 May 2027 (10 days later)" in " ".join(said.split())
    after = planned.json("status", today=WEEK_3)
    assert after["days_ahead"] == before["days_ahead"]


def test_looking_back_replays_the_log(planned: Learner) -> None:
    """Rule 8: an action done on Fri is open on Thu, and before the start the plan has
    not started."""
    planned.ok("done", "enroll-skillshare-fashion-basics", today=WED + timedelta(days=2))
    thursday = schedule(planned, WED + timedelta(days=1))
    assert thursday["enroll-skillshare-fashion-basics"]["status"] == "open"
    friday = schedule(planned, WED + timedelta(days=2))
    assert friday["enroll-skillshare-fashion-basics"]["status"] == "done"
    assert planned.json("status", today=WED - timedelta(days=3))["status"] == "not-started"


def test_milestones_are_due_where_the_plan_puts_them(planned: Learner) -> None:
    """Rule 10: the "This Week" milestones are due Tue 1 Dec 2026, the end of week 1, and
    a phase move does not move them."""
    due = {line["id"]: line["due_date"] for line in planned.json("report", today=WED)["milestones"]}
    horizons = {m.id: m.horizon for m in planned.roadmap.milestones}
    this_week = [key for key, horizon in horizons.items() if horizon == "This Week"]
    assert this_week and all(due[key] == "2026-12-01" for key in this_week)
    planned.ok("phase", "next", "--yes", today=WED)
    moved = {
        line["id"]: line["due_date"] for line in planned.json("report", today=WED)["milestones"]
    }
    assert moved == due
