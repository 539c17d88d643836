"""Whole journeys through the weekly coach, with the day passed in as ``--today``.

Each step runs the real command line (``tests/helpers.py``) and then checks both
what it printed and the progress file on disk. Expected facts come from the roadmap
as ``load_roadmap`` reads it and from the rules in docs/planning.md; time is never
patched and nothing of ours is mocked.
"""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
import tomli_w

from fashioncoach.model.roadmap import Roadmap
from fashioncoach.paths import bundled_roadmap
from fashioncoach.store.roadmap_file import load_roadmap
from tests.helpers import CUSTOM, Learner, flat, long_day, v4_progress

START = date(2026, 12, 1)  # a Tuesday: every plan week runs Tuesday to Monday (rule 2)


def day_of_week(week: int, offset: int = 0) -> date:
    """A day in the plan's ``week`` (1-based), ``offset`` days after that week began."""
    return START + timedelta(days=7 * (week - 1) + offset)


def week_end(week: int) -> date:
    return day_of_week(week, 6)


# --- the main journey -------------------------------------------------------------------


def test_start_today_done_undo_skip_phase_next_back_report(learner: Learner) -> None:
    """One learner's first weeks: every step prints the right thing and saves the right file."""
    roadmap = learner.roadmap
    first, second = roadmap.phases[0], roadmap.phases[1]
    week1 = learner.roadmap_week(1)
    titles = {action.id: action.title for _, _, action in roadmap.actions()}
    weeks = roadmap.overview.duration_weeks

    # start, at the hours the roadmap asks: every action falls in its own week (rule 2)
    result = learner.ok("start", "--on", START.isoformat(), today=START)
    assert (
        f"starts on {long_day(START)} with 10.5 h a week: {weeks} weeks, to "
        f"{long_day(week_end(weeks))}." in result.output
    )
    saved = learner.saved()
    assert saved["roadmap_id"] == roadmap.id
    assert learner.begun() == (START, 10.5)
    assert learner.moves() == [] and learner.marks() == []

    # today: week 1, nothing done, numbered; reading writes nothing
    before = learner.file.read_bytes()
    day = day_of_week(1, 2)
    text = learner.screen("today", today=day)
    view = learner.json("today", today=day)
    phase_weeks = view["phase_position"]["weeks"]
    assert text.startswith(
        f"{first.title} — week 1 of {phase_weeks} · plan week 1 of {weeks}\n"
        f"{long_day(START)} to {long_day(week_end(1))} · on track\n"
    )
    assert [line["id"] for line in view["actions"]] == week1
    for number, action_id in enumerate(week1, start=1):
        assert f"{number} [ ] {action_id} · " in text
    week1_hours = sum(a.hours for _, w, a in roadmap.actions() if w == 1)
    assert (
        f"0 of {len(week1)} done this week · {week1_hours:g} h to do · budget 10.5 h a week"
        in flat(text)
    )
    assert "Mark one done with: fashioncoach done 1" in text
    assert view["weekly_hours"] == 10.5
    assert learner.file.read_bytes() == before

    # done, by today's number: what was done, then the week's count and the phase's share
    result = learner.ok("done", "1", today=day)
    lines = result.output.splitlines()
    assert lines[0] == f"Done: {week1[0]} ({titles[week1[0]]})"
    assert lines[1].startswith(f"1 of {len(week1)} done this week · {first.title} ")
    assert learner.marks() == [(day, "done", week1[0])]
    text = learner.screen("today", today=day)
    assert f"1 [x] {week1[0]} · " in text
    assert f"1 of {len(week1)} done this week" in text
    assert "Mark one done with: fashioncoach done 2" in text

    # undo, by the id
    result = learner.ok("undo", week1[0], today=day)
    assert result.output.splitlines()[0] == f"Reopened: {week1[0]} ({titles[week1[0]]})"
    assert learner.marks() == [(day, "done", week1[0]), (day, "undone", week1[0])]
    assert f"1 [ ] {week1[0]} · " in learner.screen("today", today=day)

    # skip: skipped is not done (rule 10); the room it frees takes the next work
    result = learner.ok("skip", "2", today=day)
    assert result.output.splitlines()[0] == f"Skipped: {week1[1]} ({titles[week1[1]]})"
    view = learner.json("today", today=day)
    assert f"0 done, 1 skipped of {view['total']} this week" in result.output
    assert learner.marks()[-1] == (day, "skipped", week1[1])
    text = learner.screen("today", today=day)
    assert f"2 [-] {week1[1]} · " in text
    assert f"0 done, 1 skipped of {view['total']} this week" in text

    # week 2: week 1's open actions come first, late and "planned for week 1", then week
    # 2's own (rule 5); the skipped one is no longer open work
    day = day_of_week(2, 1)
    view = learner.json("today", today=day)
    assert (view["week"], view["phase_position"]["week"]) == (2, 2)
    late = [line["id"] for line in view["actions"] if line["late"]]
    assert late == [action_id for action_id in week1 if action_id != week1[1]]
    fresh = [line["id"] for line in view["actions"] if not line["late"]]
    assert fresh and fresh == learner.roadmap_week(2)[: len(fresh)]
    assert [line["id"] for line in view["actions"]] == late + fresh
    assert [line["number"] for line in view["actions"]] == list(range(1, len(view["actions"]) + 1))
    assert flat(learner.screen("today", today=day)).count("planned for week 1") == len(late)

    # phase next with open actions: the gate says what is open; "n" changes nothing
    before = learner.file.read_bytes()
    result = learner.run("phase", "next", input="n\n", today=day)
    assert result.exit_code == 1, result.output
    still_open = sum(1 for _ in first.actions()) - 1  # all of Foundations but the skipped one
    assert f"Still open ({still_open})" in result.output
    for action_id in late:
        assert action_id in result.output
    assert "Nothing changed." in result.output
    assert learner.file.read_bytes() == before
    # ... and with no answer at all (input ended, as in a script) it says how to answer
    result = learner.run("phase", "next", input="", today=day)
    assert result.exit_code == 1, result.output
    assert "No answer; nothing changed. To answer yes without a question, add --yes." in (
        result.output
    )
    assert "Aborted" not in result.output
    assert learner.file.read_bytes() == before

    # phase next --yes moves on: this plan week is the new phase's week 1, its work comes
    # first, and the finish stays where it was (rule 6)
    finish = view["clock"]["projected_finish"]
    result = learner.ok("phase", "next", "--yes", today=day)
    assert (
        f"Phase 2 of {len(roadmap.phases)}: {second.title}. Your forecast finish stays "
        f"{long_day(date.fromisoformat(finish))}." in flat(result.output)
    )
    assert learner.moves() == [(day, second.id, False)]
    text = learner.screen("today", today=day)
    assert text.startswith(f"{second.title} — week 1 of ")
    assert "· plan week 2 of" in text.splitlines()[0]
    view = learner.json("today", today=day)
    assert view["phase_position"]["id"] == second.id
    assert view["clock"]["projected_finish"] == finish
    first_of_second = roadmap.phase_first_weeks()[second.id]
    own = [line["id"] for line in view["actions"] if not line["left_in"]]
    assert own and own == learner.roadmap_week(first_of_second)[: len(own)]
    # Foundations' open work stays in view, marked as left in it (rule 6)
    left = [line["id"] for line in view["actions"] if line["left_in"]]
    assert left and {line["left_in"] for line in view["actions"] if line["left_in"]} == {
        first.title
    }
    assert f"left in {first.title}" in flat(text)

    # phase back: "n" changes nothing, --yes goes back, and the finish stays
    before = learner.file.read_bytes()
    result = learner.run("phase", "back", input="n\n", today=day)
    assert result.exit_code == 1, result.output
    assert learner.file.read_bytes() == before
    result = learner.ok("phase", "back", "--yes", today=day)
    assert f"Back in {first.title}. Your forecast finish stays" in flat(result.output)
    assert learner.moves() == [(day, second.id, False), (day, first.id, True)]
    assert learner.json("today", today=day)["phase_position"]["id"] == first.id

    # one more done, then the report
    learner.ok("done", week1[0], today=day)
    report = learner.json("report", today=day)
    done_hours = next(a.hours for _, _, a in roadmap.actions() if a.id == week1[0])
    skipped_hours = next(a.hours for _, _, a in roadmap.actions() if a.id == week1[1])
    assert report["actions_done"] == 1
    assert report["actions_skipped"] == 1
    assert report["actions_total"] == sum(1 for _ in roadmap.actions())
    assert report["hours_done"] == done_hours
    assert report["hours_total"] == pytest.approx(roadmap.hours())
    assert report["phase_position"]["id"] == first.id
    assert report["phase_position"]["title"] == first.title
    closed = done_hours + skipped_hours
    assert report["phases"][0] == {
        "id": first.id,
        "title": first.title,
        "done": 1,
        "skipped": 1,
        "known": 0,
        "total": sum(1 for _ in first.actions()),
        "hours_done": done_hours,
        "hours_closed": closed,
        "hours_total": first.hours(),
        "hours_actual": done_hours,
        "percent": int(100 * closed / first.hours()),
    }
    assert all(isinstance(tally["hours_done"], float) for tally in report["phases"])
    assert report["status"] == report["pace"]["status"] == "behind"
    assert report["days_ahead"] < 0
    assert report["clock"]["days_ahead"] == report["days_ahead"]
    planned = date.fromisoformat(report["planned_finish"])
    assert planned == week_end(weeks)
    assert report["projected_finish"] > planned.isoformat()
    assert report["streak_weeks"] == 1
    text = learner.screen("report", today=day)
    flat_text = flat(text)
    assert f"1 done, 1 skipped of {report['actions_total']} actions" in flat_text
    assert f"Status {-report['days_ahead']} days behind — " in flat_text
    assert f"Started on {long_day(START)}" in flat_text
    assert f"Planned finish {long_day(planned)}" in flat_text
    assert "Streak: 1 week with progress" in flat_text
    for phase in roadmap.phases:
        assert phase.title in text
    # The report only reads.
    assert learner.marks()[-1] == (day, "done", week1[0])


