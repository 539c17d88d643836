"""TODO docstring."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from fashioncoach.core.log import fold
from fashioncoach.core.pace import PACE_WEEKS, _standing
from fashioncoach.core.reviews import repeated_blockers
from fashioncoach.core.schedule import (
    DAYS_PER_WEEK,
    active_days,
    current_entry,
    plan_day,
    plan_finish,
    plan_of,
    planned_hours_by_week,
    week_of,
)
from fashioncoach.model.record import record
from fashioncoach.views.lines import Day, MilestoneLine, PhasePosition, _milestone_line

if TYPE_CHECKING:
    from datetime import date

    from fashioncoach.model.progress import Progress
    from fashioncoach.model.roadmap import Action, Roadmap

ACTIVITY_WEEKS = 8


@record
class Tally:
    id: str
    title: str
    done: int
    skipped: int
    total: int
    hours_done: float  # the estimates of the actions done
    hours_total: float
    hours_actual: float  # the time spent on them, as recorded by ``done --hours``


@record
class WeekActivity:
    week: int
    start: date
    done: int
    hours: float  # time spent on the actions done in that week


@record
class BurndownWeek:
    week: int
    end: date
    planned_remaining: float
    remaining: float | None  # None for weeks still to come


@record
class ConfidencePoint:
    week: int
    on: date
    level: int


@record
class SkillConfidence:
    id: str
    title: str
    history: list[ConfidencePoint]


@record
class ReportView:
    date: Day
    roadmap: str
    actions_done: int
    actions_skipped: int
    actions_total: int
    hours_done: float
    hours_total: float
    hours_actual: float
    phase: PhasePosition
    phases: list[Tally]
    skills: list[Tally]
    week: int
    weeks: int
    started_on: Day
    planned_finish: Day
    projected_finish: Day | None
    pace_hours_per_week: float | None  # planned hours finished a week, last 4 weeks
    status: str  # "not started", "on track", "behind", "ahead" or "complete"
    days_behind: int  # negative when ahead
    pace: str
    weekly_hours: float
    replanned_on: Day | None
    paused_days: int
    milestones: list[MilestoneLine]
    activity: list[WeekActivity]
    streak_weeks: int
    burndown: list[BurndownWeek]
    confidence: list[SkillConfidence]
    repeated_blockers: list[str]
    unknown_actions: list[str]


def _tally(
    item_id: str,
    title: str,
    actions: list[Action],
    statuses: dict[str, str],
    spent: dict[str, float],
) -> Tally:
    done = [action for action in actions if statuses.get(action.id) == "done"]
    return Tally(
        id=item_id,
        title=title,
        done=len(done),
        skipped=sum(1 for action in actions if statuses.get(action.id) == "skipped"),
        total=len(actions),
        hours_done=sum((action.hours for action in done), 0.0),
        hours_total=sum((action.hours for action in actions), 0.0),
        hours_actual=sum((spent.get(action.id, action.hours) for action in done), 0.0),
    )


def confidence_history(roadmap: Roadmap, progress: Progress) -> list[SkillConfidence]:
    """Each skill's confidence, review after review, most important skill first."""
    result = []
    for skill in sorted(roadmap.skills, key=lambda item: item.priority):
        points = [
            ConfidencePoint(week=review.week, on=review.on, level=review.confidence[skill.id])
            for review in sorted(progress.reviews, key=lambda item: item.week)
            if skill.id in review.confidence
        ]
        if points:
            result.append(SkillConfidence(id=skill.id, title=skill.name, history=points))
    return result


