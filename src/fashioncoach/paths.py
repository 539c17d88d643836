"""Every path the program reads or writes, decided in one place.

An environment variable wins, then the platform's conventions (platformdirs).
"""

from __future__ import annotations

import os
from pathlib import Path

from fashioncoach.errors import FashionCoachError

HOME_ENV = "FASHIONCOACH_HOME"
ROADMAP_ENV = "FASHIONCOACH_ROADMAP"
CACHE_ENV = "FASHIONCOACH_CACHE"
CONFIG_ENV = "FASHIONCOACH_CONFIG"
ROADMAPS_FILE = "roadmaps.conf"  # the roadmaps ``roadmap use`` remembers
APP_NAME = "fashioncoach"


def data_dir() -> Path:
    """The folder that holds progress files, their lock files and backups."""
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override).expanduser()
    # Imported here: only commands that touch progress pay for it.
    import platformdirs

    try:
        return platformdirs.user_data_path(APP_NAME)
    except (RuntimeError, KeyError):  # no HOME and no account entry to find one
        raise _no_home() from None


def _no_home() -> FashionCoachError:
    return FashionCoachError(
        f"there is no home folder to keep your progress in; set {HOME_ENV} to a folder"
    )


def cache_dir() -> Path:
    """Copies of validated files that make commands fast; safe to delete at any time."""
    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override).expanduser()
    import platformdirs

    try:
        return platformdirs.user_cache_path(APP_NAME)
    except (RuntimeError, KeyError):
        raise _no_home() from None


def progress_file(roadmap_id: str) -> Path:
    """One progress file per roadmap, so several guides can be followed at once."""
    return data_dir() / f"{roadmap_id}.toml"


def lock_file(progress: Path) -> Path:
    # A separate file: os.replace swaps the data file, so a lock on it would not hold.
    return progress.with_name(progress.name + ".lock")


def backups_dir(progress: Path) -> Path:
    return progress.parent / "backups"


def bundled_roadmap() -> Path:
    """The roadmap shipped inside the package (a wheel) or beside it (a checkout)."""
    # A wheel installs its resources as plain files beside the code: this is where
    # importlib.resources would find it, without the ~3 ms of importing it.
    packaged = Path(__file__).with_name("data") / "roadmap.toml"
    if packaged.is_file():
        return packaged
    # An editable install of a source checkout: the dataset lives at the repo's top.
    return Path(__file__).resolve().parents[2] / "data" / "roadmap.toml"


def config_dir() -> Path:
    """Settings that are not progress: which roadmaps the learner follows.

    ``FASHIONCOACH_CONFIG`` wins; with ``FASHIONCOACH_HOME`` set, that folder (so one
    variable moves everything of the learner's); else the platform's config folder.
    """
    override = os.environ.get(CONFIG_ENV) or os.environ.get(HOME_ENV)
    if override:
        return Path(override).expanduser()
    import platformdirs

    try:
        return platformdirs.user_config_path(APP_NAME)
    except (RuntimeError, KeyError):
        raise _no_home() from None


def roadmaps_file() -> Path:
    return config_dir() / ROADMAPS_FILE


def remembered_roadmaps() -> tuple[Path | None, list[Path]]:
    """The roadmap ``roadmap use`` made active (None: the bundled one), and every one it
    remembers. A plain ``key = path`` file, read without a TOML parser: it is read on
    every command."""
    try:
        text = roadmaps_file().read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None, []
    active: Path | None = None
    known: list[Path] = []
    for line in text.splitlines():
        key, equals, value = line.partition("=")
        if not equals or line.lstrip().startswith("#"):
            continue
        path = Path(value.strip())
        if key.strip() == "active":
            active = path
        elif key.strip() == "known" and path not in known:
            known.append(path)
    return active, known


def selected_roadmap(option: Path | None) -> Path:
    """The roadmap a command works on: ``--roadmap``, then ``FASHIONCOACH_ROADMAP``, then
    the one ``roadmap use`` made active, then the bundled one. ``~`` is expanded."""
    if option is not None:
        return option.expanduser()
    override = os.environ.get(ROADMAP_ENV)
    if override:
        return Path(override).expanduser()
    active, _ = remembered_roadmaps()
    return active if active is not None else bundled_roadmap()