# --- edges ------------------------------------------------------------------------------


def test_fresh_machine_today_starts_the_plan_and_says_so(learner: Learner) -> None:
    """With no progress file, ``today`` starts the plan on that day, says so, shows week 1."""
    assert not learner.file.exists()
    result = learner.ok("today", today=START)
    started = [line for line in result.stdout.splitlines() if line.startswith("Started your")]
    assert len(started) == 1
    assert long_day(START) in started[0]
    assert learner.begun() == (START, 10.5)
    assert learner.moves() == []
    assert "plan week 1 of" in result.stdout
    # Once started, it is never said again.
    assert "Started your" not in learner.ok("today", today=START).stdout


def test_fresh_machine_today_json_stays_json(learner: Learner) -> None:
    """``today --json`` on a first run says it started on stderr, so stdout parses."""
    result = learner.ok("today", "--json", today=START)
    assert "Started your" in result.stderr
    assert json.loads(result.stdout)["date"] == START.isoformat()
    assert learner.file.exists()


def test_start_again_asks_and_keeps_a_backup(learner: Learner, isolated_home: Path) -> None:
    """Starting over asks first; "n" keeps the file, --yes begins a new plan (the old work
    stays in the log as history) and keeps the old file as a backup."""
    learner.ok("start", "--on", START.isoformat(), today=START)
    learner.ok("done", learner.roadmap_week(1)[0], today=START)
    before = learner.file.read_bytes()
    result = learner.run("start", "--on", "2027-01-05", input="n\n", today=START)
    assert result.exit_code == 1, result.output
    assert "Start again?" in result.output
    assert learner.file.read_bytes() == before
    result = learner.ok("start", "--on", "2027-01-05", "--yes", today=START)
    assert "What you did before stays in your log; a backup is in" in flat(result.output)
    assert learner.begun()[0] == date(2027, 1, 5)
    assert learner.json("report", today=START)["actions_done"] == 0
    assert learner.marks() == [(START, "done", learner.roadmap_week(1)[0])]
    backups = list((isolated_home / "backups").glob(f"{learner.roadmap.id}-*.toml"))
    assert before in [backup.read_bytes() for backup in backups]


