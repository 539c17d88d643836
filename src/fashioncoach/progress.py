"""The learner's progress: its types, its TOML form and its storage on disk.

A progress file is months of somebody's life, so:

- every save is atomic (a temporary file in the same folder, fsync, rename,
  fsync of the folder), and a symlinked file stays a symlink;
- every read-modify-write holds a cross-process lock on a separate lock file;
- the previous version is kept in ``backups/`` before each save;
- a file this program cannot understand is reported, with the newest backup and
  the command that puts it back, and is never overwritten;
- older files are migrated in memory, and on disk at their first save, after a
  backup of the old version that is never pruned.

Heavy modules (pydantic, filelock, tomli_w) are imported inside the functions
that need them, so that commands which only read stay fast.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, Literal

from fashioncoach import paths
from fashioncoach.disk import (
    atomic_write,
    os_reason,
    private_folder,
    read_regular,
    stale_temporaries,
    writer_alive,
)
from fashioncoach.errors import ProgressError
from fashioncoach.limits import (
    DATE_WINDOW_DAYS,
    EARLIEST_DATE,
    LATEST_DATE,
    MAX_EVENT_HOURS,
    MAX_EVENTS,
    MAX_HOURS_PER_WEEK,
    MAX_NESTING,
    MAX_PAUSED_DAYS,
    MAX_PLAN_WEEKS,
    MAX_PROGRESS_BYTES,
    MAX_REFERENCE_CHARS,
    MAX_TEXT_CHARS,
    MIN_HOURS_PER_WEEK,
)

SCHEMA_VERSION = 4
BACKUPS_KEPT = 10
# Many commands at once queue for the lock; a save takes a few milliseconds, so a
# long wait means a very busy disk, and giving up early would lose the command.
LOCK_TIMEOUT_SECONDS = 120.0
LOCK_PATIENCE_SECONDS = 1.0  # wait this long before saying that we wait
LOCK_TIMEOUT_ENV = "FASHIONCOACH_LOCK_TIMEOUT"
# No ordinary command removes events from the log; a save that would drop this
# many at once is refused unless the command means it (reset, start again).
SHRINK_REFUSED_AT = 3
CONFIDENCE_LEVELS = range(1, 6)

EventKind = Literal["done", "undone", "skipped", "note"]

_FORBID_EXTRA: dict[str, Any] = {"extra": "forbid"}
_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True, slots=True)
class PhaseEntry:
    """The learner entered ``phase`` on ``began``."""

    __pydantic_config__ = _FORBID_EXTRA

    phase: str
    began: date


@dataclass(frozen=True, slots=True)
class Event:
    """Something the learner did to an action: the log is only ever appended to.

    ``hours`` (schema 2) is the time actually spent, when the learner says so.
    """

    __pydantic_config__ = _FORBID_EXTRA

    at: datetime
    kind: EventKind
    action: str
    note: str = ""
    hours: float | None = None
    # Schema 4: the event's place in the log it was first written to, counted from 1.
    # With ``at`` it orders a merged log the same way on every machine and tells apart
    # events of one action in one second (done, undo, done); imported events keep
    # theirs, so two events of different machines may share a seq.
    seq: int = 0


@dataclass(frozen=True, slots=True)
class Pause:
    """A holiday or an illness (schema 3): the days ``start`` to ``until`` - 1 do not count.

    ``until`` is the first day back; the schedule after the pause moves on by its length.
    """

    __pydantic_config__ = _FORBID_EXTRA

    start: date
    until: date
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Schedule:
    """What ``replan`` changed (schema 3); the roadmap file itself is never changed.

    ``moved`` gives an action a new week *of its phase* (1-based); ``extended`` adds
    weeks to a phase. Empty: the roadmap's own schedule.
    """

    __pydantic_config__ = _FORBID_EXTRA

    moved: dict[str, int] = field(default_factory=dict)
    extended: dict[str, int] = field(default_factory=dict)
    replanned_on: date | None = None


@dataclass(frozen=True, slots=True)
class Review:
    """A weekly review (schema 3), stored with its plan week; one per week."""

    __pydantic_config__ = _FORBID_EXTRA

    week: int
    on: date
    went_well: str = ""
    blocked: str = ""
    # skill id -> confidence from 1 (not at all) to 5 (very)
    confidence: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Evidence:
    """A portfolio artefact attached to an action (schema 3): a path or a URL."""

    __pydantic_config__ = _FORBID_EXTRA

    at: datetime
    action: str
    ref: str


@dataclass(frozen=True, slots=True)
class Progress:
    """The progress of one roadmap, in memory always at the current schema."""

    schema_version: int
    roadmap_id: str
    start_date: date
    # Stored as ``hours_per_week`` since schema 2; the attribute keeps its name.
    weekly_hours: float
    phases: tuple[PhaseEntry, ...]
    events: tuple[Event, ...] = ()
    roadmap_path: str = ""
    pauses: tuple[Pause, ...] = ()
    schedule: Schedule = field(default_factory=Schedule)
    reviews: tuple[Review, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    # Top-level keys this version does not know (a newer release, a hand edit):
    # carried through every save untouched.
    unknown: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class _ProgressFile:
    """What pydantic checks: the top-level keys of a current (schema 3) file."""

    __pydantic_config__ = _FORBID_EXTRA

    schema_version: int
    roadmap_id: str
    start_date: date
    hours_per_week: float
    phases: tuple[PhaseEntry, ...]
    events: tuple[Event, ...] = ()
    roadmap_path: str = ""
    pauses: tuple[Pause, ...] = ()
    schedule: Schedule = field(default_factory=Schedule)
    reviews: tuple[Review, ...] = ()
    evidence: tuple[Evidence, ...] = ()


_FILE_KEYS = frozenset(item.name for item in fields(_ProgressFile))


# --- schema versions --------------------------------------------------------------------


class MigrationError(ValueError):
    """A file an older version wrote that cannot be carried forward as it is."""


def _v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    """Schema 2: ``weekly_hours`` is now ``hours_per_week``; events may carry ``hours``.

    ``hours`` is optional, so old events need no change; only the rename moves data.
    """
    if "hours_per_week" in data:
        raise MigrationError(
            "has both weekly_hours and hours_per_week; keep only weekly_hours in a "
            "schema_version 1 file"
        )
    migrated: dict[str, Any] = {}
    for key, value in data.items():
        if key == "weekly_hours":
            migrated["hours_per_week"] = value
        elif key == "schema_version":
            migrated[key] = 2
        else:
            migrated[key] = value
    return migrated


V3_KEYS = ("pauses", "schedule", "reviews", "evidence")


def _v2_to_v3(data: dict[str, Any]) -> dict[str, Any]:
    """Schema 3 adds ``pauses``, ``schedule``, ``reviews`` and ``evidence``, all optional.

    A schema 2 file can only have such keys as keys of the learner's own (kept
    untouched through every save); they are renamed ``<key>_v2`` so that they keep
    their content and are not mistaken for the new data.
    """
    migrated: dict[str, Any] = {}
    for key, value in data.items():
        if key == "schema_version":
            migrated[key] = 3
        elif key in V3_KEYS:
            name = f"{key}_v2"
            while name in data:
                name += "_"
            migrated[name] = value
        else:
            migrated[key] = value
    return migrated


def _v3_to_v4(data: dict[str, Any]) -> dict[str, Any]:
    """Schema 4 numbers the events (``seq``) in the order of the log, from 1, and holds
    the weekly budget to the one range every command uses.

    A budget over the range (older files allowed up to 168 h) is kept under
    ``hours_per_week_before_v4``, beside the highest value the range allows.
    """
    migrated = {**data, "schema_version": 4}
    events = data.get("events")
    if isinstance(events, list):
        migrated["events"] = [
            {**event, "seq": number} if isinstance(event, dict) and "seq" not in event else event
            for number, event in enumerate(events, start=1)
        ]
    hours = data.get("hours_per_week")
    if (
        isinstance(hours, int | float)
        and not isinstance(hours, bool)
        and hours > MAX_HOURS_PER_WEEK
    ):
        name = "hours_per_week_before_v4"
        while name in data:
            name += "_"
        migrated[name] = hours
        migrated["hours_per_week"] = MAX_HOURS_PER_WEEK
    return migrated


# MIGRATIONS[n - 1] turns a schema n file into a schema n + 1 file. Each one is pure:
# it returns a new dict and never touches its argument or the disk.
MIGRATIONS: tuple[Callable[[dict[str, Any]], dict[str, Any]], ...] = (
    _v1_to_v2,
    _v2_to_v3,
    _v3_to_v4,
)
assert len(MIGRATIONS) == SCHEMA_VERSION - 1, "one migration per schema version"


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """Parsed TOML of any known schema, brought to the current one (pure)."""
    version = data["schema_version"]
    for step in MIGRATIONS[version - 1 :]:
        data = step(data)
    return data


def schema_version_of(data: dict[str, Any]) -> int | None:
    """The file's schema_version when it is a plain integer, else None."""
    version = data.get("schema_version")
    return version if type(version) is int else None


