"""Where every command's output goes: text, Rich renderings, JSON and errors.

Free of Typer, so the fast path (``fast.py``) and the CLI print through the very
same functions and their output cannot drift apart.
"""

from __future__ import annotations

import os
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


def show(renderable: RenderableType, *, page: bool = False) -> None:
    """Print a rendering; with ``page``, one taller than the terminal goes through a pager.

    Only on a terminal: piped output is never paged. ``$PAGER`` is honoured; ``less``
    gets ``-FRX`` (git's choice) unless ``$LESS`` says otherwise, so colours survive
    and a page that fits the screen after all needs no keypress.
    """
    # Imported here: Rich costs ~15 ms and JSON output does not need it.
    from rich.console import Console

    console = Console(highlight=False)
    if console.is_terminal:
        if page:
            with console.capture() as capture:
                console.print(renderable)
            text = capture.get()
            if text.count("\n") > console.height:
                os.environ.setdefault("LESS", "-FRX")
                with console.pager(styles=True):
                    console.print(renderable)
                return
            console.file.write(text)  # as printed: captured with its styles
            return
        console.print(renderable)
        return
    # Piped: Rich pads table cells to the width; trailing blanks only get in the way.
    with console.capture() as capture:
        console.print(renderable)
    echo("\n".join(line.rstrip() for line in capture.get().splitlines()))


def show_json(view: Any) -> None:
    from fashioncoach.formatting import to_json

    echo(to_json(view))
