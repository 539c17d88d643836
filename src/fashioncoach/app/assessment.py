"""The assessment: what the learner knows already, asked at the start or any time, and
what it does to the plan before it is saved (``fashioncoach start`` and ``assess``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from fashioncoach.errors import BadArgument, did_you_mean
from fashioncoach.model.progress import SKILL_LEVELS

if TYPE_CHECKING:
    from datetime import date, datetime

    from fashioncoach.model.progress import Progress
    from fashioncoach.model.roadmap import Roadmap
    from fashioncoach.views.assessment import Effect

# What a transferable skill's answer is stored as.
HOLDS = {"yes": "holds", "no": "missing"}


def parse_answers(roadmap: Roadmap, skills: list[str], transferable: list[str]) -> dict[str, str]:
    """``--skill ID=LEVEL`` and ``--transferable ID=yes|no`` as assessment levels."""
    levels: dict[str, str] = {}
    known = [skill.id for skill in roadmap.skills]
    for value in skills:
        skill, _, level = (part.strip() for part in value.partition("="))
        if skill not in known:
            raise BadArgument(
                f"--skill '{value}': unknown skill '{skill}'{did_you_mean(skill, known)}; "
                "the skills: " + ", ".join(known)
            )
        if level not in SKILL_LEVELS:
            raise BadArgument(
                f"--skill '{value}': the level should be one of " + ", ".join(SKILL_LEVELS)
            )
        levels[skill] = level
    have = [skill.id for skill in roadmap.transferable_skills]
    for value in transferable:
        skill, _, answer = (part.strip() for part in value.partition("="))
        if skill not in have:
            raise BadArgument(
                f"--transferable '{value}': unknown skill '{skill}'{did_you_mean(skill, have)}; "
                "your skills: " + ", ".join(have)
            )
        if answer not in HOLDS:
            raise BadArgument(f"--transferable '{value}': answer yes or no")
        levels[skill] = HOLDS[answer]
    return levels


def with_answers(
    roadmap: Roadmap, progress: Progress, levels: dict[str, str], *, at: datetime, day: date
) -> tuple[Progress, Effect]:
    """The progress with the answers that change something as events, and their effect."""
    from fashioncoach.core.changes import assess
    from fashioncoach.views.assessment import effect_of
    from fashioncoach.views.situation import Situation

    before = Situation(roadmap=roadmap, progress=progress, today=day)
    # An answer is kept when it is new here or differs from the last one: on another
    # machine the last answer may differ, and the latest must win everywhere.
    changed = {
        skill: level for skill, level in levels.items() if before.history.levels.get(skill) != level
    }
    updated = assess(progress, levels=changed, at=at, day=day) if changed else progress
    return updated, effect_of(before, Situation(roadmap=roadmap, progress=updated, today=day))
