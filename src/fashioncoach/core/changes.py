"""Every change to the learner's progress, as pure functions that add events to the log:
start, the budget, marking actions, notes and evidence, phase moves, pauses, replans,
reviews and assessments. Each returns a new ``Progress``; the caller saves it under the
lock. Input the learner typed is checked here (ids, text length and encoding, evidence
links), and so is what the change means on its day (``history``: the log folded then).
"""

from __future__ import annotations

import os
import re
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from fashioncoach.core.lookup import check_action_ids
from fashioncoach.errors import BadArgument, CoachError, PauseError
from fashioncoach.model.limits import (
    MAX_EVENT_HOURS,
    MAX_PAUSED_DAYS,
    MAX_REFERENCE_CHARS,
    MAX_TEXT_CHARS,
)
from fashioncoach.model.progress import SCHEMA_VERSION, Event, EventKind, Progress, log_order
from fashioncoach.model.record import record, replace

if TYPE_CHECKING:
    from datetime import date, datetime

    from fashioncoach.core.log import History, PauseSpan
    from fashioncoach.model.roadmap import Roadmap


def new_id() -> str:
    """An event's id: random, so two machines never make the same one."""
    return os.urandom(6).hex()


def next_seq(progress: Progress) -> int:
    """The ``seq`` of the next event of the log."""
    return max((event.seq for event in progress.events), default=0) + 1


def append(progress: Progress, *events: Event) -> Progress:
    """``progress`` with ``events`` in the log, in log order (a back-dated event goes
    where its instant puts it)."""
    log = list(progress.events)
    for event in events:
        if log and log_order(event) < log_order(log[-1]):
            log.append(event)
            log.sort(key=log_order)
        else:
            log.append(event)
    return replace(progress, events=tuple(log))


def event(progress: Progress, kind: EventKind, *, at: datetime, day: date, **fields: Any) -> Event:
    """A new event of ``kind`` at instant ``at`` (UTC), on the learner's ``day``.

    An event comes after every event this log already has for the same day: with
    ``--today``, the clock's time of day says nothing about the order of that day's
    commands (a run past midnight would put a later command first).
    """
    latest = max((item.at for item in progress.events if item.day == day), default=None)
    if latest is not None and at <= latest:
        at = latest + timedelta(seconds=1)
    return Event(id=new_id(), seq=next_seq(progress), at=at, day=day, kind=kind, **fields)


def add(progress: Progress, kind: EventKind, *, at: datetime, day: date, **fields: Any) -> Progress:
    """``progress`` with one new event."""
    return append(progress, event(progress, kind, at=at, day=day, **fields))


def check_text(value: str, what: str, *, limit: int = MAX_TEXT_CHARS) -> str:
    """Words the learner typed, ready to store: trimmed, UTF-8, within the limit."""
    text = value.strip()
    if any("\ud800" <= char <= "\udfff" for char in text):
        raise BadArgument(f"{what} is not valid UTF-8 text; type it again")
    if len(text) > limit:
        raise BadArgument(f"{what} is {len(text):,} characters long; the limit is {limit:,}")
    return text


# --- the plan ---------------------------------------------------------------------------


def new_progress(
    *,
    roadmap: Roadmap,
    start: date,
    hours_per_week: float,
    at: datetime,
    day: date,
    roadmap_path: str = "",
) -> Progress:
    """A new plan: a log with its start."""
    empty = Progress(
        schema_version=SCHEMA_VERSION, roadmap_id=roadmap.id, roadmap_path=roadmap_path
    )
    return add(empty, "start", at=at, day=day, on=start, hours=hours_per_week)


def restart(
    progress: Progress, *, start: date, hours_per_week: float, at: datetime, day: date
) -> Progress:
    """Begin again: what came before stays in the log, as history."""
    return add(progress, "restart", at=at, day=day, on=start, hours=hours_per_week)


def set_budget(
    progress: Progress,
    *,
    hours: float,
    replan: bool,
    at: datetime,
    day: date,
    pace: dict[str, float] | None = None,
) -> Progress:
    """A new weekly budget; with ``replan``, the forecast on it becomes the plan (at your
    own ``pace`` when given)."""
    updated = add(progress, "budget", at=at, day=day, hours=hours)
    return add(updated, "replan", at=at, day=day, pace=dict(pace or {})) if replan else updated


def replan(
    progress: Progress, *, at: datetime, day: date, pace: dict[str, float] | None = None
) -> Progress:
    """The forecast of this moment becomes the plan; at your own ``pace`` (kind of work ->
    ratio of hours to estimates) when given, which that plan and its forecasts then use."""
    return add(progress, "replan", at=at, day=day, pace=dict(pace or {}))


