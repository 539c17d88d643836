"""Where a problem is in a roadmap file: the line a TOML path such as
``phases[0].weeks[1].actions[2].skills[0]`` was written on, and the id of the action,
phase or skill it is in, so that a message points at something a person can find.

The TOML is read line by line for its table headers and keys, which is all a path
needs; a path that cannot be placed gets no line, never a wrong one.
"""

from __future__ import annotations

import re
from typing import Any

_HEADER = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.\-]+)\s*\]\]?\s*(?:#.*)?$")
_KEY = re.compile(r"^\s*([A-Za-z0-9_\-]+)\s*=")
_PART = re.compile(r"[A-Za-z0-9_\-]+|\[\d+\]")
_PATH = re.compile(r"[A-Za-z_][\w\-]*(?:\[\d+\]|\.[A-Za-z_][\w\-]*)*")
# What one entry of each array of tables is called in a message.
_KINDS = {
    "actions": "action",
    "phases": "phase",
    "skills": "skill",
    "transferable_skills": "transferable skill",
    "resources": "resource",
    "milestones": "milestone",
    "goals": "goal",
    "faq": "question",
}


def line_index(text: str) -> dict[str, int]:
    """Each table's and key's path (``phases[1].weeks[0].week``) and its line."""
    counts: dict[str, int] = {}
    lines: dict[str, int] = {}
    table = ""
    for number, line in enumerate(text.splitlines(), start=1):
        header = _HEADER.match(line)
        if header:
            prefix = ""
            names = header[2].split(".")
            for name in names[:-1]:
                key = f"{prefix}.{name}" if prefix else name
                count = counts.get(key)
                prefix = f"{key}[{count - 1}]" if count else key
            key = f"{prefix}.{names[-1]}" if prefix else names[-1]
            if header[1] == "[[":
                counts[key] = counts.get(key, 0) + 1
                table = f"{key}[{counts[key] - 1}]"
            else:
                table = key
            lines.setdefault(table, number)
            continue
        found = _KEY.match(line)
        if found:
            lines.setdefault(f"{table}.{found[1]}" if table else found[1], number)
    return lines


def is_path(text: str) -> bool:
    """Whether ``text`` is a TOML path (``skills[1].resources``), not a file-wide remark."""
    return _PATH.fullmatch(text) is not None


def line_of(index: dict[str, int], path: str) -> int | None:
    """The line of ``path``, or of the nearest table or key that holds it."""
    parts = _PART.findall(path)
    while parts:
        joined = "".join(part if part.startswith("[") else f".{part}" for part in parts)
        line = index.get(joined.lstrip("."))
        if line is not None:
            return line
        parts.pop()
    return None


def owner_of(data: dict[str, Any], path: str) -> str:
    """``action 'start-ux-course'``: the innermost entry with an id that ``path`` is in."""
    owner = ""
    value: Any = data
    kind = ""
    for part in _PART.findall(path):
        if part.startswith("["):
            if not isinstance(value, list):
                break
            position = int(part[1:-1])
            if position >= len(value):
                break
            value = value[position]
            entry_id = value.get("id") if isinstance(value, dict) else None
            if isinstance(entry_id, str) and kind in _KINDS:
                owner = f"{_KINDS[kind]} '{entry_id}'"
        else:
            if not isinstance(value, dict) or part not in value:
                break
            kind, value = part, value[part]
    return owner
