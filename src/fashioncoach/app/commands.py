"""The everyday use cases, free of Typer: ``today``, ``report``, ``status``, ``done``,
``undo``, ``skip``.

The CLI calls them after Typer has parsed the arguments; the fast path
(``launch/fast.py``) calls them straight from ``sys.argv``. Both read the command
table below and show the ``Outcome`` each returns through ``app/present.py``, so the
two paths cannot disagree on what a command does or says. Errors are our own
exceptions, turned into a message and an exit code by the caller.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fashioncoach.app.outcome import Outcome
from fashioncoach.app.session import (
    Settings,
    editing,
    load_roadmap,
    progress_or_start,
    require_progress,
    store_for,
)
from fashioncoach.render import phrases

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import date
    from pathlib import Path

    from fashioncoach.model.progress import EventKind, Progress
    from fashioncoach.model.roadmap import Roadmap
    from fashioncoach.views.situation import Situation


def today(settings: Settings, *, json_output: bool) -> Outcome:
    """``today``: this week's checklist; a first run starts the plan and says so."""
    from fashioncoach.views.situation import Situation
    from fashioncoach.views.today import today_view

    roadmap, path = load_roadmap(settings)
    progress, started_now = progress_or_start(settings, roadmap, path)
    now = Situation(roadmap=roadmap, progress=progress, today=settings.today)
    preface = [phrases.plan_started(now.plan, hint=True)] if started_now else []
    view = today_view(now)
    _remember_ids(settings, now, path)
    return Outcome(preface=preface, view=view, roadmap=roadmap, json=json_output)


def report(settings: Settings, *, json_output: bool) -> Outcome:
    """``report``: where the learner stands, as text or JSON."""
    from fashioncoach.views.report import build_report

    roadmap, path = load_roadmap(settings)
    progress = require_progress(roadmap, path, settings)
    view = build_report(roadmap=roadmap, progress=progress, today=settings.today)
    return Outcome(view=view, json=json_output, page=True)


def status(
    settings: Settings, *, json_output: bool = False, template: str | None = None
) -> Outcome:
    """The one-line summary for prompts. With no plan, or a file that cannot be read, it
    says nothing and succeeds: a prompt must never show an error. A bad ``template``
    is the prompt author's, and is said."""
    from fashioncoach.errors import BadArgument, FashionCoachError

    try:
        roadmap, _ = load_roadmap(settings)
        progress = store_for(roadmap).load()
    except FashionCoachError:
        return Outcome()
    if progress is None:
        return Outcome()
    from fashioncoach.views.status import build_status

    view = build_status(roadmap=roadmap, progress=progress, today=settings.today)
    if json_output:
        return Outcome(view=view, json=True)
    try:
        return Outcome(said=[phrases.status_line(view, template)])
    except (KeyError, IndexError, ValueError, AttributeError) as problem:
        from fashioncoach.model.record import record_fields

        names = ", ".join(record_fields(view))
        old = ", ".join(f"{name} ({new})" for name, new in phrases.STATUS_OLD_NAMES.items())
        # A KeyError's text is only the key: say what it is.
        what = f"no field {problem.args[0]!r}" if isinstance(problem, KeyError) else problem
        fields = f"the fields are: {names}; and by their old names: {old}"
        raise BadArgument(f"--format {template!r}: {what}; {fields}") from None


_VERBS = {"done": "Done", "undone": "Reopened", "skipped": "Skipped"}
_ALREADY = {"done": "already done", "undone": "already open", "skipped": "already skipped"}


def numbered_ids(now: Situation) -> list[str]:
    """The ids ``today`` numbers, in its order: what ``done 2`` means on that day."""
    from fashioncoach.views.today import week_share

    return [line.id for line in week_share(now)]


def resolve(roadmap: Roadmap, progress: Progress, today: date, tokens: list[str]) -> list[str]:
    """The action ids the learner typed: ids, unique starts of ids, or today's numbers."""
    from fashioncoach.core.lookup import resolve_actions
    from fashioncoach.views.situation import Situation

    numbered = (
        numbered_ids(Situation(roadmap=roadmap, progress=progress, today=today))
        if any(t.strip().isdigit() for t in tokens)
        else []
    )
    return resolve_actions(roadmap, tokens, numbered)


