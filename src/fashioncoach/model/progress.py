"""The learner's progress as the program holds it: one log of events.

Every change the learner makes is an event with an instant (UTC) and the learner's
own day: starting, the weekly budget, marking actions, notes, evidence, phase moves,
pauses and their ends, replans, reviews and assessments. Nothing is ever removed from
the log; a removal is an event too (``resume``, ``phase back``, ``replan --reset``, a
replaced review). What the log adds up to on a given day is worked out in
``core/log.py``. Types only: the file form, its schema versions and its checks are in
``store/``.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from fashioncoach.model.record import field, frozen_record

SCHEMA_VERSION = 5


CONFIDENCE_LEVELS = range(1, 6)


EventKind = Literal[
    "start",  # the plan begins (``on``, ``hours``); the first one counts
    "restart",  # the plan begins again: what came before it is history
    "budget",  # the weekly budget changes (``hours``)
    "done",  # an action is done (``hours`` spent, when said)
    "undone",  # an action is open again
    "skipped",  # an action is skipped
    "hours",  # the time spent on a done action is corrected (``hours``)
    "note",  # a note on an action (``note``)
    "evidence",  # a portfolio artefact for an action (``ref``)
    "phase",  # the learner moves into ``phase`` (``back`` when it undoes a move)
    "pause",  # days ``on`` to ``until`` - 1 are paused (``note``: the reason)
    "resume",  # the pause that ``on`` falls in ends on ``on``; a pause not begun is dropped
    "replan",  # the forecast of this moment becomes the plan (the baseline)
    "replan-reset",  # the plan goes back to the one made at the start
    "review",  # a weekly review (``replaces``: the id of the review it replaces)
    "assess",  # how well the learner knows ``skill`` already (``level``)
]


EVENT_KINDS: tuple[str, ...] = EventKind.__args__  # type: ignore[attr-defined]


# What a skill to learn can be assessed as, and a transferable skill.
SKILL_LEVELS = ("new", "some", "confident")
TRANSFERABLE_LEVELS = ("holds", "missing")


_FORBID_EXTRA: dict[str, Any] = {"extra": "forbid"}


@frozen_record
class Event:
    """One change, as the log keeps it. Only the fields of its kind are set."""

    __pydantic_config__ = _FORBID_EXTRA

    id: str  # unique in every log this event ever reaches (random, or made by a migration)
    seq: int  # its place in the log it was first written to, from 1
    at: datetime  # the instant, in UTC
    day: date  # the learner's day of it: the local date then, or the --today day
    kind: EventKind
    action: str = ""
    hours: float | None = None  # time spent (done, hours); the weekly budget (start, budget)
    note: str = ""  # a note's text; a pause's reason
    ref: str = ""  # evidence: an http(s) link or a file's path
    phase: str = ""
    back: bool = False  # a phase event that undoes a move (``phase back``)
    on: date | None = None  # the plan's first day (start); the first paused day; the day back
    until: date | None = None  # a pause's first day back
    went_well: str = ""
    blocked: str = ""
    # skill id -> confidence from 1 (not at all) to 5 (very)
    confidence: dict[str, int] = field(default_factory=dict)
    replaces: str = ""  # a review: the id of the review of the same week it replaces
    machine: str = ""  # a review: the machine it was written on
    skill: str = ""  # an assessment: a skill to learn, or a transferable skill
    level: str = ""  # an assessment: one of SKILL_LEVELS or TRANSFERABLE_LEVELS
    # A replan at your own pace: kind of work -> your ratio of hours to estimates
    # ("" the overall one), which that plan and its forecasts pack the work at.
    pace: dict[str, float] = field(default_factory=dict)


def log_order(event: Event) -> tuple[datetime, int, str]:
    """Where an event goes in every log: by instant, then by its place in the log it was
    written to, then by id; the same order on every machine, whatever the zone."""
    return (event.at, event.seq, event.id)


@frozen_record
class Progress:
    """The progress of one roadmap, in memory always at the current schema.

    ``events`` are in log order (``log_order``). ``unknown`` holds top-level keys this
    version does not know (a newer release, a hand edit), carried through every save;
    ``upgraded_from`` is the schema the file was read at when it was older (never saved).
    """

    __pydantic_config__ = _FORBID_EXTRA

    schema_version: int
    roadmap_id: str
    events: tuple[Event, ...] = ()
    roadmap_path: str = ""
    unknown: dict[str, Any] = field(default_factory=dict)
    upgraded_from: int = 0
