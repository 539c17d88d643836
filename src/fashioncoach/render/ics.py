"""The plan as an iCalendar file: one event per plan week, milestones, pauses, and the
events of earlier exports that the plan no longer has, cancelled.

It renders the timeline view, so it follows replans, pauses and phase moves
exactly as ``timeline`` shows them. UIDs depend only on the roadmap and the item
(plan week, milestone, pause's first day), so importing a newer export updates
events instead of duplicating them.

A calendar app that imports a file only adds and updates: an event of an earlier
file that this one lacks would stay. So the export is told what earlier exports sent
(``sent``: ``store/calendar_record.py`` keeps it) and sends each such UID the plan no
longer has again, with ``STATUS:CANCELLED``, its last summary and days, and a higher
``SEQUENCE``. Each event's ``SEQUENCE`` grows by one when what it says changes, and
``LAST-MODIFIED`` is the export that first sent that version; both come from the
record, so exporting the same plan again gives the same bytes but for ``DTSTAMP``.
Pure: the record comes in and the new record goes out with the bytes.
``icalendar`` is imported here only.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from fashioncoach.model.calendar import SentEvent
from fashioncoach.model.record import frozen_record
from fashioncoach.render.text import printable

if TYPE_CHECKING:
    from collections.abc import Mapping

    from fashioncoach.model.roadmap import Roadmap
    from fashioncoach.views.timeline import TimelineView

PRODID = "-//fashioncoach//plan export//EN"

MARKS = {"done": "x", "skipped": "-", "known": "k"}  # open actions show "[ ]"
LEGEND = "[x] done · [-] skipped · [k] known already · [ ] open"

CALENDAR_DESCRIPTION = (
    "Your plan from fashioncoach: one event per plan week with its actions, the "
    "milestones and the pauses. Import each new export into the same calendar: events "
    "keep their UIDs and are updated, and those your plan no longer has come as "
    "cancelled (STATUS:CANCELLED) with the same UID."
)
CANCELLED_DESCRIPTION = "No longer in your plan: a change of plan removed it."


@frozen_record
class PlanEvent:
    """One event of the plan as it stands: what the file says about it."""

    uid: str
    summary: str
    start: date
    end: date  # exclusive: the day after the last
    description: str


@frozen_record
class CalendarExport:
    """An export's bytes and the record the next export starts from."""

    content: bytes
    sent: dict[str, SentEvent]
    events: int  # in the plan now
    cancelled: int  # sent as cancelled


def uid(roadmap: Roadmap, *parts: str) -> str:
    return ".".join((roadmap.id, *parts)) + "@fashioncoach"


def one_line(text: str) -> str:
    """A calendar name or summary is one line: a newline in a custom title would end it."""
    return printable(" ".join(text.split()))


def plan_events(*, roadmap: Roadmap, timeline: TimelineView) -> list[PlanEvent]:
    """The events of the plan as the timeline has it: weeks, then milestones, then pauses."""
    statuses = timeline.statuses
    actions = {action.id: action for _, _, action in roadmap.actions()}
    phase_titles = {phase.id: phase.title for phase in roadmap.phases}
    found = []

    def add(key: str, summary: str, first: date, last: date, description: str) -> None:
        found.append(
            PlanEvent(
                uid=key,
                summary=one_line(summary),
                start=first,
                end=last + timedelta(days=1),  # all-day: the end is exclusive
                description=printable(description),
            )
        )

    # One event per plan week, from the timeline's weeks: seven days each, no overlap.
    for week in timeline.calendar:
        lines = [
            f"[{MARKS.get(statuses.get(action_id, ''), ' ')}] {actions[action_id].title} "
            f"({action_id}, {actions[action_id].hours:g} h)"
            for action_id in week.actions
        ]
        add(
            uid(roadmap, f"week-{week.week}"),
            f"Week {week.week}: {phase_titles[week.phase]}",
            week.start,
            week.end,
            "\n".join([*lines, "", LEGEND]) if lines else "",
        )
    for milestone in timeline.milestones:
        if milestone.due_date is None:
            continue
        state = " (done)" if milestone.met else " (closed with a skip)" if milestone.done else ""
        add(
            uid(roadmap, "milestone", milestone.id),
            f"Milestone: {milestone.title}{state}",
            milestone.due_date,
            milestone.due_date,
            "Open: " + ", ".join(milestone.open_actions) if milestone.open_actions else "",
        )
    for pause in timeline.pauses:
        add(
            uid(roadmap, "pause", pause.start.isoformat()),
            "fashioncoach paused" + (f": {pause.reason}" if pause.reason else ""),
            pause.start,
            pause.until - timedelta(days=1),
            "The plan waits: paused days give no time, and the plan moves on by them.",
        )
    return found


