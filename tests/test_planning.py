"""A learner who falls three weeks behind, replans, pauses for a week, reviews weekly
and finishes: every date, projection and streak along the way, through the real CLI.

The small roadmap in ``tests/fixtures/teacher-to-ux.toml`` keeps it short: two phases
(2 + 4 weeks), 31.5 hours. The learner starts on Tuesday 1 Dec 2026 with 6 hours a
week (what the roadmap asks, so its weeks hold as written). Time is passed in with
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
    learner.ok("start", "--on", "2026-12-01", "--hours", "6", today="2026-12-01")

    # Three weeks without anything done: Foundations (2 weeks) runs on through week 4
    # (rule 3), and its 10.5 h reach no further than the start: 21 days behind.
    day = "2026-12-22"
    line = "21 days behind — about 0.5 h extra a week for 4 weeks catches up, or replan adds 1 week"
    text = learner.screen("today", today=day)
    assert text.startswith("Foundations — week 4 of 4 · plan week 4 of 8\n")
    assert line in flat(text)
    today = learner.json("today", today=day)
    assert today["pace"] == {
        "status": "behind",
        "days_ahead": -21,
        "hours_behind": 10.5,
        "catch_up_hours": 0.5,
        "catch_up_weeks": 4,
        "replan_weeks": 1,
        "line": line,
    }
    assert today["weeks_over"] == 2
    report = learner.json("report", today=day)
    assert (report["status"], report["days_behind"]) == ("behind", 21)
    assert report["planned_finish"] == "2027-01-25"  # the later phase waits two weeks
    assert report["clock"] == today["clock"]
    # The late phase's weeks 3 and 4 plan no new work.
    assert report["burndown"][2] == {
        "week": 3,
        "end": "2026-12-21",
        "planned_remaining": 21.0,
        "remaining": 31.5,
    }
    assert report["burndown"][4]["remaining"] is None  # a week still to come
    assert "Burndown (hours left, estimates)" in learner.screen("report", today=day)

    # replan: a dry run changes nothing; the real one asks, then extends the phase by the
    # week the pace line said.
    before = learner.file.read_bytes()
    dry = learner.screen("replan", "--dry-run", today=day)
    assert learner.file.read_bytes() == before
    assert "start-ux-course (4 h): week 1 -> week 4" in dry
    assert "run-three-interviews (3 h): week 2 -> week 5" in dry
    assert "Foundations is extended by 1 week (to 5 weeks)" in flat(dry)
    proposal = learner.json("replan", today=day)  # --json without --yes: a dry run
    assert proposal["extend_by"] == today["pace"]["replan_weeks"] == 1
    assert learner.file.read_bytes() == before
    refused = learner.run("replan", input="n\n", today=day)
    assert refused.exit_code == 1 and learner.file.read_bytes() == before
    learner.ok("replan", input="y\n", today=day)
    assert learner.saved()["schedule"] == {
        "replanned_on": D(day),
        "moved": {
            "start-ux-course": 4,
            "map-lesson-to-journey": 4,
            "write-interview-guide": 5,
            "run-three-interviews": 5,
        },
        "extended": {"foundations": 3},  # weeks beyond the roadmap's 2
    }
    assert CUSTOM.read_bytes() == ROADMAP_BYTES  # the roadmap file is never changed

    # today, timeline and report follow the new schedule.
    today = learner.json("today", today=day)
    assert today["phase"]["weeks"] == 5 and today["weeks"] == 9
    assert [line["id"] for line in today["actions"]] == ["start-ux-course", "map-lesson-to-journey"]
    assert today["pace"]["status"] == "on-track"
    assert today["milestones"][0]["due_date"] == "2027-01-04"
    timeline = learner.json("timeline", today=day)
    assert [(p["starts"], p["ends"], p["weeks"]) for p in timeline["phases"]] == [
        ("2026-12-01", "2027-01-04", 5),
        ("2027-01-05", "2027-02-01", 4),
    ]
    assert learner.json("report", today=day)["planned_finish"] == "2027-02-01"

    # Week 4: work, with the time spent; a review with flags.
    learner.ok("done", "start-ux-course", "--hours", "5", today="2026-12-23")
    said = learner.text("done", "map-lesson-to-journey", today="2026-12-24")
    assert "This week is done. Next: Write an interview guide (write-interview-guide)" in said
    hours = [event.get("hours") for event in learner.saved()["events"]]
    assert hours == [5.0, 1.5]  # the estimate when --hours is not given
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
    assert learner.saved()["reviews"] == [
        {
            "week": 4,
            "on": D("2026-12-27"),
            "went_well": "finished the module",
            "blocked": "evenings too short",
            "confidence": {"user-research": 2},
        }
    ]

    # A week of holiday from Tue 29 Dec: a whole paused week, so everything after it
    # moves on by a week (rule 2).
    said = learner.text("pause", "--until", "2027-01-05", "--reason", "holiday", today="2026-12-29")
    assert "back on Tue 5 Jan 2027" in said
    assert learner.saved()["pauses"] == [
        {"start": D("2026-12-29"), "until": D("2027-01-05"), "reason": "holiday"}
    ]
    text = learner.screen("today", today="2026-12-31")
    assert "Paused (holiday): back on Tue 5 Jan 2027" in flat(text)
    assert "Tue 5 Jan 2027 to Mon 11 Jan 2027 · paused · on track" in text  # week 5 waits
    timeline_text = learner.screen("timeline", today="2026-12-31")
    assert "Tue 29 Dec 2026 to Mon 4 Jan 2027 (7 days, holiday)" in timeline_text
    report = learner.json("report", today="2026-12-31")
    assert report["planned_finish"] == "2027-02-08"
    assert report["streak_weeks"] == 1 and report["paused_days"] == 2
    # resume with no pause on that day is an error, and changes nothing.
    before = learner.file.read_bytes()
    assert learner.run("resume", today="2027-01-06").exit_code == 2
    assert learner.file.read_bytes() == before

    # Week 5 (5-11 Jan): the interviews, which finish the phase; notes and evidence.
    learner.ok("done", "write-interview-guide", today="2027-01-06")
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
    # The same plan week again replaces the review, after saying so (rule 7).
    again = learner.text(*review, today="2027-01-10")
    assert "Replacing your review of Sun 10 Jan 2027 (the same plan week)." in again
    assert [review["week"] for review in learner.saved()["reviews"]] == [4, 5]
    report = learner.json("report", today="2027-01-11")
    assert report["streak_weeks"] == 2  # weeks 4 and 5: the paused week is no week
    assert report["status"] == "on-track"
    assert report["projected_finish"] == report["planned_finish"] == "2027-02-08"
    assert report["pace_hours_per_week"] == pytest.approx(2.625)  # 10.5 h in 4 weeks
    assert report["repeated_blockers"] == ["evenings too short"]
    assert report["confidence"][0]["history"] == [
        {"week": 4, "on": "2026-12-27", "level": 2},
        {"week": 5, "on": "2027-01-10", "level": 3},
    ]
    assert report["phases"][0]["hours_actual"] == 12.5
    assert report["phases"][0]["hours_done"] == 10.5
    portfolio = learner.json("portfolio", today="2027-01-11")
    assert portfolio["skills"][0]["evidence"][0]["ref"] == "https://example.com/journey"

    # The phase gate shows what is done and the confidence before asking.
    gate = learner.text("phase", "next", input="y\n", today="2027-01-12")
    assert "4 of 4 actions done or skipped." in gate
    assert "User research 3 (week 5)" in gate
    assert learner.saved()["phases"][-1] == {"phase": "first-project", "began": D("2027-01-12")}

    # The calendar follows the replanned and paused schedule: one event per plan week.
    calendar = learner.file.parent.parent / "plan.ics"  # beside the data folder, not in it
    learner.ok("export", "ics", "--output", str(calendar), today="2027-01-12")
    first = events(calendar.read_bytes())
    assert first["teacher-to-ux-designer.week-5@fashioncoach"] == (
        "Week 5: Foundations",
        D("2027-01-05"),
        D("2027-01-12"),
    )
    assert first["teacher-to-ux-designer.week-9@fashioncoach"] == (
        "Week 9: First project",
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
    assert len(first) == 9 + 2 + 1  # weeks, milestones, pause

    # Weeks 6 to 9: one week's actions each, and a review each week.
    weeks = [
        ("2027-01-13", ["affinity-map", "define-problem"]),
        ("2027-01-20", ["paper-sketches", "figma-wireframes"]),
        ("2027-01-27", ["usability-test", "iterate-design"]),
        ("2027-02-03", ["draft-case-study", "publish-case-study", "share-with-a-designer"]),
    ]
    for number, (day, ids) in enumerate(weeks, start=4):
        learner.ok("done", *ids, today=day)
        learner.ok("review", "--confidence", f"user-research={min(number, 5)}", today=day)
        assert learner.json("today", today=day)["pace"]["status"] in ("on-track", "complete")

    report = learner.json("report", today="2027-02-08")
    assert report["status"] == "complete"
    assert report["projected_finish"] == "2027-02-03"
    assert report["planned_finish"] == "2027-02-08"
    assert report["streak_weeks"] == 6
    assert (report["hours_done"], report["hours_actual"]) == (31.5, 33.5)
    assert [point["week"] for point in report["confidence"][0]["history"]] == [4, 5, 6, 7, 8, 9]
    text = learner.screen("report", today="2027-02-08")
    assert "Time spent on done actions: 33.5 h against 31.5 h estimated (2 h more" in flat(text)
    assert "Streak: 6 weeks with progress" in text

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
    """A pause moves the plan by whole paused weeks (rule 2): what `pause` says agrees with
    the finish before and after; three days move nothing, eleven days move two weeks."""
    learner = custom_learner
    learner.ok("start", "--on", "2026-12-01", today="2026-12-01")
    before = D(learner.json("report", today="2026-12-02")["planned_finish"])
    said = flat(learner.text("pause", "--until", "2026-12-05", today="2026-12-02"))
    assert D(learner.json("report", today="2026-12-06")["planned_finish"]) == before
    assert "moves on by the same" not in said
    assert "Your plan keeps its weeks" in said

    # 8-19 Dec: all 7 days of plan week 2 and 4 of week 3 (weeks start on Tuesdays)
    said = flat(
        learner.text("pause", "--from", "2026-12-08", "--until", "2026-12-19", today="2026-12-06")
    )
    after = D(learner.json("report", today="2026-12-20")["planned_finish"])
    assert (after - before).days == 14
    assert f"Your plan moves on by 2 weeks, to {long_day(after)}." in said


def test_the_pace_line_offers_replan_only_when_it_catches_up(learner: Learner) -> None:
    """Every phase moved on on the start day, nothing done five weeks later: the late work
    is mostly left in earlier phases, which replan does not move, so the line does not
    offer it (replan would still add weeks to this phase: the JSON says how many); once
    that work is done, the line offers replan and doing it leaves the learner on track."""
    learner.ok("start", "--on", "2026-12-01", today="2026-12-01")
    for _ in learner.roadmap.phases[1:]:
        learner.ok("phase", "next", "--yes", today="2026-12-01")
    day = "2027-01-05"
    pace = learner.json("today", today=day)["pace"]
    assert pace["status"] == "behind" and pace["replan_weeks"] > 0
    assert "replan" not in pace["line"]
    assert "replan" not in flat(learner.screen("today", today=day))

    view = learner.json("today", today=day)
    earlier = [line["id"] for line in view["actions"] if line["left_in"]]
    assert earlier
    learner.ok("done", *earlier, today=day)
    pace = learner.json("today", today=day)["pace"]
    assert pace["status"] == "behind" and "or replan adds" in pace["line"]
    learner.ok("replan", "--yes", today=day)
    assert learner.json("today", today=day)["pace"]["status"] != "behind"


def test_replan_reset_returns_to_the_roadmap_schedule(custom_learner: Learner) -> None:
    """``replan --reset`` drops the adjustments (pauses stay); today follows the roadmap again."""
    learner = custom_learner
    learner.ok("start", "--on", "2026-12-01", "--hours", "6", today="2026-12-01")
    learner.ok("replan", "--yes", today="2026-12-22")
    assert "schedule" in learner.saved()
    learner.ok("replan", "--reset", "--yes", today="2026-12-22")
    assert "schedule" not in learner.saved()
    assert learner.json("today", today="2026-12-22")["weeks_over"] == 2
    assert "already follows" in learner.text("replan", "--reset", today="2026-12-22")


def test_replan_when_on_track_changes_nothing(custom_learner: Learner) -> None:
    """With nothing open from past weeks, replan says so and writes nothing."""
    learner = custom_learner
    learner.ok("start", "--on", "2026-12-01", today="2026-12-01")
    before = learner.file.read_bytes()
    assert "needs no change" in learner.text("replan", "--yes", today="2026-12-03")
    assert learner.file.read_bytes() == before


def test_set_hours_changes_the_budget_and_bad_values_are_usage_errors(
    custom_learner: Learner,
) -> None:
    """``set hours`` saves the budget and says the plan's length; out-of-range hours exit 2
    and write nothing."""
    learner = custom_learner
    learner.ok("start", "--on", "2026-12-01", "--hours", "6", today="2026-12-01")
    said = learner.text("set", "hours", "10", today="2026-12-02")
    assert "Weekly budget: 10 h (was 6 h). Your plan: 6 weeks, to Mon 11 Jan 2027." in said
    assert learner.saved()["hours_per_week"] == 10.0
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
    assert "pauses" not in learner.saved()


def test_review_asks_the_three_questions(custom_learner: Learner) -> None:
    """Without options, review asks what went well, what blocked, and confidence per skill."""
    learner = custom_learner
    learner.ok("start", "--on", "2026-12-01", today="2026-12-01")
    learner.ok("done", "map-lesson-to-journey", today="2026-12-02")
    out = learner.text("review", input="the course\nnothing\n4\n9\n2\n", today="2026-12-06")
    assert "What went well this week?" in out and "What blocked you?" in out
    assert "Please answer 1 to 5" in out
    (saved,) = learner.saved()["reviews"]
    assert saved == {
        "week": 1,
        "on": D("2026-12-06"),
        "went_well": "the course",
        "blocked": "nothing",
        "confidence": {"user-research": 4, "wireframing": 2},
    }


def test_portfolio_lists_evidence_by_skill(custom_learner: Learner, tmp_path: Path) -> None:
    """A file attached to an action with two skills is listed under both, and under the
    skill the learner already had that the work used."""
    learner = custom_learner
    learner.ok("start", "--on", "2026-12-01", today="2026-12-01")
    assert "No evidence yet" in learner.screen("portfolio", today="2026-12-02")
    artefact = tmp_path / "journey.png"
    artefact.write_bytes(b"png")
    learner.ok("evidence", "map-lesson-to-journey", str(artefact), today="2026-12-02")
    assert learner.saved()["evidence"][0]["ref"] == str(artefact.resolve())
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


def test_a_bigger_budget_undoes_the_stretch_but_never_shortens_the_roadmap(
    learner: Learner,
) -> None:
    """Rule 4's example: the bundled 24 weeks run 36 at 8 h a week; `set hours 20` brings
    them back to 24, not fewer, and `report` agrees with what `set hours` said."""
    said = flat(learner.text("start", "--on", "2027-01-04", "--hours", "8", today="2027-01-04"))
    assert "36 weeks, to Sun 12 Sep 2027" in said
    said = flat(learner.text("set", "hours", "20", today="2027-01-05"))
    assert "Your plan: 24 weeks, to Sun 20 Jun 2027." in said
    report = learner.json("report", today="2027-01-05")
    assert report["planned_finish"] == "2027-06-20"
    assert report["clock"]["plan_weeks"] == 24
