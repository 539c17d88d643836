"""``phase`` and ``phase show``: a phase's goals and its weeks as the forecast has them;
and the gate ``phase next`` shows before moving on."""

from __future__ import annotations

from typing import TYPE_CHECKING

from fashioncoach.core.lookup import phase_by_id
from fashioncoach.core.pace import Clock
from fashioncoach.core.reviews import latest_confidence
from fashioncoach.model.record import record
from fashioncoach.views.lines import ActionLine, action_line
from fashioncoach.views.report import Tally, tally
from fashioncoach.views.situation import Situation
from fashioncoach.views.today import NextStep, next_step, today_view

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
    phases_total: int  # how many phases the roadmap has
    summary: str
    weeks: int  # the weeks its work spans, as the forecast has it
    first_week: int
    last_week: int
    state: str  # "current", "done", "left", "upcoming" or "planned", as in timeline
    week: int | None  # the learner's week in it, when current
    began: date | None  # the day the learner moved into it, when current
    goals: list[str]
    plan: list[WeekLines]
    tally: Tally  # done, skipped and known, and its share in hours
    open_left: int  # open actions left in it after the learner moved on
    # The current phase's transition, as `today` names it: "phase-done" or "complete".
    next_step: NextStep


def build_phase(
    *, roadmap: Roadmap, progress: Progress | None, today: date, phase_id: str | None = None
) -> PhaseView:
    now = Situation(roadmap=roadmap, progress=progress, today=today)
    plan, history = now.plan, now.history
    index = (
        plan.current if phase_id is None else roadmap.phases.index(phase_by_id(roadmap, phase_id))
    )
    phase = roadmap.phases[index]
    first, last = plan.phase_weeks(index)
    by_week: dict[int, list[ActionLine]] = {}
    themes: dict[int, str] = {}
    lines = []
    order = {action_id: position for position, action_id in enumerate(plan.forecast.order)}
    for roadmap_week in phase.weeks:
        for position, action in enumerate(roadmap_week.actions):
            line = action_line(action, plan, history, roadmap=roadmap)
            lines.append(line)
            if roadmap_week.theme and position == 0:
                # A roadmap week's theme goes with its work: on the plan week of its first action.
                themes.setdefault(line.week, roadmap_week.theme)
    for line in sorted(lines, key=lambda item: order.get(item.id, 0)):
        by_week.setdefault(line.week, []).append(line)
    weeks = sorted(set(range(first, last + 1)) | set(by_week))
    open_count = len(now.phase_open(index))
    if not plan.started:
        state = "planned"
    elif open_count == 0:
        state = "done"
    elif index == plan.current:
        state = "current"
    else:
        state = "left" if index < plan.current else "upcoming"
    current = index == plan.current and plan.started
    return PhaseView(
        clock=now.clock,
        id=phase.id,
        title=phase.title,
        number=index + 1,
        phases_total=len(roadmap.phases),
        summary=phase.summary,
        weeks=last - first + 1,
        first_week=first,
        last_week=last,
        state=state,
        week=now.clock.phase_week if current else None,
        began=plan.phase_began if current else None,
        goals=[goal.text for goal in phase.goals],
        plan=[
            WeekLines(week=week, theme=themes.get(week, ""), actions=by_week.get(week, []))
            for week in weeks
        ],
        tally=tally(phase.id, phase.title, [action for _, action in phase.actions()], plan),
        open_left=sum(1 for line in lines if line.left_in),
        next_step=(next_step(now, today_view(now).actions) if current else NextStep("", "", "")),
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
    deliverables: list[ActionLine]  # every action of the phase, by the week it is planned
    open: int
    skills: list[GateSkill]


def build_phase_gate(*, roadmap: Roadmap, progress: Progress, today: date) -> PhaseGate:
    now = Situation(roadmap=roadmap, progress=progress, today=today)
    index = now.plan.current
    phase, following = roadmap.phases[index], roadmap.phases[index + 1]
    lines = sorted(
        (
            action_line(action, now.plan, now.history, roadmap=roadmap)
            for _, action in phase.actions()
        ),
        key=lambda line: (line.planned_week, line.week),
    )
    used = {skill for _, action in phase.actions() for skill in action.skills}
    latest = latest_confidence(now.history, now.plan)
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
