"""GitHub-flavoured Markdown of the coach's views: for a README or a weekly update.

Built from the same view records as the terminal and ``--json``, so the three
always show the same facts. Fields a view gains later are simply not shown here
until a renderer asks for them. Pure: strings in, a string out.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, Any

from fashioncoach.render import phrases
from fashioncoach.render import text as words
from fashioncoach.render.text import day, hours, plural, printable

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from fashioncoach.model.roadmap import Roadmap
    from fashioncoach.views.lines import MilestoneLine
    from fashioncoach.views.report import ReportView, Tally
    from fashioncoach.views.timeline import TimelinePhase, TimelineView
    from fashioncoach.views.today import TodayView

BAR_WIDTH = 10


def bar(done: float, total: float, width: int = BAR_WIDTH) -> str:
    """``▓▓▓░░░░░░░``: readable in a rendered page and as plain text."""
    return words.bar(done, total, width, "▓", "░")


def escape(text: str) -> str:
    """Text that stays text: no emphasis, links, HTML, table cells or control characters.

    HTML's special characters become entities (a renderer with HTML enabled shows
    them, never runs them); Markdown's own become backslash escapes; whitespace,
    newlines included, collapses so a value cannot start a block of its own.
    """
    text = printable(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    for char in "\\`*_[]|~#!":
        text = text.replace(char, "\\" + char)
    text = " ".join(text.split())
    # What would open a block where the text begins a line or a list item: a list
    # marker ("- ", "+ ", "1. ", "1) ") or a code indent.
    return _BLOCK_START.sub(lambda match: match[1] + "\\" + match[2], text)


_BLOCK_START = re.compile(r"^(\d*)([-+.)=])")


def code(text: str) -> str:
    """A code span that holds ``text`` whatever it contains.

    The fence is one backtick longer than the longest run inside (CommonMark's
    rule), so a backtick in an id cannot end the span early; newlines would let a
    value end its paragraph and start raw HTML, so whitespace collapses first.
    """
    text = " ".join(printable(text).split())
    longest = max((len(run) for run in re.findall("`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text[:1] == "`" or text[-1:] == "`" else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def table(header: Iterable[str], rows: Iterable[Iterable[str]], align: str = "") -> str:
    """A GFM table; ``align`` holds one of ``l``/``r`` per column (default left)."""
    names = list(header)
    marks = ["---:" if (align[index : index + 1] == "r") else "---" for index in range(len(names))]
    lines = ["| " + " | ".join(names) + " |", "| " + " | ".join(marks) + " |"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def _document(blocks: Iterable[str]) -> str:
    return "\n\n".join(block for block in blocks if block) + "\n"


def _milestone(line: MilestoneLine, today: date | None) -> str:
    text = f"- [{'x' if line.done else ' '}] {escape(line.title)}"
    due = phrases.milestone_due(line, today)
    text += f" (**{due}**)" if line.overdue and not line.done else f" ({due})"
    if not line.done and line.open_actions:
        text += "  \n  open: " + ", ".join(code(item) for item in line.open_actions)
    return text


def render_today(view: TodayView, roadmap: Roadmap | None = None) -> str:
    names: Mapping[str, str] = (
        {skill.id: skill.name for skill in roadmap.skills} if roadmap is not None else {}
    )
    phase = view.phase
    blocks = [f"## {escape(phase.title)} — week {phase.week} of {phase.weeks}"]
    if view.days_to_start and not view.complete:
        blocks.append(
            f"*{escape(view.roadmap)}* · starts in {plural(view.days_to_start, 'day')}, on "
            f"{day(view.start_date)}: a preview of week 1 of {view.weeks}"
        )
    else:
        blocks.append(
            f"*{escape(view.roadmap)}* · week {view.week} of {view.weeks} · "
            f"{day(view.week_start)} to {day(view.week_end)} · "
            + escape(phrases.status_words(view.pace))
        )
    if view.paused_until is not None:
        reason = f" ({escape(view.pause_reason)})" if view.pause_reason else ""
        blocks.append(
            f"Paused{reason}: back on {day(view.paused_until)}; the plan waits for you. "
            f"Back early? Run: {code('fashioncoach resume')}"
        )
    step = phrases.next_step(view.next_step, phase.title)
    if step:
        blocks.append(f"**{escape(step)}**")
    items = []
    for line in view.actions:
        mark = {"done": "x", "skipped": "x", "known": "x"}.get(line.status, " ")
        skills = ", ".join(escape(names.get(skill, skill)) for skill in line.skills)
        title = escape(line.title)
        if line.status in ("skipped", "known"):
            title = f"~~{title}~~ ({line.status})"
        text = f"- [{mark}] {title} · {hours(line.hours)}"
        if skills:
            text += f" · {skills}"
        details = [code(line.id)]
        if line.late:
            details.append(f"planned for week {line.planned_week}")
        if line.done_when:
            details.append(f"done when: {escape(line.done_when)}")
        text += "  \n  " + " · ".join(details)
        items.append(text)
    if items:
        blocks.append("\n".join(items))
    if view.milestones:
        blocks.append("### Milestones due soon")
        blocks.append("\n".join(_milestone(line, view.date) for line in view.milestones))
    if view.resources:
        blocks.append("### Resources this week")
        rows = []
        for resource in view.resources:
            source = ", ".join(
                part
                for part in (
                    resource.provider,
                    f"offered by {resource.offered_by}" if resource.offered_by else "",
                )
                if part
            )
            rows.append(
                f"- {escape(resource.title)} ({escape(resource.kind)}"
                + (f", {escape(source)}" if source else "")
                + ")"
            )
        blocks.append("\n".join(rows))
    if view.late_more:
        blocks.append(escape(phrases.late_more(view.late_more, view.late_more_hours)))
    if view.unknown_actions:
        blocks.append(phrases.kept_unknown(view.unknown_actions, code))
    if view.total:
        # The terminal's own footer: the counts cover the list, the hours are what is left.
        blocks.append(
            "**"
            + escape(
                phrases.week_footer(
                    view.done, view.skipped, view.total, view.hours_open, view.weekly_hours
                )
            )
            + "**"
        )
    return _document(blocks)


def _tallies(title: str, tallies: list[Tally], current: str | None) -> str:
    rows = []
    for tally in tallies:
        name = escape(tally.title)
        if tally.id == current:
            name = f"**{name}** (you are here)"
        rows.append(
            [
                name,
                f"{tally.done}/{tally.total}",
                f"{tally.hours_done:g}/{hours(tally.hours_total)}"
                + (f" ({tally.hours_actual:g} h spent)" if tally.done else ""),
                f"{bar(tally.hours_closed, tally.hours_total)} {f'{tally.percent}%'}"
                + (f" · {tally.skipped} skipped" if tally.skipped else ""),
            ]
        )
    return table([title, "Actions", "Hours", "Progress"], rows, align="lrrl")


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
            f"phase {view.phase.number}: {escape(view.phase.title)}, "
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
                _phase_state(phase),
            ]
        )
    return [
        "### Timeline",
        f"You are in phase {view.phase.number}, **{escape(view.phase.title)}**, week "
        f"{clock.phase_week} of {clock.phase_weeks}; on the plan that is week "
        f"{clock.plan_week} of {clock.plan_weeks}, {day(clock.week_start)} to "
        f"{day(clock.week_end)}.",
        table(["Phase", "Weeks", "Dates", "State"], rows),
    ]


def _phase_state(phase: TimelinePhase) -> str:
    """The view's state in words: ``done``, ``current · 3 open``, ``left · 5 open``..."""
    if phase.state in ("current", "left") and phase.open:
        return f"{phase.state} · {phase.open} open"
    return phase.state


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
    blocks += ["### Phases", _tallies("Phase", view.phases, view.phase.id)]
    step = phrases.report_step(view)
    if step:
        blocks.append(f"**{escape(step)}**")
    if view.left:
        blocks.append(
            f"Left open in earlier phases: {len(view.left)} · "
            + ", ".join(code(item) for item in view.left)
        )
    blocks += ["### Skills", _tallies("Skill", view.skills, None)]
    if view.transferable:
        blocks += [
            "#### Skills you already have, put to use",
            _tallies("Skill", view.transferable, None),
        ]
    if view.career is not None:
        blocks += ["#### Career work", _tallies("Work", [view.career], None)]
    done = [line for line in view.milestones if line.done]
    overdue = [line for line in view.milestones if line.overdue]
    pending = [line for line in view.milestones if not line.done and not line.overdue]
    blocks.append(
        f"### Milestones: {len(done)} done · {len(pending)} open · {len(overdue)} overdue"
    )
    if view.milestones:
        blocks.append("\n".join(_milestone(line, view.date) for line in overdue + pending + done))
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
    return _document(blocks)


