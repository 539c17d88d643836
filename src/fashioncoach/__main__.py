"""``python -m fashioncoach`` and the ``fashioncoach`` console script.

A shell's completion request is answered first (``app/completion.py``), never
replayed; every other command line is ``launch/main.py``'s.
"""

from __future__ import annotations

import os
import sys

COMPLETE_ENV = "_FASHIONCOACH_COMPLETE"  # app/completion.py's, without importing it


def main() -> None:
    if COMPLETE_ENV in os.environ:
        complete()
    try:
        from fashioncoach.launch.main import run

        code = run(sys.argv[1:])
    except BrokenPipeError:
        # `fashioncoach doctor | head -1`: the reader left early, which is no error.
        from fashioncoach.app.output import pipe_closed

        pipe_closed()
        code = 0
    if "typer" in sys.modules:
        sys.exit(code)  # with the interpreter's teardown: Typer's path may need it
    exit_now(code)


def complete() -> None:
    """Answer the shell's TAB and leave: quietly, even when interrupted."""
    # Ctrl-C during a TAB ends the request at once, with no traceback in the shell (the
    # scripts discard stderr too). _signal is signal without its enums, ~3 ms less.
    import _signal  # type: ignore[import-not-found]

    _signal.signal(_signal.SIGINT, _signal.SIG_DFL)
    try:
        from fashioncoach.app.completion import respond

        text, code = respond(sys.argv[1:], os.environ)
        sys.stdout.write(text)
    except Exception:  # a completion never prints an error into the shell
        code = 1
    exit_now(code)


def exit_now(code: int) -> None:
    """Leave without the interpreter's teardown, which costs ~10 ms here.

    Safe when Typer did not run: every file written is closed and the lock released by
    their ``with`` blocks, and nothing registers exit handlers; only the standard
    streams still hold output, so they are flushed first.
    """
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:  # `fashioncoach today | head -3`: the reader left early
        pass
    os._exit(code)


if __name__ == "__main__":
    main()
