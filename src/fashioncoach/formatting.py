"""Words and numbers as every output shows them: terminal, Markdown, HTML and JSON.

No Rich here, so ``--json`` and the Markdown and HTML reports do not pay for it.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fashioncoach.coach import ReportView


def to_json(view: Any) -> str:
    """The JSON form of any view: the same facts the terminal shows."""
    import json

    data = (
        dataclasses.asdict(view)
        if dataclasses.is_dataclass(view) and not isinstance(view, type)
        else view
    )

    def encode(value: object) -> object:
        if isinstance(value, date):
            return value.isoformat()
        # Roadmap parts inside a plain dict (skills, reality): asdict reaches nested ones.
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            return dataclasses.asdict(value)
        raise TypeError(f"cannot encode {type(value).__name__}")

    return json.dumps(data, indent=2, default=encode, ensure_ascii=False)


def hours(value: float) -> str:
    return f"{value:g} h"


def day(value: date) -> str:
    """``Wed 25 Nov 2026``: unambiguous in every locale."""
    return f"{value:%a} {value.day} {value:%b %Y}"


def plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def percent(done: float, total: float) -> str:
    return f"{(100 * done / total) if total else 0:.0f}%"


def bar(done: float, total: float, width: int, full: str = "#", empty: str = ".") -> str:
    filled = 0 if total <= 0 else round(width * min(done, total) / total)
    return full * filled + empty * (width - filled)


def status_line(view: ReportView) -> str:
    """ "on track", "5 days behind", "1 day ahead"..."""
    if view.status == "behind":
        return f"{plural(view.days_behind, 'day')} behind"
    if view.status == "ahead":
        return f"{plural(-view.days_behind, 'day')} ahead"
    return view.status
