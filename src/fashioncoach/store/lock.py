"""The progress file's cross-process lock, and how long a command waits for it.

On POSIX systems it is an ``flock`` on a separate ``.lock`` file (the same kind of
lock the filelock package takes there, so the two agree): the operating system
releases it when its holder exits or is killed, so a stale lock cannot exist and
the file is never to be deleted. ``flock`` is 30 lines here against the 15 ms that
importing filelock costs every write command; elsewhere filelock does the job.
A command waits up to ``FASHIONCOACH_LOCK_TIMEOUT`` (two minutes), saying after a
second that it waits.
"""

from __future__ import annotations

import math
import os
import sys
import time
from collections.abc import Callable

from fashioncoach.errors import ProgressError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path

# Many commands at once queue for the lock; a save takes a few milliseconds, so a
# long wait means a very busy disk, and giving up early would lose the command.
LOCK_TIMEOUT_SECONDS = 120.0
LOCK_PATIENCE_SECONDS = 1.0  # wait this long before saying that we wait
LOCK_TIMEOUT_ENV = "FASHIONCOACH_LOCK_TIMEOUT"
POLL_SECONDS = 0.01


class LockTimeout(Exception):
    """The lock stayed taken for the whole wait."""


def lock_timeout() -> float:
    """Seconds to wait for the lock: FASHIONCOACH_LOCK_TIMEOUT, else the default."""
    value = os.environ.get(LOCK_TIMEOUT_ENV, "").strip()
    if not value:
        return LOCK_TIMEOUT_SECONDS
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1.0
    if not (math.isfinite(seconds) and 0 <= seconds <= 3600):
        raise ProgressError(
            f"{LOCK_TIMEOUT_ENV}={value!r}: should be a number of seconds from 0 to 3600"
        )
    return seconds


class FileLock:
    """An exclusive lock on ``path`` (created 0600, never through a symlink), held from
    ``acquire`` to ``release``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.descriptor: int | None = None
        self.fallback: object | None = None

    def acquire(self, timeout: float, waiting: Callable[[], None] | None = None) -> None:
        """Take the lock within ``timeout`` seconds (calling ``waiting`` once, after
        LOCK_PATIENCE_SECONDS, when it has to wait), or raise LockTimeout."""
        if sys.platform == "win32":
            self._acquire_with_filelock(timeout, waiting)
            return
        import fcntl

        # Never through a link: one planted at the lock's name (to nothing, or to a file
        # elsewhere) would make a file wherever it points.
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
        try:
            descriptor = os.open(self.path, flags, 0o600)
        except OSError as error:
            if os.path.islink(self.path):
                raise OSError(
                    error.errno,
                    "it is a symbolic link, which fashioncoach never follows at a lock; "
                    "delete the link (the next command makes the lock again)",
                ) from None
            raise
        start = time.monotonic()
        said = False
        while True:
            try:
                fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                waited = time.monotonic() - start
                if waited >= timeout:
                    os.close(descriptor)
                    raise LockTimeout from None
                if waiting is not None and not said and waited >= LOCK_PATIENCE_SECONDS:
                    waiting()
                    said = True
                time.sleep(POLL_SECONDS)
                continue
            except BaseException:
                os.close(descriptor)
                raise
            self.descriptor = descriptor
            return

    def _acquire_with_filelock(self, timeout: float, waiting: Callable[[], None] | None) -> None:
        from filelock import FileLock as Portable
        from filelock import Timeout

        lock = Portable(self.path, mode=0o600)
        try:
            lock.acquire(timeout=min(timeout, LOCK_PATIENCE_SECONDS))
        except Timeout:
            if timeout <= LOCK_PATIENCE_SECONDS:
                raise LockTimeout from None
            if waiting is not None:
                waiting()
            try:
                lock.acquire(timeout=timeout - LOCK_PATIENCE_SECONDS)
            except Timeout:
                raise LockTimeout from None
        self.fallback = lock

    def release(self) -> None:
        if self.fallback is not None:
            self.fallback.release()  # type: ignore[attr-defined]
            self.fallback = None
        if self.descriptor is not None:
            import fcntl

            fcntl.flock(self.descriptor, fcntl.LOCK_UN)
            os.close(self.descriptor)
            self.descriptor = None
