"""``report``: where the learner stands, by phase and skill, with pace, milestones,
activity, the burndown and confidence over time. The HTML, Markdown and text
reports all render this one view."""

from __future__ import annotations

from typing import TYPE_CHECKING

from fashioncoach.core.own_pace import OwnPace
from fashioncoach.core.pace import Clock, Pace
from fashioncoach.core.reviews import repeated_blockers
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

    from fashioncoach.core.log import History
    from fashioncoach.core.packing import Schedule
    from fashioncoach.core.schedule import Plan
    from fashioncoach.model.progress import Progress
    from fashioncoach.model.roadmap import Action, Roadmap

RECENT_WEEKS = 4  # "your pace": planned hours resolved a week over the last four weeks


@record
class Tally:
    """A phase's, a skill's or the career work's actions, counted and in hours. Its share
    is always in hours (the estimates of the closed actions over all of them)."""

    id: str
    title: str
    done: int
    skipped: int
    known: int  # closed by an assessment
    total: int
    hours_done: float  # the estimates of the actions done
    hours_closed: float  # the estimates of the actions done, skipped or known
    hours_total: float
    hours_actual: float  # the time spent on the done ones (recorded, else the estimate)
    percent: int  # hours_closed of hours_total, rounded down


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
    machine: str  # where it was written


@record
class NoteEntry:
    on: date
    action: str
    title: str  # the action's title; "" for an id this roadmap no longer has
    text: str


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
    actions_known: int
    actions_total: int
    hours_done: float
    hours_closed: float  # done, skipped or known
    hours_total: float
    hours_actual: float
    percent: int  # the plan's share closed, in hours
    phase_position: PhasePosition  # the clock's phase, with its title and number
    phases: list[Tally]
    skills: list[Tally]
    transferable: list[Tally]  # work that uses a skill the learner already has
    career: Tally | None  # job search and networking
    week: int
    weeks: int
    started_on: Day
    planned_finish: Day
    projected_finish: Day
    pace_hours_per_week: float | None  # planned hours resolved a week, the last 4 weeks
    status: str  # the clock's
    days_ahead: int  # the clock's: plan days from the projected to the planned finish
    pace: Pace
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
    own_pace: OwnPace | None  # your ratio of recorded hours to estimates, once known
    plan_pace: dict[str, float]  # the pace the plan in force was made at ({}: the estimates)


def tally(item_id: str, title: str, actions: list[Action], plan: Plan) -> Tally:
    """Count ``actions`` and their hours, closed and done, as every view does."""
    history, hours = plan.history, plan.hours
    status = {action.id: history.status(action.id) for action in actions}
    done = [action for action in actions if status[action.id] == "done"]
    closed = [action for action in actions if status[action.id] != "open"]
    total = sum((hours[action.id] for action in actions), 0.0)
    closed_hours = sum((hours[action.id] for action in closed), 0.0)
    return Tally(
        id=item_id,
        title=title,
        done=len(done),
        skipped=sum(1 for action in actions if status[action.id] == "skipped"),
        known=sum(1 for action in actions if status[action.id] == "known"),
        total=len(actions),
        hours_done=sum((hours[action.id] for action in done), 0.0),
        hours_closed=closed_hours,
        hours_total=total,
        hours_actual=sum((history.spent.get(action.id, hours[action.id]) for action in done), 0.0),
        percent=int(100 * closed_hours / total + 1e-9) if total else 0,
    )


def confidence_history(roadmap: Roadmap, plan: Plan) -> list[SkillConfidence]:
    """Each skill's confidence, review after review, most important skill first."""
    result = []
    reviews = sorted(plan.history.reviews, key=lambda item: item.day)
    for skill in sorted(roadmap.skills, key=lambda item: item.priority):
        points = [
            ConfidencePoint(
                week=max(1, plan.week_of(review.day)),
                on=review.day,
                level=review.confidence[skill.id],
            )
            for review in reviews
            if skill.id in review.confidence
        ]
        if points:
            result.append(SkillConfidence(id=skill.id, title=skill.name, history=points))
    return result


