"""The learner's progress: its types, its TOML form and its storage on disk.

A progress file is months of somebody's life, so every save is atomic, every
read-modify-write holds a lock, and the previous version is kept as a backup.
A file this program cannot understand is reported, never overwritten.
"""

from __future__ import annotations

import os
import tempfile
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

from fashioncoach import paths
from fashioncoach.validation import ValidationProblems, validate

SCHEMA_VERSION = 1
BACKUPS_KEPT = 10
LOCK_TIMEOUT_SECONDS = 10.0

EventKind = Literal["done", "undone", "skipped", "note"]

_FORBID_EXTRA: dict[str, Any] = {"extra": "forbid"}


@dataclass(frozen=True, slots=True)
class PhaseEntry:
    """The learner entered ``phase`` on ``began``."""

    __pydantic_config__ = _FORBID_EXTRA

    phase: str
    began: date


@dataclass(frozen=True, slots=True)
class Event:
    """Something the learner did to an action: the log is only ever appended to."""

    __pydantic_config__ = _FORBID_EXTRA

    at: datetime
    kind: EventKind
    action: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class Progress:
    __pydantic_config__ = _FORBID_EXTRA

    schema_version: int
    roadmap_id: str
    start_date: date
    weekly_hours: float
    phases: tuple[PhaseEntry, ...]
    events: tuple[Event, ...] = ()
    roadmap_path: str = ""
    # Top-level keys this version does not know (a newer release, a hand edit):
    # carried through every save untouched.
    unknown: dict[str, Any] = field(default_factory=dict)


_KNOWN_KEYS = frozenset(item.name for item in fields(Progress)) - {"unknown"}


class ProgressError(Exception):
    """A progress file that cannot be read or written; the message is one line."""


def to_toml_data(progress: Progress) -> dict[str, Any]:
    data: dict[str, Any] = {
        "schema_version": progress.schema_version,
        "roadmap_id": progress.roadmap_id,
    }
    if progress.roadmap_path:
        data["roadmap_path"] = progress.roadmap_path
    data["start_date"] = progress.start_date
    data["weekly_hours"] = progress.weekly_hours
    data.update(progress.unknown)
    data["phases"] = [{"phase": entry.phase, "began": entry.began} for entry in progress.phases]
    events = []
    for event in progress.events:
        row: dict[str, Any] = {"at": event.at, "kind": event.kind, "action": event.action}
        if event.note:
            row["note"] = event.note
        events.append(row)
    data["events"] = events
    return data


def dumps(progress: Progress) -> str:
    import tomli_w

    header = (
        "# fashioncoach progress. Safe to edit by hand; keep a copy first.\n"
        "# Events are a log: the latest done/undone/skipped event of an action wins.\n"
    )
    return header + tomli_w.dumps(to_toml_data(progress))


def from_toml_data(data: dict[str, Any], path: Path) -> Progress:
    """Validate parsed TOML with pydantic; every problem goes into one message."""
    version = data.get("schema_version")
    if isinstance(version, int) and version > SCHEMA_VERSION:
        raise ProgressError(
            f"{path}: written by a newer fashioncoach (schema_version {version}, "
            f"this one reads up to {SCHEMA_VERSION}); upgrade fashioncoach to use it"
        )
    known = {key: value for key, value in data.items() if key in _KNOWN_KEYS}
    unknown = {key: value for key, value in data.items() if key not in _KNOWN_KEYS}

    try:
        progress = validate(Progress, known)
    except ValidationProblems as error:
        raise ProgressError(f"{path}: {error}") from None
    if not progress.phases:
        raise ProgressError(f"{path}: phases: the phase history is empty")
    return Progress(
        schema_version=progress.schema_version,
        roadmap_id=progress.roadmap_id,
        start_date=progress.start_date,
        weekly_hours=progress.weekly_hours,
        phases=progress.phases,
        events=progress.events,
        roadmap_path=progress.roadmap_path,
        unknown=unknown,
    )


def loads(text: str, path: Path) -> Progress:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ProgressError(f"{path}: invalid TOML: {error}") from None
    return from_toml_data(data, path)


def _fsync_folder(folder: Path) -> None:
    # Makes the rename itself durable; not every platform can open a folder.
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def atomic_write(path: Path, content: bytes) -> None:
    """Replace ``path`` with ``content`` so that a crash leaves old or new, never half."""
    target = path.resolve() if path.is_symlink() else path
    try:
        mode = target.stat().st_mode & 0o777
    except FileNotFoundError:
        mode = 0o600  # personal data: readable by its owner only
    descriptor, temporary = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
    )
    try:
        os.fchmod(descriptor, mode)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _fsync_folder(target.parent)


class ProgressStore:
    """The progress file of one roadmap, with its lock and backups."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.backups = paths.backups_dir(path)

    def exists(self) -> bool:
        return self.path.exists()

    def backup_files(self) -> list[Path]:
        """This file's backups, newest first."""
        if not self.backups.is_dir():
            return []
        pattern = f"{self.path.stem}-*.toml"
        return sorted(self.backups.glob(pattern), reverse=True)

    def _restore_hint(self) -> str:
        backups = self.backup_files()
        if not backups:
            return ""
        newest = backups[0]
        return f" (newest backup: {newest}; restore it with: fashioncoach restore {newest.name})"

    def load(self) -> Progress | None:
        """The saved progress, or None when the learner has not started yet."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            if self.backup_files():
                raise ProgressError(
                    f"{self.path}: the progress file is missing but backups exist"
                    + self._restore_hint()
                ) from None
            return None
        except OSError as error:
            raise ProgressError(
                f"{self.path}: cannot be read ({error.strerror or error})"
            ) from None
        if not raw.strip():
            raise ProgressError(f"{self.path}: the progress file is empty" + self._restore_hint())
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise ProgressError(
                f"{self.path}: not UTF-8 text (byte {error.start})" + self._restore_hint()
            ) from None
        try:
            return loads(text, self.path)
        except ProgressError as error:
            raise ProgressError(str(error) + self._restore_hint()) from None

    def save(self, progress: Progress) -> None:
        """Back up the current file, then atomically replace it."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._backup_current()
            atomic_write(self.path, dumps(progress).encode("utf-8"))
        except OSError as error:
            raise ProgressError(
                f"{self.path}: could not save ({error.strerror or error}); "
                "the previous file is unchanged"
            ) from None

    def _backup_current(self) -> None:
        try:
            current = self.path.read_bytes()
        except FileNotFoundError:
            return
        self.backups.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now().strftime("%Y%m%dT%H%M%S%f")
        atomic_write(self.backups / f"{self.path.stem}-{stamp}.toml", current)
        for old in self.backup_files()[BACKUPS_KEPT:]:
            old.unlink(missing_ok=True)

    @contextmanager
    def locked(self) -> Iterator[None]:
        """Hold the cross-process lock from read to write."""
        from filelock import FileLock, Timeout

        lock_path = paths.lock_file(self.path)
        try:
            lock_path.parent.mkdir(parents=True, exist_ok=True)
            lock = FileLock(lock_path, timeout=LOCK_TIMEOUT_SECONDS)
            lock.acquire()
        except Timeout:
            raise ProgressError(
                f"{lock_path}: another fashioncoach has held the lock for over "
                f"{LOCK_TIMEOUT_SECONDS:g} s; try again, or delete the lock file "
                "if no fashioncoach is running"
            ) from None
        except OSError as error:
            raise ProgressError(
                f"{lock_path}: cannot take the lock ({error.strerror or error})"
            ) from None
        try:
            yield
        finally:
            lock.release()
