"""The progress page's charts: no JavaScript, no image files, readable from 320 px up.

The timeline is HTML boxes placed in percent of the plan's weeks, so its words stay
at reading size on a phone. The burndown and the activity are inline SVG stretched
to their box (``preserveAspectRatio="none"`` with strokes that do not scale) and
labelled in HTML beside them; a skill's confidence is a small SVG of fixed size.
Positions come from the views' weeks and dates; no date is worked out here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fashioncoach.render.html_markup import escape, figure, number, slug, when
from fashioncoach.render.text import day, plural

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from datetime import date

    from fashioncoach.views.lines import MilestoneLine
    from fashioncoach.views.report import ReportView, SkillConfidence
    from fashioncoach.views.timeline import TimelineView

# The SVG boxes' own units; the page stretches them to its width.
PLOT_WIDTH = 1000
PLOT_HEIGHT = 300


def _pct(value: float) -> str:
    return f"{max(0.0, min(100.0, value)):.2f}%"


def _placed(position: float) -> str:
    """Left at ``position`` percent, shifted back by as much of its own width, so that a
    label is never cut at either end of its box."""
    clamped = max(0.0, min(100.0, position))
    return f'style="left:{clamped:.2f}%;transform:translateX(-{clamped:.2f}%)"'


def _ticks(weeks: int, here: int | None) -> list[int]:
    """The weeks the axis names: about eight, the first and the last among them."""
    step = max(1, -(-weeks // 8))
    marks = list(range(1, weeks + 1, step))
    if marks[-1] != weeks and weeks - marks[-1] >= step / 2:
        marks.append(weeks)
    elif marks[-1] != weeks:
        marks[-1] = weeks
    if here is not None and 1 <= here <= weeks and here not in marks:
        marks = [mark for mark in marks if abs(mark - here) >= step * 0.75 or mark in (1, weeks)]
        marks = sorted({*marks, here})
    return marks


def progress_bar(done: float, total: float, label: str) -> str:
    """A small bar of hours done against planned."""
    fraction = 0.0 if total <= 0 else min(done, total) / total
    return (
        f'<span class="bar" role="img" aria-label="{escape(label)}">'
        f'<span style="width:{100 * fraction:.1f}%"></span></span>'
    )


def timeline_chart(timeline: TimelineView, report: ReportView) -> str:
    """The phases on the plan's weeks, hours done in each, milestones and "you are here"."""
    weeks = max(1, timeline.weeks)
    here = timeline.you_are_here
    tallies = {tally.id: tally for tally in report.phases}

    def left(week: float) -> float:
        return 100 * (week - 1) / weeks

    here_tick = (
        f'<i class="g-here" style="left:{_pct(left(here + 0.5))}"></i>' if here is not None else ""
    )
    rows = [
        '<div class="g-row g-axis" aria-hidden="true"><div class="g-label"></div>'
        '<div class="g-track">'
        + "".join(
            f'<span class="g-tick" {_placed(left(week + 0.5))}>w{week}</span>'
            for week in _ticks(weeks, here)
        )
        + "</div></div>"
    ]
    for phase in timeline.phases:
        tally = tallies.get(phase.id)
        fraction = 0.0
        if tally is not None and tally.hours_total > 0:
            fraction = min(tally.hours_closed, tally.hours_total) / tally.hours_total
        if phase.weeks > 0 and phase.starts is not None and phase.ends is not None:
            span = (
                f"weeks {phase.first_week}-{phase.last_week}"
                if phase.weeks > 1
                else f"week {phase.first_week}"
            )
            dates = f"{span} · {when(phase.starts)} &ndash; {when(phase.ends)}"
        elif phase.weeks > 0:
            dates = f"weeks {phase.first_week}-{phase.last_week}"
        else:
            dates = "no week of its own"
        bar = ""
        if phase.weeks > 0:
            bar = (
                f'<span class="g-bar" style="left:{_pct(left(phase.first_week))};'
                f'width:{_pct(100 * phase.weeks / weeks)}">'
                f'<span class="g-done" style="width:{100 * fraction:.1f}%"></span></span>'
            )
        current = " g-current" if phase.state == "current" else ""
        rows.append(
            f'<div class="g-row{current}" id="timeline-{escape(slug(phase.id))}">'
            f'<div class="g-label"><span class="g-title">{escape(phase.title)}</span> '
            f'<span class="g-when">{dates}</span></div>'
            f'<div class="g-track">{bar}{here_tick}</div></div>'
        )
    rows.append(
        '<div class="g-row g-milestones"><div class="g-label"><span class="g-title">'
        f'Milestones</span></div><div class="g-track">{milestone_marks(timeline, left)}'
        f"{here_tick}</div></div>"
    )
    if here is not None:
        rows.append(
            '<div class="g-row g-foot"><div class="g-label"></div><div class="g-track">'
            f'<span class="g-here-label" id="you-are-here-label" {_placed(left(here + 0.5))}>'
            f"▲ you are here · week {here}</span></div></div>"
        )
    return (
        f'<div class="gantt" id="timeline-chart" role="group" '
        f'aria-label="Timeline of {escape(timeline.roadmap)}: {plural(weeks, "week")}">'
        + "".join(rows)
        + "</div>"
    )


