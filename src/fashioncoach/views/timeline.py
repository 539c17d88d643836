"""``timeline``: the phases on the plan's weeks and dates as the forecast has them,
milestones, pauses and where the learner is. The calendar export (``render/ics.py``)
renders this same view."""

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
    first_week: int  # the first and last plan week of its work, as the forecast has it
    last_week: int
    weeks: int
    hours: float
    starts: date | None
    ends: date | None
    # "done" (every action closed), "current", "left" (moved on from with work open),
    # "upcoming", or "planned" (no plan started)
    state: str
    open: int  # its open actions


@record
class PlanWeek:
    """One week of the plan: its dates, its phase and the actions the forecast puts in it
    (or that were closed in it). The plan's weeks are all listed; a later one only when
    it holds work."""

    week: int
    start: date
    end: date
    phase: str
    actions: list[str]
    paused_days: int


@record
class Scheduled:
    """Where an action falls: in the forecast, and in the plan (the baseline)."""

    id: str
    phase: str
    status: str  # "open", "done", "skipped" or "known"
    hours: float
    first_day: date  # the days the forecast gives it (the day it was closed, if closed)
    last_day: date
    week: int
    planned_week: int  # the plan week the plan gives it
    planned_last_day: date
    planned_closed: bool  # closed already when the plan was made: it keeps that day


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
    calendar: list[PlanWeek]  # each plan week's dates, phase and work (clock.plan_weeks: a number)
    milestones: list[MilestoneLine]
    started_on: Day | None
    you_are_here: int | None  # the clock's plan week, once a plan is started
    date: date
    pauses: list[PauseLine]
    replanned_on: Day | None
    statuses: dict[str, str]  # the closed actions: "done", "skipped" or "known"
    schedule: list[Scheduled]  # every action, in the plan's order


def build_timeline(*, roadmap: Roadmap, progress: Progress | None, today: date) -> TimelineView:
    now = Situation(roadmap=roadmap, progress=progress, today=today)
    plan, history = now.plan, now.history
    started = plan.started
    phases = []
    for index, phase in enumerate(roadmap.phases):
        first, last = plan.phase_weeks(index)
        open_count = len(now.phase_open(index))
        if not started:
            state = "planned"
        elif open_count == 0:
            state = "done"
        elif index == plan.current:
            state = "current"
        elif index < plan.current:
            state = "left"
        else:
            state = "upcoming"
        phases.append(
            TimelinePhase(
                id=phase.id,
                title=phase.title,
                first_week=first,
                last_week=last,
                weeks=last - first + 1,
                hours=sum(plan.hours[action.id] for _, action in phase.actions()),
                starts=plan.week_dates(first)[0] if started else None,
                ends=plan.week_dates(last)[1] if started else None,
                state=state,
                open=open_count,
            )
        )
    due: dict[int, list[str]] = {}
    phase_of_week: dict[int, int] = {}
    for action_id in plan.forecast.order:
        placement = plan.forecast.placements[action_id]
        due.setdefault(placement.week, []).append(action_id)
        phase_of_week.setdefault(placement.week, plan.action_phase[action_id])
    weeks = []
    last_phase = 0
    # The plan's weeks, and any week the forecast puts work in: a week far beyond both
    # (a --today years ahead) holds nothing to show, so the list is bounded by the work.
    shown = sorted(set(range(1, plan.planned_weeks + 1)) | set(due))
    for week in shown:
        last_phase = phase_of_week.get(week, last_phase)
        first_day, last_day = plan.week_dates(week)
        weeks.append(
            PlanWeek(
                week=week,
                start=first_day,
                end=last_day,
                phase=roadmap.phases[last_phase].id,
                actions=due.get(week, []),
                paused_days=7 - len(plan.calendar.open_days(first_day, last_day)),
            )
        )
    replans = [anchor for anchor in history.anchors if anchor.kind == "replan"]
    return TimelineView(
        clock=now.clock,
        roadmap=roadmap.overview.title,
        weeks=plan.weeks,
        phases=phases,
        calendar=weeks,
        milestones=[
            milestone_line(milestone, plan, history if started else None)
            for milestone in roadmap.milestones
        ],
        started_on=plan.start if started else None,
        you_are_here=now.clock.plan_week if started else None,
        date=today,
        pauses=[
            PauseLine(start=pause.start, until=pause.until, days=pause.days, reason=pause.reason)
            for pause in history.pauses
        ],
        replanned_on=replans[-1].day if replans else None,
        statuses=dict(history.statuses),
        schedule=[
            Scheduled(
                id=action_id,
                phase=roadmap.phases[plan.action_phase[action_id]].id,
                status=history.status(action_id),
                hours=plan.hours[action_id],
                first_day=plan.forecast.placements[action_id].first_day,
                last_day=plan.forecast.placements[action_id].last_day,
                week=plan.forecast.placements[action_id].week,
                planned_week=plan.baseline.placements[action_id].week,
                planned_last_day=plan.baseline.placements[action_id].last_day,
                planned_closed=plan.baseline.placements[action_id].closed,
            )
            for action_id in plan.forecast.order
        ],
    )
