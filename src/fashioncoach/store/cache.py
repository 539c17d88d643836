"""A cache of files pydantic has already accepted, keyed by their exact bytes, and the
bounds that keep the cache folder small.

A roadmap or progress file whose bytes equal the recorded copy is the very file
that passed validation, so it is rebuilt from the cached plain data with no TOML
parsing and no pydantic. Any change, by hand or by another program, makes the
bytes differ and takes the full validating path. Comparing the bytes themselves
is both exact and cheaper than hashing them (hashlib alone costs ~3 ms to import).
What the bytes mean can also depend on the time zone (a time with an offset is a
local date), so an entry is keyed on the zone as well (``reading.local_zone``).
The cache is only ever a copy: losing it, or failing to write it, costs time and
nothing else. It copies private data (notes, reviews), so it is private too: the
folder is its owner's alone and every file in it is written 0600.

The folder is bounded: after each write the oldest entries of the same family
(validated copies, or replays) go, beyond ``COPIES_KEPT`` files or
``COPIES_BYTES``, ``REPLAYS_KEPT`` or ``REPLAYS_BYTES`` (see docs/your-data.md).
Only files named as this module names them are ever deleted.
"""

from __future__ import annotations

import binascii
import contextlib
import marshal
import os
import re
from typing import TYPE_CHECKING, Any

from fashioncoach import __version__, paths
from fashioncoach.model.limits import MAX_PROGRESS_BYTES
from fashioncoach.reading import local_zone
from fashioncoach.store.disk import read_regular, write_cache_entry

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

# An entry holds the file's bytes and their plain data: a few times the file's size.
MAX_ENTRY_BYTES = 4 * MAX_PROGRESS_BYTES


COPIES_KEPT = 16  # validated copies of roadmaps and progress files


COPIES_BYTES = 64 * 1024 * 1024


REPLAYS_KEPT = 32  # recorded outputs of read commands (launch/replay.py)


REPLAYS_BYTES = 16 * 1024 * 1024


# The names this cache gives its entries: a kind, then the CRC of the key.
# Compiled on first use (re keeps it): a read never lists the cache.
_ENTRY_NAME = r"^(?P<kind>[a-z][a-z0-9-]*)-[0-9a-f]{8}\.marshal$"


def is_entry_name(name: str) -> bool:
    """Whether ``name`` is the name of one of the cache's own entries."""
    return re.match(_ENTRY_NAME, name) is not None


_writing = True  # False while doctor runs: it changes nothing unless asked


@contextlib.contextmanager
def read_only() -> Iterator[None]:
    """Lookups only, no new entries, while the block runs (``doctor``)."""
    global _writing
    before, _writing = _writing, False
    try:
        yield
    finally:
        _writing = before


def _slot(kind: str, source: Path) -> Path:
    # One slot per source file and zone: a newer version of the file replaces the entry.
    return paths.cache_dir() / f"{kind}-{binascii.crc32(_key(source).encode()):08x}.marshal"


def _key(source: Path) -> str:
    # The version too: data cached by another release may not fit these records.
    return f"{__version__}:{local_zone()}:{source.absolute()}"


def lookup(kind: str, source: Path, content: bytes) -> Any:
    """The plain data cached for exactly these bytes of this file, or None.

    Anything odd about the entry (unreadable, foreign, corrupt) is a miss.
    """
    try:
        # A copy, not an input: the replay's recorder is not told about it.
        raw = read_regular(_slot(kind, source), limit=MAX_ENTRY_BYTES, recorder=None)
        key, cached_content, data = marshal.loads(raw)
    except (OSError, ValueError, EOFError, TypeError):
        return None
    return data if key == _key(source) and cached_content == content else None


def store(kind: str, source: Path, content: bytes, data: Any) -> None:
    """Remember ``data`` (plain: see ``trusted.plain``) for these exact bytes."""
    if not _writing:
        return
    slot = _slot(kind, source)
    # A read-only or full cache folder, or data marshal cannot hold, only costs speed.
    with contextlib.suppress(OSError, ValueError):
        write_cache_entry(slot, marshal.dumps((_key(source), content, data)))
        prune(slot)


def keep(slot: Path, content: bytes) -> None:
    """Write a replay's entry at ``slot``, then keep the replays within their bounds."""
    if not _writing:
        return
    write_cache_entry(slot, content)
    prune(slot)


def entries(folder: Path) -> list[tuple[str, os.stat_result]]:
    """The cache's own entries in ``folder``: regular files named as ours, owned by this
    user (a link, a foreign file or anything else is never one)."""
    found = []
    uid = os.getuid() if hasattr(os, "getuid") else None
    with contextlib.suppress(OSError), os.scandir(folder) as listing:
        for entry in listing:
            if not is_entry_name(entry.name):
                continue
            with contextlib.suppress(OSError):
                info = entry.stat(follow_symlinks=False)
                if entry.is_file(follow_symlinks=False) and uid in (None, info.st_uid):
                    found.append((entry.name, info))
    return found


def bounds(name: str) -> tuple[int, int]:
    """How many entries of ``name``'s family are kept, and how many bytes in all."""
    if name.startswith("replay-"):
        return REPLAYS_KEPT, REPLAYS_BYTES
    return COPIES_KEPT, COPIES_BYTES


def over_bounds(folder: Path, *, newest: str = "") -> list[Path]:
    """The entries beyond their family's bounds, oldest first out: the newest of each
    family (and ``newest``) always stays, even alone over the bytes."""
    families: dict[bool, list[tuple[str, os.stat_result]]] = {}
    for name, info in entries(folder):
        families.setdefault(name.startswith("replay-"), []).append((name, info))
    extra = []
    for members in families.values():
        members.sort(key=lambda item: (item[0] != newest, -item[1].st_mtime_ns))
        count_limit, byte_limit = bounds(members[0][0])
        total = 0
        for index, (name, info) in enumerate(members):
            total += info.st_size
            if index and (index >= count_limit or total > byte_limit):
                extra.append(folder / name)
    return extra


def prune(slot: Path) -> None:
    """Delete what is over the bounds, beside the entry just written at ``slot``."""
    for old in over_bounds(slot.parent, newest=slot.name):
        with contextlib.suppress(OSError):  # housekeeping: it never fails a command
            old.unlink()
