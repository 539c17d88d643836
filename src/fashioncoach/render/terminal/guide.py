"""The guide itself on the terminal: ``about``, ``skills``, ``reality`` and ``hint``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.text import Text

from fashioncoach.render.money import salary_change, salary_columns
from fashioncoach.render.terminal.common import bullets, heading
from fashioncoach.render.terminal.words import Words
from fashioncoach.render.text import hours, plural

if TYPE_CHECKING:
    from fashioncoach.model.roadmap import Resource
    from fashioncoach.views.guide import AboutView, HintView, RealityView, SkillsView
    from fashioncoach.views.lines import ResourceLine


def resource_text(resource: Resource | ResourceLine) -> Text:
    """A resource with where it is, how to get it, and the roadmap's note on it."""
    details: list[str] = [resource.kind]
    if resource.provider:
        details.append(resource.provider)
    offered_by = getattr(resource, "offered_by", "")
    if offered_by:
        details.append(f"offered by {offered_by}")
    url = getattr(resource, "url", "")
    if url:
        details.append(url)
    if resource.access:
        details.append(resource.access)
    text = Words(f"{resource.title} ({', '.join(details)})")
    if resource.note:
        text.append(f"\n{resource.note}", style="italic")
    if resource.fallback:
        text.append(f"\nIf it is closed to you: {resource.fallback}", style="italic")
    return text


def render_about(view: AboutView) -> RenderableType:
    """The guide's own words (where to go next is the use case's to say)."""
    title = view.title + (f": {view.subtitle}" if view.subtitle else "")
    parts: list[RenderableType] = [heading(title)]
    if view.from_role and view.to_role and view.to_role not in view.title:
        parts.append(Words(f"From {view.from_role} to {view.to_role}", style="dim"))
    for paragraph in view.summary:
        parts.append(Words("\n" + paragraph))
    parts.append(
        heading(
            f"\nThe plan: {plural(len(view.phases), 'phase')}, {plural(view.weeks, 'week')}, "
            f"{plural(view.actions_total, 'action')}, {hours(view.hours)}"
        )
    )
    if view.phases_intro:
        parts.append(Words(view.phases_intro, style="italic"))
    rows = []
    for number, phase in enumerate(view.phases, start=1):
        body = Words(f"{phase.title} ({plural(phase.weeks, 'week')}, {hours(phase.hours)})")
        for goal in phase.goals:
            body.append(f"\n- {goal}", style="dim")
        rows.append((f"{number}.", body))
    parts.append(bullets(rows))
    if view.start_now:
        parts.append(heading("\nStart now"))
        if view.start_now_intro:
            parts.append(Words(view.start_now_intro, style="italic"))
        for horizon, titles in view.start_now:
            parts.append(Words(horizon, style="bold"))
            parts.append(bullets([("-", Words(title)) for title in titles]))
    if view.closing:
        parts.append(Words("\n" + view.closing, style="italic"))
    return Group(*parts)


def render_hint(view: HintView) -> RenderableType:
    parts: list[RenderableType] = [
        heading(f"{view.title} ({view.id})"),
        Words(f"{view.phase_title} · {hours(view.hours)}", style="dim"),
    ]
    if view.hint:
        parts.append(Words("\n" + view.hint))
    else:
        parts.append(
            Words(
                "\nThis roadmap has no hint for this action. Start with the smallest step "
                "towards its done-when, and note what blocks you: fashioncoach note ID TEXT",
                style="italic",
            )
        )
    if view.done_when:
        parts.append(Words(f"\nDone when: {view.done_when}"))
    if view.resources:
        parts.append(heading("\nResources"))
        parts.append(bullets([("-", resource_text(item)) for item in view.resources]))
    for gap in view.gaps:
        parts.append(heading(f"\nYou said you lack: {gap.name}"))
        if gap.covered_by:
            parts.append(Words("What the guide has on it: " + "; ".join(gap.covered_by)))
        else:
            parts.append(
                Words(
                    f"The guide names nothing that teaches {gap.name}: it expects you to "
                    "have it. Plan time to learn it before this action.",
                    style="yellow",
                )
            )
    if view.draft:
        parts.append(
            Words(
                "\nA draft written by roadmap import: check it against your guide.",
                style="dim",
            )
        )
    return Group(*parts)


def render_skills(view: SkillsView) -> RenderableType:
    parts: list[RenderableType] = []
    if view.transferable_skills:
        parts.append(heading("Skills you already have"))
        if view.transferable_intro:
            parts.append(Words(view.transferable_intro, style="italic"))
        parts.append(
            bullets(
                [
                    ("-", Words(have.name + "\n", style="bold").append(have.applies, style=""))
                    for have in view.transferable_skills
                ]
            )
        )
    parts.append(heading("\nSkills to learn, most important first"))
    if view.skills_intro:
        parts.append(Words(view.skills_intro, style="italic"))
    rows = []
    for skill in view.skills:
        name = skill.name + (f" (e.g., {', '.join(skill.examples)})" if skill.examples else "")
        text = Words(name, style="bold")
        if skill.advice:
            text.append("\n" + skill.advice, style="")
        listed = [("-", resource_text(item)) for item in skill.resources]
        # A nested list, so a resource that wraps stays indented under its own dash.
        rows.append((f"{skill.priority}.", Group(text, bullets(listed)) if listed else text))
    parts.append(bullets(rows))
    return Group(*parts)


def render_reality(view: RealityView) -> RenderableType:
    from rich import box
    from rich.table import Table  # only the views with tables pay for it

    parts: list[RenderableType] = [heading("Reality check")]
    if view.intro:
        parts.append(Words(view.intro, style="italic"))
    check = view.reality_check
    for title, items in (
        ("What you'll love", check.love),
        ("What you might miss", check.miss),
        ("Biggest challenges", check.challenges),
    ):
        if items:
            parts.append(heading(f"\n{title}"))
            parts.append(bullets([("-", Words(item)) for item in items]))
    salary = view.salary
    if salary is not None:
        columns = salary_columns(salary)
        if columns:
            parts.append(heading("\nSalary"))
            table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
            for header, _ in columns:
                table.add_column(header, overflow="fold")
            table.add_row(*(cell for _, cell in columns))
            parts.append(table)
        change = salary_change(salary)
        if change:
            parts.append(Words(change))
    for question in view.faq:
        parts.append(heading(f"\n{question.question or 'Frequently asked'}"))
        parts.append(Words(question.answer))
    return Group(*parts)
