"""The read-only views: timeline, skills, phase, reality, in text and in JSON.

Every view is run through the real command line on the bundled roadmap and on
the small teacher-to-ux fixture (chosen with ``--roadmap`` and with
``FASHIONCOACH_ROADMAP``). The JSON is checked against the roadmap as
``load_roadmap`` reads it, never against numbers written here; the text is
checked for the same facts, for an 80-column pipe (no line longer, no ANSI
escape, no word cut) and for leaving the learner's home untouched.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner, Result

from fashioncoach.cli.main import app
from fashioncoach.model.roadmap import Roadmap
from fashioncoach.paths import ROADMAP_ENV, bundled_roadmap
from fashioncoach.store.roadmap_file import load_roadmap
from tests.conftest import FIXTURES, REPO

runner = CliRunner()

CUSTOM = FIXTURES / "teacher-to-ux.toml"
WIDTH = 80
START = date(2026, 12, 1)


@dataclass(frozen=True)
class Source:
    """One way of choosing a roadmap: the options and environment that pick it."""

    name: str
    path: Path
    args: tuple[str, ...] = ()
    env: tuple[tuple[str, str], ...] = ()


SOURCES = [
    Source("bundled", bundled_roadmap()),
    Source("custom-option", CUSTOM, args=("--roadmap", str(CUSTOM))),
    Source("custom-env", CUSTOM, env=((ROADMAP_ENV, str(CUSTOM)),)),
]


@pytest.fixture(params=SOURCES, ids=[source.name for source in SOURCES])
def source(request: pytest.FixtureRequest) -> Source:
    chosen: Source = request.param
    return chosen


def run(source: Source, *args: str, today: date | None = None) -> Result:
    """Run one command on ``source``'s roadmap; it must succeed."""
    dated = ("--today", today.isoformat()) if today else ()
    result = runner.invoke(app, [*source.args, *dated, *args], env=dict(source.env))
    assert result.exit_code == 0, result.output
    return result


def run_json(source: Source, *args: str, today: date | None = None) -> Any:
    return json.loads(run(source, *args, "--json", today=today).stdout)


def flat(text: str) -> str:
    """The text with every run of blanks and line breaks made one space."""
    return " ".join(text.split())


def assert_readable(text: str) -> None:
    """Fits an 80-column pipe: no escape codes, no line longer than the width."""
    assert "\x1b" not in text
    for line in text.splitlines():
        assert len(line) <= WIDTH, f"{len(line)} columns: {line!r}"


def assert_in_order(text: str, pieces: list[str]) -> None:
    """Each piece appears whole in ``text``, after the one before it."""
    position = 0
    for piece in pieces:
        found = text.find(piece, position)
        assert found >= 0, f"{piece!r} missing or out of order"
        position = found + len(piece)


