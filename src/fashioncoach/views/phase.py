"""``phase`` and ``phase show``: a phase's goals and its weeks; and the gate
``phase next`` shows before moving on."""

from __future__ import annotations

from typing import TYPE_CHECKING

from fashioncoach.core.lookup import phase_by_id
from fashioncoach.core.pace import Clock
from fashioncoach.core.reviews import latest_confidence
from fashioncoach.model.record import record
from fashioncoach.views.lines import ActionLine, action_line
from fashioncoach.views.situation import Situation
from fashioncoach.views.today import NextStep, next_step

if TYPE_CHECKING:
    from datetime import date

    from fashioncoach.model.progress import Progress
    from fashioncoach.model.roadmap import Roadmap


@record
class WeekLines:
    week: int  # the plan week
    theme: str
    actions: list[ActionLine]


@record
class PhaseView:
    clock: Clock
    id: str
    title: str
    number: int
    phases: int
    summary: str
    weeks: int  # as it stands: planned, stretched by the budget, moved by the learner
    first_week: int
    last_week: int
    state: str  # "current", "done", "upcoming" or "planned" (no plan started), as in timeline
    week: int | None  # the learner's week in it, when current
    began: date | None
    goals: list[str]
    plan: list[WeekLines]
    done: int
    skipped: int
    total: int
    hours_done: float
    hours_total: float
    open_left: int  # open actions left in it after the learner moved on
    # The current phase's transition, as `today` names it: "phase-done" or "complete".
    next_step: NextStep


def build_phase(
    *, roadmap: Roadmap, progress: Progress | None, today: date, phase_id: str | None = None
) -> PhaseView:
    now = Situation(roadmap=roadmap, progress=progress, today=today)
    plan, log = now.plan, now.log
    phase = roadmap.phases[plan.current] if phase_id is None else phase_by_id(roadmap, phase_id)
    span = plan.span_of(phase.id)
    # A roadmap week's theme goes with its actions: on the plan week the first of them is
    # due in, wherever the budget, a phase move or a replan put it.
    roadmap_first = roadmap.phase_first_weeks()[phase.id]
    themes: dict[int, str] = {}
    for item in phase.weeks:
        due = [plan.action_week[action.id] for action in item.actions]
        if item.theme:
            themes.setdefault(
                min(due, default=span.first_week + item.week - roadmap_first), item.theme
            )
    by_week: dict[int, list[ActionLine]] = {}
    for _, action in phase.actions():
        line = action_line(action, plan, log, today_week=now.clock.plan_week, roadmap=roadmap)
        by_week.setdefault(line.week, []).append(line)
    weeks = sorted(set(range(span.first_week, span.last_week + 1)) | set(by_week))
    lines_by_week = [
        WeekLines(
            week=week,
            theme=themes.get(week, ""),
            actions=by_week.get(week, []),
        )
        for week in weeks
    ]
    lines = [line for item in lines_by_week for line in item.actions]
    state = span.state if progress is not None else "planned"
    return PhaseView(
        clock=now.clock,
        id=phase.id,
        title=phase.title,
        number=span.index + 1,
        phases=len(roadmap.phases),
        summary=phase.summary,
        weeks=span.weeks,
        first_week=span.first_week,
        last_week=span.last_week,
        state=state,
        week=now.clock.phase_week if state == "current" else None,
        began=span.began if progress is not None else None,
        goals=[goal.text for goal in phase.goals],
        plan=lines_by_week,
        done=sum(1 for line in lines if line.status == "done"),
        skipped=sum(1 for line in lines if line.status == "skipped"),
        total=len(lines),
        hours_done=sum((line.hours for line in lines if line.status == "done"), 0.0),
        hours_total=sum((line.hours for line in lines), 0.0),
        open_left=sum(1 for line in lines if line.left_in),
        next_step=(
            next_step(now, [], [])
            if state == "current" and progress is not None
            else NextStep("", "", "")
        ),
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


def build_phase_gate(*, roadmap: Roadmap, progress: Progress, today: date) -> PhaseGate:
    now = Situation(roadmap=roadmap, progress=progress, today=today)
    index = now.plan.current
    phase, following = roadmap.phases[index], roadmap.phases[index + 1]
    lines = [
        action_line(action, now.plan, now.log, today_week=now.clock.plan_week, roadmap=roadmap)
        for _, action in phase.actions()
    ]
    used = {skill for _, action in phase.actions() for skill in action.skills}
    latest = latest_confidence(progress, now.plan)
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