def mark(
    settings: Settings, tokens: list[str], kind: EventKind, *, hours: float | None = None
) -> Outcome:
    """done / undo / skip: resolve every id, record them all under the lock, then say
    what changed: this week's count, the phase, a milestone met, the next step.

    ``hours`` (done only) is the time spent; without it, the action's estimate.
    """
    from fashioncoach.core.changes import mark as record
    from fashioncoach.core.lookup import resolve_actions
    from fashioncoach.views.situation import Situation

    roadmap, path = load_roadmap(settings)
    titles = {action.id: action.title for _, _, action in roadmap.actions()}
    with editing(roadmap, path) as (store, progress):
        before = Situation(roadmap=roadmap, progress=progress, today=settings.today)
        numbered = numbered_ids(before) if any(t.strip().isdigit() for t in tokens) else []
        action_ids = resolve_actions(roadmap, tokens, numbered)
        outcome = record(
            roadmap=roadmap,
            progress=progress,
            history=before.history,
            action_ids=action_ids,
            kind=kind,
            at=settings.now,
            day=settings.today,
            hours=hours,
        )
        if outcome.changed or outcome.amended:
            store.save(outcome.progress)
    said = []
    for action_id in outcome.changed:
        spent = f", {hours:g} h spent" if hours is not None else ""
        said.append(f"{_VERBS[kind]}: {action_id} ({titles[action_id]}{spent})")
    for action_id in outcome.amended:
        said.append(f"Hours corrected: {action_id} ({titles[action_id]}), {hours:g} h spent")
    for action_id in outcome.unchanged:
        said.append(f"Nothing to do: {action_id} is {_ALREADY[kind]}.")
    if outcome.changed:
        after = Situation(roadmap=roadmap, progress=outcome.progress, today=settings.today)
        said.append(_feedback(before, after, outcome.changed))
        _remember_ids(settings, after, path)
    return Outcome(said=said)


def _remember_ids(settings: Settings, now: Situation, roadmap_path: Path) -> None:
    """The next TAB's ids, from the situation just worked out (app/completion.py)."""
    from fashioncoach import paths
    from fashioncoach.app.completion import remember_ids

    remember_ids(settings, now, roadmap=roadmap_path, progress=paths.progress_file(now.roadmap.id))


def _feedback(before: Situation, now: Situation, changed: list[str]) -> str:
    """What the change did: the week's count and the phase, milestones met, what next."""
    from fashioncoach.render.text import plural
    from fashioncoach.views.report import tally
    from fashioncoach.views.today import today_view

    roadmap = now.roadmap
    view = today_view(now)
    phase = roadmap.phases[now.plan.current]
    share = tally(phase.id, phase.title, [action for _, action in phase.actions()], now.plan)
    # A week with nothing listed (past the plan's end, say) has no count to give.
    week = (
        phrases.counts(view.done, view.skipped, view.total) + " this week · " if view.total else ""
    )
    lines = [f"{week}{phase.title} {share.percent}% (of its hours)"]
    for milestone in roadmap.milestones:
        met_now = all(now.history.resolved(item) for item in milestone.actions)
        met_before = all(before.history.resolved(item) for item in milestone.actions)
        if met_now and not met_before and set(milestone.actions) & set(changed):
            # Skipped is not done: a milestone closed by a skip is not reached.
            skipped = sum(1 for item in milestone.actions if now.history.status(item) == "skipped")
            lines.append(
                f"Milestone closed with {plural(skipped, 'action')} skipped: {milestone.title}"
                if skipped
                else f"Milestone reached: {milestone.title}"
            )
    step = phrases.next_step(view.next_step, phase.title)
    if step:
        lines.append(step)
    return "\n".join(lines)


# The command table: the commands a plain command line may run without Typer, read by
# the fast path to recognise them and by the CLI to run them.
READ_COMMANDS: dict[str, Callable[..., Outcome]] = {
    "today": today,
    "report": report,
    "status": status,
}
MARK_COMMANDS: dict[str, EventKind] = {"done": "done", "undo": "undone", "skip": "skipped"}
