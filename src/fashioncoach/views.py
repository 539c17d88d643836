"""Rich renderings of the coach's views. No I/O here.

Everything stays readable when piped: ASCII check marks, tables without heavy
boxes, columns that wrap on words instead of cutting them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.segment import Segment
from rich.text import Text

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderResult

from fashioncoach import formatting
from fashioncoach.coach import (
    ActionLine,
    MilestoneLine,
    PhaseGate,
    PhaseView,
    PortfolioView,
    ReportView,
    TimelineView,
    TodayView,
)
from fashioncoach.domain import Roadmap
from fashioncoach.formatting import day, hours, percent, plural, status_line
from fashioncoach.planning import Replan

BAR_WIDTH = 20
MARKS = {"done": "[x]", "skipped": "[-]", "open": "[ ]"}


def bar(done: float, total: float, width: int = BAR_WIDTH) -> str:
    return formatting.bar(done, total, width)


def _heading(text: str) -> Text:
    return Text(text, style="bold")


def _skill_names(roadmap: Roadmap) -> dict[str, str]:
    return {skill.id: skill.name for skill in roadmap.skills}


class Hanging:
    """A marker, then content that wraps on words under itself (a hanging indent).

    What a two-column ``Table.grid`` draws, for a fraction of its cost: ``today``
    renders one per action and does not import ``rich.table`` at all.
    """

    def __init__(self, marker: str, content: RenderableType, width: int) -> None:
        self.marker = marker.ljust(width)
        self.content = content

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        indent = len(self.marker) + 1
        body = options.update(width=max(1, options.max_width - indent))
        lines = console.render_lines(self.content, body, pad=False)
        for number, line in enumerate(lines):
            yield Segment(self.marker + " " if number == 0 else " " * indent)
            yield from line
            yield Segment.line()


def _bullets(rows: Sequence[tuple[str, RenderableType]]) -> Group:
    """Markers in a column of their own, each item's text wrapping under itself."""
    width = max((len(marker) for marker, _ in rows), default=0)
    return Group(*(Hanging(marker, content, width) for marker, content in rows))


def _actions_table(lines: list[ActionLine], roadmap: Roadmap, *, show_week: bool) -> Group:
    names = _skill_names(roadmap)
    rows = []
    for line in lines:
        is_open = line.status == "open"
        text = Text(line.id, style="bold cyan" if is_open else "dim")
        skills = ", ".join(names.get(skill, skill) for skill in line.skills)
        text.append(f" · {hours(line.hours)} · {skills}", style="" if is_open else "dim")
        text.append("\n" + line.title, style="" if is_open else "dim")
        notes = []
        if line.carried_over:
            notes.append(f"carried over from week {line.week}")
        elif show_week:
            notes.append(f"week {line.week}")
        if line.done_when:
            notes.append(f"done when: {line.done_when}")
        if notes:
            text.append("\n" + " · ".join(notes), style="italic dim")
        for note in line.notes:
            text.append(f"\nnote: {note}", style="italic")
        rows.append((MARKS[line.status], text))
    return _bullets(rows)


def _milestones(lines: list[MilestoneLine], today: date | None) -> Group:
    return _bullets([("*", _milestone_text(line, today)) for line in lines])


def _milestone_text(line: MilestoneLine, today: date | None) -> Text:
    text = Text(line.title)
    if line.due_date is not None:
        if line.done:
            text.append(f" (done; due {day(line.due_date)})", style="green")
        elif today is not None and line.overdue:
            late = (today - line.due_date).days
            text.append(
                f" (overdue by {plural(late, 'day')}, due {day(line.due_date)})", style="red"
            )
        elif today is not None:
            left = (line.due_date - today).days
            text.append(f" (due {day(line.due_date)}, in {plural(left, 'day')})")
    else:
        text.append(f" (due in week {line.due_week})")
    if not line.done and line.open_actions:
        text.append("\nopen: " + ", ".join(line.open_actions), style="dim")
    return text


