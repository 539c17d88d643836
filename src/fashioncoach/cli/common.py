"""What every command module shares: the global settings, option types, the one mapping
from our errors to a message and an exit code, and questions.

Usage errors take one of two paths, each for one kind: what the command tree can
judge (an unknown option, a missing argument, a number out of range) is refused by
``app/command_line.py`` before Typer runs; everything our own code finds wrong raises
``BadArgument`` (exit 2), which ``friendly_errors`` prints as one line. Both read
``<what>: <value> (<how to fix>)``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Annotated, ParamSpec, TypeVar

import typer

from fashioncoach.app.output import echo, error, pipe_closed, unexpected
from fashioncoach.app.reports import ViewFormat
from fashioncoach.app.session import Settings
from fashioncoach.errors import BadArgument, FashionCoachError
from fashioncoach.model.limits import EARLIEST_DATE, LATEST_DATE
from fashioncoach.render.text import printable

P = ParamSpec("P")
R = TypeVar("R")


class DEBUG:
    """Set by ``--debug``: unexpected errors then show their traceback."""

    enabled = False


def parse_date(value: str, option: str) -> date:
    from fashioncoach.model.limits import read_date

    parsed = read_date(value)
    if parsed is None:
        raise BadArgument(
            f"not a date: {printable(value)} ({option} takes a day as YYYY-MM-DD, from "
            f"{EARLIEST_DATE} to {LATEST_DATE}, e.g. 2026-11-25)"
        )
    return parsed


def fail(message: str, exit_code: int = 1) -> typer.Exit:
    error(message)
    return typer.Exit(exit_code)


def friendly_errors(command: Callable[P, R]) -> Callable[P, R]:
    """Our own errors become their message and exit code, never a traceback."""

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except FashionCoachError as problem:
            raise fail(str(problem), problem.exit_code) from None
        except (typer.Exit, typer.Abort, typer.BadParameter):
            raise
        except BrokenPipeError:
            pipe_closed()
            raise typer.Exit(0) from None
        except Exception as problem:
            if DEBUG.enabled:
                raise
            raise fail(unexpected(problem)) from None

    return wrapper


def settings_of(ctx: typer.Context) -> Settings:
    settings = ctx.find_root().obj
    if not isinstance(settings, Settings):  # a command invoked without the root callback
        settings = Settings.current()
    return settings


def confirm(question: str, *, yes: bool) -> None:
    """Ask before a change; without a yes, stop with nothing changed."""
    if yes:
        return
    try:
        answer = typer.confirm(question, default=False)
    except typer.Abort:
        # Input ended (a script, </dev/null) or Ctrl-C: say what happened and how to
        # answer, instead of a bare "Aborted!".
        echo("\nNo answer; nothing changed. To answer yes without a question, add --yes.")
        raise typer.Exit(1) from None
    if not answer:
        echo("Nothing changed.")
        raise typer.Exit(1)


def ask(question: str) -> str:
    """A question with a free answer (blank allowed); input that ends stops with nothing
    changed, as ``confirm`` does."""
    try:
        answer: str = typer.prompt(question, default="", show_default=False)
    except typer.Abort:
        echo("\nNo answer; nothing changed.")
        raise typer.Exit(1) from None
    return answer


JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]
FormatOption = Annotated[
    ViewFormat | None,
    typer.Option(
        "--format",
        help="text, json (same as --json) or markdown (GitHub-flavoured, to paste).",
        show_default=False,
    ),
]
YesOption = Annotated[bool, typer.Option("--yes", "-y", help="Do not ask; answer yes.")]
IdsArgument = Annotated[
    list[str],
    typer.Argument(
        help="Actions: their numbers in today's list, their ids, or the start of an id.",
        show_default=False,
        metavar="ID",
    ),
]
DoneIdsArgument = Annotated[
    list[str],
    typer.Argument(
        help="Actions done or skipped: their numbers in today's list, their ids, or the "
        "start of an id.",
        show_default=False,
        metavar="ID",
    ),
]
IdArgument = Annotated[
    str,
    typer.Argument(
        help="An action: its number in today's list, its id, or the start of an id.",
        show_default=False,
        metavar="ID",
    ),
]
OutputOption = Annotated[
    Path | None,
    typer.Option("--output", "-o", help="Write to this file instead of printing.", metavar="FILE"),
]