def files_under(folder: Path) -> dict[Path, bytes]:
    if not folder.exists():
        return {}
    return {path: path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def hours(value: float) -> str:
    return f"{value:g} h"


def column(lines: list[str], left: int, right: int) -> str:
    """The text of one table column (``left`` to ``right``) over the given rows, flattened."""
    return flat(" ".join(line[left:right] for line in lines))


# --- timeline ---------------------------------------------------------------------------


def timeline_table(text: str) -> tuple[list[str], dict[str, int]]:
    """The table's rows (after the rule) and where each header begins."""
    lines = text.splitlines()
    header_index = next(i for i, line in enumerate(lines) if line.startswith("Phase "))
    header = lines[header_index]
    starts = {name: header.index(name) for name in header.split()}
    rows = []
    for line in lines[header_index + 2 :]:
        if line == "Milestones":  # the list below the table
            break
        rows.append(line)
    return rows, starts


def gantt(first: int, last: int, weeks: int, fill: str) -> str:
    return "".join(fill if first <= week <= last else "." for week in range(1, weeks + 1))


def test_timeline_text_shows_phases_over_the_weeks(source: Source, isolated_home: Path) -> None:
    """Phases as a Gantt over the weeks, week ranges, hours, milestones on their weeks."""
    roadmap = load_roadmap(source.path)
    text = run(source, "timeline").stdout
    assert_readable(text)
    weeks = roadmap.overview.duration_weeks
    assert weeks <= 30  # one character per week below this
    assert text.startswith(f"{roadmap.overview.title} — {weeks} weeks, {hours(roadmap.hours())}")

    rows, starts = timeline_table(text)
    plan = starts["Plan"]
    first_weeks = roadmap.phase_first_weeks()
    for phase in roadmap.phases:
        first = first_weeks[phase.id]
        last = first + phase.duration_weeks - 1
        (row,) = [line for line in rows if line[starts["Weeks"] :].startswith(f"{first}-{last} ")]
        assert hours(phase.hours()) in row
        assert row[plan : plan + weeks] == gantt(first, last, weeks, "#")
    titles = column(rows, 0, starts["Weeks"])
    assert_in_order(titles, [phase.title for phase in roadmap.phases])

    (marks,) = [line for line in rows if line.startswith("Milestones")]
    due = {milestone.due_week for milestone in roadmap.milestones}
    assert marks[plan : plan + weeks] == "".join(
        "M" if week in due else "." for week in range(1, weeks + 1)
    )
    listed = flat(text.split("\nMilestones\n", 1)[1])
    for milestone in roadmap.milestones:
        assert f"week {milestone.due_week}" in listed
        assert flat(milestone.title) in listed
    assert "You are here" not in text
    assert "fashioncoach start" in text
    assert files_under(isolated_home) == {}


def test_timeline_json_matches_the_roadmap(source: Source, isolated_home: Path) -> None:
    """``timeline --json`` before a start: the roadmap's phases, weeks, hours and milestones."""
    roadmap = load_roadmap(source.path)
    data = run_json(source, "timeline")
    first_weeks = roadmap.phase_first_weeks()
    assert data["roadmap"] == roadmap.overview.title
    assert data["weeks"] == roadmap.overview.duration_weeks
    assert [phase["id"] for phase in data["phases"]] == [phase.id for phase in roadmap.phases]
    for shown, phase in zip(data["phases"], roadmap.phases, strict=True):
        assert shown["title"] == phase.title
        assert shown["weeks"] == phase.duration_weeks
        assert shown["first_week"] == first_weeks[phase.id]
        assert shown["last_week"] == first_weeks[phase.id] + phase.duration_weeks - 1
        assert shown["hours"] == pytest.approx(phase.hours())
        assert (shown["starts"], shown["ends"], shown["state"]) == (None, None, "planned")
    assert [(line["id"], line["due_week"]) for line in data["milestones"]] == [
        (milestone.id, milestone.due_week) for milestone in roadmap.milestones
    ]
    assert all(line["due_date"] is None for line in data["milestones"])
    assert data["started_on"] is None
    assert data["you_are_here"] is None
    assert files_under(isolated_home) == {}


def test_timeline_once_started_shows_dates_and_you_are_here(
    source: Source, isolated_home: Path
) -> None:
    """After a start: calendar dates per phase, milestone due dates, "you are here"."""
    roadmap = load_roadmap(source.path)
    run(source, "start", "--on", START.isoformat(), today=START)
    saved = files_under(isolated_home)
    today = START + timedelta(days=9)  # week 2

    data = run_json(source, "timeline", today=today)
    assert data["started_on"] == START.isoformat()
    assert data["you_are_here"] == 2
    assert data["phases"][0]["state"] == "current"
    assert data["phases"][0]["starts"] == START.isoformat()
    expected_start = START
    for shown, phase in zip(data["phases"], roadmap.phases, strict=True):
        assert shown["starts"] == expected_start.isoformat()
        ends = expected_start + timedelta(days=7 * phase.duration_weeks - 1)
        assert shown["ends"] == ends.isoformat()
        expected_start = ends + timedelta(days=1)
    finish = START + timedelta(days=7 * roadmap.overview.duration_weeks - 1)
    assert data["phases"][-1]["ends"] == finish.isoformat()
    for line, milestone in zip(data["milestones"], roadmap.milestones, strict=True):
        due = START + timedelta(days=7 * milestone.due_week - 1)
        assert line["due_date"] == due.isoformat()

    text = run(source, "timeline", today=today).stdout
    assert_readable(text)
    rows, starts = timeline_table(text)
    assert "Dates" in starts
    assert f"{START:%d %b}-" in text
    assert f"{finish:%d %b %y}" in text
    (here,) = [line for line in rows if "^" in line]
    assert here.index("^") == starts["Plan"] + 1
    titles = column(rows, 0, starts["Weeks"])
    assert titles.endswith("You are here (week 2)")
    assert_in_order(titles, [phase.title for phase in roadmap.phases])
    assert f"{roadmap.phases[0].title} <" in titles
    # Looking is not changing: the progress file and the home are as they were.
    assert files_under(isolated_home) == saved


def test_timeline_phases_left_at_once_never_end_before_they_begin(
    source: Source, isolated_home: Path
) -> None:
    """Moving through every phase on the start day: the week the learner moved on in is the
    last phase's week 1, so each phase left at once has no week (and no dates) of its own."""
    roadmap = load_roadmap(source.path)
    run(source, "start", "--on", START.isoformat(), today=START)
    for _ in roadmap.phases[1:]:
        run(source, "phase", "next", "--yes", today=START)
    data = run_json(source, "timeline", today=START + timedelta(days=2))
    *left, last = data["phases"]
    for shown in left:
        assert (shown["weeks"], shown["starts"], shown["ends"], shown["state"]) == (
            0, None, None, "done"
        ), shown
    assert (last["first_week"], last["state"], last["starts"]) == (1, "current", START.isoformat())
    assert data["clock"]["phase"] == last["id"] and data["clock"]["phase_week"] == 1


# --- skills -----------------------------------------------------------------------------


def test_skills_text_lists_what_you_have_then_what_to_learn(
    source: Source, isolated_home: Path
) -> None:
    """Transferable skills first, then the skills to learn by priority with their resources."""
    roadmap = load_roadmap(source.path)
    text = run(source, "skills").stdout
    assert_readable(text)
    flat_text = flat(text)
    resources = {resource.id: resource for resource in roadmap.resources}
    pieces = ["Skills you already have"]
    for have in roadmap.transferable_skills:
        pieces += [have.name, flat(have.applies)]
    pieces.append("Skills to learn, most important first")
    for skill in sorted(roadmap.skills, key=lambda item: item.priority):
        pieces.append(f"{skill.priority}. {skill.name}")
        pieces += [flat(example) for example in skill.examples]
        if skill.advice:
            pieces.append(flat(skill.advice))
        for resource_id in skill.resources:
            resource = resources[resource_id]
            pieces.append(f"- {flat(resource.title)} ({resource.kind}")
            pieces += [item for item in (resource.provider, resource.offered_by) if item]
    assert_in_order(flat_text, pieces)
    # Every wrapped line stays indented under its own item: a list reads as a list.
    listing = text.split("Skills to learn, most important first\n", 1)[1].splitlines()
    listing = listing[next(i for i, line in enumerate(listing) if line.startswith("1. ")) :]
    for before, line in pairwise(listing):
        assert re.match(r"\d+\. |   ", line), line
        if before.startswith(("   - ", "     ")):  # inside a skill's list of resources
            assert re.match(r"\d+\. |   - |     \S", line), line
    assert files_under(isolated_home) == {}


def test_skills_json_matches_the_roadmap(source: Source, isolated_home: Path) -> None:
    """``skills --json``: the transferable skills, then the skills by priority, resources inline."""
    roadmap = load_roadmap(source.path)
    data = run_json(source, "skills")
    assert data["transferable_skills"] == [asdict(have) for have in roadmap.transferable_skills]
    ordered = sorted(roadmap.skills, key=lambda item: item.priority)
    assert [skill["id"] for skill in data["skills"]] == [skill.id for skill in ordered]
    priorities = [skill["priority"] for skill in data["skills"]]
    assert priorities == sorted(priorities)
    resources = {resource.id: resource for resource in roadmap.resources}
    for shown, skill in zip(data["skills"], ordered, strict=True):
        assert shown["name"] == skill.name
        assert shown["advice"] == skill.advice
        assert shown["examples"] == list(skill.examples)
        assert shown["resources"] == [asdict(resources[item]) for item in skill.resources]
    assert files_under(isolated_home) == {}


# --- phase ------------------------------------------------------------------------------


def phase_pieces(roadmap: Roadmap, phase_id: str) -> list[str]:
    """What ``phase show`` prints, in order: heading, goals, then week by week the actions."""
    index, phase = next((i, p) for i, p in enumerate(roadmap.phases) if p.id == phase_id)
    first = roadmap.phase_first_weeks()[phase.id]
    pieces = [
        f"Phase {index + 1} of {len(roadmap.phases)}: {phase.title}",
        f"weeks {first}-{first + phase.duration_weeks - 1}",
        "Goals",
        *(flat(goal.text) for goal in phase.goals),
    ]
    for week in phase.weeks:
        pieces.append(f"Week {week.week}" + (f": {flat(week.theme)}" if week.theme else ""))
        for action in week.actions:
            pieces.append(f"[ ] {action.id} · {hours(action.hours)}")
            pieces.append(flat(action.title))
            if action.done_when:
                pieces.append(f"done when: {flat(action.done_when)}")
    return pieces


def test_phase_show_text_for_every_phase(source: Source, isolated_home: Path) -> None:
    """``phase show ID``: goals, then week by week each action with its id, hours, done-when."""
    roadmap = load_roadmap(source.path)
    for phase in roadmap.phases:
        text = run(source, "phase", "show", phase.id).stdout
        assert_readable(text)
        assert_in_order(flat(text), phase_pieces(roadmap, phase.id))
        for _, action in phase.actions():
            assert re.search(rf"^\[ \] {re.escape(action.id)} · ", text, re.MULTILINE)
        assert hours(phase.hours()) in text
    # Without an id, and without a start, it is the first phase.
    text = run(source, "phase").stdout
    assert_in_order(flat(text), phase_pieces(roadmap, roadmap.phases[0].id))
    assert files_under(isolated_home) == {}


def test_phase_show_json_for_every_phase(source: Source, isolated_home: Path) -> None:
    """``phase show ID --json`` and ``phase --json``: the phase's goals and plan, as loaded."""
    roadmap = load_roadmap(source.path)
    first_weeks = roadmap.phase_first_weeks()
    for index, phase in enumerate(roadmap.phases):
        data = run_json(source, "phase", "show", phase.id)
        assert (data["id"], data["title"], data["summary"]) == (
            phase.id,
            phase.title,
            phase.summary,
        )
        assert (data["number"], data["phases"]) == (index + 1, len(roadmap.phases))
        assert data["weeks"] == phase.duration_weeks
        assert data["first_week"] == first_weeks[phase.id]
        assert data["last_week"] == first_weeks[phase.id] + phase.duration_weeks - 1
        assert data["goals"] == [goal.text for goal in phase.goals]
        assert [week["week"] for week in data["plan"]] == [week.week for week in phase.weeks]
        for shown_week, week in zip(data["plan"], phase.weeks, strict=True):
            assert shown_week["theme"] == week.theme
            for shown, action in zip(shown_week["actions"], week.actions, strict=True):
                assert shown["id"] == action.id
                assert shown["title"] == action.title
                assert shown["hours"] == action.hours
                assert shown["skills"] == list(action.skills)
                assert shown["resources"] == list(action.resources)
                assert shown["done_when"] == action.done_when
                assert shown["week"] == week.week
                assert (shown["status"], shown["done"], shown["carried_over"]) == (
                    "open",
                    False,
                    False,
                )
        assert data["total"] == sum(1 for _ in phase.actions())
        assert data["hours_total"] == pytest.approx(phase.hours())
        assert (data["done"], data["hours_done"]) == (0, 0)
        # Hours are always numbers with a fraction in JSON, even when none are done.
        assert isinstance(data["hours_done"], float)
        assert (data["state"], data["week"], data["began"]) == ("not started", None, None)
    assert run_json(source, "phase")["id"] == roadmap.phases[0].id
    assert files_under(isolated_home) == {}


def test_phase_once_started_shows_your_week(source: Source, isolated_home: Path) -> None:
    """After a start, ``phase`` is the current phase with your week in it; the file is untouched."""
    roadmap = load_roadmap(source.path)
    run(source, "start", "--on", START.isoformat(), today=START)
    saved = files_under(isolated_home)
    today = START + timedelta(days=8)
    data = run_json(source, "phase", today=today)
    assert (data["id"], data["state"], data["week"]) == (roadmap.phases[0].id, "current", 2)
    assert data["began"] == START.isoformat()
    text = run(source, "phase", today=today).stdout
    assert_readable(text)
    assert f"you are in week 2 of {roadmap.phases[0].duration_weeks}" in flat(text)
    later = run_json(source, "phase", "show", roadmap.phases[-1].id, today=today)
    assert later["state"] == "upcoming"
    assert files_under(isolated_home) == saved


def test_unknown_phase_is_an_error_with_a_suggestion(source: Source, isolated_home: Path) -> None:
    """``phase show`` with a near miss is a usage error naming the phase meant; no write."""
    roadmap = load_roadmap(source.path)
    wanted = roadmap.phases[-1].id
    result = runner.invoke(app, [*source.args, "phase", "show", wanted[:-1]], env=dict(source.env))
    assert result.exit_code == 2, result.output
    assert f"unknown phase '{wanted[:-1]}'" in result.output
    assert f"'{wanted}'" in result.output
    assert files_under(isolated_home) == {}


# --- reality ----------------------------------------------------------------------------


def money(value: int | None, currency: str) -> str:
    """As a reader of the currency writes it: $60,000, £52,000, 52,000 CHF."""
    assert value is not None
    symbol = {"USD": "$", "GBP": "£", "EUR": "€"}.get(currency)
    return f"{symbol}{value:,}" if symbol else f"{value:,} {currency}"


def test_reality_text_shows_the_check_and_the_salary_faq(
    source: Source, isolated_home: Path
) -> None:
    """The reality check's three lists, the salary figures and every FAQ answer, whole."""
    roadmap = load_roadmap(source.path)
    text = run(source, "reality").stdout
    assert_readable(text)
    check = roadmap.reality_check
    pieces = ["Reality check"]
    for title, items in (
        ("What you'll love", check.love),
        ("What you might miss", check.miss),
        ("Biggest challenges", check.challenges),
    ):
        pieces += [title, *(flat(item) for item in items)]
    salary = roadmap.salary
    assert salary is not None
    pieces += [
        f"{money(low, salary.currency)}-{money(high, salary.currency)}"
        for low, high in (
            (salary.current_min, salary.current_max),
            (salary.entry_min, salary.entry_max),
            (salary.senior_min, salary.senior_max),
        )
    ]
    change = salary.change_percent()
    assert change is not None
    pieces.append(f"{-change[1]}-{-change[0]}%")
    for question in roadmap.faq:
        pieces += [flat(question.question), flat(question.answer)]
    assert_in_order(flat(text), pieces)
    assert f"Senior, in {salary.senior_within_years_min}-{salary.senior_within_years_max}" in text
    assert files_under(isolated_home) == {}


def test_reality_json_matches_the_roadmap(source: Source, isolated_home: Path) -> None:
    """``reality --json``: the reality check, the salary figures and the FAQ as loaded."""
    roadmap = load_roadmap(source.path)
    data = run_json(source, "reality")
    assert data["reality_check"] == {
        key: list(value) for key, value in asdict(roadmap.reality_check).items()
    }
    assert roadmap.salary is not None
    assert data["salary"] == asdict(roadmap.salary)
    assert data["faq"] == [asdict(question) for question in roadmap.faq]
    assert files_under(isolated_home) == {}


# --- help, version and the documentation ------------------------------------------------


def command_paths() -> list[list[str]]:
    """Every command and command group under the root, found by walking the app."""
    found: list[list[str]] = []

    def walk(group: Any, prefix: list[str]) -> None:
        # Typer builds Click groups; a group is what has subcommands.
        for name, command in getattr(group, "commands", {}).items():
            found.append([*prefix, name])
            walk(command, [*prefix, name])

    walk(typer.main.get_command(app), [])
    return found


@pytest.mark.parametrize("command", command_paths(), ids=" ".join)
def test_every_help_has_an_example_and_creates_nothing(
    command: list[str], isolated_home: Path
) -> None:
    """``--help`` of each command shows an example, fits 80 columns, and touches no file."""
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example" in result.output
    assert_readable(result.output)
    assert not isolated_home.exists()


def test_help_walk_finds_the_commands() -> None:
    """The walk above is not vacuous: it sees the coach's commands and subcommands."""
    names = {" ".join(command) for command in command_paths()}
    assert {"today", "timeline", "skills", "reality", "phase show", "phase next"} <= names


def test_version_creates_nothing(isolated_home: Path) -> None:
    """``--version`` prints the version and touches no file."""
    from fashioncoach import __version__

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0, result.output
    assert result.output == f"fashioncoach {__version__}\n"
    assert not isolated_home.exists()


@pytest.mark.parametrize(
    "command", [["today"], ["report"], ["phase"], ["timeline"], ["skills"], ["reality"]], ids=str
)
def test_json_docs_name_every_top_level_key(command: list[str]) -> None:
    """docs/json.md documents each top-level key each ``--json`` prints."""
    docs = (REPO / "docs" / "json.md").read_text(encoding="utf-8")
    source = Source("bundled", bundled_roadmap())
    run(source, "start", "--on", START.isoformat(), today=START)
    data = run_json(source, *command, today=START + timedelta(days=3))
    section = docs.split(f"`{' '.join(['fashioncoach', *command, '--json'])}`", 1)
    assert len(section) == 2, f"no section for {command}"
    body = section[1].split("\n## ", 1)[0]
    for key in data:
        assert f"`{key}`" in body, f"{key} of {command} is not documented"
