"""A command's session: the settings the global options decided, the roadmap in use
and its progress store, shared by the fast path and the CLI."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from fashioncoach import paths
from fashioncoach.errors import CoachError, FashionCoachError
from fashioncoach.model.record import frozen_record

if TYPE_CHECKING:
    from fashioncoach.model.progress import Progress
    from fashioncoach.model.roadmap import Roadmap
    from fashioncoach.store.progress_store import ProgressStore


@frozen_record
class Settings:
    """What the global options decided, shared with every command."""

    roadmap_option: Path | None
    today: date  # the learner's day: the local date, or --today
    now: datetime  # the instant, in UTC: on --today's day at the clock's time of day

    @classmethod
    def current(cls, *, roadmap_option: Path | None = None, today: date | None = None) -> Settings:
        """The settings of a run: the clock's time, on ``today`` when one is given."""
        from datetime import UTC

        local = datetime.now().astimezone().replace(microsecond=0)
        if today is not None:
            local = datetime.combine(today, local.time()).astimezone()
        return cls(roadmap_option=roadmap_option, today=local.date(), now=local.astimezone(UTC))


def load_roadmap(settings: Settings) -> tuple[Roadmap, Path]:
    path = paths.selected_roadmap(settings.roadmap_option)
    return read_roadmap(path), path


def read_roadmap(path: Path) -> Roadmap:
    """The roadmap file at ``path``; a guide given where a roadmap belongs is told how to
    import it, instead of its TOML errors."""
    from fashioncoach.errors import RoadmapError
    from fashioncoach.store.roadmap_file import load_roadmap as load

    try:
        return load(path)
    except RoadmapError:
        written_in = _guide_format(path)
        if written_in:
            raise RoadmapError(
                path,
                [
                    f"this looks like a guide in {written_in}, not a roadmap; turn it into "
                    f"one with: fashioncoach roadmap import {path}"
                ],
            ) from None
        raise


def _guide_format(path: Path) -> str:
    """The format of the guide at ``path`` ("plain text", "Markdown"), or "" for none."""
    from fashioncoach.guides.formats import detect
    from fashioncoach.model.limits import MAX_ROADMAP_BYTES
    from fashioncoach.store.disk import read_regular

    try:
        raw = read_regular(path, limit=MAX_ROADMAP_BYTES)
    except OSError:
        return ""
    kind = detect(raw.decode("utf-8-sig", errors="replace"))
    return kind.name if kind is not None else ""


def store_for(roadmap: Roadmap) -> ProgressStore:
    """The roadmap's progress store, its backups named after the command being run."""
    from fashioncoach.store.progress_store import ProgressStore

    return ProgressStore(paths.progress_file(roadmap.id), command=command_name())


class Running:
    """The command this process runs (``done``, ``set hours``), set by the entry point
    from the command line (``__main__``, ``launch/fast.py``); ``""`` when it runs another
    way (a test's runner): a backup is then named without it."""

    command = ""


def command_name() -> str:
    return Running.command


def custom_path(path: Path) -> str:
    """The roadmap path a progress file records: empty for the bundled one."""
    return "" if path == paths.bundled_roadmap() else str(path.resolve())


def progress_or_start(settings: Settings, roadmap: Roadmap, path: Path) -> tuple[Progress, bool]:
    """The saved progress; on a first run, a plan started today (and saved)."""
    from fashioncoach.core.changes import new_progress
    from fashioncoach.core.packing import default_budget

    store = store_for(roadmap)
    progress = store.load()
    if progress is not None:
        return upgraded(same_roadmap(progress, path, store), store, roadmap, settings), False
    with store.locked():
        progress = store.load()
        if progress is not None:  # another run started it while we waited
            return same_roadmap(progress, path, store), False
        _refuse_to_start_beside_another(roadmap, path)
        progress = new_progress(
            roadmap=roadmap,
            start=settings.today,
            hours_per_week=default_budget(roadmap),
            at=settings.now,
            day=settings.today,
            roadmap_path=custom_path(path),
        )
        store.save(progress)
    return progress, True


def upgraded(
    progress: Progress, store: ProgressStore, roadmap: Roadmap, settings: Settings
) -> Progress:
    """A file an older release wrote, saved at the current schema (after a backup), saying
    once what changed; any other progress as it is."""
    if not progress.upgraded_from:
        return progress
    with store.locked():
        current = store.load()
        if current is None or not current.upgraded_from:
            return current or progress
        store.save(current)
    _say_upgraded(roadmap, current, settings)
    from fashioncoach.model.record import replace

    return replace(current, upgraded_from=0)


def _say_upgraded(roadmap: Roadmap, progress: Progress, settings: Settings) -> None:
    from fashioncoach.app.output import echo
    from fashioncoach.app.upgrade import upgrade_notice

    echo(upgrade_notice(roadmap, progress, today=settings.today), err=True)


def require_progress(
    roadmap: Roadmap, path: Path | None = None, settings: Settings | None = None
) -> Progress:
    """The saved progress, for a command that only reads it."""
    store = store_for(roadmap)
    progress = _started(store, path)
    if settings is not None:
        return upgraded(progress, store, roadmap, settings)
    return progress


@contextmanager
def editing(roadmap: Roadmap, path: Path | None = None) -> Iterator[tuple[ProgressStore, Progress]]:
    """The store and its saved progress, under the lock from read to write (a file of an
    older schema is saved at the current one by the change)."""
    store = store_for(roadmap)
    with store.locked():
        progress = _started(store, path)
        if progress.upgraded_from:
            store.save(progress)
            _say_upgraded(roadmap, progress, Settings.current())
            from fashioncoach.model.record import replace

            progress = replace(progress, upgraded_from=0)
        yield store, progress


