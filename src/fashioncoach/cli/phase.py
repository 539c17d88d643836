"""The phase commands: show the current or any phase, move to the next, or back."""

from __future__ import annotations

from typing import Annotated

import typer

from fashioncoach.app.output import echo, show, show_json
from fashioncoach.app.session import editing, load_roadmap, store_for
from fashioncoach.cli.common import JsonOption, YesOption, confirm, friendly_errors, settings_of

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
        typer.Argument(help="A phase id (see: fashioncoach timeline); default the current one."),
    ] = None,
    json_output: JsonOption = False,
) -> None:
    """Show one phase: goals, then week by week its actions with ids, hours and done-when.

    Example: fashioncoach phase show trend-analysis
    """
    _show_phase(ctx, phase_id, json_output)


@app.command("next")
@friendly_errors
def phase_next(ctx: typer.Context, yes: YesOption = False) -> None:
    """Move on to the next phase (asks first when actions are still open).

    Example: fashioncoach phase next --yes
    """
    from fashioncoach.core.changes import advance_phase
    from fashioncoach.core.schedule import current_entry
    from fashioncoach.render.text import plural
    from fashioncoach.views.phase import open_actions_of_phase

    settings = settings_of(ctx)
    roadmap, _ = load_roadmap(settings)
    with editing(roadmap) as (store, progress):
        index, phase, _ = current_entry(roadmap, progress)
        if index == len(roadmap.phases) - 1:
            echo(
                f"You are in the last phase, {phase.title}.\n"
                "Congratulations on getting this far! See where you stand with: fashioncoach report"
            )
            return
        from fashioncoach.render.terminal.phase import render_phase_gate
        from fashioncoach.views.phase import build_phase_gate

        # A gate: the deliverables and your confidence first, so moving on is a decision.
        show(render_phase_gate(build_phase_gate(roadmap=roadmap, progress=progress)))
        still_open = open_actions_of_phase(roadmap, progress, phase)
        if still_open:
            verb = "is" if len(still_open) == 1 else "are"
            echo(f"{plural(len(still_open), 'action')} of {phase.title} {verb} still open:")
            for line in still_open:
                echo(f"  [ ] {line.id} (week {line.week}): {line.title}")
            confirm("Move on anyway? They stay open and appear in your report.", yes=yes)
        else:
            confirm(f"Move on to {roadmap.phases[index + 1].title}?", yes=yes)
        progress = advance_phase(roadmap=roadmap, progress=progress, today=settings.today)
        store.save(progress)
    following = roadmap.phases[index + 1]
    echo(
        f"Phase {index + 2} of {len(roadmap.phases)}: {following.title} begins "
        f"({following.duration_weeks} weeks). See this week with: fashioncoach today"
    )


@app.command("back")
@friendly_errors
def phase_back(ctx: typer.Context, yes: YesOption = False) -> None:
    """Undo a move to the next phase made by mistake.

    Example: fashioncoach phase back --yes
    """
    from fashioncoach.core.changes import retreat_phase
    from fashioncoach.core.schedule import current_entry

    settings = settings_of(ctx)
    roadmap, _ = load_roadmap(settings)
    with editing(roadmap) as (store, progress):
        _, phase, _ = current_entry(roadmap, progress)
        updated = retreat_phase(progress=progress)
        _, previous, began = current_entry(roadmap, updated)
        confirm(f"Leave {phase.title} and go back to {previous.title}?", yes=yes)
        store.save(updated)
    echo(f"Back in {previous.title} (began {began}).")
