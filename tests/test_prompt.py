"""The README's prompt snippets work in a real interactive shell, through a pseudo-terminal.

Each test takes the snippet exactly as the README prints it, starts the shell with it in
its start-up file and reads the first prompt the shell draws: it must begin with the line
``fashioncoach status`` prints, and with no plan the prompt must be the bare prompt.
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers import REPO

pty = pytest.importorskip("pty")
fcntl = pytest.importorskip("fcntl")
termios = pytest.importorskip("termios")

MARK = "READY>"


def snippet(language: str) -> str:
    """The README's code block for ``language`` in its prompt section."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## In your prompt", 1)[1].split("\n## ", 1)[0]
    found = re.search(rf"```{language}\n(.*?)```", section, re.S)
    assert found, f"the README has no {language} prompt snippet"
    return found.group(1)


def first_prompt(argv: list[str], env: dict[str, str]) -> str:
    """What the shell prints up to its first prompt's mark, escape codes removed."""
    leader, follower = pty.openpty()
    # Wide enough that the line editor never scrolls a long prompt sideways.
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 50, 250, 0, 0))
    shell = subprocess.Popen(
        argv, stdin=follower, stdout=follower, stderr=follower, env=env, start_new_session=True
    )
    os.close(follower)
    output = b""
    deadline = time.monotonic() + 30
    try:
        while MARK.encode() not in output and time.monotonic() < deadline:
            try:
                chunk = os.read(leader, 4096)
            except OSError:
                break
            if not chunk:
                break
            output += chunk
    finally:
        shell.kill()
        shell.wait(timeout=10)
        os.close(leader)
    text = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b[=>]|\r", "", output.decode("utf-8", "replace"))
    assert MARK in text, f"no prompt within 30 s: {text!r}"
    return text.split(MARK, 1)[0].splitlines()[-1] if "\n" in text else text.split(MARK, 1)[0]


def shell_env(tmp_path: Path) -> dict[str, str]:
    bin_folder = str(Path(sys.executable).parent)
    return {
        **os.environ,
        "PATH": bin_folder + os.pathsep + os.environ.get("PATH", ""),
        "HOME": str(tmp_path),
        "TERM": "dumb",
    }


def start_with(language: str, tmp_path: Path) -> list[str]:
    """The shell's command line, its start-up file holding the README's snippet."""
    if language == "bash":
        rc = tmp_path / "bashrc"
        rc.write_text(f"PS1='{MARK} '\n" + snippet("bash"), encoding="utf-8")
        return ["bash", "--noprofile", "--rcfile", str(rc), "-i"]
    zdotdir = tmp_path / "zdotdir"
    zdotdir.mkdir()
    # PROMPT_SP draws a mark for a missing newline before the first prompt: not the snippet's.
    (zdotdir / ".zshrc").write_text(
        f"unsetopt PROMPT_SP\nPROMPT='{MARK} '\n" + snippet("zsh"), encoding="utf-8"
    )
    return ["env", f"ZDOTDIR={zdotdir}", "zsh", "-i"]


@pytest.mark.slow
@pytest.mark.parametrize("language", ["bash", "zsh"])
def test_the_prompt_shows_the_status_line(language: str, tmp_path: Path) -> None:
    """After `start`, the shell's prompt begins with exactly what `status` prints."""
    if shutil.which(language) is None:
        pytest.skip(f"{language} is not installed")
    env = shell_env(tmp_path)
    fashioncoach = [sys.executable, "-m", "fashioncoach"]
    subprocess.run([*fashioncoach, "start"], env=env, check=True, capture_output=True)
    status = subprocess.run(
        [*fashioncoach, "status"], env=env, check=True, capture_output=True, text=True
    ).stdout.strip()
    assert status.startswith("W1/")

    prompt = first_prompt(start_with(language, tmp_path), env)

    assert prompt.endswith(status + " "), prompt


@pytest.mark.parametrize("language", ["bash", "zsh"])
def test_without_a_plan_the_prompt_is_untouched(language: str, tmp_path: Path) -> None:
    """Before `start` the snippet adds nothing: no error, no stray space."""
    if shutil.which(language) is None:
        pytest.skip(f"{language} is not installed")

    prompt = first_prompt(start_with(language, tmp_path), shell_env(tmp_path))

    assert prompt == "", prompt