def _started(store: ProgressStore, path: Path | None) -> Progress:
    progress = store.load()
    if progress is None:
        others = _others_beside(store.path.stem, path)
        if others:
            raise CoachError(
                f"no plan on the bundled roadmap yet; this home has progress on: {others}; "
                "follow yours with: fashioncoach roadmap use FILE, or start this one with: "
                "fashioncoach start"
            )
        raise CoachError("no plan started yet; run: fashioncoach today (or fashioncoach start)")
    return same_roadmap(progress, path, store) if path is not None else progress


def _others_beside(roadmap_id: str, path: Path | None) -> str:
    """The other roadmaps this home has progress on (``a, b``) when ``path`` is the bundled
    roadmap and it has none: where the first ``today`` refuses to start a plan by itself
    (``_refuse_to_start_beside_another``); ``""`` anywhere else. The folder is listed
    through the bounded reader's recorder, so a replayed hint follows it."""
    from fashioncoach.reading import list_folder

    if path is None or custom_path(path):
        return ""
    try:
        names = list_folder(paths.data_dir())
    except OSError:
        return ""
    if f"{roadmap_id}.toml" in names:
        return ""
    return ", ".join(name[: -len(".toml")] for name in names if name.endswith(".toml"))


def start_command(roadmap: Roadmap, path: Path | None) -> str:
    """The command that shows this roadmap's week in the state it is in: ``today``, which
    starts a plan by itself, unless it would refuse to (the bundled roadmap with no plan,
    beside progress on another): then ``start``, which always does."""
    return "fashioncoach start" if _others_beside(roadmap.id, path) else "fashioncoach today"


def same_roadmap(progress: Progress, path: Path, store: ProgressStore) -> Progress:
    """``progress`` when it was made with the roadmap file at ``path``; an error naming
    both files when another file with the same ``overview.id`` made it, so two roadmaps'
    progress is never mixed. A roadmap file that moved (the old one is gone) is fine."""
    recorded, current = progress.roadmap_path, custom_path(path)
    if recorded == current:
        return progress
    if recorded and current and not Path(recorded).exists():
        return progress  # the same roadmap, moved

    def name(value: str) -> str:
        return value or "the bundled roadmap"

    raise CoachError(
        f"{store.path}: this progress is on {name(recorded)}, not {name(current)}, though both "
        f"have the id '{progress.roadmap_id}'; follow it with: fashioncoach --roadmap "
        f"{recorded or paths.bundled_roadmap()} ..., or give {name(current)} an overview.id "
        "of its own"
    )


def _refuse_to_start_beside_another(roadmap: Roadmap, path: Path) -> None:
    """The first ``today`` on the bundled roadmap starts a plan by itself, unless the home
    holds another roadmap's progress: then a forgotten ``--roadmap`` is likelier."""
    if custom_path(path):
        return
    others = sorted(item for item in paths.data_dir().glob("*.toml") if item.stem != roadmap.id)
    if others:
        names = ", ".join(item.stem for item in others)
        raise CoachError(
            f"no plan on the bundled roadmap yet, but this home has progress on: {names}; "
            "follow yours with: fashioncoach roadmap use FILE (or --roadmap FILE); "
            "to start the bundled roadmap anyway, run: fashioncoach start"
        )


def week_hint(roadmap: Roadmap, path: Path, settings: Settings) -> str:
    """What to run next on a roadmap one has just switched to, in the state its progress
    is in: the week it is in and ``today``, or how to start it."""
    from fashioncoach.render.text import day

    try:
        progress = store_for(roadmap).load()
    except FashionCoachError:
        return "Check its progress with: fashioncoach doctor"
    if progress is None:
        return f"Start it with: {start_command(roadmap, path)}"
    from fashioncoach.views.situation import Situation

    now = Situation(roadmap=roadmap, progress=progress, today=settings.today)
    if now.complete:
        return "Its plan is complete. See the journey with: fashioncoach report"
    if settings.today < now.plan.start:
        return (
            f"Its plan starts on {day(now.plan.start)}. "
            "See a preview of week 1 with: fashioncoach today"
        )
    clock = now.clock
    return (
        f"You are in week {clock.plan_week} of {clock.plan_weeks}. "
        "See this week with: fashioncoach today"
    )


def followed_hint(roadmap: Roadmap | None, path: Path | None, settings: Settings) -> str:
    """``week_hint`` for the roadmap ``roadmap use`` just made active (None: the bundled
    one), whatever ``--roadmap`` or the environment say for this one command."""
    import os

    from fashioncoach.store.roadmap_file import load_roadmap as load

    if roadmap is None or path is None:
        bundled = paths.bundled_roadmap()
        return week_hint(load(bundled), bundled, settings)
    return week_hint(roadmap, Path(os.path.abspath(path.expanduser())), settings)


def parse_date(value: str, option: str) -> date:
    """``value`` as a day a plan can use, or a usage error naming ``option``."""
    from fashioncoach.errors import BadArgument
    from fashioncoach.model.limits import EARLIEST_DATE, LATEST_DATE, read_date
    from fashioncoach.render.text import printable

    parsed = read_date(value)
    if parsed is None:
        raise BadArgument(
            f"not a date: {printable(value)} ({option} takes a day as YYYY-MM-DD, from "
            f"{EARLIEST_DATE} to {LATEST_DATE}, e.g. 2026-11-25)"
        )
    return parsed
