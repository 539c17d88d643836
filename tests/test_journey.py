"""Whole journeys through the weekly coach, with the day passed in as ``--today``.

Each step runs the real command line and then checks both what it printed and
the progress file on disk (read with ``tomllib``). Expected facts come from the
roadmap as ``load_roadmap`` reads it; time is never patched and nothing of ours
is mocked.
"""

from __future__ import annotations

import json
import tomllib
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from typer.testing import CliRunner, Result

from fashioncoach.cli.main import app
from fashioncoach.model.roadmap import Roadmap
from fashioncoach.paths import ROADMAP_ENV, bundled_roadmap
from fashioncoach.store.roadmap_file import load_roadmap
from tests.conftest import FIXTURES

runner = CliRunner()

CUSTOM = FIXTURES / "teacher-to-ux.toml"
START = date(2026, 12, 1)  # a Tuesday
WIDTH = 80


class Coach:
    """The command line on one roadmap, and that roadmap's progress file."""

    def __init__(self, home: Path, roadmap_path: Path, *, via_env: bool = False) -> None:
        self.roadmap = load_roadmap(roadmap_path)
        self.file = home / f"{self.roadmap.id}.toml"
        custom = roadmap_path != bundled_roadmap()
        self.args = ["--roadmap", str(roadmap_path)] if custom and not via_env else []
        self.env = {ROADMAP_ENV: str(roadmap_path)} if custom and via_env else {}

    def invoke(self, day: date, *args: str, input: str | None = None) -> Result:
        return runner.invoke(
            app, [*self.args, "--today", day.isoformat(), *args], input=input, env=self.env
        )

    def ok(self, day: date, *args: str, input: str | None = None) -> Result:
        result = self.invoke(day, *args, input=input)
        assert result.exit_code == 0, result.output
        return result

    def text(self, day: date, *args: str) -> str:
        """A view's text, which must fit an 80-column pipe."""
        output = self.ok(day, *args).stdout
        assert "\x1b" not in output
        for line in output.splitlines():
            assert len(line) <= WIDTH, f"{len(line)} columns: {line!r}"
        return output

    def json(self, day: date, *args: str) -> Any:
        return json.loads(self.ok(day, *args, "--json").stdout)

    def saved(self) -> dict[str, Any]:
        return tomllib.loads(self.file.read_text(encoding="utf-8"))

    def events(self) -> list[tuple[date, str, str]]:
        return [(row["at"].date(), row["kind"], row["action"]) for row in self.saved()["events"]]

    def phases(self) -> list[tuple[str, date]]:
        return [(row["phase"], row["began"]) for row in self.saved()["phases"]]

    def week_ids(self, week: int) -> list[str]:
        """The ids of one roadmap week's actions, in plan order."""
        return [action.id for _, number, action in self.roadmap.actions() if number == week]


def flat(text: str) -> str:
    return " ".join(text.split())


def day_of_week(week: int, offset: int = 0) -> date:
    """A day in the plan's ``week`` (1-based), ``offset`` days after that week began."""
    return START + timedelta(days=7 * (week - 1) + offset)


def long_day(value: date) -> str:
    return f"{value:%a} {value.day} {value:%b %Y}"


@pytest.fixture
def coach(isolated_home: Path) -> Coach:
    return Coach(isolated_home, bundled_roadmap())


# --- the main journey -------------------------------------------------------------------


