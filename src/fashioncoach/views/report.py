"""``report``: where the learner stands, by phase and skill, with pace, milestones,
activity, the burndown and confidence over time. The HTML, Markdown and text
reports all render this one view."""

from __future__ import annotations

from typing import TYPE_CHECKING

from fashioncoach.core.pace import Clock, Pace
from fashioncoach.core.reviews import repeated_blockers
from fashioncoach.core.schedule import current_week
from fashioncoach.model.record import record
from fashioncoach.views.lines import (
    Day,
    MilestoneLine,
    PhasePosition,
    milestone_line,
    phase_position,
)
from fashioncoach.views.situation import Situation

if TYPE_CHECKING:
    from datetime import date

    from fashioncoach.core.log import Log
    from fashioncoach.core.schedule import Plan
    from fashioncoach.model.progress import Progress
    from fashioncoach.model.roadmap import Action, Roadmap

RECENT_WEEKS = 4  # "your pace": planned hours resolved a week over the last four weeks


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
class PlannedWeek:
    """A week of the original plan: the roadmap's schedule from the start day on the
    learner's budget, before any pause, replan or phase move."""

    week: int
    end: date
    planned_remaining: float


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
class SkillLevel:
    id: str
    title: str
    level: int


@record
class ReviewLine:
    """A weekly review as the learner gave it, in the plan week its date falls in."""

    week: int
    on: date
    went_well: str
    blocked: str
    confidence: list[SkillLevel]  # the roadmap's skills first, by priority


@record
class NoteEntry:
    on: date
    action: str
    title: str  # the action's title; "" for an id this roadmap no longer has
    text: str
    hours: float | None  # hours a note event carries (older files, hand edits)


@record
class EvidenceEntry:
    on: date
    action: str
    title: str
    ref: str  # as stored: an http(s) link or a file's absolute path
    link: bool  # an http(s) link
    name: str  # what a shared page shows: the link, or the file's name without its folder


@record
class ReportView:
    clock: Clock
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
    transferable: list[Tally]  # work that uses a skill the learner already has
    career: Tally | None  # job search and networking
    week: int
    weeks: int
    started_on: Day
    planned_finish: Day
    projected_finish: Day | None
    pace_hours_per_week: float | None  # planned hours resolved a week, the last 4 weeks
    status: str  # the clock's
    days_behind: int  # the clock's days_ahead, negated
    pace: str
    verdict: Pace
    left: list[str]  # open actions left in phases the learner moved on from
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
    burndown_original: list[PlannedWeek]
    reviews: list[ReviewLine]
    notes: list[NoteEntry]
    evidence: list[EvidenceEntry]


def _tally(item_id: str, title: str, actions: list[Action], log: Log) -> Tally:
    done = [action for action in actions if log.status(action.id) == "done"]
    return Tally(
        id=item_id,
        title=title,
        done=len(done),
        skipped=sum(1 for action in actions if log.status(action.id) == "skipped"),
        total=len(actions),
        hours_done=sum((action.hours for action in done), 0.0),
        hours_total=sum((action.hours for action in actions), 0.0),
        hours_actual=sum((log.spent.get(action.id, action.hours) for action in done), 0.0),
    )


def confidence_history(roadmap: Roadmap, progress: Progress, plan: Plan) -> list[SkillConfidence]:
    """Each skill's confidence, review after review, most important skill first."""
    result = []
    reviews = sorted(progress.reviews, key=lambda item: item.on)
    for skill in sorted(roadmap.skills, key=lambda item: item.priority):
        points = [
            ConfidencePoint(
                week=plan.week_of(review.on), on=review.on, level=review.confidence[skill.id]
            )
            for review in reviews
            if skill.id in review.confidence
        ]
        if points:
            result.append(SkillConfidence(id=skill.id, title=skill.name, history=points))
    return result


