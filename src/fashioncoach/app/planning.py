"""The plan's use cases: the weekly budget, replanning, and pauses.

Each takes the settings and parsed arguments, changes the progress log under its lock
(``session.editing``) and returns an ``Outcome``: what the change did to the plan, in
the words of ``render/phrases.py``. The rules are in ``core/``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fashioncoach.app.outcome import Outcome
from fashioncoach.app.session import editing, load_roadmap
from fashioncoach.errors import BadArgument

if TYPE_CHECKING:
    from datetime import date

    from fashioncoach.app.outcome import Dialogue
    from fashioncoach.app.session import Settings
    from fashioncoach.views.situation import Situation


def own_ratios(now: Situation) -> dict[str, float]:
    """Your pace as a plan keeps it, or a usage error saying how to get one."""
    from fashioncoach.core.own_pace import MIN_RECORDED, ratios_of

    if now.plan.own_pace is None:
        timed = sum(1 for item in now.history.spent if now.history.status(item) == "done")
        raise BadArgument(
            f"--my-pace needs the hours of {MIN_RECORDED} done actions (you recorded {timed}); "
            "record them with: fashioncoach done ID --hours H"
        )
    return ratios_of(now.plan.own_pace)


def set_hours(settings: Settings, *, hours: float, replan: bool, my_pace: bool) -> Outcome:
    """``set hours``: a new weekly budget; with ``replan`` the forecast becomes the plan."""
    from fashioncoach.core.changes import set_budget
    from fashioncoach.render import phrases
    from fashioncoach.render.text import day
    from fashioncoach.views.situation import Situation

    roadmap, path = load_roadmap(settings)
    replan = replan or my_pace
    with editing(roadmap, path) as (store, progress):
        was = Situation(roadmap=roadmap, progress=progress, today=settings.today)
        before = was.plan.budget
        updated = progress
        if before != hours or replan:
            pace = own_ratios(was) if my_pace else None
            updated = set_budget(
                progress, hours=hours, replan=replan, at=settings.now, day=settings.today, pace=pace
            )
            store.save(updated)
    now = Situation(roadmap=roadmap, progress=updated, today=settings.today)
    said = [f"Weekly budget: {hours:g} h (was {before:g} h)."]
    if replan:
        at_pace = f" at your own pace ({phrases.pace_ratio(now.plan.plan_pace)})" if my_pace else ""
        said.append(
            f"Your plan{at_pace}: {phrases.plan_length(now.plan)} "
            + phrases.finish_moves(was.plan.planned_finish, now.plan.planned_finish)
        )
    else:
        said.append(
            f"Your forecast: {phrases.forecast_length(now.plan)} · {now.pace.line}.\n"
            f"Your plan keeps its finish, {day(now.plan.planned_finish)}; to make the "
            f"forecast your plan: fashioncoach set hours {hours:g} --replan"
        )
    return Outcome(said=said)


def replan(
    settings: Settings,
    dialogue: Dialogue,
    *,
    dry_run: bool,
    json_output: bool,
    apply_json: bool,
    my_pace: bool,
) -> Outcome:
    """``replan``: show what moves, then (asked, or with ``--yes``) make the forecast
    the plan. With ``json_output`` the proposal is the output, applied only when
    ``apply_json`` (``--yes``) says so."""
    from fashioncoach.core.changes import replan as record_replan
    from fashioncoach.core.replan import propose_replan
    from fashioncoach.render import phrases
    from fashioncoach.views.situation import Situation

    roadmap, path = load_roadmap(settings)
    with editing(roadmap, path) as (store, progress):
        now = Situation(roadmap=roadmap, progress=progress, today=settings.today)
        pace = own_ratios(now) if my_pace else None
        proposal = propose_replan(now.plan, my_pace=my_pace)
        shown = Outcome(view=proposal, json=json_output)
        if not proposal.needed or dry_run or (json_output and not apply_json):
            if dry_run and proposal.needed and not json_output:
                shown.said.append(
                    "Dry run: nothing changed. Apply it with: fashioncoach replan --yes"
                )
            return shown
        dialogue.show(shown)
        if not json_output:
            dialogue.confirm("Make this your plan?")
        store.save(record_replan(progress, at=settings.now, day=settings.today, pace=pace))
    at_pace = f" at your own pace ({phrases.pace_ratio(pace)})" if pace else ""
    return Outcome(
        said=[
            f"Replanned{at_pace}: "
            + phrases.finish_moves(proposal.finish_before, proposal.finish_after)
            + "\nUndo with: fashioncoach replan --reset"
        ],
        json=json_output,
    )


def reset_plan(settings: Settings, dialogue: Dialogue) -> Outcome:
    """``replan --reset``: back to the plan made at the start; pauses stay."""
    from fashioncoach.core.changes import reset_plan as record_reset
    from fashioncoach.render import phrases
    from fashioncoach.views.situation import Situation

    roadmap, path = load_roadmap(settings)
    with editing(roadmap, path) as (store, progress):
        was = Situation(roadmap=roadmap, progress=progress, today=settings.today)
        if len(was.history.anchors) <= 1:
            return Outcome(said=["Your plan is the one made at the start already."])
        dialogue.confirm("Go back to the plan made at the start? (your pauses stay)")
        updated = record_reset(progress, at=settings.now, day=settings.today)
        store.save(updated)
    now = Situation(roadmap=roadmap, progress=updated, today=settings.today)
    return Outcome(
        said=[
            "Back on the plan made at the start. "
            + phrases.finish_moves(was.plan.planned_finish, now.plan.planned_finish)
            + "\nSee this week with: fashioncoach today"
        ]
    )


def pause(settings: Settings, *, first: date, back: date, reason: str) -> Outcome:
    """``pause``: days that give no time, from ``first`` to the day before ``back``."""
    from fashioncoach.core.changes import add_pause, check_text
    from fashioncoach.render import phrases
    from fashioncoach.render.text import day, plural
    from fashioncoach.views.situation import Situation

    roadmap, path = load_roadmap(settings)
    with editing(roadmap, path) as (store, progress):
        was = Situation(roadmap=roadmap, progress=progress, today=settings.today)
        updated = add_pause(
            progress,
            history=was.history,
            start=first,
            until=back,
            reason=check_text(reason, "the reason"),
            at=settings.now,
            day=settings.today,
        )
        store.save(updated)
    now = Situation(roadmap=roadmap, progress=updated, today=settings.today)
    days = (back - first).days
    return Outcome(
        said=[
            f"Paused from {day(first)} for {plural(days, 'day')}; back on {day(back)}.\n"
            + phrases.finish_moves(was.plan.planned_finish, now.plan.planned_finish)
            + " End it early with: fashioncoach resume"
        ]
    )


def cancel_pause(settings: Settings) -> Outcome:
    """``pause --cancel``: drop the next pause, or end the one under way."""
    from fashioncoach.core.changes import cancel_pause as record_cancel
    from fashioncoach.render import phrases
    from fashioncoach.render.text import day
    from fashioncoach.views.situation import Situation

    roadmap, path = load_roadmap(settings)
    with editing(roadmap, path) as (store, progress):
        was = Situation(roadmap=roadmap, progress=progress, today=settings.today)
        updated, dropped = record_cancel(
            progress, history=was.history, at=settings.now, day=settings.today
        )
        store.save(updated)
    now = Situation(roadmap=roadmap, progress=updated, today=settings.today)
    return Outcome(
        said=[
            f"Your pause from {day(dropped.start)} is cancelled. "
            + phrases.finish_moves(was.plan.planned_finish, now.plan.planned_finish)
        ]
    )


def resume(settings: Settings) -> Outcome:
    """``resume``: the pause under way ends today."""
    from fashioncoach.core.changes import end_pause
    from fashioncoach.render import phrases
    from fashioncoach.render.text import day
    from fashioncoach.views.situation import Situation

    roadmap, path = load_roadmap(settings)
    with editing(roadmap, path) as (store, progress):
        was = Situation(roadmap=roadmap, progress=progress, today=settings.today)
        updated, ended = end_pause(
            progress, history=was.history, at=settings.now, day=settings.today
        )
        store.save(updated)
    now = Situation(roadmap=roadmap, progress=updated, today=settings.today)
    return Outcome(
        said=[
            f"Welcome back: the pause from {day(ended.start)} ends today, "
            f"{day(settings.today)}. "
            + phrases.finish_moves(was.plan.planned_finish, now.plan.planned_finish)
            + "\nSee this week with: fashioncoach today"
        ]
    )
