"""The phase commands: show the current or any phase, move to the next, or back."""

from __future__ import annotations

from typing import Annotated

import typer

from fashioncoach.cli.common import (
    JsonOption,
    TerminalDialogue,
    YesOption,
    friendly_errors,
    settings_of,
    shown,
)

app = typer.Typer(
    help="Show the current phase, or move to the next or previous one.\n\n"
    "Example: fashioncoach phase next",
    invoke_without_command=True,
    rich_markup_mode=None,
)


def _show_phase(ctx: typer.Context, phase_id: str | None, json_output: bool) -> None:
    from fashioncoach.app import phases

    shown(phases.show_phase(settings_of(ctx), phase_id=phase_id, json_output=json_output))


@app.callback()
@friendly_errors
def phase(ctx: typer.Context, json_output: JsonOption = False) -> None:
    """Show the current phase: its goals, its weeks and your progress.

    \b
    Example: fashioncoach phase
    """
    if ctx.invoked_subcommand is None:
        _show_phase(ctx, None, json_output)


@app.command("show")
@friendly_errors
def phase_show(
    ctx: typer.Context,
    phase_id: Annotated[
        str | None,
        typer.Argument(
            help="A phase's id or number, as timeline shows them; default the current one.",
            metavar="PHASE",
        ),
    ] = None,
    json_output: JsonOption = False,
) -> None:
    """Show one phase: goals, then week by week its actions with ids, hours and done-when.

    \b
    Example: fashioncoach phase show 2
    """
    _show_phase(ctx, phase_id, json_output)


@app.command("next")
@friendly_errors
def phase_next(ctx: typer.Context, yes: YesOption = False) -> None:
    """Move on to the next phase (asks first when actions are still open).

    \b
    Example: fashioncoach phase next --yes
    """
    from fashioncoach.app import phases

    shown(phases.next_phase(settings_of(ctx), TerminalDialogue(yes=yes)))


@app.command("back")
@friendly_errors
def phase_back(ctx: typer.Context, yes: YesOption = False) -> None:
    """Undo a move to the next phase made by mistake.

    \b
    Example: fashioncoach phase back --yes
    """
    from fashioncoach.app import phases

    shown(phases.previous_phase(settings_of(ctx), TerminalDialogue(yes=yes)))
