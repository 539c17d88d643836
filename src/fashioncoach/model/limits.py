"""Every limit the program holds data to, in one place (see docs/your-data.md).

A value inside these bounds can never make a later command fail: dates stay far
enough from the end of Python's calendar for a whole plan and its pauses to fit,
and files stay small enough to read, check and save in well under a second.
"""

from __future__ import annotations

from datetime import date

# Dates a plan can use: a plan of MAX_PLAN_WEEKS with MAX_PAUSED_DAYS of pauses
# that starts on LATEST_DATE still ends before Python's last date, 9999-12-31.
EARLIEST_DATE = date(1970, 1, 1)


LATEST_DATE = date(9899, 12, 31)


# Every other date of a progress file lies within this many days of its start.
DATE_WINDOW_DAYS = 30 * 366


MAX_PLAN_WEEKS = 520  # ten years: a roadmap, or a roadmap stretched by replans


MAX_PAUSED_DAYS = 3660  # all pauses together


MIN_HOURS_PER_WEEK = 0.5


MAX_HOURS_PER_WEEK = 80.0


MAX_EVENT_HOURS = 7 * 24.0  # the time one action took: at most a whole week


MAX_ACTION_HOURS = 40.0  # a roadmap's estimate for one action


# A log at every limit below (events, texts, ids, escapes included) stays well under
# this; a save that would pass it is refused before anything is written.
MAX_PROGRESS_BYTES = 16 * 1024 * 1024


MAX_ROADMAP_BYTES = 4 * 1024 * 1024


MAX_IMPORT_BYTES = 32 * 1024 * 1024  # JSON is wordier than TOML


MAX_EVENTS = 10_000  # every change is an event: a plan of years, used every day


MAX_ID_CHARS = 200  # an action's or a phase's id, an event's id


MAX_TEXT_CHARS = 4000  # a note, a review answer, a pause's reason


MAX_TEXT_TOTAL = 1_000_000  # every note, review answer, reason and evidence together


MAX_REFERENCE_CHARS = 2000  # a piece of evidence: a path or a URL


MAX_NESTING = 32  # tables and arrays inside keys this version does not know


# What ``export ics`` remembers it sent (store/calendar_record.py): every plan week a plan
# of MAX_PLAN_WEEKS with MAX_PAUSED_DAYS of pauses can have, and milestones and pauses
# besides; past it, the events cancelled longest ago are forgotten first.
MAX_CALENDAR_EVENTS = 20_000


MAX_CALENDAR_RECORD_BYTES = 8 * 1024 * 1024


def size_text(count: int) -> str:
    """``8 MiB``, ``52.3 MiB``: a file size as a person reads it."""
    mebibytes = count / (1024 * 1024)
    if mebibytes >= 1:
        return f"{mebibytes:.1f}".removesuffix(".0") + " MiB"
    return f"{count / 1024:.1f}".removesuffix(".0") + " KiB"


def read_date(value: str) -> date | None:
    """A YYYY-MM-DD date a plan can use, or None (``cli.common.parse_date`` says why)."""
    try:
        parsed = date.fromisoformat(value)
    except ValueError:
        return None
    if len(value) != 10 or not EARLIEST_DATE <= parsed <= LATEST_DATE:
        return None
    return parsed
