"""The decorator every record of the coach uses: the view records that are the
``--json`` contract, and the plain records of the rules (plan spans, verdicts).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar, dataclass_transform

T = TypeVar("T")


@dataclass_transform()
def record(cls: type[T]) -> type[T]:
    """A dataclass for a view record: built once, then rendered or serialised.

    Without the generated ``__repr__`` and ``__eq__``, which no view uses, each class
    costs a third as much to create; ``today`` creates some thirty of them at start-up.
    """
    return dataclass(repr=False, eq=False)(cls)
