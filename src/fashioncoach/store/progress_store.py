"""The progress file of one roadmap on disk, with its lock and backups.

A progress file is months of somebody's life, so:

- every save is atomic (``disk.atomic_write``) and private (0600), and a symlinked file
  stays a link, when the learner made it to a file of theirs (``disk.save_target``);
- no save goes through a link where none belongs (the lock, ``backups/``), nor into a
  folder someone else owns or others can write to (``disk.private_folder``);
- every read-modify-write holds a cross-process lock on a separate lock file;
- the previous version is kept in ``backups/`` before each save;
- a file this program cannot understand is reported, with the newest backup and
  the command that puts it back, and is never overwritten;
- a save that would lose events, or write what no later command could read, is
  refused.
"""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fashioncoach import paths
from fashioncoach.errors import ProgressError
from fashioncoach.model.limits import (
    MAX_PROGRESS_BYTES,
)
from fashioncoach.model.progress import SCHEMA_VERSION, Progress
from fashioncoach.model.record import replace
from fashioncoach.store.backups import _STAMP, BACKUPS_KEPT, Backup, label, parse_backup_name
from fashioncoach.store.disk import (
    PRIVATE_FILE,
    atomic_write,
    os_reason,
    ours,
    private_folder,
    read_regular,
    save_target,
    stale_temporaries,
    temporaries_in,
    writer_alive,
)
from fashioncoach.store.lock import FileLock, LockTimeout, lock_timeout
from fashioncoach.store.progress_file import (
    dumps,
    meaning_problems,
    over_the_limits,
    parse_bytes,
    schema_version_of,
    summarise,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

# What to do when a log is full: keep it, and begin a new one.
ARCHIVE_HINT = (
    "; keep a copy with: fashioncoach export json -o progress.json, then begin a new "
    "log with: fashioncoach reset"
)


# No ordinary command removes events from the log; a save that would drop this
# many at once is refused unless the command means it (reset, start again).
SHRINK_REFUSED_AT = 3


def _peek(raw: bytes) -> tuple[int | None, int] | None:
    """Schema version and event count of the file on disk, or None if unreadable.

    Parses the file: see ``ProgressStore._peek`` for the shortcut when the bytes are
    the ones this command loaded.
    """
    from fashioncoach.store.toml_text import TomlProblem, decode, parse

    try:
        data = parse(decode(raw))
    except TomlProblem:
        return None
    events = data.get("events", [])
    return schema_version_of(data), len(events) if isinstance(events, list) else 0


_CACHE_KIND = f"progress-v{SCHEMA_VERSION}"


def _plain_toml(value: Any) -> bool:
    """Whether ``value`` survives the cache as it is (no dates: those come back as text)."""
    if isinstance(value, dict):
        return all(_plain_toml(item) for item in value.values())
    if isinstance(value, list | tuple):
        return all(_plain_toml(item) for item in value)
    return isinstance(value, str | int | float | bool)


def _remember(path: Path, raw: bytes, progress: Progress) -> None:
    """Cache validated progress for exactly these bytes; a failure only costs speed."""
    if not _plain_toml(progress.unknown):
        return
    try:
        from fashioncoach.store import cache
        from fashioncoach.store.trusted import plain

        cache.store(_CACHE_KIND, path, raw, plain(progress))
    except Exception:  # the cache is a copy: nothing about it may fail a command
        return


def _cached(path: Path, raw: bytes) -> Progress | None:
    try:
        from fashioncoach.store import cache
        from fashioncoach.store.trusted import build

        data = cache.lookup(_CACHE_KIND, path, raw)
        return None if data is None else build(Progress, data)
    except Exception:  # an unusable entry is a miss
        return None


def home_problem(path: Path) -> str | None:
    """Why ``path`` cannot be the data folder's, when it was derived from no home folder."""
    if os.environ.get(paths.HOME_ENV):
        return None
    unexpanded = not path.is_absolute() and bool(path.parts) and path.parts[0].startswith("~")
    blank_home = os.environ.get("HOME") == "" and not os.environ.get("XDG_DATA_HOME")
    if unexpanded or (os.name == "posix" and blank_home):
        return (
            f"cannot find your home folder (HOME is not set); set {paths.HOME_ENV} to the "
            "folder where fashioncoach should keep your progress"
        )
    return None


class ProgressStore:
    """The progress file of one roadmap, with its lock and backups."""

    def __init__(self, path: Path, *, command: str = "") -> None:
        self.path = path
        # The command this store saves for: each backup's name says it (store/backups.py).
        self.command = label(command)
        self._loaded: tuple[bytes, int] | None = None  # bytes parsed, and their events
        self.backups = paths.backups_dir(path)
        self.lock_path = paths.lock_file(path)

    def exists(self) -> bool:
        return self.path.exists()

    def _check_home(self) -> None:
        problem = home_problem(self.path)
        if problem:
            raise ProgressError(problem)

    # --- backups ---

    def backup_list(self) -> list[Backup]:
        """This file's backups, newest first: files named as this file's backups, in its
        ``backups/``, regular (no link) and this user's, so nothing else is ever pruned."""
        from fashioncoach.reading import list_folder

        try:
            names = list_folder(self.backups)
        except OSError:
            return []
        found = []
        for name in names:
            parsed = parse_backup_name(name)
            if parsed is not None and parsed[0] == self.path.stem and ours(self.backups / name):
                found.append(Backup(self.backups / name, *parsed))
        return sorted(found, key=lambda backup: backup.name, reverse=True)

    def backup_files(self) -> list[Path]:
        """This file's backups, newest first."""
        return [backup.path for backup in self.backup_list()]

    def restore_hint(self) -> str:
        """Where the newest backup is and the exact command that puts it back."""
        backups = self.backup_list()
        if not backups:
            return ""
        newest = backups[0]
        return (
            f"; newest backup: {newest.path} (saved {newest.saved:%Y-%m-%d %H:%M} UTC); "
            f"put it back with: fashioncoach restore {newest.name}"
        )

    def find_backup(self, name: str) -> Backup:
        """The backup called ``name`` (a file name in the backups folder, or its path)."""
        wanted = Path(name).name if name.strip() else ""
        for backup in self.backup_list():
            if backup.name == wanted:
                return backup
        known = [backup.name for backup in self.backup_list()]
        listing = (
            "; see them with: fashioncoach restore --list" if known else "; there are none yet"
        )
        raise ProgressError(f"no backup '{name}' of {self.path.name} in {self.backups}{listing}")

    def _keep_backup(self, current: bytes, upgrade: int | None, target: Path) -> Path:
        private_folder(self.backups, link=False)
        moment = datetime.now(UTC)
        suffix = f"-before-v{upgrade}" if upgrade else f"-{self.command}" if self.command else ""
        while True:
            backup = self.backups / f"{self.path.stem}-{moment.strftime(_STAMP)}{suffix}.toml"
            if not backup.exists():
                break
            moment = moment.replace(microsecond=(moment.microsecond + 1) % 1_000_000)
        if not self._link_backup(backup, len(current), target):
            atomic_write(backup, current)
        return backup

    def _link_backup(self, backup: Path, size: int, target: Path) -> bool:
        """Keep the file on disk as ``backup`` by a second name, without copying it.

        The save then replaces the progress file by a new one (``atomic_write``), so the
        backup keeps the old bytes, which were made durable when they were written; a copy
        would cost two more fsyncs a save. Where links are not possible (another file
        system behind a linked progress file, FAT), the caller copies.
        """
        try:
            os.link(target, backup)
        except OSError:
            return False
        try:
            linked = backup.stat().st_size == size
        except OSError:
            linked = False
        if not linked:  # the file changed since it was read: copy the bytes that were
            with suppress(OSError):
                backup.unlink()
            return False
        with suppress(OSError):  # a file an older version saved with a wider mode
            os.chmod(backup, PRIVATE_FILE)
        return True

    def _prune_backups(self) -> None:
        regular = [backup for backup in self.backup_list() if backup.upgrade is None]
        for old in regular[BACKUPS_KEPT:]:
            with suppress(OSError):  # pruning is housekeeping: it never fails a save
                old.path.unlink(missing_ok=True)

    # --- reading ---

    def read_raw(self) -> bytes | None:
        """The file's bytes, or None when there is no file."""
        self._check_home()
        try:
            return read_regular(self.path, limit=MAX_PROGRESS_BYTES)
        except FileNotFoundError:
            return None
        except OSError as error:
            raise ProgressError(f"{self.path}: cannot be read ({os_reason(error)})") from None

    def read_backup(self, backup: Backup) -> tuple[bytes, Progress]:
        """A backup's bytes and the progress in them; ProgressError names the backup."""
        try:
            raw = read_regular(backup.path, limit=MAX_PROGRESS_BYTES)
        except OSError as error:
            raise ProgressError(f"{backup.path}: cannot be read ({os_reason(error)})") from None
        return raw, parse_bytes(raw, backup.path)

    def parse_backup(self, backup: Backup) -> Progress:
        return self.read_backup(backup)[1]

    def cached(self, raw: bytes) -> Progress | None:
        """The progress the cache holds for exactly these bytes, validated before; or None."""
        return _cached(self.path, raw)

    def parse(self, raw: bytes) -> Progress:
        """The progress in ``raw`` (this file's bytes), or a ProgressError saying how to fix it.

        Bytes that passed validation before are rebuilt from the cache, without TOML or
        pydantic (see ``cache.py``); any change to the file takes the validating path.
        """
        cached = _cached(self.path, raw)
        if cached is not None:
            self._loaded = (raw, len(cached.events))
            return cached
        try:
            progress = parse_bytes(raw, self.path)
        except ProgressError as error:
            raise ProgressError(str(error) + self.restore_hint()) from None
        _remember(self.path, raw, progress)
        self._loaded = (raw, len(progress.events))
        return progress

    def _peek(self, raw: bytes) -> tuple[int | None, int] | None:
        """Schema version and event count of ``raw``, the file on disk. When those are
        the very bytes this command loaded (the usual case, under the lock), the count is
        the loaded log's (migrations keep every event) and the version is read off its
        line; else the file is parsed."""
        loaded = self._loaded
        if loaded is not None and loaded[0] == raw:
            import re

            versions = re.findall(rb"(?m)^schema_version\s*=\s*(\d+)\s*$", raw)
            if len(versions) == 1:
                return int(versions[0]), loaded[1]
        return _peek(raw)

    def load(self) -> Progress | None:
        """The saved progress, or None when the learner has not started yet."""
        raw = self.read_raw()
        if raw is None:
            if self.backup_list():
                raise ProgressError(
                    f"{self.path}: the progress file is missing but backups exist "
                    "(to start over instead, run: fashioncoach reset)" + self.restore_hint()
                )
            return None
        return self.parse(raw)

    # --- writing ---

    def _refuse_unsafe(self, current: bytes, progress: Progress) -> None:
        peeked = self._peek(current)
        if peeked is None:
            raise ProgressError(
                f"{self.path}: the file on disk is not readable progress, so it was not "
                "overwritten; see what is wrong with: fashioncoach doctor"
            )
        version, events = peeked
        if version is not None and version > SCHEMA_VERSION:
            raise ProgressError(
                f"{self.path}: written by a newer fashioncoach (schema_version {version}); "
                "it was not overwritten; upgrade fashioncoach to use it"
            )
        dropped = events - len(progress.events)
        if dropped >= SHRINK_REFUSED_AT:
            raise ProgressError(
                f"{self.path}: this save would remove {dropped} of the {events} events in your "
                "progress, so it was refused and nothing changed; to start over on purpose, "
                "run: fashioncoach reset"
            )

    def save(self, progress: Progress, *, force: bool = False) -> Path | None:
        """Back up the current file, then atomically replace it; the backup's path.

        Refused, with the file untouched, when the file on disk is unreadable, from a
        newer fashioncoach, or would lose events (see SHRINK_REFUSED_AT); ``force``
        is for the commands that mean it (reset, start again).
        """
        limits = over_the_limits(progress)
        if limits:
            raise ProgressError(
                f"{self.path}: not saved: this change would make {'; and '.join(limits)}; "
                f"nothing changed{ARCHIVE_HINT}"
            )
        problems = meaning_problems(progress)
        if problems:
            # A change no later command could read back: refused before it reaches disk.
            raise ProgressError(
                f"{self.path}: not saved, the change would give {summarise(problems)}; "
                f"nothing changed{ARCHIVE_HINT}"
            )
        content = dumps(progress).encode("utf-8")
        if len(content) > MAX_PROGRESS_BYTES:
            raise ProgressError(
                f"{self.path}: not saved, the file would be {len(content):,} bytes; the limit "
                f"is {MAX_PROGRESS_BYTES:,} bytes; nothing changed{ARCHIVE_HINT}"
            )
        return self.write_content(content, force=force, check=progress)

    def write_content(
        self, content: bytes, *, force: bool = False, check: Progress | None = None
    ) -> Path | None:
        """Put ``content`` in the file, keeping the current one as a backup first."""
        current = self.read_raw()
        if current is not None and not force and check is not None:
            self._refuse_unsafe(current, check)
        backup = None
        try:
            private_folder(self.path.parent)
            # Where the save goes, checked before anything is written: the file itself,
            # or the learner's own file a link of theirs points to (disk.save_target).
            target = save_target(self.path)
            self._clean_temporaries()
            if current is not None:
                peeked = self._peek(current)
                version = peeked[0] if peeked else None
                upgrade = SCHEMA_VERSION if version and version < SCHEMA_VERSION else None
                backup = self._keep_backup(current, upgrade, target)
            atomic_write(target, content)
        except BaseException as error:
            # Whatever stopped the save, the backup of a file that was not replaced goes.
            if backup is not None:
                with suppress(OSError):
                    backup.unlink(missing_ok=True)
            if not isinstance(error, OSError):
                raise
            raise ProgressError(
                f"{self.path}: could not save ({os_reason(error)}); the previous file is unchanged"
            ) from None
        if check is not None:
            # What a load of these bytes would give: the next command skips validation.
            _remember(
                self.path, content, replace(check, schema_version=SCHEMA_VERSION, upgraded_from=0)
            )
        self._prune_backups()
        return backup

    def temporaries(self) -> list[Path]:
        """Temporary files a killed or failed save of this file left behind."""
        found = stale_temporaries(Path(os.path.realpath(self.path)))
        found = [item for item in found if not writer_alive(item)]
        return found + temporaries_in(self.backups, f"{self.path.stem}-")

    def _clean_temporaries(self) -> None:
        for item in self.temporaries():
            with suppress(OSError):  # housekeeping never fails a save
                item.unlink()

    @contextmanager
    def locked(self) -> Iterator[None]:
        """Hold the cross-process lock from read to write.

        Waits (saying so after a moment) while another fashioncoach saves; a process
        that was killed lets go by itself, the operating system sees to that.
        """
        self._check_home()
        timeout = lock_timeout()

        def waiting() -> None:
            # Our own words, on stderr: the one thing the store says to a person.
            sys.stderr.write(
                "fashioncoach: waiting for another fashioncoach to finish saving "
                f"{self.path.name} ...\n"
            )
            sys.stderr.flush()

        try:
            private_folder(self.lock_path.parent)
            lock = FileLock(self.lock_path)
            lock.acquire(timeout, waiting)
        except LockTimeout:
            raise ProgressError(
                f"{self.path}: another fashioncoach was still saving it after {timeout:g} s, "
                "so nothing was changed; try again (a fashioncoach that was stopped lets go "
                "by itself)"
            ) from None
        except OSError as error:
            raise ProgressError(
                f"{self.lock_path}: cannot take the lock ({os_reason(error)})"
            ) from None
        try:
            yield
        finally:
            lock.release()
