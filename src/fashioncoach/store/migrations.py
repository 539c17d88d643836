"""Schema versions of the progress file, and the migrations between them: an ordered
list of named, pure functions, one per version step. A file an older release wrote
is migrated in memory on every read and on disk at its first save, after a backup.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from fashioncoach.model.limits import (
    MAX_HOURS_PER_WEEK,
)

if TYPE_CHECKING:
    from collections.abc import Callable


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


V4_KEYS = (
    "schema_version",
    "roadmap_id",
    "roadmap_path",
    "start_date",
    "hours_per_week",
    "phases",
    "events",
    "pauses",
    "schedule",
    "reviews",
    "evidence",
)


def _v4_to_v5(data: dict[str, Any]) -> dict[str, Any]:
    """Schema 5 is one log of events, each with an instant in UTC and the learner's day.

    The start, the budget, the phases entered, the pauses, a replan, the reviews and the
    evidence of a schema 4 file become events; its events keep their seq, and their
    times, which carry no zone, are taken as this machine's local time. Ids are made
    from each event's content, so two machines that migrate the same file agree. A
    replan's moved weeks have no meaning any more: the replan is kept as the moment the
    forecast became the plan; its table is kept as ``schedule_before_v5``.
    """
    return _V4Migration(data).migrated()


class _V4Migration:
    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.rows: list[dict[str, Any]] = []
        events = data.get("events")
        self.old_events = events if isinstance(events, list) else []
        seqs = [row.get("seq") for row in self.old_events if isinstance(row, dict)]
        self.next_seq = max([seq for seq in seqs if type(seq) is int] or [0]) + 1

    def _date(self, value: Any, where: str) -> date:
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        raise MigrationError(f"{where}: should be a date (found {value!r})")

    def _id(self, *parts: Any) -> str:
        import hashlib

        text = "|".join(str(part) for part in parts)
        return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=6).hexdigest()

    def _at(self, moment: datetime) -> datetime:
        # A schema 4 time is local, without a zone: this machine's zone says which instant.
        if moment.tzinfo is None:
            moment = moment.astimezone()
        return moment.astimezone(UTC)

    def _local_day(self, moment: datetime) -> date:
        # Schema 4 read a time with an offset as this machine's local time.
        return moment.astimezone().date() if moment.tzinfo is not None else moment.date()

    def _midday(self, day: date, hour: int = 12) -> datetime:
        return self._at(datetime.combine(day, time(hour)))

    def _add(self, kind: str, at: datetime, day: date, key: tuple[Any, ...], **fields: Any) -> None:
        row = {"id": self._id(kind, *key), "seq": self.next_seq, "at": at, "day": day}
        row["kind"] = kind
        row.update({name: value for name, value in fields.items() if value not in (None, "")})
        self.next_seq += 1
        self.rows.append(row)

    def migrated(self) -> dict[str, Any]:
        data = self.data
        start = self._date(data.get("start_date"), "start_date")
        roadmap = data.get("roadmap_id", "")
        earliest: list[datetime] = [self._midday(start, 0)]
        for index, row in enumerate(self.old_events):
            if not isinstance(row, dict) or not isinstance(row.get("at"), datetime):
                raise MigrationError(f"events[{index}].at: should be a date and time")
            earliest.append(self._at(row["at"]))
        first = min(earliest) - timedelta(seconds=1)
        first_day = min([start, *(self._local_day(row["at"]) for row in self.old_events)])
        self._add(
            "start",
            first,
            first_day,
            (roadmap, start, data.get("hours_per_week")),
            on=start,
            hours=data.get("hours_per_week"),
        )
        for row in self.old_events:
            moment = row["at"]
            if not row.get("seq"):
                # An event added by hand without a seq comes after the highest, in order.
                row = {**row, "seq": self.next_seq}
                self.next_seq += 1
            fields = {name: row.get(name) for name in ("action", "note", "hours") if name in row}
            self.rows.append(
                {
                    "id": self._id(
                        "event",
                        row.get("seq"),
                        moment.isoformat(),
                        row.get("kind"),
                        row.get("action"),
                        row.get("note"),
                        row.get("hours"),
                    ),
                    "seq": row.get("seq", 0),
                    "at": self._at(moment),
                    "day": self._local_day(moment),
                    "kind": row.get("kind"),
                    **{name: value for name, value in fields.items() if value is not None},
                }
            )
        phases = data.get("phases")
        if isinstance(phases, list):
            for index, entry in enumerate(phases[1:], start=1):
                if not isinstance(entry, dict):
                    raise MigrationError(f"phases[{index}]: should be a table")
                began = self._date(entry.get("began"), f"phases[{index}].began")
                self._add(
                    "phase",
                    max(first, self._midday(began, 0)) + timedelta(seconds=index),
                    began,
                    (roadmap, entry.get("phase"), began, index),
                    phase=entry.get("phase"),
                )
        for index, pause in enumerate(_list(data.get("pauses"))):
            begins = self._date(pause.get("start"), f"pauses[{index}].start")
            self._add(
                "pause",
                max(first + timedelta(seconds=1), self._midday(begins, 0)),
                begins,
                (roadmap, begins, pause.get("until")),
                on=begins,
                until=pause.get("until"),
                note=pause.get("reason", ""),
            )
        schedule = data.get("schedule")
        if isinstance(schedule, dict) and schedule.get("replanned_on") is not None:
            day = self._date(schedule["replanned_on"], "schedule.replanned_on")
            self._add("replan", max(first, self._midday(day)), day, (roadmap, day))
        for index, review in enumerate(_list(data.get("reviews"))):
            day = self._date(review.get("on"), f"reviews[{index}].on")
            self._add(
                "review",
                max(first, self._midday(day)),
                day,
                (roadmap, day, review.get("went_well"), review.get("blocked")),
                went_well=review.get("went_well", ""),
                blocked=review.get("blocked", ""),
                **({"confidence": review["confidence"]} if review.get("confidence") else {}),
            )
        for index, item in enumerate(_list(data.get("evidence"))):
            moment = item.get("at")
            if not isinstance(moment, datetime):
                raise MigrationError(f"evidence[{index}].at: should be a date and time")
            self._add(
                "evidence",
                self._at(moment),
                self._local_day(moment),
                (roadmap, moment.isoformat(), item.get("action"), item.get("ref")),
                action=item.get("action"),
                ref=item.get("ref"),
            )
        self.rows.sort(key=lambda row: (row["at"], row["seq"], row["id"]))
        migrated = {key: value for key, value in data.items() if key not in V4_KEYS}
        if isinstance(schedule, dict) and (schedule.get("moved") or schedule.get("extended")):
            # The weeks a replan moved actions to mean nothing now; kept, as they were.
            name = "schedule_before_v5"
            while name in data:
                name += "_"
            migrated[name] = schedule
        migrated["schema_version"] = 5
        migrated["roadmap_id"] = roadmap
        if data.get("roadmap_path"):
            migrated["roadmap_path"] = data["roadmap_path"]
        migrated["events"] = self.rows
        return migrated


def _list(value: Any) -> list[dict[str, Any]]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise MigrationError("pauses, reviews and evidence should be lists of tables")
    return value


# MIGRATIONS[n - 1] turns a schema n file into a schema n + 1 file. Each one is pure:
# it returns a new dict and never touches its argument or the disk (the v4 step reads
# the machine's time zone, which it says once: see app/session.py).
MIGRATIONS: tuple[Callable[[dict[str, Any]], dict[str, Any]], ...] = (
    _v1_to_v2,
    _v2_to_v3,
    _v3_to_v4,
    _v4_to_v5,
)


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """Parsed TOML of any known schema, brought to the current one (pure)."""
    version = data["schema_version"]
    for step in MIGRATIONS[version - 1 :]:
        data = step(data)
    return data
