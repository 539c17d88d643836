"""The guide importer's face: a guide's text in, the roadmap's data, TOML text, file name
and notes out. Pure: nothing here reads or writes a file; the app layer does.
"""

from __future__ import annotations

from typing import Any

from fashioncoach.guides.formats import detect, looks_like_guide, parse_guide
from fashioncoach.guides.roadmap import DEFAULT_HOURS, build_roadmap, default_file_name, to_toml
from fashioncoach.guides.types import Guide
from fashioncoach.model.record import frozen_record

__all__ = ["DEFAULT_HOURS", "Imported", "detect", "import_text", "looks_like_guide"]


@frozen_record
class Imported:
    """A guide made into a roadmap, ready to check and write."""

    guide: Guide
    data: dict[str, Any]
    toml: str
    file_name: str  # the suggested one, from the roles
    notes: tuple[str, ...]  # how the plan was drafted: ranges read, phases lengthened
    warnings: tuple[str, ...]  # what the guide lacks


def import_text(
    text: str, *, source: str, source_name: str = "", hours_per_week: float = DEFAULT_HOURS
) -> Imported:
    """The roadmap of the guide ``text`` (named ``source`` in its errors), drafted for
    ``hours_per_week``; a GuideError names the line at fault."""
    guide = parse_guide(text, source=source)
    draft = build_roadmap(guide, hours_per_week=hours_per_week)
    toml = to_toml(draft.data, source_name=source_name or source)
    return Imported(guide, draft.data, toml, default_file_name(guide), draft.notes, draft.warnings)
