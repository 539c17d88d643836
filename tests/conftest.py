"""Shared fixtures: no test can touch a real home or a real roadmap setting."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from fashioncoach import paths

REPO = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point the data and cache folders at temporary ones; clear settings from the environment."""
    home = tmp_path / "fashioncoach-home"
    monkeypatch.setenv(paths.HOME_ENV, str(home))
    monkeypatch.setenv(paths.CACHE_ENV, str(tmp_path / "fashioncoach-cache"))
    monkeypatch.delenv(paths.ROADMAP_ENV, raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "80")
    yield home
