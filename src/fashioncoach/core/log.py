"""TODO docstring."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import date

    from fashioncoach.model.progress import Progress
    from fashioncoach.model.roadmap import Roadmap


def action_statuses(progress: Progress) -> dict[str, str]:
    """Each action's status from the log: the latest done/undone/skipped event wins."""
    statuses: dict[str, str] = {}
    for event in progress.events:
        if event.kind == "done":
            statuses[event.action] = "done"
        elif event.kind == "skipped":
            statuses[event.action] = "skipped"
        elif event.kind == "undone":
            statuses.pop(event.action, None)
    return statuses


def notes_by_action(progress: Progress) -> dict[str, list[str]]:
    """The notes on each action, oldest first (``fashioncoach note``)."""
    notes: dict[str, list[str]] = {}
    for event in progress.events:
        if event.kind == "note" and event.note:
            notes.setdefault(event.action, []).append(event.note)
    return notes


def done_dates(progress: Progress) -> dict[str, date]:
    """When each currently-done action was last marked done."""
    dates: dict[str, date] = {}
    for event in progress.events:
        if event.kind == "done":
            dates[event.action] = event.at.date()
        elif event.kind in ("undone", "skipped"):
            dates.pop(event.action, None)
    return dates


def resolved_dates(progress: Progress) -> dict[str, date]:
    """When each currently done or skipped action was last marked so."""
    dates: dict[str, date] = {}
    for event in progress.events:
        if event.kind in ("done", "skipped"):
            dates[event.action] = event.at.date()
        elif event.kind == "undone":
            dates.pop(event.action, None)
    return dates


def actual_hours(progress: Progress, estimates: dict[str, float]) -> dict[str, float]:
    """The time spent on each done action: the hours of its latest done event, else
    the roadmap's estimate (as ``done`` without ``--hours`` records)."""
    spent: dict[str, float] = {}
    for event in progress.events:
        if event.kind == "done":
            hours = event.hours if event.hours is not None else estimates.get(event.action, 0.0)
            spent[event.action] = hours
        elif event.kind in ("undone", "skipped"):
            spent.pop(event.action, None)
    return spent


def unknown_action_ids(roadmap: Roadmap, progress: Progress) -> list[str]:
    """Action ids in the log that the roadmap no longer has: kept, and reported."""
    known = {action.id for _, _, action in roadmap.actions()}
    seen: dict[str, None] = {}
    for event in progress.events:
        if event.action not in known:
            seen[event.action] = None
    return list(seen)
