"""The published JSON Schemas (docs/json-schema/) are what docs/make_json_schema.py
writes from the view records, and the real ``--json`` of every read command obeys its
schema: before the start, mid-plan with done, skipped, notes, evidence, a review and a
plan at the learner's own pace, in a pause, and complete; on the bundled roadmap and
on the example one. A few random histories check status, today and report too."""

from __future__ import annotations

import json
import runpy
import tempfile
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator, FormatChecker

from tests.helpers import CUSTOM, REPO, Learner, Life

SCHEMAS = REPO / "docs" / "json-schema"
START = date(2026, 12, 7)  # a Monday
ROADMAPS = {"bundled": None, "custom": CUSTOM}
STATES = ("before-start", "mid-plan", "paused", "complete")


def generator() -> dict[str, Any]:
    return runpy.run_path(str(REPO / "docs" / "make_json_schema.py"))


def validator(name: str) -> Draft202012Validator:
    schema = json.loads((SCHEMAS / f"{name}.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=FormatChecker())


def obeys(name: str, data: Any) -> None:
    """``data`` is valid under docs/json-schema/NAME.json; else every error, with its place."""
    errors = [
        f"{'/'.join(map(str, error.absolute_path)) or '(top)'}: {error.message}"
        for error in validator(name).iter_errors(data)
    ]
    assert errors == [], f"{name}: " + "\n".join(errors[:10])


def test_the_checked_in_schemas_are_what_the_script_writes() -> None:
    script = generator()
    names = set(script["SCHEMAS"])
    assert {path.stem for path in SCHEMAS.glob("*.json")} == names
    for name in sorted(names):
        saved = (SCHEMAS / f"{name}.json").read_text(encoding="utf-8")
        assert saved == script["text"](name), (
            f"docs/json-schema/{name}.json is stale: regenerate it with: "
            "python docs/make_json_schema.py"
        )


def test_every_schema_is_closed_and_described() -> None:
    """Draft 2020-12, a title and a description; every record's fields all required and
    no others allowed."""
    for path in sorted(SCHEMAS.glob("*.json")):
        schema = json.loads(path.read_text(encoding="utf-8"))
        Draft202012Validator.check_schema(schema)
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        assert schema["title"].startswith("fashioncoach ") and schema["description"]
        for record in [schema, *schema.get("$defs", {}).values()]:
            assert record["additionalProperties"] is False, path.name
            assert record["required"] == list(record["properties"]), path.name


def test_the_docs_link_the_schemas() -> None:
    docs = (REPO / "docs" / "json.md").read_text(encoding="utf-8")
    assert "](json-schema/)" in docs
    for path in SCHEMAS.glob("*.json"):
        assert f"`{path.name}`" in docs, path.name


def every_view(me: Learner, today: date) -> dict[str, Any]:
    """The ``--json`` of every read command on ``today``, by schema name."""
    phases, actions = me.roadmap.phases, [a for _, _, a in me.roadmap.actions()]
    commands = {
        "today": ["today"],
        "status": ["status"],
        "report": ["report"],
        "phase": ["phase"],
        "phase-show": ["phase", "show", phases[-1].id],
        "timeline": ["timeline"],
        "skills": ["skills"],
        "reality": ["reality"],
        "replan": ["replan"],
        "portfolio": ["portfolio"],
        "about": ["about"],
        "hint": ["hint", actions[0].id],
    }
    return {name: me.json(*args, today=today) for name, args in commands.items()}


def live_until(me: Learner, state: str) -> date:
    """Bring the learner to ``state``; the day to look on."""
    me.ok("start", "--on", START.isoformat(), "--hours", "6", "--yes", today=START)
    if state == "before-start":
        return START - timedelta(days=3)  # looked at before the start (past the start's day)
    ids = [action.id for _, _, action in me.roadmap.actions()]
    day = START + timedelta(days=9)
    # Five done with their hours: the learner's own pace is known; a plan made at it.
    for number, action_id in enumerate(ids[:5]):
        me.ok("done", action_id, "--hours", f"{1.5 + number:g}", today=day)
    me.ok("skip", ids[5], today=day)
    me.ok("note", ids[6], "Asked a friend about it", today=day)
    me.ok("evidence", ids[0], "https://example.com/case-study", today=day)
    skill = sorted(me.roadmap.skills, key=lambda item: item.priority)[0].id
    me.ok(
        "review", "--went-well", "sketches", "--blocked", "time",
        "--confidence", f"{skill}=3", "--yes", today=day,
    )  # fmt: skip
    me.ok("replan", "--my-pace", "--yes", today=day)
    if state == "mid-plan":
        return day
    if state == "paused":
        until = day + timedelta(days=12)
        me.ok("pause", "--until", until.isoformat(), "--reason", "holiday", today=day)
        return day + timedelta(days=4)
    later = day + timedelta(days=20)
    me.ok("done", *ids[6:], today=later)
    return later


@pytest.mark.slow
@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("roadmap", list(ROADMAPS))
def test_every_json_obeys_its_schema(roadmap: str, state: str, isolated_home: Path) -> None:
    me = Learner(isolated_home, ROADMAPS[roadmap])
    day = live_until(me, state)
    views = every_view(me, day)
    expected = {"before-start": "not-started", "mid-plan": None, "complete": "complete"}
    if expected.get(state):
        assert views["status"]["status"] == expected[state]
    if state == "paused":
        assert views["today"]["paused_until"] is not None
    if state == "mid-plan":
        assert views["report"]["own_pace"] is not None and views["report"]["plan_pace"]
        assert views["report"]["notes"] and views["report"]["evidence"]
    for name, data in views.items():
        obeys(name, data)


@pytest.mark.slow
@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    steps=st.lists(
        st.tuples(
            st.sampled_from(["done", "skip", "undo", "pause", "wait"]),
            st.integers(min_value=0, max_value=40),  # which action, or how many days
        ),
        min_size=1,
        max_size=8,
    )
)
def test_random_histories_obey_the_schemas(steps: list[tuple[str, int]]) -> None:
    """Done, skip, undo and pauses on random days: status, today and report still obey."""
    with tempfile.TemporaryDirectory() as folder:
        me = Life(Path(folder), CUSTOM)
        day = START
        me.ok("start", "--on", day.isoformat(), "--hours", "6", "--yes", today=day)
        ids = [action.id for _, _, action in me.roadmap.actions()]
        for kind, number in steps:
            if kind == "wait":
                day += timedelta(days=number % 15)
            elif kind == "pause":
                until = day + timedelta(days=1 + number % 10)
                me.run("pause", "--until", until.isoformat(), today=day)
            else:
                me.run(kind, ids[number % len(ids)], today=day)
        for name in ("status", "today", "report"):
            obeys(name, me.json(name, today=day))
