"""A learner who falls three weeks behind, replans, pauses for a week, reviews weekly
and finishes: every date, projection and streak along the way, through the real CLI.

The small roadmap in ``tests/fixtures/teacher-to-ux.toml`` keeps it short: two phases
(2 + 4 weeks), 31.5 hours. The learner starts on Tuesday 1 Dec 2026 with 6 hours a
week. Time is passed in with ``--today``; nothing is patched or mocked. Each step
checks what the learner sees and what is on disk.
"""

from __future__ import annotations

import copy
import json
import tomllib
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar
from typer.testing import CliRunner, Result

from fashioncoach.cli.main import app
from fashioncoach.core.schedule import active_date, active_days, week_dates, week_of
from fashioncoach.model.progress import SCHEMA_VERSION, Pause
from fashioncoach.store.migrations import migrate
from tests.conftest import FIXTURES

runner = CliRunner()
ROADMAP = FIXTURES / "teacher-to-ux.toml"
FILE = "teacher-to-ux-designer.toml"
D = date.fromisoformat
ROADMAP_BYTES = ROADMAP.read_bytes()
VIEWS = {"today", "report", "timeline", "portfolio", "replan"}


class Learner:
    def __init__(self, home: Path) -> None:
        self.file = home / FILE

    def invoke(self, day: str, *args: str, input: str | None = None) -> Result:
        return runner.invoke(app, ["--roadmap", str(ROADMAP), "--today", day, *args], input=input)

    def ok(self, day: str, *args: str, input: str | None = None) -> str:
        result = self.invoke(day, *args, input=input)
        assert result.exit_code == 0, result.output
        if args[0] in VIEWS and "--json" not in args:  # a view fits an 80-column pipe
            for line in result.stdout.splitlines():
                assert len(line) <= 80, line
        return result.stdout

    def json(self, day: str, *args: str) -> Any:
        return json.loads(self.ok(day, *args, "--json"))

    def saved(self) -> dict[str, Any]:
        return tomllib.loads(self.file.read_text(encoding="utf-8"))


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def learner(isolated_home: Path) -> Learner:
    return Learner(isolated_home)