# --- today ------------------------------------------------------------------------------


def render_today(view: TodayView, roadmap: Roadmap) -> RenderableType:
    parts: list[RenderableType] = []
    phase = view.phase
    heading = Text(f"{phase.title} — ", style="bold")
    if view.days_to_start:
        heading.append(f"starts in {plural(view.days_to_start, 'day')}, on {day(view.start_date)}")
        parts.append(heading)
        parts.append(Text(f"A preview of week 1 of {view.weeks}:", style="italic"))
    else:
        in_phase = (
            f"week {phase.week} of {phase.weeks}"
            if phase.week <= phase.weeks
            else f"week {phase.week}, planned for {phase.weeks}"
        )
        overall = (
            f"week {view.week} of {view.weeks}"
            if view.week <= view.weeks
            else f"week {view.week}, past the planned {view.weeks}"
        )
        heading.append(f"{in_phase} · {overall}")
        parts.append(heading)
    parts.append(Text(f"{day(view.week_start)} to {day(view.week_end)}", style="dim"))
    if view.paused_until is not None:
        reason = f" ({view.pause_reason})" if view.pause_reason else ""
        parts.append(
            Text(
                f"Paused{reason}: back on {day(view.paused_until)}; the schedule waits for "
                "you. Back early? Run: fashioncoach resume",
                style="yellow",
            )
        )
    if not view.days_to_start and view.pace.status != "complete":
        parts.append(Text(f"Pace: {view.pace.line}", style=_PACE_STYLE.get(view.pace.status, "")))

    if view.last_phase and (view.weeks_over or view.complete):
        if view.complete:
            parts.append(Text("\nThe roadmap is complete. Well done!", style="bold green"))
            parts.append(Text("See the whole journey with: fashioncoach report"))
        else:
            parts.append(
                Text(
                    f"\nThe plan's {view.weeks} weeks are over; "
                    f"{plural(len(view.actions), 'action')} still open:",
                    style="bold yellow",
                )
            )
    elif view.weeks_over:
        parts.append(
            Text(
                f"\nThis phase was planned for {plural(phase.weeks, 'week')} and is "
                f"{plural(view.weeks_over, 'week')} over. Finish what is open, then run: "
                "fashioncoach phase next",
                style="yellow",
            )
        )

    if view.actions:
        parts.append(Text(""))
        parts.append(_actions_table(view.actions, roadmap, show_week=False))
    if view.milestones:
        parts.append(_heading("\nMilestones due soon"))
        parts.append(_milestones(view.milestones, view.date))
    if view.resources:
        parts.append(_heading("\nResources this week"))
        rows = []
        for resource in view.resources:
            source = ", ".join(
                item
                for item in (
                    resource.provider,
                    f"offered by {resource.offered_by}" if resource.offered_by else "",
                )
                if item
            )
            rows.append(
                ("-", Text(f"{resource.title} ({resource.kind}{', ' + source if source else ''})"))
            )
        parts.append(_bullets(rows))
    if view.unknown_actions:
        parts.append(
            Text(
                "\nYour progress mentions actions this roadmap no longer has (kept): "
                + ", ".join(view.unknown_actions),
                style="yellow",
            )
        )
    if view.total:
        budget = view.weekly_hours
        if view.hours_open <= budget:
            hours_line = f"{hours(view.hours_open)} left of your {hours(budget)} weekly budget"
        else:
            hours_line = (
                f"{hours(view.hours_open)} left, {hours(view.hours_open - budget)} over "
                f"your {hours(budget)} weekly budget"
            )
        parts.append(Text(f"\n{view.done} of {view.total} done this week · {hours_line}"))
        if view.done == view.total:
            carried = sum(1 for line in view.actions if line.carried_over and line.status == "open")
            if carried:
                parts.append(
                    Text(
                        f"This week's actions are done; {plural(carried, 'carried-over action')} "
                        "still open.",
                        style="yellow",
                    )
                )
            else:
                parts.append(Text("Everything for this week is done.", style="green"))
    if any(line.status == "open" for line in view.actions):
        parts.append(Text("Mark an action with: fashioncoach done ID", style="dim"))
    return Group(*parts)