def test_before_the_start_date_previews_week_one(learner: Learner) -> None:
    """Before the start date, ``today`` previews week 1 and counts the days to go."""
    start = date(2026, 12, 10)
    learner.ok("start", "--on", start.isoformat(), today=START)
    text = learner.screen("today", today=START)
    assert text.startswith(f"{learner.roadmap.phases[0].title} — starts in 9 days, on")
    assert long_day(start) in text.splitlines()[0]
    assert "A preview of week 1" in text
    for number, action_id in enumerate(learner.roadmap_week(1), start=1):
        assert f"{number} [ ] {action_id} · " in text
    view = learner.json("today", today=START)
    assert view["days_to_start"] == 9
    assert (view["week"], view["phase_position"]["week"]) == (1, 1)
    assert [line["id"] for line in view["actions"]] == learner.roadmap_week(1)
    assert learner.json("report", today=START)["status"] == "not-started"
    assert view["clock"]["status"] == "not-started"
    assert learner.moves() == []


def test_a_phase_past_its_weeks_stays_yours_and_lists_its_oldest_work_first(
    learner: Learner,
) -> None:
    """Two weeks past a phase's planned weeks with nothing done: it is still the learner's
    phase (the first with open work, rule 6), counted on from its first week, and behind;
    today lists its oldest work first, "planned for week 1", about a week's budget, and
    the rest of the late work in one line (rule 5). Only once its work is closed does
    today say to move on."""
    first = learner.roadmap.phases[0]
    learner.ok("start", "--on", START.isoformat(), today=START)
    over = first.duration_weeks + 2
    day = day_of_week(over, 3)
    text = learner.screen("today", today=day)
    view = learner.json("today", today=day)
    here = view["phase_position"]
    assert here["id"] == first.id
    assert here["week"] == over < here["weeks"]
    assert text.startswith(f"{first.title} — week {over} of {here['weeks']} · plan week")
    assert view["clock"]["status"] == "behind"
    assert "behind" in text.splitlines()[1]
    assert "fashioncoach phase next" not in text
    listed = [line["id"] for line in view["actions"]]
    assert listed == [action.id for _, action in first.actions()][: len(listed)]
    assert all(line["late"] and not line["left_in"] for line in view["actions"])
    largest = max(line["hours"] for line in view["actions"])
    assert view["hours_open"] <= view["weekly_hours"] + largest
    assert "planned for week 1" in flat(text)
    assert view["late_more"] > 0
    assert (
        f"{view['late_more']} more actions ({view['late_more_hours']:g} h) are late and come "
        "after this week's budget; replan to spread them" in flat(text)
    )

    learner.ok("skip", *[action.id for _, action in first.actions()], today=day)
    text = learner.screen("today", today=day)
    assert f"{first.title} is done. Move on with: fashioncoach phase next" in flat(text)
    assert learner.json("today", today=day)["next_step"]["kind"] == "phase-done"


