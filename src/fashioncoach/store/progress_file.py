"""The progress file's TOML form: ``Progress`` to TOML data and back, through the
migrations, pydantic and the meaning checks (dates within a sane window, each event
with what its kind needs, counts and texts within the limits of ``model/limits.py``).
Nothing that passes these checks can make a later command fail.

Dates are checked before any arithmetic on them: a time's offset is applied only once
its date is known to lie in the window, so no value can overflow later.
"""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from fashioncoach.errors import ProgressError
from fashioncoach.model.limits import (
    DATE_WINDOW_DAYS,
    EARLIEST_DATE,
    LATEST_DATE,
    MAX_EVENT_HOURS,
    MAX_EVENTS,
    MAX_HOURS_PER_WEEK,
    MAX_ID_CHARS,
    MAX_NESTING,
    MAX_PAUSED_DAYS,
    MAX_REFERENCE_CHARS,
    MAX_TEXT_CHARS,
    MAX_TEXT_TOTAL,
    MIN_HOURS_PER_WEEK,
)
from fashioncoach.model.progress import (
    CONFIDENCE_LEVELS,
    SCHEMA_VERSION,
    SKILL_LEVELS,
    TRANSFERABLE_LEVELS,
    Event,
    Progress,
    log_order,
)
from fashioncoach.model.record import record_defaults, record_fields, replace
from fashioncoach.store.toml_text import TomlProblem, decode, parse

if TYPE_CHECKING:
    from pathlib import Path


# The keys of a current file: every field of Progress but those it never writes.
FILE_KEYS = frozenset(record_fields(Progress)) - {"unknown", "upgraded_from"}

# An event's keys in the order a file shows them; a field at its default is left out.
_EVENT_FIELDS = record_fields(Event)
_EVENT_DEFAULTS = {
    name: (value() if is_factory else value)
    for name, (has_default, value, is_factory) in record_defaults(Event).items()
    if has_default
}


def event_row(event: Event) -> dict[str, Any]:
    """An event as the file writes it: its set fields only."""
    row: dict[str, Any] = {}
    for name in _EVENT_FIELDS:
        value = getattr(event, name)
        if name in _EVENT_DEFAULTS and value == _EVENT_DEFAULTS[name]:
            continue
        row[name] = dict(value) if isinstance(value, dict) else value
    return row


def to_toml_data(progress: Progress) -> dict[str, Any]:
    data: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "roadmap_id": progress.roadmap_id,
    }
    if progress.roadmap_path:
        data["roadmap_path"] = progress.roadmap_path
    data.update(progress.unknown)
    data["events"] = [event_row(event) for event in progress.events]
    return data


HEADER = (
    "# fashioncoach progress: a log of events, oldest first. Keep a copy before editing.\n"
    "# Each event has an instant (UTC) and your day; what they add up to is worked out\n"
    "# from the whole log (see docs/your-data.md).\n"
)


def dumps(progress: Progress) -> str:
    import tomli_w

    return HEADER + tomli_w.dumps(to_toml_data(progress))


# --- the meaning checks -----------------------------------------------------------------


_NEEDS: dict[str, tuple[str, ...]] = {
    "start": ("on", "hours"),
    "restart": ("on", "hours"),
    "budget": ("hours",),
    "done": ("action",),
    "undone": ("action",),
    "skipped": ("action",),
    "hours": ("action", "hours"),
    "note": ("action", "note"),
    "evidence": ("action", "ref"),
    "phase": ("phase",),
    "pause": ("on", "until"),
    "resume": ("on",),
    "review": (),
    "replan": (),
    "replan-reset": (),
    "assess": ("skill", "level"),
}


def text_total(progress: Progress) -> int:
    """The characters of everything the learner wrote: notes, reviews, reasons, evidence."""
    return sum(
        len(event.note) + len(event.ref) + len(event.went_well) + len(event.blocked)
        for event in progress.events
    )


def over_the_limits(progress: Progress) -> list[str]:
    """The limits a log passes, in what the learner controls: ``10,001 events; the limit
    is 10,000``. The same numbers guard reads and saves."""
    problems = []
    if len(progress.events) > MAX_EVENTS:
        problems.append(f"{len(progress.events):,} events; the limit is {MAX_EVENTS:,}")
    total = text_total(progress)
    if total > MAX_TEXT_TOTAL:
        problems.append(
            f"{total:,} characters of notes, reviews and evidence; the limit is {MAX_TEXT_TOTAL:,}"
        )
    return problems


