"""Every line of the bundled guide that says something reaches the learner: each one is
printed, word for word, by `about`, `skills`, `reality`, `timeline` or `phase show N`.

A line says something when it is a bullet ("- ..."), a phase's goal line ("4 weeks- ..."),
or, unless it is in Title Case, ends a sentence or holds a figure, a quotation or more
than ten words. The other lines are headings: the guide's structure, which the commands
show in their own words.
"""

from __future__ import annotations

import os
import re

import pytest

from tests.helpers import GUIDE, Learner

WEEKS_GOAL = re.compile(r"^\d+\s+weeks?\s*-\s*(?P<goal>.+)$")


def is_heading(line: str) -> bool:
    """Title Case: every word longer than four letters begins with a capital."""
    return all(word[0].isupper() for word in line.split() if len(word) > 4 and word[0].isalpha())


def guide_sentences() -> list[str]:
    if not GUIDE.is_file():
        # In CI (CI=true) the guide is laid beside the clone: its absence fails the run.
        (pytest.fail if os.environ.get("CI") else pytest.skip)(f"the guide is not at {GUIDE}")
    sentences = []
    for line in GUIDE.read_text(encoding="utf-8").splitlines():
        line = " ".join(line.split())
        goal = WEEKS_GOAL.match(line)
        if goal:
            sentences.append(goal["goal"])
        elif line.startswith("- "):
            sentences.append(line[2:])
        elif not is_heading(line) and (
            line.endswith((".", "!", "?"))
            or len(line.split()) > 10
            or re.search(r"[$%]|'.+'", line)
        ):
            sentences += [part for part in re.split(r"(?<=[.!?])\s+", line) if part]
    return sentences


def test_every_sentence_of_the_guide_is_shown(learner: Learner) -> None:
    """The guide's sentences, each found in the flattened output of the guide's views."""
    sentences = guide_sentences()
    views = [("about",), ("skills",), ("reality",), ("timeline",)]
    phases = learner.json("timeline", today="2027-01-04")["phases"]
    views += [("phase", "show", str(number)) for number in range(1, len(phases) + 1)]
    shown = " ".join(" ".join(learner.text(*view, today="2027-01-04").split()) for view in views)

    missing = [sentence for sentence in sentences if sentence not in shown]

    assert len(sentences) > 60  # the guide was read, not an empty file
    assert missing == []
