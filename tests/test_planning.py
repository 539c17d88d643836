"""A learner who falls three weeks behind, replans, pauses for a week, reviews weekly
and finishes: every date, projection and streak along the way, through the real CLI.

The small roadmap in ``tests/fixtures/teacher-to-ux.toml`` keeps it short: two phases
(2 + 4 weeks), 31.5 hours, packed back to back. The learner starts on Tuesday 1 Dec 2026
with 6 hours a week, what the roadmap asks. Time is passed in with
``--today``; nothing is patched or mocked. Each step checks what the learner sees and
what is on disk; the expected numbers follow the rules of docs/planning.md.
"""

from __future__ import annotations

import copy
from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path

import pytest
from icalendar import Calendar

from fashioncoach.model.progress import SCHEMA_VERSION
from fashioncoach.store.migrations import migrate
from tests.helpers import CUSTOM, Learner, flat, long_day

D = date.fromisoformat
ROADMAP_BYTES = CUSTOM.read_bytes()


def events(content: bytes) -> dict[str, tuple[str, date, date]]:
    """The calendar's events by UID: (summary, first day, the day after the last)."""
    parsed = Calendar.from_ical(content)
    return {
        str(event["uid"]): (
            str(event["summary"]),
            event.decoded("dtstart"),
            event.decoded("dtend"),
        )
        for event in parsed.walk("VEVENT")
    }