def test_a_learner_falls_behind_replans_pauses_reviews_and_finishes(learner: Learner) -> None:
    """The whole story: pace lines, the replan, the pause, reviews, gate, calendar, finish."""
    learner.ok("2026-12-01", "start", "--on", "2026-12-01", "--hours", "6")

    # Three weeks without anything done: week 4 of a 2-week phase, 21 days behind.
    text = learner.ok("2026-12-22", "today")
    assert "Pace: 21 days behind — about 4.5 h extra a week for 3 weeks catches up" in text
    today = learner.json("2026-12-22", "today")
    assert today["pace"] == {
        "status": "behind",
        "days_behind": 21,
        "catch_up_hours": 4.5,
        "catch_up_weeks": 3,
        "line": "21 days behind — about 4.5 h extra a week for 3 weeks catches up",
    }
    report = learner.json("2026-12-22", "report")
    assert (report["status"], report["days_behind"]) == ("behind", 21)
    assert report["planned_finish"] == "2027-01-11"
    assert report["projected_finish"] is None
    assert report["burndown"][2] == {
        "week": 3,
        "end": "2026-12-21",
        "planned_remaining": 18.0,
        "remaining": 31.5,
    }
    assert report["burndown"][4]["remaining"] is None  # a week still to come
    assert "Burndown (hours left, estimates)" in learner.ok("2026-12-22", "report")

    # replan: a dry run changes nothing; the real one asks, then extends the phase.
    before = learner.file.read_bytes()
    dry = learner.ok("2026-12-22", "replan", "--dry-run")
    assert learner.file.read_bytes() == before
    assert "start-ux-course (4 h): week 1 -> week 4" in dry
    assert "run-three-interviews (3 h): week 2 -> week 5" in dry
    assert "Foundations is extended by 3 weeks (to 5 weeks)" in flat(dry)
    proposal = learner.json("2026-12-22", "replan")  # --json without --yes: a dry run
    assert proposal["extend_by"] == 3 and learner.file.read_bytes() == before
    refused = learner.invoke("2026-12-22", "replan", input="n\n")
    assert refused.exit_code == 1 and learner.file.read_bytes() == before
    learner.ok("2026-12-22", "replan", input="y\n")
    assert learner.saved()["schedule"] == {
        "replanned_on": D("2026-12-22"),
        "moved": {
            "start-ux-course": 4,
            "map-lesson-to-journey": 4,
            "write-interview-guide": 5,
            "run-three-interviews": 5,
        },
        "extended": {"foundations": 3},
    }
    assert ROADMAP.read_bytes() == ROADMAP_BYTES  # the roadmap file is never changed

    # today, timeline and report follow the new schedule.
    today = learner.json("2026-12-22", "today")
    assert today["phase"]["weeks"] == 5 and today["weeks"] == 9
    assert [line["id"] for line in today["actions"]] == ["start-ux-course", "map-lesson-to-journey"]
    assert today["pace"]["status"] == "on track"
    assert today["milestones"][0]["due_date"] == "2027-01-04"
    timeline = learner.json("2026-12-22", "timeline")
    assert [(p["starts"], p["ends"], p["weeks"]) for p in timeline["phases"]] == [
        ("2026-12-01", "2027-01-04", 5),
        ("2027-01-05", "2027-02-01", 4),
    ]
    assert learner.json("2026-12-22", "report")["planned_finish"] == "2027-02-01"

    # Week 4: work, with the time spent; a review with flags.
    learner.ok("2026-12-23", "done", "start-ux-course", "--hours", "5")
    learner.ok("2026-12-24", "done", "map-lesson-to-journey")
    hours = [event.get("hours") for event in learner.saved()["events"]]
    assert hours == [5.0, 1.5]  # the estimate when --hours is not given
    learner.ok(
        "2026-12-27",
        "review",
        "--went-well",
        "finished the module",
        "--blocked",
        "evenings too short",
        "--confidence",
        "user-research=2",
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

    # A week of holiday from Tue 29 Dec: everything after it moves on by 7 days.
    said = learner.ok("2026-12-29", "pause", "--until", "2027-01-05", "--reason", "holiday")
    assert "back on Tue 5 Jan 2027" in said
    assert learner.saved()["pauses"] == [
        {"start": D("2026-12-29"), "until": D("2027-01-05"), "reason": "holiday"}
    ]
    text = learner.ok("2026-12-31", "today")
    assert "Paused (holiday): back on Tue 5 Jan 2027" in flat(text)
    assert "Tue 5 Jan 2027 to Mon 11 Jan 2027" in text  # week 5 waits for you
    timeline_text = learner.ok("2026-12-31", "timeline")
    assert "Tue 29 Dec 2026 to Mon 4 Jan 2027 (7 days, holiday)" in timeline_text
    report = learner.json("2026-12-31", "report")
    assert report["planned_finish"] == "2027-02-08"
    assert report["streak_weeks"] == 1 and report["paused_days"] == 2
    # resume with no pause on that day is an error, and changes nothing.
    before = learner.file.read_bytes()
    assert learner.invoke("2027-01-06", "resume").exit_code == 2
    assert learner.file.read_bytes() == before

    # Week 5 (5-11 Jan): the interviews; notes and evidence.
    learner.ok("2027-01-06", "done", "write-interview-guide")
    learner.ok("2027-01-07", "done", "run-three-interviews", "--hours", "4")
    learner.ok("2027-01-07", "note", "run-three-interviews", "one interview by video call")
    learner.ok("2027-01-07", "evidence", "map-lesson-to-journey", "https://example.com/journey")
    learner.ok(
        "2027-01-10",
        "review",
        "--blocked",
        "Evenings too short!",
        "--confidence",
        "user-research=3",
    )
    assert "replan" in learner.ok(
        "2027-01-10",
        "review",
        "--blocked",
        "Evenings too short!",
        "--confidence",
        "user-research=3",
    )  # the same week again replaces the review, and the repeated blocker suggests replan
    assert [review["week"] for review in learner.saved()["reviews"]] == [4, 5]
    report = learner.json("2027-01-11", "report")
    assert report["streak_weeks"] == 2  # weeks 4 and 5: the paused week is no week
    assert report["projected_finish"] == "2027-03-08"  # 10.5 h in the last 4 weeks
    assert report["pace_hours_per_week"] == pytest.approx(2.625)
    assert report["repeated_blockers"] == ["evenings too short"]
    assert report["confidence"][0]["history"] == [
        {"week": 4, "on": "2026-12-27", "level": 2},
        {"week": 5, "on": "2027-01-10", "level": 3},
    ]
    assert report["phases"][0]["hours_actual"] == 12.5
    assert report["phases"][0]["hours_done"] == 10.5
    portfolio = learner.json("2027-01-11", "portfolio")
    assert portfolio["skills"][0]["evidence"][0]["ref"] == "https://example.com/journey"

    # The phase gate shows deliverables and confidence before asking.
    gate = learner.ok("2027-01-12", "phase", "next", input="y\n")
    assert "done when: Three sets of interview notes exist." in gate
    assert "User research: 3 (week 5)" in gate
    assert learner.saved()["phases"][-1] == {"phase": "first-project", "began": D("2027-01-12")}

    # The calendar follows the replanned and paused schedule.
    calendar = learner.file.parent.parent / "plan.ics"  # beside the data folder, not in it
    learner.ok("2027-01-12", "export", "ics", "--output", str(calendar))
    first = _events(calendar.read_bytes())
    assert first["teacher-to-ux-designer.foundations.week-5@fashioncoach"] == (
        "Week 5: Foundations",
        D("2027-01-05"),
        D("2027-01-12"),
    )
    assert first["teacher-to-ux-designer.first-project.week-4@fashioncoach"][1:] == (
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
        learner.ok(day, "done", *ids)
        learner.ok(day, "review", "--confidence", f"user-research={min(number, 5)}")
        assert learner.json(day, "today")["pace"]["status"] in ("on track", "complete")

    report = learner.json("2027-02-08", "report")
    assert report["status"] == "complete"
    assert report["projected_finish"] == "2027-02-03"
    assert report["planned_finish"] == "2027-02-08"
    assert report["streak_weeks"] == 6
    assert (report["hours_done"], report["hours_actual"]) == (31.5, 33.5)
    assert [point["week"] for point in report["confidence"][0]["history"]] == [4, 5, 6, 7, 8, 9]
    text = learner.ok("2027-02-08", "report")
    assert "Time spent on done actions: 33.5 h against 31.5 h estimated (2 h more" in flat(text)
    assert "Streak: 6 weeks with progress" in text

    # The same export again: the same UIDs, so a calendar app updates, never duplicates.
    learner.ok("2027-02-08", "export", "ics", "--output", str(calendar))
    assert set(_events(calendar.read_bytes())) == set(first)


def _events(content: bytes) -> dict[str, tuple[str, date, date]]:
    parsed = Calendar.from_ical(content)
    return {
        str(event["uid"]): (
            str(event["summary"]),
            event.decoded("dtstart"),
            event.decoded("dtend"),
        )
        for event in parsed.walk("VEVENT")
    }


def test_replan_reset_returns_to_the_roadmap_schedule(learner: Learner) -> None:
    """``replan --reset`` drops the adjustments (pauses stay); today follows the roadmap again."""
    learner.ok("2026-12-01", "start", "--on", "2026-12-01", "--hours", "6")
    learner.ok("2026-12-22", "replan", "--yes")
    assert "schedule" in learner.saved()
    learner.ok("2026-12-22", "replan", "--reset", "--yes")
    assert "schedule" not in learner.saved()
    assert learner.json("2026-12-22", "today")["weeks_over"] == 2
    assert "already follows" in learner.ok("2026-12-22", "replan", "--reset")


def test_replan_when_on_track_changes_nothing(learner: Learner) -> None:
    """With nothing open from past weeks, replan says so and writes nothing."""
    learner.ok("2026-12-01", "start", "--on", "2026-12-01")
    before = learner.file.read_bytes()
    assert "needs no change" in learner.ok("2026-12-03", "replan", "--yes")
    assert learner.file.read_bytes() == before


def test_set_hours_changes_the_budget_and_bad_values_are_usage_errors(learner: Learner) -> None:
    """``set hours`` saves the budget; out-of-range hours exit 2 and write nothing."""
    learner.ok("2026-12-01", "start", "--on", "2026-12-01", "--hours", "6")
    assert "Weekly budget: 10 h (was 6 h)." in learner.ok("2026-12-02", "set", "hours", "10")
    assert learner.saved()["hours_per_week"] == 10.0
    before = learner.file.read_bytes()
    assert learner.invoke("2026-12-02", "set", "hours", "0").exit_code == 2
    assert learner.invoke("2026-12-02", "done", "start-ux-course", "--hours", "-1").exit_code == 2
    two = learner.invoke("2026-12-02", "done", "start-ux-course", "define-problem", "--hours", "1")
    assert two.exit_code == 2 and "one action at a time" in two.output
    assert learner.file.read_bytes() == before


def test_bad_pauses_reviews_and_evidence_are_refused(learner: Learner, tmp_path: Path) -> None:
    """Overlapping pauses, an until before from, a bad confidence, a missing file: exit 2."""
    learner.ok("2026-12-01", "start", "--on", "2026-12-01")
    learner.ok("2026-12-02", "pause", "--until", "2026-12-09")
    before = learner.file.read_bytes()
    for args in (
        ["pause", "--until", "2026-12-10"],
        ["pause", "--from", "2026-12-20", "--until", "2026-12-19"],
        ["review", "--confidence", "user-research=9"],
        ["review", "--confidence", "no-such-skill=3"],
        ["evidence", "start-ux-course", str(tmp_path / "missing.png")],
        ["evidence", "no-such-action", "https://example.com"],
    ):
        result = learner.invoke("2026-12-03", *args)
        assert result.exit_code == 2, (args, result.output)
        assert len(result.output.strip().splitlines()) == 1
    assert learner.file.read_bytes() == before
    # resume on the pause's first day removes it entirely.
    learner.ok("2026-12-02", "resume")
    assert "pauses" not in learner.saved()


def test_review_asks_the_three_questions(learner: Learner) -> None:
    """Without options, review asks what went well, what blocked, and confidence per skill."""
    learner.ok("2026-12-01", "start", "--on", "2026-12-01")
    learner.ok("2026-12-02", "done", "map-lesson-to-journey")
    out = learner.ok("2026-12-06", "review", input="the course\nnothing\n4\n9\n2\n")
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


def test_portfolio_lists_evidence_by_skill(learner: Learner, tmp_path: Path) -> None:
    """A file attached to an action with two skills is listed under both."""
    learner.ok("2026-12-01", "start", "--on", "2026-12-01")
    assert "No evidence yet" in learner.ok("2026-12-02", "portfolio")
    artefact = tmp_path / "journey.png"
    artefact.write_bytes(b"png")
    learner.ok("2026-12-02", "evidence", "map-lesson-to-journey", str(artefact))
    assert learner.saved()["evidence"][0]["ref"] == str(artefact.resolve())
    view = learner.json("2026-12-02", "portfolio")
    assert [skill["id"] for skill in view["skills"]] == ["user-research", "wireframing"]
    text = learner.ok("2026-12-02", "portfolio")
    assert "User research" in text and "Wireframing" in text


def test_export_ics_prints_to_stdout_and_parses(learner: Learner) -> None:
    """Without --output the calendar goes to stdout: 6 weeks and 2 milestones."""
    learner.ok("2026-12-01", "start", "--on", "2026-12-01")
    result = learner.invoke("2026-12-02", "export", "ics")
    assert result.exit_code == 0
    events = _events(result.stdout_bytes)
    assert len(events) == 8
    assert events["teacher-to-ux-designer.foundations.week-1@fashioncoach"] == (
        "Week 1: Foundations",
        D("2026-12-01"),
        D("2026-12-08"),
    )


# --- pure pieces --------------------------------------------------------------------------


def test_active_days_skip_pauses() -> None:
    """A paused week is no week: week numbers and week dates move on by its length."""
    start = D("2026-12-01")
    pauses = (Pause(start=D("2026-12-08"), until=D("2026-12-15")),)
    assert active_days(start, D("2026-12-20"), pauses) == 12
    assert active_date(start, 7, pauses) == D("2026-12-15")
    assert active_date(D("2026-12-09"), 0, pauses) == D("2026-12-15")
    assert week_of(start, D("2026-12-14"), pauses) == 2
    assert week_dates(start, 2, pauses) == (D("2026-12-15"), D("2026-12-21"))


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