# A week's marker shows the worst of its milestones: overdue, then open, then closed with
# a skip, then met.
MARK_ORDER = ("overdue", "open", "closed", "done")
MARK_WORDS = {
    "overdue": "overdue",
    "open": "open",
    "closed": "closed with a skip",
    "done": "done",
}


def mark_state(line: MilestoneLine) -> str:
    """``done`` (met), ``closed`` (closed with a skip), ``overdue`` or ``open``."""
    if line.done:
        return "done" if line.met else "closed"
    return "overdue" if line.overdue else "open"


def milestone_marks(timeline: TimelineView, left: Callable[[float], float]) -> str:
    """One marker per week that has milestones: the worst state of them, their number
    when more than one, and every one named in words (a list a screen reader reads, and
    a tooltip), so an overdue milestone is never hidden under a met one."""
    weeks: dict[int, list[MilestoneLine]] = {}
    for line in timeline.milestones:
        weeks.setdefault(line.due_week, []).append(line)
    items = []
    for week, lines in sorted(weeks.items()):
        states = [mark_state(line) for line in lines]
        worst = min(states, key=MARK_ORDER.index)
        counts = ", ".join(
            f"{states.count(state)} {MARK_WORDS[state]}" for state in MARK_ORDER if state in states
        )
        due = lines[0].due_date
        named = "; ".join(f"{line.title} ({MARK_WORDS[mark_state(line)]})" for line in lines)
        said = f"{plural(len(lines), 'milestone')}, {counts}: {named}"
        head = f"Week {week}" + (f", due {day(due)}" if due is not None else "")
        shown = f"Week {week}" + (f", due {when(due)}" if due is not None else "")
        count = (
            f'<span class="g-count" aria-hidden="true">{len(lines)}</span>'
            if len(lines) > 1
            else ""
        )
        items.append(
            f'<li class="g-ms {worst}" id="milestone-mark-{week}" data-count="{len(lines)}" '
            f'style="left:{_pct(left(week + 0.5))}" title="{escape(f"{head}: {said}")}">'
            f'{count}<span class="sr">{shown}: {escape(said)}</span></li>'
        )
    return f'<ul class="g-marks" aria-label="Milestones by week">{"".join(items)}</ul>'


def _polyline(points: Sequence[tuple[float, float]], css: str) -> str:
    if not points:
        return ""
    path = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
    return (
        f'<polyline class="{css}" points="{path}" fill="none" vector-effect="non-scaling-stroke"/>'
    )


def burndown_chart(report: ReportView, timeline: TimelineView) -> str:
    """Hours left week by week as you went, against the plan in force and, faint, the
    original plan; pauses shaded, the last replan and today marked."""
    if not report.burndown:
        return '<p class="muted">The burndown starts with your plan.</p>'
    start = report.started_on
    ends = [week.end for week in report.burndown] + [w.end for w in report.burndown_original]
    last = max([*ends, report.date])
    span = max(1, (last - start).days)
    top = max(report.hours_total, 1.0)

    def x(day_: date) -> float:
        return PLOT_WIDTH * max(0, min(span, (day_ - start).days)) / span

    def y(value: float) -> float:
        return PLOT_HEIGHT - (PLOT_HEIGHT - 6) * value / top

    first = (x(start), y(report.hours_total))
    actual = [first] + [
        (x(week.end), y(week.remaining)) for week in report.burndown if week.remaining is not None
    ]
    planned = [first] + [(x(week.end), y(week.planned_remaining)) for week in report.burndown]
    original = [first] + [(x(w.end), y(w.planned_remaining)) for w in report.burndown_original]
    shapes = [
        f'<line class="b-grid" x1="0" x2="{PLOT_WIDTH}" y1="{y(top * share):.1f}" '
        f'y2="{y(top * share):.1f}" vector-effect="non-scaling-stroke"/>'
        for share in (0.25, 0.5, 0.75)
    ]
    legend = [
        '<li><i class="k-actual"></i>hours left, as you went</li>',
        '<li><i class="k-planned"></i>the plan in force</li>',
        '<li><i class="k-original"></i>the original plan</li>',
    ]
    for pause in timeline.pauses:
        if pause.until <= start or pause.start >= last:
            continue
        left, right = x(max(pause.start, start)), x(min(pause.until, last))
        shapes.append(
            f'<rect class="b-pause" x="{left:.1f}" y="0" width="{max(2.0, right - left):.1f}" '
            f'height="{PLOT_HEIGHT}"><title>paused {escape(day(pause.start))} to '
            f"{escape(day(pause.until))}</title></rect>"
        )
        legend.append(
            f'<li><i class="k-pause"></i>paused {when(pause.start)} &ndash; '
            f"back {when(pause.until)}</li>"
        )
    if report.replanned_on is not None and start <= report.replanned_on <= last:
        at = x(report.replanned_on)
        shapes.append(
            f'<line class="b-replan" x1="{at:.1f}" x2="{at:.1f}" y1="0" y2="{PLOT_HEIGHT}" '
            'vector-effect="non-scaling-stroke"/>'
        )
        legend.append(f'<li><i class="k-replan"></i>replanned {when(report.replanned_on)}</li>')
    today = x(report.date)
    shapes.append(
        f'<line class="b-today" x1="{today:.1f}" x2="{today:.1f}" y1="0" y2="{PLOT_HEIGHT}" '
        'vector-effect="non-scaling-stroke"/>'
    )
    legend.append(f'<li><i class="k-today"></i>today, {when(report.date)}</li>')
    shapes += [
        _polyline(original, "b-original"),
        _polyline(planned, "b-planned"),
        _polyline(actual, "b-actual"),
    ]
    svg = (
        f'<svg id="burndown-chart" class="plot" viewBox="0 0 {PLOT_WIDTH} {PLOT_HEIGHT}" '
        'preserveAspectRatio="none" role="img" aria-labelledby="burndown-title">'
        '<title id="burndown-title">Hours left week by week, against the plan</title>'
        + "".join(shapes)
        + "</svg>"
    )
    return (
        '<div class="chart">'
        f'<span class="y-top">{escape(number(report.hours_total))} h</span>'
        f'<span class="y-bottom">0 h</span>{svg}</div>'
        f'<div class="x-axis">{when(start)}<span>{when(last)}</span></div>'
        f'<ul class="legend">{"".join(legend)}</ul>'
    )


