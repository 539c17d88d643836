"""What the first command after an upgrade says, once: the file is now a log of events,
times without a zone were read in this machine's zone, and the plan's finish as the old
week slots had it beside the new one.

The old finish follows the rules of schema 4 (docs/planning.md of 0.3): calendar weeks
with 4 or more paused days skipped, each phase's actions laid out in the roadmap's
order and never earlier than their week, a week over the budget passing work on, and
the phase the learner is in running on through this week.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fashioncoach.core.log import History
    from fashioncoach.model.progress import Progress
    from fashioncoach.model.roadmap import Roadmap


def upgrade_notice(roadmap: Roadmap, progress: Progress, *, today: date) -> str:
    """The one paragraph the first command after the upgrade prints."""
    import time

    from fashioncoach.core.log import fold
    from fashioncoach.core.schedule import plan_of
    from fashioncoach.render.text import day

    history = fold(progress, roadmap, day=today)
    plan = plan_of(roadmap, history, today=today)
    old = old_planned_finish(roadmap, history, today=today)
    zone = time.strftime("%Z") or "this machine's zone"
    return (
        f"Your progress file is now a log of events (schema {progress.schema_version}); the "
        f"previous file is kept in backups/ with '-before-v{progress.schema_version}' in "
        f"its name. Times saved without a zone were read as {zone}. Dates now come from the "
        f"work left, not from week slots: your planned finish is {day(plan.planned_finish)} "
        f"(it was {day(old)})."
    )


def old_planned_finish(roadmap: Roadmap, history: History, *, today: date) -> date:
    """The planned finish the week slots of schema 4 gave, on ``today``."""
    from fashioncoach.core.packing import DAYS_PER_WEEK

    start, budget = history.start, history.budget
    days_in_week: dict[int, int] = {}
    for pause in history.pauses:
        day = max(pause.start, start)
        while day < pause.until:
            week = (day - start).days // DAYS_PER_WEEK + 1
            days_in_week[week] = days_in_week.get(week, 0) + 1
            day += timedelta(days=1)
    paused = sorted(week for week, days in days_in_week.items() if days >= 4)

    def plan_week(day: date) -> int:
        calendar = (day - start).days // DAYS_PER_WEEK + 1
        return max(1, calendar - sum(1 for week in paused if week < calendar))

    first_weeks = roadmap.phase_first_weeks()
    lengths = []
    for phase in roadmap.phases:
        load: dict[int, float] = {}
        cursor, longest = 1, phase.duration_weeks
        for roadmap_week, action in phase.actions():
            week = max(cursor, roadmap_week - first_weeks[phase.id] + 1)
            while load.get(week, 0.0) > 0 and load[week] + action.hours > budget + 1e-9:
                week += 1
            load[week] = load.get(week, 0.0) + action.hours
            cursor, longest = week, max(longest, week)
        lengths.append(longest)
    index_of = {phase.id: index for index, phase in enumerate(roadmap.phases)}
    current = index_of.get(history.phase, 0)
    began = {
        index_of[move.phase]: move.day for move in history.phase_moves if move.phase in index_of
    }
    this_week = plan_week(today) if today >= start else 1
    firsts: list[int] = []
    first = 1
    for index, length in enumerate(lengths):
        if 0 < index <= current and index in began:
            # Entered: its week 1 is the plan week the learner moved on in.
            first = max(firsts[-1], plan_week(began[index]))
        firsts.append(first)
        first += max(length, this_week - first + 1) if index == current else length
    weeks = first - 1
    calendar = weeks
    for week in paused:
        if week <= calendar:
            calendar += 1
    return start + timedelta(days=DAYS_PER_WEEK * calendar - 1)
