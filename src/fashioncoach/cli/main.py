"""The root of the command line: global options, then every command module's app.

Each child module defines its own Typer app; this one adds them
(``app.add_typer(child)``) and is never imported by them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from fashioncoach import __version__, paths
from fashioncoach.app.output import echo
from fashioncoach.app.session import Settings
from fashioncoach.cli import assess, coach, data, journal, phase, plan, roadmap, share
from fashioncoach.cli.common import DEBUG, friendly_errors, parse_date

app = typer.Typer(
    name="fashioncoach",
    help="A weekly coach through a career-change roadmap, one week's checklist at a time.\n\n"
    "Without a command it shows today's checklist.\n\n"
    "Example: fashioncoach today",
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
# Commands first, then the groups, in the order --help lists them.
app.add_typer(coach.app)
app.add_typer(assess.app)
app.add_typer(data.app)
app.add_typer(share.app)
app.add_typer(plan.app)
app.add_typer(journal.app)
app.add_typer(roadmap.app)
app.add_typer(phase.app, name="phase")
app.add_typer(share.export_app, name="export")
app.add_typer(plan.set_app, name="set")
app.add_typer(roadmap.roadmap_app, name="roadmap")


def version_callback(value: bool) -> None:
    if value:
        echo(f"fashioncoach {__version__}")
        raise typer.Exit()


@app.callback(invoke_without_command=True)
def main(
    ctx: typer.Context,
    roadmap: Annotated[
        Path | None,
        typer.Option(
            "--roadmap",
            help=f"Use this roadmap file instead of the bundled one (or set {paths.ROADMAP_ENV}).",
            metavar="PATH",
        ),
    ] = None,
    today: Annotated[
        str | None,
        typer.Option(
            "--today",
            help="Work as if today were this date (YYYY-MM-DD): plan ahead or look back.",
            metavar="DATE",
        ),
    ] = None,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=version_callback, is_eager=True, help="Show the version."
        ),
    ] = False,
    debug: Annotated[
        bool, typer.Option("--debug", help="Show the traceback of unexpected errors.")
    ] = False,
) -> None:
    """A weekly coach through a career-change roadmap, one week's checklist at a time."""
    DEBUG.enabled = debug
    day = parse_date(today, "--today") if today is not None else None
    ctx.obj = Settings.current(roadmap_option=roadmap, today=day)
    if ctx.invoked_subcommand is None:
        # A bare `fashioncoach` shows today's checklist, as a bare `task` shows `next`.
        from fashioncoach.app import commands

        friendly_errors(commands.today)(ctx.obj, json_output=False)