# --- TOML form --------------------------------------------------------------------------


def to_toml_data(progress: Progress) -> dict[str, Any]:
    data: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "roadmap_id": progress.roadmap_id,
    }
    if progress.roadmap_path:
        data["roadmap_path"] = progress.roadmap_path
    data["start_date"] = progress.start_date
    data["hours_per_week"] = progress.weekly_hours
    data.update(progress.unknown)
    data["phases"] = [{"phase": entry.phase, "began": entry.began} for entry in progress.phases]
    events = []
    for event in progress.events:
        row: dict[str, Any] = {
            "seq": event.seq,
            "at": event.at,
            "kind": event.kind,
            "action": event.action,
        }
        if event.note:
            row["note"] = event.note
        if event.hours is not None:
            row["hours"] = event.hours
        events.append(row)
    data["events"] = events
    if progress.pauses:
        data["pauses"] = [
            {
                "start": pause.start,
                "until": pause.until,
                **({"reason": pause.reason} if pause.reason else {}),
            }
            for pause in progress.pauses
        ]
    schedule = progress.schedule
    if schedule.moved or schedule.extended or schedule.replanned_on is not None:
        table: dict[str, Any] = {}
        if schedule.replanned_on is not None:
            table["replanned_on"] = schedule.replanned_on
        if schedule.moved:
            table["moved"] = dict(schedule.moved)
        if schedule.extended:
            table["extended"] = dict(schedule.extended)
        data["schedule"] = table
    if progress.reviews:
        reviews = []
        for review in progress.reviews:
            item: dict[str, Any] = {"week": review.week, "on": review.on}
            if review.went_well:
                item["went_well"] = review.went_well
            if review.blocked:
                item["blocked"] = review.blocked
            if review.confidence:
                item["confidence"] = dict(review.confidence)
            reviews.append(item)
        data["reviews"] = reviews
    if progress.evidence:
        data["evidence"] = [
            {"at": item.at, "action": item.action, "ref": item.ref} for item in progress.evidence
        ]
    return data