def test_a_learner_falls_behind_replans_pauses_reviews_and_finishes(
    custom_learner: Learner,
) -> None:
    """The whole story: pace lines, the replan, the pause, reviews, gate, calendar, finish."""
    learner = custom_learner
    said = learner.text("start", "--on", "2026-12-01", "--hours", "6", today="2026-12-01")
    assert "6 weeks, to Wed 6 Jan 2027." in said  # 31.5 h at 6 h a week, back to back

    # Three weeks without anything done: the forecast packs all 31.5 h from today, 21
    # days after the plan (rule 4): 18 h behind, 6 h extra a week over the 3 weeks left
    # to the planned finish, or replan moves the finish by the same 21 days.
    day = "2026-12-22"
    line = (
        "21 days behind — about 6 h extra a week for 3 weeks catches up, or replan moves "
        "the finish to Wed 27 Jan 2027"
    )
    text = learner.screen("today", today=day)
    assert text.startswith("Foundations — week 4 of 5 · plan week 4 of 9\n")
    assert line in flat(text)
    today = learner.json("today", today=day)
    assert today["pace"] == {
        "status": "behind",
        "days_ahead": -21,
        "hours_behind": 18.0,
        "catch_up_hours": 6.0,
        "catch_up_weeks": 3,
        "replan_weeks": 3,
        "line": line,
    }
    # A week's budget of the oldest work is listed; the rest is one line (rule 5).
    assert [line["id"] for line in today["actions"]] == [
        "start-ux-course",
        "map-lesson-to-journey",
        "write-interview-guide",
    ]
    assert (today["late_more"], today["late_more_hours"]) == (5, 12.0)
    report = learner.json("report", today=day)
    assert (report["status"], report["days_ahead"]) == ("behind", -21)
    assert report["planned_finish"] == "2027-01-06"
    assert report["projected_finish"] == "2027-01-27"
    assert report["clock"] == today["clock"]
    # The plan had 5.5 h done by the end of week 1, 10.5 h by week 2, 15.5 h by week 3.
    assert report["burndown"][2] == {
        "week": 3,
        "end": "2026-12-21",
        "planned_remaining": 16.0,
        "remaining": 31.5,
    }
    assert report["burndown"][4]["remaining"] is None  # a week still to come
    assert "Burndown (hours left, estimates)" in learner.screen("report", today=day)

    # replan: a dry run changes nothing and says what the pace line said; the real one
    # asks, then makes the forecast the plan.
    before = learner.file.read_bytes()
    dry = learner.screen("replan", "--dry-run", today=day)
    assert learner.file.read_bytes() == before
    assert "start-ux-course (4 h): week 1 -> week 4" in dry
    assert "run-three-interviews (3 h): week 2 -> week 5" in dry
    assert "from Wed 6 Jan 2027 to Wed 27 Jan 2027 (21 days later)" in flat(dry)
    proposal = learner.json("replan", today=day)  # --json without --yes: a dry run
    assert proposal["days_later"] == -today["pace"]["days_ahead"] == 21
    assert proposal["weeks_after"] - proposal["weeks_before"] == today["pace"]["replan_weeks"]
    assert learner.file.read_bytes() == before
    refused = learner.run("replan", input="n\n", today=day)
    assert refused.exit_code == 1 and learner.file.read_bytes() == before
    learner.ok("replan", input="y\n", today=day)
    assert [(row["kind"], row["day"]) for row in learner.saved()["events"]][-1] == (
        "replan",
        D(day),
    )
    assert CUSTOM.read_bytes() == ROADMAP_BYTES  # the roadmap file is never changed

    # today, timeline and report follow the new plan: nothing is late any more.
    today = learner.json("today", today=day)
    assert today["phase_position"]["weeks"] == 5 and today["weeks"] == 9
    assert [line["id"] for line in today["actions"]] == [
        "start-ux-course",
        "map-lesson-to-journey",
        "write-interview-guide",
    ]
    assert not any(line["late"] for line in today["actions"]) and today["late_more"] == 0
    assert today["pace"]["status"] == "on-track"
    assert today["milestones"][0]["due_date"] == "2027-01-04"
    timeline = learner.json("timeline", today=day)
    assert [(p["starts"], p["ends"], p["weeks"]) for p in timeline["phases"]] == [
        ("2026-12-01", "2027-01-04", 5),
        ("2026-12-29", "2027-02-01", 5),
    ]
    assert timeline["replanned_on"] == day
    assert learner.json("report", today=day)["planned_finish"] == "2027-01-27"

    # Week 4: the three listed actions, one with the time spent; a review with flags.
    learner.ok("done", "start-ux-course", "--hours", "5", today="2026-12-23")
    said = learner.text(
        "done", "map-lesson-to-journey", "write-interview-guide", today="2026-12-24"
    )
    assert "This week is done. Next: Interview three people (run-three-interviews)" in said
    done = [row for row in learner.saved()["events"] if row["kind"] == "done"]
    # The estimate counts where --hours is not given: no hours are recorded for it.
    assert [row.get("hours") for row in done] == [5.0, None, None]
    learner.ok(
        "review",
        "--went-well",
        "finished the module",
        "--blocked",
        "evenings too short",
        "--confidence",
        "user-research=2",
        today="2026-12-27",
    )
    (review,) = [row for row in learner.saved()["events"] if row["kind"] == "review"]
    assert (review["day"], review["went_well"], review["blocked"], review["confidence"]) == (
        D("2026-12-27"),
        "finished the module",
        "evenings too short",
        {"user-research": 2},
    )
    assert learner.json("report", today="2026-12-27")["reviews"][0]["week"] == 4

    # A week of holiday from Tue 29 Dec: the plan moves on by its 7 days, and the learner,
    # 1.5 h ahead of the plan, stays as far ahead (rule 7).
    ahead = learner.json("status", today="2026-12-29")
    assert (ahead["status"], ahead["days_ahead"]) == ("ahead", 2)
    said = flat(
        learner.text("pause", "--until", "2027-01-05", "--reason", "holiday", today="2026-12-29")
    )
    assert "back on Tue 5 Jan 2027" in said
    assert "Your planned finish moves from Wed 27 Jan 2027 to Wed 3 Feb 2027 (7 days later)" in said
    (pause,) = [row for row in learner.saved()["events"] if row["kind"] == "pause"]
    assert (pause["on"], pause["until"], pause["note"]) == (
        D("2026-12-29"),
        D("2027-01-05"),
        "holiday",
    )
    assert learner.json("status", today="2026-12-29")["days_ahead"] == ahead["days_ahead"]
    text = learner.screen("today", today="2026-12-31")
    assert "Paused (holiday): back on Tue 5 Jan 2027" in flat(text)
    assert "Tue 29 Dec 2026 to Mon 4 Jan 2027 · paused · ahead by 2 days" in text  # week 5 waits
    timeline_text = learner.screen("timeline", today="2026-12-31")
    assert "Pauses (the plan moves on by the paused days)" in timeline_text
    assert "Tue 29 Dec 2026 to Mon 4 Jan 2027 (7 days, holiday)" in timeline_text
    report = learner.json("report", today="2026-12-31")
    assert report["planned_finish"] == "2027-02-03"
    assert report["streak_weeks"] == 1 and report["paused_days"] == 2
    # resume with no pause on that day is an error, and changes nothing.
    before = learner.file.read_bytes()
    assert learner.run("resume", today="2027-01-06").exit_code == 2
    assert learner.file.read_bytes() == before

    # Week 6 (5-11 Jan): the interviews, which finish the phase; notes and evidence.
    said = learner.text("done", "run-three-interviews", "--hours", "4", today="2027-01-07")
    assert "Milestone reached: Three user interviews done" in said
    assert "Foundations is done. Move on with: fashioncoach phase next" in said
    learner.ok("note", "run-three-interviews", "one interview by video call", today="2027-01-07")
    learner.ok(
        "evidence", "map-lesson-to-journey", "https://example.com/journey", today="2027-01-07"
    )
    review = ("review", "--blocked", "Evenings too short!", "--confidence", "user-research=3")
    # A blocker named in two reviews suggests a replan.
    assert "fashioncoach replan --dry-run" in learner.text(*review, today="2027-01-10")
    # The same plan week again replaces the review, after saying so.
    again = learner.text(*review, today="2027-01-10")
    assert "Replacing your review of Sun 10 Jan 2027 (the same plan week)." in again
    reviews = [row for row in learner.saved()["events"] if row["kind"] == "review"]
    assert reviews[-1]["replaces"] == reviews[-2]["id"]  # a removal is an event too
    report = learner.json("report", today="2027-01-11")
    assert [(line["week"], line["on"]) for line in report["reviews"]] == [
        (4, "2026-12-27"),
        (6, "2027-01-10"),
    ]
    assert report["streak_weeks"] == 2  # weeks 4 and 6: the paused week breaks nothing
    assert (report["status"], report["days_ahead"]) == ("ahead", 2)
    assert report["planned_finish"] == "2027-02-03"
    assert report["pace_hours_per_week"] == pytest.approx(2.625)  # 10.5 h in 4 weeks
    assert report["repeated_blockers"] == ["evenings too short"]
    assert report["confidence"][0]["history"] == [
        {"week": 4, "on": "2026-12-27", "level": 2},
        {"week": 6, "on": "2027-01-10", "level": 3},
    ]
    assert report["phases"][0]["hours_actual"] == 12.5
    assert report["phases"][0]["hours_done"] == 10.5
    portfolio = learner.json("portfolio", today="2027-01-11")
    assert portfolio["skills"][0]["evidence"][0]["ref"] == "https://example.com/journey"

    # The phase gate shows what is done and the confidence before asking. The room week 6
    # left unused is gone, so the learner starts week 7 behind.
    gate = learner.text("phase", "next", input="y\n", today="2027-01-12")
    assert "4 of 4 actions done or skipped." in gate
    assert "User research 3 (week 6)" in gate
    assert learner.moves() == [(D("2027-01-12"), "first-project", False)]
    assert learner.json("status", today="2027-01-12")["status"] == "behind"

    # The calendar follows the forecast: one event per plan week, the paused one included.
    calendar = learner.file.parent.parent / "plan.ics"  # beside the data folder, not in it
    learner.ok("export", "ics", "--output", str(calendar), today="2027-01-12")
    first = events(calendar.read_bytes())
    assert first["teacher-to-ux-designer.week-6@fashioncoach"] == (
        "Week 6: Foundations",
        D("2027-01-05"),
        D("2027-01-12"),
    )
    assert first["teacher-to-ux-designer.week-10@fashioncoach"] == (
        "Week 10: First project",
        D("2027-02-02"),
        D("2027-02-09"),
    )
    assert first["teacher-to-ux-designer.milestone.case-study-live@fashioncoach"][1] == D(
        "2027-02-08"
    )
    assert first["teacher-to-ux-designer.pause.2026-12-29@fashioncoach"][1:] == (
        D("2026-12-29"),
        D("2027-01-05"),
    )
    assert len(first) == 10 + 2 + 1  # weeks, milestones, pause

    # Weeks 7 to 9: what today lists each week, and a review each week.
    for number, day in enumerate(["2027-01-13", "2027-01-20", "2027-01-27"], start=7):
        ids = [line["id"] for line in learner.json("today", today=day)["actions"]]
        learner.ok("done", *ids, today=day)
        learner.ok("review", "--confidence", f"user-research={min(number - 3, 5)}", today=day)
        assert learner.json("today", today=day)["pace"]["status"] in ("ahead", "complete")

    report = learner.json("report", today="2027-02-08")
    assert report["status"] == "complete"
    assert report["projected_finish"] == "2027-01-27"
    assert report["planned_finish"] == "2027-02-03"
    assert report["days_ahead"] == 7
    assert report["streak_weeks"] == 5
    assert (report["hours_done"], report["hours_actual"]) == (31.5, 33.5)
    assert [point["week"] for point in report["confidence"][0]["history"]] == [4, 6, 7, 8, 9]
    text = learner.screen("report", today="2027-02-08")
    assert "Time spent on done actions: 33.5 h against 31.5 h estimated (2 h more" in flat(text)
    assert "Streak: 5 weeks with progress" in text

    # The same export again: the same UIDs, so a calendar app updates, never duplicates.
    learner.ok("export", "ics", "--output", str(calendar), today="2027-02-08")
    assert set(events(calendar.read_bytes())) == set(first)


