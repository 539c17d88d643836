"""``import``: merge another machine's progress (an export, or a conflicted copy a sync
tool left) into this one's, under the lock and after a backup."""

from __future__ import annotations

from typing import TYPE_CHECKING

from fashioncoach.app.outcome import Outcome
from fashioncoach.app.session import load_roadmap, store_for
from fashioncoach.core.merge import merge, summary
from fashioncoach.errors import ExchangeError
from fashioncoach.store.exchange import conflicted_copies, read_incoming

if TYPE_CHECKING:
    from pathlib import Path

    from fashioncoach.app.session import Settings


def import_progress(settings: Settings, file: Path, *, dry_run: bool) -> Outcome:
    """Merge ``file`` into the progress of the roadmap in use, saying what it added."""
    roadmap, _ = load_roadmap(settings)
    said: list[str] = []
    incoming = read_incoming(file)
    store = store_for(roadmap)
    leftover = file.resolve() in {copy.resolve() for copy in conflicted_copies(store.path)}
    with store.locked():
        ours = store.load()
        if ours is None:
            if incoming.roadmap_id != roadmap.id:
                raise ExchangeError(
                    f"the import is progress on roadmap '{incoming.roadmap_id}', not "
                    f"'{roadmap.id}'; import it with --roadmap pointing at that roadmap"
                )
            if dry_run:
                said.append(f"Would import {file}: you have no progress here yet, so all of it.")
                return Outcome(said=said)
            store.save(incoming)
            from fashioncoach.core.log import started_on
            from fashioncoach.render.text import day, plural

            first = started_on(incoming)
            said.append(
                f"Imported {file}: started {day(first) if first else 'never'}, "
                f"{plural(len(incoming.events), 'event')}. See it with: fashioncoach today"
            )
            return Outcome(said=said)
        result = merge(ours, incoming)
        for conflict in result.conflicts:
            said.append(f"Conflict: {conflict}")
        if not result.changed:
            said.append(f"Nothing new in {file}: your progress already has all of it.")
            if leftover and not dry_run:
                said.append(f"The conflicted copy can go: rm '{file}'")
            return Outcome(said=said)
        added = summary(result) or "changes"
        if dry_run:
            said.append(f"Would add from {file}: {added}. Nothing changed (--dry-run).")
            return Outcome(said=said)
        backup = store.save(result.progress)
    said.append(f"Imported from {file}: {added}.")
    if backup is not None:
        said.append(
            f"Your previous progress is kept as {backup.name}; undo with: fashioncoach restore "
            f"{backup.name}"
        )
    if leftover:
        said.append(f"The conflicted copy is merged and can go: rm '{file}'")
    return Outcome(said=said)