def reset_plan(progress: Progress, *, at: datetime, day: date) -> Progress:
    return add(progress, "replan-reset", at=at, day=day)


# --- actions ----------------------------------------------------------------------------


@record
class MarkOutcome:
    progress: Progress
    changed: list[str]
    unchanged: list[str]  # already in the requested state: harmless, and said so
    amended: list[str]  # done already: the hours spent corrected


_TARGET_STATUS = {"done": "done", "skipped": "skipped", "undone": "open"}


def mark(
    *,
    roadmap: Roadmap,
    progress: Progress,
    history: History,
    action_ids: list[str],
    kind: EventKind,
    at: datetime,
    day: date,
    hours: float | None = None,
) -> MarkOutcome:
    """Record done/undone/skipped for each id; an action already so is left alone, but
    ``done ID --hours H`` on a done action corrects the hours recorded for it."""
    check_action_ids(roadmap, action_ids)
    if hours is not None:
        if kind != "done":
            raise BadArgument("--hours goes with done only")
        if len(set(action_ids)) > 1:
            raise BadArgument("--hours goes with one action at a time")
        if not (0 <= hours <= MAX_EVENT_HOURS):
            raise BadArgument(f"--hours should be from 0 to {MAX_EVENT_HOURS:g} (found {hours:g})")
    changed: list[str] = []
    unchanged: list[str] = []
    amended: list[str] = []
    updated = progress
    for action_id in dict.fromkeys(action_ids):
        status = history.status(action_id)
        if status == "known" and kind == "done":
            status = "open"  # known from the assessment, and done after all
        if status == _TARGET_STATUS[kind]:
            if kind == "done" and hours is not None and history.spent.get(action_id) != hours:
                updated = add(updated, "hours", at=at, day=day, action=action_id, hours=hours)
                amended.append(action_id)
            else:
                unchanged.append(action_id)
            continue
        fields: dict[str, Any] = {"action": action_id}
        if kind == "done" and hours is not None:
            fields["hours"] = hours
        updated = add(updated, kind, at=at, day=day, **fields)
        changed.append(action_id)
    return MarkOutcome(progress=updated, changed=changed, unchanged=unchanged, amended=amended)


def add_note(
    *, roadmap: Roadmap, progress: Progress, action_id: str, text: str, at: datetime, day: date
) -> Progress:
    check_action_ids(roadmap, [action_id])
    note = check_text(text, "the note")
    if not note:
        raise BadArgument("a note cannot be empty")
    return add(progress, "note", at=at, day=day, action=action_id, note=note)


def add_evidence(
    *,
    roadmap: Roadmap,
    progress: Progress,
    history: History,
    action_id: str,
    ref: str,
    at: datetime,
    day: date,
) -> Progress:
    check_action_ids(roadmap, [action_id])
    ref = check_reference(ref)
    if any(item.action == action_id and item.ref == ref for item in history.evidence):
        raise CoachError(f"{ref} is already evidence for {action_id}")
    return add(progress, "evidence", at=at, day=day, action=action_id, ref=ref)


_SCHEME = re.compile(r"^(?P<scheme>[A-Za-z][A-Za-z0-9+.-]+):")


def is_link(ref: str) -> bool:
    """Whether a piece of evidence is a web link (http or https), not a file."""
    match = _SCHEME.match(ref)
    return match is not None and match["scheme"].lower() in ("http", "https")


def check_reference(ref: str) -> str:
    """Evidence as it will be stored: an http(s) link or a file's path, nothing else.

    Control characters and other schemes (``file:``, ``javascript:``, ``data:``...) are
    refused: evidence ends up as a link in a page others open.
    """
    value = check_text(ref, "the evidence", limit=MAX_REFERENCE_CHARS)
    if not value:
        raise BadArgument("the evidence cannot be empty: give a path or a URL")
    if any(ord(char) < 0x20 or 0x7F <= ord(char) <= 0x9F for char in value):
        raise BadArgument(
            "the evidence contains a control character (a newline, ESC...); "
            "give a path or a URL on one line"
        )
    from fashioncoach.text_rules import forbidden_character

    if (hidden := forbidden_character(value)) is not None:
        raise BadArgument(f"the evidence contains {hidden}, which hides what it shows; retype it")
    match = _SCHEME.match(value)
    if match is not None:
        from urllib.parse import urlsplit

        scheme = match["scheme"].lower()
        if scheme not in ("http", "https"):
            raise BadArgument(
                f"'{scheme}:' links cannot be evidence; give an http(s) URL or a file's path"
            )
        if not urlsplit(value).netloc:
            raise BadArgument(f"'{value}' has no host; give a full URL like https://example.com/")
    return value


