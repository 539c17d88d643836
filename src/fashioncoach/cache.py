"""A cache of files pydantic has already accepted, keyed by their exact bytes.

A roadmap or progress file whose bytes hash to the recorded digest is the very
file that passed validation, so it is rebuilt from the cached plain data with no
TOML parsing and no pydantic. Any change, by hand or by another program, changes
the digest and takes the full validating path. The cache is only ever a copy:
losing it, or failing to write it, costs time and nothing else.
"""

from __future__ import annotations

import hashlib
import marshal
import os
from pathlib import Path
from typing import Any

from fashioncoach import __version__, paths


def _slot(kind: str, source: Path) -> Path:
    # One slot per source file: a newer version of the file replaces the old entry.
    name = hashlib.blake2b(str(source.absolute()).encode(), digest_size=12).hexdigest()
    return paths.cache_dir() / f"{kind}-{name}.marshal"


def _digest(content: bytes) -> str:
    return hashlib.blake2b(content, digest_size=20, person=__version__.encode()[:16]).hexdigest()


def lookup(kind: str, source: Path, content: bytes) -> Any:
    """The plain data cached for exactly these bytes, or None."""
    try:
        digest, data = marshal.loads(_slot(kind, source).read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None
    return data if digest == _digest(content) else None


def store(kind: str, source: Path, content: bytes, data: Any) -> None:
    """Remember ``data`` (plain: see ``trusted.plain``) for these exact bytes."""
    slot = _slot(kind, source)
    try:
        slot.parent.mkdir(parents=True, exist_ok=True)
        temporary = slot.with_name(f".{slot.name}.{os.getpid()}.tmp")
        temporary.write_bytes(marshal.dumps((_digest(content), data)))
        os.replace(temporary, slot)
    except (OSError, ValueError):
        return  # a read-only or full cache folder only costs speed
