"""Shared fixtures: no test can touch a real home or a real roadmap setting.

``learner`` (bundled roadmap) and ``custom_learner`` (the small example roadmap in
fixtures/teacher-to-ux.toml) run commands through ``tests/helpers.py``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from fashioncoach import paths
from tests.helpers import FIXTURES, REPO, Learner

__all__ = ["FIXTURES", "REPO"]


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


@pytest.fixture
def learner(isolated_home: Path) -> Learner:
    """A learner on the bundled roadmap."""
    return Learner(isolated_home)


@pytest.fixture
def custom_learner(isolated_home: Path) -> Learner:
    """A learner on the small example roadmap, passed with --roadmap."""
    return Learner(isolated_home, FIXTURES / "teacher-to-ux.toml")
