"""Tailored to you: ``assess`` (and the questions ``start`` asks on a terminal) — what
you know already, and what that does to your plan before it is saved."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated

import typer

from fashioncoach.app.output import echo
from fashioncoach.app.session import editing, load_roadmap
from fashioncoach.cli.common import YesOption, ask, confirm, friendly_errors, settings_of
from fashioncoach.errors import BadArgument

if TYPE_CHECKING:
    from fashioncoach.model.roadmap import Roadmap

app = typer.Typer()

SkillOption = Annotated[
    list[str] | None,
    typer.Option(
        "--skill",
        help="SKILL=LEVEL: how well you know a skill to learn: new, some or confident; "
        "repeat for each.",
        metavar="SKILL=LEVEL",
    ),
]
TransferableOption = Annotated[
    list[str] | None,
    typer.Option(
        "--transferable",
        help="SKILL=yes|no: whether a skill the guide says you have holds for you; "
        "repeat for each.",
        metavar="SKILL=yes|no",
    ),
]

_LEVELS = {
    "n": "new",
    "new": "new",
    "s": "some",
    "some": "some",
    "c": "confident",
    "confident": "confident",
}


def questions(roadmap: Roadmap) -> tuple[list[str], list[str]]:
    """Ask, at a terminal, for each skill to learn and each skill of your own."""
    skills, transferable = [], []
    echo("For each skill to learn: new to it (n), some experience (s) or confident (c)?")
    for skill in sorted(roadmap.skills, key=lambda item: item.priority):
        while True:
            answer = ask(f"  {skill.name} [n/s/c, blank for new]").strip().lower() or "new"
            if answer in _LEVELS:
                break
            echo("  Please answer n, s or c.")
        skills.append(f"{skill.id}={_LEVELS[answer]}")
    if roadmap.transferable_skills:
        echo("The guide says you already have these. Does each hold for you?")
    for have in roadmap.transferable_skills:
        while True:
            answer = ask(f"  {have.name} [Y/n]").strip().lower() or "y"
            if answer in ("y", "yes", "n", "no"):
                break
            echo("  Please answer y or n.")
        transferable.append(f"{have.id}={'yes' if answer.startswith('y') else 'no'}")
    return skills, transferable


def at_a_terminal() -> bool:
    return sys.stdin.isatty() and sys.stdout.isatty()


@app.command()
@friendly_errors
def assess(
    ctx: typer.Context,
    skill: SkillOption = None,
    transferable: TransferableOption = None,
    yes: YesOption = False,
) -> None:
    """Say what you know already: your plan follows.

    Confident in a skill: the actions that only teach it are marked known (reopen one
    with undo). Some experience: its teaching takes less time. A skill of your own that
    does not hold: the actions that use it are flagged, and hint says what the guide
    has on it. Asks at a terminal; give the answers as options in a script. Shows what
    the answers do to your plan before saving them.

    \b
    Example: fashioncoach assess --skill fashion-design-fundamentals=confident
    """
    from fashioncoach.app.assessment import parse_answers, with_answers
    from fashioncoach.render import phrases

    settings = settings_of(ctx)
    roadmap, path = load_roadmap(settings)
    skills, owned = list(skill or []), list(transferable or [])
    if not skills and not owned:
        if not at_a_terminal():
            raise BadArgument(
                "give your answers with --skill SKILL=LEVEL and --transferable SKILL=yes|no, "
                "or run assess at a terminal to be asked"
            )
        skills, owned = questions(roadmap)
    levels = parse_answers(roadmap, skills, owned)
    with editing(roadmap, path) as (store, progress):
        updated, effect = with_answers(
            roadmap, progress, levels, at=settings.now, day=settings.today
        )
        echo(phrases.assessment_effect(effect))
        if updated is progress:
            echo("Nothing changed: your answers are those you gave before.")
            return
        if not (skill or transferable):
            confirm("Save these answers?", yes=yes)
        store.save(updated)
    echo(
        phrases.finish_moves(effect.finish_before, effect.finish_after)
        + "\nSee this week with: fashioncoach today"
    )
