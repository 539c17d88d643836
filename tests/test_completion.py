"""Shell completion as a shell asks for it: the installed program run with
``_FASHIONCOACH_COMPLETE`` and the words typed so far, against real files.

What it proves: a TAB offers the ids ``today`` shows (or those done, or every one),
phases, commands, options and fixed choices, and files only where a file fits; the
descriptions arrive whole in every shell; the answer never comes from a replay of
another shell's answer; completion imports neither Typer, Rich nor pydantic; the
scripts say what they load and install nothing but themselves. The real shells
pressing TAB are in tests/test_completion_shells.py.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fashioncoach.app.command_tree import COMMANDS
from fashioncoach.app.completion import ARGUMENT_KINDS
from tests.helpers import Learner

START = "2026-12-01"


def tab(shell: str, *words: str, env: dict[str, str] | None = None) -> list[str]:
    """What the program answers ``shell``'s script for ``words`` (the last one is the
    word under the cursor): the lines after the first, which says what they are."""
    lines = ask(shell, *words, env=env)
    assert lines[0] == ":values", lines
    return lines[1:]


def ask(shell: str, *words: str, env: dict[str, str] | None = None) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-m", "fashioncoach", *words],
        env={**os.environ, "_FASHIONCOACH_COMPLETE": shell, **(env or {})},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return result.stdout.splitlines()


def values(lines: list[str], shell: str) -> list[str]:
    """The candidates themselves, without their descriptions."""
    if shell == "zsh":
        return [line.split(":", 1)[0].replace("\\:", ":") for line in lines]
    return [line.split("\t", 1)[0] for line in lines]


def open_ids(learner: Learner, today: str) -> list[str]:
    return [line["id"] for line in learner.json("today", today=today)["actions"]
            if line["status"] == "open"]  # fmt: skip


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_done_offers_the_ids_today_shows_open(learner: Learner, shell: str) -> None:
    """``done``/``skip`` complete to this week's open ids, ``undo`` to those done or
    skipped; a prefix narrows them, and an id already typed is not offered again."""
    learner.ok("start", "--on", START, "--yes", today=START)
    first, *rest = open_ids(learner, START)
    learner.ok("done", first, today="2026-12-02")
    front = ("--today", "2026-12-02")
    assert values(tab(shell, *front, "done", ""), shell) == open_ids(learner, "2026-12-02")
    assert values(tab(shell, *front, "skip", rest[0][:4]), shell) == [
        item for item in rest if item.startswith(rest[0][:4])
    ]
    assert values(tab(shell, *front, "done", rest[0], ""), shell) == rest[1:]
    assert values(tab(shell, *front, "undo", ""), shell) == [first]


def test_descriptions_arrive_whole_in_zsh_and_fish(learner: Learner) -> None:
    """The titles and summaries keep their apostrophes and colons: zsh gets them after an
    escaped colon, fish after a tab, and bash (which shows none) only the values."""
    learner.ok("start", "--on", START, "--yes", today=START)
    titles = {line["id"]: line["title"] for line in learner.json("today", today=START)["actions"]}
    zsh = tab("zsh", "--today", START, "done", "")
    fish = tab("fish", "--today", START, "done", "")
    assert zsh == [f"{item}:{title}" for item, title in titles.items()]
    assert fish == [f"{item}\t{title}" for item, title in titles.items()]
    assert tab("bash", "--today", START, "done", "") == list(titles)
    commands = dict(line.split(":", 1) for line in tab("zsh", "tod"))
    assert commands == {"today": COMMANDS["today"]["summary"]}
    assert "'" in COMMANDS["today"]["summary"]


@pytest.mark.slow
def test_files_only_where_a_file_fits(learner: Learner) -> None:
    """Roadmap files for ``--roadmap`` and ``roadmap use``, any file for an import or an
    output; for an id with no plan, a number or free text: nothing at all."""
    assert ask("bash", "roadmap", "use", "") == [":toml"]
    assert ask("zsh", "--roadmap", "") == [":toml"]
    assert ask("fish", "import", "") == [":files"]
    assert ask("bash", "report", "-o", "") == [":files"]
    for words in (["done", ""], ["set", "hours", ""], ["note", "x", ""], ["--today", ""]):
        assert ask("bash", *words) == [":values"], words
    assert not learner.file.exists()


def test_commands_options_and_choices() -> None:
    """Subcommands of a group, the options of the command (global ones too, those given
    once not again), the choices of an option, with or without ``=``."""
    assert values(tab("fish", "phase", ""), "fish") == COMMANDS["phase"]["commands"]
    offered = values(tab("zsh", "today", "--"), "zsh")
    assert {"--json", "--format", "--today", "--roadmap", "--help"} <= set(offered)
    assert "--json" not in values(tab("zsh", "today", "--json", "--"), "zsh")
    assert tab("bash", "today", "--format", "") == ["text", "json", "markdown"]
    assert tab("fish", "today", "--format=j") == ["--format=json"]
    # bash splits "--format=j" into three words and completes the last one only.
    assert tab("bash", "today", "--format", "=", "j") == ["json"]
    assert tab("bash", "completion", "") == ["bash", "zsh", "fish"]
    assert values(tab("zsh", "help", "set", ""), "zsh") == ["hours"]


def test_a_tab_is_never_another_shells_replayed_answer(learner: Learner) -> None:
    """The same line in bash, then zsh, then fish, each gets its own format (a replay
    keyed on the line alone once gave zsh bash's answer)."""
    learner.ok("start", "--on", START, "--yes", today=START)
    words = ("--today", START, "done", "")
    bash, zsh, fish = (tab(shell, *words) for shell in ("bash", "zsh", "fish"))
    assert ":" not in "".join(bash) and "\t" not in "".join(bash)
    assert all(":" in line for line in zsh)
    assert all("\t" in line for line in fish)
    assert tab("bash", *words) == bash


def test_an_answer_for_unchanged_files_is_reused_and_a_change_is_seen(learner: Learner) -> None:
    """Ids come from last time's answer only while every file read is the same: a
    ``done`` in between changes the offer at once."""
    learner.ok("start", "--on", START, "--yes", today=START)
    before = tab("bash", "--today", START, "done", "")
    assert tab("bash", "--today", START, "done", "") == before
    learner.ok("done", before[0], today=START)
    assert tab("bash", "--today", START, "done", "") == before[1:]


def test_completion_imports_neither_typer_rich_nor_pydantic(learner: Learner) -> None:
    """A TAB reads the command tree and the validated copies: none of the heavy
    libraries is imported, the first time for a line as much as the second."""
    learner.ok("start", "--on", START, "--yes", today=START)
    learner.ok("today", today=START)  # the validated copies exist, as after any command
    probe = (
        "import runpy, sys, json, os\n"
        "sys.argv = ['fashioncoach', '--today', '2026-12-01', 'done', '']\n"
        "try:\n"
        "    runpy.run_module('fashioncoach', run_name='__main__')\n"
        "finally:\n"
        "    pass\n"
    )
    # os._exit ends the run: report the modules from an exit hook of our own instead.
    hook = (
        "import os, sys, json\n"
        "real = os._exit\n"
        "def report(code):\n"
        "    heavy = sorted({m.split('.')[0] for m in sys.modules} & "
        "{'typer', 'click', 'rich', 'pydantic', 'tomllib', 'tomli', 'tomli_w'})\n"
        "    sys.stderr.write(json.dumps(heavy))\n"
        "    sys.stderr.flush()\n"
        "    real(code)\n"
        "os._exit = report\n"
    )
    for _ in range(2):
        result = subprocess.run(
            [sys.executable, "-c", hook + probe],
            env={**os.environ, "_FASHIONCOACH_COMPLETE": "zsh"},
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert json.loads(result.stderr) == [], result.stderr
        assert len(result.stdout.splitlines()) > 1


def test_scripts_that_typer_installed_still_get_answers(learner: Learner) -> None:
    """A script an earlier release installed (Typer's protocol) keeps working: bash gets
    values, zsh an ``_arguments`` spec whose apostrophes survive its ``eval``, fish
    values and tabs."""
    learner.ok("start", "--on", START, "--yes", today=START)
    ids = open_ids(learner, START)
    base = {**os.environ}

    def legacy(**env: str) -> str:
        return subprocess.run(
            [sys.executable, "-m", "fashioncoach"],
            env={**base, **env},
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        ).stdout

    line = f"fashioncoach --today {START} done "
    bash = legacy(_FASHIONCOACH_COMPLETE="complete_bash", COMP_WORDS=line, COMP_CWORD="4")
    assert bash.split() == ids
    zsh = legacy(_FASHIONCOACH_COMPLETE="complete_zsh", _TYPER_COMPLETE_ARGS=line)
    assert zsh.startswith("_arguments '*: :((") and "'\\''" in zsh
    fish = legacy(
        _FASHIONCOACH_COMPLETE="complete_fish",
        _TYPER_COMPLETE_ARGS=line,
        _TYPER_COMPLETE_FISH_ACTION="get-args",
    )
    assert [row.split("\t")[0] for row in fish.splitlines()] == ids


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_the_scripts_discard_errors_and_name_our_protocol(shell: str) -> None:
    """``completion SHELL`` prints a script that asks with our variable and sends the
    program's stderr nowhere, so nothing (not even an interrupted start) reaches the
    prompt; bash's is not ``-o default``, which offered file names for ids."""
    result = subprocess.run(
        [sys.executable, "-m", "fashioncoach", "completion", shell],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    script = result.stdout
    assert f"_FASHIONCOACH_COMPLETE={shell}" in script
    assert "2>/dev/null" in script
    assert "-o default" not in script
    assert "zstyle" not in script


@pytest.mark.slow
def test_install_writes_the_script_and_only_the_line_that_loads_it(tmp_path: Path) -> None:
    """``completion zsh --install`` writes the script to zsh's site-functions folder and
    three lines to .zshrc (no zstyle, no setting of other programs); again, nothing more.
    fish needs no start-up line at all."""
    home = tmp_path / "user"
    home.mkdir()
    (home / ".zshrc").write_text("alias ll='ls -l'\n", encoding="utf-8")
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": "", "XDG_CONFIG_HOME": ""}
    env.pop("ZDOTDIR", None)

    def install(shell: str) -> str:
        return subprocess.run(
            [sys.executable, "-m", "fashioncoach", "completion", shell, "--install"],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        ).stdout

    said = install("zsh")
    script = home / ".local" / "share" / "zsh" / "site-functions" / "_fashioncoach"
    assert str(script) in said
    zshrc = (home / ".zshrc").read_text(encoding="utf-8")
    assert zshrc.startswith("alias ll='ls -l'\n")
    added = zshrc.splitlines()[1:]
    assert len(added) == 3 and added[-1] == f"source {script}"
    assert "zstyle" not in zshrc and "setopt" not in zshrc
    install("zsh")
    assert (home / ".zshrc").read_text(encoding="utf-8") == zshrc
    install("fish")
    assert (home / ".config" / "fish" / "completions" / "fashioncoach.fish").is_file()
    assert sorted(path.name for path in home.iterdir()) == [".config", ".local", ".zshrc"]


def test_every_argument_says_what_it_completes_to() -> None:
    """Each argument of the tree has fixed choices or an entry in ARGUMENT_KINDS, so a
    new command cannot be forgotten by completion."""
    missing = [
        (path, argument["name"])
        for path, command in COMMANDS.items()
        for argument in command["arguments"]
        if not argument["choices"] and (path, argument["name"]) not in ARGUMENT_KINDS
    ]
    assert missing == []
    stale = [key for key in ARGUMENT_KINDS if key[0] not in COMMANDS]
    assert stale == []


@pytest.mark.slow
@settings(
    max_examples=5, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=st.lists(st.tuples(st.sampled_from(["done", "skip", "undo"]), st.integers(0, 9)),
                      max_size=4))  # fmt: skip
def test_completion_and_today_agree_after_any_marks(
    tmp_path_factory: pytest.TempPathFactory, steps: list[tuple[str, int]]
) -> None:
    """Property: whatever was marked, ``done <TAB>`` offers exactly the ids ``today``
    lists as open, and ``undo <TAB>`` all those it lists as done or skipped."""
    home = tmp_path_factory.mktemp("machine")
    learner = Learner(home, own_home=True)
    env = {"FASHIONCOACH_HOME": str(home)}
    learner.ok("start", "--on", START, "--yes", today=START)
    for command, pick in steps:
        listed = learner.json("today", today=START)["actions"]
        open_now = command != "undo"
        choices = [line["id"] for line in listed if (line["status"] == "open") == open_now]
        if choices:
            learner.ok(command, choices[pick % len(choices)], today=START)
    listed = learner.json("today", today=START)["actions"]
    assert tab("bash", "--today", START, "done", "", env=env) == [
        line["id"] for line in listed if line["status"] == "open"
    ]
    resolved = set(tab("bash", "--today", START, "undo", "", env=env))
    assert {line["id"] for line in listed if line["status"] in ("done", "skipped")} <= resolved
