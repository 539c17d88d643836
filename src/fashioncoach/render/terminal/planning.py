"""``replan``'s proposal and ``portfolio`` on the terminal."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Group, RenderableType

from fashioncoach.render import phrases
from fashioncoach.render.terminal.common import bullets, heading
from fashioncoach.render.terminal.words import Words
from fashioncoach.render.text import day, hours, one_line, plural

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderResult

    from fashioncoach.core.replan import Replan
    from fashioncoach.views.portfolio import PortfolioView


SHOWN_WEEKS = 8  # the coming weeks replan's table shows; --json has them all
SHOWN_MOVES = 10


def _load(count: int, total: float) -> str:
    return f"{plural(count, 'action')}, {hours(total)}" if count else "-"


def render_replan(proposal: Replan) -> RenderableType:
    from rich import box
    from rich.table import Table  # only the views with tables pay for it

    parts: list[RenderableType] = [
        heading(
            f"Replan: your plan is {plural(proposal.weeks_before, 'week')}, to "
            f"{day(proposal.finish_before)}"
        )
    ]
    if not proposal.needed:
        parts.append(Words("Your forecast is your plan already: nothing to change.", style="green"))
        return Group(*parts)
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    table.add_column("Week", no_wrap=True)
    table.add_column("Dates", no_wrap=True)
    table.add_column("Now", no_wrap=True)
    table.add_column("After", no_wrap=True)
    stacked = []
    for row in proposal.week_loads[:SHOWN_WEEKS]:
        dates = f"{row.start:%d %b}-{row.end:%d %b}"
        now = _load(row.actions_before, row.hours_before)
        after = _load(row.actions_after, row.hours_after)
        table.add_row(str(row.week), dates, now, after)
        stacked.append((f"{row.week}.", Words(f"{dates}: now {now}; after {after}")))
    parts.append(
        Words("Open work by the plan week it starts in, in your plan now and after:", style="dim")
    )
    parts.append(WideOrStacked(table, bullets(stacked)))
    if len(proposal.week_loads) > SHOWN_WEEKS:
        later = len(proposal.week_loads) - SHOWN_WEEKS
        parts.append(Words(f"... and {plural(later, 'later week')} (all with --json)", style="dim"))
    if proposal.moves:
        parts.append(heading("Moves"))
        rows: list[tuple[str, RenderableType]] = [
            (
                "-",
                Words(
                    f"{move.id} ({hours(move.hours)}): week {move.from_week} -> week {move.to_week}"
                ),
            )
            for move in proposal.moves[:SHOWN_MOVES]
        ]
        if len(proposal.moves) > SHOWN_MOVES:
            more = len(proposal.moves) - SHOWN_MOVES
            rows.append(("-", Words(f"and {plural(more, 'more action')} (all with --json)")))
        parts.append(bullets(rows))
    parts.append(
        Words(
            phrases.finish_moves(proposal.finish_before, proposal.finish_after)
            + f" The new plan packs your open work at {hours(proposal.weekly_hours)} a week.",
            style="yellow" if proposal.days_later > 0 else "",
        )
    )
    return Group(*parts)


class WideOrStacked:
    """A table where it fits whole; on a narrower terminal the same facts as lines, so
    no cell is cut ("2.…") or wrapped into a column of half figures."""

    def __init__(self, table: RenderableType, stacked: RenderableType) -> None:
        self.table = table
        self.stacked = stacked

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        # Measured unbounded: Rich clamps a measure to the width it is given.
        whole = console.measure(self.table, options=options.update_width(10_000)).maximum
        fits = whole <= options.max_width
        yield self.table if fits else self.stacked


def render_portfolio(view: PortfolioView) -> RenderableType:
    if not view.total:
        return Words(
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
                        Words(f"{one_line(line.ref)}\n", style="bold").append(
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
            Words(
                "\n" + phrases.kept_unknown(view.unknown_actions),
                style="yellow",
            )
        )
    return Group(*parts)