def test_the_last_phase_congratulates_and_stays(learner: Learner) -> None:
    """``phase next`` in the last phase congratulates and leaves the file as it was."""
    roadmap = learner.roadmap
    learner.ok("start", "--on", START.isoformat(), today=START)
    for _ in roadmap.phases[1:]:
        learner.ok("phase", "next", "--yes", today=START)
    assert [phase for _, phase, _ in learner.moves()] == [phase.id for phase in roadmap.phases[1:]]
    before = learner.file.read_bytes()
    result = learner.ok("phase", "next", today=START)
    assert "last phase" in result.output
    assert "Congratulations" in result.output
    assert learner.file.read_bytes() == before

    # Weeks later, with everything still open, today is this week's share of the forecast:
    # the last phase's work first, with the earlier work it needs pulled in front (marked as
    # left in its phase), and the late work of earlier weeks in one line (rules 1 and 5).
    last = roadmap.phases[-1]
    day = START + timedelta(days=7 * 6 + 1)
    text = learner.screen("today", today=day)
    view = learner.json("today", today=day)
    assert view["phase_position"]["id"] == last.id
    lines = view["actions"]
    assert lines and view["total"] == len(lines)
    assert lines[0]["id"] == next(action.id for _, action in last.actions())
    earlier = {phase.title for phase in roadmap.phases[:-1]}
    assert {line["left_in"] for line in lines} <= earlier | {""}
    assert view["hours_open"] <= view["weekly_hours"] + max(line["hours"] for line in lines)
    assert view["late_more"] > 0
    assert f"{view['late_more']} more actions" in flat(text)
    assert "Mark one done with: fashioncoach done 1" in text


def test_looking_back_before_the_current_phase_began(learner: Learner) -> None:
    """``--today`` before the day the current phase was entered shows the phase the learner
    was in on that day (rule 8): Foundations' week 1, never week 0 of the later phase."""
    first = learner.roadmap.phases[0]
    learner.ok("start", "--on", START.isoformat(), today=START)
    learner.ok("phase", "next", "--yes", today=day_of_week(3))
    view = learner.json("today", today=day_of_week(1, 3))
    assert view["phase_position"]["id"] == first.id
    assert view["phase_position"]["week"] == 1
    assert view["week"] == 1
    assert view["clock"]["phase"] == first.id
    assert [line["id"] for line in view["actions"]] == learner.roadmap_week(1)
    text = learner.screen("today", today=day_of_week(1, 3))
    assert text.startswith(f"{first.title} — week 1 of {first.duration_weeks} · plan week 1 of")