def original_plan(roadmap: Roadmap, progress: Progress) -> list[PlannedWeek]:
    """The plan as it stood on the start day, on today's budget: what the burndown's faint
    line shows, so that pauses, replans and phase moves stand out against it."""
    from fashioncoach.core.schedule import plan_of
    from fashioncoach.model.progress import Schedule
    from fashioncoach.model.record import replace

    first = replace(progress, phases=(), pauses=(), schedule=Schedule())
    plan = plan_of(roadmap, first, today=progress.start_date)
    actions = [action for _, _, action in roadmap.actions()]
    weekly = plan.hours_by_week(actions)
    left = sum((action.hours for action in actions), 0.0)
    weeks = []
    for week in range(1, plan.weeks + 1):
        left -= weekly.get(week, 0.0)
        weeks.append(
            PlannedWeek(week=week, end=plan.week_dates(week)[1], planned_remaining=max(0.0, left))
        )
    return weeks


def review_lines(roadmap: Roadmap, progress: Progress, plan: Plan) -> list[ReviewLine]:
    """Every review, oldest first, with its confidence by skill name."""
    skills = sorted(roadmap.skills, key=lambda item: item.priority)
    names = {skill.id: skill.name for skill in skills}
    order = {skill.id: index for index, skill in enumerate(skills)}
    lines = []
    for review in sorted(progress.reviews, key=lambda item: item.on):
        rated = sorted(review.confidence.items(), key=lambda item: order.get(item[0], len(order)))
        lines.append(
            ReviewLine(
                week=plan.week_of(review.on),
                on=review.on,
                went_well=review.went_well,
                blocked=review.blocked,
                confidence=[
                    SkillLevel(id=skill, title=names.get(skill, skill), level=level)
                    for skill, level in rated
                ],
            )
        )
    return lines


def journal(
    roadmap: Roadmap, progress: Progress, log: Log
) -> tuple[list[NoteEntry], list[EvidenceEntry]]:
    """The notes (in the order of the log) and the evidence (in the order it was added)."""
    import re

    from fashioncoach.core.changes import is_link

    titles = {action.id: action.title for _, _, action in roadmap.actions()}
    notes = [
        NoteEntry(
            on=line.at.date(),
            action=line.action,
            title=titles.get(line.action, ""),
            text=line.text,
            hours=line.hours,
        )
        for line in log.note_lines
    ]
    evidence = []
    for item in progress.evidence:
        link = is_link(item.ref)
        name = item.ref if link else re.split(r"[\\/]", item.ref.rstrip("/\\"))[-1]
        evidence.append(
            EvidenceEntry(
                on=item.at.date(),
                action=item.action,
                title=titles.get(item.action, ""),
                ref=item.ref,
                link=link,
                name=name or item.ref,
            )
        )
    return notes, evidence


def build_report(*, roadmap: Roadmap, progress: Progress, today: date) -> ReportView:
    return report_view(Situation(roadmap=roadmap, progress=progress, today=today))