def _digest(summary: str, start: date, end: date, description: str, status: str) -> str:
    content = json.dumps([summary, start.isoformat(), end.isoformat(), description, status])
    return hashlib.sha256(content.encode("utf-8")).hexdigest()[:32]


def _version(
    before: SentEvent | None,
    now: datetime,
    *,
    uid: str,
    summary: str,
    start: date,
    end: date,
    description: str,
    cancelled: bool,
) -> SentEvent:
    """What is sent for ``uid`` now: the recorded version when nothing changed, else the
    next one (``SEQUENCE`` one higher, modified now)."""
    digest = _digest(summary, start, end, description, "CANCELLED" if cancelled else "CONFIRMED")
    if before is not None and before.digest == digest and before.cancelled == cancelled:
        return before
    return SentEvent(
        uid=uid,
        sequence=0 if before is None else before.sequence + 1,
        digest=digest,
        modified=now,
        summary=summary,
        start=start,
        end=end,
        cancelled=cancelled,
    )


def render_calendar(
    *,
    roadmap: Roadmap,
    timeline: TimelineView,
    now: datetime,
    sent: Mapping[str, SentEvent] | None = None,
) -> CalendarExport:
    """The calendar's bytes (RFC 5545, CRLF line ends) and the record to keep."""
    from icalendar import Calendar, Event

    sent = sent or {}
    stamp = (now.astimezone(UTC) if now.tzinfo else now.replace(tzinfo=UTC)).replace(microsecond=0)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", one_line(f"fashioncoach: {roadmap.overview.title}"))
    calendar.add("x-wr-caldesc", CALENDAR_DESCRIPTION)
    calendar.add("description", CALENDAR_DESCRIPTION)  # RFC 7986

    def add(version: SentEvent, description: str) -> None:
        event = Event()
        event.add("uid", version.uid)
        event.add("dtstamp", stamp)
        event.add("last-modified", version.modified)
        event.add("sequence", version.sequence)
        event.add("summary", ("Cancelled: " if version.cancelled else "") + version.summary)
        event.add("dtstart", version.start)
        event.add("dtend", version.end)
        if description:
            event.add("description", description)
        event.add("status", "CANCELLED" if version.cancelled else "CONFIRMED")
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)

    record: dict[str, SentEvent] = {}
    current = plan_events(roadmap=roadmap, timeline=timeline)
    for item in current:
        version = _version(
            sent.get(item.uid),
            stamp,
            uid=item.uid,
            summary=item.summary,
            start=item.start,
            end=item.end,
            description=item.description,
            cancelled=False,
        )
        record[item.uid] = version
        add(version, item.description)
    gone = sorted(
        (event for key, event in sent.items() if key not in record),
        key=lambda event: (event.start, event.uid),
    )
    for before in gone:
        version = _version(
            before,
            stamp,
            uid=before.uid,
            summary=before.summary,
            start=before.start,
            end=before.end,
            description=CANCELLED_DESCRIPTION,
            cancelled=True,
        )
        record[before.uid] = version
        add(version, CANCELLED_DESCRIPTION)
    return CalendarExport(
        content=calendar.to_ical(), sent=record, events=len(current), cancelled=len(gone)
    )


def build_calendar(*, roadmap: Roadmap, timeline: TimelineView, now: datetime) -> bytes:
    """The calendar of the plan alone, as a first export sends it."""
    return render_calendar(roadmap=roadmap, timeline=timeline, now=now).content
