"""TAB pressed in real bash, zsh and fish, under tmux, after ``completion SHELL --install``.

What it proves: the installed script is found by each shell as the install left it
(no other start-up line), the word under the cursor becomes the one id that fits,
descriptions keep their apostrophes on screen, and a roadmap's argument offers
``.toml`` files, not any file. A shell or tmux that is not installed skips its test
(CI installs all four: .ci/run).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import Learner

pytestmark = pytest.mark.slow
START = "2026-12-01"


class Pane:
    """One shell in a detached tmux session of its own, read back as the screen shows it."""

    def __init__(self, socket: Path, command: list[str], env: dict[str, str]) -> None:
        self.base = ["tmux", "-S", str(socket)]
        exports = [f"{name}={value}" for name, value in env.items()]
        subprocess.run(
            [*self.base, "new-session", "-d", "-x", "150", "-y", "40", "env", *exports, *command],
            check=True,
            timeout=30,
        )

    def screen(self) -> str:
        shown = subprocess.run(
            [*self.base, "capture-pane", "-p"], capture_output=True, text=True, timeout=30
        )
        return shown.stdout

    def wait_for(self, text: str, timeout: float = 20) -> str:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.2)
        raise AssertionError(f"{text!r} never appeared:\n{self.screen()}")

    def type(self, *keys: str) -> None:
        subprocess.run([*self.base, "send-keys", *keys], check=True, timeout=30)

    def close(self) -> None:
        subprocess.run([*self.base, "kill-server"], capture_output=True, timeout=30)


@pytest.fixture
def machine(tmp_path: Path, learner: Learner) -> Iterator[tuple[Path, dict[str, str], list[str]]]:
    """A home with a plan begun, the program on PATH, and this week's open ids."""
    if shutil.which("tmux") is None:
        pytest.skip("tmux is not installed")
    learner.ok("start", "--on", START, "--yes", today=START)
    ids = [line["id"] for line in learner.json("today", today=START)["actions"]]
    home = tmp_path / "user"
    home.mkdir()
    program = Path(sys.executable).parent
    env = {
        "HOME": str(home),
        "PATH": f"{program}:/usr/bin:/bin",
        "TERM": "xterm-256color",
        "FASHIONCOACH_HOME": os.environ["FASHIONCOACH_HOME"],
        "FASHIONCOACH_CACHE": os.environ["FASHIONCOACH_CACHE"],
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
    }
    if not (program / "fashioncoach").exists():
        pytest.skip("the fashioncoach script is not beside this Python")
    (tmp_path / "roadmaps").mkdir()
    (tmp_path / "roadmaps" / "mine.toml").write_text("", encoding="utf-8")
    (tmp_path / "roadmaps" / "notes.txt").write_text("", encoding="utf-8")
    yield home, env, ids


def install(shell: str, env: dict[str, str]) -> None:
    subprocess.run(
        [sys.executable, "-m", "fashioncoach", "completion", shell, "--install"],
        env={**os.environ, **env},
        check=True,
        capture_output=True,
        timeout=60,
    )


SHELLS = {
    "bash": ["bash", "--noprofile", "-i"],
    "zsh": ["zsh", "-i"],
    "fish": ["fish", "-i"],
}
PROMPTS = {
    "bash": "PS1='READY$ '\n",
    "zsh": "PS1='READY%% '\n",
    "fish": "function fish_prompt; echo -n 'READY> '; end; set -g fish_greeting\n",
}


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_tab_in_a_real_shell(
    shell: str, machine: tuple[Path, dict[str, str], list[str]], tmp_path: Path
) -> None:
    """After the install, ``done <prefix><TAB>`` becomes the one id that fits, and
    ``roadmap use <dir>/<TAB>`` offers the roadmap file, not the text file."""
    if shutil.which(shell) is None:
        pytest.skip(f"{shell} is not installed")
    home, env, ids = machine
    install(shell, env)
    prompt = PROMPTS[shell]
    if shell == "fish":
        config = home / ".config" / "fish" / "config.fish"
        config.parent.mkdir(parents=True, exist_ok=True)
        config.write_text(prompt, encoding="utf-8")
    else:
        rc = home / (".bashrc" if shell == "bash" else ".zshrc")
        rc.write_text(prompt + rc.read_text(encoding="utf-8"), encoding="utf-8")
    # The one id that no other id of the week begins like.
    target = next(item for item in ids if sum(other.startswith(item[:6]) for other in ids) == 1)
    pane = Pane(tmp_path / "tmux.socket", SHELLS[shell], env)
    try:
        pane.wait_for("READY")
        pane.type(f"fashioncoach --today {START} done {target[:6]}", "Tab")
        pane.wait_for(f"done {target}")
        pane.type("C-u")
        pane.type(f"fashioncoach roadmap use {tmp_path}/roadmaps/", "Tab")
        screen = pane.wait_for("mine.toml")
        assert "notes.txt" not in screen
    finally:
        pane.close()


def test_zsh_shows_descriptions_whole(
    machine: tuple[Path, dict[str, str], list[str]], tmp_path: Path, learner: Learner
) -> None:
    """zsh's menu shows each id with its title, apostrophes and all."""
    if shutil.which("zsh") is None:
        pytest.skip("zsh is not installed")
    home, env, _ = machine
    install("zsh", env)
    rc = home / ".zshrc"
    rc.write_text(PROMPTS["zsh"] + rc.read_text(encoding="utf-8"), encoding="utf-8")
    titles = [line["title"] for line in learner.json("today", today=START)["actions"]]
    with_apostrophe = next(title for title in titles if "'" in title)
    pane = Pane(tmp_path / "tmux.socket", SHELLS["zsh"], env)
    try:
        pane.wait_for("READY")
        pane.type(f"fashioncoach --today {START} done ", "Tab")
        pane.wait_for(with_apostrophe[:60])
    finally:
        pane.close()
