"""TODO docstring."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.text import Text

if TYPE_CHECKING:
    from fashioncoach.views.timeline import TimelineView

    pass


from fashioncoach.render.terminal.common import _bullets, _heading
from fashioncoach.render.text import day, hours, plural


def _week_cells(weeks: int) -> list[tuple[int, int]]:
    """The weeks each character of a Gantt bar stands for, so long plans fit 80 columns."""
    per_cell = max(1, -(-weeks // 30))
    return [(first, min(first + per_cell - 1, weeks)) for first in range(1, weeks + 1, per_cell)]


def _gantt(first: int, last: int, weeks: int, fill: str, empty: str = ".") -> str:
    return "".join(
        fill if low <= last and high >= first else empty for low, high in _week_cells(weeks)
    )


def render_timeline(view: TimelineView) -> RenderableType:
    from rich import box
    from rich.table import Table  # only the views with tables pay for it

    total_hours = sum(phase.hours for phase in view.phases)
    parts: list[RenderableType] = [
        Text(f"{view.roadmap} — {plural(view.weeks, 'week')}, {hours(total_hours)}", style="bold")
    ]
    started = view.started_on is not None
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    table.add_column("Phase", ratio=1)
    table.add_column("Weeks", no_wrap=True)
    if started:
        table.add_column("Dates", no_wrap=True)
    table.add_column("Hours", justify="right", no_wrap=True)
    table.add_column("Plan", no_wrap=True)
    for phase in view.phases:
        extended = f" (+{plural(phase.extended_weeks, 'week')})" if phase.extended_weeks else ""
        row: list[RenderableType] = [
            Text(phase.title + extended + (" <" if phase.state == "current" else "")),
            f"{phase.first_week}-{phase.last_week}",
        ]
        if started:
            row.append(
                f"{phase.starts:%d %b}-{phase.ends:%d %b %y}" if phase.starts and phase.ends else ""
            )
        row += [hours(phase.hours), _gantt(phase.first_week, phase.last_week, view.weeks, "#")]
        table.add_row(*row)
    due_weeks = {line.due_week for line in view.milestones}
    marks = "".join(
        "M" if any(low <= week <= high for week in due_weeks) else "."
        for low, high in _week_cells(view.weeks)
    )
    blanks = [""] * (3 if started else 2)
    table.add_row("Milestones", *blanks, marks)
    if view.you_are_here is not None:
        here = _gantt(view.you_are_here, view.you_are_here, view.weeks, "^", " ")
        table.add_row(f"You are here (week {view.you_are_here})", *blanks, here.rstrip())
    parts.append(table)
    parts.append(_heading("Milestones"))
    rows = []
    for line in view.milestones:
        label = f"week {line.due_week}" + (f", {line.horizon}" if line.horizon else "")
        text = Text(f"{label}: ", style="yellow")
        text.append(line.title, style="")
        if line.due_date is not None:
            text.append(f" (due {day(line.due_date)}" + (", done)" if line.done else ")"))
        rows.append(("M", text))
    parts.append(_bullets(rows))
    if view.pauses:
        parts.append(_heading("Pauses (the schedule moves on by their length)"))
        pause_rows = []
        for pause in view.pauses:
            last = pause.until - timedelta(days=1)
            reason = f", {pause.reason}" if pause.reason else ""
            pause_rows.append(
                (
                    "P",
                    Text(
                        f"{day(pause.start)} to {day(last)} ({plural(pause.days, 'day')}{reason})"
                    ),
                )
            )
        parts.append(_bullets(pause_rows))
    if view.replanned_on is not None:
        parts.append(Text(f"Replanned on {day(view.replanned_on)}.", style="dim"))
    if not started:
        parts.append(Text("\nStart your plan with: fashioncoach start", style="dim"))
    return Group(*parts)
