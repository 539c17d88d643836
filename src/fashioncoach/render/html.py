"""TODO docstring."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from fashioncoach.render import phrases
from fashioncoach.render.text import day, hours, percent, plural, printable

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from fashioncoach.model.progress import Progress
    from fashioncoach.model.roadmap import Roadmap
    from fashioncoach.views.lines import MilestoneLine
    from fashioncoach.views.report import ReportView, Tally
    from fashioncoach.views.timeline import TimelineView


@dataclass(frozen=True)
class Note:
    """A line of the log that carries words: a note, evidence, hours spent."""

    at: datetime
    kind: str
    action: str
    title: str
    text: str
    hours: float | None


@dataclass(frozen=True)
class RecordList:
    """Another list the progress keeps (pauses, reviews...): shown as a plain table."""

    name: str
    columns: list[str]
    rows: list[list[str]]


def escape(text: str) -> str:
    """Text for the page: HTML's special characters and quotes escaped, control
    characters shown (see ``formatting.printable``)."""
    import html

    return html.escape(printable(text))


def _plain(value: object) -> str:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, list | tuple):
        return ", ".join(_plain(item) for item in value)
    return str(value)


def notes_of(progress: Progress, roadmap: Roadmap | None = None) -> list[Note]:
    """The learner's notes, in the order of the log (see ``core/log.py``)."""
    from fashioncoach.core.log import fold

    titles = {action.id: action.title for _, _, action in roadmap.actions()} if roadmap else {}
    return [
        Note(
            at=line.at,
            kind="note",
            action=line.action,
            title=titles.get(line.action, ""),
            text=line.text,
            hours=line.hours,
        )
        for line in fold(progress, roadmap).note_lines
    ]


def other_records(progress: Progress) -> list[RecordList]:
    """Lists of records beyond phases and events, whatever the schema adds."""
    lists = []
    for item in dataclasses.fields(progress):
        if item.name in ("phases", "events"):
            continue
        value = getattr(progress, item.name)
        if not isinstance(value, tuple) or not value:
            continue
        records = [record for record in value if dataclasses.is_dataclass(record)]
        if not records:
            continue
        columns = [column.name for column in dataclasses.fields(records[0])]
        rows = [[_plain(getattr(record, column, "")) for column in columns] for record in records]
        lists.append(RecordList(name=item.name, columns=columns, rows=rows))
    return lists


