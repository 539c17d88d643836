"""Replays: a read command run again on the very same inputs prints the very same bytes,
without importing the coaching code, Rich or Typer.

Most runs of ``today`` or ``status`` repeat the last one: the same roadmap bytes, the
same progress bytes, the same day, terminal and settings. The first run of a read
command records what it printed, keyed on everything its output depends on (the
program's version, the command line, the day, the working folder, the environment
that sets colours, widths and folders, whether each stream is a terminal and its
size) together with the exact bytes of every file it read. A later run with the same
key reads those files again and, when every byte is the same, writes the recorded
output and exits with the recorded status. Anything else is a miss and runs the
command: a file that changed, a corrupt or foreign entry, another version. Nothing
about a replay can fail a command.

What was read is what a ``reading.Recorder`` saw while the command ran: every read
of the bounded reader, those that failed (a missing file, a folder, a FIFO) and the
folders listed, so a replay never outlives a change to any of them. The key holds
the time zone too (``reading.local_zone``): the same instant can be another day.
Only commands that write nothing are recorded, and only when they succeeded and did
not page. ``--debug`` or ``FASHIONCOACH_NO_REPLAY=1`` bypasses replays. Entries are
private (0600), like the cache beside them, since they hold notes, and bounded in
number and size with it (``store/cache.py``).
"""

from __future__ import annotations

import binascii
import marshal
import os
import sys
import time

from fashioncoach import __version__, paths
from fashioncoach.launch.argv import command_of, option_value
from fashioncoach.reading import Recorder, local_zone, observe, read_regular

TYPE_CHECKING = False
if TYPE_CHECKING:
    from types import TracebackType
    from typing import Any, TextIO

ENTRY_KIND = "fashioncoach-replay-2"
MAX_ENTRY_BYTES = 32 * 1024 * 1024
# The commands whose output depends only on the key and the files they read.
READ_COMMANDS = frozenset(
    {"today", "report", "timeline", "phase", "skills", "reality", "about", "hint", "status"}
)
# What the output can depend on besides the files: folders, colours, widths.
ENVIRONMENT = (
    "COLUMNS",
    "LINES",
    "NO_COLOR",
    "FORCE_COLOR",
    "TERM",
    "COLORTERM",
    "TTY_COMPATIBLE",
    "TTY_INTERACTIVE",
    "PAGER",
    "LESS",
    "LANG",
    "LC_ALL",
    "PYTHONIOENCODING",
    "HOME",
    "XDG_DATA_HOME",
    "XDG_CONFIG_HOME",
    "XDG_CACHE_HOME",
    paths.HOME_ENV,
    paths.ROADMAP_ENV,
    paths.CACHE_ENV,
    paths.CONFIG_ENV,
)


def replayable(argv: list[str]) -> bool:
    """Whether ``argv`` is a command whose output a replay may stand for."""
    if os.environ.get(paths.NO_REPLAY_ENV) or "--debug" in argv:
        return False
    if "--output" in argv or "-o" in argv or any(a.startswith("--output=") for a in argv):
        return False
    command, rest = command_of(argv)
    if command == "phase":
        return not rest or rest[0].startswith("-") or rest[0] == "show"
    if command == "roadmap":
        return bool(rest) and rest[0] == "list"
    return command in READ_COMMANDS


def key_of(argv: list[str]) -> bytes:
    """Everything the output of ``argv`` depends on but the files it reads."""
    today = option_value(argv, "--today") or time.strftime("%Y-%m-%d")
    streams = tuple(os.isatty(descriptor) for descriptor in (0, 1, 2))
    size: tuple[int, int] | None = None
    if streams[1]:
        try:
            size = tuple(os.get_terminal_size(1))  # type: ignore[assignment]
        except OSError:
            size = None
    environment = tuple(os.environ.get(name) for name in ENVIRONMENT)
    zone = local_zone()
    key = (
        ENTRY_KIND,
        __version__,
        tuple(argv),
        today,
        zone,
        os.getcwd(),
        environment,
        streams,
        size,
    )
    return repr(key).encode("utf-8", "surrogateescape")


