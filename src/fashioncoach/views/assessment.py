"""What an assessment does to the plan, as ``start`` and ``assess`` show it before they
save the answers: the plan's length and finish before and after, the actions it marks
known or shortens, and the skills of the learner's own they said do not hold."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from fashioncoach.model.record import record

if TYPE_CHECKING:
    from fashioncoach.views.situation import Situation


@record
class Effect:
    """What the answers do to the plan."""

    weeks_before: int
    weeks_after: int
    finish_before: date
    finish_after: date
    known: int  # actions marked known by the answers
    known_hours: float
    shortened: int  # teaching actions the answers shorten
    saved_hours: float  # the hours that shortening saves
    lacking: list[str]  # skills of the learner's own that they said do not hold


def effect_of(before: Situation, after: Situation) -> Effect:
    """The difference the answers make, from the situations before and after them."""
    known_now = {item for item, status in after.history.statuses.items() if status == "known"}
    known_then = {item for item, status in before.history.statuses.items() if status == "known"}
    newly = known_now - known_then
    shortened = [
        action.id
        for action in after.actions
        if after.plan.hours[action.id] < before.plan.hours[action.id] and action.id not in newly
    ]
    names = {skill.id: skill.name for skill in after.roadmap.transferable_skills}
    return Effect(
        weeks_before=before.plan.planned_weeks,
        weeks_after=after.plan.planned_weeks,
        finish_before=before.plan.planned_finish,
        finish_after=after.plan.planned_finish,
        known=len(newly),
        known_hours=sum(before.plan.hours[item] for item in newly),
        shortened=len(shortened),
        saved_hours=sum(before.plan.hours[item] - after.plan.hours[item] for item in shortened),
        lacking=[
            names[skill]
            for skill, level in after.history.levels.items()
            if level == "missing" and skill in names
        ],
    )
