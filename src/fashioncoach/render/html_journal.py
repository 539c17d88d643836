"""The learner's own words on the progress page: confidence over time, weekly reviews,
notes and evidence, pauses, and what the log keeps that the roadmap lacks.

Evidence is a link (http and https only, opened with ``rel="noopener noreferrer"``)
or a file's name: never the folder it sits in on the learner's computer. With
``report --embed`` an image comes as a ``data:`` thumbnail, so the page stays one file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fashioncoach.render import phrases
from fashioncoach.render.html_charts import confidence_chart
from fashioncoach.render.html_markup import escape, figure, link, section, slug, table, when

if TYPE_CHECKING:
    from collections.abc import Mapping
    from datetime import date

    from fashioncoach.views.report import EvidenceEntry, ReportView
    from fashioncoach.views.timeline import TimelineView


def _action(action: str, title: str) -> str:
    name = escape(title) if title else "an action this roadmap no longer has"
    return f'{name} <code class="id">{escape(action)}</code>'


def confidence_section(report: ReportView) -> str:
    """Each rated skill: a small chart and every rating with its plan week and date."""
    if not report.confidence:
        return ""
    rows = []
    for skill in report.confidence:
        key = f"confidence-{slug(skill.id)}"
        points = "".join(
            f"<li>{figure(f'{key}-{index}', str(point.level), 'level')}/5 "
            f'<span class="muted">week {figure(f"{key}-{index}-week", str(point.week))} · '
            f"{when(point.on)}</span></li>"
            for index, point in enumerate(skill.history, start=1)
        )
        rows.append(
            f'<li class="skill-confidence" id="{escape(key)}"><div class="sc-name">'
            f"{escape(skill.title)}</div>{confidence_chart(skill, report.week)}"
            f'<ol class="points">{points}</ol></li>'
        )
    return section(
        "confidence",
        "Confidence over time",
        f'<ul class="confidence">{"".join(rows)}</ul>',
        lead="From your weekly reviews: 1 (not at all) to 5 (very).",
    )


def reviews_section(report: ReportView) -> str:
    """Every weekly review as readable text, and blockers that keep coming back."""
    if not report.reviews:
        return ""
    items = []
    for index, review in enumerate(report.reviews, start=1):
        key = f"review-{index}"
        parts = [
            f'<div class="r-head">Week {figure(f"{key}-week", str(review.week))} · '
            f"{when(review.on, f'{key}-date')}</div>"
        ]
        said = []
        if review.went_well:
            said.append(f"<b>Went well:</b> {escape(review.went_well)}")
        if review.blocked:
            said.append(f"<b>Blocked:</b> {escape(review.blocked)}")
        if said:
            parts.append(f"<p>{' · '.join(said)}</p>")
        if review.confidence:
            levels = ", ".join(
                f"{escape(level.title)} "
                f"{figure(f'{key}-{slug(level.id)}', str(level.level), 'level')}/5"
                for level in review.confidence
            )
            parts.append(f"<p><b>Confidence:</b> {levels}</p>")
        items.append(f'<li class="review" id="{key}">{"".join(parts)}</li>')
    hint = ""
    if report.repeated_blockers:
        named = ", ".join(f"“{escape(item)}”" for item in report.repeated_blockers)
        hint = (
            f'<p class="hint">Named in two reviews or more: {named}. '
            "<code>fashioncoach replan --dry-run</code> shows how to spread the work.</p>"
        )
    return section(
        "reviews",
        f"Weekly reviews: {figure('reviews-count', str(len(report.reviews)))}",
        f'<ol class="reviews">{"".join(items)}</ol>{hint}',
    )


def _evidence(item: EvidenceEntry, thumbnails: Mapping[str, str]) -> str:
    if item.link:
        shown = link(item.ref, item.name)
    else:
        shown = f'<span class="file">{escape(item.name)}</span>'
        picture = thumbnails.get(item.ref, "")
        # Only what report --embed made: a data: URI of an image, nothing from the data.
        if picture.startswith("data:image/"):
            shown = (
                f'<figure class="thumb"><img src="{escape(picture)}" alt="{escape(item.name)}" '
                f'loading="lazy"><figcaption>{shown}</figcaption></figure>'
            )
    return shown


def journal_section(report: ReportView, thumbnails: Mapping[str, str]) -> str:
    """Notes and evidence, oldest first: the day, the action, the words or the artefact."""
    entries: list[tuple[date, int, str]] = []
    for index, note in enumerate(report.notes):
        words = escape(note.text)
        entries.append(
            (
                note.on,
                index,
                f'<li class="note"><div class="j-head">{when(note.on)} · note on '
                f"{_action(note.action, note.title)}</div><p>{words}</p></li>",
            )
        )
    for index, item in enumerate(report.evidence, start=len(report.notes)):
        entries.append(
            (
                item.on,
                index,
                f'<li class="evidence"><div class="j-head">{when(item.on)} · evidence for '
                # A <div>, not a <p>: an embedded thumbnail is a <figure>, which no <p> holds.
                f"{_action(item.action, item.title)}</div>"
                f'<div class="j-body">{_evidence(item, thumbnails)}</div></li>',
            )
        )
    if not entries:
        return ""
    entries.sort(key=lambda entry: (entry[0], entry[1]))
    counts = (
        f"{figure('notes-count', str(len(report.notes)))} "
        f"{'note' if len(report.notes) == 1 else 'notes'}, "
        f"{figure('evidence-count', str(len(report.evidence)))} "
        f"{'piece' if len(report.evidence) == 1 else 'pieces'} of evidence"
    )
    return section(
        "notes",
        "Notes and evidence",
        f'<ul class="journal">{"".join(entry[2] for entry in entries)}</ul>',
        lead=counts,
    )


def pauses_section(timeline: TimelineView, paused_days: int) -> str:
    """The pauses: the plan waited for them (whole paused weeks are no plan weeks)."""
    if not timeline.pauses:
        return ""
    rows = [
        [
            when(pause.start),
            when(pause.until),
            figure(f"pause-{index}-days", str(pause.days)),
            escape(pause.reason),
        ]
        for index, pause in enumerate(timeline.pauses, start=1)
    ]
    return section(
        "pauses",
        f"Pauses: {figure('paused-days', str(paused_days))} days paused so far",
        table(["From", "Back on", "Days", "Reason"], rows, numeric=(2,)),
    )


def kept_section(report: ReportView) -> str:
    """Ids the log keeps that the roadmap lacks: kept in the file, never counted."""
    if not report.unknown_actions:
        return ""
    kept = phrases.kept_unknown(
        report.unknown_actions, lambda item: f'<code class="id">{escape(item)}</code>'
    )
    return section("unknown", "Kept from your log", f"<p>{kept}</p>")
