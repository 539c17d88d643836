"""The weekly coach's commands: start, today, done, undo, skip and report."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from fashioncoach.app import commands, reports
from fashioncoach.app.reports import OutputFormat, chosen_format
from fashioncoach.app.session import parse_date
from fashioncoach.cli.assess import SkillOption, TransferableOption
from fashioncoach.cli.common import (
    DoneIdsArgument,
    FormatOption,
    IdsArgument,
    JsonOption,
    TerminalDialogue,
    YesOption,
    friendly_errors,
    settings_of,
    shown,
)
from fashioncoach.model.limits import MAX_EVENT_HOURS, MAX_HOURS_PER_WEEK, MIN_HOURS_PER_WEEK

app = typer.Typer()


@app.command()
@friendly_errors
def start(
    ctx: typer.Context,
    on: Annotated[
        str | None,
        typer.Option("--on", help="Start date (YYYY-MM-DD); default today.", metavar="DATE"),
    ] = None,
    hours: Annotated[
        float | None,
        typer.Option(
            "--hours",
            min=MIN_HOURS_PER_WEEK,
            max=MAX_HOURS_PER_WEEK,
            metavar="HOURS",
            help="Hours you can give each week; default what the roadmap asks for.",
            show_default=False,
        ),
    ] = None,
    skill: SkillOption = None,
    transferable: TransferableOption = None,
    yes: YesOption = False,
) -> None:
    """Begin the plan, or begin it again.

    At a terminal it asks your weekly hours, your first day and what you know already
    (as assess does); give them as options in a script. Answers that change the plan
    say how: "Your plan: 19 weeks instead of 24; 11 actions marked known (31 h)".

    Starting again keeps the old progress as a backup.

    \b
    Example: fashioncoach start --on 2026-12-01 --hours 10
    """
    from fashioncoach.app.starting import start as begin

    settings = settings_of(ctx)
    outcome = begin(
        settings,
        TerminalDialogue(yes=yes),
        on=parse_date(on, "--on") if on else None,
        hours=hours,
        skills=list(skill or []),
        transferable=list(transferable or []),
        may_ask=not yes,
    )
    shown(outcome)


@app.command()
@friendly_errors
def today(ctx: typer.Context, json_output: JsonOption = False, fmt: FormatOption = None) -> None:
    """This week's checklist: the main job. Starts the plan on the first run.

    \b
    Example: fashioncoach today --format markdown
    """
    chosen = chosen_format(
        fmt, json_output, (OutputFormat.text, OutputFormat.json, OutputFormat.markdown)
    )
    if chosen is OutputFormat.markdown:
        shown(reports.today_markdown(settings_of(ctx)))
    else:
        shown(commands.today(settings_of(ctx), json_output=chosen is OutputFormat.json))


@app.command()
@friendly_errors
def done(
    ctx: typer.Context,
    action_ids: IdsArgument,
    hours: Annotated[
        float | None,
        typer.Option(
            "--hours",
            min=0.0,
            max=MAX_EVENT_HOURS,
            metavar="HOURS",
            help="The time you spent (one action); default the action's estimate.",
        ),
    ] = None,
) -> None:
    """Mark actions done, recording the time spent.

    \b
    Example: fashioncoach done 1 --hours 2.5
    """
    shown(commands.mark(settings_of(ctx), action_ids, commands.MARK_COMMANDS["done"], hours=hours))


@app.command()
@friendly_errors
def undo(ctx: typer.Context, action_ids: DoneIdsArgument) -> None:
    """Reopen actions marked done or skipped by mistake.

    \b
    Example: fashioncoach undo 1
    """
    shown(commands.mark(settings_of(ctx), action_ids, commands.MARK_COMMANDS["undo"]))


@app.command()
@friendly_errors
def skip(ctx: typer.Context, action_ids: IdsArgument) -> None:
    """Skip actions you decide not to do.

    Skipped actions no longer count as open.

    \b
    Example: fashioncoach skip 2
    """
    shown(commands.mark(settings_of(ctx), action_ids, commands.MARK_COMMANDS["skip"]))


@app.command()
@friendly_errors
def report(
    ctx: typer.Context,
    json_output: JsonOption = False,
    fmt: Annotated[
        OutputFormat | None,
        typer.Option(
            "--format",
            help="text, json (same as --json), markdown (to paste) or html (a page to open "
            "or print; see docs/sharing.md).",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help="Write to this file instead of printing.", metavar="FILE"
        ),
    ] = None,
    embed: Annotated[
        bool,
        typer.Option(
            "--embed",
            help="With --format html: put evidence images (png, jpg, gif, webp up to 2 MB) "
            "in the page as thumbnails, so it stays one file.",
        ),
    ] = False,
) -> None:
    """Where you stand: progress, pace and what is left.

    Progress per phase and skill, pace, milestones and activity.

    \b
    Example: fashioncoach report --format html --output progress.html
    """
    chosen = chosen_format(fmt, json_output, tuple(OutputFormat))
    if chosen in (OutputFormat.text, OutputFormat.json) and output is None and not embed:
        shown(commands.report(settings_of(ctx), json_output=chosen is OutputFormat.json))
    else:
        shown(reports.report(settings_of(ctx), chosen, output, embed=embed))


@app.command()
@friendly_errors
def status(
    ctx: typer.Context,
    json_output: JsonOption = False,
    template: Annotated[
        str | None,
        typer.Option(
            "--format",
            help="Your own line, with fields in braces: {plan_week} {plan_weeks} "
            "{phase_number} {phase_week} {phase_weeks} {verdict} {status} {days_ahead} "
            "{done} {total} {hours_open} {next_number} {next_id} {next_title} {next_hours} "
            "{roadmap_id} {phase} {pace[line]}. The old names {hours_left} and {roadmap} "
            "still work.",
            metavar="TEMPLATE",
            show_default=False,
        ),
    ] = None,
) -> None:
    """One line for your shell prompt or tmux: plan week, phase week, verdict, next action.

    Prints nothing (and succeeds) when no plan is started, so a prompt never shows an
    error. See the README for bash, zsh, fish and tmux snippets.

    \b
    Example: fashioncoach status --format "{plan_week}/{plan_weeks} {verdict}"
    """
    if json_output and template is not None:
        from fashioncoach.errors import BadArgument

        raise BadArgument("--json and --format ask for two forms; pick one")
    shown(commands.status(settings_of(ctx), json_output=json_output, template=template))
