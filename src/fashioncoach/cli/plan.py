"""The plan and a life: the weekly budget, replanning and pauses. Parsing only: the use
cases are in ``app/planning.py``."""

from __future__ import annotations

from typing import Annotated

import typer

from fashioncoach.app.session import parse_date
from fashioncoach.cli.common import (
    JsonOption,
    TerminalDialogue,
    YesOption,
    friendly_errors,
    settings_of,
    shown,
)
from fashioncoach.errors import BadArgument
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
    from fashioncoach.app import planning

    shown(planning.set_hours(settings_of(ctx), hours=hours, replan=replan, my_pace=my_pace))


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
    from fashioncoach.app import planning

    settings = settings_of(ctx)
    dialogue = TerminalDialogue(yes=yes)
    if reset:
        if dry_run or json_output:
            raise BadArgument("--reset goes without --dry-run and --json")
        shown(planning.reset_plan(settings, dialogue))
        return
    shown(
        planning.replan(
            settings,
            dialogue,
            dry_run=dry_run,
            json_output=json_output,
            apply_json=yes,
            my_pace=my_pace,
        )
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
    from fashioncoach.app import planning

    settings = settings_of(ctx)
    if cancel:
        if until is not None or start is not None:
            raise BadArgument("--cancel goes without --until and --from")
        shown(planning.cancel_pause(settings))
        return
    if until is None:
        raise BadArgument("give the day you are back with --until DATE (or --cancel)")
    back = parse_date(until, "--until")
    first = parse_date(start, "--from") if start else settings.today
    shown(planning.pause(settings, first=first, back=back, reason=reason))


@app.command()
@friendly_errors
def resume(ctx: typer.Context) -> None:
    """End the current pause today.

    \b
    Example: fashioncoach resume
    """
    from fashioncoach.app import planning

    shown(planning.resume(settings_of(ctx)))
