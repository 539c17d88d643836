"""Every change to the learner's progress, as pure functions: start, mark done, undo or
skip, notes and evidence, phase next and back, pauses. Each returns a new
``Progress``; the caller saves it under the lock. Input the learner typed is checked
here (ids, text length and encoding, evidence links).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from fashioncoach.core.log import fold
from fashioncoach.core.lookup import check_action_ids
from fashioncoach.core.schedule import (
    entry_on,
    pause_on,
)
from fashioncoach.errors import BadArgument, CoachError, PauseError
from fashioncoach.model.limits import (
    MAX_EVENT_HOURS,
    MAX_PAUSED_DAYS,
    MAX_REFERENCE_CHARS,
    MAX_TEXT_CHARS,
)
from fashioncoach.model.progress import (
    SCHEMA_VERSION,
    Event,
    EventKind,
    Evidence,
    Pause,
    PhaseEntry,
    Progress,
)
from fashioncoach.model.record import record, replace

if TYPE_CHECKING:
    from datetime import date, datetime

    from fashioncoach.model.roadmap import Roadmap


def next_seq(progress: Progress) -> int:
    """The ``seq`` of the next event of the log."""
    return max((event.seq for event in progress.events), default=0) + 1


def check_text(value: str, what: str, *, limit: int = MAX_TEXT_CHARS) -> str:
    """Words the learner typed, ready to store: trimmed, UTF-8, within the limit."""
    text = value.strip()
    if any("\ud800" <= char <= "\udfff" for char in text):
        raise BadArgument(f"{what} is not valid UTF-8 text; type it again")
    if len(text) > limit:
        raise BadArgument(f"{what} is {len(text):,} characters long; the limit is {limit:,}")
    return text


def new_progress(
    *, roadmap: Roadmap, start: date, hours_per_week: float, roadmap_path: str = ""
) -> Progress:
    return Progress(
        schema_version=SCHEMA_VERSION,
        roadmap_id=roadmap.id,
        start_date=start,
        hours_per_week=hours_per_week,
        phases=(PhaseEntry(phase=roadmap.phases[0].id, began=start),),
        roadmap_path=roadmap_path,
    )


@record
class MarkOutcome:
    progress: Progress
    changed: list[str]
    unchanged: list[str]  # already in the requested state: harmless, and said so


_TARGET_STATUS = {"done": "done", "skipped": "skipped", "undone": "open"}


def mark(
    *,
    roadmap: Roadmap,
    progress: Progress,
    action_ids: list[str],
    kind: EventKind,
    now: datetime,
    hours: float | None = None,
) -> MarkOutcome:
    """Record done/undone/skipped for each id; an action already so is left alone.

    A done event records the time spent: ``hours``, or the action's estimate.
    """
    check_action_ids(roadmap, action_ids)
    if hours is not None:
        if kind != "done":
            raise BadArgument("--hours goes with done only")
        if len(set(action_ids)) > 1:
            raise BadArgument("--hours goes with one action at a time")
        if not (0 <= hours <= MAX_EVENT_HOURS):
            raise BadArgument(f"--hours should be from 0 to {MAX_EVENT_HOURS:g} (found {hours:g})")
    estimates = {action.id: action.hours for _, _, action in roadmap.actions()}
    statuses = fold(progress).statuses
    changed: list[str] = []
    unchanged: list[str] = []
    events = list(progress.events)
    for action_id in dict.fromkeys(action_ids):
        if statuses.get(action_id, "open") == _TARGET_STATUS[kind]:
            unchanged.append(action_id)
            continue
        spent = (hours if hours is not None else estimates[action_id]) if kind == "done" else None
        seq = max(next_seq(progress), events[-1].seq + 1 if events else 1)
        events.append(Event(at=now, kind=kind, action=action_id, hours=spent, seq=seq))
        statuses[action_id] = _TARGET_STATUS[kind]
        changed.append(action_id)
    return MarkOutcome(
        progress=replace(progress, events=tuple(events)), changed=changed, unchanged=unchanged
    )


def advance_phase(*, roadmap: Roadmap, progress: Progress, today: date) -> Progress:
    """Enter the phase after the one of ``today`` (rule 10), today (or on the start date,
    when that is still ahead).

    On a day before a later move (``--today`` looking back), that move into the same
    phase or an earlier one is replaced by this earlier one; moves into later phases
    stay. So the learner says when they really moved on, and the history stays in order.
    """
    index, _, began_current = entry_on(roadmap, progress, today)
    if index == len(roadmap.phases) - 1:
        raise CoachError("you are in the last phase already")
    began = max(today, progress.start_date, began_current)
    entry = PhaseEntry(phase=roadmap.phases[index + 1].id, began=began)
    index_of = {phase.id: number for number, phase in enumerate(roadmap.phases)}
    kept = [
        item
        for item in progress.phases
        if item.began <= began or index_of.get(item.phase, len(roadmap.phases)) > index + 1
    ]
    phases = sorted([*kept, entry], key=lambda item: item.began)
    return replace(progress, phases=tuple(phases))


def retreat_phase(*, progress: Progress) -> Progress:
    if len(progress.phases) < 2:
        raise CoachError("you are in the first phase of your plan; there is no phase to go back to")
    return replace(progress, phases=progress.phases[:-1])


def add_note(
    *, roadmap: Roadmap, progress: Progress, action_id: str, text: str, now: datetime
) -> Progress:
    check_action_ids(roadmap, [action_id])
    note = check_text(text, "the note")
    if not note:
        raise BadArgument("a note cannot be empty")
    event = Event(at=now, kind="note", action=action_id, note=note, seq=next_seq(progress))
    return replace(progress, events=(*progress.events, event))


def add_evidence(
    *, roadmap: Roadmap, progress: Progress, action_id: str, ref: str, now: datetime
) -> Progress:

    check_action_ids(roadmap, [action_id])
    ref = check_reference(ref)
    if any(item.action == action_id and item.ref == ref for item in progress.evidence):
        raise CoachError(f"{ref} is already evidence for {action_id}")
    item = Evidence(at=now, action=action_id, ref=ref)
    return replace(progress, evidence=(*progress.evidence, item))


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


def add_pause(
    progress: Progress, *, start: date, until: date, reason: str, today: date
) -> Progress:
    """A pause from ``start`` until ``until`` (the first day back): the plan waits."""
    if until <= start:
        raise PauseError(f"--until {until} should be after the pause's first day, {start}")
    if start < progress.start_date:
        raise PauseError(f"a pause cannot begin before your plan does ({progress.start_date})")
    paused = sum((pause.until - pause.start).days for pause in progress.pauses)
    if paused + (until - start).days > MAX_PAUSED_DAYS:
        raise PauseError(
            f"pauses may add up to {MAX_PAUSED_DAYS:,} days at most; this one would make "
            f"{paused + (until - start).days:,}"
        )
    for pause in progress.pauses:
        if start < pause.until and pause.start < until:
            if pause.start <= today < pause.until:
                raise PauseError(
                    f"you are on a pause until {pause.until} already; change it by ending it "
                    "with: fashioncoach resume, then pause again"
                )
            raise PauseError(
                f"it overlaps your pause from {pause.start} until {pause.until}; "
                "pick days outside it"
            )
    pause = Pause(start=start, until=until, reason=reason.strip())
    pauses = tuple(sorted((*progress.pauses, pause), key=lambda item: item.start))
    return replace(progress, pauses=pauses)


def end_pause(progress: Progress, today: date) -> tuple[Progress, Pause]:
    """End the pause ``today`` is in: the learner is back today."""
    current = pause_on(progress, today)
    if current is None:
        ahead = [pause for pause in progress.pauses if pause.start > today]
        later = f" (your next pause begins on {ahead[0].start})" if ahead else ""
        raise PauseError(f"you are not on a pause on {today}; nothing to resume{later}")
    kept = [pause for pause in progress.pauses if pause is not current]
    if today > current.start:
        kept.append(replace(current, until=today))
    pauses = tuple(sorted(kept, key=lambda item: item.start))
    return replace(progress, pauses=pauses), current
