"""Tailored to you (issue 24): the assessment and your own pace, through the command line.

Properties (hypothesis): declaring a skill confident, or some experience, never makes
the planned finish later, and closes only teaching actions of that skill, which undo
reopens; answering new again restores the plan; the pace ratio uses recorded hours
only; two machines that assess differently and exchange exports end the same. The doc's
examples (docs/planning.md, "Tailored to you" and "Your own pace") are tests here too.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.helpers import FIXTURES, Learner, Life, flat

WED = date(2026, 11, 25)
ROADMAPS = {"bundled": None, "custom": FIXTURES / "teacher-to-ux.toml"}


def started(folder: Path, roadmap: str = "bundled") -> Life:
    me = Life(folder, ROADMAPS[roadmap])
    me.ok("start", "--on", WED.isoformat(), today=WED)
    return me


def statuses(me: Life, today: date = WED) -> dict[str, str]:
    return {item["id"]: item["status"] for item in me.json("timeline", today=today)["schedule"]}


def planned_finish(me: Life, today: date = WED) -> str:
    finish: str = me.json("today", today=today)["clock"]["planned_finish"]
    return finish


answers = st.dictionaries(
    st.integers(min_value=0, max_value=10),
    st.sampled_from(["new", "some", "confident"]),
    min_size=1,
)


@pytest.mark.slow
@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(roadmap=st.sampled_from(sorted(ROADMAPS)), picks=answers, days=st.integers(0, 30))
def test_an_assessment_never_delays_the_plan_and_closes_only_teaching(
    tmp_path_factory: Any, roadmap: str, picks: dict[int, str], days: int
) -> None:
    """Confident or some experience never moves the planned finish later; every action
    it closes is a study action of a skill said confident, and undo reopens it; new
    again restores the plan as it was."""
    me = started(tmp_path_factory.mktemp("assess"), roadmap)
    today = WED + timedelta(days=days)
    skills = [skill.id for skill in me.roadmap.skills]
    levels = {skills[index % len(skills)]: level for index, level in picks.items()}
    before, open_before = planned_finish(me, today), statuses(me, today)
    args = [f"--skill={skill}={level}" for skill, level in levels.items()]
    me.ok("assess", *args, today=today)
    assert planned_finish(me, today) <= before
    confident = {skill for skill, level in levels.items() if level == "confident"}
    actions = {action.id: action for _, _, action in me.roadmap.actions()}
    known = [item for item, status in statuses(me, today).items() if status == "known"]
    for item in known:
        assert actions[item].work == "study" and set(actions[item].skills) & confident, item
    if known:
        me.ok("undo", known[0], today=today)
        assert statuses(me, today)[known[0]] == "open"
        me.ok("done", known[0], today=today)
    me.ok("assess", *[f"--skill={skill}=new" for skill in levels], today=today)
    if known:
        me.ok("undo", known[0], today=today)
    assert planned_finish(me, today) == before
    assert statuses(me, today) == open_before


def test_the_docs_example_of_an_assessment(learner: Learner) -> None:
    """docs/planning.md: confident in Fashion Design Fundamentals, some experience of AI
    Design Tools and no SQL."""
    said = flat(
        learner.text(
            "start",
            "--on",
            WED.isoformat(),
            "--skill",
            "fashion-design-fundamentals=confident",
            "--skill",
            "ai-design-tools=some",
            "--transferable",
            "sql-data-processing=no",
            today=WED,
        )
    )
    assert (
        "Your plan: 23 weeks instead of 24, to Sun 2 May 2027; 3 actions marked known (8 h); "
        "6 actions shortened (6.5 h saved)." in said
    )
    assert "You said you lack: SQL and Data Processing" in said
    today = learner.json("today", today=WED)
    assert today["actions"][0]["id"] == "follow-fashion-brands-on-linkedin"
    flagged = [
        action.id
        for _, _, action in learner.roadmap.actions()
        if "sql-data-processing" in action.uses
    ]
    hint = flat(learner.text("hint", flagged[0], today=WED))
    assert "You said you lack: SQL and Data Processing" in hint


def test_known_actions_show_as_known_and_can_be_reopened(learner: Learner) -> None:
    learner.ok(
        "start",
        "--on",
        WED.isoformat(),
        "--skill",
        "fashion-design-fundamentals=confident",
        today=WED,
    )
    phase = learner.text("phase", today=WED)
    assert "[k] enroll-skillshare-fashion-basics" in phase
    said = learner.text("undo", "enroll-skillshare-fashion-basics", today=WED)
    assert said.startswith("Reopened: enroll-skillshare-fashion-basics")


def test_a_script_without_answers_is_told_how_to_give_them(learner: Learner) -> None:
    learner.ok("start", "--on", WED.isoformat(), today=WED)
    line = learner.fails("assess", today=WED, code=2)
    assert "--skill SKILL=LEVEL" in line and "at a terminal" in line
    line = learner.fails("assess", "--skill", "fashion-design=confident", today=WED, code=2)
    assert "unknown skill 'fashion-design'" in line and "did you mean" in line


def test_own_pace_uses_recorded_hours_only(learner: Learner) -> None:
    """No second finish until five actions have recorded hours; done without --hours
    never counts; then report gives the ratio and the second finish."""
    learner.ok("start", "--on", WED.isoformat(), today=WED)
    ids = learner.roadmap_week(1) + learner.roadmap_week(2)
    for action in ids[:6]:
        learner.ok("done", action, today=WED)
    assert learner.json("report", today=WED)["own_pace"] is None
    assert learner.json("today", today=WED)["clock"]["own_finish"] is None
    for action in ids[6:10]:
        learner.ok("done", action, "--hours", "4", today=WED)
    assert learner.json("report", today=WED)["own_pace"] is None
    learner.ok("done", ids[0], "--hours", "4", today=WED)
    report = learner.json("report", today=WED)
    estimates = {action.id: action.hours for _, _, action in learner.roadmap.actions()}
    timed = [ids[0], *ids[6:10]]
    assert report["own_pace"]["actions"] == 5
    assert report["own_pace"]["ratio"] == round(20 / sum(estimates[item] for item in timed), 2)
    assert report["clock"]["own_finish"] > report["clock"]["projected_finish"]
    assert "at your own pace you finish" in flat(learner.text("report", today=WED))


def test_a_plan_at_your_own_pace_says_so(learner: Learner) -> None:
    learner.ok("start", "--on", WED.isoformat(), today=WED)
    line = learner.fails("replan", "--my-pace", "--yes", today=WED, code=2)
    assert "--my-pace needs the hours of 5 done actions (you recorded 0)" in line
    for action in learner.roadmap_week(1):
        learner.ok("done", action, "--hours", "4", today=WED)
    said = learner.text("replan", "--my-pace", "--yes", today=WED)
    assert "Replanned at your own pace (" in said
    clock = learner.json("today", today=WED)["clock"]
    assert clock["planned_finish"] == clock["projected_finish"] == clock["own_finish"]


@pytest.mark.slow
@settings(
    max_examples=5, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    first=st.sampled_from(["new", "some", "confident"]),
    second=st.sampled_from(["new", "some", "confident"]),
    laptop_first=st.booleans(),
)
def test_two_machines_that_assess_differently_end_the_same(
    tmp_path_factory: Any, first: str, second: str, laptop_first: bool
) -> None:
    """The latest answer per skill wins on both machines, whichever imports first."""
    folder = tmp_path_factory.mktemp("two")
    laptop = started(folder / "laptop")
    laptop.ok("export", "json", "-o", str(folder / "start.json"), today=WED)
    desktop = Life(folder / "desktop", None)
    desktop.ok("import", str(folder / "start.json"), today=WED)
    skill = "trend-analysis"
    laptop.ok("assess", f"--skill={skill}={first}", today=WED + timedelta(days=1))
    desktop.ok("assess", f"--skill={skill}={second}", today=WED + timedelta(days=2))
    day = WED + timedelta(days=3)
    one, other = (laptop, desktop) if laptop_first else (desktop, laptop)
    for source, target, name in ((one, other, "a"), (other, one, "b")):
        source.ok("export", "json", "-o", str(folder / f"{name}.json"), today=day)
        target.ok("import", str(folder / f"{name}.json"), today=day)
    assert laptop.json("report", today=day) == desktop.json("report", today=day)
    desktop_only = started(folder / "alone")
    desktop_only.ok("assess", f"--skill={skill}={second}", today=WED + timedelta(days=2))
    assert planned_finish(desktop_only, day) == planned_finish(laptop, day)