def remaining_by_week(plan: Plan, schedule: Schedule, weeks: int) -> list[float]:
    """The planned hours left at the end of each of the first ``weeks`` plan weeks."""
    ends: dict[int, float] = {}
    for action_id, placement in schedule.placements.items():
        ends[placement.last_week] = ends.get(placement.last_week, 0.0) + plan.hours[action_id]
    left = sum(plan.hours.values())
    remaining = []
    for week in range(1, weeks + 1):
        left -= ends.get(week, 0.0)
        remaining.append(max(0.0, left))
    return remaining


def original_plan(plan: Plan) -> list[PlannedWeek]:
    """The plan as it was made at the start, before any replan: the burndown's faint
    line, so that replans and pauses stand out against it."""
    schedule = plan.original
    weeks = max(1, plan.week_of(schedule.finish))
    return [
        PlannedWeek(week=week, end=plan.week_dates(week)[1], planned_remaining=left)
        for week, left in enumerate(remaining_by_week(plan, schedule, weeks), start=1)
    ]


def review_lines(roadmap: Roadmap, plan: Plan) -> list[ReviewLine]:
    """Every review kept (none a later one replaced), oldest first, with its confidence
    by skill name, on the plan week its day falls in."""
    skills = sorted(roadmap.skills, key=lambda item: item.priority)
    names = {skill.id: skill.name for skill in skills}
    order = {skill.id: index for index, skill in enumerate(skills)}
    lines = []
    for review in sorted(plan.history.reviews, key=lambda item: (item.day, item.at)):
        rated = sorted(review.confidence.items(), key=lambda item: order.get(item[0], len(order)))
        lines.append(
            ReviewLine(
                week=max(1, plan.week_of(review.day)),
                on=review.day,
                went_well=review.went_well,
                blocked=review.blocked,
                confidence=[
                    SkillLevel(id=skill, title=names.get(skill, skill), level=level)
                    for skill, level in rated
                ],
                machine=review.machine,
            )
        )
    return lines