def render_timeline(view: TimelineView) -> str:
    total = sum(phase.hours for phase in view.phases)
    started = view.started_on is not None
    header = ["Phase", "Weeks"] + (["Dates"] if started else []) + ["Hours", "State"]
    rows = []
    for phase in view.phases:
        name = escape(phase.title)
        if phase.state == "current":
            name = f"**{name}** ← you are here"
        row = [name, f"{phase.first_week}-{phase.last_week}"]
        if started:
            row.append(
                f"{day(phase.starts)} to {day(phase.ends)}" if phase.starts and phase.ends else ""
            )
        row += [hours(phase.hours), _phase_state(phase)]
        rows.append(row)
    blocks = [
        f"## {escape(view.roadmap)}",
        f"{plural(view.weeks, 'week')}, {hours(total)}"
        + (f" · started {day(view.started_on)}" if view.started_on else " · not started yet"),
        table(header, rows, align="ll" + ("l" if started else "") + "rl"),
    ]
    if view.you_are_here is not None:
        blocks.append(f"**You are here:** week {view.you_are_here} of {view.weeks}")
    blocks.append("### Milestones")
    items = []
    for line in view.milestones:
        label = f"week {line.due_week}" + (f", {escape(line.horizon)}" if line.horizon else "")
        text = f"- [{'x' if line.done else ' '}] {label}: {escape(line.title)}"
        if line.due_date is not None:
            text += f" ({phrases.milestone_due(line, view.date)})"
        items.append(text)
    blocks.append("\n".join(items))
    return _document(blocks)


def render(view: Any, roadmap: Roadmap | None = None) -> str:
    """Markdown of any view this module knows."""
    from fashioncoach.views.report import ReportView
    from fashioncoach.views.timeline import TimelineView
    from fashioncoach.views.today import TodayView

    if isinstance(view, TodayView):
        return render_today(view, roadmap)
    if isinstance(view, ReportView):
        return render_report(view)
    if isinstance(view, TimelineView):
        return render_timeline(view)
    raise TypeError(f"no Markdown form for {type(view).__name__}")
