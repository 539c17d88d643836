"""``today`` on the terminal: one screen with this week's numbered checklist, what is
late, milestones as marks on the actions that meet them, and the next step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Group, RenderableType

from fashioncoach.render import phrases
from fashioncoach.render.terminal.common import (
    STATUS_STYLE,
    actions_list,
    heading,
    milestones_list,
)
from fashioncoach.render.terminal.words import Words
from fashioncoach.render.text import day, one_line, plural

if TYPE_CHECKING:
    from datetime import date

    from fashioncoach.model.roadmap import Roadmap
    from fashioncoach.views.today import TodayView


def render_today(view: TodayView, roadmap: Roadmap) -> RenderableType:
    parts: list[RenderableType] = [*_header(view)]
    # A milestone whose open actions are all in the list is a mark on them, not a list.
    # One due after this week is a later week's business: a line that says which of
    # this week's actions count toward it, so the checklist keeps one screen.
    numbers = {line.id: line.number for line in view.actions if line.status == "open"}
    marks: dict[str, str] = {}
    others = []
    coming_up = []
    for milestone in view.milestones:
        if milestone.open_actions and set(milestone.open_actions) <= numbers.keys():
            for action_id in milestone.open_actions:
                marks[action_id] = phrases.milestone_mark(milestone, view.date, view.clock.week_end)
        elif not milestone.overdue and _after(milestone.due_date, view.clock.week_end):
            coming_up.append(milestone)
        else:
            others.append(milestone)
    if view.actions:
        parts.append(Words(""))
        parts.append(
            actions_list(
                view.actions, roadmap, milestone_marks=marks, heading=view.phase_position.title
            )
        )
    if others:
        parts.append(heading("\nMilestones due soon"))
        parts.append(milestones_list(others, view.date))
    if coming_up:
        toward = sorted(
            {
                numbers[action_id]
                for milestone in coming_up
                for action_id in milestone.open_actions
                if action_id in numbers
            }
        )
        parts.append(Words("\n" + phrases.milestones_coming_up(coming_up, view.date, toward)))
    # One wrapped paragraph, not a list, so the checklist keeps one screen: who offers a
    # course is in `skills` and `hint`, and one an action names is already on screen.
    titles = " ".join(line.title.casefold() for line in view.actions)
    resources = [item for item in view.resources if not _names(titles, item.title)]
    if resources:
        described = []
        for resource in resources:
            source = ", ".join(
                item
                for item in (
                    resource.kind,
                    resource.provider,
                    resource.access if resource.access not in ("", "free") else "",
                )
                if item
            )
            described.append(f"{resource.title} ({source})")
        parts.append(
            Words("\n").append("Resources this week: ", style="bold").append("; ".join(described))
        )
    if view.late_more:
        parts.append(
            Words("\n" + phrases.late_more(view.late_more, view.late_more_hours), style="yellow")
        )
    if view.unknown_actions:
        parts.append(Words("\n" + phrases.kept_unknown(view.unknown_actions), style="yellow"))
    parts.extend(_footer(view))
    return Group(*parts)


def _names(text: str, title: str) -> bool:
    """Whether ``text`` names ``title`` as whole words (a resource "Art" is not in "start")."""
    import re

    return re.search(rf"(?<!\w){re.escape(title.casefold())}(?!\w)", text) is not None


def _after(due: date | None, week_end: date) -> bool:
    return due is not None and due > week_end


def _header(view: TodayView) -> list[RenderableType]:
    clock, phase = view.clock, view.phase_position
    title = Words(f"{one_line(phase.title)} — ", style="bold")
    lines: list[RenderableType] = [title]
    if view.days_to_start and not view.complete:
        title.append(f"starts in {plural(view.days_to_start, 'day')}, on {day(view.start_date)}")
        lines.append(Words(f"A preview of week 1 of {clock.plan_weeks}:", style="italic"))
        return lines
    title.append(phrases.weeks_of(clock))
    status = phrases.status_words(view.pace)
    lines.append(
        Words(f"{day(clock.week_start)} to {day(clock.week_end)} · ", style="dim").append(
            status, style=STATUS_STYLE.get(view.pace.status, "")
        )
    )
    if view.paused_until is not None:
        reason = f" ({one_line(view.pause_reason)})" if view.pause_reason else ""
        lines.append(
            Words(
                f"Paused{reason}: back on {day(view.paused_until)}; the plan waits for you. "
                "Back early? Run: fashioncoach resume",
                style="yellow",
            )
        )
    step = phrases.next_step(view.next_step, phase.title)
    if step:
        lines.append(Words(step, style="bold green" if view.complete else "green"))
    return lines


def _footer(view: TodayView) -> list[RenderableType]:
    lines: list[RenderableType] = []
    if view.total:
        lines.append(
            Words(
                "\n"
                + phrases.week_footer(
                    view.done, view.skipped, view.total, view.hours_open, view.weekly_hours
                ),
                style="dim" if not view.hours_open else "",
            )
        )
    first_open = next((line for line in view.actions if line.status == "open"), None)
    if first_open is not None:
        lines.append(
            Words(f"Mark one done with: fashioncoach done {first_open.number}", style="dim")
        )
    return lines
