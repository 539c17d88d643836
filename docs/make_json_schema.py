"""Write the JSON Schema of every ``--json`` into docs/json-schema/: python docs/make_json_schema.py

Each schema is made from the view record the command prints (``render/json.py`` is
``json.dumps(as_plain(view))``): the record's annotations give the types, nested records
become ``$defs``, and the comments beside a field in its class become its description.
So a schema cannot drift from the program: tests/test_json_schema.py fails when a
checked-in schema is not what this script writes, and validates the real output of
every command against it.

A docs script: the commands never import it (nor anything it imports).
"""

from __future__ import annotations

import inspect
import json
import re
import sys
import types
import typing
from datetime import date
from pathlib import Path
from typing import Any

from fashioncoach.model.record import is_record, record_fields

DOCS = Path(__file__).resolve().parent
TARGET = DOCS / "json-schema"
DRAFT = "https://json-schema.org/draft/2020-12/schema"

# file name: (the view record, as "module:Class"; the title's command; the description)
SCHEMAS: dict[str, tuple[str, str, str]] = {
    "today": (
        "fashioncoach.views.today:TodayView",
        "today",
        "This week's checklist: the clock, the week's share of the forecast, the verdict "
        "(pace), milestones due soon and the next step.",
    ),
    "status": (
        "fashioncoach.views.status:StatusView",
        "status",
        "The one-line summary for prompts, as fields: every field status --format fills in, "
        "and the verdict with its advice (pace). Nothing is printed before a plan is started.",
    ),
    "report": (
        "fashioncoach.views.report:ReportView",
        "report",
        "Where the learner stands overall: tallies by phase and skill, the verdict, "
        "the burndown, reviews, notes and evidence.",
    ),
    "phase": (
        "fashioncoach.views.phase:PhaseView",
        "phase",
        "The current phase, week by week on the plan as it stands.",
    ),
    "phase-show": (
        "fashioncoach.views.phase:PhaseView",
        "phase show ID",
        "Any phase, week by week on the plan as it stands (the same shape as phase --json).",
    ),
    "timeline": (
        "fashioncoach.views.timeline:TimelineView",
        "timeline",
        "The phases on the plan's weeks and dates, the calendar of plan weeks, milestones, "
        "pauses and where every action falls.",
    ),
    "skills": (
        "fashioncoach.views.guide:SkillsView",
        "skills",
        "The skills the learner has, then the skills to learn with their resources.",
    ),
    "reality": (
        "fashioncoach.views.guide:RealityView",
        "reality",
        "The reality check, the salary figures and the FAQ.",
    ),
    "replan": (
        "fashioncoach.core.replan:Replan",
        "replan",
        "What replan would change (a dry run unless --yes): the finish before and after, "
        "each action that moves, and the open work week by week.",
    ),
    "portfolio": (
        "fashioncoach.views.portfolio:PortfolioView",
        "portfolio",
        "The learner's evidence, grouped by the skills it shows.",
    ),
    "about": (
        "fashioncoach.views.guide:AboutView",
        "about",
        "The guide's title, overview, what the plan covers and its closing word.",
    ),
    "hint": (
        "fashioncoach.views.guide:HintView",
        "hint ID",
        "What to do when stuck on one action: its hint, resources and the gaps in the "
        "skills of the learner's own it uses.",
    ),
}

# Where the views' annotations name their types (many only under TYPE_CHECKING).
MODULES = (
    "fashioncoach.model.roadmap",
    "fashioncoach.core.pace",
    "fashioncoach.core.own_pace",
    "fashioncoach.core.replan",
    "fashioncoach.views.lines",
    "fashioncoach.views.today",
    "fashioncoach.views.status",
    "fashioncoach.views.report",
    "fashioncoach.views.phase",
    "fashioncoach.views.timeline",
    "fashioncoach.views.guide",
    "fashioncoach.views.portfolio",
)

_FIELD = re.compile(r"^\s+(?P<name>[a-z_][a-z0-9_]*): [^#]*?(?:#\s*(?P<comment>.*))?$")
_COMMENT = re.compile(r"^\s+#\s?(?P<text>.*)$")


def _namespace() -> dict[str, Any]:
    import importlib

    names: dict[str, Any] = {}
    for module in MODULES:
        names.update(vars(importlib.import_module(module)))
    names["date"] = date
    return names


def _load(path: str) -> type:
    import importlib

    module, name = path.split(":")
    kind: type = getattr(importlib.import_module(module), name)
    return kind


