"""The fast path: everyday commands run straight from ``sys.argv``, without Typer.

Typer builds its parser on every dispatch (~100 ms here), which is most of the
time a command like ``fashioncoach today`` would take. This module recognises the
command lines of the command table (``app/commands.py``) exactly and runs the same
code the CLI runs, printing through the same functions (``app/output.py``).
Anything it does not recognise (a malformed option, a date it
cannot read) returns None before doing anything, and Typer handles it, errors
included.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from fashioncoach.model.limits import read_date
from fashioncoach.model.record import frozen_record


@frozen_record
class CommandLine:
    """A recognised command line."""

    command: str
    arguments: list[str]
    roadmap: Path | None
    today: date | None


def parse(argv: list[str]) -> CommandLine | None:
    """The command line, when it is one the fast path runs exactly like Typer would."""
    from fashioncoach.app.commands import MARK_COMMANDS, READ_COMMANDS

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
    if command == "status":
        if arguments not in ([], ["--json"]) and not (
            len(arguments) == 2 and arguments[0] == "--format"
        ):
            return None
    elif command in READ_COMMANDS:
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
    from fashioncoach.app.present import present
    from fashioncoach.app.session import Settings
    from fashioncoach.errors import FashionCoachError

    settings = Settings.current(roadmap_option=line.roadmap, today=line.today)
    try:
        if line.command == "status" and line.arguments[:1] == ["--format"]:
            outcome = commands.status(settings, template=line.arguments[1])
        elif line.command in commands.READ_COMMANDS:
            outcome = commands.READ_COMMANDS[line.command](
                settings, json_output=bool(line.arguments)
            )
        else:
            outcome = commands.mark(settings, line.arguments, commands.MARK_COMMANDS[line.command])
        return present(outcome)
    except FashionCoachError as problem:
        output.error(str(problem))
        return problem.exit_code
    except BrokenPipeError:
        output.pipe_closed()
        return 0
    except Exception as problem:
        output.error(output.unexpected(problem))
        return 1
