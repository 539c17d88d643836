"""The decorator every record of the coach uses: the view records that are the
``--json`` contract, and the plain records of the rules (plan spans, verdicts).

A record is a class of named fields, built by keyword or position, with defaults.
``dataclasses`` would do it, but it writes and compiles several methods for every
class, which cost a command some 0.3 ms a class at start-up; a record's one
``__init__`` is shared by all of them and creating the class costs nothing. Records
are built once and then rendered or serialised (``as_plain``), so they need no
generated ``__eq__`` or ``__repr__``.
"""

from __future__ import annotations

from dataclasses import MISSING, Field
from typing import Any, TypeVar, dataclass_transform

T = TypeVar("T")

_NO_DEFAULT = object()


def _init(self: Any, *args: Any, **kwargs: Any) -> None:
    names: tuple[str, ...] = self.__record_fields__
    defaults: dict[str, Any] = self.__record_defaults__
    if len(args) > len(names):
        raise TypeError(f"{type(self).__name__}() takes {len(names)} fields")
    values = dict(zip(names, args, strict=False))
    for name, value in kwargs.items():
        if name not in defaults:
            raise TypeError(f"{type(self).__name__}() has no field '{name}'")
        if name in values:
            raise TypeError(f"{type(self).__name__}() got '{name}' twice")
        values[name] = value
    for name in names:
        if name in values:
            setattr(self, name, values[name])
            continue
        default = defaults[name]
        if default is _NO_DEFAULT:
            raise TypeError(f"{type(self).__name__}() is missing '{name}'")
        setattr(self, name, default() if isinstance(default, _Factory) else default)


class _Factory:
    """A default made afresh for each record (``field(default_factory=list)``)."""

    def __init__(self, make: Any) -> None:
        self.make = make

    def __call__(self) -> Any:
        return self.make()


@dataclass_transform(field_specifiers=(Field,))
def record(cls: type[T]) -> type[T]:
    """Make ``cls`` a record of the fields it annotates, in order (base classes' first)."""
    names: list[str] = []
    defaults: dict[str, Any] = {}
    for base in reversed(cls.__mro__[1:]):
        names += [name for name in getattr(base, "__record_fields__", ()) if name not in names]
        defaults.update(getattr(base, "__record_defaults__", {}))
    # The class's own annotations (its bases' are above); inspect would cost an import.
    own = cls.__dict__.get("__annotations__", {})  # noqa: RUF063
    for name in own:
        if name not in names:
            names.append(name)
        value = cls.__dict__.get(name, _NO_DEFAULT)
        if isinstance(value, Field):
            if value.default_factory is not MISSING:
                value = _Factory(value.default_factory)
            elif value.default is not MISSING:
                value = value.default
            else:
                value = _NO_DEFAULT
        defaults[name] = value
        if name in cls.__dict__:
            delattr(cls, name)  # the instance's value, never the class's default
    cls.__record_fields__ = tuple(names)  # type: ignore[attr-defined]
    cls.__record_defaults__ = defaults  # type: ignore[attr-defined]
    cls.__init__ = _init  # type: ignore[method-assign]
    return cls


def record_fields(value: Any) -> tuple[str, ...]:
    """The field names of a record or record class, in order."""
    return tuple(getattr(value, "__record_fields__", ()))


def as_plain(value: Any) -> Any:
    """Records, dataclasses, lists and dicts as plain dicts and lists, all the way down."""
    import dataclasses

    if hasattr(type(value), "__record_fields__"):
        return {name: as_plain(getattr(value, name)) for name in value.__record_fields__}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            item.name: as_plain(getattr(value, item.name)) for item in dataclasses.fields(value)
        }
    if isinstance(value, list | tuple):
        return [as_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: as_plain(item) for key, item in value.items()}
    return value
