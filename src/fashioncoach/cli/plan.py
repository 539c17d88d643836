"""Coaching like a person would: the weekly budget, replanning, pauses, reviews, notes,
evidence and the portfolio. Thin: the rules are in ``core/``, the words in ``render/``."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from fashioncoach.app.output import echo, show, show_json
from fashioncoach.app.session import editing, load_roadmap, require_progress
from fashioncoach.cli.common import (
    IdArgument,
    JsonOption,
    YesOption,
    confirm,
    friendly_errors,
    parse_date,
    settings_of,
)
from fashioncoach.errors import BadArgument
from fashioncoach.model.limits import MAX_HOURS_PER_WEEK, MIN_HOURS_PER_WEEK

app = typer.Typer()
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
) -> None:
    """Change your weekly budget of hours (set first with: start --hours).

    \b
    Example: fashioncoach set hours 6
    """
    from fashioncoach.core.schedule import plan_of
    from fashioncoach.model.record import replace
    from fashioncoach.render import phrases

    settings = settings_of(ctx)
    roadmap, path = load_roadmap(settings)
    with editing(roadmap, path) as (store, progress):
        before = progress.hours_per_week
        updated = replace(progress, hours_per_week=hours)
        if before != hours:
            store.save(updated)
    plan = plan_of(roadmap, updated, today=settings.today)
    length = phrases.plan_length(roadmap, plan)
    echo(f"Weekly budget: {hours:g} h (was {before:g} h). Your plan: {length}")


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
) -> None:
    """Catch up: spread overdue actions over the coming weeks.

    Spreads the open actions of past weeks over the coming weeks of your phase.

    Within your weekly budget; when they cannot fit, the phase is extended. Shows the
    plan before and after, then asks. The roadmap file is never changed. With --json
    it prints the proposal and applies it only with --yes.

    \b
    Example: fashioncoach replan --dry-run
    """
    from fashioncoach.core.replan import apply_replan, propose_replan, reset_schedule
    from fashioncoach.render.terminal.planning import render_replan
    from fashioncoach.views.situation import Situation

    settings = settings_of(ctx)
    roadmap, path = load_roadmap(settings)
    if reset:
        if dry_run or json_output:
            raise BadArgument("--reset goes without --dry-run and --json")
        with editing(roadmap, path) as (store, progress):
            schedule = progress.schedule
            if not (schedule.moved or schedule.extended or schedule.replanned_on):
                echo("Your plan already follows the roadmap's schedule.")
                return
            confirm("Go back to the roadmap's own schedule? (your pauses stay)", yes=yes)
            store.save(reset_schedule(progress))
        echo("Back on the roadmap's schedule. See this week with: fashioncoach today")
        return

    with editing(roadmap, path) as (store, progress):
        now = Situation(roadmap=roadmap, progress=progress, today=settings.today)
        proposal = propose_replan(
            roadmap=roadmap, progress=progress, plan=now.plan, log=now.log, today=settings.today
        )
        if json_output:
            show_json(proposal)
        else:
            show(render_replan(proposal))
        if not proposal.needed or dry_run or (json_output and not yes):
            if dry_run and proposal.needed and not json_output:
                echo("Dry run: nothing changed. Apply it with: fashioncoach replan --yes")
            return
        if not json_output:
            confirm("Apply this plan?", yes=yes)
        store.save(apply_replan(progress, proposal))
    echo(
        "Replanned: today, timeline, report and export ics follow the new plan.\n"
        "Undo with: fashioncoach replan --reset",
        err=json_output,
    )


@app.command()
@friendly_errors
def pause(
    ctx: typer.Context,
    until: Annotated[
        str,
        typer.Option(
            "--until", help="The day you are back (YYYY-MM-DD).", metavar="DATE", show_default=False
        ),
    ],
    start: Annotated[
        str | None,
        typer.Option(
            "--from", help="The first paused day (YYYY-MM-DD); default today.", metavar="DATE"
        ),
    ] = None,
    reason: Annotated[
        str, typer.Option("--reason", help="Why, for yourself: holiday, illness...")
    ] = "",
) -> None:
    """Pause the plan for a holiday or an illness.

    The plan moves on by whole weeks: a week with 4 or more paused days is skipped.

    Paused days are no plan days, so a pause never breaks your streak.

    \b
    Example: fashioncoach pause --until 2027-01-04 --reason holiday
    """
    from fashioncoach.core.changes import add_pause, check_text
    from fashioncoach.core.schedule import plan_of
    from fashioncoach.render import phrases
    from fashioncoach.render.text import day, plural

    settings = settings_of(ctx)
    back = parse_date(until, "--until")
    first = parse_date(start, "--from") if start else settings.today
    roadmap, path = load_roadmap(settings)
    with editing(roadmap, path) as (store, progress):
        updated = add_pause(
            progress,
            start=first,
            until=back,
            reason=check_text(reason, "the reason"),
            today=settings.today,
        )
        store.save(updated)
    finish_before = plan_of(roadmap, progress, today=settings.today).finish()
    finish_after = plan_of(roadmap, updated, today=settings.today).finish()
    days = (back - first).days
    echo(
        f"Paused from {day(first)} for {plural(days, 'day')}; back on {day(back)}.\n"
        + phrases.pause_moves(finish_before, finish_after)
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
    from fashioncoach.render.text import day

    settings = settings_of(ctx)
    roadmap, path = load_roadmap(settings)
    with editing(roadmap, path) as (store, progress):
        updated, ended = end_pause(progress, settings.today)
        store.save(updated)
    echo(
        f"Welcome back: the pause from {day(ended.start)} ends today, {day(settings.today)}.\n"
        "See this week with: fashioncoach today"
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
    from fashioncoach.core.changes import check_text
    from fashioncoach.core.reviews import blocker_key, record_review, repeated_blockers, same_week
    from fashioncoach.core.schedule import plan_of
    from fashioncoach.model.progress import Review
    from fashioncoach.render.text import day
    from fashioncoach.views.today import review_skills

    settings = settings_of(ctx)
    roadmap, path = load_roadmap(settings)
    names = {skill.id: skill.name for skill in roadmap.skills}
    levels = _confidence_flags(confidence or [], list(names))
    progress = require_progress(roadmap, path)
    if settings.today < progress.start_date:
        raise BadArgument(f"your plan starts on {progress.start_date}; review after that")
    scripted = went_well is not None or blocked is not None or bool(confidence)
    if not scripted:
        skills = review_skills(roadmap=roadmap, progress=progress, today=settings.today)
        went_well = typer.prompt("What went well this week?", default="", show_default=False)
        blocked = typer.prompt("What blocked you?", default="", show_default=False)
        for skill in skills:
            while True:
                answer = typer.prompt(
                    f"Confidence in {names[skill]}, 1-5 (blank to skip)",
                    default="",
                    show_default=False,
                ).strip()
                if answer in {"", "1", "2", "3", "4", "5"}:
                    break
                echo("Please answer 1 to 5, or leave it blank.")
            if answer:
                levels[skill] = int(answer)
    with editing(roadmap, path) as (store, progress):
        plan = plan_of(roadmap, progress, today=settings.today)
        week = plan.week_of(settings.today)
        entry = Review(
            week=week,
            on=settings.today,
            went_well=check_text(went_well or "", "what went well"),
            blocked=check_text(blocked or "", "what blocked you"),
            confidence=levels,
        )
        earlier = same_week(progress, plan, entry)
        if earlier is not None:
            # One review a week: the earlier one goes only once the learner knows it.
            question = (
                f"You reviewed week {week} on {day(earlier.on)} already. Replace that review?"
            )
            if scripted:
                echo(f"Replacing your review of {day(earlier.on)} (the same plan week).")
            else:
                confirm(question, yes=yes)
        updated, replaced = record_review(progress, plan, entry)
        store.save(updated)
    echo(f"Review of week {week} {'replaced' if replaced else 'saved'}.")
    if levels:
        echo("Confidence: " + ", ".join(f"{names[key]} {value}" for key, value in levels.items()))
    for blocker in repeated_blockers(updated):
        if entry.blocked and blocker_key(blocker) == blocker_key(entry.blocked):
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
            roadmap=roadmap, progress=progress, action_id=action_id, text=text, now=settings.now
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

    settings = settings_of(ctx)
    roadmap, path = load_roadmap(settings)
    ref = _reference(reference)
    with editing(roadmap, path) as (store, progress):
        (action_id,) = resolve(roadmap, progress, settings.today, [action_id])
        updated = add_evidence(
            roadmap=roadmap, progress=progress, action_id=action_id, ref=ref, now=settings.now
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

    roadmap, path = load_roadmap(settings_of(ctx))
    progress = require_progress(roadmap, path)
    view = build_portfolio(roadmap=roadmap, progress=progress)
    if json_output:
        show_json(view)
    else:
        show(render_portfolio(view), page=True)
