"""The one way a date is written for a person, for every layer: ``Tue 1 Dec 2026``,
unambiguous in every locale. Imports nothing, so rules and stores may word their
messages the way every view does."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import date


def day_text(value: date) -> str:
    """``Wed 25 Nov 2026``."""
    return f"{value:%a} {value.day} {value:%b %Y}"
