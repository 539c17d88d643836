"""The plan and a life: the weekly budget, replanning and pauses. Thin: the rules are in
``core/``, the words in ``render/``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from fashioncoach.app.output import echo, show, show_json
from fashioncoach.app.session import editing, load_roadmap
from fashioncoach.cli.common import (
    JsonOption,
    YesOption,
    confirm,
    friendly_errors,
    parse_date,
    settings_of,
)
from fashioncoach.errors import BadArgument

if TYPE_CHECKING:
    from fashioncoach.views.situation import Situation
from fashioncoach.model.limits import MAX_HOURS_PER_WEEK, MIN_HOURS_PER_WEEK

app = typer.Typer()

MyPaceOption = Annotated[
    bool,
    typer.Option(
        "--my-pace",
        help="Plan at your own pace: the estimates times your ratio of recorded hours "
        "(known once 5 actions have hours from done --hours).",
    ),
]


def _own_ratios(now: Situation) -> dict[str, float]:
    """Your pace as a plan keeps it, or a usage error saying how to get one."""
    from fashioncoach.core.own_pace import MIN_RECORDED, ratios_of

    if now.plan.own_pace is None:
        timed = sum(1 for item in now.history.spent if now.history.status(item) == "done")
        raise BadArgument(
            f"--my-pace needs the hours of {MIN_RECORDED} done actions (you recorded {timed}); "
            "record them with: fashioncoach done ID --hours H"
        )
    return ratios_of(now.plan.own_pace)


set_app = typer.Typer(
    help="Change a setting of your plan.\n\nExample: fashioncoach set hours 6",
    no_args_is_help=True,
    rich_markup_mode=None,
)


@set_app.command("hours")
@friendly_errors
def set_hours(
    ctx: typer.Context,
    hours: Annotated[
        float,
        typer.Argument(
            min=MIN_HOURS_PER_WEEK,
            max=MAX_HOURS_PER_WEEK,
            help=f"Hours you can give each week, {MIN_HOURS_PER_WEEK:g} to {MAX_HOURS_PER_WEEK:g}.",
        ),
    ],
    replan: Annotated[
        bool,
        typer.Option("--replan", help="Make the forecast on the new budget your plan."),
    ] = False,
    my_pace: MyPaceOption = False,
) -> None:
    """Change your weekly budget of hours (set first with: start --hours).

    Your plan keeps its finish, so more hours move your forecast earlier (you get
    ahead) and fewer move it later; with --replan the forecast on the new budget
    becomes your plan.

    \b
    Example: fashioncoach set hours 6 --replan
    """
    from fashioncoach.core.changes import set_budget
    from fashioncoach.render import phrases
    from fashioncoach.render.text import day
    from fashioncoach.views.situation import Situation

    settings = settings_of(ctx)
    roadmap, path = load_roadmap(settings)
    replan = replan or my_pace
    with editing(roadmap, path) as (store, progress):
        was = Situation(roadmap=roadmap, progress=progress, today=settings.today)
        before = was.plan.budget
        updated = progress
        if before != hours or replan:
            pace = _own_ratios(was) if my_pace else None
            updated = set_budget(
                progress, hours=hours, replan=replan, at=settings.now, day=settings.today, pace=pace
            )
            store.save(updated)
    now = Situation(roadmap=roadmap, progress=updated, today=settings.today)
    echo(f"Weekly budget: {hours:g} h (was {before:g} h).")
    if replan:
        at_pace = f" at your own pace ({phrases.pace_ratio(now.plan.plan_pace)})" if my_pace else ""
        echo(
            f"Your plan{at_pace}: {phrases.plan_length(now.plan)} "
            + phrases.finish_moves(was.plan.planned_finish, now.plan.planned_finish)
        )
    else:
        echo(
            f"Your forecast: {phrases.forecast_length(now.plan)} · {now.pace.line}.\n"
            f"Your plan keeps its finish, {day(now.plan.planned_finish)}; to make the "
            f"forecast your plan: fashioncoach set hours {hours:g} --replan"
        )


@app.command()
@friendly_errors
def replan(
    ctx: typer.Context,
    yes: YesOption = False,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Show the new plan and change nothing.")
    ] = False,
    reset: Annotated[
        bool, typer.Option("--reset", help="Go back to the plan made at the start.")
    ] = False,
    json_output: JsonOption = False,
    my_pace: MyPaceOption = False,
) -> None:
    """Make the forecast your plan: late work spread over the coming weeks.

    Your forecast already puts late work first and the rest after it, in the plan's
    order and within your weekly budget; replan makes that your plan, so its finish
    becomes the projected one and nothing is late any more. Shows what moves, then
    asks. The roadmap file is never changed. With --json it prints the proposal and
    applies it only with --yes. --reset goes back to the plan made at the start.

    \b
    Example: fashioncoach replan --dry-run
    """
    from fashioncoach.core.changes import replan as record_replan
    from fashioncoach.core.changes import reset_plan
    from fashioncoach.core.replan import propose_replan
    from fashioncoach.render import phrases
    from fashioncoach.render.terminal.planning import render_replan
    from fashioncoach.views.situation import Situation

    settings = settings_of(ctx)
    roadmap, path = load_roadmap(settings)
    if reset:
        if dry_run or json_output:
            raise BadArgument("--reset goes without --dry-run and --json")
        with editing(roadmap, path) as (store, progress):
            was = Situation(roadmap=roadmap, progress=progress, today=settings.today)
            if len(was.history.anchors) <= 1:
                echo("Your plan is the one made at the start already.")
                return
            confirm("Go back to the plan made at the start? (your pauses stay)", yes=yes)
            updated = reset_plan(progress, at=settings.now, day=settings.today)
            store.save(updated)
        now = Situation(roadmap=roadmap, progress=updated, today=settings.today)
        echo(
            "Back on the plan made at the start. "
            + phrases.finish_moves(was.plan.planned_finish, now.plan.planned_finish)
            + "\nSee this week with: fashioncoach today"
        )
        return

    with editing(roadmap, path) as (store, progress):
        now = Situation(roadmap=roadmap, progress=progress, today=settings.today)
        pace = _own_ratios(now) if my_pace else None
        proposal = propose_replan(now.plan, my_pace=my_pace)
        if json_output:
            show_json(proposal)
        else:
            show(render_replan(proposal))
        if not proposal.needed or dry_run or (json_output and not yes):
            if dry_run and proposal.needed and not json_output:
                echo("Dry run: nothing changed. Apply it with: fashioncoach replan --yes")
            return
        if not json_output:
            confirm("Make this your plan?", yes=yes)
        store.save(record_replan(progress, at=settings.now, day=settings.today, pace=pace))
    at_pace = f" at your own pace ({phrases.pace_ratio(pace)})" if pace else ""
    echo(
        f"Replanned{at_pace}: "
        + phrases.finish_moves(proposal.finish_before, proposal.finish_after)
        + "\nUndo with: fashioncoach replan --reset",
        err=json_output,
    )


@app.command()
@friendly_errors
def pause(
    ctx: typer.Context,
    until: Annotated[
        str | None,
        typer.Option(
            "--until", help="The day you are back (YYYY-MM-DD).", metavar="DATE", show_default=False
        ),
    ] = None,
    start: Annotated[
        str | None,
        typer.Option(
            "--from", help="The first paused day (YYYY-MM-DD); default today.", metavar="DATE"
        ),
    ] = None,
    reason: Annotated[
        str, typer.Option("--reason", help="Why, for yourself: holiday, illness...")
    ] = "",
    cancel: Annotated[
        bool,
        typer.Option("--cancel", help="Drop your next pause (or end the one under way)."),
    ] = False,
) -> None:
    """Pause the plan for a holiday or an illness.

    Paused days give no time: your planned finish and your forecast both move on by
    them, so a pause never puts you behind, and it never breaks your streak.

    \b
    Example: fashioncoach pause --until 2027-01-04 --reason holiday
    """
    from fashioncoach.core.changes import add_pause, cancel_pause, check_text
    from fashioncoach.render import phrases
    from fashioncoach.render.text import day, plural
    from fashioncoach.views.situation import Situation

    settings = settings_of(ctx)
    roadmap, path = load_roadmap(settings)
    if cancel:
        if until is not None or start is not None:
            raise BadArgument("--cancel goes without --until and --from")
        with editing(roadmap, path) as (store, progress):
            was = Situation(roadmap=roadmap, progress=progress, today=settings.today)
            updated, dropped = cancel_pause(
                progress, history=was.history, at=settings.now, day=settings.today
            )
            store.save(updated)
        now = Situation(roadmap=roadmap, progress=updated, today=settings.today)
        echo(
            f"Your pause from {day(dropped.start)} is cancelled. "
            + phrases.finish_moves(was.plan.planned_finish, now.plan.planned_finish)
        )
        return
    if until is None:
        raise BadArgument("give the day you are back with --until DATE (or --cancel)")
    back = parse_date(until, "--until")
    first = parse_date(start, "--from") if start else settings.today
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
    echo(
        f"Paused from {day(first)} for {plural(days, 'day')}; back on {day(back)}.\n"
        + phrases.finish_moves(was.plan.planned_finish, now.plan.planned_finish)
        + " End it early with: fashioncoach resume"
    )


@app.command()
@friendly_errors
def resume(ctx: typer.Context) -> None:
    """End the current pause today.

    \b
    Example: fashioncoach resume
    """
    from fashioncoach.core.changes import end_pause
    from fashioncoach.render import phrases
    from fashioncoach.render.text import day
    from fashioncoach.views.situation import Situation

    settings = settings_of(ctx)
    roadmap, path = load_roadmap(settings)
    with editing(roadmap, path) as (store, progress):
        was = Situation(roadmap=roadmap, progress=progress, today=settings.today)
        updated, ended = end_pause(
            progress, history=was.history, at=settings.now, day=settings.today
        )
        store.save(updated)
    now = Situation(roadmap=roadmap, progress=updated, today=settings.today)
    echo(
        f"Welcome back: the pause from {day(ended.start)} ends today, {day(settings.today)}. "
        + phrases.finish_moves(was.plan.planned_finish, now.plan.planned_finish)
        + "\nSee this week with: fashioncoach today"
    )
