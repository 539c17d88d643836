"""The one place an outcome becomes output: its view drawn or dumped, then its words.

Every command's outcome (``app/outcome.py``) comes here, from the CLI and from the fast
path alike. A view is drawn by the terminal renderer for its record type, or dumped as
JSON; what the outcome says follows it, on stdout, or on stderr when stdout is JSON
(so ``--json`` output stays one JSON document).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from fashioncoach.app.output import echo, error, say, show, show_json

if TYPE_CHECKING:
    from rich.console import RenderableType

    from fashioncoach.app.outcome import Outcome


def present(outcome: Outcome) -> int:
    """Print ``outcome`` and return its exit status."""
    document = outcome.json or bool(outcome.text)
    for warning in outcome.warnings:
        error(warning)
    for sentence in outcome.preface:
        say(sentence, err=document)
    if outcome.view is not None:
        if outcome.json:
            show_json(outcome.view)
        else:
            show(drawing(outcome.view, outcome), page=outcome.page)
    if outcome.text:
        echo(outcome.text.rstrip("\n"))
    for sentence in outcome.said:
        say(sentence, err=document)
    return outcome.exit_code


# Each view record's terminal renderer: (module, function, whether it takes the roadmap).
# Looked up by name so that only the renderer a command needs is imported.
RENDERERS: dict[str, tuple[str, str, bool]] = {
    "TodayView": ("today", "render_today", True),
    "ReportView": ("report", "render_report", False),
    "TimelineView": ("timeline", "render_timeline", False),
    "PhaseView": ("phase", "render_phase", True),
    "PhaseGate": ("phase", "render_phase_gate", False),
    "Replan": ("planning", "render_replan", False),
    "PortfolioView": ("planning", "render_portfolio", False),
    "SkillsView": ("guide", "render_skills", False),
    "RealityView": ("guide", "render_reality", False),
    "AboutView": ("guide", "render_about", False),
    "HintView": ("guide", "render_hint", False),
}


def drawing(view: Any, outcome: Outcome) -> RenderableType:
    """The terminal rendering of ``view``, by its record type."""
    import importlib

    module, function, needs_roadmap = RENDERERS[type(view).__name__]
    render = getattr(importlib.import_module(f"fashioncoach.render.terminal.{module}"), function)
    if needs_roadmap:
        assert outcome.roadmap is not None, type(view).__name__
        return render(view, outcome.roadmap)  # type: ignore[no-any-return]
    return render(view)  # type: ignore[no-any-return]