def dumps(progress: Progress) -> str:
    import tomli_w

    header = (
        "# fashioncoach progress. Safe to edit by hand; keep a copy first.\n"
        "# Events are a log: the latest done/undone/skipped event of an action wins.\n"
    )
    return header + tomli_w.dumps(to_toml_data(progress))


def meaning_problems(progress: Progress) -> list[str]:
    """What the types allow but a real plan cannot have (see limits.py).

    Ids the roadmap does not know are not checked here: they are kept as orphans
    and reported by ``doctor``, never fatal.
    """
    problems: list[str] = []

    def text_problem(where: str, value: str, limit: int = MAX_TEXT_CHARS) -> None:
        if len(value) > limit:
            problems.append(f"{where}: is {len(value):,} characters; the limit is {limit:,}")

    if not progress.roadmap_id.strip():
        problems.append("roadmap_id: is empty")
    hours = progress.weekly_hours
    if not (math.isfinite(hours) and MIN_HOURS_PER_WEEK <= hours <= MAX_HOURS_PER_WEEK):
        problems.append(
            f"hours_per_week: should be from {MIN_HOURS_PER_WEEK:g} to {MAX_HOURS_PER_WEEK:g} "
            f"(found {hours!r})"
        )
    if not progress.phases:
        problems.append("phases: the phase history is empty")
    start = progress.start_date
    if not EARLIEST_DATE <= start <= LATEST_DATE:
        problems.append(
            f"start_date: should be from {EARLIEST_DATE} to {LATEST_DATE} (found {start})"
        )
        return problems  # every other date is checked against the start
    window = timedelta(days=DATE_WINDOW_DAYS)
    low, high = max(EARLIEST_DATE, start - window), min(LATEST_DATE, start + window)
    days: list[tuple[str, date]] = []
    days += [(f"phases[{n}].began", entry.began) for n, entry in enumerate(progress.phases)]
    days += [(f"events[{n}].at", event.at.date()) for n, event in enumerate(progress.events)]
    days += [(f"pauses[{n}].start", pause.start) for n, pause in enumerate(progress.pauses)]
    days += [(f"pauses[{n}].until", pause.until) for n, pause in enumerate(progress.pauses)]
    days += [(f"reviews[{n}].on", review.on) for n, review in enumerate(progress.reviews)]
    days += [(f"evidence[{n}].at", item.at.date()) for n, item in enumerate(progress.evidence)]
    if progress.schedule.replanned_on is not None:
        days.append(("schedule.replanned_on", progress.schedule.replanned_on))
    for where, day in days:
        if not low <= day <= high:
            problems.append(
                f"{where}: should lie within 30 years of the start, {low} to {high} (found {day})"
            )
    if len(progress.events) > MAX_EVENTS:
        problems.append(f"events: there are {len(progress.events):,}; the limit is {MAX_EVENTS:,}")
    if any(event.seq < 1 for event in progress.events):
        problems.append("events: each seq should be a whole number from 1 (or left out)")
    for n, event in enumerate(progress.events):
        if event.hours is not None and not (
            math.isfinite(event.hours) and 0 <= event.hours <= MAX_EVENT_HOURS
        ):
            problems.append(
                f"events[{n}].hours: should be between 0 and {MAX_EVENT_HOURS:g} "
                f"(found {event.hours!r})"
            )
        if not event.action.strip():
            problems.append(f"events[{n}].action: is empty")
        text_problem(f"events[{n}].note", event.note)
    paused = 0
    for n, pause in enumerate(progress.pauses):
        if pause.until <= pause.start:
            problems.append(
                f"pauses[{n}].until: should be after its start, {pause.start} (found {pause.until})"
            )
        paused += max(0, (pause.until - pause.start).days)
        text_problem(f"pauses[{n}].reason", pause.reason)
    if paused > MAX_PAUSED_DAYS:
        problems.append(f"pauses: {paused:,} days in all; the limit is {MAX_PAUSED_DAYS:,} days")
    for action, week in progress.schedule.moved.items():
        if not 1 <= week <= MAX_PLAN_WEEKS:
            problems.append(
                f"schedule.moved.{action}: should be a week from 1 to {MAX_PLAN_WEEKS} "
                f"(found {week})"
            )
    for phase, weeks in progress.schedule.extended.items():
        if not 0 <= weeks <= MAX_PLAN_WEEKS:
            problems.append(
                f"schedule.extended.{phase}: should be 0 to {MAX_PLAN_WEEKS} weeks (found {weeks})"
            )
    if sum(progress.schedule.extended.values()) > MAX_PLAN_WEEKS:
        problems.append(f"schedule.extended: adds more than {MAX_PLAN_WEEKS} weeks in all")
    for n, review in enumerate(progress.reviews):
        if not 1 <= review.week <= 2 * MAX_PLAN_WEEKS:
            problems.append(
                f"reviews[{n}].week: should be from 1 to {2 * MAX_PLAN_WEEKS} (found {review.week})"
            )
        for skill, level in review.confidence.items():
            if level not in CONFIDENCE_LEVELS:
                problems.append(
                    f"reviews[{n}].confidence.{skill}: should be 1 to 5 (found {level})"
                )
        text_problem(f"reviews[{n}].went_well", review.went_well)
        text_problem(f"reviews[{n}].blocked", review.blocked)
    for n, item in enumerate(progress.evidence):
        if not item.ref.strip():
            problems.append(f"evidence[{n}].ref: is empty")
        text_problem(f"evidence[{n}].ref", item.ref, MAX_REFERENCE_CHARS)
    return problems


