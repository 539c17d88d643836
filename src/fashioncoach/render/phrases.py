"""Messages more than one view prints, each in one wording: the terminal, Markdown and
HTML renderers and the commands all take them from here."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from fashioncoach.render.text import day, plural

if TYPE_CHECKING:
    from collections.abc import Callable

    from fashioncoach.model.progress import Progress
    from fashioncoach.model.roadmap import Roadmap
    from fashioncoach.views.lines import MilestoneLine

MARK_HINT = "Mark an action with: fashioncoach done ID"


def kept_unknown(ids: list[str], quote: Callable[[str], str] = str) -> str:
    """Ids in the progress that the roadmap lacks: kept in the file, left out of every count."""
    return "Kept in your progress, no longer in this roadmap: " + ", ".join(map(quote, ids))


def plan_started(roadmap: Roadmap, progress: Progress, *, hint: bool) -> str:
    """What the first ``today`` says when it starts the plan by itself."""
    text = (
        f"Started your {roadmap.overview.duration_weeks}-week plan today "
        f"({day(progress.start_date)}, {progress.hours_per_week:g} h a week)."
    )
    if hint:
        text += "\nChange it with: fashioncoach start --on DATE --hours N"
    return text


def milestone_due(line: MilestoneLine, today: date | None) -> str:
    """``due Sun 8 Nov 2026, in 4 days``, ``overdue by 2 days, due ...``, ``done; due ...``."""
    if line.due_date is None:
        return f"due in week {line.due_week}"
    if line.done:
        return f"done; due {day(line.due_date)}"
    if today is not None and line.overdue:
        return f"overdue by {plural((today - line.due_date).days, 'day')}, due {day(line.due_date)}"
    if today is not None:
        return f"due {day(line.due_date)}, in {plural((line.due_date - today).days, 'day')}"
    return f"due {day(line.due_date)}"
