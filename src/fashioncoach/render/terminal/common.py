"""TODO docstring."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.segment import Segment
from rich.text import Text

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date

    from rich.console import Console, ConsoleOptions, RenderResult

    from fashioncoach.model.roadmap import Roadmap
    from fashioncoach.views.lines import ActionLine, MilestoneLine

from fashioncoach.render import phrases, text
from fashioncoach.render.text import hours

BAR_WIDTH = 20


MARKS = {"done": "[x]", "skipped": "[-]", "open": "[ ]"}


def bar(done: float, total: float, width: int = BAR_WIDTH) -> str:
    return text.bar(done, total, width)


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
    style = "green" if line.done else "red" if line.overdue and today is not None else ""
    text.append(f" ({phrases.milestone_due(line, today)})", style=style)
    if not line.done and line.open_actions:
        text.append("\nopen: " + ", ".join(line.open_actions), style="dim")
    return text


_PACE_STYLE = {"behind": "yellow", "ahead": "green", "on track": "green"}
