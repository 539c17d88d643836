"""TODO docstring."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.text import Text

if TYPE_CHECKING:
    from fashioncoach.model.roadmap import Roadmap

    pass

from fashioncoach.render.money import salary_change, salary_columns
from fashioncoach.render.terminal.common import bullets, heading


def render_skills(roadmap: Roadmap) -> RenderableType:
    parts: list[RenderableType] = []
    if roadmap.transferable_skills:
        parts.append(heading("Skills you already have"))
        if roadmap.sections.transferable_skills:
            parts.append(Text(roadmap.sections.transferable_skills, style="italic"))
        parts.append(
            bullets(
                [
                    ("-", Text(have.name + "\n", style="bold").append(have.applies, style=""))
                    for have in roadmap.transferable_skills
                ]
            )
        )
    parts.append(heading("\nSkills to learn, most important first"))
    if roadmap.sections.skills:
        parts.append(Text(roadmap.sections.skills, style="italic"))
    resources = {resource.id: resource for resource in roadmap.resources}
    rows = []
    for skill in sorted(roadmap.skills, key=lambda item: item.priority):
        name = skill.name + (f" (e.g. {', '.join(skill.examples)})" if skill.examples else "")
        text = Text(name, style="bold")
        if skill.advice:
            text.append("\n" + skill.advice, style="")
        listed = []
        for resource_id in skill.resources:
            resource = resources[resource_id]
            details: list[str] = [resource.kind]
            if resource.provider:
                details.append(resource.provider)
            if resource.offered_by:
                details.append(f"offered by {resource.offered_by}")
            if resource.url:
                details.append(resource.url)
            listed.append(("-", Text(f"{resource.title} ({', '.join(details)})")))
        # A nested list, so a resource that wraps stays indented under its own dash.
        rows.append((f"{skill.priority}.", Group(text, bullets(listed)) if listed else text))
    parts.append(bullets(rows))
    return Group(*parts)


def render_reality(roadmap: Roadmap) -> RenderableType:
    from rich import box
    from rich.table import Table  # only the views with tables pay for it

    parts: list[RenderableType] = [heading("Reality check")]
    if roadmap.sections.reality_check:
        parts.append(Text(roadmap.sections.reality_check, style="italic"))
    check = roadmap.reality_check
    for title, items in (
        ("What you'll love", check.love),
        ("What you might miss", check.miss),
        ("Biggest challenges", check.challenges),
    ):
        if items:
            parts.append(heading(f"\n{title}"))
            parts.append(bullets([("-", Text(item)) for item in items]))
    salary = roadmap.salary
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
            parts.append(Text(change))
    for question in roadmap.faq:
        parts.append(heading(f"\n{question.question or 'Frequently asked'}"))
        parts.append(Text(question.answer))
    return Group(*parts)
