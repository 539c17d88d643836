"""``timeline``: the phases on the plan's weeks and dates, milestones, pauses and where
the learner is. The calendar export (``render/ics.py``) renders this same view."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from fashioncoach.core.pace import Clock
from fashioncoach.model.record import record
from fashioncoach.views.lines import Day, MilestoneLine, milestone_line
from fashioncoach.views.situation import Situation

if TYPE_CHECKING:
    from fashioncoach.model.progress import Progress
    from fashioncoach.model.roadmap import Roadmap


@record
class TimelinePhase:
    id: str
    title: str
    first_week: int
    last_week: int
    weeks: int  # 0 when the learner moved on in the week it began
    hours: float
    starts: date | None
    ends: date | None
    state: str  # "done", "current", "upcoming" or "planned" (no plan started)
    extended_weeks: int  # weeks the plan gives it beyond the roadmap's


@record
class PlanWeek:
    """One week of the plan: its dates, its phase and the actions due in it."""

    week: int
    start: date
    end: date
    phase: str
    actions: list[str]


@record
class PauseLine:
    start: date
    until: date  # the first day back
    days: int
    reason: str


@record
class TimelineView:
    clock: Clock
    roadmap: str
    weeks: int
    phases: list[TimelinePhase]
    plan_weeks: list[PlanWeek]
    milestones: list[MilestoneLine]
    started_on: Day | None
    you_are_here: int | None  # the clock's plan week, once a plan is started
    date: date
    pauses: list[PauseLine]
    replanned_on: Day | None


def build_timeline(*, roadmap: Roadmap, progress: Progress | None, today: date) -> TimelineView:
    now = Situation(roadmap=roadmap, progress=progress, today=today)
    plan = now.plan
    started = progress is not None
    phases = []
    for phase, span in zip(roadmap.phases, plan.spans, strict=True):
        dates = (
            (
                plan.week_dates(span.first_week)[0],
                plan.week_dates(max(span.last_week, span.first_week))[1],
            )
            if started and span.weeks
            else (None, None)
        )
        phases.append(
            TimelinePhase(
                id=phase.id,
                title=phase.title,
                first_week=span.first_week,
                last_week=span.last_week,
                weeks=span.weeks,
                hours=phase.hours(),
                starts=dates[0],
                ends=dates[1],
                state=span.state if started else "planned",
                extended_weeks=max(0, span.weeks - phase.duration_weeks),
            )
        )
    due: dict[int, list[str]] = {}
    for action in now.actions:
        due.setdefault(plan.action_week[action.id], []).append(action.id)
    weeks = [
        PlanWeek(
            week=week,
            start=plan.week_dates(week)[0],
            end=plan.week_dates(week)[1],
            phase=plan.phase_of_week(week).id,
            actions=due.get(week, []),
        )
        for week in range(1, plan.weeks + 1)
    ]
    pauses = progress.pauses if progress is not None else ()
    return TimelineView(
        clock=now.clock,
        roadmap=roadmap.overview.title,
        weeks=plan.weeks,
        phases=phases,
        plan_weeks=weeks,
        milestones=[
            milestone_line(milestone, plan, now.log if started else None, today=today)
            for milestone in roadmap.milestones
        ],
        started_on=progress.start_date if progress is not None else None,
        you_are_here=now.clock.plan_week if started else None,
        date=today,
        pauses=[
            PauseLine(
                start=pause.start,
                until=pause.until,
                days=(pause.until - pause.start).days,
                reason=pause.reason,
            )
            for pause in pauses
        ],
        replanned_on=progress.schedule.replanned_on if progress is not None else None,
    )
