"""What a calendar export sent: one record per event UID, kept between exports so that
the next export can cancel what the plan no longer has and number each change.

See ``render/ics.py`` for how the records are used and ``store/calendar_record.py``
for the file they are kept in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fashioncoach.model.record import frozen_record

if TYPE_CHECKING:
    from datetime import date, datetime


@frozen_record
class SentEvent:
    """One event as the last export sent it."""

    uid: str
    sequence: int  # RFC 5545 SEQUENCE: grows by one whenever the event changes
    digest: str  # of what the event said (summary, dates, description, status)
    modified: datetime  # LAST-MODIFIED, UTC: the export that first sent this version
    summary: str
    start: date  # DTSTART (all day)
    end: date  # DTEND, exclusive
    cancelled: bool  # sent as STATUS:CANCELLED: the plan no longer has it
