"""Commands that look after the progress data: ``doctor``, ``restore`` and ``reset``.

Registered on the main app by an import at the bottom of ``cli.py``. ``doctor`` and
``restore --list`` only read; ``restore`` and ``reset`` hold the lock while they
write, and both keep the file they replace as a backup.
"""

from __future__ import annotations

import os
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal

import typer

from fashioncoach import paths
from fashioncoach.cli import YesOption, app, confirm, friendly_errors, settings_of
from fashioncoach.errors import ProgressError, RoadmapError
from fashioncoach.output import echo, error
from fashioncoach.run import DEFAULT_WEEKLY_HOURS, custom_path, load_roadmap, store_for

if TYPE_CHECKING:
    from fashioncoach.domain import Roadmap
    from fashioncoach.progress import Backup, ProgressStore


def usage_error(message: str) -> typer.Exit:
    """A bad argument: one line, exit code 2, nothing done."""
    error(message)
    return typer.Exit(2)


def _events(count: int) -> str:
    return f"{count} event" if count == 1 else f"{count} events"


# --- doctor -----------------------------------------------------------------------------

Level = Literal["ok", "note", "warning", "problem"]


@dataclass(frozen=True)
class Finding:
    level: Level
    topic: str
    text: str
    fix: str = ""


def _check_folder(folder: Path) -> Finding:
    from fashioncoach.progress import home_problem

    problem = home_problem(folder / "x.toml")
    if problem:
        return Finding("problem", "data folder", problem, f"export {paths.HOME_ENV}=~/fashioncoach")
    fix_other = f"or point {paths.HOME_ENV} at another folder"
    if folder.exists():
        if not folder.is_dir():
            return Finding(
                "problem",
                "data folder",
                f"{folder} is a file, not a folder",
                f"move that file away, {fix_other}",
            )
        if not os.access(folder, os.W_OK | os.X_OK):
            return Finding(
                "problem",
                "data folder",
                f"{folder} is read-only: reading works, saving fails",
                f"chmod u+rwx {folder}, {fix_other}",
            )
        return Finding("ok", "data folder", str(folder))
    ancestor = folder.parent
    while not ancestor.exists() and ancestor != ancestor.parent:
        ancestor = ancestor.parent
    if not ancestor.is_dir():
        return Finding(
            "problem",
            "data folder",
            f"{folder} cannot be created: {ancestor} is a file, not a folder",
            f"move {ancestor} away, {fix_other}",
        )
    if not os.access(ancestor, os.W_OK | os.X_OK):
        return Finding(
            "problem",
            "data folder",
            f"{folder} cannot be created: {ancestor} is read-only",
            fix_other.removeprefix("or ").capitalize(),
        )
    return Finding("ok", "data folder", f"{folder} (not created yet: the first save creates it)")


