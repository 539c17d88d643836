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
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, ParamSpec, TypeVar

import typer

from fashioncoach.app.output import echo, error, pipe_closed, unexpected
from fashioncoach.app.reports import ViewFormat
from fashioncoach.app.session import Settings
from fashioncoach.errors import FashionCoachError

if TYPE_CHECKING:
    from fashioncoach.app.outcome import Outcome

P = ParamSpec("P")
R = TypeVar("R")


class DEBUG:
    """Set by ``--debug``: unexpected errors then show their traceback."""

    enabled = False


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


class TerminalDialogue:
    """The use cases' ``Dialogue`` at a terminal: previews printed, questions asked with
    Typer's prompts, ``--yes`` answering every confirmation."""

    def __init__(self, *, yes: bool = False) -> None:
        import sys

        self.yes = yes
        self.interactive = sys.stdin.isatty() and sys.stdout.isatty()

    def show(self, outcome: Outcome) -> None:
        from fashioncoach.app.present import present

        present(outcome)

    def confirm(self, question: str) -> None:
        confirm(question, yes=self.yes)

    def ask(self, question: str) -> str:
        return ask(question)


def shown(outcome: Outcome) -> None:
    """Print a use case's outcome; a non-zero status ends the command with it."""
    from fashioncoach.app.present import present

    code = present(outcome)
    if code:
        raise typer.Exit(code)
