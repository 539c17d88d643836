"""TODO docstring."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.text import Text

from fashioncoach.render import phrases
from fashioncoach.render.terminal.common import BAR_WIDTH, bar

if TYPE_CHECKING:
    from fashioncoach.views.report import ReportView

    pass


from fashioncoach.render.terminal.common import _heading, _milestones
from fashioncoach.render.terminal.timeline import _week_cells
from fashioncoach.render.text import day, hours, percent, plural, status_line


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
                "\n" + phrases.kept_unknown(view.unknown_actions),
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