def _check_progress(store: ProgressStore, roadmap: Roadmap | None) -> list[Finding]:
    from fashioncoach.coach import unknown_action_ids
    from fashioncoach.progress import SCHEMA_VERSION, parse_bytes, schema_version_of

    found: list[Finding] = []
    path = store.path
    backups = store.backup_list()
    restore_fix = f"fashioncoach restore {backups[0].name}" if backups else ""
    try:
        raw = store.read_raw()
    except ProgressError as problem:
        return [Finding("problem", "progress", str(problem), restore_fix)]
    if raw is None:
        if backups:
            return [
                Finding(
                    "problem",
                    "progress",
                    f"{path} is missing, but {len(backups)} backups of it exist",
                    f"{restore_fix} (or start over: fashioncoach reset)",
                )
            ]
        started = "no plan started yet (start with: fashioncoach today)"
        return [Finding("ok", "progress", f"{path}: {started}")]
    try:
        progress = parse_bytes(raw, path)
    except ProgressError as problem:
        fix = restore_fix or "correct the file where shown, or start over: fashioncoach reset"
        return [Finding("problem", "progress", str(problem), fix)]

    import tomllib

    on_disk = schema_version_of(tomllib.loads(raw.decode("utf-8")))
    link = f", a link to {os.path.realpath(path)}" if path.is_symlink() else ""
    found.append(
        Finding(
            "ok",
            "progress",
            f"{path}{link}: started {progress.start_date}, {_events(len(progress.events))}, "
            f"{len(progress.phases)} phase(s) entered",
        )
    )
    if on_disk is not None and on_disk < SCHEMA_VERSION:
        found.append(
            Finding(
                "note",
                "progress",
                f"written as schema_version {on_disk}: the next save upgrades it to "
                f"{SCHEMA_VERSION}, after keeping the old file as a backup",
            )
        )
    if progress.unknown:
        found.append(
            Finding(
                "note",
                "progress",
                "keys this version does not know are kept as they are: "
                + ", ".join(sorted(progress.unknown)),
            )
        )
    if roadmap is None:
        return found
    if progress.roadmap_id != roadmap.id:
        found.append(
            Finding(
                "warning",
                "progress",
                f"roadmap_id is '{progress.roadmap_id}', but the roadmap's id is '{roadmap.id}'",
                f'set roadmap_id = "{roadmap.id}" in {path}',
            )
        )
    phase_ids = {phase.id for phase in roadmap.phases}
    strange = [entry.phase for entry in progress.phases if entry.phase not in phase_ids]
    if strange:
        found.append(
            Finding(
                "warning",
                "progress",
                "phase entries for phases this roadmap does not have: "
                + ", ".join(strange)
                + "; they are kept and skipped, so your current phase is the last one it knows",
                f"if a phase was renamed, use its new id in the phases list of {path}",
            )
        )
    gone = unknown_action_ids(roadmap, progress)
    if gone:
        found.append(
            Finding(
                "warning",
                "progress",
                f"{len(gone)} action id(s) in the log are not in this roadmap: "
                + ", ".join(gone)
                + "; their events are kept and no longer count",
            )
        )
    return found


def _check_lock(store: ProgressStore) -> Finding:
    from filelock import FileLock, Timeout

    lock_path = store.lock_path
    if not lock_path.exists():
        return Finding("ok", "lock", f"{lock_path}: free (not created yet)")
    try:
        lock = FileLock(lock_path, timeout=0)
        lock.acquire()
        lock.release()
    except Timeout:
        return Finding(
            "warning",
            "lock",
            f"{lock_path}: held right now by another fashioncoach",
            f"wait for it to finish; if no fashioncoach is running, delete it: rm {lock_path}",
        )
    except OSError as problem:
        return Finding(
            "problem",
            "lock",
            f"{lock_path}: cannot be used ({problem.strerror or problem})",
            f"delete it (it is recreated): rm {lock_path}",
        )
    return Finding("ok", "lock", f"{lock_path}: free")


def _leftovers(store: ProgressStore) -> list[Path]:
    """Temporary files an interrupted save, or a failed cache write, left behind."""
    found = store.temporaries()
    with suppress(OSError):
        found += sorted(paths.cache_dir().glob(".*.tmp"))
    return found


def _check_backups(store: ProgressStore) -> list[Finding]:
    from fashioncoach.progress import BACKUPS_KEPT

    backups = store.backup_list()
    found: list[Finding] = []
    if not backups:
        found.append(
            Finding("ok", "backups", f"none yet in {store.backups} (one is kept before each save)")
        )
    else:
        newest = backups[0]
        found.append(
            Finding(
                "ok",
                "backups",
                f"{len(backups)} in {store.backups} (the last {BACKUPS_KEPT} saves are kept), "
                f"newest {newest.name}",
            )
        )
        try:
            store.parse_backup(newest)
        except ProgressError as problem:
            found.append(
                Finding(
                    "warning",
                    "backups",
                    f"the newest backup cannot be used: {problem}",
                    "pick an older one from: fashioncoach restore --list",
                )
            )
    leftovers = _leftovers(store)
    if leftovers:
        found.append(
            Finding(
                "warning",
                "backups",
                f"{len(leftovers)} temporary file(s) left by an interrupted save; your file is "
                "intact, the next save deletes them, and they are safe to delete now",
                "rm " + " ".join(str(item) for item in leftovers),
            )
        )
    return found