def test_a_week_with_every_action_done(learner: Learner) -> None:
    """All of a week's actions done: every box ticked, no work left, and it says what is next."""
    learner.ok("start", "--on", START.isoformat(), today=START)
    ids = learner.roadmap_week(1)
    day = day_of_week(1, 4)
    result = learner.ok("done", *(str(number) for number in range(1, len(ids) + 1)), today=day)
    assert result.output.count("Done: ") == len(ids)
    assert learner.marks() == [(day, "done", action_id) for action_id in ids]
    following = learner.roadmap_week(2)[0]
    titles = {action.id: action.title for _, _, action in learner.roadmap.actions()}
    next_line = f"This week is done. Next: {titles[following]} ({following})"
    assert next_line in flat(result.output)
    text = learner.screen("today", today=day)
    for number, action_id in enumerate(ids, start=1):
        assert f"{number} [x] {action_id} · " in text
    assert f"{len(ids)} of {len(ids)} done this week · nothing left to do" in flat(text)
    assert next_line in flat(text)
    assert "Mark one done with" not in text
    view = learner.json("today", today=day)
    assert all(line["done"] for line in view["actions"])
    assert view["hours_open"] == 0
    assert view["next_step"] == {
        "kind": "week-done",
        "action": following,
        "title": titles[following],
    }
    assert learner.json("report", today=day)["status"] == "on-track"


def test_a_week_done_with_older_actions_still_open(learner: Learner) -> None:
    """Week 2's own actions done, week 1's not: week 2's budget is spent, so the late work
    is one line (rule 5), and the next step the coach names is the oldest open work, not
    a later week's action."""
    learner.ok("start", "--on", START.isoformat(), today=START)
    day = day_of_week(2, 1)
    week1, week2 = learner.roadmap_week(1), learner.roadmap_week(2)
    learner.ok("done", *week2, today=day)
    text = flat(learner.screen("today", today=day))
    view = learner.json("today", today=day)
    assert [line["id"] for line in view["actions"]] == week2
    assert (view["done"], view["total"]) == (len(week2), len(week2))
    late_hours = sum(a.hours for _, w, a in learner.roadmap.actions() if w == 1)
    assert (view["late_more"], view["late_more_hours"]) == (len(week1), late_hours)
    assert f"{len(week1)} more actions ({late_hours:g} h) are late" in text
    titles = {action.id: action.title for _, _, action in learner.roadmap.actions()}
    assert f"This week is done. Next: {titles[week1[0]]} ({week1[0]})" in text
    assert view["next_step"] == {"kind": "week-done", "action": week1[0], "title": titles[week1[0]]}
    assert "Mark one done with" not in text


@pytest.mark.parametrize("via_env", [False, True], ids=["option", "env"])
def test_the_custom_roadmap_fixture(isolated_home: Path, via_env: bool) -> None:
    """A guide of one's own, by ``--roadmap`` or the environment: its own file, ids and phases."""
    learner = Learner(isolated_home, CUSTOM, via_env=via_env)
    roadmap = learner.roadmap
    assert learner.file.name == "teacher-to-ux-designer.toml"
    learner.ok("start", "--on", START.isoformat(), today=START)
    assert learner.saved()["roadmap_path"] == str(CUSTOM.resolve())
    first, second = roadmap.phases
    text = learner.screen("today", today=START)
    assert text.startswith(f"{first.title} — week 1 of {first.duration_weeks} · plan week 1 of 6")
    ids = learner.roadmap_week(1)
    learner.ok("done", *ids, today=START)
    assert [action for _, _, action in learner.marks()] == ids
    learner.ok("phase", "next", "--yes", today=START)
    assert learner.moves() == [(START, second.id, False)]
    report = learner.json("report", today=START)
    assert report["actions_done"] == len(ids)
    assert report["actions_total"] == sum(1 for _ in roadmap.actions())
    assert report["phase_position"]["id"] == second.id
    assert [tally["id"] for tally in report["phases"]] == [first.id, second.id]
    # The bundled roadmap's progress is a different file, never touched.
    assert not (isolated_home / f"{load_roadmap(bundled_roadmap()).id}.toml").exists()