def test_start_today_done_undo_skip_phase_next_back_report(coach: Coach) -> None:
    """One learner's first weeks: every step prints the right thing and saves the right file."""
    roadmap = coach.roadmap
    first, second = roadmap.phases[0], roadmap.phases[1]
    week1 = coach.week_ids(1)
    titles = {action.id: action.title for _, _, action in roadmap.actions()}

    # start
    result = coach.ok(START, "start", "--on", START.isoformat(), "--hours", "10")
    assert f"starts on {long_day(START)} with 10 h a week" in result.output
    saved = coach.saved()
    assert saved["roadmap_id"] == roadmap.id
    assert saved["start_date"] == START
    # The key's name changed with the file's schema; its value did not.
    assert saved.get("hours_per_week", saved.get("weekly_hours")) == 10.0
    assert coach.phases() == [(first.id, START)]
    assert coach.events() == []

    # today: week 1, nothing done; reading writes nothing
    before = coach.file.read_bytes()
    text = coach.text(day_of_week(1, 2), "today")
    weeks = roadmap.overview.duration_weeks
    assert text.startswith(f"{first.title} — week 1 of {first.duration_weeks} · week 1 of {weeks}")
    assert f"{long_day(START)} to {long_day(day_of_week(1, 6))}" in text
    for action_id in week1:
        assert f"[ ] {action_id} · " in text
    week1_hours = sum(a.hours for _, w, a in roadmap.actions() if w == 1)
    assert (
        f"0 of {len(week1)} done this week · {week1_hours:g} h left of your 10 h weekly budget"
        in flat(text)
    )
    assert coach.json(day_of_week(1, 2), "today")["weekly_hours"] == 10
    assert coach.file.read_bytes() == before

    # done
    day = day_of_week(1, 2)
    result = coach.ok(day, "done", week1[0])
    assert result.output == f"Done: {week1[0]} ({titles[week1[0]]})\n"
    assert coach.events() == [(day, "done", week1[0])]
    assert f"[x] {week1[0]} · " in coach.text(day, "today")
    assert f"1 of {len(week1)} done this week" in coach.text(day, "today")

    # undo
    result = coach.ok(day, "undo", week1[0])
    assert result.output == f"Reopened: {week1[0]} ({titles[week1[0]]})\n"
    assert coach.events() == [(day, "done", week1[0]), (day, "undone", week1[0])]
    assert f"[ ] {week1[0]} · " in coach.text(day, "today")

    # skip
    result = coach.ok(day, "skip", week1[1])
    assert result.output == f"Skipped: {week1[1]} ({titles[week1[1]]})\n"
    assert coach.events()[-1] == (day, "skipped", week1[1])
    assert f"[-] {week1[1]} · " in coach.text(day, "today")

    # week 2: week 1's open actions are carried over, the skipped one is not
    day = day_of_week(2, 1)
    view = coach.json(day, "today")
    assert (view["week"], view["phase"]["week"]) == (2, 2)
    carried = [line["id"] for line in view["actions"] if line["carried_over"]]
    assert carried == [action_id for action_id in week1 if action_id != week1[1]]
    assert [line["id"] for line in view["actions"] if not line["carried_over"]] == coach.week_ids(2)
    assert "carried over from week 1" in coach.text(day, "today")

    # phase next with open actions: "n" changes nothing
    before = coach.file.read_bytes()
    result = coach.invoke(day, "phase", "next", input="n\n")
    assert result.exit_code == 1, result.output
    assert "still open" in result.output
    for action_id in carried:
        assert action_id in result.output
    assert "Nothing changed." in result.output
    assert coach.file.read_bytes() == before

    # phase next --yes moves on, today
    result = coach.ok(day, "phase", "next", "--yes")
    assert f"Phase 2 of {len(roadmap.phases)}: {second.title} begins" in result.output
    assert coach.phases() == [(first.id, START), (second.id, day)]
    text = coach.text(day, "today")
    assert text.startswith(f"{second.title} — week 1 of {second.duration_weeks} · week 2 of")
    view = coach.json(day, "today")
    assert view["phase"]["id"] == second.id
    first_of_second = roadmap.phase_first_weeks()[second.id]
    assert [line["id"] for line in view["actions"]] == coach.week_ids(first_of_second)

    # phase back: "n" changes nothing, --yes goes back
    before = coach.file.read_bytes()
    result = coach.invoke(day, "phase", "back", input="n\n")
    assert result.exit_code == 1, result.output
    assert coach.file.read_bytes() == before
    result = coach.ok(day, "phase", "back", "--yes")
    assert f"Back in {first.title} (began {START.isoformat()})" in result.output
    assert coach.phases() == [(first.id, START)]
    assert coach.json(day, "today")["phase"]["id"] == first.id

    # one more done, then the report
    coach.ok(day, "done", week1[0])
    report = coach.json(day, "report")
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
    planned = START + timedelta(days=7 * roadmap.overview.duration_weeks - 1)
    assert report["planned_finish"] == planned.isoformat()
    assert report["projected_finish"] > planned.isoformat()
    assert report["streak_weeks"] == 1
    text = coach.text(day, "report")
    flat_text = flat(text)
    assert f"1/{report['actions_total']} actions" in flat_text
    assert f"{report['days_behind']} days behind" in flat_text
    assert f"Started on {long_day(START)}" in flat_text
    assert f"Planned finish {long_day(planned)}" in flat_text
    assert "Streak: 1 week with progress" in flat_text
    for phase in roadmap.phases:
        assert phase.title in text
    # The report only reads.
    assert coach.events()[-1] == (day, "done", week1[0])


