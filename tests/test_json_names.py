"""One name per concept in the ``--json`` contract (issue 23): ``status`` says what
``today`` says under the same names, and a prompt written for the old names still
works."""

from __future__ import annotations

from tests.helpers import Learner

START = "2026-12-01"
LATER = "2026-12-16"  # plan week 3, one action done: behind


def test_status_gives_todays_hours_open_and_pace(custom_learner: Learner) -> None:
    me = custom_learner
    me.ok("start", "--on", START, "--hours", "6", today=START)
    me.ok("done", "start-ux-course", today="2026-12-03")
    status = me.json("status", today=LATER)
    today = me.json("today", today=LATER)
    assert status["hours_open"] == today["hours_open"]
    assert status["pace"] == today["pace"] == me.json("report", today=LATER)["pace"]
    assert (status["status"], status["days_ahead"]) == (
        today["pace"]["status"],
        today["pace"]["days_ahead"],
    )
    assert status["verdict"] == f"{-status['days_ahead']}d behind"
    assert status["roadmap_id"] == me.roadmap.id
    assert "hours_left" not in status and "roadmap" not in status


def test_status_format_takes_the_new_names_and_the_old(custom_learner: Learner) -> None:
    me = custom_learner
    me.ok("start", "--on", START, "--hours", "6", today=START)
    status = me.json("status", today=LATER)
    line = me.text(
        "status",
        "--format",
        "{hours_open}|{hours_left}|{roadmap_id}|{roadmap}|{verdict}|{pace[line]}",
        today=LATER,
    )
    hours = f"{status['hours_open']}"
    assert line == (
        f"{hours}|{hours}|{me.roadmap.id}|{me.roadmap.id}|{status['verdict']}|"
        f"{status['pace']['line']}\n"
    )


def test_a_bad_status_field_names_the_fields_and_the_old_names(custom_learner: Learner) -> None:
    me = custom_learner
    me.ok("start", "--on", START, today=START)
    error = me.fails("status", "--format", "{hours}", today=LATER, code=2)
    assert "hours_open" in error and "hours_left (hours_open)" in error, error


def test_timeline_calendar_is_a_list_and_plan_weeks_a_number(custom_learner: Learner) -> None:
    me = custom_learner
    me.ok("start", "--on", START, today=START)
    timeline = me.json("timeline", today=LATER)
    assert "plan_weeks" not in timeline
    assert [week["week"] for week in timeline["calendar"]][:3] == [1, 2, 3]
    assert isinstance(timeline["clock"]["plan_weeks"], int)


def test_counts_and_lists_have_names_of_their_own(custom_learner: Learner) -> None:
    """A count is never named like a list: ``phases_total`` beside ``phases``, ``weeks``
    a number everywhere, ``phase`` a phase's id everywhere."""
    me = custom_learner
    me.ok("start", "--on", START, today=START)
    today = me.json("today", today=LATER)
    assert today["phases_total"] == len(me.roadmap.phases) == me.json("phase")["phases_total"]
    assert today["phase_position"]["id"] == today["clock"]["phase"]
    assert me.json("about")["actions_total"] == sum(1 for _ in me.roadmap.actions())
    hint = me.json("hint", "start-ux-course")
    assert hint["phase_title"] == me.roadmap.phases[0].title
    replan = me.json("replan", today=LATER)
    assert isinstance(replan["week_loads"], list) and "weeks" not in replan
