"""Coaching like a person would: the weekly budget, replanning, pauses, reviews, notes,
evidence and the portfolio. Thin: the rules are in ``core/``, the words in ``render/``."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from fashioncoach.app.output import echo, show, show_json
from fashioncoach.app.session import editing, load_roadmap, require_progress
from fashioncoach.cli.common import (
    IdArgument,
    JsonOption,
    YesOption,
    ask,
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
        bool, typer.Option("--reset", help="Go back to the roadmap's own schedule.")
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


def _confidence_flags(values: list[str], known: list[str]) -> dict[str, int]:
    levels: dict[str, int] = {}
    for value in values:
        skill, equals, level = value.partition("=")
        skill = skill.strip()
        if not equals or skill not in known:
            raise BadArgument(
                f"--confidence '{value}': give SKILL=LEVEL with a skill id of: " + ", ".join(known)
            )
        if level.strip() not in {"1", "2", "3", "4", "5"}:
            raise BadArgument(f"--confidence '{value}': the level should be 1 to 5")
        levels[skill] = int(level)
    return levels


@app.command()
@friendly_errors
def review(
    ctx: typer.Context,
    went_well: Annotated[
        str | None, typer.Option("--went-well", help="What went well this week.")
    ] = None,
    blocked: Annotated[str | None, typer.Option("--blocked", help="What blocked you.")] = None,
    confidence: Annotated[
        list[str] | None,
        typer.Option(
            "--confidence",
            help="SKILL=LEVEL: your confidence from 1 to 5 in a skill; repeat for each.",
            metavar="SKILL=LEVEL",
        ),
    ] = None,
    yes: YesOption = False,
) -> None:
    """The weekly review: three short questions.

    What went well, what blocked you, and your confidence in each skill.

    Asks the three questions; with any of the options it asks nothing (for scripts).
    A second review in the same plan week replaces the first.

    \b
    Example: fashioncoach review --went-well "first sketches" --blocked "time"
    """
    from fashioncoach.core.changes import add_review
    from fashioncoach.core.log import fold
    from fashioncoach.core.reviews import blocker_key, repeated_blockers, same_week
    from fashioncoach.render.text import day
    from fashioncoach.views.situation import Situation
    from fashioncoach.views.today import review_skills

    settings = settings_of(ctx)
    roadmap, path = load_roadmap(settings)
    names = {skill.id: skill.name for skill in roadmap.skills}
    levels = _confidence_flags(confidence or [], list(names))
    progress = require_progress(roadmap, path, settings)
    now = Situation(roadmap=roadmap, progress=progress, today=settings.today)
    if settings.today < now.plan.start:
        raise BadArgument(f"your plan starts on {day(now.plan.start)}; review after that")
    week = now.plan.this_week
    earlier = same_week(now.history, now.plan, settings.today)
    scripted = went_well is not None or blocked is not None or bool(confidence)
    if earlier is not None:
        # One review a week: the learner says whether this one replaces the earlier one
        # before typing the answers.
        if scripted:
            echo(f"Replacing your review of {day(earlier.day)} (the same plan week).")
        else:
            confirm(
                f"You reviewed week {week} on {day(earlier.day)} already. Replace that review?",
                yes=yes,
            )
    if not scripted:
        skills = review_skills(roadmap=roadmap, progress=progress, today=settings.today)
        went_well = ask("What went well this week?")
        blocked = ask("What blocked you?")
        for skill in skills:
            while True:
                answer = ask(f"Confidence in {names[skill]}, 1-5 (blank to skip)").strip()
                if answer in {"", "1", "2", "3", "4", "5"}:
                    break
                echo("Please answer 1 to 5, or leave it blank.")
            if answer:
                levels[skill] = int(answer)
    with editing(roadmap, path) as (store, progress):
        updated = add_review(
            progress,
            went_well=went_well or "",
            blocked=blocked or "",
            confidence=levels,
            replaces=earlier.id if earlier is not None else "",
            at=settings.now,
            day=settings.today,
        )
        store.save(updated)
    echo(f"Review of week {week} {'replaced' if earlier is not None else 'saved'}.")
    if levels:
        echo("Confidence: " + ", ".join(f"{names[key]} {value}" for key, value in levels.items()))
    history = fold(updated, roadmap, day=settings.today)
    for blocker in repeated_blockers(history):
        if blocked and blocker_key(blocker) == blocker_key(blocked):
            echo(
                f"'{blocker}' has blocked you before. A new plan may help;\n"
                "see one with: fashioncoach replan --dry-run"
            )


@app.command()
@friendly_errors
def note(
    ctx: typer.Context,
    action_id: IdArgument,
    text: Annotated[str, typer.Argument(help="The note.", show_default=False, metavar="TEXT")],
) -> None:
    """Attach a note to an action.

    \b
    Example: fashioncoach note 3 "the trial needs a work email"
    """
    from fashioncoach.app.commands import resolve
    from fashioncoach.core.changes import add_note

    settings = settings_of(ctx)
    roadmap, path = load_roadmap(settings)
    with editing(roadmap, path) as (store, progress):
        (action_id,) = resolve(roadmap, progress, settings.today, [action_id])
        updated = add_note(
            roadmap=roadmap,
            progress=progress,
            action_id=action_id,
            text=text,
            at=settings.now,
            day=settings.today,
        )
        store.save(updated)
    echo(f"Noted on {action_id}.")


def _reference(value: str) -> str:
    """A link as it is; a file's path made absolute (it must exist), so that later
    commands run from another folder still find it."""

    from fashioncoach.core.changes import check_reference, is_link

    checked = check_reference(value)
    if is_link(checked):
        return checked
    path = Path(checked).expanduser()
    if not path.exists():
        raise BadArgument(f"no file or folder '{checked}'; give an existing path or a URL")
    return os.path.abspath(path)


@app.command()
@friendly_errors
def evidence(
    ctx: typer.Context,
    action_id: IdArgument,
    reference: Annotated[
        str,
        typer.Argument(
            help="A file, a folder or a URL.", metavar="PATH_OR_URL", show_default=False
        ),
    ],
) -> None:
    """Attach a portfolio artefact (a file or a link) to an action.

    \b
    Example: fashioncoach evidence 2 ~/work/sketches.png
    """
    from fashioncoach.app.commands import resolve
    from fashioncoach.core.changes import add_evidence
    from fashioncoach.core.log import fold

    settings = settings_of(ctx)
    roadmap, path = load_roadmap(settings)
    ref = _reference(reference)
    with editing(roadmap, path) as (store, progress):
        (action_id,) = resolve(roadmap, progress, settings.today, [action_id])
        updated = add_evidence(
            roadmap=roadmap,
            progress=progress,
            history=fold(progress, roadmap, day=settings.today),
            action_id=action_id,
            ref=ref,
            at=settings.now,
            day=settings.today,
        )
        store.save(updated)
    echo(f"Evidence for {action_id}: {ref}\nSee it all with: fashioncoach portfolio")


@app.command()
@friendly_errors
def portfolio(ctx: typer.Context, json_output: JsonOption = False) -> None:
    """Your evidence, skill by skill: what you can show an employer.

    \b
    Example: fashioncoach portfolio
    """
    from fashioncoach.render.terminal.planning import render_portfolio
    from fashioncoach.views.portfolio import build_portfolio

    settings = settings_of(ctx)
    roadmap, path = load_roadmap(settings)
    progress = require_progress(roadmap, path, settings)
    view = build_portfolio(roadmap=roadmap, progress=progress, today=settings.today)
    if json_output:
        show_json(view)
    else:
        show(render_portfolio(view), page=True)
