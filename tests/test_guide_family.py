"""Any guide of the family becomes a plan a coach would sign: generated guides (see
``guide_family.py``) are imported through the CLI, read back with the read commands,
and the roadmap file written on disk is checked.

For every guide: the import succeeds; every sentence is shown by ``about``, ``skills``
or ``reality``; every resource has the kind its words say and the provider the guide
names; each chain is kept once and in order (enroll, study, finish; prepare, book,
sit; read part 1 before part 2); no action comes before its prerequisites; no two
actions share a title; the salary figures and direction are the sentence's; and the
weeks that hold work are within a few weeks of the total hours over the budget.
"""

from __future__ import annotations

import itertools
import math
import re
import tomllib
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from tests.guide_family import Written, guides
from tests.helpers import Learner, flat

FAST = settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
SLOW = settings(
    max_examples=500,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
_STEP = re.compile(
    r"^(?P<verb>Enroll in|Study|Finish|Prepare for|Book|Sit|Read|Watch) (?P<rest>.*)$"
)


def import_and_read(learner: Learner, folder: Path, written: Written) -> tuple[str, str, str, Any]:
    """The import's output, the roadmap file's text, what the read commands show, and the
    forecast of a plan started on it (``timeline --json``)."""
    guide = folder / "guide.txt"
    guide.write_bytes(written.text.encode("utf-8"))
    target = folder / "roadmap.toml"
    result = learner.run("roadmap", "import", str(guide), "-o", str(target), "--force")
    assert result.exit_code == 0, result.output
    on_roadmap = Learner(learner.home, target)
    shown = " ".join(
        flat(on_roadmap.text(command, today="2027-01-04"))
        for command in ("about", "skills", "reality")
    )
    on_roadmap.ok("start", "--on", "2027-01-04", "--yes", today="2027-01-04")
    timeline = on_roadmap.json("timeline", today="2027-01-04")
    return result.stdout, target.read_text(encoding="utf-8"), shown, timeline


def actions_of(data: dict[str, Any]) -> list[tuple[int, dict[str, Any]]]:
    return [
        (week["week"], action)
        for phase in data["phases"]
        for week in phase["weeks"]
        for action in week["actions"]
    ]


def check(written: Written, output: str, toml: str, shown: str, timeline: Any) -> None:
    data = tomllib.loads(toml)
    # The forecast of a plan on it: every week up to the finish holds work, the plan's
    # length is about the hours over the budget, and no action starts before what it needs.
    schedule = {item["id"]: item for item in timeline["schedule"]}
    start = date.fromisoformat(timeline["started_on"])

    def week_of(day: str) -> int:
        return (date.fromisoformat(day) - start).days // 7 + 1

    weeks = {
        week
        for item in schedule.values()
        for week in range(item["week"], week_of(item["last_day"]) + 1)
    }
    assert weeks == set(range(1, timeline["clock"]["plan_weeks"] + 1)), sorted(weeks)
    total = sum(item["hours"] for item in schedule.values())
    assert abs(timeline["clock"]["plan_weeks"] - total / 8) <= 2
    for _, action in actions_of(data):
        for before in action.get("after", ()):
            assert schedule[action["id"]]["first_day"] >= schedule[before]["last_day"]
    # Every sentence is on screen again, word for word.
    missing = [sentence for sentence in written.sentences if flat(sentence) not in shown]
    assert missing == []
    # Kinds and providers as the guide's words say.
    resources = {entry["title"]: entry for entry in data["resources"]}
    for title, (kind, provider, offered_by) in written.resources.items():
        entry = resources[title]
        assert (entry["kind"], entry.get("provider", ""), entry.get("offered_by", "")) == (
            kind,
            provider,
            offered_by,
        ), title
    actions = actions_of(data)
    order = {action["id"]: number for number, (_, action) in enumerate(actions)}
    # No action before its prerequisites; no two titles alike.
    for number, (_, action) in enumerate(actions):
        assert all(order[before] < number for before in action.get("after", ())), action["id"]
    titles = [action["title"] for _, action in actions]
    assert len(titles) == len(set(titles))
    # Each resource's chain once, in order.
    by_resource: dict[str, list[str]] = {}
    for _, action in actions:
        step = _STEP.match(action["title"])
        if step and action.get("resources") and action["id"].endswith(action["resources"][0]):
            by_resource.setdefault(action["resources"][0], []).append(step["verb"])
    kinds = {entry["id"]: entry["kind"] for entry in data["resources"]}
    expected = {
        "course": ["Enroll in", "Study", "Finish"],
        "exam": ["Prepare for", "Book", "Sit"],
        "book": ["Read"],
        "video": ["Watch"],
    }
    once = {"course": ("Enroll in", "Finish"), "exam": ("Book", "Sit")}
    for resource, verbs in by_resource.items():
        kind = kinds[resource]
        if kind in expected:
            assert [verb for verb, _ in itertools.groupby(verbs)] == expected[kind], resource
            assert all(verbs.count(verb) == 1 for verb in once.get(kind, ())), resource
    # The salary sentence's figures and direction.
    if written.salary:
        assert data["salary"] == written.salary
    # Packed at the budget: the weeks that hold work are the hours over the budget, give
    # or take the one week each phase may end part-way through.
    budget = data["overview"]["hours_per_week"]
    assert data["overview"]["pacing"] == "work" and budget == 8
    hours = sum(action["hours"] for _, action in actions)
    held = len({week for week, _ in actions})
    assert abs(held - hours / budget) <= len(data["phases"]), (held, hours)
    for phase in data["phases"]:
        work = sum(action["hours"] for week in phase["weeks"] for action in week["actions"])
        assert phase["duration_weeks"] >= math.ceil(work / budget - 1e-9)
    # The work of weeks 1 to N is done by week N at the budget, and so are the start-now
    # milestones due by then.
    done = 0.0
    by_week = {week: 0.0 for week, _ in actions}
    for week, action in actions:
        by_week[week] += action["hours"]
    for week in sorted(by_week):
        done += by_week[week]
        assert done <= week * budget + 1e-9
    weeks_of = {action["id"]: week for week, action in actions}
    for milestone in data.get("milestones", ()):
        assert all(weeks_of[key] <= milestone["due_week"] for key in milestone["actions"])
    # The notes: a range read as its upper end, a missing section said once.
    for title in written.ranges:
        assert f"Phase '{title}': the guide says" in output
    for heading in written.missing:
        assert output.count(f'"{heading}"') == 1
    warnings = [line for line in output.splitlines() if line.startswith("Warning:")]
    assert len(warnings) == (1 if written.missing else 0)


@pytest.mark.slow
@FAST
@given(written=guides())
def test_generated_guides_become_plans(learner: Learner, tmp_path: Path, written: Written) -> None:
    check(written, *import_and_read(learner, tmp_path, written))


@pytest.mark.slow
@SLOW
@given(written=guides())
def test_many_generated_guides_become_plans(
    learner: Learner, tmp_path: Path, written: Written
) -> None:
    check(written, *import_and_read(learner, tmp_path, written))
