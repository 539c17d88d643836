"""TODO docstring."""

from __future__ import annotations

from typing import TYPE_CHECKING

from fashioncoach.core.log import fold
from fashioncoach.core.lookup import phase_by_id
from fashioncoach.core.reviews import latest_confidence
from fashioncoach.core.schedule import (
    current_entry,
    plan_of,
    week_of,
)
from fashioncoach.model.record import record
from fashioncoach.views.lines import ActionLine, _action_line

if TYPE_CHECKING:
    from datetime import date

    from fashioncoach.model.progress import Progress
    from fashioncoach.model.roadmap import Phase, Roadmap


def open_actions_of_phase(roadmap: Roadmap, progress: Progress, phase: Phase) -> list[ActionLine]:
    statuses = fold(progress).statuses
    return [
        _action_line(action, week, statuses)
        for week, action in phase.actions()
        if action.id not in statuses
    ]


@record
class WeekLines:
    week: int
    theme: str
    actions: list[ActionLine]


@record
class PhaseView:
    id: str
    title: str
    number: int
    phases: int
    summary: str
    weeks: int
    first_week: int
    last_week: int
    state: str  # "current", "done", "upcoming" or "not started"
    week: int | None  # the learner's week in it, when current
    began: date | None
    goals: list[str]
    plan: list[WeekLines]
    done: int
    total: int
    hours_done: float
    hours_total: float


def build_phase(
    *, roadmap: Roadmap, progress: Progress | None, today: date, phase_id: str | None = None
) -> PhaseView:
    statuses = fold(progress).statuses if progress is not None else {}
    current_index = current_entry(roadmap, progress)[0] if progress is not None else None
    if phase_id is None:
        phase = roadmap.phases[current_index or 0]
    else:
        phase = phase_by_id(roadmap, phase_id)
    index = roadmap.phases.index(phase)
    first = roadmap.phase_first_weeks()[phase.id]
    began = None
    week = None
    if progress is None or current_index is None:
        state = "not started"
    elif index < current_index:
        state = "done"
    elif index > current_index:
        state = "upcoming"
    else:
        state = "current"
        began = progress.phases[-1].began
        week = max(1, week_of(began, today, progress.pauses))
    if progress is not None:
        for entry in progress.phases:
            if entry.phase == phase.id:
                began = entry.began
    notes = fold(progress).notes if progress is not None else {}
    plan = [
        WeekLines(
            week=item.week,
            theme=item.theme,
            actions=[
                _action_line(action, item.week, statuses, notes=notes) for action in item.actions
            ],
        )
        for item in phase.weeks
    ]
    lines = [line for item in plan for line in item.actions]
    return PhaseView(
        id=phase.id,
        title=phase.title,
        number=index + 1,
        phases=len(roadmap.phases),
        summary=phase.summary,
        weeks=phase.duration_weeks,
        first_week=first,
        last_week=first + phase.duration_weeks - 1,
        state=state,
        week=week,
        began=began,
        goals=[goal.text for goal in phase.goals],
        plan=plan,
        done=sum(1 for line in lines if line.done),
        total=len(lines),
        hours_done=sum((line.hours for line in lines if line.done), 0.0),
        hours_total=sum((line.hours for line in lines), 0.0),
    )


@record
class GateSkill:
    id: str
    title: str
    confidence: int | None  # the latest from a weekly review; None when never rated
    week: int | None  # the plan week of that review


@record
class PhaseGate:
    """What ``phase next`` shows before asking: deliverables and confidence."""

    id: str
    title: str
    next_id: str
    next_title: str
    deliverables: list[ActionLine]  # every action of the phase, with its done-when
    open: int
    skills: list[GateSkill]


def build_phase_gate(*, roadmap: Roadmap, progress: Progress) -> PhaseGate:

    index, phase, _ = current_entry(roadmap, progress)
    following = roadmap.phases[index + 1]
    statuses = fold(progress).statuses
    plan = plan_of(roadmap, progress)
    lines = [
        _action_line(action, plan.action_week[action.id], statuses) for _, action in phase.actions()
    ]
    used = {skill for _, action in phase.actions() for skill in action.skills}
    latest = latest_confidence(progress)
    skills = [
        GateSkill(
            id=skill.id,
            title=skill.name,
            confidence=latest[skill.id][0] if skill.id in latest else None,
            week=latest[skill.id][1] if skill.id in latest else None,
        )
        for skill in sorted(roadmap.skills, key=lambda item: item.priority)
        if skill.id in used
    ]
    return PhaseGate(
        id=phase.id,
        title=phase.title,
        next_id=following.id,
        next_title=following.title,
        deliverables=lines,
        open=sum(1 for line in lines if line.status == "open"),
        skills=skills,
    )
