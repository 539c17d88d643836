"""TODO docstring."""

from __future__ import annotations

from typing import TYPE_CHECKING

from fashioncoach.errors import BadArgument

if TYPE_CHECKING:
    from fashioncoach.model.roadmap import Phase, Roadmap


def phase_by_id(roadmap: Roadmap, phase_id: str) -> Phase:
    for phase in roadmap.phases:
        if phase.id == phase_id:
            return phase
    known = [phase.id for phase in roadmap.phases]
    hint = _suggest(phase_id, known) or f" (the phases: {', '.join(known)})"
    raise BadArgument(f"unknown phase '{phase_id}'{hint}")


def _suggest(value: str, known: list[str]) -> str:
    import difflib  # only a mistyped id needs it

    close = difflib.get_close_matches(value, known, n=3, cutoff=0.5)
    if not close:
        return ""
    return " (did you mean " + " or ".join(f"'{item}'" for item in close) + "?)"


def check_action_ids(roadmap: Roadmap, action_ids: list[str]) -> None:
    """Every id must be known before anything is written."""
    known = [action.id for _, _, action in roadmap.actions()]
    known_set = set(known)
    for action_id in action_ids:
        if not action_id.strip():
            raise BadArgument("an action id cannot be empty")
        if action_id not in known_set:
            raise BadArgument(f"unknown action '{action_id}'{_suggest(action_id, known)}")