# --- edges ------------------------------------------------------------------------------


def test_fresh_machine_today_starts_the_plan_and_says_so(coach: Coach) -> None:
    """With no progress file, ``today`` starts the plan on that day, says so, shows week 1."""
    assert not coach.file.exists()
    result = coach.ok(START, "today")
    started = [line for line in result.stdout.splitlines() if line.startswith("Started your")]
    assert len(started) == 1
    assert long_day(START) in started[0]
    assert coach.saved()["start_date"] == START
    assert coach.phases() == [(coach.roadmap.phases[0].id, START)]
    assert "week 1 of" in result.stdout
    # Once started, it is never said again.
    assert "Started your" not in coach.ok(START, "today").stdout


def test_fresh_machine_today_json_stays_json(coach: Coach) -> None:
    """``today --json`` on a first run says it started on stderr, so stdout parses."""
    result = coach.ok(START, "today", "--json")
    assert "Started your" in result.stderr
    assert json.loads(result.stdout)["date"] == START.isoformat()
    assert coach.file.exists()


def test_start_again_asks_and_keeps_a_backup(coach: Coach, isolated_home: Path) -> None:
    """Starting over asks first; "n" keeps the file, --yes replaces it and keeps the old one."""
    coach.ok(START, "start", "--on", START.isoformat())
    coach.ok(START, "done", coach.week_ids(1)[0])
    before = coach.file.read_bytes()
    result = coach.invoke(START, "start", "--on", "2027-01-05", input="n\n")
    assert result.exit_code == 1, result.output
    assert "Start again?" in result.output
    assert coach.file.read_bytes() == before
    result = coach.ok(START, "start", "--on", "2027-01-05", "--yes")
    assert "kept in" in result.output
    assert coach.saved()["start_date"] == date(2027, 1, 5)
    assert coach.events() == []
    backups = list((isolated_home / "backups").glob(f"{coach.roadmap.id}-*.toml"))
    assert before in [backup.read_bytes() for backup in backups]


def test_before_the_start_date_previews_week_one(coach: Coach) -> None:
    """Before the start date, ``today`` previews week 1 and counts the days to go."""
    start = date(2026, 12, 10)
    coach.ok(START, "start", "--on", start.isoformat())
    text = coach.text(START, "today")
    assert text.startswith(f"{coach.roadmap.phases[0].title} — starts in 9 days, on")
    assert long_day(start) in text.splitlines()[0]
    assert "A preview of week 1" in text
    for action_id in coach.week_ids(1):
        assert f"[ ] {action_id} · " in text
    view = coach.json(START, "today")
    assert view["days_to_start"] == 9
    assert (view["week"], view["phase"]["week"]) == (1, 1)
    assert [line["id"] for line in view["actions"]] == coach.week_ids(1)
    assert coach.json(START, "report")["status"] == "not started"
    assert coach.phases() == [(coach.roadmap.phases[0].id, start)]


def test_a_phase_run_past_its_weeks_says_so_and_suggests_phase_next(coach: Coach) -> None:
    """Two weeks past a phase's planned weeks: how far over, what is open, and phase next."""
    first = coach.roadmap.phases[0]
    coach.ok(START, "start", "--on", START.isoformat())
    day = day_of_week(first.duration_weeks + 2, 3)
    text = coach.text(day, "today")
    heading = f"{first.title} — week {first.duration_weeks + 2}, planned for {first.duration_weeks}"
    assert text.startswith(heading)
    assert f"planned for {first.duration_weeks} weeks and is 2 weeks over" in flat(text)
    assert "fashioncoach phase next" in flat(text)
    view = coach.json(day, "today")
    assert view["phase"]["week"] == first.duration_weeks + 2
    assert view["phase"]["weeks"] == first.duration_weeks
    assert view["weeks_over"] == 2
    assert [line["id"] for line in view["actions"]] == [action.id for _, action in first.actions()]
    assert all(line["carried_over"] for line in view["actions"])


def test_the_last_phase_congratulates_and_stays(coach: Coach) -> None:
    """``phase next`` in the last phase congratulates and leaves the file as it was."""
    roadmap = coach.roadmap
    coach.ok(START, "start", "--on", START.isoformat())
    for _ in roadmap.phases[1:]:
        coach.ok(START, "phase", "next", "--yes")
    assert [phase for phase, _ in coach.phases()] == [phase.id for phase in roadmap.phases]
    before = coach.file.read_bytes()
    result = coach.ok(START, "phase", "next")
    assert "last phase" in result.output
    assert "Congratulations" in result.output
    assert coach.file.read_bytes() == before

    # Past the last phase's weeks, today lists everything still open in the roadmap.
    last = roadmap.phases[-1]
    day = START + timedelta(days=7 * last.duration_weeks + 1)
    text = coach.text(day, "today")
    total = sum(1 for _ in roadmap.actions())
    assert f"weeks are over; {total} actions still open" in flat(text)
    view = coach.json(day, "today")
    assert len(view["actions"]) == total
    assert all(line["carried_over"] for line in view["actions"])


