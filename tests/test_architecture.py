"""The shape of the house holds: no module imports a layer above it, and no import cycle.

Layers, bottom to top (docs/architecture.md): the base modules (errors, text_rules,
reading, wording) and paths; model; guides (reading career guides: model and the base
modules only); store and core (side by side: neither imports the other, nor the
guides); views; render; app; cli; launch; __main__.
Read from the code with ``ast``: every import counts, those inside functions and under
``TYPE_CHECKING`` too, so a lazy import cannot hide an arrow that runs upward.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "fashioncoach"

# The base modules every layer may import: they import nothing of ours (but errors).
BASE = {"errors", "text_rules", "reading", "wording"}

# What each layer may import, itself included.
ALLOWED: dict[str, set[str]] = {
    "errors": {"errors"},
    "text_rules": {"text_rules"},
    "reading": {"reading"},
    "wording": {"wording"},
    "paths": {"paths", *BASE},
    "version": {"version"},
    "model": {"model", *BASE},
    "guides": {"guides", "model", *BASE},
    "store": {"store", "model", "paths", "version", *BASE},
    "core": {"core", "model", *BASE},
    "views": {"views", "core", "model", *BASE},
    "render": {"render", "views", "core", "model", *BASE},
    "app": {
        "app",
        "render",
        "views",
        "core",
        "store",
        "guides",
        "model",
        "paths",
        "version",
        *BASE,
    },
    # The CLI parses and hands over: use cases (app), their renderers (render), the
    # limits its declarations state (model), paths and errors, nothing more.
    "cli": {"cli", "app", "render", "model", "paths", "version", "errors"},
    # Launch plumbing (argv, the fast path, replays): runs the app's use cases, and the
    # CLI for whatever the fast path does not take.
    "launch": {"launch", "app", "cli", "store", "model", "paths", "version", *BASE},
    "main": {"launch", "app"},
}


def layer_of(module: str) -> str:
    """``fashioncoach.store.cache`` -> ``store``; the package face is ``version``."""
    parts = module.split(".")
    if parts == ["fashioncoach"]:
        return "version"
    name = parts[1]
    return {"__main__": "main"}.get(name, name)


def modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE.parent).with_suffix("")
        name = ".".join(relative.parts).removesuffix(".__init__")
        found[name] = path
    return found


def imports(path: Path, *, top_level_only: bool = False) -> set[str]:
    """The fashioncoach modules ``path`` imports (``from fashioncoach import x`` as x)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes: list[ast.AST] = list(tree.body) if top_level_only else list(ast.walk(tree))
    found: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "fashioncoach":
                found.update(f"fashioncoach.{alias.name}" for alias in node.names)
            elif node.module.startswith("fashioncoach."):
                found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("fashioncoach"))
    known = modules()
    # ``from fashioncoach.render import text``: the module is fashioncoach.render.text.
    return {name for name in found if name in known or f"{name}.__init__" in known}


def test_no_module_imports_a_layer_above_it() -> None:
    """Data flows one way: files, model, rules, views, renderers, the app, the CLI."""
    upward = []
    for name, path in modules().items():
        here = layer_of(name)
        for imported in imports(path):
            there = layer_of(imported)
            if there not in ALLOWED[here]:
                upward.append(f"{name} ({here}) imports {imported} ({there})")
    assert upward == []


def test_there_is_no_import_cycle() -> None:
    """Module-level imports form no cycle (an import inside a function cannot make one at
    import time, but it still must not run upward: see the test above)."""
    graph = {name: imports(path, top_level_only=True) for name, path in modules().items()}
    cycles = []
    state: dict[str, int] = {}

    def visit(name: str, trail: list[str]) -> None:
        state[name] = 1
        for target in sorted(graph.get(name, ())):
            if state.get(target) == 1:
                cycles.append(" -> ".join([*trail[trail.index(target) :], target]))
            elif target not in state:
                visit(target, [*trail, target])
        state[name] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])
    assert cycles == []


@pytest.mark.parametrize("name", sorted(modules()))
def test_every_module_says_its_job_and_stays_small(name: str) -> None:
    """Each module opens with a docstring saying its one job, and has at most 500 lines;
    subpackage ``__init__.py`` files stay empty."""
    path = modules()[name]
    text = path.read_text(encoding="utf-8")
    if path.name == "__init__.py" and path.parent != PACKAGE:
        assert text == ""
        return
    assert ast.get_docstring(ast.parse(text)), f"{name} has no docstring"
    assert "TODO" not in (ast.get_docstring(ast.parse(text)) or "")
    assert len(text.splitlines()) <= 500, f"{name} has {len(text.splitlines())} lines"


def test_the_guides_package_stands_alone() -> None:
    """Reading guides is a package of its own: no module of ``store`` is a guide module,
    and nothing in ``guides`` uses ``dataclasses`` (the house's records instead)."""
    store = [path.name for path in (PACKAGE / "store").glob("*.py")]
    assert [name for name in store if "guide" in name] == []
    for path in (PACKAGE / "guides").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = {
            alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.Import)
            for alias in node.names
        } | {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
        assert "dataclasses" not in imported, path.name


def _runtime_imports(path: Path) -> set[str]:
    """What ``path`` imports outside ``if TYPE_CHECKING:`` blocks: what runs."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    hidden: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            hidden.update(id(inner) for inner in ast.walk(node))
    found = set()
    for node in ast.walk(tree):
        if id(node) in hidden:
            continue
        if (
            isinstance(node, ast.ImportFrom)
            and node.module
            and node.module.startswith("fashioncoach")
        ):
            found.add(node.module)
    return found


def test_renderers_compute_no_rule() -> None:
    """A renderer shows what its view record holds: it names the rules' types for the
    type checker, and never runs a rule (``core``) itself."""
    running = [
        f"{name} imports {imported}"
        for name, path in modules().items()
        if layer_of(name) == "render"
        for imported in _runtime_imports(path)
        if layer_of(imported) == "core"
    ]
    assert running == []


def test_only_use_cases_save_progress() -> None:
    """Progress is saved by the use cases of ``app/`` (through the store), never by the
    CLI, the launch plumbing, a view, a renderer or a rule."""
    saving = []
    for name, path in modules().items():
        if layer_of(name) in ("app", "store"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute | ast.Name):
                called = node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id
                if called in ("save", "editing", "write_content", "locked"):
                    saving.append(f"{name}:{node.lineno} calls {called}")
    assert saving == []


def test_docs_architecture_names_every_module() -> None:
    """docs/architecture.md says each module's job: every module is named in it."""
    text = (PACKAGE.parents[1] / "docs" / "architecture.md").read_text(encoding="utf-8")
    missing = [
        name
        for name, path in modules().items()
        if path.name != "__init__.py" and f"`{path.name}`" not in text
    ]
    assert missing == []