def test_an_action_the_roadmap_no_longer_has_is_kept_and_reported(
    learner: Learner, isolated_home: Path
) -> None:
    """An event for a retired id (here in a file of release 0.3) survives the upgrade and
    later saves, and is named by today and report."""
    data = v4_progress(learner.roadmap.id, START)
    retired_at = datetime.combine(day_of_week(1, 1), time(9, 0))
    data["events"] = [{"seq": 1, "at": retired_at, "kind": "done", "action": "retired"}]
    isolated_home.mkdir()
    learner.file.write_text(tomli_w.dumps(data), encoding="utf-8")

    day = day_of_week(1, 2)
    kept = learner.roadmap_week(1)[0]
    learner.ok("done", kept, today=day)
    assert learner.marks() == [(day_of_week(1, 1), "done", "retired"), (day, "done", kept)]

    text = learner.screen("today", today=day)
    # One wording in every view (render/phrases.py).
    message = "Kept in your progress, no longer in this roadmap: retired"
    assert message in flat(text)
    assert learner.json("today", today=day)["unknown_actions"] == ["retired"]
    assert message in flat(learner.screen("report", today=day))
    report = learner.json("report", today=day)
    assert report["unknown_actions"] == ["retired"]
    # Only the roadmap's own actions count.
    assert report["actions_done"] == 1
    assert report["actions_done"] <= report["actions_total"]


def test_unknown_id_suggests_and_writes_nothing(learner: Learner) -> None:
    """A mistyped id among good ones is an error naming the closest ids and saying nothing
    was recorded; the file keeps its exact bytes."""
    learner.ok("start", "--on", START.isoformat(), today=START)
    real = learner.roadmap_week(1)[-1]
    before = learner.file.read_bytes()
    for command in ("done", "undo", "skip"):
        result = learner.run(command, learner.roadmap_week(1)[0], real[:-1] + "x", today=START)
        assert result.exit_code == 2, result.output
        assert f"unknown action: {real[:-1]}x (" in result.output
        assert f"did you mean '{real}'" in result.output
        assert result.output.rstrip().endswith("; nothing was recorded")
        assert learner.file.read_bytes() == before


def test_ids_by_number_or_by_a_unique_start(learner: Learner) -> None:
    """``done``, ``undo``, ``skip``, ``note`` and ``evidence`` take today's numbers and the
    start of an id; an ambiguous start or a number not in today's list is a usage error
    that names the choices and writes nothing."""
    learner.ok("start", "--on", START.isoformat(), today=START)
    week1 = learner.roadmap_week(1)
    day = day_of_week(1, 1)
    learner.ok("done", "pick", today=day)
    assert learner.marks()[-1] == (day, "done", "pick-fashion-blogs")
    learner.ok("undo", "pick-f", today=day)
    assert learner.marks()[-1] == (day, "undone", "pick-fashion-blogs")
    learner.ok("skip", "2", today=day)
    assert learner.marks()[-1] == (day, "skipped", week1[1])
    learner.ok("note", "1", "first lesson watched", today=day)
    learner.ok("evidence", "follow", "https://example.com/feed", today=day)
    (added,) = [row for row in learner.saved()["events"] if row["kind"] == "evidence"]
    assert added["action"] == "follow-fashion-brands-on-linkedin"

    before = learner.file.read_bytes()
    result = learner.run("done", "s", today=day)
    assert result.exit_code == 2, result.output
    assert "more than one action starts with: s (" in result.stderr
    assert "type more of it" in result.stderr
    listed = len(learner.json("today", today=day)["actions"])
    result = learner.run("done", "99", today=day)
    assert result.exit_code == 2, result.output
    assert f"no such number in today's list: 99 (give 1 to {listed})" in result.stderr
    assert learner.file.read_bytes() == before


def test_done_twice_is_harmless_and_says_so(learner: Learner) -> None:
    """Marking a done action done again succeeds, says so and writes nothing."""
    learner.ok("start", "--on", START.isoformat(), today=START)
    action_id = learner.roadmap_week(1)[0]
    learner.ok("done", action_id, today=START)
    before = learner.file.read_bytes()
    result = learner.ok("done", action_id, today=START + timedelta(days=1))
    assert result.output == f"Nothing to do: {action_id} is already done.\n"
    assert learner.file.read_bytes() == before
    assert learner.marks() == [(START, "done", action_id)]


