"""The fast path: everyday commands run straight from ``sys.argv``, without Typer.

Typer builds its parser on every dispatch (~100 ms here), which is most of the
time a command like ``fashioncoach today`` would take. This module recognises the
command lines of the command table (``app/commands.py``) exactly and runs the same
code the CLI runs, printing through the same functions (``app/output.py``).
Anything it does not recognise (help, completion, a malformed option, a date it
cannot read) returns None before doing anything, and Typer handles it, errors
included.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path


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
    """A YYYY-MM-DD date a plan can use, or None (``cli.common.parse_date`` says why)."""
    from fashioncoach.model.limits import EARLIEST_DATE, LATEST_DATE

    try:
        parsed = date.fromisoformat(value)
    except ValueError:
        return None
    if len(value) != 10 or not EARLIEST_DATE <= parsed <= LATEST_DATE:
        return None
    return parsed


GLOBAL_OPTIONS = ("--today", "--roadmap")  # each takes a value
GLOBAL_FLAGS = ("--debug",)


def hoist_global_options(argv: list[str]) -> list[str]:
    """``argv`` with the global options that follow the command moved before it, so they
    work anywhere on the line; nothing after ``--`` moves."""
    front: list[str] = []
    rest: list[str] = []
    index = 0
    seen_command = False
    while index < len(argv):
        token = argv[index]
        if token == "--":
            rest.extend(argv[index:])
            break
        name = token.partition("=")[0]
        if seen_command and name in GLOBAL_OPTIONS:
            if "=" in token:
                front.append(token)
            elif index + 1 < len(argv):
                front.extend(argv[index : index + 2])
                index += 1
            else:
                rest.append(token)
        elif seen_command and token in GLOBAL_FLAGS:
            front.append(token)
        else:
            if not token.startswith("-"):
                seen_command = True
            elif not seen_command and name in GLOBAL_OPTIONS and "=" not in token:
                rest.append(token)
                if index + 1 < len(argv):
                    rest.append(argv[index + 1])
                    index += 1
                index += 1
                continue
            rest.append(token)
        index += 1
    if not front:
        return argv
    # Options before the command stay first; the moved ones follow them.
    command_at = next(
        (i for i, token in enumerate(rest) if not token.startswith("-") and _is_command(rest, i)),
        len(rest),
    )
    return rest[:command_at] + front + rest[command_at:]


def _is_command(tokens: list[str], index: int) -> bool:
    """Whether ``tokens[index]`` is the command, not the value of an option before it."""
    return index == 0 or tokens[index - 1] not in GLOBAL_OPTIONS


def parse(argv: list[str]) -> CommandLine | None:
    """The command line, when it is one the fast path runs exactly like Typer would."""
    from fashioncoach.app.commands import MARK_COMMANDS, READ_COMMANDS

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
        # A bare `fashioncoach` shows today's checklist, as a bare `task` shows `next`.
        return CommandLine(command="today", arguments=[], roadmap=roadmap, today=today)
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

    from fashioncoach.app import commands, output
    from fashioncoach.app.session import Settings
    from fashioncoach.errors import FashionCoachError

    settings = Settings.current(roadmap_option=line.roadmap, today=line.today)
    try:
        if line.command in commands.READ_COMMANDS:
            commands.READ_COMMANDS[line.command](settings, json_output=bool(line.arguments))
        else:
            commands.mark(settings, line.arguments, commands.MARK_COMMANDS[line.command])
    except FashionCoachError as problem:
        output.error(str(problem))
        return problem.exit_code
    except BrokenPipeError:
        output.pipe_closed()
        return 0
    except Exception as problem:
        output.error(output.unexpected(problem))
        return 1
    return 0
