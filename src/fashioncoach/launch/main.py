"""One command line from start to exit status, cheapest path first.

Help comes from the command tree (``app/help.py``); a read command run again on the
same inputs is a replay (``launch/replay.py``); an everyday command line takes the
fast path (``launch/fast.py``); anything else goes to Typer (``cli/main.py``), whose
usage errors our own check has already put in one line. The entry point
(``__main__``) calls ``run`` with ``sys.argv``; the tests call it in-process, so
they take the very paths a learner's command takes.
"""

from __future__ import annotations

import os
import sys


def run(argv: list[str]) -> int:
    """Run ``argv`` (the words after the program's name) and return its exit status."""
    from fashioncoach.launch.argv import apply_colour_choice, hoist_global_options, renamed

    # Global options work after the command too: `fashioncoach today --today 2027-01-04`.
    argv = apply_colour_choice(hoist_global_options(renamed(argv)), os.environ)
    from fashioncoach.app.help import requested

    asked = requested(argv)
    if asked is not None:
        return show_help(asked)
    from fashioncoach.launch.replay import Recording, replay

    code = replay(argv)
    if code is not None:
        return code
    from fashioncoach.app.session import Running
    from fashioncoach.launch.argv import command_words

    Running.command = command_words(argv)  # a backup taken now is named after it
    with Recording(argv) as recording:
        # Everyday commands skip Typer's start-up (see launch/fast.py).
        from fashioncoach.launch.fast import main as fast_main

        code = fast_main(argv)
        if code is None:
            code = typer_path(argv)
        recording.finish(code)
    return code


def typer_path(argv: list[str]) -> int:
    from fashioncoach.app.output import SafeStream
    from fashioncoach.cli.main import run as run_typer

    # Typer's own messages repeat what was typed: make them as safe as our own.
    before = sys.stderr
    sys.stderr = SafeStream(before)
    try:
        return run_typer(argv)
    finally:
        sys.stderr = before


def show_help(path: str) -> int:
    """Print the help of the command at ``path`` from the command tree."""
    from fashioncoach.app import help as helping
    from fashioncoach.app.output import echo, error
    from fashioncoach.errors import FashionCoachError

    try:
        echo(helping.for_words(path.split(), columns=helping.width()).rstrip("\n"))
    except FashionCoachError as problem:
        error(str(problem))
        return problem.exit_code
    return 0
