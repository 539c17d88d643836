"""Bytes on disk: reading only regular files of a bounded size, atomic writes, and
folders only their owner can enter.

Every file the program writes goes through ``atomic_write``: a temporary file in
the same folder, fsync, rename, fsync of the folder, so a crash leaves the old
file or the new one, never half of one. Temporary files carry our own name
pattern (``.NAME.PID-RANDOM.tmp``) so that a later save can clean up after a
killed one.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from fashioncoach.model.limits import size_text

PRIVATE_FOLDER = 0o700


PRIVATE_FILE = 0o600


SHARED_FILE = 0o666  # narrowed by the user's umask, like any file they create


# Set while a read command is recorded for replays (``app/replay.py``): every file read
# with its bytes (None when missing), and how many files were written.
_reads: list[tuple[str, bytes | None]] | None = None
_writes = 0


def start_recording() -> None:
    global _reads, _writes
    _reads, _writes = [], 0


def stop_recording() -> tuple[list[tuple[str, bytes | None]], int]:
    """The files read since ``start_recording`` and the number written."""
    global _reads
    reads, _reads = _reads or [], None
    return reads, _writes


def _note_read(path: Path, content: bytes | None) -> None:
    if _reads is not None:
        _reads.append((os.path.abspath(path), content))


class NotARegularFile(OSError):
    """A FIFO, a device or a socket where a file belongs: reading it could hang forever."""


class TooLarge(OSError):
    """A file over the size the program reads."""


def os_reason(error: OSError) -> str:
    """``No space left on device``, with the path when it is not the obvious one."""
    reason = error.strerror or str(error)
    if error.filename and not isinstance(error, NotARegularFile | TooLarge):
        return f"{reason}: {error.filename}"
    return reason


def read_regular(path: Path, *, limit: int) -> bytes:
    """The bytes of ``path`` when it is a regular file of at most ``limit`` bytes.

    Opened without blocking, so a FIFO planted in its place cannot hang the
    command, and checked on the open file itself, so a symlink to ``/dev/zero``
    cannot fill memory. FileNotFoundError passes through.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        descriptor = os.open(path, flags)
    except FileNotFoundError:
        _note_read(path, None)
        raise
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            kind = "a folder" if stat.S_ISDIR(info.st_mode) else "a device, FIFO or socket"
            raise NotARegularFile(0, f"is {kind}, not a regular file")
        if info.st_size > limit:
            raise TooLarge(0, f"is {size_text(info.st_size)}; the limit is {size_text(limit)}")
        chunks = []
        left = limit + 1
        while left > 0:
            chunk = os.read(descriptor, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    finally:
        os.close(descriptor)
    content = b"".join(chunks)
    if len(content) > limit:  # it grew while we read it
        raise TooLarge(0, f"is over the limit of {size_text(limit)}")
    _note_read(path, content)
    return content


def private_folder(folder: Path) -> None:
    """Create ``folder`` (and missing parents) so that only its owner can enter it.

    A folder of ours that exists with wider permissions (made by an older
    version) is narrowed; a folder owned by someone else is left as it is.
    """
    folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    try:
        info = folder.stat()
        if (
            hasattr(os, "getuid")
            and info.st_uid == os.getuid()
            and info.st_mode & 0o077
            and stat.S_ISDIR(info.st_mode)
        ):
            folder.chmod(PRIVATE_FOLDER)
    except OSError:
        pass  # best effort: the files inside are private either way


def fsync_folder(folder: Path) -> None:
    # Makes the rename itself durable. Best effort: some file systems cannot open or
    # sync a folder, and by now the new file is in place either way.
    try:
        descriptor = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def write_all(descriptor: int, content: bytes) -> None:
    view = memoryview(content)
    while view:
        written = os.write(descriptor, view)
        view = view[written:]


def temporary_name(target: Path) -> Path:
    """A new temporary file's path beside ``target``, named as ``stale_temporaries`` expects."""
    return target.with_name(f".{target.name}.{os.getpid()}-{os.urandom(4).hex()}.tmp")


def stale_temporaries(target: Path) -> list[Path]:
    """Temporary files of ``target`` that a killed or failed write left behind."""
    try:
        return sorted(target.parent.glob(f".{target.name}.*.tmp"))
    except OSError:
        return []


def writer_alive(temporary: Path) -> bool:
    """Whether the process named in a temporary file's name (``.NAME.PID-RANDOM.tmp``)
    still runs, and may still be writing it."""
    match = re.search(r"\.(\d+)-[0-9a-f]+\.tmp$", temporary.name)
    if match is None:
        return False
    pid = int(match.group(1))
    if pid == os.getpid():
        return False  # ours, and this process is not writing it now
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, OSError):
        return True
    return True


def atomic_write(
    path: Path, content: bytes, *, mode: int | None = None, follow_link: bool = True
) -> None:
    """Replace ``path`` with ``content`` so that a crash leaves old or new, never half.

    With ``follow_link`` a symlink is followed and its target replaced, so the link
    stays a link (a progress file kept in a synced folder); without it, a link
    planted at ``path`` is replaced by the file and what it pointed to is
    untouched. ``mode`` is the new file's (an existing file keeps its own when
    ``mode`` is None; a new one is then private).
    """
    global _writes
    _writes += 1
    target = Path(os.path.realpath(path)) if follow_link else path
    if mode is None:
        try:
            mode = target.stat().st_mode & 0o7777
        except FileNotFoundError:
            mode = PRIVATE_FILE  # personal data: readable by its owner only
        fix_mode = True
    else:
        fix_mode = mode == PRIVATE_FILE
    temporary = temporary_name(target)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    descriptor = os.open(temporary, flags, mode)
    try:
        try:
            if fix_mode and hasattr(os, "fchmod"):  # not on Windows before Python 3.13
                os.fchmod(descriptor, mode)
            write_all(descriptor, content)
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    fsync_folder(target.parent)


def write_cache_entry(slot: Path, content: bytes) -> None:
    """Put ``content`` at ``slot`` in a private cache folder: whole or not at all, readable
    by its owner only, and without an fsync, since a lost entry costs only speed.

    Temporaries left by a command killed while it wrote here are removed first; an
    OSError says the entry was not kept, and leaves no temporary behind.
    """
    private_folder(slot.parent)
    for left in stale_temporaries(slot):
        if not writer_alive(left):
            left.unlink(missing_ok=True)
    temporary = temporary_name(slot)
    try:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
        try:
            write_all(descriptor, content)
        finally:
            os.close(descriptor)
        os.replace(temporary, slot)
    except OSError:
        temporary.unlink(missing_ok=True)
        raise
