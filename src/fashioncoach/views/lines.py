"""The pieces several views share: an action, a milestone and a resource as a line.

They are part of the ``--json`` contract (see docs/json.md).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from fashioncoach.model.record import field, record

if TYPE_CHECKING:
    from fashioncoach.core.log import Log
    from fashioncoach.core.pace import Clock
    from fashioncoach.core.schedule import PhaseSpan, Plan
    from fashioncoach.model.roadmap import Action, Milestone, Roadmap

# Views have a ``date`` field (the JSON key); inside them this alias names the type.
Day = date


@record
class ActionLine:
    id: str
    title: str
    hours: float
    skills: list[str]
    week: int  # the plan week it is due in
    status: str  # "open", "done" or "skipped"
    done: bool
    carried_over: bool  # open, and due in an earlier week
    done_when: str
    resources: list[str]
    notes: list[str] = field(default_factory=list)  # the learner's own, oldest first
    left_in: str = ""  # the title of the earlier phase it was left in, while open
    uses: list[str] = field(default_factory=list)  # skills the learner has that it uses
    career: bool = False  # job search and networking
    number: int = 0  # its number in ``today``'s list (``done 2``); 0 elsewhere


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
    note: str = ""
    access: str = ""
    fallback: str = ""


@record
class PhasePosition:
    id: str
    title: str
    number: int  # 1-based position among the phases
    week: int  # the week of the phase the clock is in
    weeks: int  # the phase's length in weeks, as it stands


def phase_position(span: PhaseSpan, clock: Clock) -> PhasePosition:
    """The phase the clock is in, as ``today`` and ``report`` show it."""
    return PhasePosition(
        id=span.id,
        title=span.title,
        number=span.index + 1,
        week=clock.phase_week,
        weeks=clock.phase_weeks,
    )


def action_line(
    action: Action, plan: Plan, log: Log, *, today_week: int, roadmap: Roadmap | None = None
) -> ActionLine:
    """An action as every view lists it: due week, status, notes, whether it is late."""
    status = log.status(action.id)
    week = plan.action_week[action.id]
    left_in = ""
    index = plan.action_phase[action.id]
    if roadmap is not None and status == "open" and index < plan.current:
        left_in = roadmap.phases[index].title
    return ActionLine(
        id=action.id,
        title=action.title,
        hours=action.hours,
        skills=list(action.skills),
        week=week,
        status=status,
        done=status == "done",
        carried_over=status == "open" and week < today_week,
        done_when=action.done_when,
        resources=list(action.resources),
        notes=list(log.notes.get(action.id, ())),
        left_in=left_in,
        uses=list(action.uses),
        career=action.career,
    )


def milestone_line(
    milestone: Milestone, plan: Plan, log: Log | None, *, today: date | None
) -> MilestoneLine:
    open_actions = [
        action_id for action_id in milestone.actions if log is None or not log.resolved(action_id)
    ]
    week = plan.milestone_weeks[milestone.id]
    due = plan.week_dates(week)[1] if plan.started else None
    done = not open_actions
    return MilestoneLine(
        id=milestone.id,
        title=milestone.title,
        horizon=milestone.horizon,
        due_week=week,
        due_date=due,
        done=done,
        overdue=not done and due is not None and today is not None and today > due,
        open_actions=open_actions,
    )


def resource_lines(roadmap: Roadmap, resource_ids: list[str]) -> list[ResourceLine]:
    by_id = {resource.id: resource for resource in roadmap.resources}
    return [
        ResourceLine(
            id=resource.id,
            title=resource.title,
            kind=resource.kind,
            provider=resource.provider,
            offered_by=resource.offered_by,
            note=resource.note,
            access=resource.access,
            fallback=resource.fallback,
        )
        for resource in (by_id[item] for item in dict.fromkeys(resource_ids))
    ]
