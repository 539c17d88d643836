"""The use cases that look after the progress data: ``doctor``, ``restore`` (and its
list) and ``reset``. ``doctor`` and the list only read; ``restore`` and ``reset`` hold
the lock while they write, and both keep the file they replace as a backup.
"""

from __future__ import annotations

from contextlib import suppress
from typing import TYPE_CHECKING

from fashioncoach import paths
from fashioncoach.app.outcome import Outcome
from fashioncoach.app.session import custom_path, load_roadmap, store_for
from fashioncoach.errors import BadArgument, ProgressError
from fashioncoach.render.text import day, plural

if TYPE_CHECKING:
    from fashioncoach.app.outcome import Dialogue
    from fashioncoach.app.session import Settings
    from fashioncoach.model.progress import Progress
    from fashioncoach.store.backups import Backup
    from fashioncoach.store.progress_store import ProgressStore


def doctor(settings: Settings, *, fix: bool) -> Outcome:
    """``doctor``: every finding with its fix; exit status 1 when one is a problem."""
    from fashioncoach.app.doctor import examine

    findings = examine(settings, fix=fix)
    said = []
    for finding in findings:
        said.append(f"{finding.level:<8} {finding.topic}: {finding.text}")
        if finding.fix:
            said.append(f"{'':<8} fix: {finding.fix}")
    problems = sum(1 for finding in findings if finding.level == "problem")
    warnings = sum(1 for finding in findings if finding.level == "warning")
    if problems:
        said.append(
            f"{problems} problem(s) found: fix them as shown, then run fashioncoach doctor again."
        )
        return Outcome(said=said, exit_code=1)
    said.append("No problems found." + (f" {warnings} warning(s) to look at." if warnings else ""))
    return Outcome(said=said)


def _store_of_backup(name: str) -> ProgressStore:
    """The progress file a backup belongs to, from its name alone (no roadmap needed)."""
    from pathlib import Path

    from fashioncoach.store.backups import parse_backup_name
    from fashioncoach.store.progress_store import ProgressStore

    parsed = parse_backup_name(Path(name).name)
    if not name.strip() or parsed is None:
        raise BadArgument(
            f"not the name of a backup: {name} (like ROADMAP-20261125T101500123456Z.toml; "
            "see them with: fashioncoach restore --list)"
        )
    return ProgressStore(paths.progress_file(parsed[0]), command="restore")


def _started(progress: Progress) -> str:
    from fashioncoach.core.log import started_on

    first = started_on(progress)
    return day(first) if first is not None else "never"


def _store(settings: Settings, backup: str | None) -> ProgressStore:
    if backup is not None:
        return _store_of_backup(backup)
    roadmap, _ = load_roadmap(settings)
    return store_for(roadmap)


def list_backups(settings: Settings, *, backup: str | None) -> Outcome:
    """``restore --list``: the backups, newest first, each with what it holds."""
    store = _store(settings, backup)
    backups = store.backup_list()
    if not backups:
        return Outcome(said=[f"No backups of {store.path.name} yet in {store.backups}."])
    said = [f"Backups of {store.path} in {store.backups}, newest first:"]
    for item in backups:
        try:
            progress = store.parse_backup(item)
        except ProgressError:
            summary = "cannot be read"
        else:
            summary = f"started {_started(progress)}, {plural(len(progress.events), 'event')}"
        saved = item.saved.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        kept = " (from before a schema upgrade; always kept)" if item.upgrade else ""
        before = f", before fashioncoach {item.command.replace('-', ' ')}" if item.command else ""
        said.append(f"  {item.name}  saved {saved}{before}: {summary}{kept}")
    said.append(f"Put one back with: fashioncoach restore {backups[0].name}")
    return Outcome(said=said)


def restore(settings: Settings, *, backup: str | None) -> Outcome:
    """``restore``: a backup (default the newest) back in place; the file it replaces
    becomes a backup too."""
    store = _store(settings, backup)
    with store.locked():
        if backup is not None:
            try:
                chosen: Backup = store.find_backup(backup)
            except ProgressError as problem:
                raise BadArgument(str(problem)) from None
        else:
            backups = store.backup_list()
            if not backups:
                raise ProgressError(f"no backups of {store.path.name} yet in {store.backups}")
            chosen = backups[0]
        try:
            content, restored = store.read_backup(chosen)
        except ProgressError as problem:
            raise ProgressError(
                f"{problem}; that backup cannot be used: pick another from: "
                "fashioncoach restore --list"
            ) from None
        kept = store.write_content(content, force=True)
    said = [
        f"Restored {chosen.name}: started {_started(restored)}, "
        f"{plural(len(restored.events), 'event')}."
    ]
    if kept is not None:
        said.append(
            f"The file it replaced is kept as {kept.name}; "
            f"undo with: fashioncoach restore {kept.name}"
        )
    return Outcome(said=said)


def reset(settings: Settings, dialogue: Dialogue) -> Outcome:
    """``reset``: a new plan from today at the same weekly hours, asked first; works on a
    file that cannot be read, too, which is kept as a backup."""
    from fashioncoach.app.session import start_command
    from fashioncoach.core.changes import new_progress
    from fashioncoach.core.log import budget_of
    from fashioncoach.core.packing import default_budget

    roadmap, path = load_roadmap(settings)
    store = store_for(roadmap)
    raw = store.read_raw()
    if raw is None and not store.backup_list():
        start = start_command(roadmap, path)
        return Outcome(said=[f"Nothing to reset: no plan started yet. Start with: {start}"])
    if raw is None:
        summary = "Your progress file is missing (its backups stay as they are)."
    else:
        try:
            current = store.parse(raw)
        except ProgressError:
            summary = "Your progress file cannot be read; it will be kept as a backup."
        else:
            events = plural(len(current.events), "event")
            summary = f"You started on {_started(current)} and have {events}."
    dialogue.confirm(f"{summary} Start over from {day(settings.today)}? (a backup is kept)")
    with store.locked():
        raw = store.read_raw()
        hours = default_budget(roadmap)
        if raw is not None:
            with suppress(ProgressError):  # a file that cannot be read is reset all the same
                hours = budget_of(store.parse(raw)) or hours
        progress = new_progress(
            roadmap=roadmap,
            start=settings.today,
            hours_per_week=hours,
            at=settings.now,
            day=settings.today,
            roadmap_path=custom_path(path),
        )
        kept = store.save(progress, force=True)
    said = [f"Started over: your plan begins on {day(settings.today)} with {hours:g} h a week."]
    if kept is not None:
        said.append(
            f"The previous progress is kept as {kept}; "
            f"put it back with: fashioncoach restore {kept.name}"
        )
    return Outcome(said=said)