def summarise(problems: list[str], shown: int = 3) -> str:
    """The first few problems on one line, and how many more there are."""
    text = "; ".join(problems[:shown])
    if len(problems) > shown:
        text += f" (and {len(problems) - shown} more)"
    return text


def _nesting_problems(unknown: dict[str, Any]) -> list[str]:
    """Keys this version does not know are kept, but not nested without end."""

    def depth(value: Any) -> int:
        if isinstance(value, dict):
            return 1 + max((depth(item) for item in value.values()), default=0)
        if isinstance(value, list):
            return 1 + max((depth(item) for item in value), default=0)
        return 0

    problems = []
    for key, value in unknown.items():
        try:
            nested = depth(value)
        except RecursionError:
            nested = MAX_NESTING + 1
        if nested > MAX_NESTING:
            problems.append(f"{key}: nested more than {MAX_NESTING} levels deep")
    return problems


def _numbered(events: tuple[Event, ...]) -> tuple[Event, ...]:
    """The log as kept in memory: times in local time, and a seq for every event.

    An event added by hand without a seq (``seq`` 0 in the file, or left out) is
    numbered after the highest one, in the order of the log.
    """
    following = max((event.seq for event in events), default=0) + 1
    numbered = []
    for event in events:
        seq = event.seq
        if seq == 0:
            seq, following = following, following + 1
        numbered.append(replace(event, at=local_time(event.at), seq=seq))
    return tuple(numbered)