def test_looking_back_before_the_current_phase_began(coach: Coach) -> None:
    """``--today`` before the day the current phase was entered: its week 1, never week 0."""
    second = coach.roadmap.phases[1]
    coach.ok(START, "start", "--on", START.isoformat())
    coach.ok(day_of_week(3), "phase", "next", "--yes")
    view = coach.json(day_of_week(1, 3), "today")
    assert view["phase"]["id"] == second.id
    assert view["phase"]["week"] == 1
    assert view["week"] == 1
    text = coach.text(day_of_week(1, 3), "today")
    assert text.startswith(f"{second.title} — week 1 of {second.duration_weeks} · week 1 of")


def test_a_week_with_every_action_done(coach: Coach) -> None:
    """All of a week's actions done: every box ticked, no hours left, and it says so."""
    coach.ok(START, "start", "--on", START.isoformat())
    ids = coach.week_ids(1)
    day = day_of_week(1, 4)
    result = coach.ok(day, "done", *ids)
    assert result.output.count("Done: ") == len(ids)
    assert coach.events() == [(day, "done", action_id) for action_id in ids]
    text = coach.text(day, "today")
    for action_id in ids:
        assert f"[x] {action_id} · " in text
    assert f"{len(ids)} of {len(ids)} done this week · 0 h left" in flat(text)
    assert "Everything for this week is done." in text
    view = coach.json(day, "today")
    assert all(line["done"] for line in view["actions"])
    assert view["hours_open"] == 0
    assert coach.json(day, "report")["status"] == "on track"


def test_a_week_done_with_older_actions_still_open(coach: Coach) -> None:
    """This week's actions done but last week's not: it says what is still open, not "all done"."""
    coach.ok(START, "start", "--on", START.isoformat())
    day = day_of_week(2, 1)
    coach.ok(day, "done", *coach.week_ids(2))
    text = coach.text(day, "today")
    assert "Everything for this week is done." not in text
    open_count = len(coach.week_ids(1))
    assert f"This week's actions are done; {open_count} carried-over actions still open." in flat(
        text
    )
    view = coach.json(day, "today")
    assert (view["done"], view["total"]) == (len(coach.week_ids(2)), len(coach.week_ids(2)))
    assert [line["id"] for line in view["actions"] if line["carried_over"]] == coach.week_ids(1)


@pytest.mark.parametrize("via_env", [False, True], ids=["option", "env"])
def test_the_custom_roadmap_fixture(isolated_home: Path, via_env: bool) -> None:
    """A guide of one's own, by ``--roadmap`` or the environment: its own file, ids and phases."""
    coach = Coach(isolated_home, CUSTOM, via_env=via_env)
    roadmap = coach.roadmap
    assert coach.file.name == "teacher-to-ux-designer.toml"
    coach.ok(START, "start", "--on", START.isoformat())
    assert coach.saved()["roadmap_path"] == str(CUSTOM.resolve())
    first, second = roadmap.phases
    text = coach.text(START, "today")
    assert text.startswith(f"{first.title} — week 1 of {first.duration_weeks} · week 1 of 6")
    ids = coach.week_ids(1)
    coach.ok(START, "done", *ids)
    assert [action for _, _, action in coach.events()] == ids
    coach.ok(START, "phase", "next", "--yes")
    assert coach.phases() == [(first.id, START), (second.id, START)]
    report = coach.json(START, "report")
    assert report["actions_done"] == len(ids)
    assert report["actions_total"] == sum(1 for _ in roadmap.actions())
    assert report["phase"]["id"] == second.id
    assert [tally["id"] for tally in report["phases"]] == [first.id, second.id]
    # The bundled roadmap's progress is a different file, never touched.
    assert not (isolated_home / f"{load_roadmap(bundled_roadmap()).id}.toml").exists()