# --- phases -----------------------------------------------------------------------------


def advance_phase(
    *, roadmap: Roadmap, progress: Progress, current: int, at: datetime, day: date
) -> Progress:
    """Move into the phase after ``current`` (the phase of the command's day)."""
    if current == len(roadmap.phases) - 1:
        raise CoachError("you are in the last phase already")
    return add(progress, "phase", at=at, day=day, phase=roadmap.phases[current + 1].id)


def retreat_phase(
    *, roadmap: Roadmap, progress: Progress, history: History, current: int, at: datetime, day: date
) -> Progress:
    """Undo the last move: back into the phase before ``current``."""
    if not history.phase or current == 0:
        raise CoachError("you are in the first phase of your plan; there is no phase to go back to")
    return add(progress, "phase", at=at, day=day, phase=roadmap.phases[current - 1].id, back=True)


# --- pauses -----------------------------------------------------------------------------


def add_pause(
    progress: Progress,
    *,
    history: History,
    start: date,
    until: date,
    reason: str,
    at: datetime,
    day: date,
) -> Progress:
    """A pause from ``start`` until ``until`` (the first day back): the plan waits."""
    from fashioncoach.wording import day_text

    if until <= start:
        raise PauseError(
            f"--until {day_text(until)} should be after the pause's first day, {day_text(start)}"
        )
    if start < history.start:
        raise PauseError(f"a pause cannot begin before your plan does ({day_text(history.start)})")
    paused = sum(pause.days for pause in history.pauses)
    if paused + (until - start).days > MAX_PAUSED_DAYS:
        raise PauseError(
            f"pauses may add up to {MAX_PAUSED_DAYS:,} days at most; this one would make "
            f"{paused + (until - start).days:,}"
        )
    for pause in history.pauses:
        if start < pause.until and pause.start < until:
            if pause.start <= day < pause.until:
                raise PauseError(
                    f"you are on a pause until {day_text(pause.until)} already; change it by "
                    "ending it with: fashioncoach resume, then pause again"
                )
            raise PauseError(
                f"it overlaps your pause from {day_text(pause.start)} until "
                f"{day_text(pause.until)}; pick days outside it"
            )
    return add(progress, "pause", at=at, day=day, on=start, until=until, note=reason.strip())


def end_pause(
    progress: Progress, *, history: History, at: datetime, day: date
) -> tuple[Progress, PauseSpan]:
    """End the pause ``day`` is in: the learner is back on ``day``."""
    from fashioncoach.wording import day_text

    current = history.pause_on(day)
    if current is None:
        ahead = [pause for pause in history.pauses if pause.start > day]
        later = (
            f" (your next pause begins on {day_text(ahead[0].start)}; drop it with: "
            "fashioncoach pause --cancel)"
            if ahead
            else ""
        )
        raise PauseError(f"you are not on a pause on {day_text(day)}; nothing to resume{later}")
    return add(progress, "resume", at=at, day=day, on=day), current


def cancel_pause(
    progress: Progress, *, history: History, at: datetime, day: date
) -> tuple[Progress, PauseSpan]:
    """Drop the next pause that has not begun (or end the one under way today)."""
    from fashioncoach.wording import day_text

    current = history.pause_on(day)
    if current is not None:
        return end_pause(progress, history=history, at=at, day=day)
    ahead = [pause for pause in history.pauses if pause.start > day]
    if not ahead:
        raise PauseError(f"you have no pause on or after {day_text(day)}; nothing to cancel")
    return add(progress, "resume", at=at, day=day, on=ahead[0].start), ahead[0]


# --- reviews ----------------------------------------------------------------------------


def add_review(
    progress: Progress,
    *,
    went_well: str,
    blocked: str,
    confidence: dict[str, int],
    replaces: str,
    at: datetime,
    day: date,
) -> Progress:
    """A weekly review; ``replaces`` names the review of the same week it replaces."""
    return add(
        progress,
        "review",
        at=at,
        day=day,
        went_well=check_text(went_well, "what went well"),
        blocked=check_text(blocked, "what blocked you"),
        confidence=dict(confidence),
        replaces=replaces,
        machine=machine_name(),
    )


def machine_name() -> str:
    """This machine's name, as a review records where it was written."""
    try:
        return os.uname().nodename[:64]
    except (AttributeError, OSError):  # not POSIX
        import platform

        return platform.node()[:64]


# --- assessments ------------------------------------------------------------------------


def assess(progress: Progress, *, levels: dict[str, str], at: datetime, day: date) -> Progress:
    """The learner's answers, one event a skill."""
    for skill, level in levels.items():
        progress = add(progress, "assess", at=at, day=day, skill=skill, level=level)
    return progress
