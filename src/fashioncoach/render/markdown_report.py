"""The Markdown report: every section the progress page has (``render/html.py``), in its
order and words, without the charts: where you stand, the timeline, phases and skills,
milestones, the burndown's figures, activity, confidence over time, weekly reviews and
repeated blockers, notes and evidence, pauses. Pure: records in, a string out.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from fashioncoach.render import phrases
from fashioncoach.render.markdown import (
    bar,
    code,
    document,
    escape,
    milestone_item,
    phase_state,
    table,
    tallies,
)
from fashioncoach.render.text import day, hours, plural, printable

if TYPE_CHECKING:
    from fashioncoach.views.report import ReportView
    from fashioncoach.views.timeline import TimelineView

_URL_REFUSED = frozenset('"<>\\`{}|^')  # what the page refuses too (html_markup.web_link)


def link(url: str, text: str) -> str:
    """``[text](<url>)`` for a plain http(s) address; the text alone for anything else (a
    file's name, another scheme, a character a link cannot hold as it is)."""
    scheme, _, rest = url.partition("://")
    plain = (
        scheme.lower() in ("http", "https")
        and rest
        and not rest.startswith("/")
        and printable(url) == url
        and not any(char.isspace() or char in _URL_REFUSED for char in url)
    )
    return f"[{escape(text)}](<{url}>)" if plain else escape(text)


def _summary(view: ReportView) -> str:
    overall = f"{bar(view.hours_closed, view.hours_total)} **{view.percent}%** of the planned hours"
    pace = (
        f"{view.pace_hours_per_week:.1f} h of planned work a week, the last 4 weeks"
        if view.pace_hours_per_week is not None
        else "from your first week on"
    )
    planned = day(view.planned_finish)
    if view.replanned_on is not None:
        planned += f" (replanned {day(view.replanned_on)})"
    rows = [
        ["**Overall**", overall],
        [
            "**Actions**",
            phrases.counts(view.actions_done, view.actions_skipped, view.actions_total)
            + " actions",
        ],
        [
            "**Hours**",
            f"{view.hours_done:g}/{hours(view.hours_total)} planned · "
            f"{hours(view.hours_actual)} spent",
        ],
        ["**Status**", escape(view.pace.line)],
        [
            "**Now**",
            f"phase {view.phase_position.number}: {escape(view.phase_position.title)}, "
            + phrases.weeks_of(view.clock),
        ],
        ["**Started on**", day(view.started_on)],
        ["**Planned finish**", planned],
        ["**Projected finish**", phrases.projected(view.clock)],
        ["**Your pace**", f"{pace} · budget {hours(view.weekly_hours)} a week"],
        ["**Streak**", f"{plural(view.streak_weeks, 'week')} with progress"],
    ]
    if view.paused_days:
        rows.append(["**Paused**", plural(view.paused_days, "day")])
    return table(["Measure", "Value"], rows)


def _report_timeline(view: ReportView, timeline: TimelineView) -> list[str]:
    clock = view.clock
    rows = []
    for phase in timeline.phases:
        name = escape(phase.title)
        if phase.state == "current":
            name = f"**{name}** ← you are here"
        dates = f"{day(phase.starts)} to {day(phase.ends)}" if phase.starts and phase.ends else ""
        rows.append(
            [
                name,
                phrases.week_span(phase.first_week, phase.last_week, phase.weeks),
                dates,
                phase_state(phase),
            ]
        )
    here = view.phase_position
    return [
        "### Timeline",
        f"You are in phase {here.number}, **{escape(here.title)}**, week "
        f"{clock.phase_week} of {clock.phase_weeks}; on the plan that is week "
        f"{clock.plan_week} of {clock.plan_weeks}, {day(clock.week_start)} to "
        f"{day(clock.week_end)}.",
        table(["Phase", "Weeks", "Dates", "State"], rows),
    ]


def _burndown(view: ReportView) -> str:
    now = next((week for week in view.burndown if week.week == view.week), None)
    if now is None or now.remaining is None:
        return ""
    text = (
        f"At the end of week {view.week}: {now.remaining:g} h left of "
        f"{hours(view.hours_total)}; the plan in force has {now.planned_remaining:g} h left then"
    )
    original = next(
        (week for week in view.burndown_original if week.end >= view.date),
        view.burndown_original[-1] if view.burndown_original else None,
    )
    if original is not None:
        text += (
            f", the original plan had {original.planned_remaining:g} h left by "
            f"{day(original.end)} (its week {original.week})"
        )
    return text + "."


def _confidence(view: ReportView) -> list[str]:
    if not view.confidence:
        return []
    items = [
        f"- **{escape(skill.title)}**: "
        + " → ".join(
            f"{point.level}/5 (week {point.week}, {day(point.on)})" for point in skill.history
        )
        for skill in view.confidence
    ]
    return [
        "### Confidence over time",
        "From your weekly reviews: 1 (not at all) to 5 (very).",
        "\n".join(items),
    ]


def _reviews(view: ReportView) -> list[str]:
    if not view.reviews:
        return []
    items = []
    for review in view.reviews:
        said = []
        if review.went_well:
            said.append(f"**Went well:** {escape(review.went_well)}")
        if review.blocked:
            said.append(f"**Blocked:** {escape(review.blocked)}")
        if review.confidence:
            said.append(
                "**Confidence:** "
                + ", ".join(f"{escape(level.title)} {level.level}/5" for level in review.confidence)
            )
        text = f"- **Week {review.week}** · {day(review.on)}"
        if said:
            text += "  \n  " + " · ".join(said)
        items.append(text)
    blocks = [f"### Weekly reviews: {len(view.reviews)}", "\n".join(items)]
    if view.repeated_blockers:
        named = ", ".join(f"“{escape(item)}”" for item in view.repeated_blockers)
        blocks.append(
            f"Named in two reviews or more: {named}. "
            f"{code('fashioncoach replan --dry-run')} shows how to spread the work."
        )
    return blocks


def _action(action: str, title: str) -> str:
    name = escape(title) if title else "an action this roadmap no longer has"
    return f"{name} {code(action)}"


def _journal(view: ReportView) -> list[str]:
    entries: list[tuple[date, int, str]] = []
    for index, note in enumerate(view.notes):
        entries.append(
            (
                note.on,
                index,
                f"- {day(note.on)} · note on {_action(note.action, note.title)}  \n"
                f"  {escape(note.text)}",
            )
        )
    for index, item in enumerate(view.evidence, start=len(view.notes)):
        shown = link(item.ref, item.name) if item.link else escape(item.name)
        entries.append(
            (
                item.on,
                index,
                f"- {day(item.on)} · evidence for {_action(item.action, item.title)}  \n  {shown}",
            )
        )
    if not entries:
        return []
    entries.sort(key=lambda entry: (entry[0], entry[1]))
    counts = (
        f"{plural(len(view.notes), 'note')}, {len(view.evidence)} "
        f"{'piece' if len(view.evidence) == 1 else 'pieces'} of evidence"
    )
    return ["### Notes and evidence", counts, "\n".join(entry[2] for entry in entries)]


def _pauses(view: ReportView, timeline: TimelineView | None) -> list[str]:
    if timeline is None or not timeline.pauses:
        return []
    rows = [
        [day(pause.start), day(pause.until), str(pause.days), escape(pause.reason)]
        for pause in timeline.pauses
    ]
    return [
        f"### Pauses: {plural(view.paused_days, 'day')} paused so far",
        table(["From", "Back on", "Days", "Reason"], rows, align="llrl"),
    ]


def render_report(view: ReportView, timeline: TimelineView | None = None) -> str:
    """The report as the page shows it (``render/html.py``), section by section; the
    timeline view gives the phases' dates and the pauses, as it does to the page."""
    blocks = [
        f"## Progress report — {day(view.date)}",
        f"*{escape(view.roadmap)}*",
        "### Where you stand",
        _summary(view),
    ]
    if timeline is not None:
        blocks += _report_timeline(view, timeline)
    blocks += ["### Phases", tallies("Phase", view.phases, view.phase_position.id)]
    step = phrases.report_step(view)
    if step:
        blocks.append(f"**{escape(step)}**")
    if view.left:
        blocks.append(
            f"Left open in earlier phases: {len(view.left)} · "
            + ", ".join(code(item) for item in view.left)
        )
    blocks += ["### Skills", tallies("Skill", view.skills, None)]
    if view.transferable:
        blocks += [
            "#### Skills you already have, put to use",
            tallies("Skill", view.transferable, None),
        ]
    if view.career is not None:
        blocks += ["#### Career work", tallies("Work", [view.career], None)]
    done = [line for line in view.milestones if line.done]
    overdue = [line for line in view.milestones if line.overdue]
    pending = [line for line in view.milestones if not line.done and not line.overdue]
    blocks.append(
        f"### Milestones: {len(done)} done · {len(pending)} open · {len(overdue)} overdue"
    )
    if view.milestones:
        blocks.append(
            "\n".join(milestone_item(line, view.date) for line in overdue + pending + done)
        )
    burndown = _burndown(view)
    if burndown:
        blocks += ["### Burndown: planned hours left", burndown]
    if view.activity:
        blocks.append("### Activity: actions done per week")
        blocks.append(
            table(
                ["Week", "Starts", "Actions done", "Hours spent"],
                [
                    [str(item.week), day(item.start), f"{item.done}", f"{item.hours:g} h"]
                    for item in view.activity
                ],
                align="llrr",
            )
        )
    blocks += _confidence(view)
    blocks += _reviews(view)
    blocks += _journal(view)
    blocks += _pauses(view, timeline)
    if view.unknown_actions:
        blocks.append(phrases.kept_unknown(view.unknown_actions, code))
    return document(blocks)
