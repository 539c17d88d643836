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
from fashioncoach.store.disk import NotARegularFile, read_regular
from fashioncoach.store.trusted import build, plain

if TYPE_CHECKING:
    from pathlib import Path

FORMAT_VERSION = 1


def read_bytes(path: Path) -> bytes:
    """A roadmap file's bytes, or a RoadmapError that says why there are none."""
    try:
        return read_regular(path, limit=MAX_ROADMAP_BYTES)
    except FileNotFoundError:
        raise RoadmapError(path, ["no such file"]) from None
    except (IsADirectoryError, NotARegularFile) as error:
        if isinstance(error, IsADirectoryError) or error.kind == "a folder":
            raise RoadmapError(path, ["is a folder, not a roadmap file"]) from None
        raise RoadmapError(path, [f"cannot be read ({error.strerror})"]) from None
    except OSError as error:
        raise RoadmapError(path, [f"cannot be read ({error.strerror or error})"]) from None


def parse_toml(raw: bytes, path: Path) -> dict[str, Any]:
    """The roadmap's TOML, or a RoadmapError (the app tells a guide how to import it)."""
    from fashioncoach.store.toml_text import TomlProblem, decode, parse

    try:
        text = decode(raw)
        return parse(text)
    except TomlProblem as problem:
        where = f"{problem.where}: " if problem.where else ""
        reason = problem.reason
        if "cannot overwrite a value" in reason.lower():
            reason += (
                "; a key is given twice in one table, most often because a "
                "[[phases.weeks]] or [[phases.weeks.actions]] header is missing above it"
            )
        raise RoadmapError(path, [f"{where}{reason}"]) from None


def load_roadmap(path: Path) -> Roadmap:
    """Read, validate and cross-check a roadmap file (or rebuild it from the cache)."""
    raw = read_bytes(path)
    cached = cache.lookup("roadmap", path, raw)
    if cached is not None:
        return build(Roadmap, cached)
    data = _older_salary_keys(parse_toml(raw, path))
    try:
        roadmap = validate_roadmap(data, path)
    except RoadmapError as error:
        raise _located(error, raw, data) from None
    cache.store("roadmap", path, raw, plain(data))
    return roadmap


def _located(error: RoadmapError, raw: bytes, data: dict[str, Any]) -> RoadmapError:
    """The same problems, each with the line it is on and the entry it is in."""
    from fashioncoach.store.roadmap_lines import is_path, line_index, line_of, owner_of
    from fashioncoach.store.toml_text import decode

    index = line_index(decode(raw))
    places = []
    for problem in error.problems:
        where = problem.split(": ", 1)[0]
        if not is_path(where):
            places.append("")
            continue
        line, owner = line_of(index, where), owner_of(data, where)
        places.append((f":{line}" if line else "") + (f" ({owner})" if owner else ""))
    return RoadmapError(error.path, error.problems, places)


def _explained(problems: list[str]) -> list[str]:
    """Pydantic's problems, with the one cause of a missing table header said once.

    A week's keys inside an action, or an action's keys inside a week, mean the header
    between them is missing: one message for the header, not one for each key.
    """
    import re

    from fashioncoach.model.record import record_fields
    from fashioncoach.model.roadmap import Action

    action_keys = set(record_fields(Action))
    explained: list[str] = []
    grouped: dict[str, list[str]] = {}
    for problem in problems:
        week_key = re.fullmatch(r"(phases\[\d+\]\.weeks\[\d+\])\.(\w+): unknown key", problem)
        if week_key and week_key[2] in action_keys:
            if week_key[1] not in grouped:
                grouped[week_key[1]] = []
                explained.append(week_key[1])  # a place held for the one message
            grouped[week_key[1]].append(week_key[2])
            continue
        if re.fullmatch(
            r"phases\[\d+\]\.weeks\[\d+\]\.actions\[\d+\]\.(week|theme): unknown key", problem
        ):
            problem += "; a new week needs its [[phases.weeks]] header above this line"
        explained.append(problem)
    return [
        f"{item}.{grouped[item][0]}: {', '.join(grouped[item])} are an action's keys; the "
        "action needs its [[phases.weeks.actions]] header above them"
        if item in grouped
        else item
        for item in explained
    ]


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
    # Imported here: a roadmap from the cache (every command but the first) needs neither.
    from fashioncoach.store.roadmap_checks import cross_check
    from fashioncoach.store.validation import ValidationProblems, validate

    data = _older_salary_keys(data)
    try:
        roadmap = validate(Roadmap, data)
    except ValidationProblems as error:
        raise RoadmapError(path, _explained(error.problems)) from None
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
