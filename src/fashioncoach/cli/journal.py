"""What you keep as you go: weekly reviews, notes, evidence and the portfolio. Thin: the
rules are in ``core/``, the words in ``render/``."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from fashioncoach.app.output import echo, show, show_json
from fashioncoach.app.session import editing, load_roadmap, require_progress
from fashioncoach.cli.common import (
    IdArgument,
    JsonOption,
    YesOption,
    ask,
    confirm,
    friendly_errors,
    settings_of,
)
from fashioncoach.errors import BadArgument

app = typer.Typer()


def _confidence_flags(values: list[str], known: list[str]) -> dict[str, int]:
    levels: dict[str, int] = {}
    for value in values:
        skill, equals, level = value.partition("=")
        skill = skill.strip()
        if not equals or skill not in known:
            raise BadArgument(
                f"--confidence '{value}': give SKILL=LEVEL with a skill id of: " + ", ".join(known)
            )
        if level.strip() not in {"1", "2", "3", "4", "5"}:
            raise BadArgument(f"--confidence '{value}': the level should be 1 to 5")
        levels[skill] = int(level)
    return levels


@app.command()
@friendly_errors
def review(
    ctx: typer.Context,
    went_well: Annotated[
        str | None, typer.Option("--went-well", help="What went well this week.")
    ] = None,
    blocked: Annotated[str | None, typer.Option("--blocked", help="What blocked you.")] = None,
    confidence: Annotated[
        list[str] | None,
        typer.Option(
            "--confidence",
            help="SKILL=LEVEL: your confidence from 1 to 5 in a skill; repeat for each.",
            metavar="SKILL=LEVEL",
        ),
    ] = None,
    yes: YesOption = False,
) -> None:
    """The weekly review: three short questions.

    What went well, what blocked you, and your confidence in each skill.

    Asks the three questions; with any of the options it asks nothing (for scripts).
    A second review in the same plan week replaces the first.

    \b
    Example: fashioncoach review --went-well "first sketches" --blocked "time"
    """
    from fashioncoach.core.changes import add_review
    from fashioncoach.core.log import fold
    from fashioncoach.core.reviews import blocker_key, repeated_blockers, same_week
    from fashioncoach.render.text import day
    from fashioncoach.views.situation import Situation
    from fashioncoach.views.today import review_skills

    settings = settings_of(ctx)
    roadmap, path = load_roadmap(settings)
    names = {skill.id: skill.name for skill in roadmap.skills}
    levels = _confidence_flags(confidence or [], list(names))
    progress = require_progress(roadmap, path, settings)
    now = Situation(roadmap=roadmap, progress=progress, today=settings.today)
    if settings.today < now.plan.start:
        raise BadArgument(f"your plan starts on {day(now.plan.start)}; review after that")
    week = now.plan.this_week
    earlier = same_week(now.history, now.plan, settings.today)
    scripted = went_well is not None or blocked is not None or bool(confidence)
    if earlier is not None:
        # One review a week: the learner says whether this one replaces the earlier one
        # before typing the answers.
        if scripted:
            echo(f"Replacing your review of {day(earlier.day)} (the same plan week).")
        else:
            confirm(
                f"You reviewed week {week} on {day(earlier.day)} already. Replace that review?",
                yes=yes,
            )
    if not scripted:
        skills = review_skills(roadmap=roadmap, progress=progress, today=settings.today)
        went_well = ask("What went well this week?")
        blocked = ask("What blocked you?")
        for skill in skills:
            while True:
                answer = ask(f"Confidence in {names[skill]}, 1-5 (blank to skip)").strip()
                if answer in {"", "1", "2", "3", "4", "5"}:
                    break
                echo("Please answer 1 to 5, or leave it blank.")
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
    echo(f"Review of week {week} {'replaced' if earlier is not None else 'saved'}.")
    if levels:
        echo("Confidence: " + ", ".join(f"{names[key]} {value}" for key, value in levels.items()))
    history = fold(updated, roadmap, day=settings.today)
    for blocker in repeated_blockers(history):
        if blocked and blocker_key(blocker) == blocker_key(blocked):
            echo(
                f"'{blocker}' has blocked you before. A new plan may help;\n"
                "see one with: fashioncoach replan --dry-run"
            )


@app.command()
@friendly_errors
def note(
    ctx: typer.Context,
    action_id: IdArgument,
    text: Annotated[str, typer.Argument(help="The note.", show_default=False, metavar="TEXT")],
) -> None:
    """Attach a note to an action.

    \b
    Example: fashioncoach note 3 "the trial needs a work email"
    """
    from fashioncoach.app.commands import resolve
    from fashioncoach.core.changes import add_note

    settings = settings_of(ctx)
    roadmap, path = load_roadmap(settings)
    with editing(roadmap, path) as (store, progress):
        (action_id,) = resolve(roadmap, progress, settings.today, [action_id])
        updated = add_note(
            roadmap=roadmap,
            progress=progress,
            action_id=action_id,
            text=text,
            at=settings.now,
            day=settings.today,
        )
        store.save(updated)
    echo(f"Noted on {action_id}.")


def _reference(value: str) -> str:
    """A link as it is; a file's path made absolute (it must exist), so that later
    commands run from another folder still find it."""

    from fashioncoach.core.changes import check_reference, is_link

    checked = check_reference(value)
    if is_link(checked):
        return checked
    path = Path(checked).expanduser()
    if not path.exists():
        raise BadArgument(f"no file or folder '{checked}'; give an existing path or a URL")
    return os.path.abspath(path)


@app.command()
@friendly_errors
def evidence(
    ctx: typer.Context,
    action_id: IdArgument,
    reference: Annotated[
        str,
        typer.Argument(
            help="A file, a folder or a URL.", metavar="PATH_OR_URL", show_default=False
        ),
    ],
) -> None:
    """Attach a portfolio artefact (a file or a link) to an action.

    \b
    Example: fashioncoach evidence 2 ~/work/sketches.png
    """
    from fashioncoach.app.commands import resolve
    from fashioncoach.core.changes import add_evidence
    from fashioncoach.core.log import fold

    settings = settings_of(ctx)
    roadmap, path = load_roadmap(settings)
    ref = _reference(reference)
    with editing(roadmap, path) as (store, progress):
        (action_id,) = resolve(roadmap, progress, settings.today, [action_id])
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
    echo(f"Evidence for {action_id}: {ref}\nSee it all with: fashioncoach portfolio")


@app.command()
@friendly_errors
def portfolio(ctx: typer.Context, json_output: JsonOption = False) -> None:
    """Your evidence, skill by skill: what you can show an employer.

    \b
    Example: fashioncoach portfolio
    """
    from fashioncoach.render.terminal.planning import render_portfolio
    from fashioncoach.views.portfolio import build_portfolio

    settings = settings_of(ctx)
    roadmap, path = load_roadmap(settings)
    progress = require_progress(roadmap, path, settings)
    view = build_portfolio(roadmap=roadmap, progress=progress, today=settings.today)
    if json_output:
        show_json(view)
    else:
        show(render_portfolio(view), page=True)
