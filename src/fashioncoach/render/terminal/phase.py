"""``phase`` on the terminal: goals and the phase's weeks; and the compact gate that
``phase next`` shows before it asks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Group, RenderableType

from fashioncoach.render import phrases
from fashioncoach.render.terminal.common import actions_list, bar, bullets, heading
from fashioncoach.render.terminal.words import Words
from fashioncoach.render.text import day, hours, plural

if TYPE_CHECKING:
    from fashioncoach.model.roadmap import Roadmap
    from fashioncoach.views.phase import PhaseGate, PhaseView


def render_phase(view: PhaseView, roadmap: Roadmap) -> RenderableType:
    parts: list[RenderableType] = [
        heading(f"Phase {view.number} of {view.phases_total}: {view.title}"),
    ]
    facts = [
        phrases.week_span(view.first_week, view.last_week, view.weeks),
        phrases.counts(view.tally.done, view.tally.skipped, view.tally.total) + " actions",
        f"{view.tally.hours_closed:g} of {hours(view.tally.hours_total)} closed",
    ]
    if view.state == "current" and view.week is not None:
        facts.append(f"you are in week {view.week} of {view.weeks}")
    elif view.state != "planned":
        facts.append(view.state)
    if view.began is not None:
        facts.append(f"began {day(view.began)}")
    parts.append(Words(" · ".join(facts), style="dim"))
    parts.append(
        Words(
            bar(view.tally.hours_closed, view.tally.hours_total)
            + f" {view.tally.percent}% of its hours"
        )
    )
    step = phrases.next_step(view.next_step, view.title)
    if step:
        parts.append(Words(step, style="green"))
    if view.summary:
        parts.append(Words(view.summary, style="italic"))
    parts.append(heading("\nGoals"))
    parts.append(bullets([("-", Words(goal)) for goal in view.goals]))
    for week in view.plan:
        if not week.actions:
            continue
        label = f"\nWeek {week.week}" + (f": {week.theme}" if week.theme else "")
        parts.append(heading(label))
        parts.append(actions_list(week.actions, roadmap))
    return Group(*parts)


def render_phase_gate(gate: PhaseGate) -> RenderableType:
    """Open work first and compact, done work as a count: the decision fits a screen."""
    resolved = len(gate.deliverables) - gate.open
    parts: list[RenderableType] = [
        heading(f"Before you leave {gate.title} for {gate.next_title}"),
        Words(f"{resolved} of {plural(len(gate.deliverables), 'action')} done or skipped."),
    ]
    open_lines = [line for line in gate.deliverables if line.status == "open"]
    if open_lines:
        parts.append(heading(f"\nStill open ({gate.open})"))
        parts.append(
            bullets(
                [
                    ("[ ]", Words(f"{line.id} (week {line.week}): {line.title}"))
                    for line in open_lines
                ]
            )
        )
    rated = [
        f"{skill.title} {skill.confidence} (week {skill.week})"
        for skill in gate.skills
        if skill.confidence is not None
    ]
    unrated = [skill.title for skill in gate.skills if skill.confidence is None]
    parts.append(heading("\nYour confidence (latest weekly review, 1-5)"))
    if rated:
        parts.append(Words(" · ".join(rated)))
    if unrated:
        parts.append(Words("Not rated yet: " + ", ".join(unrated)))
        parts.append(Words("Rate them with: fashioncoach review", style="dim"))
    if not gate.skills:
        parts.append(Words("no skills to rate"))
    return Group(*parts)
