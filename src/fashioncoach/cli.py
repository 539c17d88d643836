"""The command line: parse, call the coach, render. No logic of its own.

Heavy modules (rich, pydantic through the loaders) are imported inside the
commands that need them, so ``--help`` and ``--version`` stay cheap.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated, ParamSpec, TypeVar

import typer

from fashioncoach import __version__, paths, run
from fashioncoach.errors import FashionCoachError
from fashioncoach.fast import read_date
from fashioncoach.formatting import printable
from fashioncoach.limits import EARLIEST_DATE, LATEST_DATE
from fashioncoach.output import echo, error, unexpected
from fashioncoach.run import (
    DEFAULT_WEEKLY_HOURS,
    Settings,
    custom_path,
    load_roadmap,
    store_for,
)

P = ParamSpec("P")
R = TypeVar("R")

app = typer.Typer(
    name="fashioncoach",
    help="A weekly coach for a 24-week move from backend development into AI fashion design.\n\n"
    "Example: fashioncoach today",
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class DEBUG:
    """Set by ``--debug``: unexpected errors then show their traceback."""

    enabled = False


def parse_date(value: str, option: str) -> date:
    parsed = read_date(value)
    if parsed is None:
        raise typer.BadParameter(
            f"'{printable(value)}' is not a date from {EARLIEST_DATE} to {LATEST_DATE} "
            "in YYYY-MM-DD form, e.g. 2026-11-25",
            param_hint=option,
        )
    return parsed


def fail(message: str, exit_code: int = 1) -> typer.Exit:
    error(message)
    return typer.Exit(exit_code)


def friendly_errors(command: Callable[P, R]) -> Callable[P, R]:
    """Our own errors become their message and exit code, never a traceback."""

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except FashionCoachError as error:
            raise fail(str(error), error.exit_code) from None
        except (typer.Exit, typer.Abort, typer.BadParameter):
            raise
        except Exception as error:
            if DEBUG.enabled:
                raise
            raise fail(unexpected(error)) from None

    return wrapper


def settings_of(ctx: typer.Context) -> Settings:
    settings = ctx.find_root().obj
    if not isinstance(settings, Settings):  # a command invoked without the root callback
        now = datetime.now().replace(microsecond=0)
        settings = Settings(roadmap_option=None, today=now.date(), now=now)
    return settings


def confirm(question: str, *, yes: bool) -> None:
    """Ask before a change; without a yes, stop with nothing changed."""
    if yes:
        return
    if not typer.confirm(question, default=False):
        echo("Nothing changed.")
        raise typer.Exit(1)


JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]


class OutputFormat(StrEnum):
    """What ``--format`` can ask for; each command says which it prints."""

    text = "text"
    json = "json"
    markdown = "markdown"
    html = "html"


FormatOption = Annotated[
    OutputFormat | None,
    typer.Option(
        "--format",
        help="text, json (same as --json) or markdown (GitHub-flavoured, to paste).",
        show_default=False,
    ),
]
YesOption = Annotated[bool, typer.Option("--yes", "-y", help="Do not ask; answer yes.")]


def version_callback(value: bool) -> None:
    if value:
        echo(f"fashioncoach {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    ctx: typer.Context,
    roadmap: Annotated[
        Path | None,
        typer.Option(
            "--roadmap",
            help=f"Use this roadmap file instead of the bundled one (or set {paths.ROADMAP_ENV}).",
            metavar="PATH",
        ),
    ] = None,
    today: Annotated[
        str | None,
        typer.Option(
            "--today",
            help="Work as if today were this date (YYYY-MM-DD): plan ahead or look back.",
            metavar="DATE",
        ),
    ] = None,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=version_callback, is_eager=True, help="Show the version."
        ),
    ] = False,
    debug: Annotated[
        bool, typer.Option("--debug", help="Show the traceback of unexpected errors.")
    ] = False,
) -> None:
    """A weekly coach for a 24-week move from backend development into AI fashion design."""
    DEBUG.enabled = debug
    now = datetime.now().replace(microsecond=0)
    if today is not None:
        now = datetime.combine(parse_date(today, "--today"), now.time())
    ctx.obj = Settings(roadmap_option=roadmap, today=now.date(), now=now)


def complete_open_ids(ctx: typer.Context, incomplete: str) -> list[str]:
    """Shell completion: this week's open ids, as ``today`` shows them."""
    try:
        from fashioncoach.coach import open_action_ids_this_week

        root = ctx.find_root().params
        option = root.get("roadmap")
        today = date.fromisoformat(root["today"]) if root.get("today") else date.today()
        settings = Settings(
            roadmap_option=Path(option) if option else None, today=today, now=datetime.now()
        )
        roadmap, _ = load_roadmap(settings)
        progress = store_for(roadmap).load()
        if progress is None:
            return []
        ids = open_action_ids_this_week(roadmap=roadmap, progress=progress, today=today)
    except Exception:  # completion must never print a traceback into the shell
        return []
    return [action_id for action_id in ids if action_id.startswith(incomplete)]


