"""Build our records from data that was validated before, without pydantic.

The hot path reads a roadmap or progress file that pydantic already accepted
(see ``cache.py``); rebuilding it here costs microseconds instead of the ~90 ms
that importing pydantic would. Only the shapes our records use are handled.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable
from datetime import date, datetime
from typing import Any, TypeVar

from fashioncoach.model.record import is_record, record_fields

T = TypeVar("T")


Converter = Callable[[Any], Any]


_plans: dict[type, tuple[list[tuple[str, Converter]], frozenset[str]]] = {}


def _identity(value: Any) -> Any:
    return value


def _converter(annotation: Any) -> Converter:
    """A function that turns plain data into a value of ``annotation``."""
    origin = typing.get_origin(annotation)
    if annotation is datetime:
        return datetime.fromisoformat
    if annotation is date:
        return date.fromisoformat
    if isinstance(annotation, type) and is_record(annotation):
        kind = annotation
        return lambda value: build(kind, value)
    if origin is tuple:
        item = _converter(typing.get_args(annotation)[0])
        if item is _identity:
            return tuple
        return lambda values: tuple(item(value) for value in values)
    if origin in (typing.Union, types.UnionType):
        options = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        inner = _converter(options[0]) if len(options) == 1 else _identity
        return lambda value: None if value is None else inner(value)
    if annotation is float:
        return float
    return _identity  # str, int, bool, Literal[...], dict[str, Any]


def _hints(kind: type) -> dict[str, Any]:
    """Each field's annotation, evaluated in its class's module: what
    ``typing.get_type_hints`` gives, without its machinery (~0.3 ms a class, paid by
    every write for a dozen classes)."""
    import sys

    hints: dict[str, Any] = {}
    for base in reversed(kind.__mro__):
        space = vars(sys.modules[base.__module__])
        # The class's own annotations (inspect would cost an import): our source's
        # words, so eval reads nothing from outside.
        own = base.__dict__.get("__annotations__", {})  # noqa: RUF063
        for name, annotation in own.items():
            hints[name] = eval(annotation, space) if isinstance(annotation, str) else annotation
    return hints


def _plan(kind: type) -> tuple[list[tuple[str, Converter]], frozenset[str]]:
    """The fields of ``kind`` whose plain value needs converting, and all its fields."""
    plan = _plans.get(kind)
    if plan is None:
        hints = _hints(kind)
        names = record_fields(kind)
        converting = [(name, _converter(hints[name])) for name in names]
        plan = ([item for item in converting if item[1] is not _identity], frozenset(names))
        _plans[kind] = plan
    return plan


def build(kind: type[T], data: dict[str, Any]) -> T:
    """``kind(**data)``, recursively, for data pydantic has already validated."""
    converting, names = _plan(kind)
    arguments = dict(data)
    for name, convert in converting:
        if name in arguments:
            arguments[name] = convert(arguments[name])
    if arguments.keys() != names:
        return kind(**arguments)  # a field the data lacks takes its default
    # Every field, validated before: filled in directly, as a long log has thousands.
    built: T = object.__new__(kind)
    built.__dict__.update(arguments)
    return built


def plain(value: Any) -> Any:
    """Data that ``marshal`` can store, records included: records and dicts become dicts,
    dates ISO strings, tuples lists (the inverse of ``build``)."""
    if hasattr(type(value), "__record_fields__"):
        # A long log holds thousands of records: one pass over each one's fields.
        return {
            key: item if type(item) in _PLAIN else plain(item)
            for key, item in value.__dict__.items()
        }
    if isinstance(value, dict):
        return {key: item if type(item) in _PLAIN else plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [item if type(item) in _PLAIN else plain(item) for item in value]
    if isinstance(value, date):  # datetime too
        return value.isoformat()
    return value


_PLAIN = frozenset({str, int, float, bool, type(None)})