def _check_conflicted_copies(store: ProgressStore) -> list[Finding]:
    """Copies a sync tool left beside the progress file: offer to import each one."""
    from fashioncoach.exchange import (
        ExchangeError,
        conflicted_copies,
        merge,
        read_incoming,
        summary,
    )

    found: list[Finding] = []
    for copy in conflicted_copies(store.path):
        try:
            theirs = read_incoming(copy)
            ours = store.load()
            result = merge(ours, theirs) if ours is not None else None
        except (ExchangeError, ProgressError) as problem:
            found.append(
                Finding(
                    "warning",
                    "sync",
                    f"{copy.name}: a conflicted copy beside {store.path.name} that cannot be "
                    f"imported ({problem})",
                    f"look at it, then delete it: rm '{copy}'",
                )
            )
            continue
        news = summary(result) if result is not None and result.changed else ""
        if result is not None and not news:
            found.append(
                Finding(
                    "note",
                    "sync",
                    f"{copy.name}: a conflicted copy your sync tool left; your progress already "
                    "has all of it",
                    f"delete it: rm '{copy}'",
                )
            )
            continue
        found.append(
            Finding(
                "warning",
                "sync",
                f"{copy.name}: a conflicted copy your sync tool left beside {store.path.name}"
                + (f"; it has {news} that yours lacks" if news else ""),
                f"merge it into yours (a backup is kept): fashioncoach import '{copy}'",
            )
        )
    return found


@app.command()
@friendly_errors
def doctor(ctx: typer.Context) -> None:
    """Check your data and say how to fix what is wrong.

    Looks at the progress file, its lock and backups, and the roadmap.

    Reads only: it never changes a file. Exit code 1 when it finds a problem.

    Example: fashioncoach doctor
    """
    settings = settings_of(ctx)
    findings: list[Finding] = []
    roadmap_path = paths.selected_roadmap(settings.roadmap_option)
    roadmap: Roadmap | None = None
    try:
        roadmap, _ = load_roadmap(settings)
    except RoadmapError as problem:
        more = len(problem.problems) - 1
        text = str(problem).splitlines()[0] + (f" (and {more} more)" if more > 0 else "")
        findings.append(
            Finding("problem", "roadmap", text, f"fashioncoach roadmap validate {roadmap_path}")
        )
    else:
        findings.append(
            Finding(
                "ok",
                "roadmap",
                f"{roadmap_path}: '{roadmap.overview.title}' "
                f"({roadmap.overview.duration_weeks} weeks, id {roadmap.id})",
            )
        )

    data_dir = paths.data_dir()
    findings.append(_check_folder(data_dir))
    if roadmap is not None:
        stores = [store_for(roadmap)]
    else:  # without a roadmap, check every progress file there is
        from fashioncoach.progress import ProgressStore

        stores = [ProgressStore(item) for item in sorted(data_dir.glob("*.toml"))]
    for store in stores:
        findings.extend(_check_progress(store, roadmap))
        findings.append(_check_lock(store))
        findings.extend(_check_backups(store))
        findings.extend(_check_conflicted_copies(store))

    for finding in findings:
        echo(f"{finding.level:<8} {finding.topic}: {finding.text}")
        if finding.fix:
            echo(f"{'':<8} fix: {finding.fix}")
    problems = sum(1 for finding in findings if finding.level == "problem")
    warnings = sum(1 for finding in findings if finding.level == "warning")
    if problems:
        echo(f"{problems} problem(s) found: fix them as shown, then run fashioncoach doctor again.")
        raise typer.Exit(1)
    echo("No problems found." + (f" {warnings} warning(s) to look at." if warnings else ""))


# --- restore ----------------------------------------------------------------------------


def _store_of_backup(name: str) -> ProgressStore:
    """The progress file a backup belongs to, from its name alone (no roadmap needed)."""
    from fashioncoach.progress import ProgressStore, parse_backup_name

    parsed = parse_backup_name(Path(name).name)
    if not name.strip() or parsed is None:
        raise usage_error(
            f"'{name}' is not the name of a backup (like ROADMAP-20261125T101500123456Z.toml); "
            "see them with: fashioncoach restore --list"
        )
    return ProgressStore(paths.progress_file(parsed[0]))