def test_an_idle_week_moves_the_projected_finish_by_a_week(custom_learner: Learner) -> None:
    """Nothing done, week after week: each idle week is a week more of work to do, so the
    projected finish moves on by 7 days a week, and agrees with where `replan` lands."""
    learner = custom_learner
    learner.ok("start", "--on", "2026-12-01", today="2026-12-01")
    start = D("2026-12-01")
    projected = [
        D(learner.json("report", today=start + timedelta(days=7 * week + 1))["projected_finish"])
        for week in range(1, 6)
    ]
    assert [(later - earlier).days for earlier, later in pairwise(projected)] == [7] * 4
    day = start + timedelta(days=7 * 5 + 1)
    learner.ok("replan", "--yes", today=day)
    assert D(learner.json("report", today=day)["planned_finish"]) == projected[-1]


def test_pause_says_how_far_the_plan_moves(custom_learner: Learner) -> None:
    """A pause moves the planned finish by its paused days (rule 7), however they fall on
    the plan's weeks: what `pause` says agrees with the finish before and after; three
    days move it three days, eleven days across two plan weeks eleven."""
    learner = custom_learner
    learner.ok("start", "--on", "2026-12-01", today="2026-12-01")
    before = D(learner.json("report", today="2026-12-02")["planned_finish"])
    said = flat(learner.text("pause", "--until", "2026-12-05", today="2026-12-02"))
    after = D(learner.json("report", today="2026-12-06")["planned_finish"])
    assert (after - before).days == 3
    assert (
        f"Your planned finish moves from {long_day(before)} to {long_day(after)} (3 days later)"
        in said
    )

    # 8-19 Dec: all 7 days of plan week 2 and 4 of week 3 (weeks start on Tuesdays)
    verdict = learner.json("status", today="2026-12-06")
    said = flat(
        learner.text("pause", "--from", "2026-12-08", "--until", "2026-12-19", today="2026-12-06")
    )
    later = D(learner.json("report", today="2026-12-20")["planned_finish"])
    assert (later - after).days == 11
    assert (
        f"Your planned finish moves from {long_day(after)} to {long_day(later)} (11 days later)"
        in said
    )
    # A pause never puts the learner further behind (rule 7).
    assert learner.json("status", today="2026-12-06")["days_ahead"] == verdict["days_ahead"]


