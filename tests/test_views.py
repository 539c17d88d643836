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

import math
import re
from datetime import date, timedelta
from itertools import pairwise
from typing import Any

import pytest
import typer

from fashioncoach.cli.main import app
from fashioncoach.model.record import as_plain
from fashioncoach.model.roadmap import Action, Roadmap
from tests.helpers import REPO, Learner, flat, in_order, long_day, readable

START = date(2026, 12, 1)


def hours(value: float) -> str:
    return f"{value:g} h"


# --- timeline ---------------------------------------------------------------------------


def gantt(first: int, last: int, weeks: int, fill: str) -> str:
    return "".join(fill if first <= week <= last else "." for week in range(1, weeks + 1))


def packed(roadmap: Roadmap) -> dict[str, tuple[int, int]]:
    """Each action's first and last plan week when the plan starts with nothing done, at
    the roadmap's own hours (docs/planning.md rule 2): a roadmap paced by its weeks keeps
    each action in its own week; one packed back to back fills each week's hours in turn."""
    if roadmap.overview.pacing == "weeks":
        return {action.id: (week, week) for _, week, action in roadmap.actions()}
    budget = roadmap.overview.hours_per_week
    assert budget is not None
    weeks, before = {}, 0.0
    for _, _, action in roadmap.actions():
        first = int(before // budget) + 1
        before += action.hours
        weeks[action.id] = (first, math.ceil(before / budget - 1e-9))
    return weeks


def phase_spans(roadmap: Roadmap) -> list[tuple[int, int]]:
    """The first and last plan week of each phase's work, with nothing done."""
    weeks = packed(roadmap)
    spans = []
    for phase in roadmap.phases:
        ids = [action.id for _, action in phase.actions()]
        spans.append((min(weeks[item][0] for item in ids), max(weeks[item][1] for item in ids)))
    return spans


def plan_length(roadmap: Roadmap) -> int:
    return max(last for _, last in packed(roadmap).values())


def phase_facts(roadmap: Roadmap, *, start: date | None = None) -> list[str]:
    """What ``timeline`` says of each phase, in order, with nothing done: ``1. Title (id)``,
    then its weeks, dates once started, hours and its bar of weeks."""
    weeks = plan_length(roadmap)
    pieces = []
    for number, (phase, (first, last)) in enumerate(
        zip(roadmap.phases, phase_spans(roadmap), strict=True), start=1
    ):
        facts = [f"weeks {first}-{last} ({last - first + 1} weeks)"]
        if start is not None:
            begins = start + timedelta(days=7 * (first - 1))
            ends = start + timedelta(days=7 * last - 1)
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
    weeks = plan_length(roadmap)
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
    """``timeline --json`` before a start: the roadmap's phases on the weeks its work takes,
    their hours, the milestones, and every action's place."""
    learner = each_learner
    roadmap = learner.roadmap
    data = learner.json("timeline")
    assert data["roadmap"] == roadmap.overview.title
    assert data["weeks"] == plan_length(roadmap)
    assert [phase["id"] for phase in data["phases"]] == [phase.id for phase in roadmap.phases]
    for shown, phase, (first, last) in zip(
        data["phases"], roadmap.phases, phase_spans(roadmap), strict=True
    ):
        assert shown["title"] == phase.title
        assert (shown["first_week"], shown["last_week"]) == (first, last)
        assert shown["weeks"] == last - first + 1
        assert shown["hours"] == pytest.approx(phase.hours())
        assert shown["open"] == sum(1 for _ in phase.actions())
        assert (shown["starts"], shown["ends"], shown["state"]) == (None, None, "planned")
    weeks = packed(roadmap)
    assert [line["id"] for line in data["schedule"]] == [a.id for _, _, a in roadmap.actions()]
    for line in data["schedule"]:
        assert line["week"] == line["planned_week"] == weeks[line["id"]][0]
        assert line["status"] == "open" and not line["planned_closed"]
    assert [(line["id"], line["due_week"]) for line in data["milestones"]] == [
        (milestone.id, milestone.due_week) for milestone in roadmap.milestones
    ]
    assert all(line["due_date"] is None for line in data["milestones"])
    assert data["started_on"] is None
    assert data["you_are_here"] is None
    assert data["statuses"] == {}
    assert learner.files() == {}


def test_timeline_once_started_shows_dates_and_you_are_here(each_learner: Learner) -> None:
    """After a start: calendar dates per phase, milestone due dates, "you are here"."""
    learner = each_learner
    roadmap = learner.roadmap
    learner.ok("start", "--on", START.isoformat(), today=START)
    finish = date.fromisoformat(learner.json("report", today=START)["planned_finish"])
    saved = learner.files()
    weeks = plan_length(roadmap)
    assert START + timedelta(days=7 * (weeks - 1)) <= finish < START + timedelta(days=7 * weeks)
    today = START + timedelta(days=2)  # week 1, on track

    data = learner.json("timeline", today=today)
    assert data["started_on"] == START.isoformat()
    assert data["you_are_here"] == 1
    assert data["phases"][0]["state"] == "current"
    assert data["phases"][0]["starts"] == START.isoformat()
    for shown, (first, last) in zip(data["phases"], phase_spans(roadmap), strict=True):
        assert shown["starts"] == (START + timedelta(days=7 * (first - 1))).isoformat()
        assert shown["ends"] == (START + timedelta(days=7 * last - 1)).isoformat()
    assert data["phases"][-1]["ends"] == (START + timedelta(days=7 * weeks - 1)).isoformat()
    for line, milestone in zip(data["milestones"], roadmap.milestones, strict=True):
        due = START + timedelta(days=7 * milestone.due_week - 1)
        assert line["due_date"] == due.isoformat()

    text = learner.screen("timeline", today=today)
    assert (
        f"Plan week 1 of {weeks}: {long_day(START)} to "
        f"{long_day(START + timedelta(days=6))}; finishing {long_day(finish)}" in flat(text)
    )
    in_order(flat(text), phase_facts(roadmap, start=START))
    first = roadmap.phases[0]
    assert f"1. {first.title} ({first.id}) < you are here" in flat(text)
    lines = text.splitlines()
    (marks,) = [line for line in lines if line.startswith("Milestones ")]
    (here,) = [line for line in lines if line.startswith("You are here")]
    bar = marks.index(marks.split()[1])
    assert here.index("^") == bar  # under week 1 of the milestones' bar
    assert here.endswith("^ week 1")
    for milestone in roadmap.milestones:
        due = START + timedelta(days=7 * milestone.due_week - 1)
        assert f"(due {long_day(due)})" in flat(text)
    # Looking is not changing: the progress file and the home are as they were.
    assert learner.files() == saved


def test_timeline_phases_moved_past_at_once_keep_their_work(each_learner: Learner) -> None:
    """Moving through every phase on the start day changes the order, never the total
    (rule 6): the last phase is current from week 1, each phase moved past with its work
    open is "left" (its dates never end before they begin), and the forecast finish
    stays."""
    learner = each_learner
    roadmap = learner.roadmap
    learner.ok("start", "--on", START.isoformat(), today=START)
    day = START + timedelta(days=2)
    before = learner.json("timeline", today=day)
    for _ in roadmap.phases[1:]:
        learner.ok("phase", "next", "--yes", today=START)
    data = learner.json("timeline", today=day)
    *left, last = data["phases"]
    for shown, phase in zip(left, roadmap.phases, strict=False):
        assert (shown["state"], shown["open"]) == ("left", sum(1 for _ in phase.actions()))
        assert shown["starts"] <= shown["ends"]
    assert (last["first_week"], last["state"], last["starts"]) == (1, "current", START.isoformat())
    assert data["clock"]["phase"] == last["id"] and data["clock"]["phase_week"] == 1
    assert data["clock"]["projected_finish"] == before["clock"]["projected_finish"]
    assert data["clock"]["days_ahead"] == before["clock"]["days_ahead"]


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


def plan_weeks_of(roadmap: Roadmap, phase_id: str) -> list[tuple[int, str, list[Action]]]:
    """A phase's plan weeks with nothing done: each week's number, its theme and the actions
    that start in it, in the plan's order. A roadmap week's theme goes on the plan week of
    its first action (the first theme a plan week gets is kept)."""
    index = next(i for i, p in enumerate(roadmap.phases) if p.id == phase_id)
    phase = roadmap.phases[index]
    weeks = packed(roadmap)
    first, last = phase_spans(roadmap)[index]
    themes: dict[int, str] = {}
    for roadmap_week in phase.weeks:
        if roadmap_week.theme:
            themes.setdefault(weeks[roadmap_week.actions[0].id][0], roadmap_week.theme)
    return [
        (
            week,
            themes.get(week, ""),
            [action for _, action in phase.actions() if weeks[action.id][0] == week],
        )
        for week in range(first, last + 1)
    ]


def phase_pieces(roadmap: Roadmap, phase_id: str) -> list[str]:
    """What ``phase show`` prints, in order: heading, goals, then week by week the actions."""
    index, phase = next((i, p) for i, p in enumerate(roadmap.phases) if p.id == phase_id)
    first, last = phase_spans(roadmap)[index]
    pieces = [
        f"Phase {index + 1} of {len(roadmap.phases)}: {phase.title}",
        f"weeks {first}-{last}",
        "Goals",
        *(flat(goal.text) for goal in phase.goals),
    ]
    for week, theme, actions in plan_weeks_of(roadmap, phase_id):
        pieces.append(f"Week {week}" + (f": {flat(theme)}" if theme else ""))
        for action in actions:
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
    """``phase show ID --json`` and ``phase --json``: the phase's goals and its weeks as
    the forecast has them, with nothing done."""
    learner = each_learner
    roadmap = learner.roadmap
    weeks = packed(roadmap)
    for index, phase in enumerate(roadmap.phases):
        data = learner.json("phase", "show", phase.id)
        assert (data["id"], data["title"], data["summary"]) == (
            phase.id,
            phase.title,
            phase.summary,
        )
        assert (data["number"], data["phases_total"]) == (index + 1, len(roadmap.phases))
        first, last = phase_spans(roadmap)[index]
        assert (data["first_week"], data["last_week"]) == (first, last)
        assert data["weeks"] == last - first + 1
        assert data["goals"] == [goal.text for goal in phase.goals]
        expected = plan_weeks_of(roadmap, phase.id)
        assert [(week["week"], week["theme"]) for week in data["plan"]] == [
            (week, theme) for week, theme, _ in expected
        ]
        for shown_week, (week, _, actions) in zip(data["plan"], expected, strict=True):
            assert [shown["id"] for shown in shown_week["actions"]] == [a.id for a in actions]
            for shown, action in zip(shown_week["actions"], actions, strict=True):
                assert shown["title"] == action.title
                assert shown["hours"] == action.hours
                assert shown["skills"] == list(action.skills)
                assert shown["resources"] == list(action.resources)
                assert shown["done_when"] == action.done_when
                assert shown["week"] == shown["planned_week"] == week == weeks[action.id][0]
                assert (shown["status"], shown["done"], shown["late"]) == ("open", False, False)
        tally = data["tally"]
        assert tally["total"] == sum(1 for _ in phase.actions())
        assert tally["hours_total"] == pytest.approx(phase.hours())
        assert (tally["done"], tally["hours_done"], tally["percent"]) == (0, 0, 0)
        # Hours are always numbers with a fraction in JSON, even when none are done.
        assert isinstance(tally["hours_done"], float)
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
    assert data["clock"]["phase_week"] == 2
    text = learner.screen("phase", today=today)
    assert f"you are in week 2 of {data['clock']['phase_weeks']}" in flat(text)
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
    assert f"unknown phase: {wanted[:-1]} (" in result.output
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


def _hours_in(value: Any, path: str = "") -> list[tuple[str, Any]]:
    """Every number under a key that names hours, with where it is."""
    found = []
    if isinstance(value, dict):
        for key, item in value.items():
            where = f"{path}.{key}"
            if "hours" in key and isinstance(item, int | float) and not isinstance(item, bool):
                found.append((where, item))
            found += _hours_in(item, where)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _hours_in(item, f"{path}[{index}]")
    return found


@pytest.mark.parametrize("command", [["today"], ["report"], ["phase"], ["timeline"]], ids=str)
def test_hours_are_numbers_with_a_fraction_in_every_view(
    command: list[str], learner: Learner
) -> None:
    """docs/json.md: hours are numbers with a fraction (``0.0`` when there are none), in
    every field that holds hours, whether or not there is any work to count."""
    learner.ok("start", "--on", START.isoformat(), today=START)
    data = learner.json(*command, today=START + timedelta(days=3))
    found = _hours_in(data)
    assert found
    assert [(where, value) for where, value in found if not isinstance(value, float)] == []


@pytest.mark.parametrize(
    "command",
    [["today"], ["report"], ["phase"], ["timeline"], ["skills"], ["reality"], ["replan"]],
    ids=str,
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
