"""Files a command writes where the learner asks (``--output``/``-o``).

Reports, calendars, exports and imported roadmaps are written whole or not at all (a
temporary file in the target's folder, then a rename), never into the program's own
data (the data and cache folders, ``roadmaps.conf``, the roadmap in use and every
roadmap ``roadmap use`` remembers, the bundled one), and never through a symlink
planted at the final name: the link itself is replaced. A temporary file a killed
write left beside the target goes at the next write there. Files meant to be shared
get the user's usual permissions (their umask); an export of the whole progress is
private like the progress itself.
"""

from __future__ import annotations

import os
from contextlib import suppress
from pathlib import Path

from fashioncoach import paths
from fashioncoach.errors import BadArgument, FashionCoachError
from fashioncoach.store.disk import (
    PRIVATE_FILE,
    SHARED_FILE,
    atomic_write,
    os_reason,
    temporaries_in,
)


def _inside(candidate: Path, folder: Path) -> bool:
    return candidate == folder or folder in candidate.parents


def check_output(output: Path, *, protected: list[Path]) -> Path:
    """Where ``output`` would be written, or a BadArgument naming what it would overwrite.

    ``protected`` holds files and folders of the program's own (the data and cache
    folders, the roadmap in use); both the file's own place and, when it is a link,
    the place it points to must lie outside them.
    """
    if output.is_dir():
        raise BadArgument(f"--output {output}: is a folder; give a file name")
    if not output.name or output.name in (".", ".."):
        raise BadArgument(f"--output {output}: give a file name")
    place = Path(os.path.realpath(output.parent)) / output.name
    pointed = Path(os.path.realpath(output))
    for guarded in protected:
        real = Path(os.path.realpath(guarded))
        if _inside(place, real) or _inside(pointed, real):
            what = "folder" if real.is_dir() else "file"
            raise BadArgument(
                f"--output {output}: is fashioncoach's own data ({what} {real}); "
                "write somewhere else"
            )
    return place


def own_data(roadmap_path: Path | None = None) -> list[Path]:
    """What ``-o`` may never overwrite: the data and cache folders, ``roadmaps.conf`` and
    its lock, ``roadmap_path``, the roadmap in use and every roadmap remembered."""
    conf = paths.roadmaps_file()
    found = [paths.data_dir(), paths.cache_dir(), conf, paths.lock_file(conf)]
    active, known = paths.remembered_roadmaps()
    found += [item for item in (roadmap_path, active) if item is not None]
    found += [*known, paths.selected_roadmap(None), paths.bundled_roadmap()]
    return found


def write(output: Path, content: bytes, *, private: bool, protected: list[Path]) -> None:
    """Write ``content`` to ``output`` atomically, or raise an error naming the file."""
    place = check_output(output, protected=protected)
    for left in temporaries_in(place.parent, place.name + "."):  # a killed write's
        with suppress(OSError):
            left.unlink()
    try:
        atomic_write(
            place,
            content,
            mode=PRIVATE_FILE if private else SHARED_FILE,
            follow_link=False,
        )
    except OSError as problem:
        raise FashionCoachError(f"{output}: could not write ({os_reason(problem)})") from None
