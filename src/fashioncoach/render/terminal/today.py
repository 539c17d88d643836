"""TODO docstring."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.text import Text

from fashioncoach.render import phrases

if TYPE_CHECKING:
    from fashioncoach.model.roadmap import Roadmap
    from fashioncoach.views.today import TodayView

    pass


from fashioncoach.render.terminal.common import (
    _PACE_STYLE,
    _actions_table,
    _bullets,
    _heading,
    _milestones,
)
from fashioncoach.render.text import day, hours, plural


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
                "\n" + phrases.kept_unknown(view.unknown_actions),
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
