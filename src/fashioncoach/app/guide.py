"""The read views of the guide and the plan that the fast path leaves to Typer:
``timeline``, ``skills``, ``reality``, ``about`` and ``hint``. Each returns its view in
an ``Outcome`` (``app/outcome.py``); they read and never write."""

from __future__ import annotations

from typing import TYPE_CHECKING

from fashioncoach.app.outcome import Outcome
from fashioncoach.app.session import load_roadmap, store_for

if TYPE_CHECKING:
    from fashioncoach.app.session import Settings


def timeline(settings: Settings, *, json_output: bool) -> Outcome:
    from fashioncoach.views.timeline import build_timeline

    roadmap, _ = load_roadmap(settings)
    progress = store_for(roadmap).load()
    view = build_timeline(roadmap=roadmap, progress=progress, today=settings.today)
    return Outcome(view=view, json=json_output, page=True)


def skills(settings: Settings, *, json_output: bool) -> Outcome:
    from fashioncoach.views.guide import skills_view

    roadmap, _ = load_roadmap(settings)
    return Outcome(view=skills_view(roadmap), json=json_output, page=True)


def reality(settings: Settings, *, json_output: bool) -> Outcome:
    from fashioncoach.views.guide import reality_view

    roadmap, _ = load_roadmap(settings)
    return Outcome(view=reality_view(roadmap), json=json_output, page=True)


def about(settings: Settings, *, json_output: bool) -> Outcome:
    """The guide's own words, then where to go next: ``today``, or ``start`` where
    ``today`` would refuse to begin a plan by itself."""
    from fashioncoach.app.session import start_command
    from fashioncoach.views.guide import about_view

    roadmap, path = load_roadmap(settings)
    start = start_command(roadmap, path)
    week = (
        "this week with: fashioncoach today"
        if start == "fashioncoach today"
        else f"start your plan with: {start}"
    )
    said = [] if json_output else [f"\nSee the skills with: fashioncoach skills · {week}"]
    return Outcome(view=about_view(roadmap), json=json_output, page=True, said=said)


def hint(settings: Settings, *, action: str, json_output: bool) -> Outcome:
    """How to start an action, what to do when a resource is closed to you, what done
    looks like; the action by number (in today's list), id or the start of an id."""
    from fashioncoach.app.commands import resolve
    from fashioncoach.core.log import fold
    from fashioncoach.core.lookup import resolve_actions
    from fashioncoach.views.guide import hint_view

    roadmap, _ = load_roadmap(settings)
    progress = store_for(roadmap).load()
    levels = {}
    if progress is not None:
        (action_id,) = resolve(roadmap, progress, settings.today, [action])
        levels = fold(progress, roadmap, day=settings.today).levels
    else:
        (action_id,) = resolve_actions(roadmap, [action], [])
    return Outcome(view=hint_view(roadmap, action_id, levels), json=json_output)