def test_the_pace_line_and_replan_agree_after_phase_moves(learner: Learner) -> None:
    """Every phase moved on on the start day, nothing done five weeks later: behind, and
    the finish the pace line says replan moves to is the one `replan --dry-run` shows and
    `replan` makes the plan (rule 4), whichever phase the late work was left in. (Before
    this model the line offered replan only once no work was left in earlier phases.)"""
    learner.ok("start", "--on", "2026-12-01", today="2026-12-01")
    for _ in learner.roadmap.phases[1:]:
        learner.ok("phase", "next", "--yes", today="2026-12-01")
    day = "2027-01-05"
    view = learner.json("today", today=day)
    pace, clock = view["pace"], view["clock"]
    assert pace["status"] == "behind" and pace["replan_weeks"] > 0
    finish = long_day(D(clock["projected_finish"]))
    assert pace["line"].endswith(f"or replan moves the finish to {finish}")
    assert f"or replan moves the finish to {finish}" in flat(learner.screen("today", today=day))
    dry = flat(learner.text("replan", "--dry-run", today=day))
    assert f"to {finish} ({-pace['days_ahead']} days later)" in dry
    learner.ok("replan", "--yes", today=day)
    after = learner.json("today", today=day)["clock"]
    assert (after["status"], after["planned_finish"]) == ("on-track", clock["projected_finish"])


