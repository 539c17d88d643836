"""The learner's progress as the program holds it: events, pauses, the replanned
schedule, reviews, evidence and the phases entered. Types only: the file form, its
schema versions and its checks are in ``store/``.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from fashioncoach.model.record import field, frozen_record

SCHEMA_VERSION = 4


CONFIDENCE_LEVELS = range(1, 6)


EventKind = Literal["done", "undone", "skipped", "note"]


_FORBID_EXTRA: dict[str, Any] = {"extra": "forbid"}


@frozen_record
class PhaseEntry:
    """The learner entered ``phase`` on ``began``."""

    __pydantic_config__ = _FORBID_EXTRA

    phase: str
    began: date


@frozen_record
class Event:
    """Something the learner did to an action: the log is only ever appended to.

    ``hours`` (schema 2) is the time actually spent, when the learner says so.
    """

    __pydantic_config__ = _FORBID_EXTRA

    at: datetime
    kind: EventKind
    action: str
    note: str = ""
    hours: float | None = None
    # Schema 4: the event's place in the log it was first written to, counted from 1.
    # With ``at`` it orders a merged log the same way on every machine and tells apart
    # events of one action in one second (done, undo, done); imported events keep
    # theirs, so two events of different machines may share a seq.
    seq: int = 0


@frozen_record
class Pause:
    """A holiday or an illness (schema 3): the days ``start`` to ``until`` - 1 do not count.

    ``until`` is the first day back; the schedule after the pause moves on by its length.
    """

    __pydantic_config__ = _FORBID_EXTRA

    start: date
    until: date
    reason: str = ""


@frozen_record
class Schedule:
    """What ``replan`` changed (schema 3); the roadmap file itself is never changed.

    ``moved`` gives an action a new week *of its phase* (1-based); ``extended`` adds
    weeks to a phase. Empty: the roadmap's own schedule.
    """

    __pydantic_config__ = _FORBID_EXTRA

    moved: dict[str, int] = field(default_factory=dict)
    extended: dict[str, int] = field(default_factory=dict)
    replanned_on: date | None = None


@frozen_record
class Review:
    """A weekly review (schema 3), stored with its plan week; one per week."""

    __pydantic_config__ = _FORBID_EXTRA

    week: int
    on: date
    went_well: str = ""
    blocked: str = ""
    # skill id -> confidence from 1 (not at all) to 5 (very)
    confidence: dict[str, int] = field(default_factory=dict)


@frozen_record
class Evidence:
    """A portfolio artefact attached to an action (schema 3): a path or a URL."""

    __pydantic_config__ = _FORBID_EXTRA

    at: datetime
    action: str
    ref: str


@frozen_record
class Progress:
    """The progress of one roadmap, in memory always at the current schema.

    Its fields are the file's keys (see ``store/progress_file.py``), but ``unknown``.
    """

    __pydantic_config__ = _FORBID_EXTRA

    schema_version: int
    roadmap_id: str
    start_date: date
    hours_per_week: float  # the weekly budget (``weekly_hours`` in the views' JSON)
    phases: tuple[PhaseEntry, ...]
    events: tuple[Event, ...] = ()
    roadmap_path: str = ""
    pauses: tuple[Pause, ...] = ()
    schedule: Schedule = field(default_factory=Schedule)
    reviews: tuple[Review, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    # Top-level keys this version does not know (a newer release, a hand edit):
    # carried through every save untouched.
    unknown: dict[str, Any] = field(default_factory=dict)
