"""Roadmaps of the learner's own: turn a plain-text guide into one (``roadmap import``),
remember which to follow (``roadmap use``, ``roadmap list``), and check one
(``roadmap validate``)."""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fashioncoach import paths
from fashioncoach.app.outcome import Outcome
from fashioncoach.errors import BadArgument, FashionCoachError
from fashioncoach.render.text import one_line, plural

if TYPE_CHECKING:
    from collections.abc import Iterator

    from fashioncoach.app.session import Settings
    from fashioncoach.model.roadmap import Roadmap


def import_guide(
    guide: Path, *, output: Path | None, force: bool, hours: float | None
) -> tuple[Path, tuple[str, ...]]:
    """Write the roadmap of the ``guide`` (plain text or Markdown), and return where, with
    the notes and warnings to show; nothing is written on any error, a roadmap over the
    size limit included."""
    from fashioncoach.app import outfile
    from fashioncoach.guides.importer import DEFAULT_HOURS, import_text
    from fashioncoach.model.limits import MAX_ROADMAP_BYTES
    from fashioncoach.store.disk import os_reason, read_regular
    from fashioncoach.store.roadmap_file import validate_roadmap

    try:
        raw = read_regular(guide, limit=MAX_ROADMAP_BYTES)
    except FileNotFoundError:
        raise FashionCoachError(f"{guide}: no such file") from None
    except OSError as problem:
        raise FashionCoachError(f"{guide}: cannot be read ({os_reason(problem)})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as problem:
        raise FashionCoachError(f"{guide}: not UTF-8 text (byte {problem.start})") from None
    imported = import_text(
        text,
        source=str(guide),
        source_name=guide.name,
        hours_per_week=DEFAULT_HOURS if hours is None else hours,
    )
    target = output if output is not None else Path(imported.file_name)
    content = imported.toml.encode("utf-8")
    if len(content) > MAX_ROADMAP_BYTES:
        raise FashionCoachError(too_large(guide, imported.data, len(content)))
    validate_roadmap(imported.data, target)  # a roadmap the importer writes always validates
    protected = outfile.own_data()  # --force never replaces the roadmap in use either
    outfile.check_output(target, protected=protected)
    if target.exists() and not force:
        raise BadArgument(
            f"{target} exists already; choose another name with -o FILE, or replace it with --force"
        )
    outfile.write(target, content, private=False, protected=protected)
    told = [f"Note: {note}" for note in imported.notes]
    told += [f"Warning: {warning}" for warning in imported.warnings]
    return target, tuple(told)


def too_large(guide: Path, data: dict[str, Any], size: int) -> str:
    """Why a guide's roadmap is refused, in what the learner wrote and exact sizes."""
    from fashioncoach.model.limits import MAX_ROADMAP_BYTES, size_text

    phases = data["phases"]
    goals = sum(len(phase["goals"]) for phase in phases)
    actions = sum(len(week["actions"]) for phase in phases for week in phase["weeks"])

    def counted(count: int, noun: str) -> str:
        return f"{count:,} {noun}" + ("" if count == 1 else "s")

    return (
        f"{guide}: its {counted(len(phases), 'phase')} and {counted(goals, 'goal')} make "
        f"{counted(actions, 'action')}, a roadmap of {size:,} bytes ({size_text(size)}); "
        f"a roadmap may have at most {MAX_ROADMAP_BYTES:,} bytes "
        f"({size_text(MAX_ROADMAP_BYTES)}). Nothing was written: split the guide into "
        f"{-(-size // MAX_ROADMAP_BYTES)} guides of fewer phases and import each."
    )


def describe(roadmap: Roadmap) -> str:
    """``5 phases, 24 weeks, 91 actions, 244.5 h``."""
    actions = sum(1 for _ in roadmap.actions())
    weeks = plural(roadmap.overview.duration_weeks, "week")
    return (
        f"{plural(len(roadmap.phases), 'phase')}, {weeks}, "
        f"{plural(actions, 'action')}, {roadmap.hours():g} h"
    )


@contextmanager
def _remembering() -> Iterator[tuple[Path | None, list[Path]]]:
    """The roadmaps remembered in ``roadmaps.conf``, read and then rewritten under its
    lock (``roadmaps.conf.lock``), so two ``roadmap use`` at once keep both entries."""
    from fashioncoach.store.disk import os_reason, private_folder
    from fashioncoach.store.lock import FileLock, LockTimeout, lock_timeout

    conf = paths.roadmaps_file()
    timeout = lock_timeout()
    lock = FileLock(paths.lock_file(conf))
    try:
        private_folder(conf.parent)
        lock.acquire(timeout)
    except LockTimeout:
        raise FashionCoachError(
            f"{conf}: another fashioncoach was still changing it after {timeout:g} s, so "
            "nothing was changed; try again"
        ) from None
    except OSError as error:
        raise FashionCoachError(
            f"{paths.lock_file(conf)}: cannot take the lock ({os_reason(error)})"
        ) from None
    try:
        yield paths.remembered_roadmaps()
    finally:
        lock.release()


def _write_roadmaps(active: Path | None, known: list[Path]) -> None:
    """Replace ``roadmaps.conf`` whole (private, atomic), under ``_remembering``'s lock."""
    from fashioncoach.store.disk import atomic_write, os_reason

    lines = ["# The roadmaps you follow: written by fashioncoach roadmap use."]
    if active is not None:
        lines.append(f"active = {active}")
    lines += [f"known = {path}" for path in known]
    target = paths.roadmaps_file()
    try:
        atomic_write(target, ("\n".join(lines) + "\n").encode("utf-8"))
    except OSError as error:
        raise FashionCoachError(
            f"{target}: could not save ({os_reason(error)}); nothing changed"
        ) from None


def _followed_with_id(roadmap: Roadmap, path: Path, known: list[Path]) -> str | None:
    """The roadmap already followed with ``roadmap``'s id, when it is another file than
    ``path``: the one its progress was made with, else a remembered one, else the bundled
    one (whose id no other file may take). None when ``path`` may be followed."""
    from fashioncoach.app.session import custom_path, store_for
    from fashioncoach.errors import RoadmapError
    from fashioncoach.store.roadmap_file import load_roadmap

    bundled = "the bundled roadmap"
    try:
        progress = store_for(roadmap).load()
    except FashionCoachError:
        progress = None  # doctor tells what is wrong with it; it does not decide this
    if progress is not None:
        recorded = progress.roadmap_path
        if recorded == custom_path(path) or (recorded and not Path(recorded).exists()):
            return None  # the progress is this file's (or its file moved here)
        return recorded or bundled
    for other in known:
        if other == path:
            continue
        try:
            if load_roadmap(other).id == roadmap.id:
                return str(other)
        except RoadmapError:
            continue
    if path != paths.bundled_roadmap() and load_roadmap(paths.bundled_roadmap()).id == roadmap.id:
        return bundled
    return None


def use_roadmap(path: Path | None) -> Roadmap | None:
    """Make ``path`` the roadmap every command follows (None: the bundled one again).

    Refused, with nothing changed, when another roadmap with the same id is already
    followed: the two would share one progress file."""
    from fashioncoach.app.session import read_roadmap as load_roadmap
    from fashioncoach.errors import CoachError

    if path is None:
        with _remembering() as (_, known):
            _write_roadmaps(None, known)
        return None
    resolved = Path(os.path.abspath(path.expanduser()))
    roadmap = load_roadmap(resolved)  # only a valid roadmap is remembered
    with _remembering() as (_, known):
        other = _followed_with_id(roadmap, resolved, known)
        if other is not None:
            raise CoachError(
                f"{resolved}: has the id '{roadmap.id}' of {other}, which you already "
                "follow, so the two would share one progress file; nothing changed: give "
                f"{resolved.name} an overview.id of its own"
            )
        if resolved not in known:
            known.append(resolved)
        _write_roadmaps(resolved, known)
    return roadmap


def list_roadmaps(settings: Settings) -> Outcome:
    """``roadmap list``: the bundled roadmap and the remembered ones, marking the one
    in use."""
    from fashioncoach.app.session import read_roadmap as load_roadmap
    from fashioncoach.errors import RoadmapError

    in_use = Path(os.path.abspath(paths.selected_roadmap(settings.roadmap_option)))
    _, known = paths.remembered_roadmaps()
    rows = [paths.bundled_roadmap(), *known]
    said = ["Roadmaps (* the one in use):"]
    for path in rows:
        mark = "*" if Path(os.path.abspath(path)) == in_use else " "
        label = "bundled" if path == paths.bundled_roadmap() else str(path)
        try:
            roadmap = load_roadmap(path)
        except RoadmapError as problem:
            first = str(problem).splitlines()[0]
            said.append(one_line(f"{mark} {label}: cannot be used ({first})"))
            continue
        said.append(
            one_line(f"{mark} {roadmap.overview.title} ({roadmap.id}): {describe(roadmap)}")
        )
        said.append(one_line(f"  {label}"))
    if in_use not in [Path(os.path.abspath(path)) for path in rows]:
        said.append(f"* {in_use} (given with --roadmap or {paths.ROADMAP_ENV})")
    said.append("Switch with: fashioncoach roadmap use PATH (or --bundled)")
    return Outcome(said=said)


def validate(path: Path, *, drafts: bool) -> Outcome:
    """``roadmap validate``: a one-line summary of a valid roadmap (its drafted actions
    listed with ``drafts``); every problem of one that is not, as its error."""
    from fashioncoach.app.session import read_roadmap as load

    roadmap = load(path.expanduser())
    drafted = [action for _, _, action in roadmap.actions() if action.draft]
    said = [
        f"{path}: valid. '{roadmap.overview.title}': {describe(roadmap)}, "
        f"{plural(len(roadmap.resources), 'resource')}, "
        f"{plural(len(roadmap.milestones), 'milestone')}"
        + (f", {len(drafted)} drafted by roadmap import" if drafted else "")
    ]
    if drafts:
        if not drafted:
            said.append("No action is marked draft = true.")
        said += [f"  draft: {action.id}: {action.title}" for action in drafted]
        if drafted:
            said.append("Refine each, then delete its draft = true line.")
    return Outcome(said=said)


def import_roadmap(
    guide: Path, *, output: Path | None, force: bool, hours: float | None
) -> Outcome:
    """``roadmap import``: the roadmap of a guide written, and how to follow it."""
    from fashioncoach.app.session import read_roadmap as load

    written, notes = import_guide(guide.expanduser(), output=output, force=force, hours=hours)
    roadmap = load(written)
    budget = roadmap.overview.hours_per_week
    return Outcome(
        said=[
            *notes,
            f"Wrote {written}: '{roadmap.overview.title}', {describe(roadmap)}, drafted for "
            f"{budget:g} h a week; every action is a draft (draft = true) to refine.\n"
            f"Follow it with: fashioncoach roadmap use {written}",
        ]
    )


def follow(settings: Settings, *, path: Path | None) -> Outcome:
    """``roadmap use``: follow ``path`` from now on (None: the bundled one again), and
    what to run next in the state its progress is in."""
    from fashioncoach.app.session import followed_hint

    roadmap = use_roadmap(path)
    hint = followed_hint(roadmap, path, settings)
    if roadmap is None:
        return Outcome(said=[f"Following the bundled roadmap again. {hint}"])
    return Outcome(said=[f"Following '{roadmap.overview.title}' ({describe(roadmap)}).\n{hint}"])
