"""Schema versions of the progress file, and the migrations between them: an ordered
list of named, pure functions, one per version step. A file an older release wrote
is migrated in memory on every read and on disk at its first save, after a backup.
"""

from __future__ import annotations

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


# MIGRATIONS[n - 1] turns a schema n file into a schema n + 1 file. Each one is pure:
# it returns a new dict and never touches its argument or the disk.
MIGRATIONS: tuple[Callable[[dict[str, Any]], dict[str, Any]], ...] = (
    _v1_to_v2,
    _v2_to_v3,
    _v3_to_v4,
)


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
