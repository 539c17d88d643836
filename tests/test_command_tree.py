"""The command tree that help and completion read is the CLI's own declarations.

What it proves: src/fashioncoach/app/command_tree.py is what docs/make_command_tree.py
makes of the Typer app now (so a new option is in help and completion at once), and
every command in the tree is one Typer runs.
"""

from __future__ import annotations

import importlib.util
from types import ModuleType

from typer.main import get_command

from fashioncoach.app.command_tree import COMMANDS
from fashioncoach.cli.main import app
from tests.helpers import REPO


def generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "make_command_tree", REPO / "docs" / "make_command_tree.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_tree_is_generated_from_the_current_cli() -> None:
    """Regenerate it with python docs/make_command_tree.py when this fails."""
    saved = (REPO / "src" / "fashioncoach" / "app" / "command_tree.py").read_text(encoding="utf-8")
    assert saved == generator().source(), (
        "app/command_tree.py is stale: regenerate it with: python docs/make_command_tree.py"
    )


def test_every_command_of_the_tree_is_one_typer_runs() -> None:
    """Each path of the tree names a command of the app, with the same options."""
    root = get_command(app)
    for path, entry in COMMANDS.items():
        command = root
        for word in path.split():
            command = command.commands[word]  # type: ignore[attr-defined]
        names = {name for parameter in command.params for name in parameter.opts}
        assert names == {name for option in entry["options"] for name in option["names"]} | {
            argument.name for argument in command.params if argument.param_type_name == "argument"
        }
