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
from tests.helpers import CUSTOM, Learner, flat, long_day

START = date(2026, 12, 1)  # a Tuesday: every plan week runs Tuesday to Monday (rule 1)


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

    # start, with more hours than the roadmap asks: its weeks hold as written (rule 4)
    result = learner.ok("start", "--on", START.isoformat(), "--hours", "12", today=START)
    assert (
        f"starts on {long_day(START)} with 12 h a week: {weeks} weeks, to "
        f"{long_day(week_end(weeks))}." in result.output
    )
    saved = learner.saved()
    assert saved["roadmap_id"] == roadmap.id
    assert saved["start_date"] == START
    # The key's name changed with the file's schema; its value did not.
    assert saved.get("hours_per_week", saved.get("weekly_hours")) == 12.0
    assert learner.phases() == [(first.id, START)]
    assert learner.events() == []

    # today: week 1, nothing done, numbered; reading writes nothing
    before = learner.file.read_bytes()
    day = day_of_week(1, 2)
    text = learner.screen("today", today=day)
    assert text.startswith(
        f"{first.title} — week 1 of {first.duration_weeks} · plan week 1 of {weeks}\n"
        f"{long_day(START)} to {long_day(week_end(1))} · on track\n"
    )
    for number, action_id in enumerate(week1, start=1):
        assert f"{number} [ ] {action_id} · " in text
    week1_hours = sum(a.hours for _, w, a in roadmap.actions() if w == 1)
    assert (
        f"0 of {len(week1)} done this week · {week1_hours:g} h of work left · "
        "budget 12 h a week" in flat(text)
    )
    assert "Mark one done with: fashioncoach done 1" in text
    assert learner.json("today", today=day)["weekly_hours"] == 12
    assert learner.file.read_bytes() == before

    # done, by today's number: what was done, then the week's count and the phase's share
    result = learner.ok("done", "1", today=day)
    lines = result.output.splitlines()
    assert lines[0] == f"Done: {week1[0]} ({titles[week1[0]]})"
    assert lines[1].startswith(f"1 of {len(week1)} done this week · {first.title} ")
    assert learner.events() == [(day, "done", week1[0])]
    text = learner.screen("today", today=day)
    assert f"1 [x] {week1[0]} · " in text
    assert f"1 of {len(week1)} done this week" in text
    assert "Mark one done with: fashioncoach done 2" in text

    # undo, by the id
    result = learner.ok("undo", week1[0], today=day)
    assert result.output.splitlines()[0] == f"Reopened: {week1[0]} ({titles[week1[0]]})"
    assert learner.events() == [(day, "done", week1[0]), (day, "undone", week1[0])]
    assert f"1 [ ] {week1[0]} · " in learner.screen("today", today=day)

    # skip: skipped is not done (rule 8)
    result = learner.ok("skip", "2", today=day)
    assert result.output.splitlines()[0] == f"Skipped: {week1[1]} ({titles[week1[1]]})"
    assert f"0 done, 1 skipped of {len(week1)} this week" in result.output
    assert learner.events()[-1] == (day, "skipped", week1[1])
    text = learner.screen("today", today=day)
    assert f"2 [-] {week1[1]} · " in text
    assert f"0 done, 1 skipped of {len(week1)} this week" in text

    # week 2: week 1's open actions are listed after week 2's, "from week 1" (rule 5);
    # the skipped one is no longer open work
    day = day_of_week(2, 1)
    view = learner.json("today", today=day)
    assert (view["week"], view["phase"]["week"]) == (2, 2)
    carried = [line["id"] for line in view["actions"] if line["carried_over"]]
    assert carried == [action_id for action_id in week1 if action_id != week1[1]]
    fresh = [line["id"] for line in view["actions"] if not line["carried_over"]]
    assert fresh == learner.roadmap_week(2)
    assert [line["number"] for line in view["actions"]] == list(range(1, len(view["actions"]) + 1))
    assert flat(learner.screen("today", today=day)).count("from week 1") == len(carried)

    # phase next with open actions: the gate says what is open; "n" changes nothing
    before = learner.file.read_bytes()
    result = learner.run("phase", "next", input="n\n", today=day)
    assert result.exit_code == 1, result.output
    still_open = sum(1 for _ in first.actions()) - 1  # all of Foundations but the skipped one
    assert f"Still open ({still_open})" in result.output
    for action_id in carried:
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

    # phase next --yes moves on, today: this plan week is the new phase's week 1 (rule 3)
    result = learner.ok("phase", "next", "--yes", today=day)
    assert f"Phase 2 of {len(roadmap.phases)}: {second.title} begins in plan week 2" in flat(
        result.output
    )
    assert learner.phases() == [(first.id, START), (second.id, day)]
    text = learner.screen("today", today=day)
    assert text.startswith(f"{second.title} — week 1 of {second.duration_weeks} · plan week 2 of")
    view = learner.json("today", today=day)
    assert view["phase"]["id"] == second.id
    first_of_second = roadmap.phase_first_weeks()[second.id]
    listed = [line["id"] for line in view["actions"] if not line["left_in"]]
    assert listed == learner.roadmap_week(first_of_second)
    # Foundations' open work stays in view, marked as left in it (rule 5)
    left = [line["id"] for line in view["actions"] if line["left_in"]]
    assert left == [action.id for _, action in first.actions() if action.id != week1[1]]
    assert {line["left_in"] for line in view["actions"] if line["left_in"]} == {first.title}
    assert f"left in {first.title}" in flat(text)

    # phase back: "n" changes nothing, --yes goes back
    before = learner.file.read_bytes()
    result = learner.run("phase", "back", input="n\n", today=day)
    assert result.exit_code == 1, result.output
    assert learner.file.read_bytes() == before
    result = learner.ok("phase", "back", "--yes", today=day)
    assert f"Back in {first.title} (began {START.isoformat()})" in result.output
    assert learner.phases() == [(first.id, START)]
    assert learner.json("today", today=day)["phase"]["id"] == first.id

    # one more done, then the report
    learner.ok("done", week1[0], today=day)
    report = learner.json("report", today=day)
    done_hours = next(a.hours for _, _, a in roadmap.actions() if a.id == week1[0])
    assert report["actions_done"] == 1
    assert report["actions_skipped"] == 1
    assert report["actions_total"] == sum(1 for _ in roadmap.actions())
    assert report["hours_done"] == done_hours
    assert report["hours_total"] == pytest.approx(roadmap.hours())
    assert report["phase"]["id"] == first.id
    assert report["phase"]["title"] == first.title
    assert report["phases"][0] == {
        "id": first.id,
        "title": first.title,
        "done": 1,
        "skipped": 1,
        "total": sum(1 for _ in first.actions()),
        "hours_done": done_hours,
        "hours_total": first.hours(),
        "hours_actual": done_hours,
    }
    assert all(isinstance(tally["hours_done"], float) for tally in report["phases"])
    assert report["status"] == "behind"
    assert report["days_behind"] > 0
    assert report["clock"]["days_ahead"] == -report["days_behind"]
    planned = week_end(weeks)
    assert report["planned_finish"] == planned.isoformat()
    assert report["projected_finish"] > planned.isoformat()
    assert report["streak_weeks"] == 1
    text = learner.screen("report", today=day)
    flat_text = flat(text)
    assert f"1 done, 1 skipped of {report['actions_total']} actions" in flat_text
    assert f"Status {report['days_behind']} days behind — " in flat_text
    assert f"Started on {long_day(START)}" in flat_text
    assert f"Planned finish {long_day(planned)}" in flat_text
    assert "Streak: 1 week with progress" in flat_text
    for phase in roadmap.phases:
        assert phase.title in text
    # The report only reads.
    assert learner.events()[-1] == (day, "done", week1[0])


