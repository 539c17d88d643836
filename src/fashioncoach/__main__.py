"""``python -m fashioncoach`` and the ``fashioncoach`` console script.

The order is cheapest first: a replay of the same read command on the same inputs
(``app/replay.py``); else the fast path for everyday command lines (``app/fast.py``);
else Typer. Each path records its output for replays when it may.
"""

from __future__ import annotations

import os
import sys


def main() -> None:
    from fashioncoach.app.argv import hoist_global_options

    # Global options work after the command too: `fashioncoach today --today 2027-01-04`.
    argv = hoist_global_options(sys.argv[1:])
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
            from fashioncoach.cli.main import app

            # Typer's usage errors repeat what was typed: make them as safe as our own.
            sys.stderr = SafeStream(sys.stderr)
            app(args=argv, prog_name="fashioncoach")
    except BrokenPipeError:
        # `fashioncoach doctor | head -1`: the reader left early, which is no error.
        from fashioncoach.app.output import pipe_closed

        pipe_closed()
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