# --- phase ------------------------------------------------------------------------------


def render_phase(view: PhaseView, roadmap: Roadmap) -> RenderableType:
    parts: list[RenderableType] = []
    heading = Text(f"Phase {view.number} of {view.phases}: {view.title}", style="bold")
    parts.append(heading)
    facts = [
        f"weeks {view.first_week}-{view.last_week} ({plural(view.weeks, 'week')})",
        f"{view.done}/{view.total} actions",
        f"{view.hours_done:g}/{hours(view.hours_total)}",
    ]
    if view.state == "current" and view.week is not None:
        facts.append(f"you are in week {view.week} of {view.weeks}")
    elif view.state != "not started":
        facts.append(view.state)
    if view.began is not None:
        facts.append(f"began {day(view.began)}")
    parts.append(Text(" · ".join(facts), style="dim"))
    parts.append(Text(bar(view.done, view.total) + " " + percent(view.done, view.total)))
    if view.summary:
        parts.append(Text(view.summary, style="italic"))
    parts.append(_heading("\nGoals"))
    parts.append(_bullets([("-", Text(goal)) for goal in view.goals]))
    for week in view.plan:
        label = f"\nWeek {week.week}" + (f": {week.theme}" if week.theme else "")
        parts.append(_heading(label))
        parts.append(_actions_table(week.actions, roadmap, show_week=False))
    return Group(*parts)


# --- report -----------------------------------------------------------------------------


_PACE_STYLE = {"behind": "yellow", "ahead": "green", "on track": "green"}


