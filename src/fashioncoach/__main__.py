"""``python -m fashioncoach`` and the ``fashioncoach`` console script.

The order is cheapest first: a shell's completion request (``app/completion.py``),
never replayed; help, from the command tree (``app/help.py``); a replay of the same
read command on the same inputs (``app/replay.py``); else the fast path for everyday
command lines (``app/fast.py``); else Typer. Each path records its output for
replays when it may.
"""

from __future__ import annotations

import os
import sys

COMPLETE_ENV = "_FASHIONCOACH_COMPLETE"  # app/completion.py's, without importing it


def main() -> None:
    if COMPLETE_ENV in os.environ:
        complete()
    from fashioncoach.app.argv import apply_colour_choice, hoist_global_options, renamed

    # Global options work after the command too: `fashioncoach today --today 2027-01-04`.
    argv = apply_colour_choice(hoist_global_options(renamed(sys.argv[1:])), os.environ)
    from fashioncoach.app.help import requested

    asked = requested(argv)
    if asked is not None:
        show_help(asked)
    from fashioncoach.app.replay import Recording, replay

    code = replay(argv)
    if code is not None:
        os._exit(code)  # nothing was imported or opened that needs closing
    recording = Recording(argv)
    from fashioncoach.app.argv import command_words
    from fashioncoach.app.session import Running

    Running.command = command_words(argv)  # a backup taken now is named after it
    try:
        with recording:
            # Everyday commands skip Typer's start-up (see app/fast.py).
            from fashioncoach.app.fast import main as fast_main

            code = fast_main(argv)
            if code is not None:
                recording.finish(code)
                exit_now(code)

            from fashioncoach.app.output import SafeStream
            from fashioncoach.cli.main import run

            # Typer's usage errors repeat what was typed: make them as safe as our own.
            sys.stderr = SafeStream(sys.stderr)
            code = run(argv)
            recording.finish(code)
        sys.exit(code)  # with the interpreter's teardown: Typer's path may need it
    except BrokenPipeError:
        # `fashioncoach doctor | head -1`: the reader left early, which is no error.
        from fashioncoach.app.output import pipe_closed

        pipe_closed()
        exit_now(0)


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


def show_help(path: str) -> None:
    """Print the help of the command at ``path`` from the command tree, and leave."""
    from fashioncoach.app import help as helping
    from fashioncoach.app.output import echo, error
    from fashioncoach.errors import FashionCoachError

    try:
        echo(helping.for_words(path.split(), columns=helping.width()).rstrip("\n"))
    except FashionCoachError as problem:
        error(str(problem))
        exit_now(problem.exit_code)
    exit_now(0)


def exit_now(code: int) -> None:
    """Leave without the interpreter's teardown, which costs ~10 ms here.

    Safe after the fast path: every file it wrote is closed and the lock released by
    their ``with`` blocks, and it registers no exit handlers; only the standard
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
