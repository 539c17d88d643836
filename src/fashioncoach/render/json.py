"""Records as JSON: the ``--json`` of every read command. The facts the terminal shows,
dates as ISO text, and no control character a terminal would act on.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from fashioncoach.render.text import _UNSAFE


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

    text = json.dumps(data, indent=2, default=encode, ensure_ascii=False)
    # json escapes C0 controls itself; C1 controls and lone surrogates it leaves raw.
    return _UNSAFE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)
