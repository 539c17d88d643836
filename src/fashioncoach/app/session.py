"""A command's session: the settings the global options decided, the roadmap in use
and its progress store, shared by the fast path and the CLI."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from fashioncoach import paths
from fashioncoach.errors import CoachError

if TYPE_CHECKING:
    from fashioncoach.model.progress import Progress
    from fashioncoach.model.roadmap import Roadmap
    from fashioncoach.store.progress_store import ProgressStore


@dataclass(frozen=True)
class Settings:
    """What the global options decided, shared with every command."""

    roadmap_option: Path | None
    today: date
    now: datetime

    @classmethod
    def current(cls, *, roadmap_option: Path | None = None, today: date | None = None) -> Settings:
        """The settings of a run: the clock's time, on ``today`` when one is given."""
        moment = datetime.now().replace(microsecond=0)
        if today is not None:
            moment = datetime.combine(today, moment.time())
        return cls(roadmap_option=roadmap_option, today=moment.date(), now=moment)


def load_roadmap(settings: Settings) -> tuple[Roadmap, Path]:
    from fashioncoach.store.roadmap_file import load_roadmap as load

    path = paths.selected_roadmap(settings.roadmap_option)
    return load(path), path


def store_for(roadmap: Roadmap) -> ProgressStore:
    from fashioncoach.store.progress_store import ProgressStore

    return ProgressStore(paths.progress_file(roadmap.id))


def custom_path(path: Path) -> str:
    """The roadmap path a progress file records: empty for the bundled one."""
    return "" if path == paths.bundled_roadmap() else str(path.resolve())


def progress_or_start(settings: Settings, roadmap: Roadmap, path: Path) -> tuple[Progress, bool]:
    """The saved progress; on a first run, a plan started today (and saved)."""
    from fashioncoach.core.changes import new_progress
    from fashioncoach.core.schedule import default_budget

    store = store_for(roadmap)
    progress = store.load()
    if progress is not None:
        return progress, False
    with store.locked():
        progress = store.load()
        if progress is not None:  # another run started it while we waited
            return progress, False
        progress = new_progress(
            roadmap=roadmap,
            start=settings.today,
            hours_per_week=default_budget(roadmap),
            roadmap_path=custom_path(path),
        )
        store.save(progress)
    return progress, True


def require_progress(roadmap: Roadmap) -> Progress:
    """The saved progress, for a command that only reads it."""
    return _started(store_for(roadmap))


@contextmanager
def editing(roadmap: Roadmap) -> Iterator[tuple[ProgressStore, Progress]]:
    """The store and its saved progress, under the lock from read to write."""
    store = store_for(roadmap)
    with store.locked():
        yield store, _started(store)


def _started(store: ProgressStore) -> Progress:
    progress = store.load()
    if progress is None:
        raise CoachError("no plan started yet; run: fashioncoach today (or fashioncoach start)")
    return progress
