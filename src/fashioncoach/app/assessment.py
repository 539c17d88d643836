"""The assessment: what the learner knows already, asked at the start or any time, and
what it does to the plan before it is saved (``fashioncoach start`` and ``assess``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from fashioncoach.errors import BadArgument, did_you_mean
from fashioncoach.model.progress import SKILL_LEVELS

if TYPE_CHECKING:
    from datetime import date, datetime

    from fashioncoach.app.outcome import Dialogue, Outcome
    from fashioncoach.app.session import Settings
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


_LEVEL_ANSWERS = {
    "n": "new",
    "new": "new",
    "s": "some",
    "some": "some",
    "c": "confident",
    "confident": "confident",
}


def questions(roadmap: Roadmap, dialogue: Dialogue) -> tuple[list[str], list[str]]:
    """Ask for each skill to learn and each skill of the learner's own, as the options
    ``--skill`` and ``--transferable`` would give them."""
    from fashioncoach.app.outcome import Outcome

    skills, transferable = [], []
    dialogue.show(
        Outcome(
            said=["For each skill to learn: new to it (n), some experience (s) or confident (c)?"]
        )
    )
    for skill in sorted(roadmap.skills, key=lambda item: item.priority):
        while True:
            answer = dialogue.ask(f"  {skill.name} [n/s/c, blank for new]").strip().lower()
            if (answer or "new") in _LEVEL_ANSWERS:
                break
            dialogue.show(Outcome(said=["  Please answer n, s or c."]))
        skills.append(f"{skill.id}={_LEVEL_ANSWERS[answer or 'new']}")
    if roadmap.transferable_skills:
        dialogue.show(
            Outcome(said=["The guide says you already have these. Does each hold for you?"])
        )
    for have in roadmap.transferable_skills:
        while True:
            answer = dialogue.ask(f"  {have.name} [Y/n]").strip().lower() or "y"
            if answer in ("y", "yes", "n", "no"):
                break
            dialogue.show(Outcome(said=["  Please answer y or n."]))
        transferable.append(f"{have.id}={'yes' if answer.startswith('y') else 'no'}")
    return skills, transferable


def assess(
    settings: Settings, dialogue: Dialogue, *, skills: list[str], transferable: list[str]
) -> Outcome:
    """``assess``: the answers (asked when none are given), what they do to the plan,
    then (asked, unless given as options) saved."""
    from fashioncoach.app.outcome import Outcome
    from fashioncoach.app.session import editing, load_roadmap
    from fashioncoach.render import phrases

    roadmap, path = load_roadmap(settings)
    given = bool(skills or transferable)
    if not given:
        if not dialogue.interactive:
            raise BadArgument(
                "give your answers with --skill SKILL=LEVEL and --transferable SKILL=yes|no, "
                "or run assess at a terminal to be asked"
            )
        skills, transferable = questions(roadmap, dialogue)
    levels = parse_answers(roadmap, skills, transferable)
    with editing(roadmap, path) as (store, progress):
        updated, effect = with_answers(
            roadmap, progress, levels, at=settings.now, day=settings.today
        )
        told = phrases.assessment_effect(effect)
        if updated is progress:
            return Outcome(said=[told, "Nothing changed: your answers are those you gave before."])
        if not given:
            dialogue.show(Outcome(said=[told]))
            dialogue.confirm("Save these answers?")
        store.save(updated)
    said = [told] if given else []
    said.append(
        phrases.finish_moves(effect.finish_before, effect.finish_after)
        + "\nSee this week with: fashioncoach today"
    )
    return Outcome(said=said)
