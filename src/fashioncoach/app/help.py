"""Help: ``--help``, ``-h`` and ``help [COMMAND]``, written from the command tree.

The tree (``app/command_tree.py``) is a plain copy of the CLI's declarations, so help
needs neither Typer nor Rich and prints at once. Arguments and values show the
names the learner types (``ID...``, ``HOURS``), never a Python type. On a terminal
the text is wrapped to its width; piped, only ``COLUMNS`` wraps it, so a line found
with grep is the whole line.
"""

from __future__ import annotations

from fashioncoach.app.command_tree import COMMANDS

TYPE_CHECKING = False
if TYPE_CHECKING:
    from fashioncoach.app.command_types import Argument, Command, Option

PROGRAM = "fashioncoach"
HELP_FLAGS = ("-h", "--help")
GLOBAL_VALUE_OPTIONS = ("--today", "--roadmap")
WIDEST = 100  # help reads badly wider than this, whatever the terminal


def width() -> int | None:
    """The width to wrap to, or None to wrap nothing (a pipe, COLUMNS unset)."""
    from fashioncoach.app.output import terminal_width

    columns = terminal_width()
    return None if columns is None else min(columns, WIDEST)


def requested(argv: list[str]) -> str | None:
    """The command whose help ``argv`` asks for (``""`` for the program's), or None.

    ``-h``/``--help`` anywhere before ``--`` asks for the help of the command typed
    before it; ``help`` asks for the command after it. An unknown command is left to
    the caller, which says so.
    """
    words: list[str] = []
    asked = False
    other = False  # an option help does not take: the usage check says so
    index = 0
    while index < len(argv):
        word = argv[index]
        if word == "--":
            break
        if word in HELP_FLAGS:
            asked = True
        elif word in GLOBAL_VALUE_OPTIONS:
            index += 1
        elif not word.startswith("-"):
            words.append(word)
        else:
            other = True
        index += 1
    if words[:1] == ["help"]:
        if asked:
            return "help"
        return None if other else " ".join(words[1:])
    if not asked:
        return None
    path = ""
    for word in words:
        child = f"{path} {word}".strip()
        if child not in COMMANDS:
            break
        path = child
    return path


def _wrap(text: str, indent: int, first: str, columns: int | None) -> list[str]:
    lines: list[str] = []
    for paragraph in text.split("\n\n"):
        if paragraph.startswith("\b"):  # Click's mark: lines kept as written
            lines.extend(line.strip() for line in paragraph[1:].strip("\n").splitlines())
            continue
        flat = " ".join(paragraph.split())
        if columns is None:
            lines.append(flat)
            continue
        import textwrap  # here: every command asks whether help is wanted, few want it

        lines.extend(
            textwrap.wrap(
                flat,
                width=max(columns - indent, 20),
                break_long_words=False,
                break_on_hyphens=False,
            )
            or [""]
        )
    if not lines:
        lines = [""]
    pad = " " * indent
    return [first.ljust(indent) + lines[0] if first else pad + lines[0]] + [
        pad + line for line in lines[1:]
    ]


def _table(rows: list[tuple[str, str]], columns: int | None) -> list[str]:
    if not rows:
        return []
    indent = min(max(len(name) for name, _ in rows) + 4, 30)
    out: list[str] = []
    for name, about in rows:
        label = f"  {name}"
        if len(label) + 2 > indent:
            out.append(label)
            out.extend(_wrap(about, indent, "", columns))
        else:
            out.extend(_wrap(about, indent, label, columns))
    return out


def _number(value: float) -> str:
    return f"{value:g}"


def about(parameter: Option | Argument) -> str:
    text = " ".join(parameter["help"].split())
    low, high = parameter["low"], parameter["high"]
    stated = low is not None and _number(low) in text and (high is None or _number(high) in text)
    if stated:
        pass
    elif low is not None and high is not None:
        text += f" From {_number(low)} to {_number(high)}."
    elif low is not None:
        text += f" At least {_number(low)}."
    if parameter["choices"] and not any(choice in text for choice in parameter["choices"]):
        text += " One of: " + ", ".join(parameter["choices"]) + "."
    return text


def option_label(option: Option) -> str:
    names = ", ".join(option["names"])
    value = option["value"]
    if value and option["choices"] and value == value.upper() and "|" not in value:
        value = "|".join(option["choices"]) if len(option["choices"]) <= 4 else value
    return f"{names} {value}" if value else names


def argument_label(argument: Argument) -> str:
    return argument["name"] + ("..." if argument["many"] else "")


def usage(path: str) -> str:
    """The usage line of the command at ``path``."""
    command = COMMANDS[path]
    pieces = [PROGRAM, *path.split()]
    if command["options"]:
        pieces.append("[OPTIONS]")
    for argument in command["arguments"]:
        label = argument_label(argument)
        pieces.append(label if argument["required"] else f"[{label}]")
    if command["commands"]:
        pieces.append("[COMMAND]" if command["runs_alone"] else "COMMAND")
    return " ".join(pieces)


def text(path: str, *, columns: int | None) -> str:
    """The help of the command at ``path`` (which must be in the tree)."""
    command: Command = COMMANDS[path]
    out = [f"Usage: {usage(path)}", ""]
    for paragraph in command["help"].split("\n\n"):
        out.extend(_wrap(paragraph, 2, "", columns))
        out.append("")
    arguments = [
        (argument_label(argument), about(argument))
        for argument in command["arguments"]
        if not argument["hidden"]
    ]
    if arguments:
        out += ["Arguments:", *_table(arguments, columns), ""]
    options = [
        (option_label(option), about(option))
        for option in command["options"]
        if not option["hidden"]
    ]
    options.append(("-h, --help", "Show this help."))
    out += ["Options:" if path else "Global options (before or after the command):"]
    out += [*_table(options, columns), ""]
    children = [
        (name, COMMANDS[f"{path} {name}".strip()]["summary"])
        for name in command["commands"]
        if not COMMANDS[f"{path} {name}".strip()]["hidden"]
    ]
    if children:
        out += ["Commands:", *_table(children, columns), ""]
        more = f"Run '{' '.join([PROGRAM, *path.split(), 'COMMAND'])} --help' for more."
        out += _wrap(more, 0, "", columns)
    elif path:
        out += _wrap(f"Global options (--roadmap, --today, ...): {PROGRAM} --help", 0, "", columns)
    return "\n".join(out).rstrip() + "\n"


def for_words(words: list[str], *, columns: int | None) -> str:
    """The help of the command ``words`` name (``help phase show``)."""
    from fashioncoach.errors import BadArgument, near_miss

    path = ""
    for word in words:
        child = f"{path} {word}".strip()
        if child not in COMMANDS:
            known = COMMANDS[path]["commands"]
            near = near_miss(word, known)
            place = " ".join([PROGRAM, "help", *path.split()])
            fix = near or f"see the commands with: {place}"
            raise BadArgument(f"unknown command: {word} ({fix})")
        path = child
    return text(path, columns=columns)