def report_view(now: Situation) -> ReportView:
    roadmap, plan, log, clock = now.roadmap, now.plan, now.log, now.clock
    progress = now.progress
    assert progress is not None  # a report needs a plan started
    actions = now.actions
    estimates = {action.id: action.hours for action in actions}
    started = now.today >= plan.start
    week = current_week(plan, now.today)

    # The pace of the last weeks, in planned hours resolved: information, not the verdict.
    per_week: float | None = None
    if started and not now.complete:
        since = max(1, week - RECENT_WEEKS + 1)
        recent = sum(
            estimates[action_id]
            for action_id, when in log.resolved_on.items()
            if action_id in estimates and plan.week_of(when) >= since
        )
        per_week = recent / (week - since + 1)

    done_per_week: dict[int, int] = {}
    hours_per_week: dict[int, float] = {}
    for action_id, when in log.done_on.items():
        done_week = max(1, plan.week_of(when))
        done_per_week[done_week] = done_per_week.get(done_week, 0) + 1
        hours_per_week[done_week] = hours_per_week.get(done_week, 0.0) + log.spent.get(
            action_id, estimates.get(action_id, 0.0)
        )
    activity = (
        [
            WeekActivity(
                week=item,
                start=plan.week_dates(item)[0],
                done=done_per_week.get(item, 0),
                hours=hours_per_week.get(item, 0.0),
            )
            for item in range(1, week + 1)
        ]
        if started
        else []
    )
    # This week still has time: an empty one doesn't break the streak yet. Paused
    # weeks are no plan weeks, so a pause never breaks it either.
    streak = 0
    counted = week if done_per_week.get(week) else week - 1
    while counted >= 1 and done_per_week.get(counted):
        streak += 1
        counted -= 1

    burndown: list[BurndownWeek] = []
    hours_total = sum(estimates.values())
    if started:
        weekly = plan.hours_by_week(actions)
        resolved_week: dict[int, float] = {}
        for action_id, when in log.resolved_on.items():
            if action_id in estimates:
                resolved = max(1, plan.week_of(when))
                resolved_week[resolved] = resolved_week.get(resolved, 0.0) + estimates[action_id]
        planned_left = actual_left = hours_total
        for item in range(1, max(plan.weeks, week) + 1):
            planned_left -= weekly.get(item, 0.0)
            actual_left -= resolved_week.get(item, 0.0)
            burndown.append(
                BurndownWeek(
                    week=item,
                    end=plan.week_dates(item)[1],
                    planned_remaining=max(0.0, planned_left),
                    remaining=max(0.0, actual_left) if item <= week else None,
                )
            )

    skills = [
        _tally(skill.id, skill.name, [a for a in actions if skill.id in a.skills], log)
        for skill in sorted(roadmap.skills, key=lambda item: item.priority)
    ]
    transferable = [
        _tally(skill.id, skill.name, [a for a in actions if skill.id in a.uses], log)
        for skill in roadmap.transferable_skills
        if any(skill.id in action.uses for action in actions)
    ]
    career_actions = [action for action in actions if action.career]
    done_actions = [action for action in actions if log.status(action.id) == "done"]
    span = plan.spans[plan.current]
    pauses = progress.pauses
    notes, evidence = journal(roadmap, progress, log)
    return ReportView(
        clock=clock,
        date=now.today,
        roadmap=roadmap.overview.title,
        # Counted over the roadmap's actions: ids it no longer has are not in its total.
        actions_done=len(done_actions),
        actions_skipped=sum(1 for action in actions if log.status(action.id) == "skipped"),
        actions_total=len(actions),
        hours_done=sum((action.hours for action in done_actions), 0.0),
        hours_total=hours_total,
        hours_actual=sum((log.spent.get(a.id, a.hours) for a in done_actions), 0.0),
        phase=phase_position(span, clock),
        phases=[
            _tally(item.id, item.title, [action for _, action in item.actions()], log)
            for item in roadmap.phases
        ],
        skills=skills,
        transferable=transferable,
        career=_tally("career", "Career work", career_actions, log) if career_actions else None,
        week=clock.plan_week,
        weeks=clock.plan_weeks,
        started_on=progress.start_date,
        planned_finish=clock.planned_finish,
        projected_finish=clock.projected_finish,
        pace_hours_per_week=per_week,
        status=clock.status,
        days_behind=-clock.days_ahead,
        pace=now.pace.line,
        verdict=now.pace,
        left=[
            action.id
            for action in actions
            if plan.action_phase[action.id] < plan.current and not log.resolved(action.id)
        ],
        weekly_hours=progress.hours_per_week,
        replanned_on=progress.schedule.replanned_on,
        paused_days=sum(
            max(0, (min(pause.until, now.today) - pause.start).days) for pause in pauses
        ),
        milestones=[
            milestone_line(milestone, plan, log, today=now.today)
            for milestone in roadmap.milestones
        ],
        activity=activity,
        streak_weeks=streak,
        burndown=burndown,
        confidence=confidence_history(roadmap, progress, plan),
        repeated_blockers=repeated_blockers(progress),
        unknown_actions=log.unknown,
        burndown_original=original_plan(roadmap, progress) if started else [],
        reviews=review_lines(roadmap, progress, plan),
        notes=notes,
        evidence=evidence,
    )