# --- edges ------------------------------------------------------------------------------


def test_fresh_machine_today_starts_the_plan_and_says_so(learner: Learner) -> None:
    """With no progress file, ``today`` starts the plan on that day, says so, shows week 1."""
    assert not learner.file.exists()
    result = learner.ok("today", today=START)
    started = [line for line in result.stdout.splitlines() if line.startswith("Started your")]
    assert len(started) == 1
    assert long_day(START) in started[0]
    assert learner.saved()["start_date"] == START
    assert learner.phases() == [(learner.roadmap.phases[0].id, START)]
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
    """Starting over asks first; "n" keeps the file, --yes replaces it and keeps the old one."""
    learner.ok("start", "--on", START.isoformat(), today=START)
    learner.ok("done", learner.roadmap_week(1)[0], today=START)
    before = learner.file.read_bytes()
    result = learner.run("start", "--on", "2027-01-05", input="n\n", today=START)
    assert result.exit_code == 1, result.output
    assert "Start again?" in result.output
    assert learner.file.read_bytes() == before
    result = learner.ok("start", "--on", "2027-01-05", "--yes", today=START)
    assert "kept in" in result.output
    assert learner.saved()["start_date"] == date(2027, 1, 5)
    assert learner.events() == []
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
    assert (view["week"], view["phase"]["week"]) == (1, 1)
    assert [line["id"] for line in view["actions"]] == learner.roadmap_week(1)
    assert learner.json("report", today=START)["status"] == "not-started"
    assert view["clock"]["status"] == "not-started"
    assert learner.phases() == [(learner.roadmap.phases[0].id, start)]


