"""The plan as an iCalendar file: one event per plan week, milestones, pauses.

It renders the timeline view, so it follows replans, pauses and phase moves
exactly as ``timeline`` shows them. UIDs depend only on the roadmap and the item
(plan week, milestone, pause's first day), so importing a newer export updates
events instead of duplicating them. ``icalendar`` is imported here only.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from fashioncoach.render.text import printable

if TYPE_CHECKING:
    from fashioncoach.model.roadmap import Roadmap
    from fashioncoach.views.timeline import TimelineView

PRODID = "-//fashioncoach//plan export//EN"


def uid(roadmap: Roadmap, *parts: str) -> str:
    return ".".join((roadmap.id, *parts)) + "@fashioncoach"


def one_line(text: str) -> str:
    """A calendar name or summary is one line: a newline in a custom title would end it."""
    return printable(" ".join(text.split()))


_MARKS = {"done": "x", "skipped": "-", "known": "k"}


def build_calendar(*, roadmap: Roadmap, timeline: TimelineView, now: datetime) -> bytes:
    """The calendar's bytes (RFC 5545, CRLF line ends)."""
    from icalendar import Calendar, Event

    statuses = timeline.statuses
    titles = {action.id: action for _, _, action in roadmap.actions()}
    stamp = now.astimezone(UTC) if now.tzinfo else now.replace(tzinfo=UTC)

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", one_line(f"fashioncoach: {roadmap.overview.title}"))

    def add(key: str, summary: str, first: date, last: date, description: str) -> None:
        event = Event()
        event.add("uid", key)
        event.add("dtstamp", stamp)
        event.add("summary", one_line(summary))
        event.add("dtstart", first)
        event.add("dtend", last + timedelta(days=1))  # all-day: the end is exclusive
        if description:
            event.add("description", printable(description))
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)

    phase_titles = {phase.id: phase.title for phase in roadmap.phases}
    # One event per plan week, from the timeline's weeks: seven days each, no overlap.
    for week in timeline.plan_weeks:
        description = "\n".join(
            f"[{_MARKS.get(statuses.get(action_id, ''), ' ')}] {titles[action_id].title} "
            f"({action_id}, {titles[action_id].hours:g} h)"
            for action_id in week.actions
        )
        add(
            uid(roadmap, f"week-{week.week}"),
            f"Week {week.week}: {phase_titles[week.phase]}",
            week.start,
            week.end,
            description,
        )
    for milestone in timeline.milestones:
        if milestone.due_date is None:
            continue
        add(
            uid(roadmap, "milestone", milestone.id),
            f"Milestone: {milestone.title}" + (" (done)" if milestone.done else ""),
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
    content: bytes = calendar.to_ical()
    return content
