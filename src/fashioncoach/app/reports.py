"""The other forms of a view: Markdown, HTML, JSON or plain text, printed or written to
a file with ``--output``, and which of them a command offers."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from fashioncoach import __version__
from fashioncoach.app.outcome import Outcome
from fashioncoach.app.session import Settings, load_roadmap, require_progress, store_for
from fashioncoach.errors import BadArgument

if TYPE_CHECKING:
    from pathlib import Path

    from rich.console import RenderableType

    from fashioncoach.model.progress import Progress
    from fashioncoach.model.roadmap import Roadmap
    from fashioncoach.views.report import ReportView


class OutputFormat(StrEnum):
    """What ``--format`` can ask for; each command says which it prints."""

    text = "text"
    json = "json"
    markdown = "markdown"
    html = "html"


class ViewFormat(StrEnum):
    """What ``--format`` can ask of a view that has no page of its own (today, timeline)."""

    text = "text"
    json = "json"
    markdown = "markdown"


Format = OutputFormat


def chosen_format(
    fmt: Format | ViewFormat | None, json_output: bool, allowed: tuple[Format, ...]
) -> Format:
    """``--format`` and the older ``--json`` together: one format, or a usage error."""
    fmt = Format(fmt.value) if fmt is not None else None
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
) -> Outcome:
    """``text`` to print, or written to ``output`` all at once (never half a file)."""
    if output is None:
        return Outcome(text=text)
    from fashioncoach import paths
    from fashioncoach.app import outfile

    roadmap_path = paths.selected_roadmap(settings.roadmap_option)
    outfile.write(
        output,
        text.encode("utf-8"),
        private=private,
        protected=outfile.own_data(roadmap_path),
    )
    return Outcome(said=[f"Wrote {what} to {output}"])


def progress_export(settings: Settings, output: Path | None) -> Outcome:
    """``export json``: the whole progress as versioned JSON, private to its owner."""
    from fashioncoach.store.exchange import export_json

    roadmap, path = load_roadmap(settings)
    progress = require_progress(roadmap, path)
    text = export_json(progress, exported_at=settings.now, version=__version__)
    return deliver(text, output, "your progress", settings, private=True)


def report(settings: Settings, fmt: Format, output: Path | None, *, embed: bool = False) -> Outcome:
    """``report`` in any of its forms, printed or written to ``output``."""
    from fashioncoach.views.report import build_report

    if embed and fmt is not Format.html:
        raise BadArgument("--embed puts images in the HTML page; use it with --format html")

    roadmap, path = load_roadmap(settings)
    progress = require_progress(roadmap, path, settings)
    view = build_report(roadmap=roadmap, progress=progress, today=settings.today)
    if fmt is Format.html:
        page = report_html(roadmap, progress, view, settings, embed=embed)
        return deliver(page, output, "the HTML report", settings)
    if fmt is Format.markdown:
        from fashioncoach.render.markdown_report import render_report
        from fashioncoach.views.timeline import build_timeline

        timeline = build_timeline(roadmap=roadmap, progress=progress, today=settings.today)
        return deliver(render_report(view, timeline), output, "the Markdown report", settings)
    if output is not None:
        from fashioncoach.render.json import to_json
        from fashioncoach.render.terminal.report import render_report as render_text

        if fmt is Format.json:
            return deliver(to_json(view) + "\n", output, "the JSON report", settings)
        return deliver(plain_text(render_text(view)), output, "the report", settings)
    return Outcome(view=view, json=fmt is Format.json, page=True)


def plain_text(renderable: RenderableType) -> str:
    """A Rich rendering as plain text for a file: no colour, no trailing blanks."""
    from rich.console import Console

    from fashioncoach.app.output import Printable

    console = Console(width=80, no_color=True, color_system=None, highlight=False)
    with console.capture() as capture:
        console.print(Printable(renderable))
    return "\n".join(line.rstrip() for line in capture.get().splitlines()) + "\n"


def report_html(
    roadmap: Roadmap,
    progress: Progress,
    report: ReportView,
    settings: Settings,
    *,
    embed: bool = False,
) -> str:
    """The self-contained progress page of ``report``, with the timeline beside it; with
    ``embed``, evidence images as thumbnails inside it (see ``app/embed.py``)."""
    from fashioncoach.render import html as html_report
    from fashioncoach.views.timeline import build_timeline

    timeline = build_timeline(roadmap=roadmap, progress=progress, today=settings.today)
    thumbnails: dict[str, str] = {}
    if embed:
        from fashioncoach.app.embed import thumbnails as read_thumbnails

        thumbnails = read_thumbnails(report.evidence)
    return html_report.render(
        report,
        timeline,
        thumbnails=thumbnails,
        generated_by=f"fashioncoach {__version__}",
        generated_on=settings.today,
    )


def today_markdown(settings: Settings) -> Outcome:
    """``today --format markdown``: this week's list to paste (a first run starts the
    plan and says so on stderr)."""
    from fashioncoach.app.session import progress_or_start
    from fashioncoach.render import phrases
    from fashioncoach.render.markdown import render_today
    from fashioncoach.views.situation import Situation
    from fashioncoach.views.today import today_view

    roadmap, path = load_roadmap(settings)
    progress, started_now = progress_or_start(settings, roadmap, path)
    now = Situation(roadmap=roadmap, progress=progress, today=settings.today)
    preface = [phrases.plan_started(now.plan, hint=False)] if started_now else []
    return Outcome(preface=preface, text=render_today(today_view(now), roadmap))


def timeline_markdown(settings: Settings) -> Outcome:
    """``timeline --format markdown``."""
    from fashioncoach.render.markdown import render_timeline
    from fashioncoach.views.timeline import build_timeline

    roadmap, _ = load_roadmap(settings)
    progress = store_for(roadmap).load()
    view = build_timeline(roadmap=roadmap, progress=progress, today=settings.today)
    return Outcome(text=render_timeline(view))
