"""The names of kept versions of a progress file: ``ROADMAP-<UTC moment>-COMMAND.toml``,
named after the command it was taken before (``-done``, ``-set-hours``, ``-import``),
and ``-before-vN`` for the copy kept before a schema upgrade (never pruned). Names
without a command (older backups, a save outside a command) read as before.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from fashioncoach.model.record import frozen_record

if TYPE_CHECKING:
    from pathlib import Path

BACKUPS_KEPT = 10


_STAMP = "%Y%m%dT%H%M%S%fZ"


# A command as a name keeps it: its words joined by dashes (``set hours`` is ``set-hours``).
COMMAND_LABEL = r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*"
MAX_LABEL_CHARS = 40

# Compiled on first use (re keeps it): a TAB or a read imports this module, few list backups.
_BACKUP_NAME = (
    r"^(?P<stem>.+)-(?P<year>\d{4})(?P<month>\d\d)(?P<day>\d\d)T(?P<hour>\d\d)(?P<minute>\d\d)"
    r"(?P<second>\d\d)(?P<micro>\d{6})Z"
    rf"(?:-before-v(?P<upgrade>\d+)|-(?P<command>{COMMAND_LABEL}))?\.toml$"
)
_PARTS = ("year", "month", "day", "hour", "minute", "second", "micro")


@frozen_record
class Backup:
    """One kept version of a progress file."""

    path: Path
    stem: str  # the progress file's name without .toml: the roadmap id
    saved: datetime  # UTC, from the name
    upgrade: int | None  # taken before migrating to this schema; never pruned
    command: str = ""  # the command it was taken before (``set-hours``); "" when unknown

    @property
    def name(self) -> str:
        return self.path.name


def label(command: str) -> str:
    """``command`` (``set hours``, ``phase-next``) as a backup's name keeps it, or ``""``
    when it cannot be one."""
    words = "-".join(command.lower().split())
    if len(words) > MAX_LABEL_CHARS or re.fullmatch(COMMAND_LABEL, words) is None:
        return ""
    return words


def parse_backup_name(name: str) -> tuple[str, datetime, int | None, str] | None:
    """``(stem, saved, upgrade, command)`` of a backup's file name, or None if it is not
    one."""
    match = re.match(_BACKUP_NAME, name)
    if match is None:
        return None
    # The fields by hand: strptime costs a command ~8 ms (its module and its patterns).
    try:
        year, month, day, hour, minute, second, micro = (int(match[part]) for part in _PARTS)
        saved = datetime(year, month, day, hour, minute, second, micro, tzinfo=UTC)
    except ValueError:
        return None
    upgrade = int(match["upgrade"]) if match["upgrade"] else None
    return match["stem"], saved, upgrade, match["command"] or ""
