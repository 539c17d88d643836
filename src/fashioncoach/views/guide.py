"""The guide itself, as ``about``, ``skills``, ``reality`` and ``hint`` show it: every
sentence of the roadmap reaches the learner through one of these (or the plan views).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from fashioncoach.model.record import record
from fashioncoach.views.lines import ResourceLine, resource_lines

if TYPE_CHECKING:
    from fashioncoach.model.roadmap import (
        Question,
        RealityCheck,
        Resource,
        Roadmap,
        Salary,
        TransferableSkill,
    )


@record
class PhaseSummary:
    id: str
    title: str
    weeks: int
    hours: float
    goals: list[str]


@record
class AboutView:
    """The guide's title, overview, what the plan covers and its closing word."""

    title: str
    subtitle: str
    from_role: str
    to_role: str
    summary: list[str]
    weeks: int
    hours: float
    actions_total: int  # as report's: a count (elsewhere actions is a list)
    phases_intro: str
    phases: list[PhaseSummary]
    # The guide's start-now actions, in its own order and grouped by its horizons
    # ("This Week", "This Month", ...): [horizon, [milestone titles]].
    start_now_intro: str
    start_now: list[tuple[str, list[str]]]
    closing: str


def about_view(roadmap: Roadmap) -> AboutView:
    overview = roadmap.overview
    return AboutView(
        title=overview.title,
        subtitle=overview.subtitle,
        from_role=overview.from_role,
        to_role=overview.to_role,
        summary=list(overview.summary),
        weeks=overview.duration_weeks,
        hours=roadmap.hours(),
        actions_total=sum(1 for _ in roadmap.actions()),
        phases_intro=roadmap.sections.phases,
        phases=[
            PhaseSummary(
                id=phase.id,
                title=phase.title,
                weeks=phase.duration_weeks,
                hours=phase.hours(),
                goals=[goal.text for goal in phase.goals],
            )
            for phase in roadmap.phases
        ],
        start_now_intro=roadmap.sections.milestones,
        start_now=_start_now(roadmap),
        closing=overview.closing,
    )


def _start_now(roadmap: Roadmap) -> list[tuple[str, list[str]]]:
    groups: list[tuple[str, list[str]]] = []
    for milestone in roadmap.milestones:
        horizon = milestone.horizon or f"By week {milestone.due_week}"
        if not groups or groups[-1][0] != horizon:
            groups.append((horizon, []))
        groups[-1][1].append(milestone.title)
    return groups


@record
class SkillLine:
    """A skill to learn, with the guide's resources for it."""

    id: str
    name: str
    priority: int
    advice: str
    examples: list[str]
    resources: list[Resource]  # whole, links included: skills is where a learner looks them up


@record
class SkillsView:
    """``skills``: the skills the learner has, then the skills to learn."""

    transferable_intro: str
    transferable_skills: list[TransferableSkill]
    skills_intro: str
    skills: list[SkillLine]


@record
class RealityView:
    """``reality``: the reality check, the salary figures and the FAQ."""

    intro: str
    reality_check: RealityCheck
    salary: Salary | None
    faq: list[Question]


def skills_view(roadmap: Roadmap) -> SkillsView:
    resources = {resource.id: resource for resource in roadmap.resources}
    return SkillsView(
        transferable_intro=roadmap.sections.transferable_skills,
        transferable_skills=list(roadmap.transferable_skills),
        skills_intro=roadmap.sections.skills,
        skills=[
            SkillLine(
                id=skill.id,
                name=skill.name,
                priority=skill.priority,
                advice=skill.advice,
                examples=list(skill.examples),
                resources=[resources[item] for item in skill.resources],
            )
            for skill in sorted(roadmap.skills, key=lambda item: item.priority)
        ],
    )


def reality_view(roadmap: Roadmap) -> RealityView:
    return RealityView(
        intro=roadmap.sections.reality_check,
        reality_check=roadmap.reality_check,
        salary=roadmap.salary,
        faq=list(roadmap.faq),
    )


@record
class Gap:
    """A skill of your own the action uses that you said you lack, and what in the guide
    covers it (the guide's own resources and skills that name it; none when it names
    nothing: no content is invented)."""

    id: str
    name: str
    covered_by: list[str]  # titles from the guide that name it


@record
class HintView:
    """``hint``: what to do when stuck on one action."""

    id: str
    title: str
    phase_title: str  # elsewhere phase is a phase's id
    hours: float
    done_when: str
    hint: str
    draft: bool
    resources: list[ResourceLine]
    gaps: list[Gap]


def hint_view(roadmap: Roadmap, action_id: str, levels: dict[str, str] | None = None) -> HintView:
    """An action's hint; with the learner's assessment, the skills of their own it uses
    that they said they lack, and what in the guide covers each."""
    lacking = {skill for skill, level in (levels or {}).items() if level == "missing"}
    names = {skill.id: skill.name for skill in roadmap.transferable_skills}
    for phase, _, action in roadmap.actions():
        if action.id == action_id:
            return HintView(
                id=action.id,
                title=action.title,
                phase_title=phase.title,
                hours=action.hours,
                done_when=action.done_when,
                hint=action.hint,
                draft=action.draft,
                resources=resource_lines(roadmap, list(action.resources)),
                gaps=[
                    Gap(id=skill, name=names[skill], covered_by=covered_by(roadmap, names[skill]))
                    for skill in action.uses
                    if skill in lacking and skill in names
                ],
            )
    raise KeyError(action_id)


_WORD = re.compile(r"[A-Za-z][A-Za-z0-9+#]{1,}")
_COMMON = frozenset({"and", "the", "for", "with", "data", "skills", "development"})


def covered_by(roadmap: Roadmap, name: str) -> list[str]:
    """What in the guide names a skill: its resources' and skills' titles whose words
    (or advice and notes) name one of the skill's own words."""
    words = {word.lower() for word in _WORD.findall(name)} - _COMMON
    if not words:
        return []

    def names_it(*texts: str) -> bool:
        found = {word.lower() for text in texts for word in _WORD.findall(text)}
        return bool(words & found)

    titles = [
        resource.title
        for resource in roadmap.resources
        if names_it(resource.title, resource.note, resource.provider)
    ]
    titles += [
        skill.name
        for skill in roadmap.skills
        if names_it(skill.name, skill.advice, *skill.examples)
    ]
    return list(dict.fromkeys(titles))
