"""The commands that look after the progress data: ``doctor``, ``restore`` and ``reset``.

``doctor`` and ``restore --list`` only read; ``restore`` and ``reset`` hold the lock
while they write, and both keep the file they replace as a backup.
"""

from __future__ import annotations

from typing import Annotated

import typer

from fashioncoach.cli.common import TerminalDialogue, YesOption, friendly_errors, settings_of, shown

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
    from fashioncoach.app import data

    shown(data.doctor(settings_of(ctx), fix=fix))


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
    from fashioncoach.app import data

    settings = settings_of(ctx)
    if list_backups:
        shown(data.list_backups(settings, backup=backup))
    else:
        shown(data.restore(settings, backup=backup))


@app.command()
@friendly_errors
def reset(ctx: typer.Context, yes: YesOption = False) -> None:
    """Start over with a new plan from today.

    The current progress is kept as a backup.

    Works on a file that cannot be read, too.

    \b
    Example: fashioncoach reset --yes
    """

    from fashioncoach.app import data

    shown(data.reset(settings_of(ctx), TerminalDialogue(yes=yes)))