def local_time(moment: datetime) -> datetime:
    """A moment as the log keeps it: local time, no UTC offset (``2026-11-25T10:00:00``).

    Hand edits and other tools may write an offset; one convention keeps every
    comparison of two moments possible.
    """
    if moment.tzinfo is None:
        return moment
    return moment.astimezone().replace(tzinfo=None)


def from_toml_data(data: dict[str, Any], path: Path) -> Progress:
    """Migrate parsed TOML to the current schema and validate it; one message for all."""
    from fashioncoach.validation import ValidationProblems, validate

    version = schema_version_of(data)
    if version is None:
        found = data.get("schema_version")
        detail = "missing" if found is None else f"should be a whole number (found {found!r})"
        raise ProgressError(f"{path}: schema_version: {detail}")
    if version > SCHEMA_VERSION:
        raise ProgressError(
            f"{path}: written by a newer fashioncoach (schema_version {version}, "
            f"this one reads up to {SCHEMA_VERSION}); upgrade fashioncoach to use it"
        )
    if version < 1:
        raise ProgressError(f"{path}: schema_version: should be 1 or more (found {version})")
    try:
        current = migrate(data)
    except MigrationError as error:
        raise ProgressError(f"{path}: {error}") from None
    known = {key: value for key, value in current.items() if key in _FILE_KEYS}
    unknown = {key: value for key, value in current.items() if key not in _FILE_KEYS}
    events = known.get("events")
    if isinstance(events, list) and len(events) > MAX_EVENTS:
        # Before pydantic, which would take minutes over a log this long.
        raise ProgressError(
            f"{path}: events: there are {len(events):,}; the limit is {MAX_EVENTS:,}"
        )
    try:
        checked = validate(_ProgressFile, known)
    except ValidationProblems as error:
        raise ProgressError(f"{path}: {summarise(error.problems)}") from None
    except (ValueError, TypeError, RecursionError, OverflowError) as error:
        # Values TOML allows that JSON cannot carry to pydantic, nested absurdly deep.
        raise ProgressError(f"{path}: cannot be read ({type(error).__name__})") from None
    progress = Progress(
        schema_version=SCHEMA_VERSION,
        roadmap_id=checked.roadmap_id,
        start_date=checked.start_date,
        weekly_hours=checked.hours_per_week,
        phases=checked.phases,
        events=_numbered(checked.events),
        roadmap_path=checked.roadmap_path,
        pauses=checked.pauses,
        schedule=checked.schedule,
        reviews=checked.reviews,
        evidence=tuple(replace(item, at=local_time(item.at)) for item in checked.evidence),
        unknown=unknown,
    )
    problems = meaning_problems(progress) + _nesting_problems(unknown)
    if problems:
        raise ProgressError(f"{path}: {summarise(problems)}")
    return progress


