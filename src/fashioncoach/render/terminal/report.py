"""``report`` on the terminal: where you stand, the verdict, the burndown, phases,
skills, milestones and activity. Rows lay out side by side on a wide terminal and
stack below 60 columns, so no word is cut at any width."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.segment import Segment

from fashioncoach.render import phrases
from fashioncoach.render.terminal.common import (
    BAR_WIDTH,
    STATUS_STYLE,
    bar,
    bullets,
    heading,
    milestones_list,
)
from fashioncoach.render.terminal.timeline import week_cells
from fashioncoach.render.terminal.words import Words
from fashioncoach.render.text import day, hours, plural

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderResult

    from fashioncoach.views.report import ReportView, Tally

NARROW = 60  # below this many columns, rows stack
ACTIVITY_WEEKS = 8  # the terminal shows the last weeks; the HTML page all of them


class Rows:
    """Label, then bar and figures: on one line when the terminal is wide, the figures
    under the label when it is narrow."""

    def __init__(self, rows: list[tuple[str, str, str]]) -> None:
        self.rows = rows

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = options.max_width
        label_width = max((len(label) for label, _, _ in self.rows), default=0)
        figures_width = max(
            (len(f"{graph} {figures}") for _, graph, figures in self.rows), default=0
        )
        side_by_side = width >= NARROW and label_width + 2 + figures_width <= width
        for label, graph, figures in self.rows:
            if side_by_side:
                yield Segment(f"{label:<{label_width}}  {graph} {figures}".rstrip())
                yield Segment.line()
                continue
            yield from console.render(Words(label), options)
            yield from console.render(Words(f"  {graph} {figures}".rstrip()), options)


def _tally_rows(tallies: list[Tally], current: str | None) -> Rows:
    rows = []
    for tally in tallies:
        spent = (
            f" · {hours(tally.hours_actual)} spent"
            if tally.done and tally.hours_actual != tally.hours_done
            else ""
        )
        counts = phrases.counts(tally.done, tally.skipped, tally.total)
        rows.append(
            (
                tally.title + (" <" if tally.id == current else ""),
                bar(tally.hours_closed, tally.hours_total, 12),
                f"{counts} · {tally.hours_done:g}/{hours(tally.hours_total)}{spent}",
            )
        )
    return Rows(rows)


def render_report(view: ReportView) -> RenderableType:
    clock = view.clock
    overall = (
        f"{bar(view.hours_closed, view.hours_total)} {f'{view.percent}%'}  "
        + phrases.counts(view.actions_done, view.actions_skipped, view.actions_total)
        + f" actions · {view.hours_done:g}/{hours(view.hours_total)}"
    )
    parts: list[RenderableType] = [
        Words(f"Report for {day(view.date)} · {view.roadmap}", style="bold"),
        bullets(
            [
                ("Overall", Words(overall)),
                (
                    "Now",
                    Words(f"phase {view.phase_position.number}: {view.phase_position.title}, ")
                    + Words(phrases.weeks_of(clock)),
                ),
                ("Status", Words(view.pace.line, style=STATUS_STYLE.get(view.status, ""))),
            ]
        ),
    ]
    step = phrases.report_step(view)
    if step:
        parts.append(Words(step, style="green"))

    parts.append(heading("\nSchedule"))
    planned = day(view.planned_finish)
    if view.replanned_on is not None:
        planned += f" (replanned {day(view.replanned_on)})"
    rows = [
        ("Started on", Words(day(view.started_on))),
        ("Planned finish", Words(planned)),
        ("Projected finish", Words(phrases.projected(clock))),
    ]
    if view.pace_hours_per_week is not None:
        rows.append(("Lately", Words(f"{view.pace_hours_per_week:.1f} h of planned work a week")))
    if view.own_pace is not None:
        rows.append(("Your pace", Words(phrases.own_pace(view.own_pace, view.clock))))
    if view.paused_days:
        rows.append(("Paused", Words(plural(view.paused_days, "day"))))
    parts.append(bullets(rows))
    if view.left:
        parts.append(
            Words(f"Left in earlier phases, still open: {', '.join(view.left)}", style="yellow")
        )
    for blocker in view.repeated_blockers if view.status != "complete" else []:
        parts.append(
            Words(
                f"You noted '{blocker}' as a blocker more than once. "
                "See a lighter plan with: fashioncoach replan --dry-run",
                style="yellow",
            )
        )

    if view.burndown:
        parts.append(heading("\nBurndown (hours left, estimates)"))
        parts.append(Burndown(view))

    parts.append(heading("\nPhases"))
    parts.append(_tally_rows(view.phases, view.phase_position.id))
    parts.append(heading("\nSkills"))
    parts.append(_tally_rows(view.skills, None))
    extra = [*view.transferable, *([view.career] if view.career else [])]
    if extra:
        parts.append(heading("\nSkills you have, and career work"))
        parts.append(_tally_rows(extra, None))
    if view.actions_done:
        estimate, actual = view.hours_done, view.hours_actual
        if actual > estimate:
            verdict = f"{hours(actual - estimate)} more than estimated"
        elif actual < estimate:
            verdict = f"{hours(estimate - actual)} less than estimated"
        else:
            verdict = "as estimated"
        parts.append(
            Words(
                f"Time spent on done actions: {hours(actual)} against {hours(estimate)} "
                f"estimated ({verdict})"
            )
        )

    if view.confidence:
        parts.append(heading("\nConfidence (weekly reviews, 1-5)"))
        parts.append(
            bullets(
                [
                    (
                        "-",
                        Words(
                            f"{skill.title}: "
                            + " ".join(f"w{point.week}:{point.level}" for point in skill.history)
                        ),
                    )
                    for skill in view.confidence
                ]
            )
        )

    done = [line for line in view.milestones if line.done]
    overdue = [line for line in view.milestones if line.overdue]
    pending = [line for line in view.milestones if not line.done and not line.overdue]
    parts.append(
        heading(f"\nMilestones: {len(done)} done · {len(pending)} open · {len(overdue)} overdue")
    )
    if overdue or pending:
        parts.append(milestones_list(overdue + pending, view.date))

    activity = view.activity[-ACTIVITY_WEEKS:]
    if activity:
        parts.append(
            heading(f"\nActivity (actions done a week; hours spent of {hours(view.weekly_hours)})")
        )
        most = max((item.done for item in activity), default=0) or 1
        parts.append(
            Rows(
                [
                    (
                        f"week {item.week} ({item.start:%d %b})",
                        ("#" * round(BAR_WIDTH * item.done / most) + f" {item.done}").strip(),
                        f"· {item.hours:g} h",
                    )
                    for item in activity
                ]
            )
        )
        parts.append(Words(f"Streak: {plural(view.streak_weeks, 'week')} with progress"))
    if view.unknown_actions:
        parts.append(Words("\n" + phrases.kept_unknown(view.unknown_actions), style="yellow"))
    return Group(*parts)


BURNDOWN_ROWS = 8


BURNDOWN_WIDTH = 48


class Burndown:
    """Hours left at the end of each week: ``#`` yours, ``-`` the plan's (``+`` both),
    as wide as the terminal allows up to ``BURNDOWN_WIDTH``."""

    def __init__(self, view: ReportView) -> None:
        self.view = view

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield Words("\n".join(self.lines(options.max_width)), no_wrap=True, overflow="ignore")

    def lines(self, width: int) -> list[str]:
        view = self.view
        points = view.burndown
        top = max([view.hours_total, *(point.planned_remaining for point in points)]) or 1.0
        label_width = len(hours(top))
        room = max(1, min(BURNDOWN_WIDTH, width - label_width - 2))
        cells = week_cells(len(points), room)

        def level(value: float) -> int:
            return round(BURNDOWN_ROWS * value / top)

        columns = []
        for _, high in cells:
            point = points[high - 1]
            actual = None if point.remaining is None else level(point.remaining)
            columns.append((actual, level(point.planned_remaining)))
        wide = max(1, room // len(columns))
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
        gap = len(columns) * wide - len(first) - len(last) + 1
        axis = " " * (label_width + 1) + first
        lines.append(axis + " " * gap + last if gap >= 1 else axis)
        legend = "# hours left   - planned hours left   + both"
        lines.extend([legend] if len(legend) <= width else legend.split("   "))
        return lines
