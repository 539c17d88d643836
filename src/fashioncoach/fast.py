"""The fast path: everyday commands run straight from ``sys.argv``, without Typer.

Typer builds pydantic adapters on every dispatch (~160 ms here), which is most of
the time a command like ``fashioncoach today`` would take. This module recognises
the few everyday command lines exactly and runs the same code the CLI runs
(``run.py``), printing through the same functions (``output.py``). Anything it does
not recognise — help, completion, a malformed option, a date it cannot read —
returns None before doing anything, and Typer handles it, errors included.
"""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fashioncoach.progress import EventKind

READ_COMMANDS = ("today", "report")
MARK_COMMANDS: dict[str, EventKind] = {"done": "done", "undo": "undone", "skip": "skipped"}


class CommandLine:
    """A recognised command line. A plain class: ``dataclasses`` costs ~5 ms to import."""

    __slots__ = ("arguments", "command", "roadmap", "today")

    def __init__(
        self, command: str, arguments: list[str], roadmap: Path | None, today: date | None
    ) -> None:
        self.command = command
        self.arguments = arguments
        self.roadmap = roadmap
        self.today = today


def read_date(value: str) -> date | None:
    """A YYYY-MM-DD date a plan can use, or None (``cli.parse_date`` says why)."""
    from fashioncoach.limits import EARLIEST_DATE, LATEST_DATE

    try:
        parsed = date.fromisoformat(value)
    except ValueError:
        return None
    if len(value) != 10 or not EARLIEST_DATE <= parsed <= LATEST_DATE:
        return None
    return parsed


def parse(argv: list[str]) -> CommandLine | None:
    """The command line, when it is one the fast path runs exactly like Typer would."""
    if any(name.startswith("_FASHIONCOACH_COMPLETE") for name in os.environ):
        return None
    roadmap: Path | None = None
    today: date | None = None
    index = 0
    while index < len(argv) and argv[index].startswith("-"):
        option, equals, value = argv[index].partition("=")
        if option not in ("--today", "--roadmap"):
            return None
        if not equals:
            if index + 1 >= len(argv):
                return None
            value = argv[index + 1]
            index += 1
        index += 1
        if option == "--today":
            today = read_date(value)
            if today is None:
                return None
        else:
            roadmap = Path(value)
    if index >= len(argv):
        return None
    command, arguments = argv[index], argv[index + 1 :]
    if command in READ_COMMANDS:
        if arguments not in ([], ["--json"]):
            return None
    elif command in MARK_COMMANDS:
        if not arguments or any(argument.startswith("-") for argument in arguments):
            return None
    else:
        return None
    return CommandLine(command=command, arguments=arguments, roadmap=roadmap, today=today)


def main(argv: list[str]) -> int | None:
    """Run ``argv`` and return its exit code, or None when Typer should handle it."""
    line = parse(argv)
    if line is None:
        return None

    from fashioncoach import output, run
    from fashioncoach.errors import FashionCoachError

    now = datetime.now().replace(microsecond=0)
    if line.today is not None:
        now = datetime.combine(line.today, now.time())
    settings = run.Settings(roadmap_option=line.roadmap, today=now.date(), now=now)
    try:
        if line.command == "today":
            run.today(settings, json_output=bool(line.arguments))
        elif line.command == "report":
            run.report(settings, json_output=bool(line.arguments))
        else:
            run.mark(settings, line.arguments, MARK_COMMANDS[line.command])
    except FashionCoachError as problem:
        output.error(str(problem))
        return problem.exit_code
    except Exception as problem:
        output.error(output.unexpected(problem))
        return 1
    return 0
