"""TODO docstring."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from fashioncoach.core.log import fold
from fashioncoach.core.schedule import plan_of, week_dates
from fashioncoach.render.text import printable
from fashioncoach.views.timeline import build_timeline

if TYPE_CHECKING:
    from fashioncoach.model.progress import Progress
    from fashioncoach.model.roadmap import Roadmap

PRODID = "-//fashioncoach//plan export//EN"


def uid(roadmap: Roadmap, *parts: str) -> str:
    return ".".join((roadmap.id, *parts)) + "@fashioncoach"


def one_line(text: str) -> str:
    """A calendar name or summary is one line: a newline in a custom title would end it."""
    return printable(" ".join(text.split()))


def build_calendar(*, roadmap: Roadmap, progress: Progress, today: date, now: datetime) -> bytes:
    """The calendar's bytes (RFC 5545, CRLF line ends)."""
    from icalendar import Calendar, Event

    timeline = build_timeline(roadmap=roadmap, progress=progress, today=today)
    plan = plan_of(roadmap, progress)
    statuses = fold(progress).statuses
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

    phases = {phase.id: phase for phase in roadmap.phases}
    for line in timeline.phases:
        if line.starts is None:
            continue
        phase = phases[line.id]
        for week in range(1, line.weeks + 1):
            first, last = week_dates(line.starts, week, progress.pauses)
            actions = [
                action for _, action in phase.actions() if plan.action_phase_week[action.id] == week
            ]
            description = "\n".join(
                f"[{'x' if statuses.get(action.id) == 'done' else ' '}] {action.title} "
                f"({action.id}, {action.hours:g} h)"
                for action in actions
            )
            add(
                uid(roadmap, phase.id, f"week-{week}"),
                f"Week {line.first_week + week - 1}: {phase.title}",
                first,
                last,
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
            "The plan waits; it moves on by the pause's length.",
        )
    content: bytes = calendar.to_ical()
    return content
