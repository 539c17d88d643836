"""Answers kept for exactly the files they were worked out from: what shell completion
offers, read again on the next TAB while every file it read reads the same.

The same rule as a replay of a command (``launch/replay.py``): the entry holds the
bytes of every file the answer was made from, and any difference is a miss. Entries
are private and bounded with the rest of the cache (``store/cache.py``).
"""

from __future__ import annotations

import binascii
import marshal
import os

from fashioncoach import __version__, paths
from fashioncoach.reading import Recorder, local_zone, observe, read_regular

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

ENTRY_KIND = "fashioncoach-answer-1"
MAX_ENTRY_BYTES = 4 * 1024 * 1024


def _read(path: str) -> bytes | None:
    try:
        return read_regular(path, limit=MAX_ENTRY_BYTES, recorder=None)
    except OSError:
        return None


def _answer_slot(name: str, key: tuple[object, ...]) -> tuple[bytes, str]:
    whole = repr(
        (ENTRY_KIND, name, __version__, key, local_zone(), os.getcwd(), _folders())
    ).encode("utf-8", "surrogateescape")
    slot = os.path.join(paths.cache_folder(), f"replay-{name}-{binascii.crc32(whole):08x}.marshal")
    return whole, slot


def remembered(name: str, key: tuple[object, ...], compute: Callable[[], Any]) -> Any:
    """``compute()``, or what it gave last time for ``key`` when every file it read then
    reads the same now: the replay of one answer (shell completion's ids) rather than of
    a command's output. ``key`` holds whatever else the answer depends on.
    ``FASHIONCOACH_NO_REPLAY=1`` works it out afresh, as it does a command."""
    if os.environ.get(paths.NO_REPLAY_ENV):
        return compute()
    whole, slot = _answer_slot(name, key)
    try:
        raw = _read(slot)
        if raw is not None:
            stored_key, seen, answer = marshal.loads(raw)
            if stored_key == whole and all(
                observe(path, limit) == observation for path, limit, observation in seen
            ):
                return answer
    except Exception:  # a corrupt or foreign entry is a miss
        pass
    with Recorder() as recorder:
        answer = compute()
    if recorder.writes or recorder.unrepeatable:
        return answer
    cache = os.path.join(os.path.abspath(paths.cache_folder()), "")
    seen = [item for item in recorder.observations() if not item[0].startswith(cache)]
    _keep(slot, whole, seen, answer)
    return answer


def remember(name: str, key: tuple[object, ...], answer: Any, files: list[tuple[str, int]]) -> None:
    """Keep ``answer`` for ``key`` as ``remembered`` would, made from ``files`` as they
    are now (each path with the limit to read it by): a command that has just worked
    the answer out, or changed what it depends on, saves the next one the work."""
    if os.environ.get(paths.NO_REPLAY_ENV):
        return
    whole, slot = _answer_slot(name, key)
    seen = [(path, limit, observe(path, limit)) for path, limit in files]
    _keep(slot, whole, seen, answer)


def _keep(slot: str, whole: bytes, seen: list[Any], answer: Any) -> None:
    try:
        from pathlib import Path

        from fashioncoach.store import cache as entries

        entries.keep(Path(slot), marshal.dumps((whole, seen, answer)))
    except Exception:  # only a copy: failing to keep one costs speed only
        pass


def _folders() -> tuple[str | None, ...]:
    names = ["HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", paths.HOME_ENV]
    names += [paths.ROADMAP_ENV, paths.CACHE_ENV, paths.CONFIG_ENV]
    return tuple(os.environ.get(name) for name in names)