def burndown_summary(report: ReportView) -> str:
    """The burndown's figures for this week, in words."""
    now = next((week for week in report.burndown if week.week == report.week), None)
    if now is None or now.remaining is None:
        return ""
    original = next(
        (week for week in report.burndown_original if week.end >= report.date),
        report.burndown_original[-1] if report.burndown_original else None,
    )
    text = (
        f"At the end of week {report.week}: "
        f"{figure('burndown-remaining', number(now.remaining))} h left of "
        f"{escape(number(report.hours_total))} h; the plan in force has "
        f"{figure('burndown-planned', number(now.planned_remaining))} h left then"
    )
    if original is not None:
        text += (
            ", the original plan had "
            f"{figure('burndown-original', number(original.planned_remaining))} h left by "
            f"{when(original.end)} (its week {original.week})"
        )
    return f'<p class="figures">{text}.</p>'


def activity_chart(report: ReportView) -> str:
    """Actions done in every plan week since the start, this week highlighted."""
    items = report.activity
    most = max((item.done for item in items), default=0) or 1
    slot = 10
    bars = []
    for index, item in enumerate(items):
        height = 92 * item.done / most if item.done else 1.0
        css = (
            "a-bar"
            + (" a-now" if item.week == report.week else "")
            + ("" if item.done else " a-none")
        )
        bars.append(
            f'<rect class="{css}" x="{index * slot + 1.5}" y="{100 - height:.1f}" '
            f'width="{slot - 3}" height="{height:.1f}"><title>week {item.week}, from '
            f"{escape(day(item.start))}: {item.done} done, {escape(number(item.hours))} h"
            "</title></rect>"
        )
    width = max(1, len(items)) * slot
    svg = (
        f'<svg id="activity-chart" class="plot short" viewBox="0 0 {width} 100" '
        'preserveAspectRatio="none" role="img" aria-label="Actions done per plan week">'
        + "".join(bars)
        + "</svg>"
    )
    count = len(items)
    ticks = "".join(
        f"<span {_placed(100 * (week - 0.5) / count)}>w{week}</span>"
        for week in _ticks(count, report.week if report.week <= count else None)
    )
    return (
        f'<div class="chart"><span class="y-top">{most} done</span>{svg}</div>'
        f'<div class="x-ticks" aria-hidden="true">{ticks}</div>'
    )


def confidence_chart(skill: SkillConfidence, weeks: int) -> str:
    """One skill's confidence, 1 to 5, over the plan weeks so far: a small fixed-size SVG."""
    width, height = 160, 40
    span = max(1, weeks - 1)

    def x(week: int) -> float:
        return 6 + (width - 12) * (max(1, min(weeks, week)) - 1) / span

    def y(level: int) -> float:
        return height - 4 - (height - 8) * (level - 1) / 4

    points = [(x(point.week), y(point.level)) for point in skill.history]
    dots = "".join(
        f'<circle cx="{px:.1f}" cy="{py:.1f}" r="3.5"><title>week {point.week}: '
        f"{point.level} of 5</title></circle>"
        for (px, py), point in zip(points, skill.history, strict=True)
    )
    guide = "".join(
        f'<line class="c-grid" x1="0" x2="{width}" y1="{y(level):.1f}" y2="{y(level):.1f}"/>'
        for level in (1, 3, 5)
    )
    line = " ".join(f"{px:.1f},{py:.1f}" for px, py in points)
    return (
        f'<svg class="spark" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'role="img" aria-label="{escape(skill.title)}: confidence over time">{guide}'
        f'<polyline points="{line}" fill="none"/>{dots}</svg>'
    )
