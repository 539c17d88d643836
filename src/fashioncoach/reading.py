"""The one bounded reader of regular files, and the recorder of what a command read.

Everything the program reads (progress files and their backups, roadmaps,
``roadmaps.conf``, guides, imports, cache entries and replays) comes through
``read_regular``. It opens without blocking and checks the open file itself, after
any symlink is resolved: only a regular file of at most ``limit`` bytes is read, so
a FIFO cannot hang a command, a link to ``/dev/zero`` cannot fill memory, and a
folder is said to be one. Every failure is an ``OSError`` whose reason says what
was found; the caller names the path.

A ``Recorder`` (made by ``launch/replay.py`` for a read command) is told every read
as it happens: the bytes, a missing file, a failure, a folder's names. A replay
is valid only while each of those observations is still the same, failures
included, so no outcome of a read can go stale; ``local_zone`` is the rest of what
a cached answer depends on besides the bytes. Only ``os`` is imported here (and
``stat``, which ``os`` loads):
``paths.py`` and the replay read through this module before anything else loads.
"""

from __future__ import annotations

import os
import stat  # loaded with os already: free

TYPE_CHECKING = False
if TYPE_CHECKING:
    from types import TracebackType

    # What a read saw: the bytes, None for no file, ("folder", names), ("error", ...).
    Observation = bytes | tuple[object, ...] | None


class NotARegularFile(OSError):
    """A folder, a FIFO, a device or a socket where a file belongs."""

    kind = "a device, FIFO or socket"


class TooLarge(OSError):
    """A file over the size the program reads."""


def size_text(count: int) -> str:
    """``8.4 MiB (8,812,345 bytes)``: rounded for a person, exact for the comparison."""
    mebibytes = count / (1024 * 1024)
    rounded = (
        f"{mebibytes:.1f}".removesuffix(".0") + " MiB"
        if mebibytes >= 1
        else f"{count / 1024:.1f}".removesuffix(".0") + " KiB"
    )
    return f"{rounded} ({count:,} bytes)"


def _not_regular(path: str, mode: int) -> NotARegularFile:
    folder = stat.S_ISDIR(mode)
    error = NotARegularFile(0, "")
    error.kind = "a folder" if folder else NotARegularFile.kind
    link = ""
    if os.path.islink(path):
        link = f"a link to {os.path.realpath(path)}, which "
    error.strerror = f"{link}is {error.kind}, not a regular file"
    return error


def _read(path: str, limit: int) -> bytes:
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    descriptor = os.open(path, flags)
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise _not_regular(path, info.st_mode)
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
        raise TooLarge(0, f"grew over the limit of {size_text(limit)} while it was read")
    return content


def failure(error: OSError) -> tuple[object, ...]:
    """A failed read as a recorder keeps it: equal for the same failure."""
    return ("error", type(error).__name__, error.errno, error.strerror)


def observe(path: str, limit: int | None) -> Observation:
    """What reading ``path`` gives now, as a recorder notes it: a file's bytes (``limit``
    a number), a folder's names (``limit`` None), None when there is nothing there."""
    try:
        if limit is None:
            return ("folder", tuple(sorted(os.listdir(path))))
        return _read(path, limit)
    except FileNotFoundError:
        return None
    except OSError as error:
        return failure(error)


class Recorder:
    """Everything one command saw on disk, and whether it did anything a replay cannot
    repeat (a write, a pager, a file that changed while it was read)."""

    def __init__(self) -> None:
        self.seen: dict[tuple[str, int | None], Observation] = {}
        self.writes = 0
        self.unrepeatable = ""

    def saw(self, path: str, limit: int | None, observation: Observation) -> None:
        where = (os.path.abspath(path), limit)
        if where not in self.seen:
            self.seen[where] = observation
        elif self.seen[where] != observation:
            self.unrepeatable = f"{path} changed while the command read it"

    def observations(self) -> list[tuple[str, int | None, Observation]]:
        return [(path, limit, seen) for (path, limit), seen in self.seen.items()]

    def __enter__(self) -> Recorder:
        global _active
        _active = self
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        problem: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        global _active
        if _active is self:
            _active = None


class _Active:
    """The default of ``recorder``: the recorder of the running command, if one records."""


ACTIVE = _Active()
_active: Recorder | None = None  # the recorder of the command running, while one records


def _recorder(recorder: Recorder | _Active | None) -> Recorder | None:
    return _active if isinstance(recorder, _Active) else recorder


def read_regular(
    path: str | os.PathLike[str], *, limit: int, recorder: Recorder | _Active | None = ACTIVE
) -> bytes:
    """The bytes of ``path`` when it is (or links to) a regular file of at most ``limit``
    bytes; an OSError otherwise (FileNotFoundError when there is nothing there).

    ``recorder`` is told what was seen, failures too; by default the recorder of the
    running command, if one records. Copies that are no input (cache entries, the
    replay itself) pass None.
    """
    name = os.fspath(path)
    keeper = _recorder(recorder)
    try:
        content = _read(name, limit)
    except FileNotFoundError:
        if keeper is not None:
            keeper.saw(name, limit, None)
        raise
    except OSError as error:
        if keeper is not None:
            keeper.saw(name, limit, failure(error))
        raise
    if keeper is not None:
        keeper.saw(name, limit, content)
    return content


def list_folder(
    path: str | os.PathLike[str], *, recorder: Recorder | _Active | None = ACTIVE
) -> list[str]:
    """The names in folder ``path``, sorted; the recorder is told them (or the failure)."""
    name = os.fspath(path)
    keeper = _recorder(recorder)
    try:
        names = sorted(os.listdir(name))
    except FileNotFoundError:
        if keeper is not None:
            keeper.saw(name, None, None)
        raise
    except OSError as error:
        if keeper is not None:
            keeper.saw(name, None, failure(error))
        raise
    if keeper is not None:
        keeper.saw(name, None, ("folder", tuple(names)))
    return names


def note_write() -> None:
    """A file of the learner's was written: the running command is no replay."""
    if _active is not None:
        _active.writes += 1


def note_unrepeatable(reason: str) -> None:
    """The output cannot be replayed as bytes (it went through a pager)."""
    if _active is not None:
        _active.unrepeatable = reason


def local_zone() -> str:
    """The time zone this process works in, as the caches key on it: ``TZ``, the zone
    file ``/etc/localtime`` names (and its version), the zone's names and offsets, and
    the offset in force now. A date worked out from an instant depends on all of it."""
    import time

    place = ""
    try:
        zone_file = os.path.realpath("/etc/localtime")
        info = os.stat(zone_file)
        place = f"{zone_file}:{info.st_size}:{info.st_mtime_ns}"
    except (OSError, ValueError):
        pass
    now = time.localtime()
    return (
        f"TZ={os.environ.get('TZ')}|{place}|{time.tzname}|{time.timezone}|{time.altzone}|"
        f"{now.tm_gmtoff}|{now.tm_zone}"
    )
