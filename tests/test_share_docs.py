"""Help that matches the code: docs/cli.md, an example in every help, colour, exit codes.

Shell completion has tests of its own: tests/test_completion.py and, in real shells,
tests/test_completion_shells.py.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.main import get_command

from fashioncoach.cli.main import app
from tests.helpers import REPO, Learner


def all_commands() -> list[tuple[str, Any]]:
    """Every command and group of the app, with its full name."""
    found: list[tuple[str, Any]] = []

    def walk(prefix: str, command: Any) -> None:
        found.append((prefix, command))
        if hasattr(command, "commands"):  # a group
            for name, sub in command.commands.items():
                walk(f"{prefix} {name}", sub)

    walk("fashioncoach", get_command(app))
    return found


def cli_reference() -> str:
    """What docs/make_cli_md.py writes: every command's help from the command tree."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_cli_md", REPO / "docs" / "make_cli_md.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    text: str = module.reference()
    return text


def test_cli_md_is_generated_from_the_current_cli() -> None:
    """docs/cli.md equals every command's help as the program prints it now, so every
    command is in it: regenerate it with docs/make_cli_md.py when this fails."""
    saved = (REPO / "docs" / "cli.md").read_text(encoding="utf-8")
    assert saved == cli_reference(), (
        "docs/cli.md is stale: regenerate it with: python docs/make_cli_md.py"
    )
    for name, _ in all_commands():
        if name != "fashioncoach":
            assert f"`{name}`" in saved


@pytest.mark.parametrize("name", [name for name, _ in all_commands()])
def test_every_help_has_an_example(name: str, learner: Learner) -> None:
    """Each command's --help ends its description with a runnable ``Example:`` line."""
    args = name.split()[1:]
    output = learner.text(*args, "--help")
    examples = [line.strip() for line in output.splitlines() if "Example:" in line]
    assert examples, output
    assert examples[0].startswith(f"Example: {name}"), examples[0]


def test_the_old_completion_options_print_and_install_our_scripts(learner: Learner) -> None:
    """``--show-completion SHELL`` (Typer's spelling, in earlier releases' docs) prints
    the script ``completion SHELL`` prints."""
    for shell in ("bash", "zsh", "fish"):
        shown = learner.run("--show-completion", shell)
        assert shown.exit_code == 0, shown.stderr
        assert shown.stdout == learner.text("completion", shell)
        assert f"_FASHIONCOACH_COMPLETE={shell}" in shown.stdout


def run_cli(args: list[str], home: Path, **env: str) -> subprocess.CompletedProcess[str]:
    base = {key: value for key, value in os.environ.items() if key not in ("NO_COLOR",)}
    return subprocess.run(
        [sys.executable, "-m", "fashioncoach", *args],
        env={**base, "FASHIONCOACH_HOME": str(home), "COLUMNS": "60", **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.slow
def test_no_color_and_force_color_are_honoured(learner: Learner) -> None:
    """FORCE_COLOR colours a pipe; NO_COLOR wins over it; a plain pipe gets no escapes."""
    learner.ok("start", "--on", "2026-12-01", "--yes", today="2026-12-01")
    args = ["--today", "2026-12-02", "timeline"]
    forced = run_cli(args, learner.home, FORCE_COLOR="1")
    assert "\x1b[" in forced.stdout
    both = run_cli(args, learner.home, FORCE_COLOR="1", NO_COLOR="1")
    assert "\x1b[3" not in both.stdout  # no colours (bold may stay)
    plain = run_cli(args, learner.home)
    assert "\x1b" not in plain.stdout


def test_piped_tables_stay_plain_and_words_whole(learner: Learner) -> None:
    """Piped at 60 columns: no box drawing, no trailing blanks, every title word intact."""
    learner.ok("start", "--on", "2026-12-01", "--yes", today="2026-12-01")
    result = run_cli(["--today", "2026-12-02", "report"], learner.home)
    assert result.returncode == 0, result.stderr
    text = result.stdout
    assert not set("┏┃━│─┌┐└┘") & set(text)
    for line in text.splitlines():
        assert len(line) <= 60 and line == line.rstrip()
    words = set(text.split())
    for phase in learner.roadmap.phases:
        for word in phase.title.split():
            assert word in words, word


def test_exit_codes_are_0_ok_1_error_2_usage(learner: Learner) -> None:
    """0 when it works, 1 for an error of the data, 2 for a bad command line."""
    assert learner.run("report", today="2026-12-02").exit_code == 1
    assert learner.run("report", "--format", "nope").exit_code == 2
    assert learner.run("no-such-command").exit_code == 2
    assert learner.run("start", "--on", "2026-12-01", "--yes").exit_code == 0