def _slot(key: bytes) -> str:
    return os.path.join(paths.cache_folder(), f"replay-{binascii.crc32(key):08x}.marshal")


def _read(path: str) -> bytes | None:
    try:
        # Through the bounded reader: a FIFO or a device planted here is a miss at once.
        return read_regular(path, limit=MAX_ENTRY_BYTES, recorder=None)
    except OSError:
        return None


def _write_all(descriptor: int, content: bytes) -> None:
    view = memoryview(content)
    while view:
        view = view[os.write(descriptor, view) :]


def replay(argv: list[str]) -> int | None:
    """Print what ``argv`` printed last time, when nothing it depends on changed; its exit
    status, or None (a miss: run the command)."""
    if not replayable(argv):
        return None
    try:
        key = key_of(argv)
        slot = _slot(key)
        raw = _read(slot)
        if raw is None:
            return None
        stored_key, seen, out, err, code = marshal.loads(raw)
        if stored_key != key or type(code) is not int:
            return None
        for path, limit, observation in seen:
            if observe(path, limit) != observation:
                return None
        try:  # noqa: SIM105 (contextlib costs a replay more than its work)
            os.utime(slot)  # the entry was used: the last to be pruned (store/cache.py)
        except OSError:
            pass
    except Exception:  # a corrupt, truncated or foreign entry is a miss, never an error
        return None
    try:
        _write_all(1, out)
        _write_all(2, err)
    except BrokenPipeError:
        pass
    return code


class Tee:
    """A text stream that writes through and keeps a copy, as bytes, of what was written
    to it or to its binary buffer (which Click uses for some of its output)."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.copy: list[bytes] = []

    def write(self, text: str | bytes) -> int:
        if isinstance(text, bytes):
            self.copy.append(text)
            self.stream.flush()
            return self.stream.buffer.write(text)
        self.copy.append(text.encode("utf-8", "surrogateescape"))
        return self.stream.write(text)

    @property
    def buffer(self) -> Tee:
        return self

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


class Recording:
    """Records a read command's output, and what its ``Recorder`` saw, for later replays."""

    def __init__(self, argv: list[str]) -> None:
        self.argv = argv
        self.active = replayable(argv)
        self.recorder = Recorder()
        self.out: Tee | None = None
        self.err: Tee | None = None

    def __enter__(self) -> Recording:
        if not self.active:
            return self
        self.recorder.__enter__()
        self.out, self.err = Tee(sys.stdout), Tee(sys.stderr)
        sys.stdout, sys.stderr = self.out, self.err
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        problem: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if not self.active or self.out is None or self.err is None:
            return
        sys.stdout, sys.stderr = self.out.stream, self.err.stream
        self.recorder.__exit__(kind, problem, trace)
        code = problem.code if isinstance(problem, SystemExit) else (1 if problem else 0)
        if code not in (0, None) or kind not in (None, SystemExit):
            return
        if self.recorder.writes or self.recorder.unrepeatable:
            return
        self.store()

    def finish(self, code: int) -> None:
        """The fast path's end: it returns a status instead of raising SystemExit."""
        self.__exit__(SystemExit, SystemExit(code), None)
        self.active = False

    def store(self) -> None:
        assert self.out is not None and self.err is not None
        cache = os.path.join(os.path.abspath(paths.cache_folder()), "")
        seen = [item for item in self.recorder.observations() if not item[0].startswith(cache)]
        try:
            key = key_of(self.argv)
            entry = marshal.dumps((key, seen, b"".join(self.out.copy), b"".join(self.err.copy), 0))
            from pathlib import Path

            from fashioncoach.store import cache as entries

            entries.keep(Path(_slot(key)), entry)
        except Exception:  # a replay is only a copy: failing to keep one costs speed only
            return
