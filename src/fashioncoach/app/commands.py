"""The everyday commands, free of Typer: ``today``, ``report``, ``done``, ``undo``, ``skip``.

The CLI calls them after Typer has parsed the arguments; the fast path
(``app/fast.py``) calls them straight from ``sys.argv``. Both read the command
table below, so the two paths cannot disagree on what a command does. Errors are
our own exceptions, turned into a message and an exit code by the caller.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fashioncoach.app.output import echo, show, show_json
from fashioncoach.app.session import (
    Settings,
    editing,
    load_roadmap,
    progress_or_start,
    require_progress,
    store_for,
)
from fashioncoach.render import phrases

if TYPE_CHECKING:
    from collections.abc import Callable

    from fashioncoach.model.progress import EventKind


def today(settings: Settings, *, json_output: bool) -> None:
    from fashioncoach.views.today import build_today

    roadmap, path = load_roadmap(settings)
    progress, started_now = progress_or_start(settings, roadmap, path)
    if started_now:
        echo(phrases.plan_started(roadmap, progress, hint=True), err=json_output)
    view = build_today(roadmap=roadmap, progress=progress, today=settings.today)
    if json_output:
        show_json(view)
    else:
        from fashioncoach.render.terminal.today import render_today

        show(render_today(view, roadmap))


def report(settings: Settings, *, json_output: bool) -> None:
    from fashioncoach.views.report import build_report

    roadmap, _ = load_roadmap(settings)
    progress = require_progress(roadmap)
    view = build_report(roadmap=roadmap, progress=progress, today=settings.today)
    if json_output:
        show_json(view)
    else:
        from fashioncoach.render.terminal.report import render_report

        show(render_report(view), page=True)


_VERBS = {"done": "Done", "undone": "Reopened", "skipped": "Skipped"}
_ALREADY = {"done": "already done", "undone": "already open", "skipped": "already skipped"}


def mark(
    settings: Settings, action_ids: list[str], kind: EventKind, *, hours: float | None = None
) -> None:
    """done / undo / skip: check every id, then record them all under the lock.

    ``hours`` (done only) is the time spent; without it, the action's estimate.
    """
    from fashioncoach.core.changes import mark as record

    roadmap, _ = load_roadmap(settings)
    titles = {action.id: action.title for _, _, action in roadmap.actions()}
    with editing(roadmap) as (store, progress):
        outcome = record(
            roadmap=roadmap,
            progress=progress,
            action_ids=action_ids,
            kind=kind,
            now=settings.now,
            hours=hours,
        )
        if outcome.changed:
            store.save(outcome.progress)
    for action_id in outcome.changed:
        spent = f", {hours:g} h spent" if hours is not None else ""
        echo(f"{_VERBS[kind]}: {action_id} ({titles[action_id]}{spent})")
    for action_id in outcome.unchanged:
        echo(f"Nothing to do: {action_id} is {_ALREADY[kind]}.")


def open_ids(settings: Settings) -> list[str]:
    """What shell completion offers: the ids ``today`` shows as open."""
    from fashioncoach.views.today import open_action_ids_this_week

    roadmap, _ = load_roadmap(settings)
    progress = store_for(roadmap).load()
    if progress is None:
        return []
    return open_action_ids_this_week(roadmap=roadmap, progress=progress, today=settings.today)


# The command table: the commands a plain command line may run without Typer, read by
# the fast path to recognise them and by the CLI to run them.
READ_COMMANDS: dict[str, Callable[..., None]] = {"today": today, "report": report}
MARK_COMMANDS: dict[str, EventKind] = {"done": "done", "undo": "undone", "skip": "skipped"}
