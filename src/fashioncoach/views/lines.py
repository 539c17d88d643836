"""TODO docstring."""

from __future__ import annotations

from dataclasses import field
from datetime import date
from typing import TYPE_CHECKING

from fashioncoach.core.schedule import (
    Plan,
    milestone_due,
    milestone_week,
)
from fashioncoach.model.record import record

if TYPE_CHECKING:
    from fashioncoach.model.roadmap import Action, Milestone, Roadmap

# Views have a ``date`` field (the JSON key); inside them this alias names the type.
Day = date


@record
class ActionLine:
    id: str
    title: str
    hours: float
    skills: list[str]
    week: int
    status: str  # "open", "done" or "skipped"
    done: bool
    carried_over: bool
    done_when: str
    resources: list[str]
    notes: list[str] = field(default_factory=list)  # the learner's own, oldest first


@record
class MilestoneLine:
    id: str
    title: str
    horizon: str
    due_week: int
    due_date: date | None
    done: bool
    overdue: bool
    open_actions: list[str]


@record
class ResourceLine:
    id: str
    title: str
    kind: str
    provider: str
    offered_by: str


def _action_line(
    action: Action,
    week: int,
    statuses: dict[str, str],
    *,
    carried_over: bool = False,
    notes: dict[str, list[str]] | None = None,
) -> ActionLine:
    """``week`` is the plan week the schedule in force puts it in."""
    status = statuses.get(action.id, "open")
    return ActionLine(
        id=action.id,
        title=action.title,
        hours=action.hours,
        skills=list(action.skills),
        week=week,
        status=status,
        done=status == "done",
        carried_over=carried_over,
        done_when=action.done_when,
        resources=list(action.resources),
        notes=list(notes.get(action.id, ())) if notes else [],
    )


def _milestone_line(
    milestone: Milestone,
    statuses: dict[str, str],
    plan: Plan,
    roadmap: Roadmap,
    *,
    started: bool,
    today: date | None,
) -> MilestoneLine:
    open_actions = [action_id for action_id in milestone.actions if action_id not in statuses]
    due = milestone_due(plan, roadmap, milestone) if started else None
    done = not open_actions
    return MilestoneLine(
        id=milestone.id,
        title=milestone.title,
        horizon=milestone.horizon,
        due_week=milestone_week(plan, roadmap, milestone),
        due_date=due,
        done=done,
        overdue=not done and due is not None and today is not None and today > due,
        open_actions=open_actions,
    )


def _resource_lines(roadmap: Roadmap, resource_ids: list[str]) -> list[ResourceLine]:
    by_id = {resource.id: resource for resource in roadmap.resources}
    lines = []
    for resource_id in dict.fromkeys(resource_ids):
        resource = by_id[resource_id]
        lines.append(
            ResourceLine(
                id=resource.id,
                title=resource.title,
                kind=resource.kind,
                provider=resource.provider,
                offered_by=resource.offered_by,
            )
        )
    return lines


@record
class PhasePosition:
    id: str
    title: str
    number: int  # 1-based position among the phases
    week: int  # weeks since the phase began, 1-based; can exceed ``weeks``
    weeks: int  # planned length
