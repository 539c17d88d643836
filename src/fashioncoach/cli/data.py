"""The commands that look after the progress data: ``doctor``, ``restore`` and ``reset``.

``doctor`` and ``restore --list`` only read; ``restore`` and ``reset`` hold the lock
while they write, and both keep the file they replace as a backup.
"""

from __future__ import annotations

from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from fashioncoach import paths
from fashioncoach.app.output import echo
from fashioncoach.app.session import custom_path, load_roadmap, store_for
from fashioncoach.cli.common import YesOption, confirm, friendly_errors, settings_of
from fashioncoach.errors import BadArgument, ProgressError
from fashioncoach.render.text import day, plural

if TYPE_CHECKING:
    from fashioncoach.model.progress import Progress
    from fashioncoach.store.backups import Backup
    from fashioncoach.store.progress_store import ProgressStore

app = typer.Typer()


@app.command()
@friendly_errors
def doctor(
    ctx: typer.Context,
    fix: Annotated[
        bool,
        typer.Option(
            "--fix",
            help="Delete what stopped saves and cache writes left, and unusable cache entries.",
        ),
    ] = False,
) -> None:
    """Check your data and say how to fix what is wrong.

    Looks at the progress file, its lock and backups, the roadmap, roadmaps.conf and
    the cache.

    Reads only: it never changes a file, unless --fix (which never touches your
    progress, its backups or a roadmap). Exit code 1 when it finds a problem.

    \b
    Example: fashioncoach doctor --fix
    """
    from fashioncoach.app.doctor import examine

    findings = examine(settings_of(ctx), fix=fix)
    for finding in findings:
        echo(f"{finding.level:<8} {finding.topic}: {finding.text}")
        if finding.fix:
            echo(f"{'':<8} fix: {finding.fix}")
    problems = sum(1 for finding in findings if finding.level == "problem")
    warnings = sum(1 for finding in findings if finding.level == "warning")
    if problems:
        echo(f"{problems} problem(s) found: fix them as shown, then run fashioncoach doctor again.")
        raise typer.Exit(1)
    echo("No problems found." + (f" {warnings} warning(s) to look at." if warnings else ""))


def _store_of_backup(name: str) -> ProgressStore:
    """The progress file a backup belongs to, from its name alone (no roadmap needed)."""
    from fashioncoach.store.backups import parse_backup_name
    from fashioncoach.store.progress_store import ProgressStore

    parsed = parse_backup_name(Path(name).name)
    if not name.strip() or parsed is None:
        raise BadArgument(
            f"'{name}' is not the name of a backup (like ROADMAP-20261125T101500123456Z.toml); "
            "see them with: fashioncoach restore --list"
        )
    return ProgressStore(paths.progress_file(parsed[0]), command="restore")


def _started(progress: Progress) -> str:
    from fashioncoach.core.log import started_on

    first = started_on(progress)
    return day(first) if first is not None else "never"


def _list_backups(store: ProgressStore) -> None:
    backups = store.backup_list()
    if not backups:
        echo(f"No backups of {store.path.name} yet in {store.backups}.")
        return
    echo(f"Backups of {store.path} in {store.backups}, newest first:")
    for backup in backups:
        try:
            progress = store.parse_backup(backup)
        except ProgressError:
            summary = "cannot be read"
        else:
            summary = f"started {_started(progress)}, {plural(len(progress.events), 'event')}"
        saved = backup.saved.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        kept = " (from before a schema upgrade; always kept)" if backup.upgrade else ""
        before = (
            f", before fashioncoach {backup.command.replace('-', ' ')}" if backup.command else ""
        )
        echo(f"  {backup.name}  saved {saved}{before}: {summary}{kept}")
    echo(f"Put one back with: fashioncoach restore {backups[0].name}")


@app.command()
@friendly_errors
def restore(
    ctx: typer.Context,
    backup: Annotated[
        str | None,
        typer.Argument(
            help="A backup's file name, as --list shows it; default the newest.",
            metavar="BACKUP",
            show_default=False,
        ),
    ] = None,
    list_backups: Annotated[
        bool, typer.Option("--list", help="List the backups and change nothing.")
    ] = False,
) -> None:
    """Put a backup of your progress back.

    The current file is kept as a backup too.

    Without BACKUP, the newest one. See them all with --list.

    \b
    Example: fashioncoach restore --list
    """
    if backup is not None:
        store = _store_of_backup(backup)
    else:
        roadmap, _ = load_roadmap(settings_of(ctx))
        store = store_for(roadmap)
    if list_backups:
        _list_backups(store)
        return
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
    echo(
        f"Restored {chosen.name}: started {_started(restored)}, "
        f"{plural(len(restored.events), 'event')}."
    )
    if kept is not None:
        echo(
            f"The file it replaced is kept as {kept.name}; "
            f"undo with: fashioncoach restore {kept.name}"
        )


@app.command()
@friendly_errors
def reset(ctx: typer.Context, yes: YesOption = False) -> None:
    """Start over with a new plan from today.

    The current progress is kept as a backup.

    Works on a file that cannot be read, too.

    \b
    Example: fashioncoach reset --yes
    """

    settings = settings_of(ctx)
    roadmap, path = load_roadmap(settings)
    store = store_for(roadmap)
    raw = store.read_raw()
    if raw is None and not store.backup_list():
        from fashioncoach.app.session import start_command

        echo(f"Nothing to reset: no plan started yet. Start with: {start_command(roadmap, path)}")
        return
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
    confirm(f"{summary} Start over from {day(settings.today)}? (a backup is kept)", yes=yes)
    with store.locked():
        raw = store.read_raw()
        from fashioncoach.core.log import budget_of
        from fashioncoach.core.packing import default_budget

        hours = default_budget(roadmap)
        if raw is not None:
            with suppress(ProgressError):  # a file that cannot be read is reset all the same
                hours = budget_of(store.parse(raw)) or hours
        from fashioncoach.core.changes import new_progress

        progress = new_progress(
            roadmap=roadmap,
            start=settings.today,
            hours_per_week=hours,
            at=settings.now,
            day=settings.today,
            roadmap_path=custom_path(path),
        )
        kept = store.save(progress, force=True)
    echo(f"Started over: your plan begins on {day(settings.today)} with {hours:g} h a week.")
    if kept is not None:
        echo(
            f"The previous progress is kept as {kept}; "
            f"put it back with: fashioncoach restore {kept.name}"
        )
