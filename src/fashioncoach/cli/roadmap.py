"""The roadmap's own views (timeline, skills, reality) and the ``roadmap`` group."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from fashioncoach.app.reports import OutputFormat, chosen_format, timeline_markdown
from fashioncoach.cli.common import (
    FormatOption,
    IdArgument,
    JsonOption,
    friendly_errors,
    settings_of,
    shown,
)
from fashioncoach.errors import BadArgument
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
    from fashioncoach.app import guide

    chosen = chosen_format(
        fmt, json_output, (OutputFormat.text, OutputFormat.json, OutputFormat.markdown)
    )
    if chosen is OutputFormat.markdown:
        shown(timeline_markdown(settings_of(ctx)))
        return
    shown(guide.timeline(settings_of(ctx), json_output=chosen is OutputFormat.json))


@app.command()
@friendly_errors
def skills(ctx: typer.Context, json_output: JsonOption = False) -> None:
    """The skills you have, and the skills to learn.

    The skills to learn come in priority order with their resources.

    \b
    Example: fashioncoach skills
    """
    from fashioncoach.app import guide

    shown(guide.skills(settings_of(ctx), json_output=json_output))


@app.command()
@friendly_errors
def reality(ctx: typer.Context, json_output: JsonOption = False) -> None:
    """The reality check and the salary FAQ, on one screen.

    \b
    Example: fashioncoach reality
    """
    from fashioncoach.app import guide

    shown(guide.reality(settings_of(ctx), json_output=json_output))


@app.command()
@friendly_errors
def about(ctx: typer.Context, json_output: JsonOption = False) -> None:
    """The guide: its title, overview, what the plan covers, and its closing word.

    \b
    Example: fashioncoach about
    """
    from fashioncoach.app import guide

    shown(guide.about(settings_of(ctx), json_output=json_output))


@app.command()
@friendly_errors
def hint(ctx: typer.Context, action_id: IdArgument, json_output: JsonOption = False) -> None:
    """Stuck? How to start an action, what to do when a tool or course is closed to you,
    and what done looks like.

    \b
    Example: fashioncoach hint 2
    """
    from fashioncoach.app import guide

    shown(guide.hint(settings_of(ctx), action=action_id, json_output=json_output))


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
    from fashioncoach.app.roadmaps import validate

    shown(validate(path, drafts=drafts))


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
    from fashioncoach.app.roadmaps import import_roadmap

    shown(import_roadmap(guide, output=output, force=force, hours=hours))


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
    from fashioncoach.app.roadmaps import follow

    if (path is None) == (not bundled):
        raise BadArgument("give a roadmap file to follow, or --bundled (not both)")
    shown(follow(settings_of(ctx), path=None if bundled else path))


@roadmap_app.command("list")
@friendly_errors
def roadmap_list(ctx: typer.Context) -> None:
    """The bundled roadmap and those you follow, and which one is in use.

    \b
    Example: fashioncoach roadmap list
    """
    from fashioncoach.app.roadmaps import list_roadmaps

    shown(list_roadmaps(settings_of(ctx)))