def _list_backups(store: ProgressStore) -> None:
    backups = store.backup_list()
    if not backups:
        echo(f"No backups of {store.path.name} yet in {store.backups}.")
        return
    echo(f"Backups of {store.path} in {store.backups}, newest first:")
    for backup in backups:
        try:
            progress = store.parse_backup(backup)
        except ProgressError:
            summary = "cannot be read"
        else:
            summary = f"started {progress.start_date}, {_events(len(progress.events))}"
        saved = backup.saved.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        kept = " (from before a schema upgrade; always kept)" if backup.upgrade else ""
        echo(f"  {backup.name}  saved {saved}: {summary}{kept}")
    echo(f"Put one back with: fashioncoach restore {backups[0].name}")


@app.command()
@friendly_errors
def restore(
    ctx: typer.Context,
    backup: Annotated[
        str | None,
        typer.Argument(
            help="A backup's file name, as --list shows it; default the newest.",
            metavar="BACKUP",
            show_default=False,
        ),
    ] = None,
    list_backups: Annotated[
        bool, typer.Option("--list", help="List the backups and change nothing.")
    ] = False,
) -> None:
    """Put a backup of your progress back.

    The current file is kept as a backup too.

    Without BACKUP, the newest one. See them all with --list.

    Example: fashioncoach restore --list
    """
    if backup is not None:
        store = _store_of_backup(backup)
    else:
        roadmap, _ = load_roadmap(settings_of(ctx))
        store = store_for(roadmap)
    if list_backups:
        _list_backups(store)
        return
    with store.locked():
        if backup is not None:
            try:
                chosen: Backup = store.find_backup(backup)
            except ProgressError as problem:
                raise usage_error(str(problem)) from None
        else:
            backups = store.backup_list()
            if not backups:
                raise ProgressError(f"no backups of {store.path.name} yet in {store.backups}")
            chosen = backups[0]
        try:
            content, restored = store.read_backup(chosen)
        except ProgressError as problem:
            raise ProgressError(
                f"{problem}; that backup cannot be used: pick another from: "
                "fashioncoach restore --list"
            ) from None
        kept = store.write_content(content, force=True)
    echo(f"Restored {chosen.name}: started {restored.start_date}, {_events(len(restored.events))}.")
    if kept is not None:
        echo(
            f"The file it replaced is kept as {kept.name}; "
            f"undo with: fashioncoach restore {kept.name}"
        )


# --- reset ------------------------------------------------------------------------------


@app.command()
@friendly_errors
def reset(ctx: typer.Context, yes: YesOption = False) -> None:
    """Start over with a new plan from today.

    The current progress is kept as a backup.

    Works on a file that cannot be read, too.

    Example: fashioncoach reset --yes
    """
    from fashioncoach.coach import new_progress

    settings = settings_of(ctx)
    roadmap, path = load_roadmap(settings)
    store = store_for(roadmap)
    raw = store.read_raw()
    if raw is None and not store.backup_list():
        echo("Nothing to reset: no plan started yet. Start with: fashioncoach today")
        return
    if raw is None:
        summary = "Your progress file is missing (its backups stay as they are)."
    else:
        try:
            current = store.parse(raw)
        except ProgressError:
            summary = "Your progress file cannot be read; it will be kept as a backup."
        else:
            summary = (
                f"You started on {current.start_date} and have {_events(len(current.events))}."
            )
    confirm(f"{summary} Start over from {settings.today}? (a backup is kept)", yes=yes)
    with store.locked():
        raw = store.read_raw()
        hours = DEFAULT_WEEKLY_HOURS
        if raw is not None:
            with suppress(ProgressError):  # a file that cannot be read is reset all the same
                hours = store.parse(raw).weekly_hours
        progress = new_progress(
            roadmap=roadmap,
            start=settings.today,
            weekly_hours=hours,
            roadmap_path=custom_path(path),
        )
        kept = store.save(progress, force=True)
    echo(f"Started over: your plan begins on {settings.today} with {hours:g} h a week.")
    if kept is not None:
        echo(
            f"The previous progress is kept as {kept}; "
            f"put it back with: fashioncoach restore {kept.name}"
        )