def render_report(view: ReportView) -> RenderableType:
    from rich.table import Table  # only the views with tables pay for it

    parts: list[RenderableType] = [
        Text(f"Report for {day(view.date)} · {view.roadmap}", style="bold"),
        Text(
            f"Overall  {bar(view.hours_done, view.hours_total)} "
            f"{percent(view.hours_done, view.hours_total)}  "
            f"{view.actions_done}/{view.actions_total} actions · "
            f"{view.hours_done:g}/{hours(view.hours_total)}"
            + (f" · {view.actions_skipped} skipped" if view.actions_skipped else "")
        ),
        Text(
            f"Now      phase {view.phase.number}: {view.phase.title}, week {view.phase.week} "
            f"of {view.phase.weeks} · plan week {view.week} of {view.weeks}"
        ),
    ]

    parts.append(_heading("\nSchedule"))
    schedule = Table.grid(padding=(0, 2))
    schedule.add_row("Started on", day(view.started_on))
    planned = day(view.planned_finish)
    if view.replanned_on is not None:
        planned += f" (replanned {day(view.replanned_on)})"
    schedule.add_row("Planned finish", planned)
    if view.projected_finish is not None:
        projected = day(view.projected_finish)
        if view.status != "complete" and view.pace_hours_per_week is not None:
            projected += f" at {view.pace_hours_per_week:.1f} h a week (the last 4 weeks' pace)"
    elif view.pace_hours_per_week == 0 and view.actions_done + view.actions_skipped:
        projected = "nothing done in the last 4 weeks to tell"
    else:
        projected = "not enough done yet to tell"
    schedule.add_row("Projected finish", projected)
    schedule.add_row("Status", status_line(view))
    if view.status in ("behind", "ahead"):
        schedule.add_row("Pace", view.pace)
    if view.paused_days:
        schedule.add_row("Paused", plural(view.paused_days, "day"))
    parts.append(schedule)
    if view.repeated_blockers:
        for blocker in view.repeated_blockers:
            parts.append(
                Text(
                    f"You noted '{blocker}' as a blocker more than once: a new plan may help. "
                    "See one with: fashioncoach replan --dry-run",
                    style="yellow",
                )
            )

    if view.burndown:
        parts.append(_heading("\nBurndown (hours left, estimates)"))
        parts.append(_burndown(view))

    for title, tallies in (("Phases", view.phases), ("Skills", view.skills)):
        parts.append(_heading(f"\n{title}"))
        table = Table(box=None, show_header=False, pad_edge=False)
        table.add_column("name", ratio=1)
        table.add_column("bar", no_wrap=True)
        table.add_column("count", no_wrap=True, justify="right")
        for tally in tallies:
            marker = " <" if title == "Phases" and tally.id == view.phase.id else ""
            spent = (
                f" · {hours(tally.hours_actual)} spent"
                if tally.done and tally.hours_actual != tally.hours_done
                else ""
            )
            table.add_row(
                Text(tally.title + marker),
                bar(tally.hours_done, tally.hours_total, 12),
                f"{tally.done}/{tally.total} · {tally.hours_done:g}/{hours(tally.hours_total)}"
                + spent,
            )
        parts.append(table)
    if view.actions_done:
        estimate, actual = view.hours_done, view.hours_actual
        if actual > estimate:
            verdict = f"{hours(actual - estimate)} more than estimated"
        elif actual < estimate:
            verdict = f"{hours(estimate - actual)} less than estimated"
        else:
            verdict = "as estimated"
        parts.append(
            Text(
                f"Time spent on done actions: {hours(actual)} against {hours(estimate)} "
                f"estimated ({verdict})"
            )
        )

    if view.confidence:
        parts.append(_heading("\nConfidence (weekly reviews, 1-5)"))
        table = Table(box=None, show_header=False, pad_edge=False)
        table.add_column("skill", ratio=1)
        table.add_column("history")
        for skill in view.confidence:
            table.add_row(
                Text(skill.title),
                Text(" ".join(f"w{point.week}:{point.level}" for point in skill.history)),
            )
        parts.append(table)

    done = [line for line in view.milestones if line.done]
    overdue = [line for line in view.milestones if line.overdue]
    pending = [line for line in view.milestones if not line.done and not line.overdue]
    parts.append(
        _heading(f"\nMilestones: {len(done)} done · {len(pending)} open · {len(overdue)} overdue")
    )
    parts.append(_milestones(overdue + pending, view.date))

    if view.activity:
        parts.append(
            _heading(
                f"\nActivity (actions done per week; time spent of your {hours(view.weekly_hours)})"
            )
        )
        activity = Table(box=None, show_header=False, pad_edge=False)
        activity.add_column("week", no_wrap=True)
        activity.add_column("bar", no_wrap=True)
        activity.add_column("hours", no_wrap=True, justify="right")
        most = max((item.done for item in view.activity), default=0) or 1
        for item in view.activity:
            activity.add_row(
                f"week {item.week} ({item.start:%d %b})",
                "#" * round(BAR_WIDTH * item.done / most) + f" {item.done}",
                f"{item.hours:g}/{hours(view.weekly_hours)}",
            )
        parts.append(activity)
        parts.append(Text(f"Streak: {plural(view.streak_weeks, 'week')} with progress"))
    if view.unknown_actions:
        parts.append(
            Text(
                "\nKept from your log, no longer in this roadmap: "
                + ", ".join(view.unknown_actions),
                style="yellow",
            )
        )
    return Group(*parts)


BURNDOWN_ROWS = 8
BURNDOWN_WIDTH = 48


