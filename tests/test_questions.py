"""The questions ``start``, ``assess`` and ``review`` ask at a terminal, answered at a
real terminal (a pseudo-terminal), and what the answers leave in the progress file.

What it proves: the answers typed become the plan (hours, first day, levels) as the
options would; input that ends (Ctrl-D) stops with "No answer; nothing changed." and
no file written; review asks whether to replace a review of the same week before its
questions.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

import pytest

from fashioncoach.model.roadmap import Roadmap
from tests.helpers import CUSTOM, Learner, at_a_terminal


@pytest.fixture
def terminal(isolated_home: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key not in ("COLUMNS", "LINES")}
    env.update({"TERM": "dumb", "NO_COLOR": "1", "FASHIONCOACH_NO_REPLAY": "1"})
    return env


def saved(learner: Learner) -> list[dict[str, object]]:
    events: list[dict[str, object]] = tomllib.loads(learner.file.read_text("utf-8"))["events"]
    return events


def test_start_asks_the_hours_the_first_day_and_what_you_know(
    custom_learner: Learner, terminal: dict[str, str]
) -> None:
    learner = custom_learner
    roadmap: Roadmap = learner.roadmap
    skills = sorted(roadmap.skills, key=lambda item: item.priority)
    answers = "8\n2026-12-07\n" + "c\n" + "\n" * (len(skills) - 1)
    answers += "\n" * len(roadmap.transferable_skills)
    code, screen = at_a_terminal(["--roadmap", str(CUSTOM), "start"], terminal, answers=answers)
    assert code == 0, screen
    assert "Your plan starts on Mon 7 Dec 2026 with 8 h a week" in screen
    events = saved(learner)
    assert events[0]["kind"] == "start" and events[0]["hours"] == 8.0
    assessed = [event for event in events if event["kind"] == "assess"]
    assert assessed and assessed[0]["skill"] == skills[0].id
    assert assessed[0]["level"] == "confident"


def test_input_that_ends_changes_nothing(custom_learner: Learner, terminal: dict[str, str]) -> None:
    learner = custom_learner
    code, screen = at_a_terminal(["--roadmap", str(CUSTOM), "start"], terminal, answers="\x04")
    assert code == 1
    assert "No answer; nothing changed." in screen
    assert not learner.file.exists()


@pytest.mark.slow
def test_review_asks_about_replacing_before_its_questions(
    learner: Learner, terminal: dict[str, str]
) -> None:
    learner.ok("start", "--on", "2026-12-01", "--yes", today="2026-12-01")
    learner.ok("review", "--went-well", "sketches", today="2026-12-03")
    before = learner.file.read_bytes()
    code, screen = at_a_terminal(["--today", "2026-12-04", "review"], terminal, answers="n\n")
    assert code == 1, screen
    assert "Replace that review?" in screen
    assert "What went well" not in screen
    assert learner.file.read_bytes() == before