def build_report(*, roadmap: Roadmap, progress: Progress, today: date) -> ReportView:
    log = fold(progress, roadmap)
    statuses = log.statuses
    plan = plan_of(roadmap, progress)
    pauses = progress.pauses
    all_actions = [action for _, _, action in roadmap.actions()]
    estimates = {action.id: action.hours for action in all_actions}
    spent = log.spent
    resolved = {action.id for action in all_actions if action.id in statuses}
    index, phase, began = current_entry(roadmap, progress)
    start = progress.start_date
    days_elapsed = active_days(start, today, pauses)
    hours_total = sum(action.hours for action in all_actions)
    hours_resolved = sum(action.hours for action in all_actions if action.id in resolved)
    complete = len(resolved) == len(all_actions)
    standing = _standing(roadmap, progress, plan, statuses, today)
    resolved_on = log.resolved_on

    projected: date | None = None
    per_week: float | None = None
    if complete:
        finish_dates = [moment.at.date() for moment in progress.events if moment.kind != "note"]
        projected = max(finish_dates) if finish_dates else today
    elif days_elapsed >= 0:
        # The pace of the last four weeks (at least one, so a first good day doesn't
        # overpromise), in planned hours finished.
        window = min(PACE_WEEKS * DAYS_PER_WEEK, max(DAYS_PER_WEEK, days_elapsed + 1))
        since = days_elapsed + 1 - window
        recent = sum(
            estimates[action_id]
            for action_id, when in resolved_on.items()
            if action_id in estimates and active_days(start, when, pauses) >= since
        )
        per_week = recent * DAYS_PER_WEEK / window
        if recent > 0:
            per_day = recent / window
            with contextlib.suppress(OverflowError):  # a pace so slow it never finishes
                offset = days_elapsed + round((hours_total - hours_resolved) / per_day)
                projected = plan_day(start, offset, pauses)

    current_week = days_elapsed // DAYS_PER_WEEK + 1
    done_on = log.done_on
    done_per_week: dict[int, int] = {}
    hours_per_week: dict[int, float] = {}
    for action_id, when in done_on.items():
        week = week_of(start, when, pauses)
        done_per_week[week] = done_per_week.get(week, 0) + 1
        hours_per_week[week] = hours_per_week.get(week, 0.0) + spent.get(
            action_id, estimates.get(action_id, 0.0)
        )
    activity = [
        WeekActivity(
            week=week,
            start=plan.week_dates(week)[0],
            done=done_per_week.get(week, 0),
            hours=hours_per_week.get(week, 0.0),
        )
        for week in range(max(1, current_week - ACTIVITY_WEEKS + 1), current_week + 1)
    ]
    # The current week still has time: an empty one doesn't break the streak yet.
    # Paused days are no plan days, so a pause never breaks it either.
    streak = 0
    week = current_week if done_per_week.get(current_week) else current_week - 1
    while week >= 1 and done_per_week.get(week):
        streak += 1
        week -= 1

    burndown: list[BurndownWeek] = []
    if days_elapsed >= 0:
        weekly = planned_hours_by_week(roadmap, plan)
        resolved_week: dict[int, float] = {}
        for action_id, when in resolved_on.items():
            if action_id in estimates:
                week = max(1, week_of(start, when, pauses))
                resolved_week[week] = resolved_week.get(week, 0.0) + estimates[action_id]
        planned_left = actual_left = hours_total
        for week in range(1, max(plan.weeks, current_week) + 1):
            planned_left -= weekly.get(week, 0.0)
            actual_left -= resolved_week.get(week, 0.0)
            burndown.append(
                BurndownWeek(
                    week=week,
                    end=plan.week_dates(week)[1],
                    planned_remaining=max(0.0, planned_left),
                    remaining=max(0.0, actual_left) if week <= current_week else None,
                )
            )

    skills_tallies = []
    for skill in sorted(roadmap.skills, key=lambda item: item.priority):
        actions = [action for action in all_actions if skill.id in action.skills]
        skills_tallies.append(_tally(skill.id, skill.name, actions, statuses, spent))
    done_actions = [action for action in all_actions if statuses.get(action.id) == "done"]

    return ReportView(
        date=today,
        roadmap=roadmap.overview.title,
        # Counted over the roadmap's actions: ids it no longer has are not in its total.
        actions_done=len(done_actions),
        actions_skipped=sum(1 for action in all_actions if statuses.get(action.id) == "skipped"),
        actions_total=len(all_actions),
        hours_done=sum((action.hours for action in done_actions), 0.0),
        hours_total=hours_total,
        hours_actual=sum((spent.get(action.id, action.hours) for action in done_actions), 0.0),
        phase=PhasePosition(
            id=phase.id,
            title=phase.title,
            number=index + 1,
            week=max(1, week_of(began, today, pauses)),
            weeks=plan.phase_weeks[phase.id],
        ),
        phases=[
            _tally(item.id, item.title, [action for _, action in item.actions()], statuses, spent)
            for item in roadmap.phases
        ],
        skills=skills_tallies,
        week=max(1, current_week),
        weeks=plan.weeks,
        started_on=start,
        planned_finish=plan_finish(plan),
        projected_finish=projected,
        pace_hours_per_week=per_week,
        status=standing.status,
        days_behind=standing.days_behind,
        pace=standing.pace.line,
        weekly_hours=progress.hours_per_week,
        replanned_on=progress.schedule.replanned_on,
        paused_days=sum(max(0, (min(pause.until, today) - pause.start).days) for pause in pauses),
        milestones=[
            _milestone_line(milestone, statuses, plan, roadmap, started=True, today=today)
            for milestone in roadmap.milestones
        ],
        activity=activity if days_elapsed >= 0 else [],
        streak_weeks=streak,
        burndown=burndown,
        confidence=confidence_history(roadmap, progress),
        repeated_blockers=repeated_blockers(progress),
        unknown_actions=log.unknown,
    )
