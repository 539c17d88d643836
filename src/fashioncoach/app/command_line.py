"""A command line read against the command tree, without Typer: which command it
names, its arguments and options, and what is wrong with it.

Completion reads the words before the cursor with it; help finds the command asked
about; and every line Typer would refuse is refused here first, in one line of our
own words (``usage_problem``), so no usage error looks unlike the others.
"""

from __future__ import annotations

from fashioncoach.app.command_tree import COMMANDS

TYPE_CHECKING = False
if TYPE_CHECKING:
    from fashioncoach.app.command_types import Argument, Command, Option

PROGRAM = "fashioncoach"


def find_option(command: Command, name: str) -> Option | None:
    for option in command["options"]:
        if name in option["names"]:
            return option
    return None


class TypedLine:
    """The words of a command line, read one by one against the tree."""

    def __init__(self, words: list[str]) -> None:
        self.path = ""
        self.command: Command = COMMANDS[""]
        self.positionals: list[str] = []
        self.used: set[str] = set()
        self.values: dict[str, list[str]] = {}  # each option's values, by its long name
        self.expecting: Option | None = None  # an option waiting for its value
        self.literal = False  # after ``--``: every word is an argument
        self.unknown: list[str] = []  # options the command does not take
        self.misplaced: list[str] = []  # a value given to a flag (``--json=yes``)
        for word in words:
            self._read(word)

    def find(self, name: str) -> Option | None:
        # Global options are valid after the command too (``launch/argv.py`` moves them).
        return find_option(self.command, name) or find_option(COMMANDS[""], name)

    def value(self, name: str) -> str | None:
        given = self.values.get(name)
        return given[-1] if given else None

    def _read(self, word: str) -> None:
        if self.expecting is not None:
            self.values.setdefault(self.expecting["names"][-1], []).append(word)
            self.expecting = None
            return
        if word == "--" and not self.literal:
            self.literal = True
            return
        if word.startswith("-") and len(word) > 1 and not self.literal:
            name, equals, value = word.partition("=")
            option = self.find(name)
            if option is None:
                if name not in ("-h", "--help"):
                    self.unknown.append(name)
                return
            self.used.add(option["names"][-1])
            if equals and not option["value"]:
                self.misplaced.append(word)
            elif equals:
                self.values.setdefault(option["names"][-1], []).append(value)
            elif option["value"]:
                self.expecting = option
            return
        child = f"{self.path} {word}".strip()
        if not self.positionals and word in self.command["commands"] and child in COMMANDS:
            self.path, self.command = child, COMMANDS[child]
            return
        self.positionals.append(word)

    def argument(self) -> Argument | None:
        """The argument the next word would be."""
        arguments = self.command["arguments"]
        index = len(self.positionals)
        if index < len(arguments):
            return arguments[index]
        if arguments and arguments[-1]["many"]:
            return arguments[-1]
        return None

    def named(self) -> str:
        return " ".join([PROGRAM, *self.path.split()])


def _listed(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " or " + items[-1]


def _number_problem(parameter: Option | Argument, label: str, value: str) -> str | None:
    """What is wrong with ``value`` for a number parameter, in one line, or None."""
    low, high = parameter["low"], parameter["high"]
    span = ""
    if low is not None and high is not None:
        span = f"from {low:g} to {high:g}"
    elif low is not None:
        span = f"of at least {low:g}"
    try:
        number = float(value)
    except ValueError:
        return f"not a number: {value} ({label} takes a number{' ' + span if span else ''})"
    if (
        number != number
        or (low is not None and number < low)
        or (high is not None and number > high)
    ):
        return f"{label} out of range: {value} (give a number {span})"
    return None


def _value_problem(parameter: Option | Argument, label: str, value: str) -> str | None:
    if parameter["choices"] and value not in parameter["choices"]:
        return f"unknown {label}: {value} (choose {_listed(parameter['choices'])})"
    if parameter["number"]:
        return _number_problem(parameter, label, value)
    return None


def usage_problem(argv: list[str]) -> str | None:
    """What Typer would refuse in ``argv`` (global options first), in our one line:
    ``<what>: <value> (<how to fix>)``; None when the line is well formed.

    The meaning of values (an id, a date) is for the command to judge, not the tree.
    """
    from fashioncoach.errors import near_miss

    if any(word in ("-h", "--help") for word in argv):
        return None
    line = TypedLine(argv)
    see = f"see: {line.named()} --help"
    if line.unknown:
        name = line.unknown[0]
        known = [n for option in line.command["options"] for n in option["names"]]
        near = near_miss(name, known)
        takes = [option["names"][-1] for option in line.command["options"] if not option["hidden"]]
        if not near and line.path and 0 < len(takes) <= 4:
            near = f"{line.path} takes {_listed(takes)}; {see}"
        return f"unknown option: {name} ({near or see})"
    if line.misplaced:
        return f"option takes no value: {line.misplaced[0]} ({see})"
    if line.expecting is not None:
        name = line.expecting["names"][-1]
        return f"missing value: {name} (give it as {name} {line.expecting['value']})"
    for option in (*line.command["options"], *COMMANDS[""]["options"]):
        for value in line.values.get(option["names"][-1], []):
            problem = _value_problem(option, option["names"][-1].lstrip("-"), value)
            if problem:
                return problem
    if line.command["commands"] and not line.positionals and not line.command["runs_alone"]:
        commands = line.command["commands"]
        choices = [name for name in commands if not COMMANDS[f"{line.path} {name}"]["hidden"]]
        return f"missing command: {line.path} (choose {_listed(choices)}; {see})"
    if line.command["commands"] and line.positionals:
        word = line.positionals[0]
        near = near_miss(word, line.command["commands"])
        place = f"{line.named()} help" if line.path else f"{PROGRAM} help"
        return f"unknown command: {word} ({near or 'see the commands with: ' + place})"
    arguments = line.command["arguments"]
    for index, word in enumerate(line.positionals):
        if index >= len(arguments) and not (arguments and arguments[-1]["many"]):
            quote = "; quote words that go together" if arguments else ""
            return f"unexpected argument: {word} (usage: {_usage(line.path)}{quote})"
        argument = arguments[min(index, len(arguments) - 1)]
        problem = _value_problem(argument, argument["name"].lower(), word)
        if problem:
            return problem
    for index, argument in enumerate(arguments):
        if argument["required"] and index >= len(line.positionals):
            return f"missing argument: {argument['name']} (usage: {_usage(line.path)})"
    return None


def _usage(path: str) -> str:
    from fashioncoach.app.help import usage

    return usage(path)
