"""The read-only views: timeline, skills, phase, reality, in text and in JSON.

Every view is run through the real command line (``tests/helpers.py``) on the
bundled roadmap and on the small teacher-to-ux fixture (chosen with ``--roadmap``
and with ``FASHIONCOACH_ROADMAP``: the ``each_learner`` fixture). The JSON is
checked against the roadmap as ``load_roadmap`` reads it, never against numbers
written here; the text is checked for the same facts, for an 80-column pipe (no
line longer, no ANSI escape, no word cut) and for leaving the learner's home
untouched.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from itertools import pairwise
from typing import Any

import pytest
import typer

from fashioncoach.cli.main import app
from fashioncoach.model.record import as_plain
from fashioncoach.model.roadmap import Roadmap
from tests.helpers import REPO, Learner, flat, in_order, long_day, readable

START = date(2026, 12, 1)


def hours(value: float) -> str:
    return f"{value:g} h"


# --- timeline ---------------------------------------------------------------------------


def gantt(first: int, last: int, weeks: int, fill: str) -> str:
    return "".join(fill if first <= week <= last else "." for week in range(1, weeks + 1))


def phase_facts(roadmap: Roadmap, *, start: date | None = None) -> list[str]:
    """What ``timeline`` says of each phase, in order, with the roadmap's own weeks:
    ``1. Title (id)``, then its weeks, dates once started, hours and its bar of weeks."""
    weeks = roadmap.overview.duration_weeks
    pieces = []
    for number, phase in enumerate(roadmap.phases, start=1):
        first = roadmap.phase_first_weeks()[phase.id]
        last = first + phase.duration_weeks - 1
        facts = [f"weeks {first}-{last} ({phase.duration_weeks} weeks)"]
        if start is not None:
            begins = start + timedelta(days=7 * (first - 1))
            ends = begins + timedelta(days=7 * phase.duration_weeks - 1)
            facts.append(f"{long_day(begins)} to {long_day(ends)}")
        facts += [hours(phase.hours()), gantt(first, last, weeks, "#")]
        pieces += [f"{number}. {phase.title} ({phase.id})", " · ".join(facts)]
    return pieces


def test_timeline_text_shows_phases_over_the_weeks(each_learner: Learner) -> None:
    """Each phase with its id, week range, hours and a bar over the weeks; milestones on
    their weeks; no "you are here" and no dates before a start."""
    learner = each_learner
    roadmap = learner.roadmap
    text = learner.screen("timeline")
    weeks = roadmap.overview.duration_weeks
    assert weeks <= 30  # one character per week below this
    assert text.startswith(f"{roadmap.overview.title} — {weeks} weeks, {hours(roadmap.hours())}")
    in_order(flat(text), phase_facts(roadmap))

    (marks,) = [line for line in text.splitlines() if line.startswith("Milestones ")]
    due = {milestone.due_week for milestone in roadmap.milestones}
    assert marks.split()[1] == "".join("M" if week in due else "." for week in range(1, weeks + 1))
    listed = flat(text.split("\nMilestones\n", 1)[1])
    for milestone in roadmap.milestones:
        assert f"week {milestone.due_week}" in listed
        assert flat(milestone.title) in listed
    assert "you are here" not in text.lower()
    assert "fashioncoach start" in text
    assert learner.files() == {}


def test_timeline_json_matches_the_roadmap(each_learner: Learner) -> None:
    """``timeline --json`` before a start: the roadmap's phases, weeks, hours and milestones."""
    learner = each_learner
    roadmap = learner.roadmap
    data = learner.json("timeline")
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
    assert learner.files() == {}