# --- the weekly coach -------------------------------------------------------------------


@app.command()
@friendly_errors
def start(
    ctx: typer.Context,
    on: Annotated[
        str | None,
        typer.Option("--on", help="Start date (YYYY-MM-DD); default today.", metavar="DATE"),
    ] = None,
    hours: Annotated[
        float,
        typer.Option(
            "--hours", min=0.5, max=80.0, metavar="HOURS", help="Hours you can give each week."
        ),
    ] = DEFAULT_WEEKLY_HOURS,
    yes: YesOption = False,
) -> None:
    """Begin the plan, or begin it again.

    Starting again keeps the old progress as a backup.

    Example: fashioncoach start --on 2026-12-01 --hours 10
    """
    from fashioncoach.coach import action_statuses, new_progress
    from fashioncoach.formatting import day, plural

    settings = settings_of(ctx)
    start_date = parse_date(on, "--on") if on else settings.today
    roadmap, path = load_roadmap(settings)
    store = store_for(roadmap)
    with store.locked():
        existing = store.load()
        if existing is not None:
            done = len(action_statuses(existing))
            confirm(
                f"You started on {existing.start_date} and have marked "
                f"{plural(done, 'action')}. Start again? (the old file is kept as a backup)",
                yes=yes,
            )
        progress = new_progress(
            roadmap=roadmap, start=start_date, weekly_hours=hours, roadmap_path=custom_path(path)
        )
        # Starting again empties the log on purpose: the save's shrink guard must let it.
        store.save(progress, force=existing is not None)
    echo(
        f"Your {roadmap.overview.duration_weeks}-week plan starts on {day(start_date)} "
        f"with {hours:g} h a week. See week 1 with: fashioncoach today"
    )
    if existing is not None:
        echo(f"The previous progress is kept in {store.backups}.")


@app.command()
@friendly_errors
def today(ctx: typer.Context, json_output: JsonOption = False, fmt: FormatOption = None) -> None:
    """This week's checklist: the main job. Starts the plan on the first run.

    Example: fashioncoach today --format markdown
    """
    from fashioncoach.cli_share import chosen_format, show_today_markdown

    chosen = chosen_format(
        fmt, json_output, (OutputFormat.text, OutputFormat.json, OutputFormat.markdown)
    )
    if chosen is OutputFormat.markdown:
        show_today_markdown(settings_of(ctx))
    else:
        run.today(settings_of(ctx), json_output=chosen is OutputFormat.json)


IdsArgument = Annotated[
    list[str],
    typer.Argument(
        help="Action ids, as shown by: fashioncoach today",
        autocompletion=complete_open_ids,
        show_default=False,
    ),
]


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
            max=168.0,
            metavar="HOURS",
            help="The time you spent (one action); default the action's estimate.",
        ),
    ] = None,
) -> None:
    """Mark actions done, recording the time spent.

    Example: fashioncoach done enroll-skillshare-fashion-basics --hours 2.5
    """
    run.mark(settings_of(ctx), action_ids, "done", hours=hours)


@app.command()
@friendly_errors
def undo(ctx: typer.Context, action_ids: IdsArgument) -> None:
    """Reopen actions marked done or skipped by mistake.

    Example: fashioncoach undo enroll-skillshare-fashion-basics
    """
    run.mark(settings_of(ctx), action_ids, "undone")


@app.command()
@friendly_errors
def skip(ctx: typer.Context, action_ids: IdsArgument) -> None:
    """Skip actions you decide not to do.

    Skipped actions no longer count as open.

    Example: fashioncoach skip follow-fashion-blogs
    """
    run.mark(settings_of(ctx), action_ids, "skipped")


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
) -> None:
    """Where you stand: progress, pace and what is left.

    Progress per phase and skill, pace, milestones and activity.

    Example: fashioncoach report --format html --output progress.html
    """
    from fashioncoach.cli_share import chosen_format, show_report

    chosen = chosen_format(fmt, json_output, tuple(OutputFormat))
    if chosen in (OutputFormat.text, OutputFormat.json) and output is None:
        run.report(settings_of(ctx), json_output=chosen is OutputFormat.json)
    else:
        show_report(settings_of(ctx), chosen, output)


from fashioncoach import cli_data as _cli_data  # noqa: E402,F401  # registers doctor/restore/reset
from fashioncoach import cli_phase as _cli_phase  # noqa: E402,F401  # registers phase ...
from fashioncoach import cli_plan as _cli_plan  # noqa: E402,F401  # registers replan/pause/review...
from fashioncoach import cli_roadmap as _cli_roadmap  # noqa: E402,F401  # timeline, skills...
from fashioncoach import cli_share as _cli_share  # noqa: E402,F401  # registers export/import
