"""Shared fixtures: no test can touch a real home or a real roadmap setting.

``learner`` (bundled roadmap) and ``custom_learner`` (the small example roadmap in
fixtures/teacher-to-ux.toml) run commands through ``tests/helpers.py``;
``each_learner`` is one test run three times: on the bundled roadmap, and on the
example roadmap chosen with ``--roadmap`` and with ``FASHIONCOACH_ROADMAP``.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from fashioncoach import paths
from tests.helpers import CUSTOM, FIXTURES, REPO, Learner

__all__ = ["CUSTOM", "FIXTURES", "REPO"]


def pytest_configure(config: pytest.Config) -> None:
    """Folders of the run's own before anything runs, so code that runs outside a test's
    fixtures (collection, a state machine's own set-up) never reaches a real home."""
    scratch = Path(tempfile.mkdtemp(prefix="fashioncoach-tests-"))
    os.environ[paths.HOME_ENV] = str(scratch / "home")
    os.environ[paths.CACHE_ENV] = str(scratch / "cache")


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point the data and cache folders at temporary ones; clear settings from the environment."""
    home = tmp_path / "fashioncoach-home"
    monkeypatch.setenv(paths.HOME_ENV, str(home))
    monkeypatch.setenv(paths.CACHE_ENV, str(tmp_path / "fashioncoach-cache"))
    monkeypatch.delenv(paths.ROADMAP_ENV, raising=False)
    monkeypatch.delenv(paths.CONFIG_ENV, raising=False)
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
    return Learner(isolated_home, CUSTOM)


EACH = {
    "bundled": (None, False),
    "custom-option": (CUSTOM, False),
    "custom-env": (CUSTOM, True),
}


@pytest.fixture(params=list(EACH))
def each_learner(request: pytest.FixtureRequest, isolated_home: Path) -> Learner:
    """A learner on each way of choosing a roadmap: bundled, ``--roadmap``, the environment."""
    roadmap, via_env = EACH[request.param]
    return Learner(isolated_home, roadmap, via_env=via_env)
