"""Every path the program reads or writes, decided in one place.

An environment variable wins, then the platform's conventions (platformdirs). On
Linux the conventions are worked out here, as platformdirs would, so that a
replayed command (``launch/replay.py``) finds its folders without importing
platformdirs or pathlib: this module imports neither at load time.
"""

from __future__ import annotations

import os
import sys

from fashioncoach.errors import FashionCoachError

# For the type checker only (mypy treats this name as true): importing pathlib and
# typing would cost a replayed command more than all its work.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path

HOME_ENV = "FASHIONCOACH_HOME"
ROADMAP_ENV = "FASHIONCOACH_ROADMAP"
CACHE_ENV = "FASHIONCOACH_CACHE"
CONFIG_ENV = "FASHIONCOACH_CONFIG"
NO_REPLAY_ENV = "FASHIONCOACH_NO_REPLAY"  # 1: read commands and TABs work afresh
ROADMAPS_FILE = "roadmaps.conf"  # the roadmaps ``roadmap use`` remembers
APP_NAME = "fashioncoach"


def _path(text: str) -> Path:
    from pathlib import Path

    return Path(text)


def _no_home() -> FashionCoachError:
    return FashionCoachError(
        f"there is no home folder to keep your progress in; set {HOME_ENV} to a folder"
    )


def _xdg(variable: str, fallback: str, kind: str) -> str:
    """A folder of the platform's: on Linux the XDG rule platformdirs follows, worked out
    without importing it; elsewhere platformdirs itself."""
    if sys.platform.startswith("linux"):
        base = os.environ.get(variable, "").strip()
        if not base:
            home = os.path.expanduser("~")
            if home == "~" or not home:
                raise _no_home()
            base = os.path.join(home, fallback)
        return os.path.join(base, APP_NAME)
    import platformdirs

    try:
        return str(getattr(platformdirs, f"user_{kind}_path")(APP_NAME))
    except (RuntimeError, KeyError):  # no HOME and no account entry to find one
        raise _no_home() from None


def data_folder() -> str:
    """The folder that holds progress files, their lock files and backups."""
    override = os.environ.get(HOME_ENV)
    if override:
        return os.path.expanduser(override)
    return _xdg("XDG_DATA_HOME", os.path.join(".local", "share"), "data")


def cache_folder() -> str:
    """Copies that make commands fast (validated files, replays); safe to delete."""
    override = os.environ.get(CACHE_ENV)
    if override:
        return os.path.expanduser(override)
    return _xdg("XDG_CACHE_HOME", ".cache", "cache")


def config_folder() -> str:
    """Settings that are not progress: which roadmaps the learner follows.

    ``FASHIONCOACH_CONFIG`` wins; with ``FASHIONCOACH_HOME`` set, that folder (so one
    variable moves everything of the learner's); else the platform's config folder.
    """
    override = os.environ.get(CONFIG_ENV) or os.environ.get(HOME_ENV)
    if override:
        return os.path.expanduser(override)
    return _xdg("XDG_CONFIG_HOME", ".config", "config")


def chosen_by_learner(folder: str) -> bool:
    """Whether ``folder`` is one the learner named (``FASHIONCOACH_HOME`` or
    ``FASHIONCOACH_CONFIG``): it keeps its own mode, where the program's own folders are
    made private (see ``store/disk.private_folder``)."""
    place = os.path.abspath(folder)
    for name in (HOME_ENV, CONFIG_ENV):
        value = os.environ.get(name)
        if value and os.path.abspath(os.path.expanduser(value)) == place:
            return True
    return False


def data_dir() -> Path:
    return _path(data_folder())


def cache_dir() -> Path:
    return _path(cache_folder())


def config_dir() -> Path:
    return _path(config_folder())


def progress_file(roadmap_id: str) -> Path:
    """One progress file per roadmap, so several guides can be followed at once."""
    return data_dir() / f"{roadmap_id}.toml"


def lock_file(progress: Path) -> Path:
    # A separate file: os.replace swaps the data file, so a lock on it would not hold.
    return progress.with_name(progress.name + ".lock")


def backups_dir(progress: Path) -> Path:
    return progress.parent / "backups"


def calendar_record(roadmap_id: str) -> Path:
    """What ``export ics`` sent last, per event, beside the progress it mirrors: the next
    export cancels what the plan no longer has and numbers each change from it."""
    return data_dir() / "calendars" / f"{roadmap_id}.json"


