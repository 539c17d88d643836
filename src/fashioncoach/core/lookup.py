"""Finding what the learner means: an action by its id, a unique start of it, or its
number in ``today``'s list; a phase by id or number; with "did you mean" otherwise.

Every id is checked before anything is written: one typo in a list of several
fails the whole command, and the message says nothing was recorded.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fashioncoach.errors import BadArgument, near_miss

if TYPE_CHECKING:
    from fashioncoach.model.roadmap import Phase, Roadmap

NOTHING_RECORDED = "; nothing was recorded"  # after the first problem of several ids


def phase_by_id(roadmap: Roadmap, phase_id: str) -> Phase:
    """The phase called ``phase_id``, or the phase at that position (``2``)."""
    for phase in roadmap.phases:
        if phase.id == phase_id:
            return phase
    if phase_id.isdigit() and 1 <= int(phase_id) <= len(roadmap.phases):
        return roadmap.phases[int(phase_id) - 1]
    known = [phase.id for phase in roadmap.phases]
    if phase_id.isdigit():
        fix = f"a phase number is 1 to {len(known)}; the phases: {', '.join(known)}"
    else:
        fix = near_miss(phase_id, known) or f"the phases: {', '.join(known)}"
    raise BadArgument(f"unknown phase: {phase_id} ({fix})")


def resolve_action(roadmap: Roadmap, token: str, numbered: list[str]) -> str:
    """The action id ``token`` means: an id, the number ``today`` shows it with, or the
    start of exactly one id. A BadArgument says why not."""
    known = [action.id for _, _, action in roadmap.actions()]
    value = token.strip()
    if not value:
        raise BadArgument(f"empty action id: '{token}' (give an id, or a number of today's list)")
    if value in known:
        return value
    if value.isdigit():
        number = int(value)
        if 1 <= number <= len(numbered):
            return numbered[number - 1]
        span = f"give 1 to {len(numbered)}" if numbered else "today lists none this week"
        raise BadArgument(f"no such number in today's list: {value} ({span})")
    starting = [action_id for action_id in known if action_id.startswith(value)]
    if len(starting) == 1:
        return starting[0]
    if len(starting) > 1:
        shown = ", ".join(starting[:4]) + (" ..." if len(starting) > 4 else "")
        raise BadArgument(f"more than one action starts with: {value} ({shown}; type more of it)")
    raise BadArgument(f"unknown action: {value} ({_unknown_fix(value, known)})")


def _unknown_fix(value: str, known: list[str]) -> str:
    return near_miss(value, known) or "see the ids with: fashioncoach phase show"


def resolve_actions(roadmap: Roadmap, tokens: list[str], numbered: list[str]) -> list[str]:
    """Every token resolved, or a BadArgument for the first that is not; in order,
    without repeats."""
    resolved = []
    for token in tokens:
        try:
            resolved.append(resolve_action(roadmap, token, numbered))
        except BadArgument as problem:
            if len(tokens) > 1:
                raise BadArgument(str(problem) + NOTHING_RECORDED) from None
            raise
    return list(dict.fromkeys(resolved))


def check_action_ids(roadmap: Roadmap, action_ids: list[str]) -> None:
    """Every id must be one of the roadmap's, exactly, before anything is written."""
    known = [action.id for _, _, action in roadmap.actions()]
    known_set = set(known)
    for action_id in action_ids:
        if not action_id.strip():
            raise BadArgument(f"empty action id: '{action_id}' (give an id)")
        if action_id not in known_set:
            raise BadArgument(f"unknown action: {action_id} ({_unknown_fix(action_id, known)})")
