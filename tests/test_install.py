"""The wheel carries the dataset: an installed fashioncoach works from any folder."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from tests.helpers import REPO


@pytest.mark.slow
def test_wheel_installs_and_runs_outside_the_checkout(tmp_path: Path) -> None:
    """Build the wheel, install it in a fresh venv, run commands from an unrelated folder."""
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(dist), str(REPO)],
        check=True,
    )
    (wheel,) = dist.glob("fashioncoach-*.whl")
    assert "fashioncoach/data/roadmap.toml" in zipfile.ZipFile(wheel).namelist()

    environment = tmp_path / "venv"
    venv.create(environment, with_pip=True)
    python = environment / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(wheel)], check=True)

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "FASHIONCOACH_HOME": str(tmp_path / "home"), "NO_COLOR": "1"}
    env.pop("FASHIONCOACH_ROADMAP", None)

    def run(*args: str) -> str:
        result = subprocess.run(
            [str(environment / "bin" / "fashioncoach"), *args],
            cwd=elsewhere,
            env=env,
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stderr
        return result.stdout

    assert "Foundations of Fashion" in run("timeline")
    assert "week 1 of 4" in run("--today", "2026-11-25", "today")
    assert (tmp_path / "home" / "backend-to-ai-fashion-designer.toml").is_file()
    module = subprocess.run(
        [str(python), "-m", "fashioncoach", "--version"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert module.stdout.startswith("fashioncoach ")
