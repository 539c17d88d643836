"""Each defect learners met when the clock counted week slots (issue 20), as a test of
what the new model prints instead. The properties and the doc's examples are in
test_plan_properties.py and test_schedule.py; these are the remaining cases."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.helpers import Learner, flat

WED = date(2026, 11, 25)


@pytest.fixture
def planned(learner: Learner) -> Learner:
    learner.ok("start", "--on", WED.isoformat(), today=WED)
    return learner


def test_a_big_budget_never_says_the_roadmap_needs_more(planned: Learner) -> None:
    """At 20 h a week nothing claims the roadmap needs more than 20 h a week."""
    said = planned.text("set", "hours", "20", today=WED)
    assert "need more than" not in said and "ahead by" in said


def test_days_behind_and_the_projected_finish_say_the_same(planned: Learner) -> None:
    """'N days behind' and 'N days after the planned finish' are one number."""
    day = WED + timedelta(days=40)
    report = planned.json("report", today=day)
    behind = -report["days_ahead"]
    assert behind > 0
    text = flat(planned.text("report", today=day))
    assert f"{behind} days after the planned finish" in text
    assert f"{behind} days behind" in text


def test_a_phases_share_is_the_same_in_every_view(planned: Learner) -> None:
    """A phase's share is in hours everywhere: phase, report, its JSON and the page."""
    planned.ok("done", "1", "2", "3", today=WED)
    phase = planned.json("phase", today=WED)["tally"]
    report = planned.json("report", today=WED)["phases"][0]
    assert phase["percent"] == report["percent"] == int(100 * 6 / 40.5)
    assert f"{phase['percent']}% of its hours" in planned.text("phase", today=WED)
    page = planned.text("report", "--format", "html", today=WED)
    assert f"{phase['percent']}%" in page


def test_the_counts_cover_what_is_listed(planned: Learner) -> None:
    """Behind at 6 h a week, the footer counts the list it sits under, and 'This week is
    done' waits until every listed action is closed."""
    planned.ok("set", "hours", "6", today=WED)
    day = WED + timedelta(days=21)
    view = planned.json("today", today=day)
    assert view["total"] == len(view["actions"])
    assert view["next_step"]["kind"] == ""
    text = planned.text("today", today=day)
    assert f"0 of {view['total']} done this week" in text
    numbers = [str(line["number"]) for line in view["actions"]][:-1]
    planned.ok("done", *numbers, today=day)
    assert planned.json("today", today=day)["next_step"]["kind"] == ""
    assert "This week is done" not in planned.text("today", today=day)


def test_the_first_number_is_the_oldest_work(planned: Learner) -> None:
    """Overdue work comes first, so `done 1` closes it, not this week's new action."""
    day = WED + timedelta(days=8)
    view = planned.json("today", today=day)
    first = view["actions"][0]
    assert first["late"] and first["planned_week"] == 1
    said = planned.text("done", "1", today=day)
    assert said.startswith(f"Done: {first['id']}")


def test_a_milestone_due_in_a_pause_is_not_overdue_during_it(planned: Learner) -> None:
    """A pause over a milestone's due day moves the due day past the pause: it is not
    overdue on a paused day."""
    planned.ok("pause", "--from", "2026-11-28", "--until", "2026-12-10", today=WED)
    on_holiday = planned.json("report", today=date(2026, 12, 5))
    this_week = [line for line in on_holiday["milestones"] if line["horizon"] == "This Week"]
    assert this_week and not any(line["overdue"] for line in this_week)
    assert all(line["due_date"] > "2026-12-09" for line in this_week)


def test_hours_on_a_done_action_are_corrected_and_survive_undo(planned: Learner) -> None:
    """`done ID --hours H` on a done action corrects the hours; `undo` then `done` keeps
    what was recorded."""
    action = "enroll-skillshare-fashion-basics"
    planned.ok("done", action, "--hours", "4", today=WED)
    said = planned.text("done", action, "--hours", "3", today=WED)
    assert said.startswith(f"Hours corrected: {action}")

    def spent() -> float:
        lines = planned.json("today", today=WED)["actions"]
        return next(line["spent"] for line in lines if line["id"] == action)

    assert spent() == 3
    planned.ok("undo", action, today=WED)
    planned.ok("done", action, today=WED)
    assert spent() == 3
    assert planned.json("report", today=WED)["hours_actual"] == 3


def test_every_change_of_plan_says_the_old_and_the_new_finish(planned: Learner) -> None:
    """start, replan, replan --reset, a pause and its end each name both finishes."""
    day = WED + timedelta(days=20)
    for args in (
        ["pause", "--until", (day + timedelta(days=5)).isoformat()],
        ["resume"],
        ["replan", "--yes"],
        ["replan", "--reset", "--yes"],
        ["set", "hours", "8", "--replan"],
    ):
        said = flat(planned.text(*args, today=day))
        assert "Your planned finish moves from" in said or "Your planned finish stays" in said, args
