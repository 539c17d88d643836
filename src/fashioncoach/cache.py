"""A cache of files pydantic has already accepted, keyed by their exact bytes.

A roadmap or progress file whose bytes equal the recorded copy is the very file
that passed validation, so it is rebuilt from the cached plain data with no TOML
parsing and no pydantic. Any change, by hand or by another program, makes the
bytes differ and takes the full validating path. Comparing the bytes themselves
is both exact and cheaper than hashing them (hashlib alone costs ~3 ms to import).
The cache is only ever a copy: losing it, or failing to write it, costs time and
nothing else.
"""

from __future__ import annotations

import marshal
import os
import zlib
from pathlib import Path
from typing import Any

from fashioncoach import __version__, paths


def _slot(kind: str, source: Path) -> Path:
    # One slot per source file: a newer version of the file replaces the old entry.
    return paths.cache_dir() / f"{kind}-{zlib.crc32(_key(source).encode()):08x}.marshal"


def _key(source: Path) -> str:
    # The version too: data cached by another release may not fit these dataclasses.
    return f"{__version__}:{source.absolute()}"


def lookup(kind: str, source: Path, content: bytes) -> Any:
    """The plain data cached for exactly these bytes of this file, or None."""
    try:
        key, cached_content, data = marshal.loads(_slot(kind, source).read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None
    return data if key == _key(source) and cached_content == content else None


def store(kind: str, source: Path, content: bytes, data: Any) -> None:
    """Remember ``data`` (plain: see ``trusted.plain``) for these exact bytes."""
    slot = _slot(kind, source)
    try:
        slot.parent.mkdir(parents=True, exist_ok=True)
        temporary = slot.with_name(f".{slot.name}.{os.getpid()}.tmp")
        temporary.write_bytes(marshal.dumps((_key(source), content, data)))
        os.replace(temporary, slot)
    except (OSError, ValueError):
        return  # a read-only or full cache folder only costs speed
