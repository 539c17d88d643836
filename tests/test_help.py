"""Help as the installed program prints it: ``--help``, ``-h`` and ``help [COMMAND]``.

What it proves: the three spellings print the same text for every command; help
names arguments and values as the learner types them, never as Python types; piped
help is not wrapped unless COLUMNS says so, and COLUMNS wraps every line; an unknown
command gets one line and exit 2; ``-V`` is ``--version``.
"""

from __future__ import annotations

import re

import pytest

from fashioncoach.app.command_tree import COMMANDS
from tests.helpers import Ran, launch

PATHS = [path for path, command in COMMANDS.items() if not command["hidden"]]


def program(*args: str, columns: str | None = None) -> Ran:
    """The command line from the entry point's start, in a pipe, COLUMNS as given."""
    return launch(list(args), env={"COLUMNS": columns})


@pytest.mark.parametrize("path", PATHS, ids=lambda path: path or "fashioncoach")
def test_three_spellings_one_help(path: str) -> None:
    """``help X``, ``X --help`` and ``X -h`` print one text, which starts with X's usage
    and shows no Python type (``<str>``, ``list[str]``) nor Click's braces."""
    words = path.split()
    asked = program("help", *words)
    assert asked.exit_code == 0 and asked.stderr == ""
    assert program(*words, "--help").stdout == asked.stdout
    assert program(*words, "-h").stdout == asked.stdout
    text = asked.stdout
    assert text.startswith(f"Usage: {' '.join(['fashioncoach', *words])}")
    assert not re.search(r"<\w+>|list\[", text), text
    assert "{" not in text.splitlines()[0]


def test_piped_help_is_not_wrapped_unless_columns_says_so() -> None:
    """Each paragraph is one line in a pipe (a grep finds the whole sentence); with
    COLUMNS=50 no line is longer than 50 and no word is cut."""
    whole = program("help", "set", "hours").stdout
    long_lines = [line for line in whole.splitlines() if len(line) > 80]
    assert long_lines, whole
    narrow = program("help", "set", "hours", columns="50").stdout
    assert all(len(line) <= 50 for line in narrow.splitlines()), narrow
    assert narrow.split() == whole.split()


def test_an_unknown_command_is_one_line() -> None:
    """``help nope`` and ``nope`` each say so in one line naming the word, exit 2."""
    for args in (["help", "nope"], ["nope"], ["phase", "nope"]):
        result = program(*args)
        assert result.exit_code == 2 and result.stdout == ""
        assert result.stderr.count("\n") == 1, result.stderr
        assert result.stderr.startswith("fashioncoach: unknown command: nope ("), result.stderr


def test_short_version_flag() -> None:
    version = program("--version")
    assert version.exit_code == 0 and version.stdout.startswith("fashioncoach ")
    assert program("-V").stdout == version.stdout
