"""What an assessment does to the work: a skill the learner is confident in needs none
of the actions that only teach it, and some experience makes that teaching shorter.

Teaching actions are those whose ``work`` is ``"study"`` (a course's sessions, a
tutorial, a book) and that practise the skill. Practice and project work, which prove
the skill, always stay. Pure.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fashioncoach.model.roadmap import Action, Roadmap

# "some experience": teaching takes this share of its estimate (docs/planning.md).
SOME_EXPERIENCE_FACTOR = 0.6


def teaching(roadmap: Roadmap, skill: str) -> list[Action]:
    """The actions that only teach ``skill``, in the roadmap's order."""
    return [
        action
        for _, _, action in roadmap.actions()
        if action.work == "study" and skill in action.skills
    ]


def known_by(
    roadmap: Roadmap, skill: str, level: str, statuses: dict[str, str]
) -> list[tuple[str, str]]:
    """The status changes an assessment of ``skill`` at ``level`` makes: its open
    teaching actions become known when confident; known ones open again otherwise."""
    changes = []
    for action in teaching(roadmap, skill):
        status = statuses.get(action.id, "open")
        if level == "confident" and status == "open":
            changes.append((action.id, "known"))
        elif level != "confident" and status == "known":
            changes.append((action.id, "open"))
    return changes


def scaled_hours(roadmap: Roadmap, levels: dict[str, str]) -> dict[str, float]:
    """Each action's estimate as the plan counts it: teaching of a skill the learner has
    some experience in takes SOME_EXPERIENCE_FACTOR of it, rounded to the quarter hour."""
    hours = {}
    for _, _, action in roadmap.actions():
        estimate = action.hours
        if action.work == "study" and any(levels.get(s) == "some" for s in action.skills):
            estimate = max(0.25, round(action.hours * SOME_EXPERIENCE_FACTOR * 4) / 4)
        hours[action.id] = estimate
    return hours
