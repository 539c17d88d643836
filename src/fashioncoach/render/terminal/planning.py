"""``replan``'s proposal and ``portfolio`` on the terminal."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.text import Text

from fashioncoach.render import phrases
from fashioncoach.render.terminal.common import bullets, heading
from fashioncoach.render.text import day, hours, one_line, plural

if TYPE_CHECKING:
    from fashioncoach.core.replan import Replan
    from fashioncoach.views.portfolio import PortfolioView


def _load(count: int, total: float) -> str:
    return f"{plural(count, 'action')}, {hours(total)}" if count else "-"


def render_replan(proposal: Replan) -> RenderableType:
    from rich import box
    from rich.table import Table  # only the views with tables pay for it

    parts: list[RenderableType] = [
        heading(
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
    parts.append(heading("Moves"))
    parts.append(
        bullets(
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


def render_portfolio(view: PortfolioView) -> RenderableType:
    if not view.total:
        return Text(
            "No evidence yet. Attach a file or link to an action with:\n"
            "fashioncoach evidence ID PATH_OR_URL"
        )
    parts: list[RenderableType] = [
        heading(f"Portfolio: {plural(view.total, 'piece')} of evidence, by skill")
    ]
    for skill in view.skills:
        parts.append(heading(f"\n{skill.title}"))
        parts.append(
            bullets(
                [
                    (
                        "-",
                        Text(f"{one_line(line.ref)}\n", style="bold").append(
                            f"{one_line(line.action)}: {one_line(line.title)} "
                            f"(added {day(line.added)})",
                            style="dim",
                        ),
                    )
                    for line in skill.evidence
                ]
            )
        )
    if view.unknown_actions:
        parts.append(
            Text(
                "\n" + phrases.kept_unknown(view.unknown_actions),
                style="yellow",
            )
        )
    return Group(*parts)
