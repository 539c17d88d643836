"""GitHub-flavoured Markdown of the coach's views: for a README or a weekly update.
The report, on a par with the page, is ``markdown_report``; the pieces it shares
(escaping, tables, milestones, tallies) are here.

Built from the same view records as the terminal and ``--json``, so the three
always show the same facts. Fields a view gains later are simply not shown here
until a renderer asks for them. Pure: strings in, a string out.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from fashioncoach.render import phrases
from fashioncoach.render import text as words
from fashioncoach.render.text import day, hours, plural, printable

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from fashioncoach.model.roadmap import Roadmap
    from fashioncoach.views.lines import MilestoneLine
    from fashioncoach.views.report import Tally
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


def document(blocks: Iterable[str]) -> str:
    return "\n\n".join(block for block in blocks if block) + "\n"


def milestone_item(line: MilestoneLine, today: date | None) -> str:
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
    phase = view.phase_position
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
        blocks.append("\n".join(milestone_item(line, view.date) for line in view.milestones))
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
    return document(blocks)


def tallies(title: str, items: list[Tally], current: str | None) -> str:
    rows = []
    for tally in items:
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


def phase_state(phase: TimelinePhase) -> str:
    """The view's state in words: ``done``, ``current · 3 open``, ``left · 5 open``..."""
    if phase.state in ("current", "left") and phase.open:
        return f"{phase.state} · {phase.open} open"
    return phase.state


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
        row += [hours(phase.hours), phase_state(phase)]
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
    return document(blocks)
