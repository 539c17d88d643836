"""TODO docstring."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from fashioncoach.core.log import fold
from fashioncoach.core.schedule import (
    current_entry,
    plan_day,
    plan_of,
    week_dates,
    week_of,
)
from fashioncoach.model.record import record
from fashioncoach.views.lines import Day, MilestoneLine, _milestone_line

if TYPE_CHECKING:
    from fashioncoach.model.progress import Progress
    from fashioncoach.model.roadmap import Roadmap


@record
class TimelinePhase:
    id: str
    title: str
    first_week: int
    last_week: int
    weeks: int
    hours: float
    starts: date | None
    ends: date | None
    state: str
    extended_weeks: int  # weeks ``replan`` added to it


@record
class PauseLine:
    start: date
    until: date  # the first day back
    days: int
    reason: str


@record
class TimelineView:
    roadmap: str
    weeks: int
    phases: list[TimelinePhase]
    milestones: list[MilestoneLine]
    started_on: Day | None
    you_are_here: int | None  # the plan week the learner's position maps to
    date: date
    pauses: list[PauseLine]
    replanned_on: Day | None


def build_timeline(*, roadmap: Roadmap, progress: Progress | None, today: date) -> TimelineView:
    plan = plan_of(roadmap, progress)
    pauses = progress.pauses if progress is not None else ()
    statuses = fold(progress).statuses if progress is not None else {}
    current_index = current_entry(roadmap, progress)[0] if progress is not None else None
    began_on = {entry.phase: entry.began for entry in progress.phases} if progress else {}

    phases: list[TimelinePhase] = []
    you_are_here: int | None = None
    cursor = progress.start_date if progress is not None else None
    for index, phase in enumerate(roadmap.phases):
        first = plan.first_weeks[phase.id]
        length = plan.phase_weeks[phase.id]
        starts: date | None = None
        ends: date | None = None
        state = "planned"
        if cursor is not None and current_index is not None:
            # Phases entered so far began when the learner entered them; later ones
            # follow the current phase's planned end (or today, when it runs long).
            starts = began_on.get(phase.id, cursor) if index <= current_index else cursor
            planned_end = week_dates(starts, length, pauses)[1]
            if index < current_index:
                state = "done"
                following = began_on.get(roadmap.phases[index + 1].id)
                # Left on the day it began (moved on at once): it ends that day, not before.
                ends = max(starts, following - timedelta(days=1)) if following else planned_end
            elif index == current_index:
                state = "current"
                ends = max(planned_end, today)
                phase_week = week_of(starts, today, pauses) if today >= starts else 1
                you_are_here = first + min(phase_week, length) - 1
            else:
                state = "upcoming"
                ends = planned_end
            cursor = plan_day(ends, 1, pauses)
        phases.append(
            TimelinePhase(
                id=phase.id,
                title=phase.title,
                first_week=first,
                last_week=first + length - 1,
                weeks=length,
                hours=phase.hours(),
                starts=starts,
                ends=ends,
                state=state,
                extended_weeks=plan.extended.get(phase.id, 0),
            )
        )
    start = progress.start_date if progress is not None else None
    return TimelineView(
        roadmap=roadmap.overview.title,
        weeks=plan.weeks,
        phases=phases,
        milestones=[
            _milestone_line(
                milestone,
                statuses,
                plan,
                roadmap,
                started=start is not None,
                today=today if start else None,
            )
            for milestone in roadmap.milestones
        ],
        started_on=start,
        you_are_here=you_are_here,
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