def bundled_roadmap_text() -> str:
    """The roadmap shipped inside the package (a wheel) or beside it (a checkout)."""
    # A wheel installs its resources as plain files beside the code: this is where
    # importlib.resources would find it, without the ~3 ms of importing it.
    here = os.path.dirname(os.path.abspath(__file__))
    packaged = os.path.join(here, "data", "roadmap.toml")
    if os.path.isfile(packaged):
        return packaged
    # An editable install of a source checkout: the dataset lives at the repo's top.
    return os.path.join(os.path.dirname(os.path.dirname(here)), "data", "roadmap.toml")


def bundled_roadmap() -> Path:
    return _path(bundled_roadmap_text())


def roadmaps_file_text() -> str:
    return os.path.join(config_folder(), ROADMAPS_FILE)


def roadmaps_file() -> Path:
    return _path(roadmaps_file_text())


MAX_ROADMAPS_FILE_BYTES = 256 * 1024  # thousands of paths: far more than anyone follows


def roadmaps_file_problem(reason: str) -> FashionCoachError:
    """The one message for a ``roadmaps.conf`` that cannot be used."""
    return FashionCoachError(
        f"{roadmaps_file_text()}: {reason}; it lists the roadmaps you follow (roadmap use), "
        "so nothing was changed: repair it or move it away, then check with: fashioncoach doctor"
    )


def remembered_text() -> tuple[str | None, list[str]]:
    """The roadmap ``roadmap use`` made active (None: the bundled one), and every one it
    remembers. A plain ``key = path`` file, read without a TOML parser: it is read on
    every command, through the bounded reader, and one that cannot be read is an error
    (the roadmap in use would be a guess)."""
    from fashioncoach.reading import read_regular

    try:
        raw = read_regular(roadmaps_file_text(), limit=MAX_ROADMAPS_FILE_BYTES)
    except FileNotFoundError:
        return None, []
    except OSError as error:
        raise roadmaps_file_problem(f"cannot be read ({error.strerror or error})") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise roadmaps_file_problem(f"not UTF-8 text (byte {error.start})") from None
    active: str | None = None
    known: list[str] = []
    for line in text.splitlines():
        key, equals, value = line.partition("=")
        if not equals or line.lstrip().startswith("#"):
            continue
        if key.strip() == "active":
            active = value.strip() or None
        elif key.strip() == "known" and value.strip() not in known:
            known.append(value.strip())
    return active, known


def remembered_roadmaps() -> tuple[Path | None, list[Path]]:
    active, known = remembered_text()
    return (_path(active) if active else None), [_path(item) for item in known]


def selected_roadmap_text(option: str | None) -> str:
    """The roadmap a command works on: ``--roadmap``, then ``FASHIONCOACH_ROADMAP``, then
    the one ``roadmap use`` made active, then the bundled one. ``~`` is expanded."""
    if option is not None:
        return os.path.expanduser(option)
    override = os.environ.get(ROADMAP_ENV)
    if override:
        return os.path.expanduser(override)
    active, _ = remembered_text()
    return active if active is not None else bundled_roadmap_text()


def selected_roadmap(option: Path | None) -> Path:
    return _path(selected_roadmap_text(None if option is None else str(option)))


SHELLS = ("bash", "zsh", "fish")


def _user_home() -> str:
    home = os.path.expanduser("~")
    if home == "~" or not home:
        raise FashionCoachError("there is no home folder to install shell completion in")
    return home


def completion_script(shell: str) -> Path:
    """Where ``completion SHELL --install`` writes the script: the folder each shell (or
    bash-completion) looks in for a command's completion."""
    home = _user_home()
    if shell == "fish":
        config = os.environ.get("XDG_CONFIG_HOME", "").strip() or os.path.join(home, ".config")
        return _path(os.path.join(config, "fish", "completions", f"{APP_NAME}.fish"))
    data = os.environ.get("XDG_DATA_HOME", "").strip() or os.path.join(home, ".local", "share")
    if shell == "bash":
        return _path(os.path.join(data, "bash-completion", "completions", APP_NAME))
    return _path(os.path.join(data, "zsh", "site-functions", f"_{APP_NAME}"))


def shell_startup_file(shell: str) -> Path | None:
    """The start-up file that must load the script, or None when the shell finds it alone
    (fish reads its completions folder by itself)."""
    home = _user_home()
    if shell == "bash":
        return _path(os.path.join(home, ".bashrc"))
    if shell == "zsh":
        return _path(os.path.join(os.environ.get("ZDOTDIR", "").strip() or home, ".zshrc"))
    return None
