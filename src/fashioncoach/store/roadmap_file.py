"""Reading a roadmap file: bytes, TOML, then pydantic and the cross-checks.

A file whose bytes were validated before comes back from the cache without TOML or
pydantic (see ``cache.py``). Every problem is collected before reporting, so that a
person fixing a guide sees them all at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from fashioncoach.errors import RoadmapError
from fashioncoach.model.limits import MAX_ROADMAP_BYTES
from fashioncoach.model.roadmap import Roadmap
from fashioncoach.store import cache
from fashioncoach.store.disk import read_regular
from fashioncoach.store.roadmap_checks import cross_check
from fashioncoach.store.trusted import build, plain
from fashioncoach.store.validation import ValidationProblems, validate

if TYPE_CHECKING:
    from pathlib import Path

FORMAT_VERSION = 1


def read_bytes(path: Path) -> bytes:
    """A roadmap file's bytes, or a RoadmapError that says why there are none."""
    if path.is_dir():
        raise RoadmapError(path, ["is a folder, not a roadmap file"])
    try:
        return read_regular(path, limit=MAX_ROADMAP_BYTES)
    except FileNotFoundError:
        raise RoadmapError(path, ["no such file"]) from None
    except OSError as error:
        raise RoadmapError(path, [f"cannot be read ({error.strerror or error})"]) from None


def parse_toml(raw: bytes, path: Path) -> dict[str, Any]:
    """The roadmap's TOML, or a RoadmapError; a plain-text guide gets told how to import it."""
    from fashioncoach.store.toml_text import TomlProblem, decode, parse

    try:
        text = decode(raw)
        return parse(text)
    except TomlProblem as problem:
        if _looks_like_guide(raw):
            raise RoadmapError(
                path,
                [
                    "this looks like a plain-text guide; turn it into a roadmap with: "
                    f"fashioncoach roadmap import {path}"
                ],
            ) from None
        where = f"{problem.where}: " if problem.where else ""
        raise RoadmapError(path, [f"{where}{problem.reason}"]) from None


def _looks_like_guide(raw: bytes) -> bool:
    from fashioncoach.store.guide_import import looks_like_guide

    return looks_like_guide(raw.decode("utf-8-sig", errors="replace"))


def load_roadmap(path: Path) -> Roadmap:
    """Read, validate and cross-check a roadmap file (or rebuild it from the cache)."""
    raw = read_bytes(path)
    cached = cache.lookup("roadmap", path, raw)
    if cached is not None:
        return build(Roadmap, cached)
    data = _older_salary_keys(parse_toml(raw, path))
    roadmap = validate_roadmap(data, path)
    cache.store("roadmap", path, raw, plain(data))
    return roadmap


def _older_salary_keys(data: dict[str, Any]) -> dict[str, Any]:
    """A cut given as ``initial_cut_min/max_percent`` (positive) becomes the signed
    ``change_min/max_percent`` the format now uses; both at once is a problem."""
    salary = data.get("salary")
    old = ("initial_cut_min_percent", "initial_cut_max_percent")
    if not isinstance(salary, dict) or not any(key in salary for key in old):
        return data
    if any(key in salary for key in ("change_min_percent", "change_max_percent")):
        return data  # pydantic reports the old keys as unknown
    converted = {key: value for key, value in salary.items() if key not in old}
    low, high = salary.get(old[0]), salary.get(old[1])
    if isinstance(high, int) and not isinstance(high, bool):
        converted["change_min_percent"] = -high
    if isinstance(low, int) and not isinstance(low, bool):
        converted["change_max_percent"] = -low
    return {**data, "salary": converted}


def validate_roadmap(data: dict[str, Any], path: Path) -> Roadmap:
    """Validate parsed TOML into a Roadmap, or raise a RoadmapError listing every problem."""
    data = _older_salary_keys(data)
    try:
        roadmap = validate(Roadmap, data)
    except ValidationProblems as error:
        raise RoadmapError(path, error.problems) from None
    if roadmap.format_version != FORMAT_VERSION:
        raise RoadmapError(
            path,
            [
                f"format_version: this fashioncoach reads format {FORMAT_VERSION}, "
                f"not {roadmap.format_version}"
            ],
        )
    problems = cross_check(roadmap)
    if problems:
        raise RoadmapError(path, problems)
    return roadmap
