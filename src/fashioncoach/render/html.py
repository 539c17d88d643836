"""The progress page of ``report --format html``: one self-contained file to mail or link.

It renders the report and timeline views and nothing else: every figure has an ``id``
and is the figure ``report --json`` gives, every date is one the views give. The page
has no script and loads nothing; its CSS is ``html_style``, its charts ``html_charts``,
the learner's own words ``html_journal``. Every string from the data goes through
``escape`` (made in ``html_markup``), which shows control characters and escapes
quotes, and every attribute is quoted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fashioncoach.render import html_charts as charts
from fashioncoach.render import html_journal as journal
from fashioncoach.render import phrases
from fashioncoach.render.html_markup import (
    escape,
    figure,
    number,
    section,
    slug,
    table,
    when,
)
from fashioncoach.render.html_style import CSS
from fashioncoach.render.text import day, one_line, plural

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from datetime import date

    from fashioncoach.views.lines import MilestoneLine
    from fashioncoach.views.report import ReportView, Tally
    from fashioncoach.views.timeline import TimelineView

__all__ = ["escape", "render"]


def _card(label: str, value: str, detail: str = "", css: str = "") -> str:
    """A summary card; ``value`` and ``detail`` are markup already made safe."""
    extra = f'<div class="detail">{detail}</div>' if detail else ""
    value_css = f"value {css}".strip()
    return (
        f'<div class="card"><div class="label">{escape(label)}</div>'
        f'<div class="{value_css}">{value}</div>{extra}</div>'
    )


def _value(key: str, text: str) -> str:
    return f'<span class="big" id="{escape(key)}">{escape(text)}</span>'


def _advice(advice: str, report: ReportView) -> str:
    """The pace line's advice as a figure; the finish replan would move to, which ends
    it, is a date that never wraps, like every date on the page."""
    finish = report.clock.projected_finish
    words = day(finish)
    if not advice.endswith(words):
        return figure("status-advice", advice)
    return f'<span id="status-advice">{escape(advice[: -len(words)])}{when(finish)}</span>'


def _summary(report: ReportView) -> str:
    clock = report.clock
    head, _, advice = report.pace.line.partition(" — ")
    skipped = (
        f" · {figure('actions-skipped', str(report.actions_skipped))} skipped"
        if report.actions_skipped
        else ""
    )
    if clock.projected_finish is not None:
        projected = when(clock.projected_finish, "projected-finish")
        projected_words = phrases.projected(clock)[len(day(clock.projected_finish)) :]
        projected_detail = escape(projected_words.lstrip(", ").strip(" ()"))
    else:
        projected = _value("projected-finish", "not yet")
        projected_detail = "not enough done yet to tell"
    if report.pace_hours_per_week is not None:
        pace = f"{figure('pace-per-week', f'{report.pace_hours_per_week:.1f}')} h"
        pace_detail = "planned hours a week, the last 4 weeks"
    else:
        pace, pace_detail = escape("—"), "from your first week on"
    cards = [
        _card(
            "Overall",
            _value("overall-percent", f"{report.percent}%"),
            "of the planned hours",
        ),
        _card(
            "Actions done",
            _value("actions-done", str(report.actions_done)),
            f"of {figure('actions-total', str(report.actions_total))}{skipped}",
        ),
        _card(
            "Hours done",
            _value("hours-done", number(report.hours_done)),
            f"of {figure('hours-total', number(report.hours_total))} h planned · "
            f"{figure('hours-actual', number(report.hours_actual))} h spent",
        ),
        _card(
            "Status",
            _value("status", head),
            (f"{_advice(advice, report)} · " if advice else "")
            + f"plan week {figure('week', str(clock.plan_week))} of "
            f"{figure('weeks', str(clock.plan_weeks))}",
            css="status-" + slug(report.status),
        ),
        _card(
            "Projected finish",
            projected,
            f"{projected_detail} · planned {when(report.planned_finish, 'planned-finish')}",
        ),
        _card(
            "Your pace",
            pace,
            f"{pace_detail} · budget {figure('weekly-hours', number(report.weekly_hours))} h",
        ),
        _card(
            "Streak",
            _value("streak", plural(report.streak_weeks, "week")),
            "in a row with progress",
        ),
    ]
    return section("summary", "Where you stand", f'<div class="cards">{"".join(cards)}</div>')


def _timeline(report: ReportView, timeline: TimelineView) -> str:
    clock = report.clock
    here = (
        f"You are in phase {report.phase_position.number}, "
        f'<strong id="current-phase">{escape(report.phase_position.title)}</strong>, '
        f"week {clock.phase_week} of {clock.phase_weeks}; on the plan that is "
        f'<span id="you-are-here">week {clock.plan_week}</span> of {clock.plan_weeks}, '
        f"{when(clock.week_start)} &ndash; {when(clock.week_end)}."
    )
    return section(
        "timeline", "Timeline", "", chart=charts.timeline_chart(timeline, report), lead=here
    )


def _tally_rows(kind: str, tallies: Sequence[Tally], current: str | None) -> list[list[str]]:
    rows = []
    for tally in tallies:
        key = f"{kind}-{slug(tally.id)}"
        here = ' <span class="here">← you are here</span>' if tally.id == current else ""
        name = escape(tally.title)
        if tally.id == current:
            name = f"<strong>{name}</strong>"
        skipped = (
            f' <span class="muted">{figure(f"{key}-skipped", str(tally.skipped))} skipped</span>'
            if tally.skipped
            else ""
        )
        spent = (
            f'<span class="spent">{figure(f"{key}-hours-actual", number(tally.hours_actual))}'
            " h spent</span>"
            if tally.done
            else ""
        )
        rows.append(
            [
                f'<span id="{escape(key)}">{name}{here}</span>',
                f"{figure(f'{key}-done', str(tally.done))}/"
                f"{figure(f'{key}-total', str(tally.total))}{skipped}",
                f"{figure(f'{key}-hours-done', number(tally.hours_done))}/"
                f"{escape(number(tally.hours_total))} h{spent}",
                charts.progress_bar(tally.hours_closed, tally.hours_total, tally.title)
                + " "
                + figure(f"{key}-percent", f"{tally.percent}%"),
            ]
        )
    return rows


def _tallies(heading: str, kind: str, tallies: Sequence[Tally], current: str | None) -> str:
    return table(
        [heading, "Actions", "Hours", "Progress"],
        _tally_rows(kind, tallies, current),
        key=f"{kind}-table",
        numeric=(1, 2),
        css="tally",
    )


def _phases(report: ReportView) -> str:
    body = _tallies("Phase", "phase", report.phases, report.phase_position.id)
    step = phrases.report_step(report)
    if step:
        body += f'<p class="hint">{escape(step)}</p>'
    if report.left:
        body += (
            f"<p>Left open in earlier phases: {figure('left-count', str(len(report.left)))} "
            + ", ".join(f'<code class="id">{escape(item)}</code>' for item in report.left)
            + "</p>"
        )
    return section("phases", "Phases", body)


def _skills(report: ReportView) -> str:
    body = _tallies("Skill", "skill", report.skills, None)
    if report.transferable:
        body += "<h3>Skills you already have, put to use</h3>" + _tallies(
            "Skill", "transferable", report.transferable, None
        )
    if report.career is not None:
        body += "<h3>Career work</h3>" + _tallies("Work", "career", [report.career], None)
    return section("skills", "Skills", body)


def _milestone(line: MilestoneLine) -> str:
    tag = charts.mark_state(line)  # done, closed (with a skip), overdue or open
    due = f" · due {when(line.due_date)}" if line.due_date is not None else ""
    open_ids = ""
    if line.open_actions and not line.done:
        open_ids = (
            '<div class="muted">open: '
            + ", ".join(f'<code class="id">{escape(item)}</code>' for item in line.open_actions)
            + "</div>"
        )
    return (
        f'<li id="milestone-{escape(slug(line.id))}" data-state="{tag}">{escape(line.title)} '
        f'<span class="tag {tag}">{tag}</span>'
        f'<div class="muted">week {line.due_week}{due}</div>{open_ids}</li>'
    )


def _milestones(report: ReportView) -> str:
    done = sum(1 for line in report.milestones if line.done)
    overdue = sum(1 for line in report.milestones if line.overdue)
    heading = (
        f"Milestones: {figure('milestones-done', str(done))} of "
        f"{figure('milestones-total', str(len(report.milestones)))} done"
        + (f", {figure('milestones-overdue', str(overdue))} overdue" if overdue else "")
    )
    items = "".join(_milestone(line) for line in report.milestones)
    return section("milestones", heading, f'<ul class="milestones">{items}</ul>')


def _burndown(report: ReportView, timeline: TimelineView) -> str:
    return section(
        "burndown",
        "Burndown: planned hours left",
        charts.burndown_summary(report),
        chart=charts.burndown_chart(report, timeline),
    )


def _activity(report: ReportView) -> str:
    if not report.activity:
        return ""
    rows = [
        [
            f"w{item.week}",
            when(item.start),
            figure(f"activity-{item.week}-done", str(item.done)),
            figure(f"activity-{item.week}-hours", number(item.hours)) + " h",
        ]
        for item in report.activity
    ]
    weeks = (
        f"Every plan week since {when(report.started_on)}: "
        f"{figure('activity-weeks', str(len(report.activity)))} weeks."
    )
    return section(
        "activity",
        "Activity: actions done per week",
        "<details><summary>Week by week</summary>"
        + table(["Week", "Starts", "Done", "Hours spent"], rows, numeric=(2, 3))
        + "</details>",
        lead=weeks,
        chart=charts.activity_chart(report),
    )


def _description(report: ReportView) -> str:
    """What a link preview shows: the roadmap, the share done, the week and the verdict."""
    head = report.pace.line.partition(" — ")[0]
    return (
        f"Progress on {one_line(report.roadmap)}: {report.percent}% of the planned hours, "
        f"plan week {report.clock.plan_week} of {report.clock.plan_weeks}, {head}. "
        f"Report of {day(report.date)}, made by fashioncoach."
    )


def render(
    report: ReportView,
    timeline: TimelineView,
    *,
    thumbnails: Mapping[str, str] | None = None,
    generated_by: str = "",
    generated_on: date | None = None,
) -> str:
    """The whole page, as one string. ``thumbnails`` maps a piece of evidence (its stored
    path) to the ``data:`` URI of its image, for ``report --embed``."""
    clock = report.clock
    sections = [
        _summary(report),
        _timeline(report, timeline),
        _phases(report),
        _skills(report),
        _milestones(report),
        _burndown(report, timeline),
        _activity(report),
        journal.confidence_section(report),
        journal.reviews_section(report),
        journal.journal_section(report, thumbnails or {}),
        journal.pauses_section(timeline, report.paused_days),
        journal.kept_section(report),
    ]
    footer = (
        f"<footer>Made by {escape(generated_by)} on {when(generated_on)}.</footer>"
        if generated_by and generated_on is not None
        else ""
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="color-scheme" content="light dark">'
        f'<meta name="description" content="{escape(_description(report))}">'
        f"<title>Progress: {escape(report.roadmap)} ({report.date.isoformat()})</title>"
        f"<style>{CSS}</style></head><body><header>"
        f"<h1>{escape(report.roadmap)}</h1>"
        f'<p class="subtitle">Progress report for {when(report.date, "report-date")} · '
        f"started {when(report.started_on, 'started-on')} · plan week {clock.plan_week} of "
        f"{clock.plan_weeks}</p></header><main>"
        + "".join(part for part in sections if part)
        + f"</main>{footer}</body></html>\n"
    )
