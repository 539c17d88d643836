"""Every usage error is one line: ``fashioncoach: <what>: <value> (<how to fix>)``.

What it proves, through the installed program: a command line with an unknown
option, a missing or extra argument, a missing value, a value outside its choices,
a word that is not a number or one out of range, gets exactly that one line on
stderr, nothing on stdout, exit status 2, and no file written.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fashioncoach.app.command_tree import COMMANDS
from tests.helpers import files_under

ONE_LINE = re.compile(r"^fashioncoach: [a-z][^:\n]*: \S.* \(.+\)\n$")
LEAVES = [path for path, command in COMMANDS.items() if path and not command["commands"]]


def broken_lines() -> st.SearchStrategy[list[str]]:
    """A command line of the tree with one thing wrong with it."""

    def spoil(path: str, how: int, word: str) -> list[str] | None:
        command = COMMANDS[path]
        words = path.split()
        arguments = [argument for argument in command["arguments"] if argument["required"]]
        filled = [f"x{index}" for index, _ in enumerate(arguments)]
        valued = [option for option in command["options"] if option["value"]]
        if how == 0:
            return [*words, *filled, f"--no-such-{word}"]
        if how == 1 and arguments:
            return words
        if how == 2 and not any(argument["many"] for argument in command["arguments"]):
            return [*words, *filled, *(["x"] * (len(command["arguments"]) - len(filled))), word]
        if how == 3 and valued:
            return [*words, *filled, valued[0]["names"][-1]]
        chosen = [option for option in valued if option["choices"]]
        if how == 4 and chosen:
            return [*words, *filled, chosen[0]["names"][-1], f"no-{word}"]
        numbers = [option for option in valued if option["number"]]
        if how == 5 and numbers:
            return [*words, *filled, numbers[0]["names"][-1], f"{word}h"]
        return None

    return st.builds(
        spoil,
        st.sampled_from(LEAVES),
        st.integers(0, 5),
        st.text("abcxyz", min_size=1, max_size=6),
    ).filter(lambda line: line is not None)  # type: ignore[arg-type,return-value]


@pytest.mark.slow
@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(line=broken_lines())
def test_a_broken_command_line_is_one_line_and_changes_nothing(
    line: list[str], isolated_home: Path
) -> None:
    before = files_under(isolated_home)
    result = subprocess.run(
        [sys.executable, "-m", "fashioncoach", *line],
        env={**os.environ, "FASHIONCOACH_NO_REPLAY": "1"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2, (line, result.stdout, result.stderr)
    assert result.stdout == ""
    assert ONE_LINE.match(result.stderr), (line, result.stderr)
    assert files_under(isolated_home) == before


@pytest.mark.slow
def test_the_messages_name_the_value_and_the_fix() -> None:
    """A few by name: the wording a learner sees for each kind."""
    cases = {
        ("set", "hours", "0"): "fashioncoach: hours out of range: 0 (give a number from 0.5 to 80)",
        ("done", "--bogus"): "fashioncoach: unknown option: --bogus (done takes --hours; see: "
        "fashioncoach done --help)",
        ("toady",): "fashioncoach: unknown command: toady (did you mean 'today'?)",
        ("today", "--format", "xml"): "fashioncoach: unknown format: xml (choose text, json or "
        "markdown)",
        ("note", "1"): "fashioncoach: missing argument: TEXT (usage: fashioncoach note ID TEXT)",
    }
    for args, expected in cases.items():
        result = subprocess.run(
            [sys.executable, "-m", "fashioncoach", *args],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert result.stderr == expected + "\n", args
