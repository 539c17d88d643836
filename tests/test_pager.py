"""Long output goes through a pager on a terminal, and never when piped."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import at_a_terminal


def run_in_terminal(args: list[str], env: dict[str, str], rows: int) -> str:
    """What fashioncoach showed at an 80-column terminal of ``rows`` rows."""
    return at_a_terminal(args, env, rows=rows, columns=80)[1]


@pytest.fixture
def terminal_env(isolated_home: Path, tmp_path: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key not in ("COLUMNS", "LINES")}
    env["TERM"] = "xterm"
    env.pop("NO_COLOR", None)
    env["PAGER"] = f"cat > {tmp_path / 'paged.txt'}"
    return env


def test_a_long_phase_goes_through_the_pager_on_a_terminal(
    terminal_env: dict[str, str], tmp_path: Path
) -> None:
    """`phase show` taller than the terminal is handed to $PAGER, not printed."""
    shown = run_in_terminal(["phase", "show", "ai-design-tools"], terminal_env, rows=24)
    paged = (tmp_path / "paged.txt").read_text()
    assert "ai-design-tools" not in shown
    assert "AI Design Tools Mastery" in paged
    assert "\x1b[" in paged  # the pager gets the colours


def test_a_short_view_is_printed_without_a_pager(
    terminal_env: dict[str, str], tmp_path: Path
) -> None:
    """What fits the terminal is printed straight away; the pager is not started."""
    shown = run_in_terminal(["reality"], terminal_env, rows=200)
    assert "Reality check" in shown
    assert not (tmp_path / "paged.txt").exists()


@pytest.mark.slow
def test_piped_output_is_never_paged(terminal_env: dict[str, str], tmp_path: Path) -> None:
    """Through a pipe the whole phase is printed, however long."""
    result = subprocess.run(
        [sys.executable, "-m", "fashioncoach", "phase", "show", "ai-design-tools"],
        env=terminal_env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert "AI Design Tools Mastery" in result.stdout
    assert not (tmp_path / "paged.txt").exists()