def test_timeline_once_started_shows_dates_and_you_are_here(each_learner: Learner) -> None:
    """After a start: calendar dates per phase, milestone due dates, "you are here"."""
    learner = each_learner
    roadmap = learner.roadmap
    learner.ok("start", "--on", START.isoformat(), today=START)
    saved = learner.files()
    today = START + timedelta(days=9)  # week 2

    data = learner.json("timeline", today=today)
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

    text = learner.screen("timeline", today=today)
    weeks = roadmap.overview.duration_weeks
    assert (
        f"Plan week 2 of {weeks}: {long_day(START + timedelta(days=7))} to "
        f"{long_day(START + timedelta(days=13))}; finishing {long_day(finish)}" in flat(text)
    )
    in_order(flat(text), phase_facts(roadmap, start=START))
    first = roadmap.phases[0]
    assert f"1. {first.title} ({first.id}) < you are here" in flat(text)
    lines = text.splitlines()
    (marks,) = [line for line in lines if line.startswith("Milestones ")]
    (here,) = [line for line in lines if line.startswith("You are here")]
    bar = marks.index(marks.split()[1])
    assert here.index("^") == bar + 1  # under week 2 of the milestones' bar
    assert here.endswith("^ week 2")
    for milestone in roadmap.milestones:
        due = START + timedelta(days=7 * milestone.due_week - 1)
        assert f"(due {long_day(due)})" in flat(text)
    # Looking is not changing: the progress file and the home are as they were.
    assert learner.files() == saved


def test_timeline_phases_left_at_once_never_end_before_they_begin(each_learner: Learner) -> None:
    """Moving through every phase on the start day: the week the learner moved on in is the
    last phase's week 1, so each phase left at once has no week (and no dates) of its own."""
    learner = each_learner
    roadmap = learner.roadmap
    learner.ok("start", "--on", START.isoformat(), today=START)
    for _ in roadmap.phases[1:]:
        learner.ok("phase", "next", "--yes", today=START)
    data = learner.json("timeline", today=START + timedelta(days=2))
    *left, last = data["phases"]
    for shown in left:
        assert (shown["weeks"], shown["starts"], shown["ends"], shown["state"]) == (
            0,
            None,
            None,
            "done",
        ), shown
    assert (last["first_week"], last["state"], last["starts"]) == (1, "current", START.isoformat())
    assert data["clock"]["phase"] == last["id"] and data["clock"]["phase_week"] == 1


# --- skills -----------------------------------------------------------------------------


def test_skills_text_lists_what_you_have_then_what_to_learn(each_learner: Learner) -> None:
    """Transferable skills first, then the skills to learn by priority with their resources."""
    learner = each_learner
    roadmap = learner.roadmap
    text = learner.screen("skills")
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
    in_order(flat_text, pieces)
    # Every wrapped line stays indented under its own item: a list reads as a list.
    listing = text.split("Skills to learn, most important first\n", 1)[1].splitlines()
    listing = listing[next(i for i, line in enumerate(listing) if line.startswith("1. ")) :]
    for before, line in pairwise(listing):
        assert re.match(r"\d+\. |   ", line), line
        if before.startswith(("   - ", "     ")):  # inside a skill's list of resources
            assert re.match(r"\d+\. |   - |     \S", line), line
    assert learner.files() == {}


def test_skills_json_matches_the_roadmap(each_learner: Learner) -> None:
    """``skills --json``: the transferable skills, then the skills by priority, resources inline."""
    learner = each_learner
    roadmap = learner.roadmap
    data = learner.json("skills")
    assert data["transferable_skills"] == [as_plain(have) for have in roadmap.transferable_skills]
    ordered = sorted(roadmap.skills, key=lambda item: item.priority)
    assert [skill["id"] for skill in data["skills"]] == [skill.id for skill in ordered]
    priorities = [skill["priority"] for skill in data["skills"]]
    assert priorities == sorted(priorities)
    resources = {resource.id: resource for resource in roadmap.resources}
    for shown, skill in zip(data["skills"], ordered, strict=True):
        assert shown["name"] == skill.name
        assert shown["advice"] == skill.advice
        assert shown["examples"] == list(skill.examples)
        assert shown["resources"] == [as_plain(resources[item]) for item in skill.resources]
    assert learner.files() == {}


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


