"""TODO docstring."""

from __future__ import annotations

from typing import TYPE_CHECKING

from fashioncoach.model.record import record

if TYPE_CHECKING:
    from datetime import date

    from fashioncoach.model.progress import Progress
    from fashioncoach.model.roadmap import Roadmap


@record
class EvidenceLine:
    action: str
    title: str
    ref: str
    added: date


@record
class PortfolioSkill:
    id: str
    title: str
    evidence: list[EvidenceLine]


@record
class PortfolioView:
    skills: list[PortfolioSkill]
    total: int
    unknown_actions: list[str]  # evidence for actions this roadmap no longer has


def build_portfolio(*, roadmap: Roadmap, progress: Progress) -> PortfolioView:
    actions = {action.id: action for _, _, action in roadmap.actions()}
    lines: dict[str, list[EvidenceLine]] = {}
    unknown: dict[str, None] = {}
    for item in progress.evidence:
        action = actions.get(item.action)
        if action is None:
            unknown[item.action] = None
            continue
        line = EvidenceLine(
            action=action.id, title=action.title, ref=item.ref, added=item.at.date()
        )
        for skill in action.skills:
            lines.setdefault(skill, []).append(line)
    return PortfolioView(
        skills=[
            PortfolioSkill(id=skill.id, title=skill.name, evidence=lines[skill.id])
            for skill in sorted(roadmap.skills, key=lambda item: item.priority)
            if skill.id in lines
        ],
        total=len(progress.evidence),
        unknown_actions=list(unknown),
    )