CSS = """
:root {
  color-scheme: light dark;
  --bg: #fbfaf8; --fg: #1f2328; --muted: #5f6670; --card: #ffffff; --line: #d9dce1;
  --accent: #b03a74; --accent-soft: #f2d5e3; --ok: #1a7f37; --warn: #b35900; --bad: #c62828;
  --track: #eceef1;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #14161a; --fg: #e8e9eb; --muted: #a2a8b1; --card: #1d2026; --line: #343a43;
    --accent: #f07ab3; --accent-soft: #5a2a43; --ok: #4ac26b; --warn: #f0a04b; --bad: #ff6b6b;
    --track: #2a2f37;
  }
}
* { box-sizing: border-box; }
body {
  margin: 0 auto; max-width: 980px; padding: 2rem 1.25rem 3rem;
  background: var(--bg); color: var(--fg);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", sans-serif;
}
h1 { font-size: 1.6rem; margin: 0 0 .2rem; }
h2 { font-size: 1.15rem; margin: 0 0 .75rem; }
.subtitle { color: var(--muted); margin: 0 0 1.5rem; }
section {
  background: var(--card); border: 1px solid var(--line); border-radius: 10px;
  padding: 1rem 1.25rem; margin: 0 0 1rem; break-inside: avoid;
}
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(135px, 1fr)); gap: .75rem; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: .6rem .8rem; }
.card .label { color: var(--muted); font-size: .8rem; text-transform: uppercase;
  letter-spacing: .04em; }
.card .value { font-size: 1.2rem; font-weight: 650; }
.card .detail { color: var(--muted); font-size: .85rem; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid var(--line);
  vertical-align: top; }
th { color: var(--muted); font-weight: 600; font-size: .85rem; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tr.current td { font-weight: 650; }
.here { color: var(--accent); font-weight: 650; white-space: nowrap; }
svg { display: block; max-width: 100%; height: auto; }
svg text { fill: var(--fg); font: 12px system-ui, sans-serif; }
svg .muted { fill: var(--muted); }
.track { fill: var(--track); }
.planned { fill: var(--accent-soft); }
.done-fill { fill: var(--accent); }
.here-line { stroke: var(--accent); stroke-width: 2; }
.milestone { fill: var(--warn); }
.milestone.done { fill: var(--ok); }
.milestone.overdue { fill: var(--bad); }
.status-ahead, .status-on-track, .status-complete { color: var(--ok); }
.status-behind { color: var(--bad); }
ul.milestones { list-style: none; padding: 0; margin: 0; }
ul.milestones li { padding: .3rem 0; border-bottom: 1px solid var(--line); }
.tag { display: inline-block; font-size: .75rem; border-radius: 999px; padding: 0 .5rem;
  margin-left: .4rem; border: 1px solid currentColor; }
.tag.done { color: var(--ok); }
.tag.overdue { color: var(--bad); }
.tag.open { color: var(--warn); }
.muted { color: var(--muted); }
code { font: .85em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
footer { color: var(--muted); font-size: .8rem; margin-top: 1.5rem; }
@media print {
  :root { color-scheme: light; --bg: #fff; --fg: #000; --muted: #444; --card: #fff;
    --line: #bbb; --accent: #8a1f55; --accent-soft: #e9c3d6; --track: #e6e6e6; }
  body { max-width: none; padding: 0; font-size: 11pt; }
  section { border: none; border-top: 1px solid #bbb; border-radius: 0; padding: .6rem 0; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""


def _slug(text: str) -> str:
    return "".join(char if char.isalnum() else "-" for char in text.lower()).strip("-")


def _bar_svg(done: float, total: float, *, label: str, width: int = 160) -> str:
    fraction = 0.0 if total <= 0 else min(done, total) / total
    filled = round(width * fraction, 1)
    return (
        f'<svg width="{width}" height="12" viewBox="0 0 {width} 12" role="img" '
        f'aria-label="{escape(label)}"><rect class="track" width="{width}" height="12" rx="6"/>'
        f'<rect class="done-fill" width="{filled}" height="12" rx="6"/></svg>'
    )


def _card(figure: str, label: str, value: str, detail: str = "") -> str:
    extra = f'<div class="detail">{detail}</div>' if detail else ""
    return (
        f'<div class="card"><div class="label">{escape(label)}</div>'
        f'<div class="value" id="{figure}">{escape(value)}</div>{extra}</div>'
    )


def _timeline_svg(timeline: TimelineView, report: ReportView) -> str:
    """A Gantt of the phases: planned span, hours done, milestones and "you are here"."""
    weeks = max(1, timeline.weeks)
    label_width, chart_width, row, top = 230, 700, 30, 28
    width = label_width + chart_width + 20
    done_by_phase = {tally.id: tally for tally in report.phases}
    height = top + row * len(timeline.phases) + 70

    def x(week: float) -> float:
        return round(label_width + chart_width * (week - 1) / weeks, 1)

    parts = [
        f'<svg id="timeline-chart" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" role="img" aria-labelledby="timeline-title">',
        f'<title id="timeline-title">Timeline of {escape(timeline.roadmap)}: '
        f"{plural(timeline.weeks, 'week')}</title>",
    ]
    step = 1 if weeks <= 12 else 2 if weeks <= 26 else 4 if weeks <= 60 else 8
    for week in range(1, weeks + 1, step):
        parts.append(
            f'<text class="muted" x="{x(week) + 2}" y="16">w{week}</text>'
            f'<line x1="{x(week)}" y1="20" x2="{x(week)}" y2="{height - 50}" '
            'stroke="currentColor" stroke-opacity=".12"/>'
        )
    for index, phase in enumerate(timeline.phases):
        y = top + index * row
        tally = done_by_phase.get(phase.id)
        fraction = 0.0
        if tally is not None and tally.hours_total > 0:
            fraction = min(tally.hours_done, tally.hours_total) / tally.hours_total
        start, end = x(phase.first_week), x(phase.last_week + 1)
        title = escape(phase.title)
        weight = ' font-weight="700"' if phase.state == "current" else ""
        parts.append(
            f'<text x="4" y="{y + 16}"{weight}>{title}</text>'
            f'<rect class="planned" x="{start}" y="{y + 4}" width="{round(end - start, 1)}" '
            f'height="18" rx="4"><title>{title}: weeks {phase.first_week}-{phase.last_week}, '
            f"{percent(fraction, 1)} of its hours done</title></rect>"
            f'<rect class="done-fill" x="{start}" y="{y + 4}" '
            f'width="{round((end - start) * fraction, 1)}" height="18" rx="4"/>'
        )
    base = top + row * len(timeline.phases) + 14
    parts.append(f'<text x="4" y="{base + 4}">Milestones</text>')
    for line in timeline.milestones:
        cx = x(line.due_week + 1) - 3
        state = "done" if line.done else "overdue" if line.overdue else ""
        parts.append(
            f'<path class="milestone {state}" d="M{cx} {base - 7} l7 7 l-7 7 l-7 -7 z">'
            f"<title>{escape(line.title)} (week {line.due_week})</title></path>"
        )
    if timeline.you_are_here is not None:
        here = x(timeline.you_are_here + 0.5)
        parts.append(
            f'<line class="here-line" x1="{here}" y1="22" x2="{here}" y2="{base + 12}"/>'
            f'<text x="{here}" y="{base + 32}" text-anchor="middle" font-weight="700">'
            f"you are here · week {timeline.you_are_here}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


def _tally_table(kind: str, tallies: Sequence[Tally], current: str | None) -> str:
    rows = []
    for tally in tallies:
        key = f"{kind}-{_slug(tally.id)}"
        name = escape(tally.title)
        here = ' <span class="here">← you are here</span>' if tally.id == current else ""
        rows.append(
            f'<tr id="{key}"{" class=current" if tally.id == current else ""}>'
            f"<td>{name}{here}</td>"
            f'<td class="num"><span id="{key}-done">{tally.done}</span>/'
            f'<span id="{key}-total">{tally.total}</span></td>'
            f'<td class="num"><span id="{key}-hours-done">{tally.hours_done:g}</span>/'
            f"{hours(tally.hours_total)}</td>"
            f"<td>{_bar_svg(tally.hours_done, tally.hours_total, label=tally.title)}</td>"
            f'<td class="num" id="{key}-percent">'
            f"{percent(tally.hours_done, tally.hours_total)}</td></tr>"
        )
    heading = "Phase" if kind == "phase" else "Skill"
    return (
        f"<table><thead><tr><th>{heading}</th><th>Actions</th><th>Hours</th>"
        f"<th>Progress</th><th></th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def _milestone_item(line: MilestoneLine, today: date) -> str:
    if line.done:
        tag, text = "done", "done"
    elif line.overdue and line.due_date is not None:
        tag, text = "overdue", f"overdue by {plural((today - line.due_date).days, 'day')}"
    else:
        tag, text = "open", "open"
    due = (
        f"due {day(line.due_date)}" if line.due_date is not None else f"due in week {line.due_week}"
    )
    open_ids = (
        '<div class="muted">open: '
        + ", ".join(f"<code>{escape(item)}</code>" for item in line.open_actions)
        + "</div>"
        if line.open_actions and not line.done
        else ""
    )
    return (
        f'<li id="milestone-{_slug(line.id)}" data-state="{tag}">{escape(line.title)} '
        f'<span class="tag {tag}">{escape(text)}</span>'
        f'<div class="muted">week {line.due_week} · {due}</div>{open_ids}</li>'
    )


def _activity_svg(report: ReportView) -> str:
    items = report.activity
    most = max((item.done for item in items), default=0) or 1
    width, height, gap = 60 * len(items), 120, 12
    parts = [
        f'<svg id="activity-chart" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" role="img" aria-label="Actions done per week">'
    ]
    for index, item in enumerate(items):
        bar_height = round(70 * item.done / most, 1)
        left = index * 60 + gap / 2
        parts.append(
            f'<rect class="done-fill" x="{left}" y="{90 - bar_height}" width="{60 - gap}" '
            f'height="{bar_height}" rx="3"><title>week {item.week}: {item.done}</title></rect>'
            f'<text x="{left + (60 - gap) / 2}" y="{86 - bar_height}" '
            f'text-anchor="middle">{item.done}</text>'
            f'<text class="muted" x="{left + (60 - gap) / 2}" y="106" '
            f'text-anchor="middle">w{item.week}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _table(columns: Iterable[str], rows: Iterable[Iterable[str]]) -> str:
    head = "".join(f"<th>{escape(column.replace('_', ' '))}</th>" for column in columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>" for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def render(
    report: ReportView,
    timeline: TimelineView,
    *,
    notes: Sequence[Note] = (),
    records: Sequence[RecordList] = (),
    generated: str = "",
) -> str:
    """The whole page, as one string."""
    status_class = "status-" + _slug(report.status)
    pace = report.pace
    projected = phrases.projected(report.clock)
    cards = "".join(
        [
            _card(
                "overall-percent",
                "Overall",
                percent(report.hours_done, report.hours_total),
                "of the planned hours",
            ),
            _card(
                "actions-done",
                "Actions done",
                f"{report.actions_done}",
                f'of <span id="actions-total">{report.actions_total}</span>'
                + (
                    f' · <span id="actions-skipped">{report.actions_skipped}</span> skipped'
                    if report.actions_skipped
                    else ""
                ),
            ),
            _card(
                "hours-done",
                "Hours done",
                f"{report.hours_done:g}",
                f'of <span id="hours-total">{report.hours_total:g}</span> h',
            ),
            f'<div class="card"><div class="label">Status</div><div class="value {status_class}" '
            f'id="status">{escape(pace)}</div><div class="detail">plan week '
            f'<span id="week">{report.clock.plan_week}</span> of '
            f'<span id="weeks">{report.clock.plan_weeks}</span></div></div>',
            _card(
                "projected-finish",
                "Projected finish",
                projected,
                f'planned <span id="planned-finish">{day(report.planned_finish)}</span>',
            ),
            _card(
                "streak",
                "Streak",
                plural(report.streak_weeks, "week"),
                "in a row with progress",
            ),
        ]
    )
    here = (
        f'<p>You are in phase {report.phase.number}, <strong id="current-phase">'
        f"{escape(report.phase.title)}</strong>, "
        + f"week {report.clock.phase_week} of {report.clock.phase_weeks}"
        + f'; on the plan that is <span id="you-are-here">week {report.clock.plan_week}</span>'
        + f" of {report.clock.plan_weeks}."
        + "</p>"
    )
    done = sum(1 for line in report.milestones if line.done)
    overdue = sum(1 for line in report.milestones if line.overdue)
    sections = [
        f'<section id="summary"><h2>Where you stand</h2><div class="cards">{cards}</div></section>',
        f'<section id="timeline"><h2>Timeline</h2>{here}{_timeline_svg(timeline, report)}'
        "</section>",
        '<section id="phases"><h2>Phases</h2>'
        f"{_tally_table('phase', report.phases, report.phase.id)}</section>",
        f'<section id="skills"><h2>Skills</h2>{_tally_table("skill", report.skills, None)}'
        "</section>",
        f'<section id="milestones"><h2>Milestones: <span id="milestones-done">{done}</span> '
        f"of {len(report.milestones)} done"
        + (f', <span id="milestones-overdue">{overdue}</span> overdue' if overdue else "")
        + '</h2><ul class="milestones">'
        + "".join(_milestone_item(line, report.date) for line in report.milestones)
        + "</ul></section>",
    ]
    if report.activity:
        sections.append(
            '<section id="activity"><h2>Activity: actions done per week</h2>'
            f"{_activity_svg(report)}</section>"
        )
    if notes:
        rows = [
            [
                note.at.strftime("%Y-%m-%d"),
                note.kind,
                note.action + (f" ({note.title})" if note.title else ""),
                note.text,
                f"{note.hours:g} h" if note.hours is not None else "",
            ]
            for note in notes
        ]
        sections.append(
            '<section id="notes"><h2>Notes and evidence</h2>'
            f"{_table(['date', 'kind', 'action', 'note', 'hours'], rows)}</section>"
        )
    for record_list in records:
        title = record_list.name.replace("_", " ").capitalize()
        sections.append(
            f'<section id="{_slug(record_list.name)}"><h2>{escape(title)}</h2>'
            f"{_table(record_list.columns, record_list.rows)}</section>"
        )
    if report.unknown_actions:
        sections.append(
            '<section id="unknown"><h2>Kept from your log</h2><p>'
            + phrases.kept_unknown(
                report.unknown_actions, lambda item: f"<code>{escape(item)}</code>"
            )
            + "</p></section>"
        )
    footer = f"<footer>{escape(generated)}</footer>" if generated else ""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="color-scheme" content="light dark">'
        f"<title>Progress: {escape(report.roadmap)} ({report.date.isoformat()})</title>"
        f"<style>{CSS}</style></head><body>"
        f"<h1>{escape(report.roadmap)}</h1>"
        f'<p class="subtitle">Progress report for <span id="report-date">{day(report.date)}'
        f"</span> · started {day(report.started_on)}</p>"
        + "".join(sections)
        + footer
        + "</body></html>\n"
    )
