"""``doctor``'s checks of the folders around the progress: ``roadmaps.conf`` and the config
folder, the cache folder, files there that are no regular files or cannot be read, and
``doctor --fix``, the one way doctor changes anything.

Reads only, like the rest of doctor; ``repair`` deletes only what the program wrote
itself and can rebuild or no longer needs: temporary files of a killed save or cache
write (their writer gone), cache entries that cannot be read or are over the cache's
bounds. Your progress, its backups and your roadmaps are never touched.
"""

from __future__ import annotations

import os
import stat
from contextlib import suppress
from pathlib import Path
from typing import Literal

from fashioncoach import paths
from fashioncoach.errors import FashionCoachError
from fashioncoach.model.record import frozen_record
from fashioncoach.render.text import plural

Level = Literal["ok", "note", "warning", "problem", "fixed"]


@frozen_record
class Finding:
    """One line of doctor's: how bad, about what, what was found, and the fix."""

    level: Level
    topic: str
    text: str
    fix: str = ""


def odd_files(folder: Path) -> list[str]:
    """What in ``folder`` no command can use: FIFOs, devices, sockets, links to nothing
    or to such a file, and files this user cannot read; ``NAME (why)`` each."""
    found = []
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return []
    for name in names:
        place = folder / name
        try:
            info = place.stat()
        except FileNotFoundError:
            found.append(f"{name} (a link to nothing: {os.path.realpath(place)})")
            continue
        except OSError as problem:
            found.append(f"{name} ({problem.strerror or problem})")
            continue
        if stat.S_ISDIR(info.st_mode):
            continue
        if not stat.S_ISREG(info.st_mode):
            found.append(f"{name} (a device, FIFO or socket, not a regular file)")
        elif not os.access(place, os.R_OK):
            found.append(f"{name} (you cannot read it: ls -l {place})")
    return found


def check_config() -> list[Finding]:
    """``roadmaps.conf``: readable, and each roadmap it remembers still there; odd files
    in the config folder."""
    conf = paths.roadmaps_file()
    try:
        active, known = paths.remembered_text()
    except FashionCoachError as problem:
        return [
            Finding(
                "problem",
                "config",
                str(problem).split("; it lists")[0]
                + ": it lists the roadmaps you follow, so every command stops",
                f"move it away (mv '{conf}' '{conf}.broken'), then roadmap use FILE again",
            )
        ]
    found = []
    if not conf.exists():
        found.append(Finding("ok", "config", f"{conf}: none yet (roadmap use writes it)"))
    else:
        follows = active or "the bundled roadmap"
        found.append(Finding("ok", "config", f"{conf}: follows {follows}; {len(known)} remembered"))
    for remembered in known:
        if not os.path.isfile(remembered):
            found.append(
                Finding(
                    "warning",
                    "config",
                    f"{remembered}: remembered by roadmap use, but it is not a file now",
                    "put it back, or follow another: fashioncoach roadmap use FILE (or --bundled)",
                )
            )
    odd = odd_files(paths.config_dir())
    if odd:
        found.append(_odd("config", paths.config_dir(), odd))
    return found


def folder_problem(folder: Path) -> str:
    """Why a save cannot go into the existing ``folder`` (``disk.private_folder``'s rules:
    someone else's, or open to others when the learner chose it), or ``""``."""
    from fashioncoach.store.disk import UnsafePlace, private_folder

    if not paths.chosen_by_learner(str(folder)) or not folder.is_dir():
        return ""  # the program's own: a save narrows it to 0700
    try:
        private_folder(folder)  # a folder the learner chose is never changed, only checked
    except UnsafePlace as problem:
        return problem.strerror or str(problem)
    except OSError:
        return ""
    return ""


def _odd(topic: str, folder: Path, odd: list[str]) -> Finding:
    return Finding(
        "warning",
        topic,
        f"{len(odd)} file(s) in {folder} no command can use: " + "; ".join(odd),
        "look at them, then move them away",
    )


def check_cache(leftovers: list[Path]) -> list[Finding]:
    """The cache folder: its size against the bounds, entries that cannot be read, odd
    files, and temporary files a killed cache write left."""
    from fashioncoach.store import cache

    folder = paths.cache_dir()
    if not folder.is_dir():
        return [Finding("ok", "cache", f"{folder}: empty (commands fill it as they run)")]
    entries = cache.entries(folder)
    size = sum(info.st_size for _, info in entries)
    found = [
        Finding(
            "ok",
            "cache",
            f"{folder}: {plural(len(entries), 'entry').replace('entrys', 'entries')}, "
            f"{size / (1024 * 1024):.1f} MiB "
            "(copies only: safe to delete)",
        )
    ]
    over = cache.over_bounds(folder)
    if over:
        found.append(
            Finding(
                "note",
                "cache",
                f"{len(over)} entries over the cache's bounds; the next write prunes them",
                "fashioncoach doctor --fix",
            )
        )
    odd = odd_files(folder)
    if odd:
        found.append(
            Finding(
                "warning",
                "cache",
                f"{len(odd)} file(s) in the cache no command can use: " + "; ".join(odd),
                "fashioncoach doctor --fix deletes the cache's own; move the others away",
            )
        )
    temporaries = [item for item in leftovers if item.parent == folder]
    if temporaries:
        found.append(
            Finding(
                "note",
                "cache",
                f"{len(temporaries)} temporary file(s) left by a cache write that was stopped",
                "fashioncoach doctor --fix",
            )
        )
    return found


def _delete(items: list[Path]) -> list[Path]:
    gone = []
    for item in items:
        with suppress(OSError):
            item.unlink()
            gone.append(item)
    return gone


def repair(leftovers: list[Path]) -> list[Finding]:
    """``doctor --fix``: delete what the program wrote and no longer needs, and say so."""
    from fashioncoach.store import cache

    done = []
    gone = _delete(leftovers)
    if gone:
        done.append(
            Finding(
                "fixed",
                "backups",
                f"deleted {len(gone)} temporary file(s) of stopped saves: "
                + ", ".join(item.name for item in gone),
            )
        )
    folder = paths.cache_dir()
    unusable = []
    for name, _ in cache.entries(folder):
        if not os.access(folder / name, os.R_OK):
            unusable.append(folder / name)
    for name in os.listdir(folder) if folder.is_dir() else []:
        place = folder / name
        if cache.is_entry_name(name) and not place.is_symlink():
            with suppress(OSError):
                if not stat.S_ISREG(place.lstat().st_mode):
                    unusable.append(place)
    pruned = _delete([*unusable, *cache.over_bounds(folder)])
    if pruned:
        done.append(
            Finding(
                "fixed",
                "cache",
                f"deleted {len(pruned)} cache entries (unusable, or over the bounds)",
            )
        )
    return done