def meaning_problems(progress: Progress) -> list[str]:
    """What the types allow but a real log cannot have (see limits.py).

    Ids the roadmap does not know are not checked here: they are kept as orphans and
    reported by ``doctor``, never fatal.
    """
    problems: list[str] = []
    events = progress.events
    if not progress.roadmap_id.strip():
        problems.append("roadmap_id: is empty")
    limits = over_the_limits(progress)
    problems += [f"events: {problem}" for problem in limits]
    if len(events) > MAX_EVENTS:
        return problems
    starts = [event for event in events if event.kind in ("start", "restart")]
    if not starts:
        problems.append('events: the log has no start event (kind = "start")')
        return problems
    anchor = starts[0].on or starts[0].day
    if not EARLIEST_DATE <= anchor <= LATEST_DATE:
        problems.append(
            f"events[{events.index(starts[0])}].on: should be from {EARLIEST_DATE} to "
            f"{LATEST_DATE} (found {anchor})"
        )
        return problems
    window = timedelta(days=DATE_WINDOW_DAYS)
    low, high = max(EARLIEST_DATE, anchor - window), min(LATEST_DATE, anchor + window)
    seen: set[str] = set()
    for number, event in enumerate(events):
        where = f"events[{number}]"
        for name in ("day", "on", "until"):
            value = getattr(event, name)
            if value is not None and not low <= value <= high:
                problems.append(
                    f"{where}.{name}: should lie within 30 years of the plan's start, "
                    f"{low} to {high} (found {value})"
                )
        if not low <= event.at.date() <= high:
            problems.append(
                f"{where}.at: should lie within 30 years of the plan's start (found {event.at})"
            )
        if not event.id.strip() or len(event.id) > MAX_ID_CHARS:
            problems.append(f"{where}.id: should be 1 to {MAX_ID_CHARS} characters")
        elif event.id in seen:
            problems.append(f"{where}.id: '{event.id}' is the id of an earlier event too")
        seen.add(event.id)
        if event.seq < 1:
            problems.append(f"{where}.seq: should be a whole number from 1")
        for name in _NEEDS.get(event.kind, ()):
            if getattr(event, name) in (None, ""):
                problems.append(f"{where}.{name}: a {event.kind} event needs it")
        if len(event.action) > MAX_ID_CHARS or len(event.phase) > MAX_ID_CHARS:
            problems.append(f"{where}: an id is longer than {MAX_ID_CHARS} characters")
        hours = event.hours
        if hours is not None:
            budget = event.kind in ("start", "restart", "budget")
            low_hours, high_hours = (
                (MIN_HOURS_PER_WEEK, MAX_HOURS_PER_WEEK) if budget else (0.0, MAX_EVENT_HOURS)
            )
            if not (math.isfinite(hours) and low_hours <= hours <= high_hours):
                problems.append(
                    f"{where}.hours: should be from {low_hours:g} to {high_hours:g} "
                    f"(found {hours!r})"
                )
        for name, limit in (
            ("note", MAX_TEXT_CHARS),
            ("went_well", MAX_TEXT_CHARS),
            ("blocked", MAX_TEXT_CHARS),
            ("ref", MAX_REFERENCE_CHARS),
        ):
            value = getattr(event, name)
            if len(value) > limit:
                problems.append(
                    f"{where}.{name}: is {len(value):,} characters; the limit is {limit:,}"
                )
        if event.kind == "pause" and event.on and event.until and event.until <= event.on:
            problems.append(f"{where}.until: should be after {event.on} (found {event.until})")
        for kind, ratio in event.pace.items():
            if not (math.isfinite(ratio) and 0.05 <= ratio <= 20):
                problems.append(f"{where}.pace.{kind}: should be from 0.05 to 20 (found {ratio!r})")
        for skill, level in event.confidence.items():
            if level not in CONFIDENCE_LEVELS:
                problems.append(f"{where}.confidence.{skill}: should be 1 to 5 (found {level})")
        if event.kind == "assess" and event.level not in (*SKILL_LEVELS, *TRANSFERABLE_LEVELS):
            levels = ", ".join((*SKILL_LEVELS, *TRANSFERABLE_LEVELS))
            problems.append(f"{where}.level: should be one of {levels} (found {event.level!r})")
    paused = sum(
        (event.until - event.on).days
        for event in events
        if event.kind == "pause" and event.on and event.until and event.until > event.on
    )
    if paused > MAX_PAUSED_DAYS:
        problems.append(
            f"events: pauses of {paused:,} days in all; the limit is {MAX_PAUSED_DAYS:,}"
        )
    return problems


def summarise(problems: list[str], shown: int = 3) -> str:
    """The first few problems on one line, and how many more there are."""
    text = "; ".join(problems[:shown])
    if len(problems) > shown:
        text += f" (and {len(problems) - shown} more)"
    return text