def field_comments(kind: type) -> dict[str, str]:
    """The comment on each field's line, and the comment lines just above it."""
    comments: dict[str, str] = {}
    above: list[str] = []
    for line in inspect.getsource(kind).splitlines()[1:]:
        comment = _COMMENT.match(line)
        if comment:
            above.append(comment.group("text").strip())
            continue
        found = _FIELD.match(line)
        if found and not line.lstrip().startswith(("def ", "@")):
            text = " ".join([*above, found.group("comment") or ""]).strip()
            if text:
                comments[found.group("name")] = text
        above = []
    return comments


class Builder:
    """Schemas of record classes, each nested record once, in ``defs``."""

    def __init__(self) -> None:
        self.names = _namespace()
        self.defs: dict[str, dict[str, Any]] = {}
        self.seen: dict[str, type] = {}

    def record(self, kind: type) -> dict[str, Any]:
        hints = typing.get_type_hints(kind, globalns=self.names)
        comments = field_comments(kind)
        properties: dict[str, Any] = {}
        for name in record_fields(kind):
            schema = self.of(hints[name])
            if name in comments:
                schema = {"description": comments[name], **schema}
            properties[name] = schema
        result: dict[str, Any] = {"type": "object"}
        doc = inspect.getdoc(kind)
        if doc and kind.__doc__ is not None and "__doc__" in vars(kind):
            result["description"] = " ".join(doc.split())
        result |= {
            "properties": properties,
            "required": list(properties),
            "additionalProperties": False,
        }
        return result

    def ref(self, kind: type) -> dict[str, Any]:
        name = kind.__name__
        if self.seen.get(name, kind) is not kind:
            raise SystemExit(f"two records named {name}: {self.seen[name]} and {kind}")
        if name not in self.seen:
            self.seen[name] = kind
            self.defs[name] = {}  # a place first: a record that contains itself
            self.defs[name] = self.record(kind)
        return {"$ref": f"#/$defs/{name}"}

    def of(self, hint: Any) -> dict[str, Any]:
        origin = typing.get_origin(hint)
        arguments = typing.get_args(hint)
        if hint is type(None):
            return {"type": "null"}
        if hint is bool:
            return {"type": "boolean"}
        if hint is int:
            return {"type": "integer"}
        if hint is float:
            return {"type": "number"}
        if hint is str:
            return {"type": "string"}
        if hint is date:
            return {"type": "string", "format": "date"}
        if origin is typing.Literal:
            return {"enum": list(arguments)}
        if origin in (types.UnionType, typing.Union):
            return {"anyOf": [self.of(argument) for argument in arguments]}
        if origin is list or (origin is tuple and arguments[1:] == (Ellipsis,)):
            return {"type": "array", "items": self.of(arguments[0])}
        if origin is tuple:
            items = [self.of(argument) for argument in arguments]
            return {"type": "array", "prefixItems": items, "items": False}
        if origin is dict and arguments[0] is str:
            return {"type": "object", "additionalProperties": self.of(arguments[1])}
        if isinstance(hint, type) and is_record(hint):
            return self.ref(hint)
        raise SystemExit(f"no JSON Schema for the annotation {hint!r}")


def schema(name: str) -> dict[str, Any]:
    """The JSON Schema of ``fashioncoach COMMAND --json``, for docs/json-schema/NAME.json."""
    path, command, description = SCHEMAS[name]
    builder = Builder()
    root = builder.record(_load(path))
    root.pop("description", None)
    document: dict[str, Any] = {
        "$schema": DRAFT,
        "title": f"fashioncoach {command} --json",
        "description": description + " See docs/json.md.",
        **root,
    }
    if builder.defs:
        document["$defs"] = dict(sorted(builder.defs.items()))
    return document


def text(name: str) -> str:
    """The file's text: indented, keys in the records' order, one newline at the end."""
    return json.dumps(schema(name), indent=2, ensure_ascii=False) + "\n"


def main() -> None:
    TARGET.mkdir(exist_ok=True)
    for name in SCHEMAS:
        (TARGET / f"{name}.json").write_text(text(name), encoding="utf-8")
    stale = sorted(path.name for path in TARGET.glob("*.json") if path.stem not in SCHEMAS)
    for extra in stale:
        (TARGET / extra).unlink()
    print(f"Wrote {len(SCHEMAS)} schemas to {TARGET}", file=sys.stdout)


if __name__ == "__main__":
    main()
