"""``start``: begin the plan, or begin it again, with the learner's hours, first day and
what they know already (asked at a terminal when no option gives them)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from fashioncoach.app.outcome import Outcome
from fashioncoach.app.session import custom_path, load_roadmap, parse_date, store_for
from fashioncoach.errors import BadArgument
from fashioncoach.model.limits import MAX_HOURS_PER_WEEK, MIN_HOURS_PER_WEEK

if TYPE_CHECKING:
    from datetime import date

    from fashioncoach.app.outcome import Dialogue
    from fashioncoach.app.session import Settings


def hours_answer(text: str) -> float:
    """An answer to "Hours a week you can give", or a usage error saying the range."""
    try:
        value = float(text)
    except ValueError:
        raise BadArgument(f"not a number of hours: {text} (give {MIN_HOURS_PER_WEEK:g} to "
                          f"{MAX_HOURS_PER_WEEK:g})") from None  # fmt: skip
    if not MIN_HOURS_PER_WEEK <= value <= MAX_HOURS_PER_WEEK:
        raise BadArgument(
            f"hours a week out of range: {value:g} (give {MIN_HOURS_PER_WEEK:g} to "
            f"{MAX_HOURS_PER_WEEK:g})"
        )
    return value


def start(
    settings: Settings,
    dialogue: Dialogue,
    *,
    on: date | None,
    hours: float | None,
    skills: list[str],
    transferable: list[str],
    may_ask: bool,
) -> Outcome:
    """Begin (or begin again) on ``on`` with ``hours`` a week; at a terminal with nothing
    given (and ``may_ask``), the hours, the first day and the assessment are asked."""
    from fashioncoach.app.assessment import parse_answers, questions, with_answers
    from fashioncoach.core.changes import new_progress, restart
    from fashioncoach.core.packing import default_budget
    from fashioncoach.render import phrases
    from fashioncoach.render.text import day, plural
    from fashioncoach.views.situation import Situation

    roadmap, path = load_roadmap(settings)
    given = on is not None or hours is not None or bool(skills or transferable)
    if dialogue.interactive and may_ask and not given:
        offered = f"{default_budget(roadmap):g}"
        hours = hours_answer(
            dialogue.ask(f"Hours a week you can give [{offered}]").strip() or offered
        )
        first = dialogue.ask(f"Your first day (YYYY-MM-DD) [{settings.today.isoformat()}]").strip()
        on = parse_date(first, "the first day") if first else None
        skills, transferable = questions(roadmap, dialogue)
    levels = parse_answers(roadmap, skills, transferable)
    start_date = on or settings.today
    budget = hours if hours is not None else default_budget(roadmap)
    store = store_for(roadmap)
    with store.locked():
        existing = store.load()
        if existing is not None:
            was = Situation(roadmap=roadmap, progress=existing, today=settings.today)
            done = len(was.history.statuses)
            dialogue.confirm(
                f"You started on {day(was.plan.start)} and have marked "
                f"{plural(done, 'action')}. Start again? (your log keeps what you did)"
            )
            progress = restart(
                existing,
                start=start_date,
                hours_per_week=budget,
                at=settings.now,
                day=settings.today,
            )
        else:
            progress = new_progress(
                roadmap=roadmap,
                start=start_date,
                hours_per_week=budget,
                at=settings.now,
                day=settings.today,
                roadmap_path=custom_path(path),
            )
        effect = None
        if levels:
            progress, effect = with_answers(
                roadmap, progress, levels, at=settings.now, day=settings.today
            )
        store.save(progress)
    now = Situation(roadmap=roadmap, progress=progress, today=max(settings.today, start_date))
    said = [
        f"Your plan starts on {day(start_date)} with {budget:g} h a week: "
        + phrases.plan_length(now.plan)
    ]
    if effect is not None:
        said.append(phrases.assessment_effect(effect))
    said.append("See week 1 with: fashioncoach today")
    if existing is not None:
        said.append(f"What you did before stays in your log; a backup is in {store.backups}.")
    return Outcome(said=said)