_TOML_POSITION = re.compile(r"^(?P<reason>.*) \(at line (?P<line>\d+), column (?P<column>\d+)\)$")


def parse_toml(text: str, path: Path) -> dict[str, Any]:
    """Parse TOML text; a syntax error names the line and column."""
    import tomllib

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        position = _TOML_POSITION.match(message)
        if position:
            line, column, reason = position["line"], position["column"], position["reason"]
        else:  # "(at end of document)": the place is just after the last character
            reason = message.removesuffix(" (at end of document)")
            last = text.rsplit("\n", 1)[-1]
            line, column = str(text.count("\n") + 1), str(len(last) + 1)
        where = f"line {line}, column {column}"
        raise ProgressError(f"{path}, {where}: invalid TOML: {reason}") from None
    except (ValueError, RecursionError) as error:
        raise ProgressError(f"{path}: invalid TOML ({type(error).__name__})") from None


def loads(text: str, path: Path) -> Progress:
    return from_toml_data(parse_toml(text, path), path)


def decode(raw: bytes, path: Path) -> str:
    """The file's text: UTF-8 without a byte-order mark, as TOML requires."""
    if raw.startswith(_BOM):
        raise ProgressError(
            f"{path}, line 1, column 1: starts with a UTF-8 byte-order mark (BOM), which TOML "
            "does not allow; save it again as UTF-8 without BOM"
        )
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        raise ProgressError(
            f"{path}, line {line}, column {column}: not UTF-8 text (byte {error.start})"
        ) from None


def parse_bytes(raw: bytes, path: Path) -> Progress:
    """A progress file's bytes, checked all the way: ProgressError for anything wrong."""
    if not raw.strip():
        raise ProgressError(f"{path}: the progress file is empty")
    return loads(decode(raw, path), path)


# --- the disk ---------------------------------------------------------------------------


_STAMP = "%Y%m%dT%H%M%S%fZ"
_BACKUP_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{12}Z)(?:-before-v(?P<upgrade>\d+))?\.toml$"
)


@dataclass(frozen=True)
class Backup:
    """One kept version of a progress file."""

    path: Path
    stem: str  # the progress file's name without .toml: the roadmap id
    saved: datetime  # UTC, from the name
    upgrade: int | None  # taken before migrating to this schema; never pruned

    @property
    def name(self) -> str:
        return self.path.name


def parse_backup_name(name: str) -> tuple[str, datetime, int | None] | None:
    """``(stem, saved, upgrade)`` of a backup's file name, or None if it is not one."""
    match = _BACKUP_NAME.match(name)
    if match is None:
        return None
    try:
        saved = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)
    except ValueError:
        return None
    upgrade = int(match["upgrade"]) if match["upgrade"] else None
    return match["stem"], saved, upgrade


def _peek(raw: bytes) -> tuple[int | None, int] | None:
    """Schema version and event count of the file on disk, or None if unreadable."""
    import tomllib

    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError, ValueError, RecursionError):
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
        from fashioncoach import cache
        from fashioncoach.trusted import plain

        cache.store(_CACHE_KIND, path, raw, plain(asdict(progress)))
    except Exception:  # the cache is a copy: nothing about it may fail a command
        return


