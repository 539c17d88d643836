"""The bodies of the everyday commands, free of Typer.

``cli.py`` calls them after Typer has parsed the arguments; ``fast.py`` calls
them straight from ``sys.argv``. Errors are our own exceptions, turned into a
message and an exit code by the caller.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from fashioncoach import paths
from fashioncoach.output import echo, show, show_json

if TYPE_CHECKING:
    from fashioncoach.domain import Roadmap
    from fashioncoach.progress import EventKind, Progress, ProgressStore

DEFAULT_WEEKLY_HOURS = 8.0


@dataclass(frozen=True)
class Settings:
    """What the global options decided, shared with every command."""

    roadmap_option: Path | None
    today: date
    now: datetime


def load_roadmap(settings: Settings) -> tuple[Roadmap, Path]:
    from fashioncoach.roadmap import load_roadmap as load

    path = paths.selected_roadmap(settings.roadmap_option)
    return load(path), path


def store_for(roadmap: Roadmap) -> ProgressStore:
    from fashioncoach.progress import ProgressStore

    return ProgressStore(paths.progress_file(roadmap.id))


def custom_path(path: Path) -> str:
    """The roadmap path a progress file records: empty for the bundled one."""
    return "" if path == paths.bundled_roadmap() else str(path.resolve())


def progress_or_start(settings: Settings, roadmap: Roadmap, path: Path) -> tuple[Progress, bool]:
    """The saved progress; on a first run, a plan started today (and saved)."""
    from fashioncoach.coach import new_progress

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
            weekly_hours=DEFAULT_WEEKLY_HOURS,
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
    from fashioncoach.coach import CoachError

    progress = store.load()
    if progress is None:
        raise CoachError("no plan started yet; run: fashioncoach today (or fashioncoach start)")
    return progress


def today(settings: Settings, *, json_output: bool) -> None:
    from fashioncoach.coach import build_today
    from fashioncoach.formatting import day

    roadmap, path = load_roadmap(settings)
    progress, started_now = progress_or_start(settings, roadmap, path)
    if started_now:
        echo(
            f"Started your {roadmap.overview.duration_weeks}-week plan today "
            f"({day(progress.start_date)}, {progress.weekly_hours:g} h a week).\n"
            "Change it with: fashioncoach start --on DATE --hours N",
            err=json_output,
        )
    view = build_today(roadmap=roadmap, progress=progress, today=settings.today)
    if json_output:
        show_json(view)
    else:
        from fashioncoach.views import render_today

        show(render_today(view, roadmap))


def report(settings: Settings, *, json_output: bool) -> None:
    from fashioncoach.coach import build_report

    roadmap, _ = load_roadmap(settings)
    progress = require_progress(roadmap)
    view = build_report(roadmap=roadmap, progress=progress, today=settings.today)
    if json_output:
        show_json(view)
    else:
        from fashioncoach.views import render_report

        show(render_report(view), page=True)


_VERBS = {"done": "Done", "undone": "Reopened", "skipped": "Skipped"}
_ALREADY = {"done": "already done", "undone": "already open", "skipped": "already skipped"}


def mark(
    settings: Settings, action_ids: list[str], kind: EventKind, *, hours: float | None = None
) -> None:
    """done / undo / skip: check every id, then record them all under the lock.

    ``hours`` (done only) is the time spent; without it, the action's estimate.
    """
    from fashioncoach.coach import mark as record

    roadmap, _ = load_roadmap(settings)
    titles = {action.id: action.title for _, _, action in roadmap.actions()}
    with editing(roadmap) as (store, progress):
        outcome = record(
            roadmap=roadmap,
            progress=progress,
            action_ids=action_ids,
            kind=kind,
            now=settings.now,
            hours=hours,
        )
        if outcome.changed:
            store.save(outcome.progress)
    for action_id in outcome.changed:
        spent = f", {hours:g} h spent" if hours is not None else ""
        echo(f"{_VERBS[kind]}: {action_id} ({titles[action_id]}{spent})")
    for action_id in outcome.unchanged:
        echo(f"Nothing to do: {action_id} is {_ALREADY[kind]}.")