def _nesting_problems(unknown: dict[str, Any]) -> list[str]:
    """Keys this version does not know are kept, but not nested without end, nor empty."""

    def depth(value: Any) -> int:
        if isinstance(value, dict):
            return 1 + max((depth(item) for item in value.values()), default=0)
        if isinstance(value, list):
            return 1 + max((depth(item) for item in value), default=0)
        return 0

    problems = []
    for key, value in unknown.items():
        if value is None:
            problems.append(f"{key}: has no value (null); give it one or leave the key out")
            continue
        try:
            nested = depth(value)
        except RecursionError:
            nested = MAX_NESTING + 1
        if nested > MAX_NESTING:
            problems.append(f"{key}: nested more than {MAX_NESTING} levels deep")
    return problems


# --- reading ----------------------------------------------------------------------------


def _window_first(data: dict[str, Any]) -> list[str]:
    """The dates of the raw events, checked before pydantic or any offset is applied:
    a time with an offset near the ends of the calendar would overflow otherwise."""
    problems: list[str] = []
    events = data.get("events")
    if not isinstance(events, list):
        return problems
    for number, row in enumerate(events):
        if not isinstance(row, dict):
            continue
        for name, value in row.items():
            if isinstance(value, datetime | date):
                day = value.date() if isinstance(value, datetime) else value
                if not EARLIEST_DATE <= day <= LATEST_DATE:
                    # A hand-typed key can hold a line break: named as validation names
                    # it, so that the message stays one line.
                    from fashioncoach.store.validation import format_location

                    problems.append(
                        f"{format_location(['events', number, name])}: should be from "
                        f"{EARLIEST_DATE} to {LATEST_DATE} (found {value})"
                    )
    return problems


_ZERO = timedelta(0)


def instant(moment: datetime) -> datetime:
    """A moment as the log keeps it: in UTC. A time without an offset (a hand edit) is
    taken as this machine's local time."""
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return moment.astimezone(UTC)


def schema_version_of(data: dict[str, Any]) -> int | None:
    """The file's schema_version when it is a plain integer, else None."""
    version = data.get("schema_version")
    return version if type(version) is int else None


def from_toml_data(data: dict[str, Any], path: Path) -> Progress:
    """Migrate parsed TOML to the current schema and validate it; one message for all."""
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
    # Imported here: a file of this schema read from the trusted cache needs no migration.
    from fashioncoach.store.migrations import MigrationError, migrate

    try:
        current = migrate(data)
    except MigrationError as error:
        raise ProgressError(f"{path}: {error}") from None
    known = {key: value for key, value in current.items() if key in FILE_KEYS}
    unknown = {key: value for key, value in current.items() if key not in FILE_KEYS}
    events = known.get("events")
    if isinstance(events, list) and len(events) > MAX_EVENTS:
        # Before pydantic, which would take long over a log this long.
        raise ProgressError(f"{path}: {len(events):,} events; the limit is {MAX_EVENTS:,}")
    early = _window_first(known)
    if early:
        raise ProgressError(f"{path}: {summarise(early)}")
    # Imported here: progress from the cache (most commands) is never validated again.
    from fashioncoach.store.validation import ValidationProblems, validate

    try:
        checked = validate(Progress, known)
    except ValidationProblems as error:
        raise ProgressError(f"{path}: {summarise(error.problems)}") from None
    except (ValueError, TypeError, RecursionError, OverflowError) as error:
        # Values TOML allows that JSON cannot carry to pydantic, nested absurdly deep.
        raise ProgressError(f"{path}: cannot be read ({type(error).__name__})") from None
    log = tuple(
        sorted(
            (
                event if event.at.utcoffset() == _ZERO else replace(event, at=instant(event.at))
                for event in checked.events
            ),
            key=log_order,
        )
    )
    progress = replace(
        checked,
        schema_version=SCHEMA_VERSION,
        events=log,
        unknown=unknown,
        upgraded_from=version if version < SCHEMA_VERSION else 0,
    )
    problems = meaning_problems(progress) + _nesting_problems(unknown)
    if problems:
        raise ProgressError(f"{path}: {summarise(problems)}")
    return progress


def parse_bytes(raw: bytes, path: Path) -> Progress:
    """A progress file's bytes, checked all the way: ProgressError for anything wrong."""
    if not raw.strip():
        raise ProgressError(f"{path}: the progress file is empty")
    try:
        data = parse(decode(raw))
    except TomlProblem as problem:
        where = f", {problem.where}" if problem.where else ""
        raise ProgressError(f"{path}{where}: {problem.reason}") from None
    return from_toml_data(data, path)
