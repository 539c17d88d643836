"""Commands that share progress: ``export``, ``import``, and the Markdown/HTML outputs.

Registered on the main app by an import at the bottom of ``cli.py``. ``export`` is
a group: ``export json`` lives here; other formats add themselves to
``export_app`` (see docs/sharing.md). The report/today/timeline commands stay in
``cli.py`` and call the ``show_*`` functions below for their other formats.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from fashioncoach import __version__
from fashioncoach.cli import OutputFormat as Format
from fashioncoach.cli import app, friendly_errors, settings_of
from fashioncoach.errors import BadArgument
from fashioncoach.output import echo, show, show_json
from fashioncoach.run import Settings, load_roadmap, require_progress, store_for

if TYPE_CHECKING:
    from rich.console import RenderableType

    from fashioncoach.domain import Roadmap
    from fashioncoach.progress import Progress


def chosen_format(fmt: Format | None, json_output: bool, allowed: tuple[Format, ...]) -> Format:
    """``--format`` and the older ``--json`` together: one format, or a usage error."""
    if json_output and fmt not in (None, Format.json):
        raise BadArgument(f"--json and --format {fmt.value} ask for two formats; pick one")
    if json_output:
        return Format.json
    if fmt is None:
        return Format.text
    if fmt not in allowed:
        names = ", ".join(item.value for item in allowed)
        raise BadArgument(f"--format {fmt.value}: this command prints {names}")
    return fmt


def deliver(
    text: str, output: Path | None, what: str, settings: Settings, *, private: bool = False
) -> None:
    """Print ``text``, or write it to ``output`` all at once (never half a file)."""
    if output is None:
        echo(text.rstrip("\n"))
        return
    from fashioncoach import outfile, paths

    roadmap_path = paths.selected_roadmap(settings.roadmap_option)
    outfile.write(
        output,
        text.encode("utf-8"),
        private=private,
        protected=outfile.own_data(roadmap_path),
    )
    echo(f"Wrote {what} to {output}")


# --- report, today and timeline in other formats ---------------------------------------


def show_report(settings: Settings, fmt: Format, output: Path | None) -> None:
    from fashioncoach.coach import build_report

    roadmap, _ = load_roadmap(settings)
    progress = require_progress(roadmap)
    view = build_report(roadmap=roadmap, progress=progress, today=settings.today)
    if fmt is Format.html:
        deliver(report_html(roadmap, progress, settings), output, "the HTML report", settings)
    elif fmt is Format.markdown:
        from fashioncoach.markdown import render_report

        deliver(render_report(view), output, "the Markdown report", settings)
    elif output is not None:
        from fashioncoach.formatting import to_json
        from fashioncoach.views import render_report as render_text

        if fmt is Format.json:
            deliver(to_json(view) + "\n", output, "the JSON report", settings)
        else:
            deliver(plain_text(render_text(view)), output, "the report", settings)
    elif fmt is Format.json:
        show_json(view)
    else:
        from fashioncoach.views import render_report as render_text

        show(render_text(view))


def plain_text(renderable: RenderableType) -> str:
    """A Rich rendering as plain text for a file: no colour, no trailing blanks."""
    from rich.console import Console

    from fashioncoach.output import Printable

    console = Console(width=80, no_color=True, color_system=None, highlight=False)
    with console.capture() as capture:
        console.print(Printable(renderable))
    return "\n".join(line.rstrip() for line in capture.get().splitlines()) + "\n"


def report_html(roadmap: Roadmap, progress: Progress, settings: Settings) -> str:
    """The self-contained progress page of ``progress`` on ``settings.today``."""
    from fashioncoach import html_report
    from fashioncoach.coach import build_report, build_timeline

    report = build_report(roadmap=roadmap, progress=progress, today=settings.today)
    timeline = build_timeline(roadmap=roadmap, progress=progress, today=settings.today)
    return html_report.render(
        report,
        timeline,
        notes=html_report.notes_of(progress, roadmap),
        records=html_report.other_records(progress),
        generated=f"Made by fashioncoach {__version__} on {settings.today.isoformat()}.",
    )


def show_today_markdown(settings: Settings) -> None:
    from fashioncoach.coach import build_today
    from fashioncoach.formatting import day
    from fashioncoach.markdown import render_today
    from fashioncoach.run import progress_or_start

    roadmap, path = load_roadmap(settings)
    progress, started_now = progress_or_start(settings, roadmap, path)
    if started_now:
        echo(
            f"Started your {roadmap.overview.duration_weeks}-week plan today "
            f"({day(progress.start_date)}, {progress.weekly_hours:g} h a week).",
            err=True,
        )
    view = build_today(roadmap=roadmap, progress=progress, today=settings.today)
    echo(render_today(view, roadmap).rstrip("\n"))


def show_timeline_markdown(settings: Settings) -> None:
    from fashioncoach.coach import build_timeline
    from fashioncoach.markdown import render_timeline

    roadmap, _ = load_roadmap(settings)
    progress = store_for(roadmap).load()
    view = build_timeline(roadmap=roadmap, progress=progress, today=settings.today)
    echo(render_timeline(view).rstrip("\n"))


# --- export -----------------------------------------------------------------------------

export_app = typer.Typer(
    help="Write your progress or plan to a file.\n\n"
    "Example: fashioncoach export json --output progress.json",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(export_app, name="export")

OutputOption = Annotated[
    Path | None,
    typer.Option("--output", "-o", help="Write to this file instead of printing.", metavar="FILE"),
]


@export_app.command("json")
@friendly_errors
def export_json(ctx: typer.Context, output: OutputOption = None) -> None:
    """Your whole progress as versioned JSON.

    Import it elsewhere with fashioncoach import; see docs/sharing.md.

    Example: fashioncoach export json --output progress.json
    """
    from fashioncoach import exchange

    settings = settings_of(ctx)
    roadmap, _ = load_roadmap(settings)
    progress = require_progress(roadmap)
    text = exchange.export_json(progress, exported_at=settings.now, version=__version__)
    deliver(text, output, "your progress", settings, private=True)


# --- import -----------------------------------------------------------------------------


@app.command("import")
@friendly_errors
def import_progress(
    ctx: typer.Context,
    file: Annotated[
        Path,
        typer.Argument(
            help="An export (fashioncoach export json) or a progress file, such as the "
            "conflicted copy a sync tool left.",
            metavar="FILE",
            show_default=False,
        ),
    ],
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Say what would change, and change nothing.")
    ] = False,
) -> None:
    """Merge another machine's progress into yours.

    A backup is kept first.

    Events are a set (the same action, kind and time is the same event); phases and
    pauses are merged by date; nothing of yours is removed, and values that differ
    are reported and keep yours. Importing the same file twice changes nothing.

    Example: fashioncoach import progress.json
    """
    from fashioncoach import exchange

    settings = settings_of(ctx)
    roadmap, _ = load_roadmap(settings)
    incoming = exchange.read_incoming(file)
    store = store_for(roadmap)
    leftover = file.resolve() in {copy.resolve() for copy in exchange.conflicted_copies(store.path)}
    with store.locked():
        ours = store.load()
        if ours is None:
            if incoming.roadmap_id != roadmap.id:
                raise exchange.ExchangeError(
                    f"the import is progress on roadmap '{incoming.roadmap_id}', not "
                    f"'{roadmap.id}'; import it with --roadmap pointing at that roadmap"
                )
            if dry_run:
                echo(f"Would import {file}: you have no progress here yet, so all of it.")
                return
            store.save(incoming)
            echo(
                f"Imported {file}: started {incoming.start_date}, "
                f"{len(incoming.events)} events. See it with: fashioncoach today"
            )
            return
        result = exchange.merge(ours, incoming, phase_order=[phase.id for phase in roadmap.phases])
        for conflict in result.conflicts:
            echo(f"Conflict: {conflict}")
        if not result.changed:
            echo(f"Nothing new in {file}: your progress already has all of it.")
            if leftover and not dry_run:
                echo(f"The conflicted copy can go: rm '{file}'")
            return
        added = exchange.summary(result) or "changes"
        if dry_run:
            echo(f"Would add from {file}: {added}. Nothing changed (--dry-run).")
            return
        backup = store.save(result.progress)
    echo(f"Imported from {file}: {added}.")
    if backup is not None:
        echo(
            f"Your previous progress is kept as {backup.name}; undo with: fashioncoach restore "
            f"{backup.name}"
        )
    if leftover:
        echo(f"The conflicted copy is merged and can go: rm '{file}'")


# --- the generated CLI reference -------------------------------------------------------


def cli_reference() -> str:
    """docs/cli.md: Typer's Markdown docs of the whole app (``utils docs``), with a note.

    ``typer fashioncoach.cli utils docs`` loads a second copy of ``cli.py`` and misses
    the commands registered from other modules (doctor, import...), so the same
    generator is called here on the app itself.
    """
    from typer.cli import get_docs_for_click
    from typer.main import get_command

    command = get_command(app)
    ctx = typer.Context(command, info_name="fashioncoach")
    body = get_docs_for_click(obj=command, ctx=ctx, name="fashioncoach")
    return (
        "<!-- Generated from the code by: python docs/make_cli_md.py. Do not edit by hand:\n"
        "     tests/test_share_docs.py fails when this file and the CLI disagree. -->\n\n"
        + body.strip()
        + "\n"
    )
