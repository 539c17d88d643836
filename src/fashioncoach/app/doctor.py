"""``doctor``'s checks, as findings: the config, the roadmap, the data folder, each
progress file, its lock, backups, temporary files left by a killed save, copies a sync
tool made, and the cache (the folders' own checks are in ``doctor_files.py``).

Reads only, cache entries included; every finding says what is wrong and, when it can,
the command that mends it. ``--fix`` deletes what ``doctor_files.repair`` may. The CLI
prints them (``cli/data.py``).
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from fashioncoach import paths
from fashioncoach.app.doctor_files import (
    Finding,
    check_cache,
    check_config,
    folder_problem,
    repair,
)
from fashioncoach.core.log import fold, started_on
from fashioncoach.core.merge import merge, summary
from fashioncoach.errors import ExchangeError, FashionCoachError, ProgressError, RoadmapError
from fashioncoach.model.progress import SCHEMA_VERSION
from fashioncoach.render import phrases
from fashioncoach.render.text import day, one_line, plural
from fashioncoach.store.backups import BACKUPS_KEPT
from fashioncoach.store.disk import temporaries_in
from fashioncoach.store.exchange import conflicted_copies, read_incoming
from fashioncoach.store.progress_file import parse_bytes, schema_version_of
from fashioncoach.store.progress_store import ProgressStore, home_problem

if TYPE_CHECKING:
    from fashioncoach.app.session import Settings
    from fashioncoach.model.roadmap import Roadmap


def _check_folder(folder: Path) -> Finding:

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
        unsafe = folder_problem(folder)
        if unsafe:
            return Finding("problem", "data folder", unsafe, fix_other.removeprefix("or "))
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


def _check_progress(
    store: ProgressStore, roadmap: Roadmap | None, start: str = "fashioncoach today"
) -> list[Finding]:

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
        started = f"no plan started yet (start with: {start})"
        return [Finding("ok", "progress", f"{path}: {started}")]
    try:
        # Bytes validated before come back from the cache, as in every command; any
        # other bytes are parsed and checked in full. One parse either way.
        progress = store.cached(raw) or parse_bytes(raw, path)
    except ProgressError as problem:
        fix = restore_fix or "correct the file where shown, or start over: fashioncoach reset"
        return [Finding("problem", "progress", str(problem), fix)]
    on_disk = _version_on_disk(raw)
    link = f", a link to {os.path.realpath(path)}" if path.is_symlink() else ""
    found.append(
        Finding(
            "ok",
            "progress",
            f"{path}{link}: started {day(started_on(progress) or date.min)}, "
            f"{plural(len(progress.events), 'event')}",
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
    strange = list(
        dict.fromkeys(
            event.phase
            for event in progress.events
            if event.kind == "phase" and event.phase not in phase_ids
        )
    )
    if strange:
        found.append(
            Finding(
                "warning",
                "progress",
                "phase moves into phases this roadmap does not have: "
                + ", ".join(strange)
                + "; they are kept and skipped, so your current phase is the last one it knows",
                f"if a phase was renamed, use its new id in the phase events of {path}",
            )
        )
    gone = fold(progress, roadmap, day=date.max).unknown
    if gone:
        found.append(
            Finding(
                "warning",
                "progress",
                phrases.kept_unknown(gone) + " (their events no longer count)",
            )
        )
    return found


def _version_on_disk(raw: bytes) -> int | None:
    """The ``schema_version`` the file says, read off its line (a parse of a 100,000-event
    file costs seconds); the parse only when the line is not plain."""
    import re

    versions = re.findall(rb"(?m)^schema_version\s*=\s*(\d+)\s*$", raw)
    if len(versions) == 1:
        return int(versions[0])
    from fashioncoach.store.toml_text import decode, parse

    return schema_version_of(parse(decode(raw)))


def _check_lock(store: ProgressStore) -> Finding:
    from fashioncoach.store.lock import FileLock, LockTimeout

    lock_path = store.lock_path
    if not lock_path.exists():
        return Finding("ok", "lock", f"{lock_path}: free (not created yet)")
    try:
        lock = FileLock(lock_path)
        lock.acquire(0)
        lock.release()
    except LockTimeout:
        return Finding(
            "warning",
            "lock",
            f"{lock_path}: held right now by another fashioncoach",
            "wait for it to finish; the system lets go of the lock of a fashioncoach that "
            "was stopped, so never delete the file",
        )
    except OSError as problem:
        return Finding(
            "problem",
            "lock",
            f"{lock_path}: cannot be used ({problem.strerror or problem})",
            f"check that you own it and can write to its folder: ls -l {lock_path}",
        )
    return Finding("ok", "lock", f"{lock_path}: free")


def _check_backups(store: ProgressStore) -> list[Finding]:

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
    leftovers = store.temporaries()
    if leftovers:
        found.append(
            Finding(
                "warning",
                "backups",
                f"{len(leftovers)} temporary file(s) left by an interrupted save: "
                + ", ".join(str(item) for item in leftovers)
                + "; your file is intact, and the next save deletes them",
                "fashioncoach doctor --fix (or delete them now)",
            )
        )
    return found


def _check_conflicted_copies(store: ProgressStore) -> list[Finding]:
    """Copies a sync tool left beside the progress file: offer to import each one."""

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


def examine(settings: Settings, *, fix: bool = False) -> list[Finding]:
    """Everything ``doctor`` checks, in the order it reports: the config, the roadmap, the
    data folder, then for each progress file its content, lock, backups and synced
    copies, then the cache. Nothing is written, not even a cache entry, unless ``fix``:
    then what ``doctor_files.repair`` may delete goes first, and is reported."""
    from fashioncoach.store import cache

    with cache.read_only():
        findings = _examine(settings, fix=fix)
    # A finding is one line of doctor's: what it quotes from a file (an id, a key, a
    # path) cannot start a line of its own that looks like one of doctor's.
    return [
        Finding(item.level, item.topic, one_line(item.text), one_line(item.fix))
        for item in findings
    ]


def _examine(settings: Settings, *, fix: bool) -> list[Finding]:
    from fashioncoach.app.session import load_roadmap, start_command, store_for

    findings: list[Finding] = check_config()
    roadmap: Roadmap | None = None
    try:
        roadmap_path = paths.selected_roadmap(settings.roadmap_option)
        roadmap, _ = load_roadmap(settings)
    except RoadmapError as problem:
        more = len(problem.problems) - 1
        text = str(problem).splitlines()[0] + (f" (and {more} more)" if more > 0 else "")
        findings.append(
            Finding("problem", "roadmap", text, f"fashioncoach roadmap validate {roadmap_path}")
        )
    except FashionCoachError:
        pass  # roadmaps.conf cannot be read: said above; every progress file is checked
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
        from fashioncoach.store.progress_store import ProgressStore

        stores = [ProgressStore(item) for item in sorted(data_dir.glob("*.toml"))]
    if fix:
        stopped = [item for store in stores for item in store.temporaries()]
        findings.extend(repair(sorted({*stopped, *temporaries_in(paths.cache_dir())})))
    # The command that starts a plan here: `today`, unless it would refuse to.
    start = start_command(roadmap, roadmap_path) if roadmap is not None else "fashioncoach start"
    for store in stores:
        findings.extend(_check_progress(store, roadmap, start))
        findings.append(_check_lock(store))
        findings.extend(_check_backups(store))
        findings.extend(_check_conflicted_copies(store))
    findings.extend(check_cache(temporaries_in(paths.cache_dir())))
    return findings
