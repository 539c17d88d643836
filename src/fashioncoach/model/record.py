"""The decorators every record of the coach uses: ``frozen_record`` for the domain and
progress types that files become, ``record`` for the view records that are the
``--json`` contract and the plain records of the rules (plan spans, verdicts).

A record is a class of named fields, built by keyword or position, with defaults.
``dataclasses`` would do it, but importing it costs a command ~6 ms (it imports
``inspect``) and it writes and compiles several methods for every class, twice for a
slotted one: ~0.5 ms a class at start-up, paid by every write. Here one ``__init__``,
``__eq__``, ``__hash__`` and ``__repr__`` are shared by all records, so creating a
class costs next to nothing. A frozen record refuses assignment after it is built and
compares and hashes by value, as a frozen dataclass does. Pydantic validates a
dataclass twin of each one (``store/validation.py``), built only when a file is
validated.
"""

from __future__ import annotations

from typing import Any, TypeVar, dataclass_transform

T = TypeVar("T")

_NO_DEFAULT: Any = object()


class FrozenRecordError(AttributeError):
    """An assignment to a field of a frozen record."""


class _Field:
    """What ``field()`` returns: a default, or a factory of defaults."""

    __slots__ = ("default", "default_factory")

    def __init__(self, default: Any, default_factory: Any) -> None:
        self.default = default
        self.default_factory = default_factory


def field(*, default: Any = _NO_DEFAULT, default_factory: Any = _NO_DEFAULT) -> Any:
    """A field's default made afresh for each record (``default_factory=list``)."""
    return _Field(default, default_factory)


class _Factory:
    """A default made afresh for each record."""

    __slots__ = ("make",)

    def __init__(self, make: Any) -> None:
        self.make = make


def _init(self: Any, *args: Any, **kwargs: Any) -> None:
    # Called for every event of a long log: one dict update, no per-field setattr.
    kind = type(self)
    names: tuple[str, ...] = kind.__record_fields__
    defaults: dict[str, Any] = kind.__record_defaults__
    if args:
        if len(args) > len(names):
            raise TypeError(f"{kind.__name__}() takes {len(names)} fields")
        for name, value in zip(names, args, strict=False):
            if name in kwargs:
                raise TypeError(f"{kind.__name__}() got '{name}' twice")
            kwargs[name] = value
    if not kwargs.keys() <= defaults.keys():
        unknown = sorted(kwargs.keys() - defaults.keys())[0]
        raise TypeError(f"{kind.__name__}() has no field '{unknown}'")
    if len(kwargs) < len(names):
        for name in names:
            if name not in kwargs:
                default = defaults[name]
                if default is _NO_DEFAULT:
                    raise TypeError(f"{kind.__name__}() is missing '{name}'")
                kwargs[name] = default.make() if type(default) is _Factory else default
    self.__dict__.update(kwargs)


def _values(self: Any) -> tuple[Any, ...]:
    return tuple(getattr(self, name) for name in self.__record_fields__)


def _eq(self: Any, other: Any) -> Any:
    if type(other) is not type(self):
        return NotImplemented
    return _values(self) == _values(other)


def _hashable(value: Any) -> Any:
    # A table field (a review's confidence) hashes by its items, as it compares.
    return tuple(sorted(value.items())) if isinstance(value, dict) else value


def _hash(self: Any) -> int:
    return hash((type(self).__name__, *map(_hashable, _values(self))))


def _repr(self: Any) -> str:
    shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__record_fields__)
    return f"{type(self).__name__}({shown})"


def _refuse(self: Any, name: str, value: Any = None) -> None:
    raise FrozenRecordError(f"cannot assign to field '{name}' of a frozen {type(self).__name__}")


def _make(cls: type[T], *, frozen: bool) -> type[T]:
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
        if isinstance(value, _Field):
            if value.default_factory is not _NO_DEFAULT:
                value = _Factory(value.default_factory)
            else:
                value = value.default
        defaults[name] = value
        if name in cls.__dict__:
            delattr(cls, name)  # the instance's value, never the class's default
    cls.__record_fields__ = tuple(names)  # type: ignore[attr-defined]
    cls.__record_defaults__ = defaults  # type: ignore[attr-defined]
    cls.__init__ = _init  # type: ignore[method-assign]
    cls.__repr__ = _repr  # type: ignore[method-assign]
    if frozen:
        cls.__setattr__ = _refuse  # type: ignore[method-assign]
        cls.__delattr__ = _refuse  # type: ignore[method-assign]
        cls.__eq__ = _eq  # type: ignore[method-assign]
        cls.__hash__ = _hash  # type: ignore[method-assign]
    return cls


@dataclass_transform(field_specifiers=(field,))
def record(cls: type[T]) -> type[T]:
    """Make ``cls`` a record of the fields it annotates, in order (base classes' first).

    View records are built once and then rendered or serialised (``as_plain``), so
    they compare by identity.
    """
    return _make(cls, frozen=False)


@dataclass_transform(frozen_default=True, eq_default=True, field_specifiers=(field,))
def frozen_record(cls: type[T]) -> type[T]:
    """A record that refuses assignment and compares and hashes by value."""
    return _make(cls, frozen=True)


def is_record(value: Any) -> bool:
    """Whether ``value`` is a record class or a record."""
    return hasattr(value, "__record_fields__")


def record_fields(value: Any) -> tuple[str, ...]:
    """The field names of a record or record class, in order."""
    return tuple(getattr(value, "__record_fields__", ()))


def record_defaults(kind: type) -> dict[str, Any]:
    """Each field's default as ``(has_default, value_or_factory, is_factory)``."""
    defaults: dict[str, Any] = getattr(kind, "__record_defaults__", {})
    return {
        name: (
            default is not _NO_DEFAULT,
            default.make if isinstance(default, _Factory) else default,
            isinstance(default, _Factory),
        )
        for name, default in defaults.items()
    }


def replace(value: T, **changes: Any) -> T:
    """A copy of the record ``value`` with some fields changed."""
    fields = {name: getattr(value, name) for name in record_fields(value)}
    unknown = changes.keys() - fields.keys()
    if unknown:
        raise TypeError(f"{type(value).__name__} has no field {sorted(unknown)[0]!r}")
    return type(value)(**{**fields, **changes})


def as_plain(value: Any) -> Any:
    """Records (and dataclasses), lists and dicts as plain dicts and lists, all the way
    down."""
    if hasattr(type(value), "__record_fields__"):
        return {name: as_plain(getattr(value, name)) for name in value.__record_fields__}
    if hasattr(type(value), "__dataclass_fields__"):
        return {name: as_plain(getattr(value, name)) for name in type(value).__dataclass_fields__}
    if isinstance(value, list | tuple):
        return [as_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: as_plain(item) for key, item in value.items()}
    return value
