"""``portfolio``: the learner's evidence, grouped by the skills it shows."""

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


def build_portfolio(*, roadmap: Roadmap, progress: Progress, today: date) -> PortfolioView:
    from fashioncoach.core.log import fold

    history = fold(progress, roadmap, day=today)
    actions = {action.id: action for _, _, action in roadmap.actions()}
    lines: dict[str, list[EvidenceLine]] = {}
    unknown: dict[str, None] = {}
    for item in history.evidence:
        action = actions.get(item.action)
        if action is None:
            unknown[item.action] = None
            continue
        line = EvidenceLine(action=action.id, title=action.title, ref=item.ref, added=item.day)
        # Filed under every skill it practises, every skill of the learner's own it
        # uses, and career work: never under a skill the action does not touch.
        for group in (*action.skills, *action.uses, *(("career",) if action.career else ())):
            lines.setdefault(group, []).append(line)
    groups = [
        (skill.id, skill.name) for skill in sorted(roadmap.skills, key=lambda item: item.priority)
    ]
    groups += [
        (skill.id, f"{skill.name} (a skill you have)") for skill in roadmap.transferable_skills
    ]
    groups.append(("career", "Career work"))
    return PortfolioView(
        skills=[
            PortfolioSkill(id=group, title=title, evidence=lines[group])
            for group, title in groups
            if group in lines
        ],
        total=len(history.evidence),
        unknown_actions=list(unknown),
    )