def test_replan_reset_returns_to_the_plan_made_at_the_start(custom_learner: Learner) -> None:
    """``replan --reset`` goes back to the plan made at the start, and says how the finish
    moves; its event stays in the log, and a second reset says there is nothing to undo."""
    learner = custom_learner
    learner.ok("start", "--on", "2026-12-01", "--hours", "6", today="2026-12-01")
    start_plan = learner.json("report", today="2026-12-22")["planned_finish"]
    learner.ok("replan", "--yes", today="2026-12-22")
    replanned = learner.json("report", today="2026-12-22")
    assert replanned["replanned_on"] == "2026-12-22"
    assert replanned["planned_finish"] > start_plan
    said = flat(learner.text("replan", "--reset", "--yes", today="2026-12-22"))
    assert (
        f"Your planned finish moves from {long_day(D(replanned['planned_finish']))} to "
        f"{long_day(D(start_plan))} (21 days earlier)" in said
    )
    assert learner.saved()["events"][-1]["kind"] == "replan-reset"
    report = learner.json("report", today="2026-12-22")
    assert (report["planned_finish"], report["replanned_on"]) == (start_plan, None)
    assert report["status"] == "behind"
    before = learner.file.read_bytes()
    assert "the one made at the start already" in learner.text(
        "replan", "--reset", today="2026-12-22"
    )
    assert learner.file.read_bytes() == before


def test_replan_on_the_start_day_counts_the_work_done_that_day(learner: Learner) -> None:
    """A replan on the plan's first day, after work done that day, makes the forecast the
    plan: the new plan gives this week the room the budget has left, as the forecast does,
    so the learner is on track right after it, not a week behind."""
    start = "2026-11-23"
    learner.ok("start", "--on", start, "--hours", "0.5", today=start)
    learner.ok("done", "build-trend-data-api", today=start)  # 2.5 h, five weeks' budget
    said = flat(learner.text("replan", "--yes", today=start))
    clock = learner.json("today", today=start)["clock"]
    assert (clock["status"], clock["days_ahead"]) == ("on-track", 0)
    assert clock["planned_finish"] == clock["projected_finish"]
    assert f"to {long_day(D(clock['planned_finish']))}" in said


