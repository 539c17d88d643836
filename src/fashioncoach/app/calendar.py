"""``export ics``: the plan as a calendar file that stays in step with earlier exports.

The calendar is rendered from the timeline and from the record of what earlier
exports sent (``store/calendar_record.py``), so events the plan no longer has go out
cancelled. The record is kept only once the calendar is written: a failed write
changes nothing. It is saved under the progress file's lock, merged with the one on
disk, so two exports at once both count; the lock is not held while the calendar is
written, since a pipe may take its time.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from fashioncoach.app.outcome import Outcome
from fashioncoach.app.session import load_roadmap, require_progress, store_for
from fashioncoach.errors import FashionCoachError
from fashioncoach.render.text import plural

if TYPE_CHECKING:
    from pathlib import Path

    from fashioncoach.app.session import Settings
    from fashioncoach.model.calendar import SentEvent
    from fashioncoach.store.progress_store import ProgressStore


def export_calendar(settings: Settings, output: Path | None) -> Outcome:
    """Write the calendar to ``output`` (or stdout, as it is) and keep the record of
    what it sent; the words say how many events, and any warning."""
    from fashioncoach.render.ics import render_calendar
    from fashioncoach.store import calendar_record
    from fashioncoach.views.timeline import build_timeline

    roadmap, path = load_roadmap(settings)
    outcome = Outcome()
    progress = require_progress(roadmap, path, settings)
    timeline = build_timeline(roadmap=roadmap, progress=progress, today=settings.today)
    try:
        sent = calendar_record.load(roadmap.id)
    except calendar_record.CalendarRecordProblem as problem:
        outcome.warnings.append(
            f"{problem}; a new record starts with this export, so events "
            "dropped from your plan before now are not cancelled in your calendar"
        )
        sent = {}
    export = render_calendar(roadmap=roadmap, timeline=timeline, now=settings.now, sent=sent)
    if output is None:
        sys.stdout.buffer.write(export.content)
        sys.stdout.flush()
    else:
        from fashioncoach import paths
        from fashioncoach.app import outfile

        protected = outfile.own_data(paths.selected_roadmap(settings.roadmap_option))
        outfile.write(output, export.content, private=False, protected=protected)
    outcome.warnings += _keep(roadmap.id, export.sent, store_for(roadmap))
    if output is not None:
        cancelled = (
            f", {export.cancelled} of them cancelled (no longer in your plan)"
            if export.cancelled
            else ""
        )
        outcome.said.append(
            f"Wrote {plural(export.events + export.cancelled, 'event')} to {output}{cancelled}. "
            "Import it into your calendar app (the same calendar as before)."
        )
    return outcome


def _keep(roadmap_id: str, sent: dict[str, SentEvent], store: ProgressStore) -> list[str]:
    """Save the record, merged with the one on disk (another export may have run
    meanwhile); a failure is a warning, since the calendar itself was written."""
    from fashioncoach.store import calendar_record

    try:
        with store.locked():
            try:
                merged = calendar_record.load(roadmap_id)
            except calendar_record.CalendarRecordProblem:
                merged = {}
            merged.update(sent)
            calendar_record.save(roadmap_id, merged)
    except (OSError, FashionCoachError) as problem:
        reason = problem.strerror if isinstance(problem, OSError) and problem.strerror else problem
        return [
            f"could not keep the record of this export in "
            f"{calendar_record.record_path(roadmap_id)} ({reason}); the next export will "
            "not cancel events dropped from your plan after now"
        ]
    return []
