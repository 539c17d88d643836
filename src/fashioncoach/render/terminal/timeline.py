"""``timeline`` on the terminal: each phase with its id, weeks, dates and hours, a bar of
the weeks, milestones, pauses and "you are here", all from the timeline view.

No table: each phase is a line of its own with its figures after it, and on a
narrow terminal the figures go on the next line, so nothing is ever cut.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from rich.console import Group, RenderableType

from fashioncoach.render import phrases
from fashioncoach.render.terminal.common import bullets, heading
from fashioncoach.render.terminal.words import Words
from fashioncoach.render.text import day, hours, plural

if TYPE_CHECKING:
    from fashioncoach.views.timeline import TimelinePhase, TimelineView

BAR_CELLS = 30  # the widest bar of weeks; longer plans give each cell several weeks


def week_cells(weeks: int, most: int = BAR_CELLS) -> list[tuple[int, int]]:
    """The weeks each character of a Gantt bar stands for, at most ``most`` characters,
    so long plans fit 80 columns."""
    per_cell = max(1, -(-weeks // max(1, most)))
    return [(first, min(first + per_cell - 1, weeks)) for first in range(1, weeks + 1, per_cell)]


def _gantt(first: int, last: int, weeks: int, fill: str, empty: str = ".") -> str:
    return "".join(
        fill if low <= last and high >= first else empty for low, high in week_cells(weeks)
    )


def _phase_rows(view: TimelineView) -> list[tuple[str, RenderableType]]:
    rows: list[tuple[str, RenderableType]] = []
    for number, phase in enumerate(view.phases, start=1):
        current = phase.state == "current"
        title = Words(f"{phase.title} ({phase.id})", style="bold" if current else "")
        if current:
            title.append(" < you are here", style="bold")
        rows.append((f"{number}.", Group(title, Words(_phase_facts(phase, view), style="dim"))))
    return rows


def _phase_facts(phase: TimelinePhase, view: TimelineView) -> str:
    facts = [phrases.week_span(phase.first_week, phase.last_week, phase.weeks)]
    if phase.starts and phase.ends:
        facts.append(f"{day(phase.starts)} to {day(phase.ends)}")
    facts.append(hours(phase.hours))
    if phase.state == "left":
        facts.append(f"moved on from, {phase.open} open")
    if phase.weeks:
        facts.append(_gantt(phase.first_week, phase.last_week, view.weeks, "#"))
    return " · ".join(facts)


def render_timeline(view: TimelineView) -> RenderableType:
    total_hours = sum(phase.hours for phase in view.phases)
    started = view.started_on is not None
    parts: list[RenderableType] = [
        Words(f"{view.roadmap} — {plural(view.weeks, 'week')}, {hours(total_hours)}", style="bold")
    ]
    if started:
        clock = view.clock
        parts.append(
            Words(
                f"Plan week {clock.plan_week} of {clock.plan_weeks}: "
                f"{day(clock.week_start)} to {day(clock.week_end)}; "
                f"finishing {day(clock.planned_finish)}",
                style="dim",
            )
        )
    parts.append(Words(""))
    parts.append(bullets(_phase_rows(view)))
    due_weeks = {line.due_week for line in view.milestones}
    marks = "".join(
        "M" if any(low <= week <= high for week in due_weeks) else "."
        for low, high in week_cells(view.weeks)
    )
    parts.append(Words(f"\nMilestones   {marks}", style="yellow"))
    if view.you_are_here is not None:
        here = _gantt(view.you_are_here, view.you_are_here, view.weeks, "^", " ")
        parts.append(Words(f"You are here {here.rstrip()} week {view.you_are_here}"))
    parts.append(heading("\nMilestones"))
    rows = []
    for line in view.milestones:
        label = f"week {line.due_week}" + (f", {line.horizon}" if line.horizon else "")
        text = Words(f"{label}: ", style="yellow")
        text.append(line.title, style="")
        if line.due_date is not None:
            text.append(f" (due {day(line.due_date)}" + (", done)" if line.done else ")"))
        rows.append(("M", text))
    parts.append(bullets(rows))
    if view.pauses:
        parts.append(heading("\nPauses (the plan moves on by the paused days)"))
        pause_rows = []
        for pause in view.pauses:
            last = pause.until - timedelta(days=1)
            reason = f", {pause.reason}" if pause.reason else ""
            pause_rows.append(
                (
                    "P",
                    Words(
                        f"{day(pause.start)} to {day(last)} ({plural(pause.days, 'day')}{reason})"
                    ),
                )
            )
        parts.append(bullets(pause_rows))
    if view.replanned_on is not None:
        parts.append(Words(f"Replanned on {day(view.replanned_on)}.", style="dim"))
    if not started:
        parts.append(Words("\nStart your plan with: fashioncoach start", style="dim"))
    else:
        parts.append(Words("See a phase's weeks with: fashioncoach phase show ID", style="dim"))
    return Group(*parts)