def test_a_phase_run_past_its_weeks_says_so_and_keeps_its_work_in_view(learner: Learner) -> None:
    """Two weeks past a phase's planned weeks with nothing done: the phase runs on through
    this week (rule 3), says how far over, lists what is open "from week N" (rule 5), and
    only once its work is done or skipped says to move on (rule 9)."""
    first = learner.roadmap.phases[0]
    learner.ok("start", "--on", START.isoformat(), today=START)
    day = day_of_week(first.duration_weeks + 2, 3)
    over = first.duration_weeks + 2
    text = learner.screen("today", today=day)
    assert text.startswith(f"{first.title} — week {over} of {over} · plan week {over} of ")
    assert "behind" in text.splitlines()[1]
    assert "fashioncoach phase next" not in text
    view = learner.json("today", today=day)
    assert (view["phase"]["week"], view["phase"]["weeks"]) == (over, over)
    assert view["weeks_over"] == 2
    assert [line["id"] for line in view["actions"]] == [action.id for _, action in first.actions()]
    assert all(line["carried_over"] and not line["left_in"] for line in view["actions"])
    for week in range(1, first.duration_weeks + 1):
        assert f"from week {week}" in flat(text)

    numbers = [str(line["number"]) for line in view["actions"]]
    learner.ok("skip", *numbers, today=day)
    text = learner.screen("today", today=day)
    assert f"{first.title} is done. Move on with: fashioncoach phase next" in flat(text)
    assert learner.json("today", today=day)["next_step"]["kind"] == "phase-done"


def test_the_last_phase_congratulates_and_stays(learner: Learner) -> None:
    """``phase next`` in the last phase congratulates and leaves the file as it was."""
    roadmap = learner.roadmap
    learner.ok("start", "--on", START.isoformat(), today=START)
    for _ in roadmap.phases[1:]:
        learner.ok("phase", "next", "--yes", today=START)
    assert [phase for phase, _ in learner.phases()] == [phase.id for phase in roadmap.phases]
    before = learner.file.read_bytes()
    result = learner.ok("phase", "next", today=START)
    assert "last phase" in result.output
    assert "Congratulations" in result.output
    assert learner.file.read_bytes() == before

    # Past the last phase's weeks, today lists everything still open in the roadmap:
    # the earlier phases' work as left in them, the last phase's as from its weeks.
    last = roadmap.phases[-1]
    day = START + timedelta(days=7 * last.duration_weeks + 1)
    text = learner.screen("today", today=day)
    view = learner.json("today", today=day)
    total = sum(1 for _ in roadmap.actions())
    assert len(view["actions"]) == total
    assert all(line["carried_over"] for line in view["actions"])
    assert view["total"] == 0  # nothing is due in this week of the plan itself
    for phase in roadmap.phases[:-1]:
        assert f"left in {phase.title}" in flat(text)
    assert "Mark one done with: fashioncoach done 1" in text


