"""The command line as typed, before anything heavy is imported: global options moved
before the command, and the command's name. Read by the replay, the fast path and
``__main__``; it imports nothing at load time but what Python has already loaded."""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import MutableMapping

GLOBAL_OPTIONS = ("--today", "--roadmap")  # each takes a value
GLOBAL_FLAGS = ("--debug", "--no-color")


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


def command_of(argv: list[str]) -> tuple[str, list[str]]:
    """The command (``today`` when there is none) and what follows it, global options
    skipped."""
    index = 0
    while index < len(argv) and argv[index].startswith("-"):
        option = argv[index].partition("=")[0]
        index += 2 if option in GLOBAL_OPTIONS and "=" not in argv[index] else 1
    if index >= len(argv):
        return "today", []
    return argv[index], argv[index + 1 :]


def option_value(argv: list[str], name: str) -> str | None:
    """The value given to the global option ``name`` (``--today``), if any."""
    for index, token in enumerate(argv):
        if token == name and index + 1 < len(argv):
            return argv[index + 1]
        if token.startswith(name + "="):
            return token.partition("=")[2]
    return None


def apply_colour_choice(argv: list[str], environ: MutableMapping[str, str]) -> list[str]:
    """``argv`` without ``--no-color``, its choice and the CLICOLOR convention put in
    the variables Rich reads (``NO_COLOR``, ``FORCE_COLOR``), so that the replay's key,
    the fast path and Typer all see one answer.

    ``--no-color`` wins, then ``NO_COLOR``; ``CLICOLOR_FORCE`` (not 0) keeps colours in
    a pipe, as ``FORCE_COLOR`` does; ``CLICOLOR=0`` turns them off.
    """
    end = argv.index("--") if "--" in argv else len(argv)
    if "--no-color" in argv[:end]:
        environ["NO_COLOR"] = "1"
        argv = [word for word in argv[:end] if word != "--no-color"] + argv[end:]
    if environ.get("NO_COLOR"):
        return argv
    force = environ.get("CLICOLOR_FORCE", "")
    if force and force != "0":
        environ.setdefault("FORCE_COLOR", "1")
    elif environ.get("CLICOLOR") == "0" and not environ.get("FORCE_COLOR"):
        environ["NO_COLOR"] = "1"
    return argv


# The groups whose second word names the command: `set hours`, `phase next`.
GROUPS = frozenset({"phase", "export", "set", "roadmap"})


def command_words(argv: list[str]) -> str:
    """The command ``argv`` runs, in words: ``done``, ``set hours``, ``today`` (the default)."""
    command, rest = command_of(argv)
    if command in GROUPS and rest and not rest[0].startswith("-"):
        return f"{command} {rest[0]}"
    return command


def renamed(argv: list[str]) -> list[str]:
    """``argv`` with the spellings of earlier releases in today's words: Typer's
    ``--show-completion [SHELL]`` and ``--install-completion [SHELL]`` are the
    ``completion`` command now."""
    if argv[:1] == ["--show-completion"]:
        return ["completion", *argv[1:2]]
    if argv[:1] == ["--install-completion"]:
        return ["completion", *argv[1:2], "--install"]
    return argv
