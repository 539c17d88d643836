"""The pieces several views share: an action, a milestone and a resource as a line.

They are part of the ``--json`` contract (see docs/json.md).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from fashioncoach.model.record import field, record

if TYPE_CHECKING:
    from fashioncoach.core.log import History
    from fashioncoach.core.pace import Clock
    from fashioncoach.core.schedule import Plan
    from fashioncoach.model.roadmap import Action, Milestone, Roadmap

# Views have a ``date`` field (the JSON key); inside them this alias names the type.
Day = date


@record
class ActionLine:
    id: str
    title: str
    hours: float  # the estimate the plan counts (an assessment may have shortened it)
    skills: list[str]
    week: int  # the plan week the forecast puts it in (the week it was closed, if closed)
    planned_week: int  # the plan week the plan (the baseline) puts it in
    status: str  # "open", "done", "skipped" or "known"
    done: bool
    late: bool  # open, and the plan put it in an earlier week than this one
    done_when: str
    resources: list[str]
    notes: list[str] = field(default_factory=list)  # the learner's own, oldest first
    left_in: str = ""  # the title of the earlier phase it was left in, while open
    uses: list[str] = field(default_factory=list)  # skills the learner has that it uses
    career: bool = False  # job search and networking
    after: list[str] = field(default_factory=list)  # its prerequisites
    spent: float | None = None  # the hours the learner recorded for it
    lacking: list[str] = field(default_factory=list)  # skills it uses the learner said they lack
    number: int = 0  # its number in ``today``'s list (``done 2``); 0 elsewhere


@record
class MilestoneLine:
    id: str
    title: str
    horizon: str
    due_week: int  # the plan week the plan has it due by
    due_date: date | None  # the last day of that week; None before a plan is started
    done: bool  # closed: every action done, skipped or known
    met: bool  # every action done or known: reached, not skipped
    overdue: bool
    open_actions: list[str]
    reached: date | None  # the day the forecast finishes its last action (or did)


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


def phase_position(roadmap: Roadmap, plan: Plan, clock: Clock) -> PhasePosition:
    """The phase the clock is in, as ``today`` and ``report`` show it."""
    phase = roadmap.phases[plan.current]
    return PhasePosition(
        id=phase.id,
        title=phase.title,
        number=plan.current + 1,
        week=clock.phase_week,
        weeks=clock.phase_weeks,
    )


def action_line(action: Action, plan: Plan, history: History, *, roadmap: Roadmap) -> ActionLine:
    """An action as every view lists it: its weeks, status, notes, whether it is late."""
    status = history.status(action.id)
    forecast = plan.forecast.placements.get(action.id)
    planned = plan.baseline.placements.get(action.id)
    week = forecast.week if forecast is not None else plan.this_week
    planned_week = planned.week if planned is not None else week
    index = plan.action_phase[action.id]
    left_in = roadmap.phases[index].title if status == "open" and index < plan.current else ""
    return ActionLine(
        id=action.id,
        title=action.title,
        hours=plan.hours.get(action.id, action.hours),
        skills=list(action.skills),
        week=week,
        planned_week=planned_week,
        status=status,
        done=status == "done",
        late=status == "open" and plan.started and planned_week < plan.this_week,
        done_when=action.done_when,
        resources=list(action.resources),
        notes=list(history.notes.get(action.id, ())),
        left_in=left_in,
        uses=list(action.uses),
        career=action.career,
        after=list(action.after),
        spent=history.spent.get(action.id) if status == "done" else None,
        lacking=[skill for skill in action.uses if history.levels.get(skill) == "missing"],
    )


def milestone_line(milestone: Milestone, plan: Plan, history: History | None) -> MilestoneLine:
    """A milestone: due where the plan puts it, reached where the forecast does."""
    open_actions = [
        action_id
        for action_id in milestone.actions
        if history is None or not history.resolved(action_id)
    ]
    due = plan.milestone_due(milestone.due_week, milestone.actions)
    done = not open_actions
    met = done and all(
        history is not None and history.status(item) in ("done", "known")
        for item in milestone.actions
    )
    reached = plan.reached(milestone.actions) if plan.started else None
    return MilestoneLine(
        id=milestone.id,
        title=milestone.title,
        horizon=milestone.horizon,
        due_week=plan.week_of(due),
        due_date=due if plan.started else None,
        done=done,
        met=met,
        overdue=not done and plan.started and plan.today > due,
        open_actions=open_actions,
        reached=reached,
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
