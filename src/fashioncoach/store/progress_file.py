"""The progress file's TOML form: ``Progress`` to TOML data and back, through the
migrations, pydantic and the meaning checks (dates within a sane window, counts and
texts within the limits of ``model/limits.py``). Nothing that passes these checks
can make a later command fail.
"""

from __future__ import annotations

import math
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from fashioncoach.errors import ProgressError
from fashioncoach.model.limits import (
    DATE_WINDOW_DAYS,
    EARLIEST_DATE,
    LATEST_DATE,
    MAX_EVENT_HOURS,
    MAX_EVENTS,
    MAX_HOURS_PER_WEEK,
    MAX_NESTING,
    MAX_PAUSED_DAYS,
    MAX_PLAN_WEEKS,
    MAX_REFERENCE_CHARS,
    MAX_TEXT_CHARS,
    MIN_HOURS_PER_WEEK,
)
from fashioncoach.model.progress import (
    CONFIDENCE_LEVELS,
    SCHEMA_VERSION,
    Event,
    Progress,
)
from fashioncoach.model.record import record_fields, replace
from fashioncoach.store.migrations import MigrationError, migrate, schema_version_of
from fashioncoach.store.toml_text import TomlProblem, decode, parse

if TYPE_CHECKING:
    from pathlib import Path


# The keys of a current file: every field of Progress but the unknown keys it carries.
FILE_KEYS = frozenset(record_fields(Progress)) - {"unknown"}


def to_toml_data(progress: Progress) -> dict[str, Any]:
    data: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "roadmap_id": progress.roadmap_id,
    }
    if progress.roadmap_path:
        data["roadmap_path"] = progress.roadmap_path
    data["start_date"] = progress.start_date
    data["hours_per_week"] = progress.hours_per_week
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
    hours = progress.hours_per_week
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
    known = {key: value for key, value in current.items() if key in FILE_KEYS}
    unknown = {key: value for key, value in current.items() if key not in FILE_KEYS}
    events = known.get("events")
    if isinstance(events, list) and len(events) > MAX_EVENTS:
        # Before pydantic, which would take minutes over a log this long.
        raise ProgressError(
            f"{path}: events: there are {len(events):,}; the limit is {MAX_EVENTS:,}"
        )
    # Imported here: progress from the cache (most commands) is never validated again.
    from fashioncoach.store.validation import ValidationProblems, validate

    try:
        checked = validate(Progress, known)
    except ValidationProblems as error:
        raise ProgressError(f"{path}: {summarise(error.problems)}") from None
    except (ValueError, TypeError, RecursionError, OverflowError) as error:
        # Values TOML allows that JSON cannot carry to pydantic, nested absurdly deep.
        raise ProgressError(f"{path}: cannot be read ({type(error).__name__})") from None
    progress = replace(
        checked,
        schema_version=SCHEMA_VERSION,
        events=_numbered(checked.events),
        evidence=tuple(replace(item, at=local_time(item.at)) for item in checked.evidence),
        unknown=unknown,
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
