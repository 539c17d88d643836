"""Sharing progress: the ``export`` group (``json``, ``ics``) and ``import``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from fashioncoach.cli.common import OutputOption, friendly_errors, settings_of, shown

app = typer.Typer()
export_app = typer.Typer(
    help="Write your progress or plan to a file.\n\n"
    "Example: fashioncoach export json --output progress.json",
    no_args_is_help=True,
    rich_markup_mode=None,
)


@export_app.command("json")
@friendly_errors
def export_json(ctx: typer.Context, output: OutputOption = None) -> None:
    """Your whole progress as versioned JSON.

    Import it elsewhere with fashioncoach import; see docs/sharing.md.

    \b
    Example: fashioncoach export json --output progress.json
    """
    from fashioncoach.app.reports import progress_export

    shown(progress_export(settings_of(ctx), output))


@app.command("import")
@friendly_errors
def import_progress(
    ctx: typer.Context,
    file: Annotated[
        Path,
        typer.Argument(
            help="An export (fashioncoach export json) or a progress file, such as the "
            "conflicted copy a sync tool left.",
            metavar="FILE",
            show_default=False,
        ),
    ],
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Say what would change, and change nothing.")
    ] = False,
) -> None:
    """Merge another machine's progress into yours.

    A backup is kept first.

    Events are a set (the same action, kind and time is the same event); phases and
    pauses are merged by date; nothing of yours is removed, and values that differ
    are reported and keep yours. Importing the same file twice changes nothing.

    \b
    Example: fashioncoach import progress.json
    """
    from fashioncoach.app.importing import import_progress as merge_in

    shown(merge_in(settings_of(ctx), file, dry_run=dry_run))


@export_app.command("ics")
@friendly_errors
def export_ics(
    ctx: typer.Context,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write to this file instead of the screen."),
    ] = None,
) -> None:
    """Your plan as an iCalendar file.

    One event per week, milestone events and pauses.

    Import it again after a replan or a pause: events are updated, not duplicated,
    and those your plan no longer has come again as cancelled.

    \b
    Example: fashioncoach export ics --output plan.ics
    """
    from fashioncoach.app.calendar import export_calendar

    shown(export_calendar(settings_of(ctx), output))