def test_looking_back_before_the_current_phase_began(learner: Learner) -> None:
    """``--today`` before the day the current phase was entered shows the phase the learner
    was in on that day (rule 10): Foundations' week 1, never week 0 of the later phase."""
    first = learner.roadmap.phases[0]
    learner.ok("start", "--on", START.isoformat(), today=START)
    learner.ok("phase", "next", "--yes", today=day_of_week(3))
    view = learner.json("today", today=day_of_week(1, 3))
    assert view["phase"]["id"] == first.id
    assert view["phase"]["week"] == 1
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
    assert learner.events() == [(day, "done", action_id) for action_id in ids]
    following = learner.roadmap_week(2)[0]
    titles = {action.id: action.title for _, _, action in learner.roadmap.actions()}
    next_line = f"This week is done. Next: {titles[following]} ({following})"
    assert next_line in flat(result.output)
    text = learner.screen("today", today=day)
    for number, action_id in enumerate(ids, start=1):
        assert f"{number} [x] {action_id} · " in text
    assert f"{len(ids)} of {len(ids)} done this week · no work left" in flat(text)
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
    """This week's actions done but last week's not: the older work stays listed (rule 5),
    and the next step the coach names is that open work, not a later week's action."""
    learner.ok("start", "--on", START.isoformat(), today=START)
    day = day_of_week(2, 1)
    learner.ok("done", *learner.roadmap_week(2), today=day)
    text = learner.screen("today", today=day)
    open_count = len(learner.roadmap_week(1))
    assert flat(text).count("from week 1") == open_count
    view = learner.json("today", today=day)
    week2 = learner.roadmap_week(2)
    assert (view["done"], view["total"]) == (len(week2), len(week2))
    assert [line["id"] for line in view["actions"] if line["carried_over"]] == (
        learner.roadmap_week(1)
    )
    oldest = learner.roadmap_week(1)[0]
    assert f"Mark one done with: fashioncoach done {len(week2) + 1}" in text
    assert view["next_step"]["action"] == oldest


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
    assert [action for _, _, action in learner.events()] == ids
    learner.ok("phase", "next", "--yes", today=START)
    assert learner.phases() == [(first.id, START), (second.id, START)]
    report = learner.json("report", today=START)
    assert report["actions_done"] == len(ids)
    assert report["actions_total"] == sum(1 for _ in roadmap.actions())
    assert report["phase"]["id"] == second.id
    assert [tally["id"] for tally in report["phases"]] == [first.id, second.id]
    # The bundled roadmap's progress is a different file, never touched.
    assert not (isolated_home / f"{load_roadmap(bundled_roadmap()).id}.toml").exists()


def test_an_action_the_roadmap_no_longer_has_is_kept_and_reported(learner: Learner) -> None:
    """An event for a retired id survives later saves and is named by today and report."""
    learner.ok("start", "--on", START.isoformat(), today=START)
    saved = learner.saved()
    retired_at = datetime.combine(day_of_week(1, 1), time(9, 0))
    saved["events"] = [{"at": retired_at, "kind": "done", "action": "retired"}]
    learner.file.write_text(tomli_w.dumps(saved), encoding="utf-8")

    day = day_of_week(1, 2)
    kept = learner.roadmap_week(1)[0]
    learner.ok("done", kept, today=day)
    assert learner.events() == [(day_of_week(1, 1), "done", "retired"), (day, "done", kept)]

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
        assert f"unknown action '{real[:-1]}x'" in result.output
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
    assert learner.events()[-1] == (day, "done", "pick-fashion-blogs")
    learner.ok("undo", "pick-f", today=day)
    assert learner.events()[-1] == (day, "undone", "pick-fashion-blogs")
    learner.ok("skip", "2", today=day)
    assert learner.events()[-1] == (day, "skipped", week1[1])
    learner.ok("note", "1", "first lesson watched", today=day)
    learner.ok("evidence", "follow", "https://example.com/feed", today=day)
    assert learner.saved()["evidence"][0]["action"] == "follow-fashion-brands-on-linkedin"

    before = learner.file.read_bytes()
    result = learner.run("done", "s", today=day)
    assert result.exit_code == 2, result.output
    assert "'s' starts more than one action" in result.stderr
    assert "type more of it" in result.stderr
    result = learner.run("done", "99", today=day)
    assert result.exit_code == 2, result.output
    assert f"no action number 99 in today's list (1 to {len(week1)})" in result.stderr
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
    assert learner.events() == [(START, "done", action_id)]


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