def test_replan_counts_only_the_work_still_open(custom_learner: Learner) -> None:
    """replan's table of open work by plan week, in the plan now: this week holds what the
    plan put in it and in earlier weeks that is still open, as timeline's schedule says;
    an action done since the plan was made is in no week."""
    learner = custom_learner
    learner.ok("start", "--on", "2026-12-01", "--hours", "6", today="2026-12-01")
    learner.ok("done", "start-ux-course", today="2026-12-03")
    day = "2026-12-09"  # week 2
    schedule = learner.json("timeline", today=day)["schedule"]
    still_open = [item for item in schedule if item["status"] == "open"]
    due = [item for item in still_open if item["planned_week"] <= 2]
    (this_week, *_) = learner.json("replan", today=day)["week_loads"]
    assert this_week["week"] == 2
    assert (this_week["actions_before"], this_week["hours_before"]) == (
        len(due),
        sum(item["hours"] for item in due),
    )
    assert "start-ux-course" not in [item["id"] for item in due]


def test_replan_when_on_track_changes_nothing(custom_learner: Learner) -> None:
    """With nothing open from past weeks, replan says so and writes nothing."""
    learner = custom_learner
    learner.ok("start", "--on", "2026-12-01", today="2026-12-01")
    before = learner.file.read_bytes()
    assert "nothing to change" in learner.text("replan", "--yes", today="2026-12-03")
    assert learner.file.read_bytes() == before


def test_set_hours_changes_the_budget_and_bad_values_are_usage_errors(
    custom_learner: Learner,
) -> None:
    """``set hours`` saves the budget as an event and says the forecast on it (the plan keeps
    its finish, rule 3); out-of-range hours exit 2 and write nothing."""
    learner = custom_learner
    learner.ok("start", "--on", "2026-12-01", "--hours", "6", today="2026-12-01")
    said = flat(learner.text("set", "hours", "10", today="2026-12-02"))
    assert "Weekly budget: 10 h (was 6 h)." in said
    assert "Your forecast: 4 weeks, to Wed 23 Dec 2026 · ahead by 2 weeks." in said
    assert "Your plan keeps its finish, Wed 6 Jan 2027" in said
    budget = learner.saved()["events"][-1]
    assert (budget["kind"], budget["hours"]) == ("budget", 10.0)
    assert learner.json("report", today="2026-12-02")["weekly_hours"] == 10
    before = learner.file.read_bytes()
    assert learner.run("set", "hours", "0", today="2026-12-02").exit_code == 2
    bad = learner.run("done", "start-ux-course", "--hours", "-1", today="2026-12-02")
    assert bad.exit_code == 2
    two = learner.run(
        "done", "start-ux-course", "define-problem", "--hours", "1", today="2026-12-02"
    )
    assert two.exit_code == 2 and "one action at a time" in two.output
    assert learner.file.read_bytes() == before


def test_timeline_says_a_pause_moves_the_plan_by_its_days(custom_learner: Learner) -> None:
    """The timeline's pauses say what a pause does (rule 7): the plan moves on by the
    paused days, which the planned finish shows, not by whole weeks."""
    learner = custom_learner
    learner.ok("start", "--on", "2026-12-01", today="2026-12-01")
    before = D(learner.json("report", today="2026-12-02")["planned_finish"])
    learner.ok("pause", "--until", "2026-12-05", today="2026-12-02")
    after = D(learner.json("report", today="2026-12-02")["planned_finish"])
    text = learner.screen("timeline", today="2026-12-02")
    assert "Pauses (the plan moves on by the paused days)" in text
    assert "whole weeks" not in text
    assert (after - before).days == 3


def test_bad_pauses_reviews_and_evidence_are_refused(
    custom_learner: Learner, tmp_path: Path
) -> None:
    """Overlapping pauses, an until before from, a bad confidence, a missing file: exit 2."""
    learner = custom_learner
    learner.ok("start", "--on", "2026-12-01", today="2026-12-01")
    learner.ok("pause", "--until", "2026-12-09", today="2026-12-02")
    before = learner.file.read_bytes()
    for args in (
        ["pause", "--until", "2026-12-10"],
        ["pause", "--from", "2026-12-20", "--until", "2026-12-19"],
        ["review", "--confidence", "user-research=9"],
        ["review", "--confidence", "no-such-skill=3"],
        ["evidence", "start-ux-course", str(tmp_path / "missing.png")],
        ["evidence", "no-such-action", "https://example.com"],
    ):
        result = learner.run(*args, today="2026-12-03")
        assert result.exit_code == 2, (args, result.output)
        assert len(result.output.strip().splitlines()) == 1
    assert learner.file.read_bytes() == before
    # resume on the pause's first day removes it entirely.
    learner.ok("resume", today="2026-12-02")
    assert learner.json("timeline", today="2026-12-02")["pauses"] == []
    assert learner.saved()["events"][-1]["kind"] == "resume"


