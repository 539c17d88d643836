"""The pieces every terminal view is drawn with: headings, hanging bullets, action lines,
milestones and the styles that give status a colour.

Everything stays readable when piped or with ``NO_COLOR``: ASCII check marks, no
boxes, text that wraps on words under its own marker. Colour only adds meaning:
late work stands out, done work recedes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.segment import Segment
from rich.text import Text

from fashioncoach.render import phrases, text
from fashioncoach.render.terminal.words import Words
from fashioncoach.render.text import hours, one_line

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date

    from rich.console import Console, ConsoleOptions, RenderResult

    from fashioncoach.model.roadmap import Roadmap
    from fashioncoach.views.lines import ActionLine, MilestoneLine

BAR_WIDTH = 20
MARKS = {"done": "[x]", "skipped": "[-]", "known": "[k]", "open": "[ ]"}
STATUS_STYLE = {
    "behind": "yellow",
    "paused": "yellow",
    "ahead": "green",
    "on-track": "green",
    "complete": "bold green",
}


def bar(done: float, total: float, width: int = BAR_WIDTH) -> str:
    return text.bar(done, total, width)


def heading(words: str) -> Text:
    """A heading: one line (a leading newline is layout), whatever its title holds."""
    blank = "\n" if words.startswith("\n") else ""
    return Words(blank + one_line(words.removeprefix(blank)), style="bold")


def skill_names(roadmap: Roadmap) -> dict[str, str]:
    names = {skill.id: skill.name for skill in roadmap.skills}
    names.update({skill.id: skill.name for skill in roadmap.transferable_skills})
    return names


class Hanging:
    """A marker, then content that wraps on words under itself (a hanging indent).

    What a two-column ``Table.grid`` draws, for a fraction of its cost: ``today``
    renders one per action and does not import ``rich.table`` at all.
    """

    def __init__(self, marker: str, content: RenderableType, width: int) -> None:
        self.marker = marker.rjust(width) if marker[:1].isdigit() else marker.ljust(width)
        self.content = content

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        indent = len(self.marker) + 1
        body = options.update(width=max(1, options.max_width - indent))
        lines = console.render_lines(self.content, body, pad=False)
        for number, line in enumerate(lines):
            yield Segment(self.marker + " " if number == 0 else " " * indent)
            yield from line
            yield Segment.line()


def bullets(rows: Sequence[tuple[str, RenderableType]]) -> Group:
    """Markers in a column of their own, each item's text wrapping under itself."""
    width = max((len(marker) for marker, _ in rows), default=0)
    return Group(*(Hanging(marker, content, width) for marker, content in rows))


def action_tags(line: ActionLine, names: dict[str, str], heading: str = "") -> str:
    """What an action is for: its skills, the skills of the learner's own it uses,
    or career work; a skill named like the ``heading`` above the list is not repeated."""
    tags = [one_line(names.get(skill, skill)) for skill in line.skills]
    if not tags:
        tags = [one_line(names.get(skill, skill)) for skill in line.uses] or (
            ["career"] if line.career else []
        )
    return ", ".join(tag for tag in tags if tag.casefold() != heading.casefold())


def actions_list(
    lines: list[ActionLine],
    roadmap: Roadmap,
    *,
    show_week: bool = False,
    milestone_marks: dict[str, str] | None = None,
    heading: str = "",
) -> Group:
    """Actions with their mark (and number, when ``today`` gave them one).

    Open work is plain, late work (carried over, left in an earlier phase) yellow, and
    what is done or skipped dim; ``milestone_marks`` puts a milestone's due date on
    the actions that meet it, instead of a list of its own. A skill named like the
    ``heading`` the list sits under (its phase) is not repeated on every line.
    """
    names = skill_names(roadmap)
    rows = []
    for line in lines:
        is_open = line.status == "open"
        late = is_open and (line.late or bool(line.left_in))
        style = "yellow" if late else "" if is_open else "dim"
        body = Words(one_line(line.id), style=("bold " + style).strip() if is_open else style)
        tags = action_tags(line, names, heading)
        body.append(f" · {hours(line.hours)}" + (f" · {tags}" if tags else ""), style=style)
        body.append("\n" + one_line(line.title), style=style)
        details = []
        if line.left_in and is_open:
            details.append(f"left in {line.left_in}")
        elif line.late:
            details.append(f"planned for week {line.planned_week}")
        elif show_week:
            details.append(f"week {line.week}")
        if milestone_marks and line.id in milestone_marks and is_open:
            details.append(milestone_marks[line.id])
        if line.done_when:
            details.append(f"done when: {line.done_when}")
        if details:
            body.append("\n" + " · ".join(details), style="italic dim" if not late else "italic")
        for note in line.notes:
            body.append(f"\nnote: {note}", style="italic")
        mark = MARKS[line.status]
        rows.append((f"{line.number} {mark}" if line.number else mark, body))
    return bullets(rows)


def milestones_list(lines: list[MilestoneLine], today: date | None) -> Group:
    return bullets([("*", milestone_text(line, today)) for line in lines])


def milestone_text(line: MilestoneLine, today: date | None) -> Text:
    words = Words(one_line(line.title))
    style = "green" if line.done else "red" if line.overdue and today is not None else ""
    words.append(f" ({phrases.milestone_due(line, today)})", style=style)
    if not line.done and line.open_actions:
        words.append("\nopen: " + ", ".join(map(one_line, line.open_actions)), style="dim")
    return words