def test_an_impossible_date_is_a_usage_error(learner: Learner, isolated_home: Path) -> None:
    """``--today 2026-02-30`` exits 2 naming the option, and creates nothing."""
    result = learner.run("today", today="2026-02-30")
    assert result.exit_code == 2, result.output
    assert "--today" in result.output
    assert "2026-02-30" in result.output
    assert not isolated_home.exists()


# --- the whole plan ---------------------------------------------------------------------


def planned_phase(roadmap: Roadmap, week: int) -> str:
    for phase_id, first in roadmap.phase_first_weeks().items():
        phase = next(item for item in roadmap.phases if item.id == phase_id)
        if first <= week < first + phase.duration_weeks:
            return phase_id
    raise AssertionError(f"no phase has week {week}")


@pytest.mark.slow
@pytest.mark.parametrize("path", [bundled_roadmap(), CUSTOM], ids=["bundled", "custom"])
def test_the_whole_plan_week_by_week(isolated_home: Path, path: Path) -> None:
    """Doing each week everything `today` lists, and moving on when it says a phase is
    done, is never behind and ends complete by the planned finish, with a full streak
    (property 5). The bundled roadmap, paced by its weeks and followed at its own hours,
    lists each roadmap week's actions in that week and walks the phases on its calendar;
    the example roadmap is packed back to back, so doing all that is listed gets ahead."""
    learner = Learner(isolated_home, path)
    roadmap = learner.roadmap
    weeks = roadmap.overview.duration_weeks
    paced = roadmap.overview.pacing == "weeks"
    learner.ok("start", "--on", START.isoformat(), today=START)
    planned = date.fromisoformat(learner.json("report", today=START)["planned_finish"])
    assert planned == week_end(weeks) or not paced
    marked = 0
    last_day = START
    for week in range(1, weeks + 1):
        day = day_of_week(week)
        view = learner.json("today", today=day)
        if view["complete"]:
            break
        if view["next_step"]["kind"] == "phase-done":
            learner.ok("phase", "next", "--yes", today=day)
            assert learner.moves()[-1][0] == day
            view = learner.json("today", today=day)
        assert view["week"] == week
        assert view["clock"]["planned_finish"] == planned.isoformat()
        assert view["clock"]["status"] in ("on-track", "ahead")
        assert not any(line["late"] for line in view["actions"])
        if paced:
            assert view["clock"]["status"] == "on-track"
            assert view["clock"]["plan_weeks"] == weeks
            assert view["phase_position"]["id"] == planned_phase(roadmap, week)
            assert [line["id"] for line in view["actions"]] == learner.roadmap_week(week)
        ids = [line["id"] for line in view["actions"] if not line["done"]]
        assert ids
        learner.ok("done", *ids, today=day)
        marked += len(ids)
        last_day = day
        assert len(learner.marks()) == marked
        assert learner.marks()[-1] == (day, "done", ids[-1])
        after = learner.json("today", today=day)
        assert all(line["done"] for line in after["actions"])
        assert after["next_step"]["kind"] in ("week-done", "phase-done", "complete")
        assert learner.json("report", today=day)["status"] in ("on-track", "ahead", "complete")

    assert last_day == day_of_week(weeks) or not paced
    text = learner.screen("today", today=last_day)
    assert "The roadmap is complete" in text
    assert "Mark one done with" not in text  # nothing is left to mark
    assert learner.json("today", today=last_day)["complete"] is True
    assert [phase for _, phase, _ in learner.moves()] == [phase.id for phase in roadmap.phases[1:]]

    report = learner.json("report", today=last_day)
    total = sum(1 for _ in roadmap.actions())
    assert report["actions_done"] == report["actions_total"] == total == marked
    assert report["hours_done"] == pytest.approx(roadmap.hours())
    assert report["hours_total"] == pytest.approx(roadmap.hours())
    for tally, phase in zip(report["phases"], roadmap.phases, strict=True):
        assert tally["id"] == phase.id
        assert tally["done"] == tally["total"] == sum(1 for _ in phase.actions())
    for tally in report["skills"]:
        assert tally["done"] == tally["total"]
    assert report["status"] == "complete"
    # Complete on the last week's first day: ahead by the days left to the planned finish.
    assert report["projected_finish"] == last_day.isoformat()
    assert report["days_ahead"] == (planned - last_day).days > 0
    assert report["streak_weeks"] == len(report["activity"])
    assert all(item["done"] > 0 for item in report["activity"])
    assert all(line["done"] for line in report["milestones"])
    report_text = flat(learner.screen("report", today=last_day))
    assert f"{total} of {total} done" in report_text
    streak = report["streak_weeks"]
    assert f"Streak: {streak} weeks with progress" in report_text


