"""Where every command's output goes: text, Rich renderings, JSON and errors.

Free of Typer, so the fast path (``launch/fast.py``) and the CLI print through the very
same functions and their output cannot drift apart. Every string is made safe
here, where data becomes text on the terminal (``formatting.printable``): our own
words pass unchanged, while a control character in a note, a roadmap or an
imported file is shown instead of obeyed.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Any, TextIO

from fashioncoach.render.text import printable, wrapped

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
from fashioncoach.render.json import to_json


def echo(text: str, *, err: bool = False) -> None:
    _write(printable(text), err=err)


def _write(text: str, *, err: bool = False) -> None:
    stream = sys.stderr if err else sys.stdout
    stream.write(text + "\n")
    stream.flush()


def pipe_closed() -> None:
    """The reader of our output has gone (``fashioncoach doctor | head -1``): that is no
    error. Anything still buffered, and anything written later, goes nowhere."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


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


class Printable:
    """A rendering whose text is made safe after layout, segment by segment.

    Rich keeps its own colours and styles apart from the text (as the segments'
    styles), so only the learner's words can hold a control character here.
    """

    def __init__(self, inner: RenderableType) -> None:
        self.inner = inner

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        from rich.segment import Segment

        for segment in console.render(self.inner, options):
            if segment.control is None and segment.text:
                safe = printable(segment.text)
                if safe is not segment.text:
                    yield Segment(safe, segment.style)
                    continue
            yield segment


def show(renderable: RenderableType, *, page: bool = False) -> None:
    """Print a rendering; with ``page``, one taller than the terminal goes through a pager.

    Only on a terminal: piped output is never paged. ``$PAGER`` is honoured; ``less``
    gets ``-FRX`` (git's choice) unless ``$LESS`` says otherwise, so colours survive
    and a page that fits the screen after all needs no keypress.
    """
    # Imported here: Rich costs ~15 ms and JSON output does not need it.
    from rich.console import Console

    console = Console(highlight=False, width=_piped_width())
    safe = Printable(renderable)
    if console.is_terminal:
        if page:
            with console.capture() as capture:
                console.print(safe)
            text = capture.get()
            if text.count("\n") > console.height:
                from fashioncoach.reading import note_unrepeatable

                note_unrepeatable("its output went through a pager")
                os.environ.setdefault("LESS", "-FRX")
                with console.pager(styles=True):
                    console.print(safe)
                return
            console.file.write(text)  # as printed: captured with its styles
            return
        console.print(safe)
        return
    # Piped: Rich pads table cells to the width; trailing blanks only get in the way.
    with console.capture() as capture:
        console.print(safe)
    _write("\n".join(line.rstrip() for line in capture.get().splitlines()))


UNWRAPPED = 4096  # piped with no COLUMNS: a line as long as its paragraph


def terminal_width() -> int | None:
    """The width to wrap output to: ``COLUMNS``, else the terminal's; None for a pipe.

    Piped, Rich would wrap at 80 columns, so a grep for a command or an id could miss
    it: a pipe gets whole lines unless ``COLUMNS`` asks for a width."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    if sys.stdout.isatty():
        try:
            # A terminal that has not said its size (a bare pty) reports 0.
            return os.get_terminal_size(sys.stdout.fileno()).columns or 80
        except (OSError, ValueError):
            return 80
    return None


def _piped_width() -> int | None:
    """Rich's width: unwrapped for a pipe, else None (Rich measures as we do)."""
    return UNWRAPPED if terminal_width() is None else None


def say(sentence: str, *, err: bool = False) -> None:
    """A sentence of ours: at a terminal, wrapped at words to its width (the terminal
    would cut a word); piped or on stderr, one line, for scripts, greps and logs."""
    width = terminal_width() if not err and sys.stdout.isatty() else None
    echo(sentence if width is None else wrapped(sentence, width), err=err)


def show_json(view: Any) -> None:

    echo(to_json(view))


class SafeStream:
    """A text stream that shows control characters instead of writing them.

    The standard error stream goes through one of these, so that Typer's own usage
    errors, which repeat what was typed, cannot carry an escape sequence either.
    """

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(printable(text))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)
