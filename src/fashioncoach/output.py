"""Where every command's output goes: text, Rich renderings, JSON and errors.

Free of Typer, so the fast path (``fast.py``) and the CLI print through the very
same functions and their output cannot drift apart.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import RenderableType


def echo(text: str, *, err: bool = False) -> None:
    stream = sys.stderr if err else sys.stdout
    stream.write(text + "\n")
    stream.flush()


def error(message: str) -> None:
    """Each line of an error on stderr, marked as ours."""
    for line in message.splitlines():
        echo(f"fashioncoach: {line}", err=True)


def unexpected(problem: Exception) -> str:
    """The one line a user sees for a bug of ours."""
    return (
        f"unexpected error: {type(problem).__name__}: {problem}. Please report it to the "
        "fashioncoach issue tracker with the output of the same command run with --debug"
    )


def show(renderable: RenderableType) -> None:
    # Imported here: Rich costs ~15 ms and JSON output does not need it.
    from rich.console import Console

    console = Console(highlight=False)
    if console.is_terminal:
        console.print(renderable)
        return
    # Piped: Rich pads table cells to the width; trailing blanks only get in the way.
    with console.capture() as capture:
        console.print(renderable)
    echo("\n".join(line.rstrip() for line in capture.get().splitlines()))


def show_json(view: Any) -> None:
    from fashioncoach.formatting import to_json

    echo(to_json(view))