def test_a_change_in_a_week_with_an_empty_list_gives_no_empty_count(learner: Learner) -> None:
    """A paused week lists nothing (paused days give no room): reopening an action done
    the week before gives the phase's share, never "0 of 0 done this week"."""
    learner.ok("start", "--on", "2027-01-04", today="2027-01-04")
    learner.ok("done", "1", today="2027-01-05")
    learner.ok("pause", "--from", "2027-01-11", "--until", "2027-01-25", today="2027-01-05")
    paused_day = "2027-01-12"
    assert learner.json("today", today=paused_day)["total"] == 0

    result = learner.ok("undo", learner.roadmap_week(1)[0], today=paused_day)

    feedback = result.output.splitlines()[1]
    assert "0 of 0" not in result.output
    assert feedback.startswith(learner.roadmap.phases[0].title + " ")
    assert feedback.endswith("(of its hours)")


def test_a_plan_finished_before_its_start_is_complete_in_today(custom_learner: Learner) -> None:
    """Every action done before the start day: `today` says complete, as `status` and
    `report` do (rule 4), not "starts in N days" with a preview."""
    learner = custom_learner
    learner.ok("start", "--on", "2026-12-10", today="2026-12-01")
    ids = [action.id for _, _, action in learner.roadmap.actions()]
    learner.ok("done", *ids, today="2026-12-03")

    screen = learner.screen("today", today="2026-12-04")
    markdown = learner.text("today", "--format", "markdown", today="2026-12-04")

    assert "The roadmap is complete" in screen
    assert "starts in" not in screen and "preview" not in screen
    assert "starts in" not in markdown
    assert learner.json("report", today="2026-12-04")["status"] == "complete"
    assert learner.text("status", today="2026-12-04").strip().endswith("complete")


def test_a_plan_completed_early_finished_on_the_day_it_was_completed(learner: Learner) -> None:
    """Every action done in week 3 of the bundled roadmap (paced by its weeks): the work ran
    out that day, so the projected finish is that day and the days ahead are the plan days
    from it to the planned finish, the same that day and months later; the breathing room
    of weeks to come has no work to follow."""
    learner.ok("start", "--on", START.isoformat(), today=START)
    done_on = day_of_week(3, 2)
    learner.ok("done", *[action.id for _, _, action in learner.roadmap.actions()], today=done_on)
    planned = week_end(learner.roadmap.overview.duration_weeks)
    for looked in (done_on, done_on + timedelta(days=1), planned + timedelta(days=30)):
        clock = learner.json("report", today=looked)["clock"]
        assert clock["status"] == "complete"
        assert clock["planned_finish"] == planned.isoformat()
        assert clock["projected_finish"] == done_on.isoformat()
        assert clock["days_ahead"] == (planned - done_on).days


def test_a_milestone_closed_by_a_skip_is_not_reached(custom_learner: Learner) -> None:
    """Rule 10, skipped is not done: skipping the last open action of a milestone says
    the milestone is closed with a skip; doing it says "Milestone reached"."""
    learner = custom_learner
    learner.ok("start", "--on", "2026-12-01", today="2026-12-01")
    milestone = next(m for m in learner.roadmap.milestones if len(m.actions) >= 2)
    *first, last = milestone.actions
    learner.ok("done", *first, today="2026-12-02")

    skipped = learner.text("skip", last, today="2026-12-02")
    assert f"Milestone closed with 1 action skipped: {milestone.title}" in skipped
    assert "Milestone reached" not in skipped

    learner.ok("undo", last, today="2026-12-02")
    done = learner.text("done", last, today="2026-12-02")
    assert f"Milestone reached: {milestone.title}" in done


def test_the_phase_gate_names_the_skills_not_rated_yet(learner: Learner) -> None:
    """Before any review the gate lists the phase's skills once under "Not rated yet",
    with how to rate them, instead of a "-" after each name."""
    learner.ok("start", "--on", "2027-01-04", today="2027-01-04")

    gate = flat(learner.text("phase", "next", "--yes", today="2027-01-05"))

    assert "Not rated yet: " in gate
    assert "Rate them with: fashioncoach review" in gate
    assert " - ·" not in gate