def _burndown(view: ReportView) -> RenderableType:
    """Hours left at the end of each week: ``#`` yours, ``-`` the plan's (``+`` both)."""
    points = view.burndown
    top = max([view.hours_total, *(point.planned_remaining for point in points)]) or 1.0
    cells = _week_cells(len(points))

    def level(value: float) -> int:
        return round(BURNDOWN_ROWS * value / top)

    columns = []
    for _, high in cells:
        point = points[high - 1]
        actual = None if point.remaining is None else level(point.remaining)
        columns.append((actual, level(point.planned_remaining)))
    label_width = len(hours(top))
    wide = max(1, BURNDOWN_WIDTH // len(columns))
    lines = []
    for row in range(BURNDOWN_ROWS, 0, -1):
        chars = []
        for actual, planned in columns:
            if actual is not None and row <= actual:
                chars.append(("+" if row == planned else "#") * wide)
            elif row == planned:
                chars.append("-" * wide)
            else:
                chars.append(" " * wide)
        label = hours(top) if row == BURNDOWN_ROWS else ""
        lines.append(f"{label:>{label_width}} |" + "".join(chars).rstrip())
    lines.append(f"{'0 h':>{label_width}} +" + "-" * (len(columns) * wide))
    first, last = f"week {points[0].week}", f"week {points[-1].week}"
    gap = max(1, len(columns) * wide - len(first) - len(last) + 1)
    lines.append(" " * (label_width + 1) + first + " " * gap + last)
    lines.append("# hours left   - planned hours left   + both")
    return Text("\n".join(lines))


# --- timeline ---------------------------------------------------------------------------


def _week_cells(weeks: int) -> list[tuple[int, int]]:
    """The weeks each character of a Gantt bar stands for, so long plans fit 80 columns."""
    per_cell = max(1, -(-weeks // 30))
    return [(first, min(first + per_cell - 1, weeks)) for first in range(1, weeks + 1, per_cell)]


def _gantt(first: int, last: int, weeks: int, fill: str, empty: str = ".") -> str:
    return "".join(
        fill if low <= last and high >= first else empty for low, high in _week_cells(weeks)
    )


def render_timeline(view: TimelineView) -> RenderableType:
    from rich import box
    from rich.table import Table  # only the views with tables pay for it

    total_hours = sum(phase.hours for phase in view.phases)
    parts: list[RenderableType] = [
        Text(f"{view.roadmap} — {plural(view.weeks, 'week')}, {hours(total_hours)}", style="bold")
    ]
    started = view.started_on is not None
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    table.add_column("Phase", ratio=1)
    table.add_column("Weeks", no_wrap=True)
    if started:
        table.add_column("Dates", no_wrap=True)
    table.add_column("Hours", justify="right", no_wrap=True)
    table.add_column("Plan", no_wrap=True)
    for phase in view.phases:
        extended = f" (+{plural(phase.extended_weeks, 'week')})" if phase.extended_weeks else ""
        row: list[RenderableType] = [
            Text(phase.title + extended + (" <" if phase.state == "current" else "")),
            f"{phase.first_week}-{phase.last_week}",
        ]
        if started:
            row.append(
                f"{phase.starts:%d %b}-{phase.ends:%d %b %y}" if phase.starts and phase.ends else ""
            )
        row += [hours(phase.hours), _gantt(phase.first_week, phase.last_week, view.weeks, "#")]
        table.add_row(*row)
    due_weeks = {line.due_week for line in view.milestones}
    marks = "".join(
        "M" if any(low <= week <= high for week in due_weeks) else "."
        for low, high in _week_cells(view.weeks)
    )
    blanks = [""] * (3 if started else 2)
    table.add_row("Milestones", *blanks, marks)
    if view.you_are_here is not None:
        here = _gantt(view.you_are_here, view.you_are_here, view.weeks, "^", " ")
        table.add_row(f"You are here (week {view.you_are_here})", *blanks, here.rstrip())
    parts.append(table)
    parts.append(_heading("Milestones"))
    rows = []
    for line in view.milestones:
        label = f"week {line.due_week}" + (f", {line.horizon}" if line.horizon else "")
        text = Text(f"{label}: ", style="yellow")
        text.append(line.title, style="")
        if line.due_date is not None:
            text.append(f" (due {day(line.due_date)}" + (", done)" if line.done else ")"))
        rows.append(("M", text))
    parts.append(_bullets(rows))
    if view.pauses:
        parts.append(_heading("Pauses (the schedule moves on by their length)"))
        pause_rows = []
        for pause in view.pauses:
            last = pause.until - timedelta(days=1)
            reason = f", {pause.reason}" if pause.reason else ""
            pause_rows.append(
                (
                    "P",
                    Text(
                        f"{day(pause.start)} to {day(last)} ({plural(pause.days, 'day')}{reason})"
                    ),
                )
            )
        parts.append(_bullets(pause_rows))
    if view.replanned_on is not None:
        parts.append(Text(f"Replanned on {day(view.replanned_on)}.", style="dim"))
    if not started:
        parts.append(Text("\nStart your plan with: fashioncoach start", style="dim"))
    return Group(*parts)


# --- skills and reality check -----------------------------------------------------------


def render_skills(roadmap: Roadmap) -> RenderableType:
    parts: list[RenderableType] = []
    if roadmap.transferable_skills:
        parts.append(_heading("Skills you already have"))
        if roadmap.sections.transferable_skills:
            parts.append(Text(roadmap.sections.transferable_skills, style="italic"))
        parts.append(
            _bullets(
                [
                    ("-", Text(have.name + "\n", style="bold").append(have.applies, style=""))
                    for have in roadmap.transferable_skills
                ]
            )
        )
    parts.append(_heading("\nSkills to learn, most important first"))
    if roadmap.sections.skills:
        parts.append(Text(roadmap.sections.skills, style="italic"))
    resources = {resource.id: resource for resource in roadmap.resources}
    rows = []
    for skill in sorted(roadmap.skills, key=lambda item: item.priority):
        name = skill.name + (f" (e.g. {', '.join(skill.examples)})" if skill.examples else "")
        text = Text(name, style="bold")
        if skill.advice:
            text.append("\n" + skill.advice, style="")
        listed = []
        for resource_id in skill.resources:
            resource = resources[resource_id]
            details: list[str] = [resource.kind]
            if resource.provider:
                details.append(resource.provider)
            if resource.offered_by:
                details.append(f"offered by {resource.offered_by}")
            if resource.url:
                details.append(resource.url)
            listed.append(("-", Text(f"{resource.title} ({', '.join(details)})")))
        # A nested list, so a resource that wraps stays indented under its own dash.
        rows.append((f"{skill.priority}.", Group(text, _bullets(listed)) if listed else text))
    parts.append(_bullets(rows))
    return Group(*parts)


def render_reality(roadmap: Roadmap) -> RenderableType:
    from rich import box
    from rich.table import Table  # only the views with tables pay for it

    parts: list[RenderableType] = [_heading("Reality check")]
    if roadmap.sections.reality_check:
        parts.append(Text(roadmap.sections.reality_check, style="italic"))
    check = roadmap.reality_check
    for title, items in (
        ("What you'll love", check.love),
        ("What you might miss", check.miss),
        ("Biggest challenges", check.challenges),
    ):
        if items:
            parts.append(_heading(f"\n{title}"))
            parts.append(_bullets([("-", Text(item)) for item in items]))
    salary = roadmap.salary
    if salary is not None:
        columns = formatting.salary_columns(salary)
        if columns:
            parts.append(_heading("\nSalary"))
            table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
            for header, _ in columns:
                table.add_column(header, overflow="fold")
            table.add_row(*(cell for _, cell in columns))
            parts.append(table)
        change = formatting.salary_change(salary)
        if change:
            parts.append(Text(change))
    for question in roadmap.faq:
        parts.append(_heading(f"\n{question.question or 'Frequently asked'}"))
        parts.append(Text(question.answer))
    return Group(*parts)


# --- replan, phase gate, portfolio ------------------------------------------------------


def _load(count: int, total: float) -> str:
    return f"{plural(count, 'action')}, {hours(total)}" if count else "-"


def render_replan(proposal: Replan) -> RenderableType:
    from rich import box
    from rich.table import Table  # only the views with tables pay for it

    parts: list[RenderableType] = [
        _heading(
            f"Replan of {proposal.phase_title}: you are in week {proposal.phase_week} "
            f"of {proposal.weeks_before}"
        )
    ]
    if not proposal.needed:
        parts.append(
            Text("Nothing from earlier weeks is open: your plan needs no change.", style="green")
        )
        return Group(*parts)
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    table.add_column("Week", no_wrap=True)
    table.add_column("Dates", no_wrap=True)
    table.add_column("Before", no_wrap=True)
    table.add_column("After", no_wrap=True)
    for row in proposal.weeks:
        label = f"{row.week} ({row.plan_week})"
        if row.week > proposal.weeks_before:
            label += " new"
        table.add_row(
            label,
            f"{row.start:%d %b}-{row.end:%d %b}",
            _load(row.actions_before, row.hours_before),
            _load(row.actions_after, row.hours_after),
        )
    parts.append(Text("Weeks of the phase (plan week in brackets), open work only:", style="dim"))
    parts.append(table)
    parts.append(_heading("Moves"))
    parts.append(
        _bullets(
            [
                (
                    "-",
                    Text(
                        f"{move.id} ({hours(move.hours)}): week {move.from_week} -> "
                        f"week {move.to_week}"
                    ),
                )
                for move in proposal.moves
            ]
        )
    )
    budget = hours(proposal.weekly_hours)
    if proposal.extend_by:
        parts.append(
            Text(
                f"The open work does not fit in the weeks left within your {budget} a week: "
                f"{proposal.phase_title} is extended by {plural(proposal.extend_by, 'week')} "
                f"(to {plural(proposal.weeks_after, 'week')}); later phases move on with it.",
                style="yellow",
            )
        )
    else:
        parts.append(Text(f"Everything fits in the weeks left within your {budget} a week."))
    return Group(*parts)


def render_phase_gate(gate: PhaseGate) -> RenderableType:
    parts: list[RenderableType] = [
        _heading(f"Before you leave {gate.title} for {gate.next_title}"),
        _heading("\nDeliverables"),
    ]
    rows = []
    for line in gate.deliverables:
        text = Text(f"{line.id}: {line.title}")
        if line.done_when:
            text.append(f"\ndone when: {line.done_when}", style="italic dim")
        rows.append((MARKS[line.status], text))
    parts.append(_bullets(rows))
    parts.append(_heading("\nYour confidence (latest weekly review, 1-5)"))
    skill_rows = []
    for skill in gate.skills:
        rated = (
            f"{skill.confidence} (week {skill.week})"
            if skill.confidence is not None
            else "not rated yet (fashioncoach review)"
        )
        skill_rows.append(("-", Text(f"{skill.title}: {rated}")))
    parts.append(_bullets(skill_rows))
    return Group(*parts)


def render_portfolio(view: PortfolioView) -> RenderableType:
    if not view.total:
        return Text(
            "No evidence yet. Attach a file or link to an action with:\n"
            "fashioncoach evidence ID PATH_OR_URL"
        )
    parts: list[RenderableType] = [
        _heading(f"Portfolio: {plural(view.total, 'piece')} of evidence, by skill")
    ]
    for skill in view.skills:
        parts.append(_heading(f"\n{skill.title}"))
        parts.append(
            _bullets(
                [
                    (
                        "-",
                        Text(f"{line.ref}\n", style="bold").append(
                            f"{line.action}: {line.title} (added {day(line.added)})", style="dim"
                        ),
                    )
                    for line in skill.evidence
                ]
            )
        )
    if view.unknown_actions:
        parts.append(
            Text(
                "\nEvidence for actions this roadmap no longer has (kept): "
                + ", ".join(view.unknown_actions),
                style="yellow",
            )
        )
    return Group(*parts)
