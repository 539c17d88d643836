"""What you keep as you go: weekly reviews, notes, evidence and the portfolio. Thin: the
use cases are in ``app/journal.py``; this module only parses."""

from __future__ import annotations

from typing import Annotated

import typer

from fashioncoach.cli.common import (
    IdArgument,
    JsonOption,
    TerminalDialogue,
    YesOption,
    friendly_errors,
    settings_of,
    shown,
)

app = typer.Typer()


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
    from fashioncoach.app import journal

    shown(
        journal.review(
            settings_of(ctx),
            TerminalDialogue(yes=yes),
            went_well=went_well,
            blocked=blocked,
            confidence=list(confidence or []),
        )
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
    from fashioncoach.app import journal

    shown(journal.note(settings_of(ctx), action=action_id, text=text))


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
    from fashioncoach.app import journal

    shown(journal.evidence(settings_of(ctx), action=action_id, reference=reference))


@app.command()
@friendly_errors
def portfolio(ctx: typer.Context, json_output: JsonOption = False) -> None:
    """Your evidence, skill by skill: what you can show an employer.

    \b
    Example: fashioncoach portfolio
    """
    from fashioncoach.app import journal

    shown(journal.portfolio(settings_of(ctx), json_output=json_output))
