"""The roadmap's own views (timeline, skills, reality) and the ``roadmap`` group."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from fashioncoach.app.output import echo, show, show_json
from fashioncoach.app.reports import OutputFormat, chosen_format, show_timeline_markdown
from fashioncoach.app.session import load_roadmap, store_for
from fashioncoach.cli.common import FormatOption, JsonOption, friendly_errors, settings_of

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
    from fashioncoach.render.terminal.guide import render_skills

    roadmap, _ = load_roadmap(settings_of(ctx))
    if json_output:
        resources = {resource.id: resource for resource in roadmap.resources}
        show_json(
            {
                "transferable_skills": roadmap.transferable_skills,
                "skills": [
                    {
                        **_as_dict(skill),
                        "resources": [_as_dict(resources[item]) for item in skill.resources],
                    }
                    for skill in sorted(roadmap.skills, key=lambda item: item.priority)
                ],
            }
        )
    else:
        show(render_skills(roadmap), page=True)


def _as_dict(item: Any) -> dict[str, Any]:
    import dataclasses

    return dataclasses.asdict(item)


@app.command()
@friendly_errors
def reality(ctx: typer.Context, json_output: JsonOption = False) -> None:
    """The reality check and the salary FAQ, on one screen.

    \b
    Example: fashioncoach reality
    """
    from fashioncoach.render.terminal.guide import render_reality

    roadmap, _ = load_roadmap(settings_of(ctx))
    if json_output:
        show_json(
            {
                "reality_check": roadmap.reality_check,
                "salary": roadmap.salary,
                "faq": roadmap.faq,
            }
        )
    else:
        show(render_reality(roadmap), page=True)


@roadmap_app.command("validate")
@friendly_errors
def roadmap_validate(
    path: Annotated[Path, typer.Argument(help="The roadmap TOML file to check.")],
) -> None:
    """Check a roadmap file: a one-line summary, or every problem found.

    \b
    Example: fashioncoach roadmap validate my-guide.toml
    """
    from fashioncoach.render.text import plural
    from fashioncoach.store.roadmap_file import load_roadmap as load

    roadmap = load(path)
    actions = list(roadmap.actions())
    echo(
        f"{path}: valid. '{roadmap.overview.title}': {plural(len(roadmap.phases), 'phase')}, "
        f"{plural(roadmap.overview.duration_weeks, 'week')}, {plural(len(actions), 'action')}, "
        f"{roadmap.hours():g} h, {plural(len(roadmap.resources), 'resource')}, "
        f"{plural(len(roadmap.milestones), 'milestone')}"
    )
