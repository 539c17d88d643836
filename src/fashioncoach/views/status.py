"""``status``: the coach's answer on one line, for shell prompts, tmux and scripts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from fashioncoach.core.pace import Pace
from fashioncoach.model.record import record
from fashioncoach.views.situation import Situation
from fashioncoach.views.today import today_view

if TYPE_CHECKING:
    from datetime import date

    from fashioncoach.model.progress import Progress
    from fashioncoach.model.roadmap import Roadmap


@record
class StatusView:
    """Every field a ``status --format`` string can name (and, with ``pace``, the JSON)."""

    roadmap_id: str  # elsewhere ``roadmap`` is the roadmap's title
    plan_week: int
    plan_weeks: int
    phase: str  # the phase's id
    phase_number: int
    phase_week: int
    phase_weeks: int
    status: str  # the clock's: on-track, behind, ahead, paused, complete, not-started
    days_ahead: int  # negative when behind
    # The verdict in the prompt's few words: "on track", "3d behind", "2d ahead", "paused",
    # "complete". The sentence with its advice is ``pace.line``.
    verdict: str
    done: int  # this week's actions done
    total: int  # this week's actions
    hours_open: float  # open hours in today's list (``today``'s hours_open)
    next_number: int  # the first open action's number in today's list; 0 when none
    next_id: str
    next_title: str
    next_hours: float
    pace: Pace  # today's and report's: the verdict with its advice


def build_status(*, roadmap: Roadmap, progress: Progress, today: date) -> StatusView:
    now = Situation(roadmap=roadmap, progress=progress, today=today)
    view = today_view(now)
    clock, pace = now.clock, view.pace
    # The next step as today names it: the first open item of the list, or after the
    # week's list, the next open work of the forecast.
    following = next((line for line in view.actions if line.status == "open"), None)
    if pace.status == "behind":
        verdict = f"{-pace.days_ahead}d behind"
    elif pace.status == "ahead":
        verdict = f"{pace.days_ahead}d ahead"
    else:
        verdict = pace.status.replace("-", " ")
    return StatusView(
        roadmap_id=roadmap.id,
        plan_week=clock.plan_week,
        plan_weeks=clock.plan_weeks,
        phase=clock.phase,
        phase_number=view.phase_position.number,
        phase_week=clock.phase_week,
        phase_weeks=clock.phase_weeks,
        status=clock.status,
        days_ahead=clock.days_ahead,
        verdict=verdict,
        done=view.done,
        total=view.total,
        hours_open=view.hours_open,
        next_number=following.number if following else 0,
        next_id=following.id if following else view.next_step.action,
        next_title=following.title if following else view.next_step.title,
        next_hours=following.hours if following else now.plan.hours.get(view.next_step.action, 0.0),
        pace=pace,
    )
