"""Bytes on disk: atomic writes, folders only their owner can enter, and the one bounded
reader of regular files (``reading.read_regular``, re-exported here for the store).

Every file the program writes goes through ``atomic_write``: a temporary file in
the same folder, fsync, rename, fsync of the folder, so a crash leaves the old
file or the new one, never half of one. Temporary files carry our own name
pattern (``.NAME.PID-RANDOM.tmp``) so that a later save can clean up after a
killed one.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
from pathlib import Path

from fashioncoach import paths

# The one bounded reader is a base module's (``reading.py``): the store reads through it.
from fashioncoach.reading import NotARegularFile, TooLarge, note_write, read_regular

__all__ = ["NotARegularFile", "TooLarge", "atomic_write", "os_reason", "read_regular"]

PRIVATE_FOLDER = 0o700


PRIVATE_FILE = 0o600


SHARED_FILE = 0o666  # narrowed by the user's umask, like any file they create


def os_reason(error: OSError) -> str:
    """``No space left on device``, with the path when it is not the obvious one."""
    reason = error.strerror or str(error)
    if error.filename and not isinstance(error, NotARegularFile | TooLarge):
        return f"{reason}: {error.filename}"
    return reason


class UnsafePlace(OSError):
    """A folder or a link that a write must not go through: someone else's, open to
    others, a link to nothing, or a link where none is expected."""


def _refused(text: str) -> UnsafePlace:
    return UnsafePlace(0, text)


def _uid() -> int | None:
    return os.getuid() if hasattr(os, "getuid") else None


def _make_folders(folder: Path) -> None:
    """Create ``folder`` and its missing parents, each 0700 whatever the umask."""
    missing = []
    place = Path(os.path.abspath(folder))
    while not os.path.lexists(place) and place != place.parent:
        missing.append(place)
        place = place.parent
    for item in reversed(missing):
        try:
            os.mkdir(item, PRIVATE_FOLDER)
        except FileExistsError:
            continue  # another command made it meanwhile: checked below like any
        os.chmod(item, PRIVATE_FOLDER)  # a umask such as 0o777 takes the owner's bits


def private_folder(folder: Path, *, chosen: bool | None = None, link: bool = True) -> None:
    """Make sure ``folder`` is a folder a write may go into, creating it if need be.

    A missing folder and its missing parents are created 0700, whatever the umask.
    An existing one must be a folder of this user's (a link to one, when ``link``).
    A folder the learner chose (``FASHIONCOACH_HOME``, ``FASHIONCOACH_CONFIG``) keeps
    its mode and setgid, and is refused only when others can write to it; one of the
    program's own that an older version left open is narrowed to 0700. A refusal is
    an ``UnsafePlace`` saying why and what to do.
    """
    if chosen is None:
        chosen = paths.chosen_by_learner(str(folder))
    if not os.path.lexists(folder):
        _make_folders(folder)
        return
    info = os.lstat(folder)
    if stat.S_ISLNK(info.st_mode):
        if not link:
            raise _refused(
                f"{folder} is a symbolic link; fashioncoach writes there only into a folder "
                "of its own: replace the link by a folder"
            )
        try:
            info = os.stat(folder)
        except FileNotFoundError:
            raise _refused(f"{folder} is a link to nothing ({os.path.realpath(folder)})") from None
    if not stat.S_ISDIR(info.st_mode):
        raise _refused(f"{folder} is not a folder")
    uid = _uid()
    if uid is not None and uid != info.st_uid:
        raise _refused(
            f"{folder} belongs to another user (uid {info.st_uid}); fashioncoach writes "
            "only into folders of yours"
        )
    if chosen:
        if info.st_mode & 0o002:
            raise _refused(
                f"others can write to {folder}, so fashioncoach does not write there; "
                f"close it with: chmod o-w {folder}"
            )
        return
    if info.st_mode & 0o077 and uid is not None:
        with contextlib.suppress(OSError):  # best effort: the files inside are private
            os.chmod(folder, PRIVATE_FOLDER)


def save_target(path: Path) -> Path:
    """The file a save of ``path`` replaces: ``path`` itself, or, when it is a symbolic
    link the learner made to a progress file kept elsewhere (a synced folder), the file
    it points to, so the link stays a link.

    Such a link is followed only to a regular file of this user's, in a folder of this
    user's that no one else can write to (not others, nor a group not the user's
    own); anything else is an ``UnsafePlace``, and nothing is written: a link to
    nothing (a save would create a file wherever it points), a link someone else
    made, a target of someone else's.
    """
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return path
    if not stat.S_ISLNK(info.st_mode):
        return path
    real = Path(os.path.realpath(path))
    uid = _uid()
    why = ""
    try:
        target = os.stat(real)
        folder = os.stat(real.parent)
    except FileNotFoundError:
        why = "which does not exist; a save never creates a file through a link"
    else:
        if uid is not None and uid != info.st_uid:
            why = f"a link another user made (uid {info.st_uid})"
        elif not stat.S_ISREG(target.st_mode):
            why = "which is not a regular file"
        elif uid is not None and uid != target.st_uid:
            why = f"which belongs to another user (uid {target.st_uid})"
        elif (uid is not None and uid != folder.st_uid) or folder.st_mode & 0o002:
            why = f"in {real.parent}, where others can write"
        elif folder.st_mode & 0o020 and hasattr(os, "getgid") and folder.st_gid != os.getgid():
            why = f"in {real.parent}, where a group of others can write"
    if why:
        raise _refused(
            f"{path} is a link to {real}, {why}; nothing was saved through it: make it a "
            "link to a file of yours in a folder only you can write, or replace it by the file"
        )
    return real


# Compiled on first use (re keeps it): only a write looks for temporaries.
_TEMPORARY = r"^\.(?P<name>.+)\.(?P<pid>\d+)-[0-9a-f]{8}\.tmp$"


def ours(path: Path) -> bool:
    """Whether ``path`` is a regular file (not a link) of this user's: the only kind of
    file housekeeping ever deletes."""
    try:
        info = os.lstat(path)
    except OSError:
        return False
    uid = _uid()
    return stat.S_ISREG(info.st_mode) and (uid is None or uid == info.st_uid)


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
    """Temporary files of ``target`` that a write left behind: named as ``temporary_name``
    names them, regular files of this user's (their writer may still run: see
    ``writer_alive``)."""
    try:
        names = os.listdir(target.parent)
    except OSError:
        return []
    found = []
    for name in sorted(names):
        match = re.match(_TEMPORARY, name)
        if match and match["name"] == target.name and ours(target.parent / name):
            found.append(target.parent / name)
    return found


def temporaries_in(folder: Path, prefix: str = "") -> list[Path]:
    """Every temporary file of ours in ``folder`` (its name starting ``.PREFIX``) whose
    writer has gone: what a killed write left, safe to delete."""
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    return [
        folder / name
        for name in sorted(names)
        if re.match(_TEMPORARY, name)
        and name.startswith("." + prefix)
        and ours(folder / name)
        and not writer_alive(folder / name)
    ]


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
    path: Path, content: bytes, *, mode: int = PRIVATE_FILE, follow_link: bool = False
) -> None:
    """Replace ``path`` with ``content`` so that a crash leaves old or new, never half.

    The new file gets ``mode`` (private, 0600, unless said otherwise), whatever the old
    file's was, so no save keeps a mode wider than its own. Without ``follow_link`` a
    link planted at ``path`` is replaced by the file and what it pointed to is
    untouched; with it, a link the learner made to a file of theirs is followed so
    that it stays a link (``save_target``, which refuses any other link).
    """
    note_write()
    target = save_target(path) if follow_link else path
    temporary = temporary_name(target)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    try:
        descriptor = os.open(temporary, flags, mode)
    except OSError as problem:
        # The temporary's name means nothing to a user: name its folder when that is what
        # failed (missing, not writable, full); else the caller's own name for the file
        # says it (a name too long).
        folder_errors = (errno.ENOENT, errno.ENOTDIR, errno.EACCES, errno.EPERM, errno.EROFS)
        about_folder = problem.errno in (*folder_errors, errno.ENOSPC, errno.EDQUOT)
        problem.filename = str(target.parent) if about_folder else None
        raise
    try:
        try:
            if mode == PRIVATE_FILE and hasattr(os, "fchmod"):  # the umask cannot widen it
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
    for left in temporaries_in(slot.parent, slot.name):
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