def test_an_action_the_roadmap_no_longer_has_is_kept_and_reported(coach: Coach) -> None:
    """An event for a retired id survives later saves and is named by today and report."""
    coach.ok(START, "start", "--on", START.isoformat())
    saved = coach.saved()
    retired_at = datetime.combine(day_of_week(1, 1), time(9, 0))
    saved["events"] = [{"at": retired_at, "kind": "done", "action": "retired"}]
    coach.file.write_text(tomli_w.dumps(saved), encoding="utf-8")

    day = day_of_week(1, 2)
    kept = coach.week_ids(1)[0]
    coach.ok(day, "done", kept)
    assert coach.events() == [(day_of_week(1, 1), "done", "retired"), (day, "done", kept)]

    text = coach.text(day, "today")
    # One wording in every view (render/phrases.py).
    kept = "Kept in your progress, no longer in this roadmap: retired"
    assert kept in flat(text)
    assert coach.json(day, "today")["unknown_actions"] == ["retired"]
    assert kept in flat(coach.text(day, "report"))
    report = coach.json(day, "report")
    assert report["unknown_actions"] == ["retired"]
    # Only the roadmap's own actions count.
    assert report["actions_done"] == 1
    assert report["actions_done"] <= report["actions_total"]


def test_unknown_id_suggests_and_writes_nothing(coach: Coach) -> None:
    """A mistyped id is an error naming the closest ids; the file keeps its exact bytes."""
    coach.ok(START, "start", "--on", START.isoformat())
    real = coach.week_ids(1)[-1]
    before = coach.file.read_bytes()
    for command in ("done", "undo", "skip"):
        result = coach.invoke(START, command, coach.week_ids(1)[0], real[:-1])
        assert result.exit_code == 2, result.output
        assert f"unknown action '{real[:-1]}'" in result.output
        assert f"did you mean '{real}'" in result.output
        assert coach.file.read_bytes() == before


def test_done_twice_is_harmless_and_says_so(coach: Coach) -> None:
    """Marking a done action done again succeeds, says so and writes nothing."""
    coach.ok(START, "start", "--on", START.isoformat())
    action_id = coach.week_ids(1)[0]
    coach.ok(START, "done", action_id)
    before = coach.file.read_bytes()
    result = coach.ok(START + timedelta(days=1), "done", action_id)
    assert result.output == f"Nothing to do: {action_id} is already done.\n"
    assert coach.file.read_bytes() == before
    assert coach.events() == [(START, "done", action_id)]


def test_an_impossible_date_is_a_usage_error(coach: Coach, isolated_home: Path) -> None:
    """``--today 2026-02-30`` exits 2 naming the option, and creates nothing."""
    result = runner.invoke(app, ["--today", "2026-02-30", "today"])
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
    """Doing each week's actions in their week, and moving on when a phase's weeks are over,
    walks the phases on the planned calendar and ends complete, on track, with a full streak."""
    coach = Coach(isolated_home, path)
    roadmap = coach.roadmap
    weeks = roadmap.overview.duration_weeks
    coach.ok(START, "start", "--on", START.isoformat())
    marked = 0
    for week in range(1, weeks + 1):
        day = day_of_week(week)
        view = coach.json(day, "today")
        if view["phase"]["week"] > view["phase"]["weeks"]:
            coach.ok(day, "phase", "next", "--yes")
            assert coach.phases()[-1] == (planned_phase(roadmap, week), day)
            view = coach.json(day, "today")
        assert view["week"] == week
        assert view["phase"]["id"] == planned_phase(roadmap, week)
        assert [line["id"] for line in view["actions"]] == coach.week_ids(week)
        assert not any(line["carried_over"] for line in view["actions"])
        ids = [line["id"] for line in view["actions"] if not line["done"]]
        assert ids
        coach.ok(day, "done", *ids)
        marked += len(ids)
        assert len(coach.events()) == marked
        assert coach.events()[-1] == (day, "done", ids[-1])
        assert all(line["done"] for line in coach.json(day, "today")["actions"])
        assert coach.json(day, "report")["status"] in ("on track", "complete")

    last_day = day_of_week(weeks)
    text = coach.text(last_day, "today")
    assert "The roadmap is complete" in text
    assert "fashioncoach done ID" not in text  # nothing is left to mark
    assert coach.json(last_day, "today")["complete"] is True
    assert [phase for phase, _ in coach.phases()] == [phase.id for phase in roadmap.phases]

    report = coach.json(last_day, "report")
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
    report_text = flat(coach.text(last_day, "report"))
    assert f"{total}/{total} actions" in report_text
    assert f"Streak: {weeks} weeks with progress" in report_text
