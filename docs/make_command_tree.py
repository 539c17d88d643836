"""Write src/fashioncoach/app/command_tree.py from the CLI itself:
python docs/make_command_tree.py

The Typer app is where every command, option and argument is declared. Help,
``help COMMAND`` and shell completion must not wait for Typer to build its parser
(about 0.1 s a run), so they read this plain copy of the declarations instead.
tests/test_command_tree.py fails when the copy and the app disagree.
"""

from __future__ import annotations

import enum
import inspect
import sys
import typing
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "src" / "fashioncoach" / "app" / "command_tree.py"
HEADER = '''# ruff: noqa: E501
"""The command tree: every command, option and argument of the CLI as plain data.

Generated from the Typer app by docs/make_command_tree.py; do not edit by hand
(tests/test_command_tree.py fails when this copy and the app disagree). Help and
shell completion read it, so they never import Typer. The shapes are in
``app/command_types.py``.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from fashioncoach.app.command_types import Command

'''


def _choices(annotation: Any) -> list[str]:
    if typing.get_origin(annotation) is list:
        annotation = typing.get_args(annotation)[0]
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return [str(member.value) for member in annotation]
    return []


def _is_path(annotation: Any) -> bool:
    return annotation is Path or (isinstance(annotation, type) and issubclass(annotation, Path))


def _bound(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) else None


def _parameter(parameter: Any) -> dict[str, Any]:
    annotation = parameter.type_descriptor.annotation
    base = {
        "help": inspect.cleandoc(parameter.help or ""),
        "choices": _choices(annotation),
        "path": _is_path(annotation),
        "number": annotation in (int, float),
        "low": _bound(parameter.min),
        "high": _bound(parameter.max),
        "hidden": bool(parameter.hidden),
    }
    if parameter.param_type_name == "argument":
        return {
            "name": parameter.metavar or parameter.name.upper(),
            "many": parameter.nargs == -1,
            "required": bool(parameter.required),
            **base,
        }
    flag = bool(parameter.is_flag)
    return {
        "names": sorted([*parameter.opts, *parameter.secondary_opts], key=len),
        "value": "" if flag else (parameter.metavar or parameter.name.upper()),
        "many": bool(parameter.multiple),
        **base,
    }


def tree() -> dict[str, dict[str, Any]]:
    """Every command by its path (``""`` is the program, ``"phase show"`` a subcommand)."""
    import typer.main

    from fashioncoach.cli.main import app

    commands: dict[str, dict[str, Any]] = {}

    def visit(command: Any, path: str) -> None:
        text = inspect.cleandoc(command.help or "")
        children = getattr(command, "commands", {})
        commands[path] = {
            "summary": text.split("\n\n", 1)[0].replace("\n", " "),
            "help": text,
            "hidden": bool(command.hidden),
            # A group that does something without a subcommand (``phase``).
            "runs_alone": bool(getattr(command, "invoke_without_command", False)) or not path,
            "options": [
                _parameter(parameter)
                for parameter in command.params
                if parameter.param_type_name == "option"
            ],
            "arguments": [
                _parameter(parameter)
                for parameter in command.params
                if parameter.param_type_name == "argument"
            ],
            "commands": list(children),
        }
        for name, child in children.items():
            visit(child, f"{path} {name}".strip())

    visit(typer.main.get_command(app), "")
    return commands


def _entry(command: dict[str, Any]) -> list[str]:
    lines = [f"        'hidden': {command['hidden']!r}, 'runs_alone': {command['runs_alone']!r},"]
    for key, value in command.items():
        if key in ("hidden", "runs_alone"):
            continue
        if isinstance(value, list) and value and isinstance(value[0], dict):
            lines.append(f"        {key!r}: [")
            lines += [f"            {item!r}," for item in value]
            lines.append("        ],")
        else:
            lines.append(f"        {key!r}: {value!r},")
    return lines


def source() -> str:
    """The text of app/command_tree.py, as the app stands now: one line a parameter."""
    lines = ["COMMANDS: dict[str, Command] = {"]
    for path, command in tree().items():
        lines += [f"    {path!r}: {{", *_entry(command), "    },"]
    lines.append("}")
    return HEADER + "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    TARGET.write_text(source(), encoding="utf-8")
    print(f"Wrote {TARGET}")