def journal(roadmap: Roadmap, history: History) -> tuple[list[NoteEntry], list[EvidenceEntry]]:
    """The notes (in the order of the log) and the evidence (in the order it was added)."""
    import re

    from fashioncoach.core.changes import is_link

    titles = {action.id: action.title for _, _, action in roadmap.actions()}
    notes = [
        NoteEntry(
            on=line.day, action=line.action, title=titles.get(line.action, ""), text=line.text
        )
        for line in history.note_lines
    ]
    evidence = []
    for item in history.evidence:
        link = is_link(item.ref)
        name = item.ref if link else re.split(r"[\\/]", item.ref.rstrip("/\\"))[-1]
        evidence.append(
            EvidenceEntry(
                on=item.day,
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
    roadmap, plan, history, clock = now.roadmap, now.plan, now.history, now.clock
    actions = now.actions
    hours = plan.hours
    started = now.today >= plan.start
    week = plan.this_week

    # The pace of the last weeks, in planned hours closed: information, not the verdict.
    per_week: float | None = None
    if started and not now.complete:
        since = max(1, week - RECENT_WEEKS + 1)
        recent = sum(
            hours[action_id]
            for action_id, when in history.resolved_on.items()
            if action_id in hours and plan.week_of(when) >= since
        )
        per_week = recent / (week - since + 1)

    done_per_week: dict[int, int] = {}
    spent_per_week: dict[int, float] = {}
    for action_id, when in history.done_on.items():
        if action_id not in hours:
            continue
        done_week = max(1, plan.week_of(when))
        done_per_week[done_week] = done_per_week.get(done_week, 0) + 1
        spent_per_week[done_week] = spent_per_week.get(done_week, 0.0) + history.spent.get(
            action_id, hours[action_id]
        )
    activity = (
        [
            WeekActivity(
                week=item,
                start=plan.week_dates(item)[0],
                done=done_per_week.get(item, 0),
                hours=spent_per_week.get(item, 0.0),
            )
            for item in range(1, week + 1)
        ]
        if started
        else []
    )
    # This week still has time: an empty one doesn't break the streak yet. A week that
    # is wholly paused neither breaks it nor counts.
    streak = 0
    counted = week if done_per_week.get(week) else week - 1
    while counted >= 1:
        if done_per_week.get(counted):
            streak += 1
        elif plan.calendar.open_days(*plan.week_dates(counted)):
            break
        counted -= 1

    burndown: list[BurndownWeek] = []
    hours_total = sum(hours.values())
    if started:
        weeks = max(plan.planned_weeks, week)
        planned = remaining_by_week(plan, plan.baseline, weeks)
        closed_week: dict[int, float] = {}
        for action_id, when in history.resolved_on.items():
            if action_id in hours:
                closed = max(1, plan.week_of(when))
                closed_week[closed] = closed_week.get(closed, 0.0) + hours[action_id]
        actual_left = hours_total
        for item in range(1, weeks + 1):
            actual_left -= closed_week.get(item, 0.0)
            burndown.append(
                BurndownWeek(
                    week=item,
                    end=plan.week_dates(item)[1],
                    planned_remaining=planned[item - 1],
                    remaining=max(0.0, actual_left) if item <= week else None,
                )
            )

    skills = [
        tally(skill.id, skill.name, [a for a in actions if skill.id in a.skills], plan)
        for skill in sorted(roadmap.skills, key=lambda item: item.priority)
    ]
    transferable = [
        tally(skill.id, skill.name, [a for a in actions if skill.id in a.uses], plan)
        for skill in roadmap.transferable_skills
        if any(skill.id in action.uses for action in actions)
    ]
    career_actions = [action for action in actions if action.career]
    everything = tally("plan", roadmap.overview.title, actions, plan)
    notes, evidence = journal(roadmap, history)
    replans = [anchor for anchor in history.anchors if anchor.kind == "replan"]
    return ReportView(
        clock=clock,
        date=now.today,
        roadmap=roadmap.overview.title,
        # Counted over the roadmap's actions: ids it no longer has are not in its total.
        actions_done=everything.done,
        actions_skipped=everything.skipped,
        actions_known=everything.known,
        actions_total=everything.total,
        hours_done=everything.hours_done,
        hours_closed=everything.hours_closed,
        hours_total=everything.hours_total,
        hours_actual=everything.hours_actual,
        percent=everything.percent,
        phase_position=phase_position(roadmap, plan, clock),
        phases=[
            tally(item.id, item.title, [action for _, action in item.actions()], plan)
            for item in roadmap.phases
        ],
        skills=skills,
        transferable=transferable,
        career=tally("career", "Career work", career_actions, plan) if career_actions else None,
        week=clock.plan_week,
        weeks=clock.plan_weeks,
        started_on=plan.start,
        planned_finish=clock.planned_finish,
        projected_finish=clock.projected_finish,
        pace_hours_per_week=per_week,
        status=clock.status,
        days_ahead=clock.days_ahead,
        pace=now.pace,
        left=[
            action.id
            for action in actions
            if plan.action_phase[action.id] < plan.current and not history.resolved(action.id)
        ],
        weekly_hours=plan.budget,
        replanned_on=replans[-1].day if replans else None,
        paused_days=sum(
            max(0, (min(pause.until, now.today) - pause.start).days) for pause in history.pauses
        ),
        milestones=[milestone_line(milestone, plan, history) for milestone in roadmap.milestones],
        activity=activity,
        streak_weeks=streak,
        burndown=burndown,
        confidence=confidence_history(roadmap, plan),
        repeated_blockers=repeated_blockers(history),
        unknown_actions=history.unknown,
        burndown_original=original_plan(plan) if started else [],
        reviews=review_lines(roadmap, plan),
        notes=notes,
        evidence=evidence,
        own_pace=plan.own_pace,
        plan_pace=dict(plan.plan_pace),
    )
