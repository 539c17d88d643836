"""The phase use cases: show a phase, move on to the next (past a gate), or back.

See ``app/outcome.py``: each returns what to show; moving asks first through the
dialogue it is given.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fashioncoach.app.outcome import Outcome
from fashioncoach.app.session import editing, load_roadmap, store_for

if TYPE_CHECKING:
    from fashioncoach.app.outcome import Dialogue
    from fashioncoach.app.session import Settings
    from fashioncoach.views.situation import Situation


def show_phase(settings: Settings, *, phase_id: str | None, json_output: bool) -> Outcome:
    """``phase`` and ``phase show``: one phase's goals, weeks and progress."""
    from fashioncoach.views.phase import build_phase

    roadmap, _ = load_roadmap(settings)
    progress = store_for(roadmap).load()
    view = build_phase(roadmap=roadmap, progress=progress, today=settings.today, phase_id=phase_id)
    return Outcome(view=view, roadmap=roadmap, json=json_output, page=True)


def _finish_words(now: Situation) -> str:
    from fashioncoach.render.text import day

    return f"Your forecast finish stays {day(now.plan.projected_finish)}."


def next_phase(settings: Settings, dialogue: Dialogue) -> Outcome:
    """``phase next``: the gate (deliverables, confidence, what is open), then the move."""
    from fashioncoach.core.changes import advance_phase
    from fashioncoach.render.text import plural
    from fashioncoach.views.phase import build_phase_gate
    from fashioncoach.views.situation import Situation

    roadmap, path = load_roadmap(settings)
    with editing(roadmap, path) as (store, progress):
        # The phase of --today, which the gate shows too.
        was = Situation(roadmap=roadmap, progress=progress, today=settings.today)
        index = was.plan.current
        phase = roadmap.phases[index]
        if index == len(roadmap.phases) - 1:
            return Outcome(
                said=[
                    f"You are in the last phase, {phase.title}.\nCongratulations on getting "
                    "this far! See where you stand with: fashioncoach report"
                ]
            )
        # A gate: the deliverables and your confidence first, so moving on is a decision.
        gate = build_phase_gate(roadmap=roadmap, progress=progress, today=settings.today)
        dialogue.show(Outcome(view=gate))
        if gate.open:
            dialogue.confirm(
                f"Move on anyway? {gate.next_title}'s work comes first; the "
                f"{plural(gate.open, 'open action')} of {phase.title} follow it."
            )
        else:
            dialogue.confirm(f"Move on to {gate.next_title}?")
        progress = advance_phase(
            roadmap=roadmap, progress=progress, current=index, at=settings.now, day=settings.today
        )
        store.save(progress)
    now = Situation(roadmap=roadmap, progress=progress, today=settings.today)
    return Outcome(
        said=[
            f"Phase {index + 2} of {len(roadmap.phases)}: {roadmap.phases[index + 1].title}. "
            + _finish_words(now)
            + "\nSee this week with: fashioncoach today"
        ]
    )


def previous_phase(settings: Settings, dialogue: Dialogue) -> Outcome:
    """``phase back``: undo a move to the next phase made by mistake."""
    from fashioncoach.core.changes import retreat_phase
    from fashioncoach.views.situation import Situation

    roadmap, path = load_roadmap(settings)
    with editing(roadmap, path) as (store, progress):
        was = Situation(roadmap=roadmap, progress=progress, today=settings.today)
        phase = roadmap.phases[was.plan.current]
        updated = retreat_phase(
            roadmap=roadmap,
            progress=progress,
            history=was.history,
            current=was.plan.current,
            at=settings.now,
            day=settings.today,
        )
        previous = roadmap.phases[was.plan.current - 1]
        dialogue.confirm(f"Leave {phase.title} and go back to {previous.title}?")
        store.save(updated)
    now = Situation(roadmap=roadmap, progress=updated, today=settings.today)
    return Outcome(said=[f"Back in {previous.title}. " + _finish_words(now)])
