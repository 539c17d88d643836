"""The phase commands: show the current or any phase, move to the next, or back."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from fashioncoach.app.output import echo, show, show_json
from fashioncoach.app.session import editing, load_roadmap, store_for
from fashioncoach.cli.common import (
    JsonOption,
    YesOption,
    confirm,
    friendly_errors,
    settings_of,
)

if TYPE_CHECKING:
    from fashioncoach.views.situation import Situation

app = typer.Typer(
    help="Show the current phase, or move to the next or previous one.\n\n"
    "Example: fashioncoach phase next",
    invoke_without_command=True,
    rich_markup_mode=None,
)


def _show_phase(ctx: typer.Context, phase_id: str | None, json_output: bool) -> None:
    from fashioncoach.render.terminal.phase import render_phase
    from fashioncoach.views.phase import build_phase

    settings = settings_of(ctx)
    roadmap, _ = load_roadmap(settings)
    progress = store_for(roadmap).load()
    view = build_phase(roadmap=roadmap, progress=progress, today=settings.today, phase_id=phase_id)
    if json_output:
        show_json(view)
    else:
        show(render_phase(view, roadmap), page=True)


@app.callback()
@friendly_errors
def phase(ctx: typer.Context, json_output: JsonOption = False) -> None:
    """Show the current phase: its goals, its weeks and your progress.

    \b
    Example: fashioncoach phase
    """
    if ctx.invoked_subcommand is None:
        _show_phase(ctx, None, json_output)


@app.command("show")
@friendly_errors
def phase_show(
    ctx: typer.Context,
    phase_id: Annotated[
        str | None,
        typer.Argument(
            help="A phase's id or number, as timeline shows them; default the current one.",
            metavar="PHASE",
        ),
    ] = None,
    json_output: JsonOption = False,
) -> None:
    """Show one phase: goals, then week by week its actions with ids, hours and done-when.

    \b
    Example: fashioncoach phase show 2
    """
    _show_phase(ctx, phase_id, json_output)


@app.command("next")
@friendly_errors
def phase_next(ctx: typer.Context, yes: YesOption = False) -> None:
    """Move on to the next phase (asks first when actions are still open).

    \b
    Example: fashioncoach phase next --yes
    """
    from fashioncoach.core.changes import advance_phase
    from fashioncoach.render.terminal.phase import render_phase_gate
    from fashioncoach.render.text import plural
    from fashioncoach.views.phase import build_phase_gate
    from fashioncoach.views.situation import Situation

    settings = settings_of(ctx)
    roadmap, path = load_roadmap(settings)
    with editing(roadmap, path) as (store, progress):
        # The phase of --today, which the gate shows too.
        was = Situation(roadmap=roadmap, progress=progress, today=settings.today)
        index = was.plan.current
        phase = roadmap.phases[index]
        if index == len(roadmap.phases) - 1:
            echo(
                f"You are in the last phase, {phase.title}.\n"
                "Congratulations on getting this far! See where you stand with: fashioncoach report"
            )
            return
        # A gate: the deliverables and your confidence first, so moving on is a decision.
        gate = build_phase_gate(roadmap=roadmap, progress=progress, today=settings.today)
        show(render_phase_gate(gate))
        if gate.open:
            confirm(
                f"Move on anyway? {gate.next_title}'s work comes first; the "
                f"{plural(gate.open, 'open action')} of {phase.title} follow it.",
                yes=yes,
            )
        else:
            confirm(f"Move on to {gate.next_title}?", yes=yes)
        progress = advance_phase(
            roadmap=roadmap, progress=progress, current=index, at=settings.now, day=settings.today
        )
        store.save(progress)
    now = Situation(roadmap=roadmap, progress=progress, today=settings.today)
    echo(
        f"Phase {index + 2} of {len(roadmap.phases)}: {roadmap.phases[index + 1].title}. "
        + _finish_words(now)
        + "\nSee this week with: fashioncoach today"
    )


def _finish_words(now: Situation) -> str:
    from fashioncoach.render.text import day

    return f"Your forecast finish stays {day(now.plan.projected_finish)}."


@app.command("back")
@friendly_errors
def phase_back(ctx: typer.Context, yes: YesOption = False) -> None:
    """Undo a move to the next phase made by mistake.

    \b
    Example: fashioncoach phase back --yes
    """
    from fashioncoach.core.changes import retreat_phase
    from fashioncoach.views.situation import Situation

    settings = settings_of(ctx)
    roadmap, path = load_roadmap(settings)
    with editing(roadmap, path) as (store, progress):
        was = Situation(roadmap=roadmap, progress=progress, today=settings.today)
        phase = roadmap.phases[was.plan.current]
        updated = retreat_phase(
            roadmap=roadmap,
            progress=progress,
            history=was.history,
            current=was.plan.current,
            at=settings.now,
            day=settings.today,
        )
        previous = roadmap.phases[was.plan.current - 1]
        confirm(f"Leave {phase.title} and go back to {previous.title}?", yes=yes)
        store.save(updated)
    now = Situation(roadmap=roadmap, progress=updated, today=settings.today)
    echo(f"Back in {previous.title}. " + _finish_words(now))