def test_phase_show_text_for_every_phase(each_learner: Learner) -> None:
    """``phase show ID``: goals, then week by week each action with its id, hours, done-when."""
    learner = each_learner
    roadmap = learner.roadmap
    for phase in roadmap.phases:
        text = learner.screen("phase", "show", phase.id)
        in_order(flat(text), phase_pieces(roadmap, phase.id))
        for _, action in phase.actions():
            assert re.search(rf"^\[ \] {re.escape(action.id)} · ", text, re.MULTILINE)
        assert hours(phase.hours()) in text
    # Without an id, and without a start, it is the first phase.
    text = learner.screen("phase")
    in_order(flat(text), phase_pieces(roadmap, roadmap.phases[0].id))
    assert learner.files() == {}


def test_phase_show_json_for_every_phase(each_learner: Learner) -> None:
    """``phase show ID --json`` and ``phase --json``: the phase's goals and plan, as loaded."""
    learner = each_learner
    roadmap = learner.roadmap
    first_weeks = roadmap.phase_first_weeks()
    for index, phase in enumerate(roadmap.phases):
        data = learner.json("phase", "show", phase.id)
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
        assert (data["state"], data["week"], data["began"]) == ("planned", None, None)
    # One word for a phase of a plan not started, in `phase` and `timeline` alike.
    assert {phase["state"] for phase in learner.json("timeline")["phases"]} == {"planned"}
    assert learner.json("phase")["id"] == roadmap.phases[0].id
    assert learner.files() == {}


def test_phase_once_started_shows_your_week(each_learner: Learner) -> None:
    """After a start, ``phase`` is the current phase with your week in it; the file is untouched."""
    learner = each_learner
    roadmap = learner.roadmap
    learner.ok("start", "--on", START.isoformat(), today=START)
    saved = learner.files()
    today = START + timedelta(days=8)
    data = learner.json("phase", today=today)
    assert (data["id"], data["state"], data["week"]) == (roadmap.phases[0].id, "current", 2)
    assert data["began"] == START.isoformat()
    text = learner.screen("phase", today=today)
    assert f"you are in week 2 of {roadmap.phases[0].duration_weeks}" in flat(text)
    later = learner.json("phase", "show", roadmap.phases[-1].id, today=today)
    assert later["state"] == "upcoming"
    assert learner.files() == saved


def test_a_weeks_theme_goes_on_the_plan_week_of_its_first_action(custom_learner: Learner) -> None:
    """A roadmap packed back to back moves work across plan weeks: each roadmap week's
    theme is shown once, on the plan week its first action starts in, so no theme is
    lost and none is repeated on a later week."""
    roadmap = custom_learner.roadmap
    for phase in roadmap.phases:
        data = custom_learner.json("phase", "show", phase.id)
        week_of = {line["id"]: week["week"] for week in data["plan"] for line in week["actions"]}
        shown = {week["week"]: week["theme"] for week in data["plan"] if week["theme"]}
        wanted: dict[int, str] = {}
        for roadmap_week in phase.weeks:
            if roadmap_week.theme:
                wanted.setdefault(week_of[roadmap_week.actions[0].id], roadmap_week.theme)
        assert shown == wanted, phase.id
    themes = [week.theme for phase in roadmap.phases for week in phase.weeks if week.theme]
    shown_all = [
        week["theme"]
        for phase in roadmap.phases
        for week in custom_learner.json("phase", "show", phase.id)["plan"]
        if week["theme"]
    ]
    assert shown_all == themes  # each once, in order: here no two fall in one plan week


