"""TODO docstring."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.text import Text

from fashioncoach.render.terminal.common import bar

if TYPE_CHECKING:
    from fashioncoach.model.roadmap import Roadmap
    from fashioncoach.views.phase import PhaseGate, PhaseView

    pass


from fashioncoach.render.terminal.common import MARKS, _actions_table, _bullets, _heading
from fashioncoach.render.text import day, hours, percent, plural


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
