"""A cache of files pydantic has already accepted, keyed by their exact bytes.

A roadmap or progress file whose bytes equal the recorded copy is the very file
that passed validation, so it is rebuilt from the cached plain data with no TOML
parsing and no pydantic. Any change, by hand or by another program, makes the
bytes differ and takes the full validating path. Comparing the bytes themselves
is both exact and cheaper than hashing them (hashlib alone costs ~3 ms to import).
The cache is only ever a copy: losing it, or failing to write it, costs time and
nothing else. It copies private data (notes, reviews), so it is private too: the
folder is its owner's alone and every file in it is written 0600.
"""

from __future__ import annotations

import contextlib
import marshal
import zlib
from typing import TYPE_CHECKING, Any

from fashioncoach import __version__, paths
from fashioncoach.model.limits import MAX_PROGRESS_BYTES
from fashioncoach.store.disk import read_regular, write_cache_entry

if TYPE_CHECKING:
    from pathlib import Path

# An entry holds the file's bytes and their plain data: a few times the file's size.
MAX_ENTRY_BYTES = 4 * MAX_PROGRESS_BYTES


def _slot(kind: str, source: Path) -> Path:
    # One slot per source file: a newer version of the file replaces the old entry.
    return paths.cache_dir() / f"{kind}-{zlib.crc32(_key(source).encode()):08x}.marshal"


def _key(source: Path) -> str:
    # The version too: data cached by another release may not fit these records.
    return f"{__version__}:{source.absolute()}"


def lookup(kind: str, source: Path, content: bytes) -> Any:
    """The plain data cached for exactly these bytes of this file, or None.

    Anything odd about the entry (unreadable, foreign, corrupt) is a miss.
    """
    try:
        raw = read_regular(_slot(kind, source), limit=MAX_ENTRY_BYTES)
        key, cached_content, data = marshal.loads(raw)
    except (OSError, ValueError, EOFError, TypeError):
        return None
    return data if key == _key(source) and cached_content == content else None


def store(kind: str, source: Path, content: bytes, data: Any) -> None:
    """Remember ``data`` (plain: see ``trusted.plain``) for these exact bytes."""
    slot = _slot(kind, source)
    # A read-only or full cache folder, or data marshal cannot hold, only costs speed.
    with contextlib.suppress(OSError, ValueError):
        write_cache_entry(slot, marshal.dumps((_key(source), content, data)))