def _cached(path: Path, raw: bytes) -> Progress | None:
    try:
        from fashioncoach import cache
        from fashioncoach.trusted import build

        data = cache.lookup(_CACHE_KIND, path, raw)
        return None if data is None else build(Progress, data)
    except Exception:  # an unusable entry is a miss
        return None


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

    def __init__(self, path: Path) -> None:
        self.path = path
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
        """This file's backups, newest first."""
        try:
            names = [entry.name for entry in os.scandir(self.backups) if entry.is_file()]
        except OSError:
            return []
        found = []
        for name in names:
            parsed = parse_backup_name(name)
            if parsed is not None and parsed[0] == self.path.stem:
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

    def _keep_backup(self, current: bytes, upgrade: int | None) -> Path:
        private_folder(self.backups)
        moment = datetime.now(UTC)
        suffix = f"-before-v{upgrade}" if upgrade else ""
        while True:
            backup = self.backups / f"{self.path.stem}-{moment.strftime(_STAMP)}{suffix}.toml"
            if not backup.exists():
                break
            moment = moment.replace(microsecond=(moment.microsecond + 1) % 1_000_000)
        atomic_write(backup, current)
        return backup

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

    def parse(self, raw: bytes) -> Progress:
        """The progress in ``raw`` (this file's bytes), or a ProgressError saying how to fix it.

        Bytes that passed validation before are rebuilt from the cache, without TOML or
        pydantic (see ``cache.py``); any change to the file takes the validating path.
        """
        cached = _cached(self.path, raw)
        if cached is not None:
            return cached
        try:
            progress = parse_bytes(raw, self.path)
        except ProgressError as error:
            raise ProgressError(str(error) + self.restore_hint()) from None
        _remember(self.path, raw, progress)
        return progress

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
        peeked = _peek(current)
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
        if any(event.seq == 0 for event in progress.events):
            progress = replace(progress, events=_numbered(progress.events))
        problems = meaning_problems(progress)
        if problems:
            # A change no later command could read back: refused before it reaches disk.
            raise ProgressError(
                f"{self.path}: not saved, the change would give {summarise(problems)}; "
                "nothing changed"
            )
        content = dumps(progress).encode("utf-8")
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
            self._clean_temporaries()
            if current is not None:
                peeked = _peek(current)
                version = peeked[0] if peeked else None
                upgrade = SCHEMA_VERSION if version and version < SCHEMA_VERSION else None
                backup = self._keep_backup(current, upgrade)
            atomic_write(self.path, content)
        except OSError as error:
            if backup is not None:
                with suppress(OSError):
                    backup.unlink(missing_ok=True)
            raise ProgressError(
                f"{self.path}: could not save ({os_reason(error)}); the previous file is unchanged"
            ) from None
        if check is not None:
            # What a load of these bytes would give: the next command skips validation.
            _remember(self.path, content, replace(check, schema_version=SCHEMA_VERSION))
        self._prune_backups()
        return backup

    def temporaries(self) -> list[Path]:
        """Temporary files a killed or failed save of this file left behind."""
        found = stale_temporaries(Path(os.path.realpath(self.path)))
        with suppress(OSError):
            found += sorted(self.backups.glob(f".{self.path.stem}-*.tmp"))
        return [item for item in found if not writer_alive(item)]

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
        from filelock import FileLock, Timeout

        self._check_home()
        timeout = lock_timeout()
        try:
            private_folder(self.lock_path.parent)
            lock = FileLock(self.lock_path, mode=0o600)
            try:
                lock.acquire(timeout=min(timeout, LOCK_PATIENCE_SECONDS))
            except Timeout:
                if timeout <= LOCK_PATIENCE_SECONDS:
                    raise
                from fashioncoach.output import echo

                echo(
                    f"fashioncoach: waiting for another fashioncoach to finish saving "
                    f"{self.path.name} ...",
                    err=True,
                )
                lock.acquire(timeout=timeout - LOCK_PATIENCE_SECONDS)
        except Timeout:
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