@pytest.mark.parametrize("path", [bundled_roadmap(), CUSTOM], ids=["bundled", "custom"])
def test_the_whole_plan_week_by_week(isolated_home: Path, path: Path) -> None:
    """Doing each week's actions in their week, and moving on at the start of the week after
    a phase says it is done, walks the phases on the planned calendar (with the default
    budget the roadmap's weeks hold) and ends complete, on track, with a full streak."""
    learner = Learner(isolated_home, path)
    roadmap = learner.roadmap
    weeks = roadmap.overview.duration_weeks
    learner.ok("start", "--on", START.isoformat(), today=START)
    marked = 0
    for week in range(1, weeks + 1):
        day = day_of_week(week)
        view = learner.json("today", today=day)
        if view["next_step"]["kind"] == "phase-done":
            learner.ok("phase", "next", "--yes", today=day)
            assert learner.phases()[-1] == (planned_phase(roadmap, week), day)
            view = learner.json("today", today=day)
        assert view["week"] == week
        assert view["clock"]["plan_weeks"] == weeks
        assert view["phase"]["id"] == planned_phase(roadmap, week)
        assert [line["id"] for line in view["actions"]] == learner.roadmap_week(week)
        assert not any(line["carried_over"] for line in view["actions"])
        ids = [line["id"] for line in view["actions"] if not line["done"]]
        assert ids
        learner.ok("done", *ids, today=day)
        marked += len(ids)
        assert len(learner.events()) == marked
        assert learner.events()[-1] == (day, "done", ids[-1])
        after = learner.json("today", today=day)
        assert all(line["done"] for line in after["actions"])
        assert after["next_step"]["kind"] in ("week-done", "phase-done", "complete")
        assert learner.json("report", today=day)["status"] in ("on-track", "complete")

    last_day = day_of_week(weeks)
    text = learner.screen("today", today=last_day)
    assert "The roadmap is complete" in text
    assert "Mark one done with" not in text  # nothing is left to mark
    assert learner.json("today", today=last_day)["complete"] is True
    assert [phase for phase, _ in learner.phases()] == [phase.id for phase in roadmap.phases]

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
    assert report["days_behind"] == 0
    assert report["projected_finish"] == last_day.isoformat()
    assert report["streak_weeks"] == weeks
    assert all(item["done"] > 0 for item in report["activity"])
    assert all(line["done"] for line in report["milestones"])
    report_text = flat(learner.screen("report", today=last_day))
    assert f"{total} of {total} done" in report_text
    assert f"Streak: {weeks} weeks with progress" in report_text


def test_done_in_a_week_with_nothing_of_its_own_gives_no_empty_count(learner: Learner) -> None:
    """Long past the plan's end a week lists only late work: the feedback after `done`
    gives the phase's share, never "0 of 0 done this week"."""
    learner.ok("start", "--on", "2027-01-04", today="2027-01-04")
    late_day = "2027-09-01"
    assert learner.json("today", today=late_day)["total"] == 0

    result = learner.ok("done", "1", today=late_day)

    feedback = result.output.splitlines()[1]
    assert "0 of 0" not in result.output
    assert feedback.startswith(learner.roadmap.phases[0].title + " ")
    assert feedback.endswith("%")


def test_a_plan_finished_before_its_start_is_complete_in_today(custom_learner: Learner) -> None:
    """Every action done before the start day: `today` says complete, as `status` and
    `report` do (rule 9), not "starts in N days" with a preview."""
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
    """Rule 8, skipped is not done: skipping the last open action of a milestone says
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