def test_review_asks_the_three_questions(custom_learner: Learner) -> None:
    """Without options, review asks what went well, what blocked, and confidence per skill."""
    learner = custom_learner
    learner.ok("start", "--on", "2026-12-01", today="2026-12-01")
    learner.ok("done", "map-lesson-to-journey", today="2026-12-02")
    out = learner.text("review", input="the course\nnothing\n4\n9\n2\n", today="2026-12-06")
    assert "What went well this week?" in out and "What blocked you?" in out
    assert "Please answer 1 to 5" in out
    (saved,) = [row for row in learner.saved()["events"] if row["kind"] == "review"]
    assert (saved["day"], saved["went_well"], saved["blocked"], saved["confidence"]) == (
        D("2026-12-06"),
        "the course",
        "nothing",
        {"user-research": 4, "wireframing": 2},
    )
    (shown,) = learner.json("report", today="2026-12-06")["reviews"]
    assert shown["week"] == 1


def test_portfolio_lists_evidence_by_skill(custom_learner: Learner, tmp_path: Path) -> None:
    """A file attached to an action with two skills is listed under both, and under the
    skill the learner already had that the work used."""
    learner = custom_learner
    learner.ok("start", "--on", "2026-12-01", today="2026-12-01")
    assert "No evidence yet" in learner.screen("portfolio", today="2026-12-02")
    artefact = tmp_path / "journey.png"
    artefact.write_bytes(b"png")
    learner.ok("evidence", "map-lesson-to-journey", str(artefact), today="2026-12-02")
    (added,) = [row for row in learner.saved()["events"] if row["kind"] == "evidence"]
    assert (added["action"], added["ref"]) == ("map-lesson-to-journey", str(artefact.resolve()))
    view = learner.json("portfolio", today="2026-12-02")
    assert [skill["id"] for skill in view["skills"]] == [
        "user-research",
        "wireframing",
        "lesson-planning",
    ]
    text = learner.screen("portfolio", today="2026-12-02")
    assert "User research" in text and "Wireframing" in text
    assert "Lesson planning (a skill you have)" in text


def test_export_ics_prints_to_stdout_and_parses(custom_learner: Learner) -> None:
    """Without --output the calendar goes to stdout: 6 weeks and 2 milestones."""
    learner = custom_learner
    learner.ok("start", "--on", "2026-12-01", today="2026-12-01")
    result = learner.ok("export", "ics", today="2026-12-02")
    found = events(result.stdout_bytes)
    assert len(found) == 8
    assert found["teacher-to-ux-designer.week-1@fashioncoach"] == (
        "Week 1: Foundations",
        D("2026-12-01"),
        D("2026-12-08"),
    )


# --- pure pieces --------------------------------------------------------------------------


def test_v2_to_v3_migration_is_pure_and_keeps_own_keys() -> None:
    """A v2 file gains nothing but the version; a key of the learner's own named like a
    new one is kept under another name rather than read as data."""
    data = {
        "schema_version": 2,
        "roadmap_id": "x",
        "start_date": D("2026-12-01"),
        "hours_per_week": 6.0,
        "phases": [],
        "reviews": "my own notes",
    }
    untouched = copy.deepcopy(data)
    migrated = migrate(data)
    assert data == untouched
    assert migrated["schema_version"] == SCHEMA_VERSION
    assert migrated["reviews_v2"] == "my own notes" and "reviews" not in migrated
