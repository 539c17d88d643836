"""What the learner keeps as they go: weekly reviews, notes, evidence, the portfolio.

Use cases (see ``app/outcome.py``): each reads the roadmap and the log, asks what it
must through the dialogue it is given, records events under the lock and returns what
to show.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from fashioncoach.app.outcome import Outcome
from fashioncoach.app.session import editing, load_roadmap, require_progress
from fashioncoach.errors import BadArgument

if TYPE_CHECKING:
    from fashioncoach.app.outcome import Dialogue
    from fashioncoach.app.session import Settings

LEVELS = {"1", "2", "3", "4", "5"}


def confidence_levels(values: list[str], known: list[str]) -> dict[str, int]:
    """``--confidence SKILL=LEVEL`` options, checked against the roadmap's skills."""
    levels: dict[str, int] = {}
    for value in values:
        skill, equals, level = value.partition("=")
        skill = skill.strip()
        if not equals or skill not in known:
            raise BadArgument(
                f"--confidence '{value}': give SKILL=LEVEL with a skill id of: " + ", ".join(known)
            )
        if level.strip() not in LEVELS:
            raise BadArgument(f"--confidence '{value}': the level should be 1 to 5")
        levels[skill] = int(level)
    return levels


def review(
    settings: Settings,
    dialogue: Dialogue,
    *,
    went_well: str | None,
    blocked: str | None,
    confidence: list[str],
) -> Outcome:
    """``review``: three questions, asked unless answered by options; a second review in
    the same plan week replaces the first (asked before the questions)."""
    from fashioncoach.core.changes import add_review
    from fashioncoach.core.log import fold
    from fashioncoach.core.reviews import blocker_key, repeated_blockers, same_week
    from fashioncoach.render.text import day
    from fashioncoach.views.situation import Situation
    from fashioncoach.views.today import review_skills

    roadmap, path = load_roadmap(settings)
    names = {skill.id: skill.name for skill in roadmap.skills}
    levels = confidence_levels(confidence, list(names))
    progress = require_progress(roadmap, path, settings)
    now = Situation(roadmap=roadmap, progress=progress, today=settings.today)
    if settings.today < now.plan.start:
        raise BadArgument(f"your plan starts on {day(now.plan.start)}; review after that")
    week = now.plan.this_week
    earlier = same_week(now.history, now.plan, settings.today)
    scripted = went_well is not None or blocked is not None or bool(confidence)
    said: list[str] = []
    if earlier is not None:
        # One review a week: whether this one replaces the earlier one is asked before
        # the learner types the answers.
        if scripted:
            said.append(f"Replacing your review of {day(earlier.day)} (the same plan week).")
        else:
            dialogue.confirm(
                f"You reviewed week {week} on {day(earlier.day)} already. Replace that review?"
            )
    if not scripted:
        skills = review_skills(roadmap=roadmap, progress=progress, today=settings.today)
        went_well = dialogue.ask("What went well this week?")
        blocked = dialogue.ask("What blocked you?")
        for skill in skills:
            while True:
                answer = dialogue.ask(f"Confidence in {names[skill]}, 1-5 (blank to skip)").strip()
                if answer in {"", *LEVELS}:
                    break
                dialogue.show(Outcome(said=["Please answer 1 to 5, or leave it blank."]))
            if answer:
                levels[skill] = int(answer)
    with editing(roadmap, path) as (store, progress):
        updated = add_review(
            progress,
            went_well=went_well or "",
            blocked=blocked or "",
            confidence=levels,
            replaces=earlier.id if earlier is not None else "",
            at=settings.now,
            day=settings.today,
        )
        store.save(updated)
    said.append(f"Review of week {week} {'replaced' if earlier is not None else 'saved'}.")
    if levels:
        said.append(
            "Confidence: " + ", ".join(f"{names[key]} {value}" for key, value in levels.items())
        )
    history = fold(updated, roadmap, day=settings.today)
    for blocker in repeated_blockers(history):
        if blocked and blocker_key(blocker) == blocker_key(blocked):
            said.append(
                f"'{blocker}' has blocked you before. A new plan may help;\n"
                "see one with: fashioncoach replan --dry-run"
            )
    return Outcome(said=said)


def note(settings: Settings, *, action: str, text: str) -> Outcome:
    """``note``: a note on an action (its number in today's list, id or id's start)."""
    from fashioncoach.app.commands import resolve
    from fashioncoach.core.changes import add_note

    roadmap, path = load_roadmap(settings)
    with editing(roadmap, path) as (store, progress):
        (action_id,) = resolve(roadmap, progress, settings.today, [action])
        updated = add_note(
            roadmap=roadmap,
            progress=progress,
            action_id=action_id,
            text=text,
            at=settings.now,
            day=settings.today,
        )
        store.save(updated)
    return Outcome(said=[f"Noted on {action_id}."])


def _reference(value: str) -> str:
    """A link as it is; a file's path made absolute (it must exist), so that later
    commands run from another folder still find it."""
    from pathlib import Path

    from fashioncoach.core.changes import check_reference, is_link

    checked = check_reference(value)
    if is_link(checked):
        return checked
    path = Path(checked).expanduser()
    if not path.exists():
        raise BadArgument(f"no file or folder '{checked}'; give an existing path or a URL")
    return os.path.abspath(path)


def evidence(settings: Settings, *, action: str, reference: str) -> Outcome:
    """``evidence``: a file, a folder or a link that shows an action's work."""
    from fashioncoach.app.commands import resolve
    from fashioncoach.core.changes import add_evidence
    from fashioncoach.core.log import fold

    roadmap, path = load_roadmap(settings)
    ref = _reference(reference)
    with editing(roadmap, path) as (store, progress):
        (action_id,) = resolve(roadmap, progress, settings.today, [action])
        updated = add_evidence(
            roadmap=roadmap,
            progress=progress,
            history=fold(progress, roadmap, day=settings.today),
            action_id=action_id,
            ref=ref,
            at=settings.now,
            day=settings.today,
        )
        store.save(updated)
    return Outcome(
        said=[f"Evidence for {action_id}: {ref}\nSee it all with: fashioncoach portfolio"]
    )


def portfolio(settings: Settings, *, json_output: bool) -> Outcome:
    """``portfolio``: the evidence, skill by skill."""
    from fashioncoach.views.portfolio import build_portfolio

    roadmap, path = load_roadmap(settings)
    progress = require_progress(roadmap, path, settings)
    view = build_portfolio(roadmap=roadmap, progress=progress, today=settings.today)
    return Outcome(view=view, json=json_output, page=True)
