"""The roadmap's own views (timeline, skills, reality) and the ``roadmap`` group."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from fashioncoach.app.output import echo, show, show_json
from fashioncoach.app.reports import OutputFormat, chosen_format, show_timeline_markdown
from fashioncoach.app.session import load_roadmap, store_for
from fashioncoach.cli.common import (
    FormatOption,
    IdArgument,
    JsonOption,
    friendly_errors,
    settings_of,
)
from fashioncoach.model.limits import MAX_HOURS_PER_WEEK, MIN_HOURS_PER_WEEK

app = typer.Typer()

roadmap_app = typer.Typer(
    help="Work with roadmap files.\n\nExample: fashioncoach roadmap validate my-guide.toml",
    no_args_is_help=True,
    rich_markup_mode=None,
)


@app.command()
@friendly_errors
def timeline(ctx: typer.Context, json_output: JsonOption = False, fmt: FormatOption = None) -> None:
    """The phases over the weeks, and where you are.

    A timeline of the phases, with milestones and your position.

    \b
    Example: fashioncoach timeline --format markdown
    """
    from fashioncoach.render.terminal.timeline import render_timeline
    from fashioncoach.views.timeline import build_timeline

    chosen = chosen_format(
        fmt, json_output, (OutputFormat.text, OutputFormat.json, OutputFormat.markdown)
    )
    json_output = chosen is OutputFormat.json
    if chosen is OutputFormat.markdown:
        show_timeline_markdown(settings_of(ctx))
        return
    settings = settings_of(ctx)
    roadmap, _ = load_roadmap(settings)
    progress = store_for(roadmap).load()
    view = build_timeline(roadmap=roadmap, progress=progress, today=settings.today)
    if json_output:
        show_json(view)
    else:
        show(render_timeline(view), page=True)


@app.command()
@friendly_errors
def skills(ctx: typer.Context, json_output: JsonOption = False) -> None:
    """The skills you have, and the skills to learn.

    The skills to learn come in priority order with their resources.

    \b
    Example: fashioncoach skills
    """
    from fashioncoach.views.guide import skills_view

    roadmap, _ = load_roadmap(settings_of(ctx))
    view = skills_view(roadmap)
    if json_output:
        show_json(view)
    else:
        from fashioncoach.render.terminal.guide import render_skills

        show(render_skills(view), page=True)


@app.command()
@friendly_errors
def reality(ctx: typer.Context, json_output: JsonOption = False) -> None:
    """The reality check and the salary FAQ, on one screen.

    \b
    Example: fashioncoach reality
    """
    from fashioncoach.views.guide import reality_view

    roadmap, _ = load_roadmap(settings_of(ctx))
    view = reality_view(roadmap)
    if json_output:
        show_json(view)
    else:
        from fashioncoach.render.terminal.guide import render_reality

        show(render_reality(view), page=True)


@app.command()
@friendly_errors
def about(ctx: typer.Context, json_output: JsonOption = False) -> None:
    """The guide: its title, overview, what the plan covers, and its closing word.

    \b
    Example: fashioncoach about
    """
    from fashioncoach.render.terminal.guide import render_about
    from fashioncoach.views.guide import about_view

    roadmap, path = load_roadmap(settings_of(ctx))
    view = about_view(roadmap)
    if json_output:
        show_json(view)
    else:
        from fashioncoach.app.session import start_command

        show(render_about(view, start_command(roadmap, path)), page=True)


@app.command()
@friendly_errors
def hint(ctx: typer.Context, action_id: IdArgument, json_output: JsonOption = False) -> None:
    """Stuck? How to start an action, what to do when a tool or course is closed to you,
    and what done looks like.

    \b
    Example: fashioncoach hint 2
    """
    from fashioncoach.app.commands import resolve
    from fashioncoach.render.terminal.guide import render_hint
    from fashioncoach.views.guide import hint_view

    settings = settings_of(ctx)
    roadmap, _ = load_roadmap(settings)
    progress = store_for(roadmap).load()
    if progress is not None:
        (action_id,) = resolve(roadmap, progress, settings.today, [action_id])
    else:
        from fashioncoach.core.lookup import resolve_actions

        (action_id,) = resolve_actions(roadmap, [action_id], [])
    levels = {}
    if progress is not None:
        from fashioncoach.core.log import fold

        levels = fold(progress, roadmap, day=settings.today).levels
    view = hint_view(roadmap, action_id, levels)
    if json_output:
        show_json(view)
    else:
        show(render_hint(view))


@roadmap_app.command("validate")
@friendly_errors
def roadmap_validate(
    path: Annotated[Path, typer.Argument(help="The roadmap file to check.", metavar="PATH")],
    drafts: Annotated[
        bool, typer.Option("--drafts", help="List the actions roadmap import drafted.")
    ] = False,
) -> None:
    """Check a roadmap file: a one-line summary, or every problem found.

    \b
    Example: fashioncoach roadmap validate my-guide.toml --drafts
    """
    from fashioncoach.app.roadmaps import describe
    from fashioncoach.app.session import read_roadmap as load
    from fashioncoach.render.text import plural

    roadmap = load(path.expanduser())
    drafted = [action for _, _, action in roadmap.actions() if action.draft]
    echo(
        f"{path}: valid. '{roadmap.overview.title}': {describe(roadmap)}, "
        f"{plural(len(roadmap.resources), 'resource')}, "
        f"{plural(len(roadmap.milestones), 'milestone')}"
        + (f", {len(drafted)} drafted by roadmap import" if drafted else "")
    )
    if drafts:
        if not drafted:
            echo("No action is marked draft = true.")
        for action in drafted:
            echo(f"  draft: {action.id}: {action.title}")
        if drafted:
            echo("Refine each, then delete its draft = true line.")


@roadmap_app.command("import")
@friendly_errors
def roadmap_import(
    guide: Annotated[
        Path,
        typer.Argument(
            help="A career guide of the family, in plain text or Markdown.", metavar="GUIDE"
        ),
    ],
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="The roadmap file to write; default a name from the guide's roles, here.",
            metavar="FILE",
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace FILE if it exists.")] = False,
    hours: Annotated[
        float | None,
        typer.Option(
            "--hours",
            min=MIN_HOURS_PER_WEEK,
            max=MAX_HOURS_PER_WEEK,
            metavar="HOURS",
            help="The weekly hours the plan is drafted for; default 8.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Turn a guide ("From X to Y: Your N-Month Transition Guide") into a roadmap: every
    course, book, tool... a chain of steps, every goal its own steps, in an order that
    puts each after what it needs, with hours from the kind of work.

    Every sentence of the guide is kept. The actions it drafts are marked draft = true:
    refine them, and list them with: roadmap validate FILE --drafts.

    \b
    Example: fashioncoach roadmap import guide.txt -o my-roadmap.toml
    """
    from fashioncoach.app.roadmaps import describe, import_guide
    from fashioncoach.app.session import read_roadmap as load

    written, notes = import_guide(guide.expanduser(), output=output, force=force, hours=hours)
    roadmap = load(written)
    for note in notes:
        echo(note)
    budget = roadmap.overview.hours_per_week
    echo(
        f"Wrote {written}: '{roadmap.overview.title}', {describe(roadmap)}, drafted for "
        f"{budget:g} h a week; every action is a draft (draft = true) to refine.\n"
        f"Follow it with: fashioncoach roadmap use {written}"
    )


