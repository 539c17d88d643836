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
    from pydantic import ValidationError

    try:
        checked = _adapter(kind).validate_json(json.dumps(data, default=_encode), strict=True)
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
    result: T = _from_twin(checked)
    return result


_adapters: dict[type, Any] = {}


def _adapter(kind: type) -> Any:
    """Pydantic's validator of ``kind``, built once: building one costs more than a
    validation (~25 ms for a roadmap), and ``roadmap use`` or an import validates twice."""
    adapter = _adapters.get(kind)
    if adapter is None:
        from pydantic import TypeAdapter

        adapter = _adapters[kind] = TypeAdapter(_twin(kind))
    return adapter


# Pydantic validates dataclasses, not our records (``model/record.py``): each record
# class gets a dataclass twin with the same fields, types and defaults, made on first
# use, and what pydantic returns is turned back into records.
_twins: dict[type, type] = {}
_records: dict[type, type] = {}
_deep: dict[type, tuple[str, ...]] = {}


def _twin(kind: Any) -> Any:
    """The dataclass twin of a record class, or of a type that holds record classes."""
    import types
    import typing

    from fashioncoach.model.record import is_record

    if isinstance(kind, type) and is_record(kind):
        return _twin_class(kind)
    origin = typing.get_origin(kind)
    arguments = typing.get_args(kind)
    if origin is None or origin is typing.Literal or not arguments:
        return kind
    twins = tuple(_twin(argument) for argument in arguments)
    if origin in (typing.Union, types.UnionType):
        return typing.Union[twins]  # noqa: UP007 (built from a tuple)
    return origin[twins if len(twins) > 1 else twins[0]]


def _twin_class(kind: type) -> type:
    twin = _twins.get(kind)
    if twin is not None:
        return twin
    import dataclasses
    import typing

    from fashioncoach.model.record import record_defaults, record_fields

    hints = typing.get_type_hints(kind)
    defaults = record_defaults(kind)
    specs: list[tuple[str, Any, Any]] = []
    for name in record_fields(kind):
        has_default, value, is_factory = defaults[name]
        if not has_default:
            spec = dataclasses.field()
        elif is_factory:
            spec = dataclasses.field(default_factory=value)
        else:
            spec = dataclasses.field(default=value)
        specs.append((name, _twin(hints[name]), spec))
    namespace = {"__pydantic_config__": getattr(kind, "__pydantic_config__", {})}
    twin = dataclasses.make_dataclass(kind.__name__, specs, namespace=namespace, frozen=True)
    _twins[kind] = twin
    _records[twin] = kind
    # The fields that may hold containers or twins; a str, a number or a date needs no
    # walk back. A union is walked (it may hold either).
    _deep[twin] = tuple(
        name
        for name, hint, _ in specs
        if typing.get_origin(hint) not in (None, typing.Literal) or hint in _records
    )
    return twin


_CONTAINERS = frozenset({tuple, list, dict})


def _from_twin(value: Any) -> Any:
    """What pydantic returned, with every twin made the record it stands for."""
    kind = _records.get(type(value))
    if kind is not None:
        # Validated already: filled in directly, as a long log has thousands of them;
        # only the fields that hold containers or twins are walked.
        fields = value.__dict__.copy()
        for name in _deep[type(value)]:
            item = fields[name]
            if type(item) in _CONTAINERS or type(item) in _records:
                fields[name] = _from_twin(item)
        built: Any = object.__new__(kind)
        built.__dict__.update(fields)
        return built
    if isinstance(value, tuple):
        return tuple([_from_twin(item) for item in value])
    if isinstance(value, list):
        return [_from_twin(item) for item in value]
    if isinstance(value, dict):
        return {key: _from_twin(item) for key, item in value.items()}
    return value
