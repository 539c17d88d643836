"""Pydantic at the edges: turn parsed TOML into our dataclasses, or into readable problems.

Validation runs in strict JSON mode: a quoted number or a ``true`` where a
count belongs is an error, as a person editing the file would expect, while
TOML arrays still become tuples.
"""

from __future__ import annotations

import json
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from collections.abc import Iterable

T = TypeVar("T")


_FRIENDLY = {
    "missing": "missing required key",
    "extra_forbidden": "unknown key",
    "unexpected_keyword_argument": "unknown key",
    "tuple_type": "should be a list ([...] or [[...]] tables)",
    "list_type": "should be a list ([...] or [[...]] tables)",
    "dataclass_type": "should be a table",
    "dict_type": "should be a table",
}


class ValidationProblems(Exception):
    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("; ".join(problems))


def format_location(location: Iterable[int | str]) -> str:
    """``('phases', 2, 'weeks')`` -> ``phases[2].weeks``, as a person would write it."""
    text = ""
    for part in location:
        if isinstance(part, int):
            text += f"[{part}]"
            continue
        # A hand-typed key can hold anything: quote the odd ones so the line stays one line.
        name = part if part.replace("_", "").replace("-", "").isalnum() else repr(part)
        text += f".{name}" if text else name
    return text or "(top level)"


def _encode(value: object) -> str:
    if isinstance(value, date | datetime | time):
        return value.isoformat()
    raise TypeError(f"cannot encode {type(value).__name__}")


def validate(kind: type[T], data: dict[str, Any]) -> T:
    """Validate ``data`` into ``kind``; raise ValidationProblems listing every problem."""
    # Imported here: pydantic costs ~90 ms to import and only validation needs it.
    from pydantic import TypeAdapter, ValidationError

    try:
        return TypeAdapter(kind).validate_json(json.dumps(data, default=_encode), strict=True)
    except ValidationError as error:
        problems = []
        for detail in error.errors(include_url=False):
            location = format_location(
                part for part in detail["loc"] if not isinstance(part, str) or part[:1] != "["
            )
            message = _FRIENDLY.get(detail["type"])
            if message is None:
                message = str(detail["msg"]).replace("Input should be", "should be")
                if not isinstance(detail["input"], dict | list):
                    message += f" (found {detail['input']!r})"
            problems.append(f"{location}: {message}")
        raise ValidationProblems(problems) from None