@roadmap_app.command("use")
@friendly_errors
def roadmap_use(
    ctx: typer.Context,
    path: Annotated[
        Path | None,
        typer.Argument(help="The roadmap file to follow from now on.", metavar="PATH"),
    ] = None,
    bundled: Annotated[
        bool, typer.Option("--bundled", help="Follow the bundled roadmap again.")
    ] = False,
) -> None:
    """Follow a roadmap of your own in every command, until you choose another.

    --roadmap and FASHIONCOACH_ROADMAP still win for one command. Your progress is kept
    per roadmap, so switching never mixes it.

    \b
    Example: fashioncoach roadmap use my-roadmap.toml
    """
    from fashioncoach.app.roadmaps import describe, use_roadmap

    if (path is None) == (not bundled):
        from fashioncoach.errors import BadArgument

        raise BadArgument("give a roadmap file to follow, or --bundled (not both)")
    roadmap = use_roadmap(None if bundled else path)
    # What to run next, in the state its progress is in (app/session.week_hint).
    from fashioncoach.app.session import followed_hint

    hint = followed_hint(roadmap, path, settings_of(ctx))
    if roadmap is None:
        echo(f"Following the bundled roadmap again. {hint}")
        return
    echo(f"Following '{roadmap.overview.title}' ({describe(roadmap)}).\n{hint}")


@roadmap_app.command("list")
@friendly_errors
def roadmap_list(ctx: typer.Context) -> None:
    """The bundled roadmap and those you follow, and which one is in use.

    \b
    Example: fashioncoach roadmap list
    """
    from fashioncoach.app.roadmaps import list_roadmaps

    list_roadmaps(settings_of(ctx))
