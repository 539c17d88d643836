"""The root of the command line: global options, then every command module's app.

Each child module defines its own Typer app; this one adds them
(``app.add_typer(child)``) and is never imported by them.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Any

import typer

from fashioncoach import __version__, paths
from fashioncoach.app.output import echo
from fashioncoach.app.session import Settings, parse_date
from fashioncoach.cli import assess, coach, data, journal, phase, plan, roadmap, share, shell
from fashioncoach.cli.common import DEBUG, friendly_errors

app = typer.Typer(
    name="fashioncoach",
    help="A weekly coach through a career-change roadmap, one week's checklist at a time.\n\n"
    "Without a command it shows today's checklist.\n\n"
    "Example: fashioncoach today",
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    add_completion=False,  # our own, without Typer: fashioncoach completion SHELL
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
app.add_typer(shell.app)


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
            "--version",
            "-V",
            callback=version_callback,
            is_eager=True,
            help="Show the version.",
        ),
    ] = False,
    no_color: Annotated[
        bool,
        typer.Option(
            "--no-color",
            help="No colours, as NO_COLOR=1 or CLICOLOR=0 (CLICOLOR_FORCE=1 keeps them).",
        ),
    ] = False,
    debug: Annotated[
        bool, typer.Option("--debug", help="Show the traceback of unexpected errors.")
    ] = False,
) -> None:
    """A weekly coach through a career-change roadmap, one week's checklist at a time."""
    DEBUG.enabled = debug
    if no_color:  # app/argv.py has already set NO_COLOR when run from the shell
        os.environ["NO_COLOR"] = "1"
    day = parse_date(today, "--today") if today is not None else None
    ctx.obj = Settings.current(roadmap_option=roadmap, today=day)
    if ctx.invoked_subcommand is None:
        # A bare `fashioncoach` shows today's checklist, as a bare `task` shows `next`.
        from fashioncoach.app import commands
        from fashioncoach.cli.common import shown

        friendly_errors(lambda: shown(commands.today(ctx.obj, json_output=False)))()


def run(argv: list[str]) -> int:
    """Run the command line ``argv`` (global options first) and return its exit status.

    A line Typer would refuse is refused first in our own words (``usage_problem``);
    whatever Typer still finds wrong is put in one line too, never its usage block.
    """
    from fashioncoach.app.command_line import usage_problem
    from fashioncoach.app.output import error
    from fashioncoach.errors import FashionCoachError

    problem = usage_problem(argv)
    if problem is not None:
        error(problem)
        return 2
    try:
        status = _command().main(args=argv, prog_name="fashioncoach", standalone_mode=False)
    except FashionCoachError as failure:  # raised by the root callback (a bad --today)
        error(str(failure))
        return failure.exit_code
    except typer.Abort:  # Ctrl-C outside a question (each question says so itself)
        error("interrupted")
        return 130
    except Exception as failure:
        if not hasattr(failure, "format_message"):
            raise
        # One of Typer's usage errors that the tree could not foresee.
        message = " ".join(failure.format_message().split())
        context = getattr(failure, "ctx", None)
        where = context.command_path if context is not None else "fashioncoach"
        error(f"{message[:1].lower()}{message[1:]} (see: {where} --help)")
        return int(getattr(failure, "exit_code", 2))
    return status if isinstance(status, int) else 0


_built: list[Any] = []


def _command() -> Any:
    """The app's Click command, built once per process: Typer builds it from the
    functions' signatures, which never change while the program runs."""
    if not _built:
        import typer.main

        _built.append(typer.main.get_command(app))
    return _built[0]
