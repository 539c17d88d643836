"""Roadmaps of the learner's own: turn a plain-text guide into one (``roadmap import``),
remember which to follow (``roadmap use``, ``roadmap list``), and check one
(``roadmap validate``)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from fashioncoach import paths
from fashioncoach.app.output import echo
from fashioncoach.errors import BadArgument, FashionCoachError
from fashioncoach.render.text import plural

if TYPE_CHECKING:
    from fashioncoach.app.session import Settings
    from fashioncoach.model.roadmap import Roadmap


def import_guide(guide: Path, *, output: Path | None, force: bool, hours: float | None) -> Path:
    """Write the roadmap of the plain-text ``guide``; nothing is written on any error."""
    from fashioncoach.app import outfile
    from fashioncoach.model.limits import MAX_ROADMAP_BYTES
    from fashioncoach.store.disk import os_reason, read_regular
    from fashioncoach.store.guide_import import (
        build_roadmap,
        default_file_name,
        parse_guide,
        to_toml,
    )
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
    parsed = parse_guide(text, source=str(guide))
    data = build_roadmap(parsed, **({"hours_per_week": hours} if hours is not None else {}))
    target = output if output is not None else Path(default_file_name(parsed))
    validate_roadmap(data, target)  # a roadmap the importer writes always validates
    if target.exists() and not force:
        raise BadArgument(
            f"{target} exists already; choose another name with -o FILE, or replace it with --force"
        )
    content = to_toml(data, source_name=guide.name).encode("utf-8")
    outfile.write(target, content, private=False, protected=outfile.own_data())
    return target


def describe(roadmap: Roadmap) -> str:
    """``5 phases, 24 weeks, 91 actions, 244.5 h``."""
    actions = sum(1 for _ in roadmap.actions())
    weeks = plural(roadmap.overview.duration_weeks, "week")
    return (
        f"{plural(len(roadmap.phases), 'phase')}, {weeks}, "
        f"{plural(actions, 'action')}, {roadmap.hours():g} h"
    )


def _write_roadmaps(active: Path | None, known: list[Path]) -> None:
    from fashioncoach.store.disk import atomic_write, private_folder

    lines = ["# The roadmaps you follow: written by fashioncoach roadmap use."]
    if active is not None:
        lines.append(f"active = {active}")
    lines += [f"known = {path}" for path in known]
    target = paths.roadmaps_file()
    private_folder(target.parent)
    atomic_write(target, ("\n".join(lines) + "\n").encode("utf-8"))


def use_roadmap(path: Path | None) -> Roadmap | None:
    """Make ``path`` the roadmap every command follows (None: the bundled one again)."""
    from fashioncoach.store.roadmap_file import load_roadmap

    _, known = paths.remembered_roadmaps()
    if path is None:
        _write_roadmaps(None, known)
        return None
    resolved = Path(os.path.abspath(path.expanduser()))
    roadmap = load_roadmap(resolved)  # only a valid roadmap is remembered
    if resolved not in known:
        known.append(resolved)
    _write_roadmaps(resolved, known)
    return roadmap


def list_roadmaps(settings: Settings) -> None:
    """The bundled roadmap and the remembered ones, marking the one in use."""
    from fashioncoach.errors import RoadmapError
    from fashioncoach.store.roadmap_file import load_roadmap

    in_use = Path(os.path.abspath(paths.selected_roadmap(settings.roadmap_option)))
    _, known = paths.remembered_roadmaps()
    rows = [paths.bundled_roadmap(), *known]
    echo("Roadmaps (* the one in use):")
    for path in rows:
        mark = "*" if Path(os.path.abspath(path)) == in_use else " "
        label = "bundled" if path == paths.bundled_roadmap() else str(path)
        try:
            roadmap = load_roadmap(path)
        except RoadmapError as problem:
            first = str(problem).splitlines()[0]
            echo(f"{mark} {label}: cannot be used ({first})")
            continue
        echo(f"{mark} {roadmap.overview.title} ({roadmap.id}): {describe(roadmap)}")
        echo(f"  {label}")
    if in_use not in [Path(os.path.abspath(path)) for path in rows]:
        echo(f"* {in_use} (given with --roadmap or {paths.ROADMAP_ENV})")
    echo("Switch with: fashioncoach roadmap use PATH (or --bundled)")