def test_unknown_phase_is_an_error_with_a_suggestion(each_learner: Learner) -> None:
    """``phase show`` with a near miss or the start of an id is a usage error naming the
    phase meant; no write."""
    learner = each_learner
    roadmap = learner.roadmap
    wanted = roadmap.phases[-1].id
    result = learner.run("phase", "show", wanted[:-1])
    assert result.exit_code == 2, result.output
    assert f"unknown phase '{wanted[:-1]}'" in result.output
    assert f"'{wanted}'" in result.output
    # the start of an id is a near miss too, however short beside the whole id
    start = learner.run("phase", "show", wanted[: len(wanted) // 2])
    assert start.exit_code == 2 and f"did you mean '{wanted}'" in start.output, start.output
    assert learner.files() == {}


def test_a_phase_number_out_of_range_says_which_numbers_there_are(each_learner: Learner) -> None:
    """``phase show 9`` on a roadmap of fewer phases: a usage error saying the numbers
    run 1 to N, and that number N itself works."""
    learner = each_learner
    count = len(learner.roadmap.phases)
    result = learner.run("phase", "show", str(count + 1))
    assert result.exit_code == 2, result.output
    assert f"a phase number is 1 to {count}" in result.output
    assert learner.roadmap.phases[-1].title in learner.text("phase", "show", str(count))


# --- reality ----------------------------------------------------------------------------


def money(value: int | None, currency: str) -> str:
    """As a reader of the currency writes it: $60,000, £52,000, 52,000 CHF."""
    assert value is not None
    symbol = {"USD": "$", "GBP": "£", "EUR": "€"}.get(currency)
    return f"{symbol}{value:,}" if symbol else f"{value:,} {currency}"


def test_reality_text_shows_the_check_and_the_salary_faq(each_learner: Learner) -> None:
    """The reality check's three lists, the salary figures and every FAQ answer, whole."""
    learner = each_learner
    roadmap = learner.roadmap
    text = learner.screen("reality")
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
    in_order(flat(text), pieces)
    assert f"Senior, in {salary.senior_within_years_min}-{salary.senior_within_years_max}" in text
    assert learner.files() == {}


def test_reality_json_matches_the_roadmap(each_learner: Learner) -> None:
    """``reality --json``: the reality check, the salary figures and the FAQ as loaded."""
    learner = each_learner
    roadmap = learner.roadmap
    data = learner.json("reality")
    assert data["reality_check"] == {
        key: list(value) for key, value in as_plain(roadmap.reality_check).items()
    }
    assert roadmap.salary is not None
    assert data["salary"] == as_plain(roadmap.salary)
    assert data["faq"] == [as_plain(question) for question in roadmap.faq]
    assert learner.files() == {}


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
    command: list[str], learner: Learner
) -> None:
    """``--help`` of each command shows an example, fits 80 columns, and touches no file."""
    output = readable(learner.text(*command, "--help"))
    assert "Example" in output
    assert not learner.home.exists()


def test_help_walk_finds_the_commands() -> None:
    """The walk above is not vacuous: it sees the coach's commands and subcommands."""
    names = {" ".join(command) for command in command_paths()}
    assert {"today", "timeline", "skills", "reality", "phase show", "phase next"} <= names


def test_version_creates_nothing(learner: Learner) -> None:
    """``--version`` prints the version and touches no file."""
    from fashioncoach import __version__

    assert learner.text("--version") == f"fashioncoach {__version__}\n"
    assert not learner.home.exists()


@pytest.mark.parametrize(
    "command", [["today"], ["report"], ["phase"], ["timeline"], ["skills"], ["reality"]], ids=str
)
def test_json_docs_name_every_top_level_key(command: list[str], learner: Learner) -> None:
    """docs/json.md documents each top-level key each ``--json`` prints."""
    docs = (REPO / "docs" / "json.md").read_text(encoding="utf-8")
    learner.ok("start", "--on", START.isoformat(), today=START)
    data = learner.json(*command, today=START + timedelta(days=3))
    section = docs.split(f"`{' '.join(['fashioncoach', *command, '--json'])}`", 1)
    assert len(section) == 2, f"no section for {command}"
    body = section[1].split("\n## ", 1)[0]
    for key in data:
        assert f"`{key}`" in body, f"{key} of {command} is not documented"
