"""Tailored to you: ``assess`` (and the questions ``start`` asks on a terminal) — what
you know already, and what that does to your plan before it is saved."""

from __future__ import annotations

from typing import Annotated

import typer

from fashioncoach.cli.common import TerminalDialogue, YesOption, friendly_errors, settings_of, shown

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
    from fashioncoach.app.assessment import assess as record_answers

    shown(
        record_answers(
            settings_of(ctx),
            TerminalDialogue(yes=yes),
            skills=list(skill or []),
            transferable=list(transferable or []),
        )
    )
