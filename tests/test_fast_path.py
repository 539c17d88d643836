"""The fast path prints exactly what Typer's path prints, and imports neither Typer nor pydantic.

These run the program in subprocesses, as a shell does, to see what each path
imports; the comparisons spawn many of them and are marked slow.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import CUSTOM

TYPER_PATH = "import sys; from fashioncoach.cli.main import run; sys.exit(run(sys.argv[1:]))"
FAST_PATH = "import sys; from fashioncoach.__main__ import main; main()"
IMPORTS_AFTER = (
    "import sys\n"
    "from fashioncoach.launch.fast import main\n"
    "if main(sys.argv[1:]) is None:\n"
    "    from fashioncoach.cli.main import run\n"
    "    run(sys.argv[1:])\n"
    "roots = {name.split('.')[0] for name in sys.modules}\n"
    "heavy = sorted(roots & {'typer', 'pydantic', 'click', 'icalendar'})\n"
    "print('HEAVY:', ','.join(heavy), file=sys.stderr)\n"
)


def run(code: str, args: list[str], home: Path, cache: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "FASHIONCOACH_HOME": str(home),
        "FASHIONCOACH_CACHE": str(cache),
        "NO_COLOR": "1",
        "COLUMNS": "80",
    }
    return subprocess.run(
        [sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, check=False
    )


def started_home(tmp_path: Path, name: str, roadmap: list[str]) -> Path:
    home = tmp_path / name
    result = run(
        FAST_PATH, [*roadmap, "start", "--on", "2026-11-25", "--yes"], home, tmp_path / "c"
    )
    assert result.returncode == 0, result.stderr
    return home


CASES = [
    ["--today", "2026-12-02", "today"],
    ["--today", "2026-12-02", "today", "--json"],
    ["--today=2026-11-20", "today"],
    ["--today", "2027-03-01", "report"],
    ["--today", "2027-03-01", "report", "--json"],
    ["--today", "2026-12-02", "done", "pick-fashion-blogs", "set-up-clo-3d-trial"],
    ["--today", "2026-12-02", "undo", "pick-fashion-blogs"],
    ["--today", "2026-12-02", "skip", "pick-fashion-blogs"],
    ["--today", "2026-12-02", "done", "no-such-action"],
    ["--today", "2026-12-02", "done", "1", "3"],
    ["--today", "2026-12-02"],  # no command: today's checklist
]


@pytest.mark.slow
@pytest.mark.parametrize("roadmap", [[], ["--roadmap", str(CUSTOM)]])
@pytest.mark.parametrize("args", CASES, ids=" ".join)
def test_fast_and_typer_paths_print_and_write_the_same(
    tmp_path: Path, args: list[str], roadmap: list[str]
) -> None:
    """Same stdout, stderr, exit code and progress file, whichever path runs the command."""
    if roadmap:
        args = [item.replace("pick-fashion-blogs", "start-ux-course") for item in args]
        args = [item.replace("set-up-clo-3d-trial", "map-lesson-to-journey") for item in args]
    outcomes = []
    for name, code in (("fast", FAST_PATH), ("typer", TYPER_PATH)):
        home = started_home(tmp_path, name, roadmap)
        result = run(code, [*roadmap, *args], home, tmp_path / f"cache-{name}")
        files = {path.name: path.read_text() for path in sorted(home.glob("*.toml"))}
        # The events carry the wall-clock time of the run: compare them without it.
        files = {key: _without_times(text) for key, text in files.items()}
        outcomes.append((result.returncode, result.stdout, result.stderr, files))
    assert outcomes[0] == outcomes[1]


def _without_times(text: str) -> str:
    """The saved log without what differs by run: the wall-clock instant and the random id
    of each event."""
    text = re.sub(r'^id = "[0-9a-f]+"$', 'id = "ID"', text, flags=re.MULTILINE)
    return re.sub(r"at = \d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d", "at = TIME", text)


@pytest.mark.slow
def test_today_imports_neither_typer_nor_pydantic(tmp_path: Path) -> None:
    """Once the files are cached, `today` runs without importing typer, click or pydantic."""
    home = started_home(tmp_path, "home", [])
    cache = tmp_path / "c"
    assert run(FAST_PATH, ["today"], home, cache).returncode == 0
    for args in (["today"], ["today", "--json"], ["report"], ["done", "pick-fashion-blogs"]):
        result = run(IMPORTS_AFTER, args, home, cache)
        assert "HEAVY: \n" in result.stderr, (args, result.stderr)


@pytest.mark.slow
def test_done_and_undo_create_no_dataclasses(tmp_path: Path) -> None:
    """A write from cached files builds records, not dataclasses: ``dataclasses`` (and the
    ``inspect`` it pulls in, ~6 ms) is never imported by `done` or `undo`."""
    home = started_home(tmp_path, "home", [])
    cache = tmp_path / "c"
    assert run(FAST_PATH, ["today"], home, cache).returncode == 0
    probe = IMPORTS_AFTER + (
        "print('DATACLASSES:', 'dataclasses' in sys.modules, 'inspect' in sys.modules, "
        "file=sys.stderr)\n"
    )
    for args in (["done", "pick-fashion-blogs"], ["undo", "pick-fashion-blogs"]):
        result = run(probe, args, home, cache)
        assert "DATACLASSES: False False" in result.stderr, (args, result.stderr)
    saved = (home / "backend-to-ai-fashion-designer.toml").read_text(encoding="utf-8")
    assert saved.count('action = "pick-fashion-blogs"') == 2  # the done, then the undo


@pytest.mark.slow
def test_unusual_command_lines_take_the_typer_path(tmp_path: Path) -> None:
    """Help, a bad date and unknown options are left to Typer, which reports them."""
    home = started_home(tmp_path, "home", [])
    cache = tmp_path / "c"
    bad_date = run(IMPORTS_AFTER, ["--today", "2026-02-30", "today"], home, cache)
    assert "HEAVY: " in bad_date.stderr
    assert "typer" in bad_date.stderr.split("HEAVY: ")[1]
    assert "2026-02-30" in bad_date.stderr
    help_text = run(FAST_PATH, ["today", "--help"], home, cache)
    assert help_text.returncode == 0
    assert "Example: fashioncoach today" in help_text.stdout


@pytest.mark.slow
def test_fast_path_matches_typer_on_a_fresh_machine(tmp_path: Path) -> None:
    """The first `today` starts the plan and says so identically on both paths."""
    outputs = []
    for name, code in (("fast", FAST_PATH), ("typer", TYPER_PATH)):
        home = tmp_path / name
        result = run(code, ["--today", "2026-11-25", "today"], home, tmp_path / f"c-{name}")
        assert result.returncode == 0, result.stderr
        outputs.append(result.stdout)
    assert outputs[0] == outputs[1]
    assert outputs[0].startswith(
        "Started your plan today (Wed 25 Nov 2026, 10.5 h a week): 24 weeks, to Tue 11 May 2027."
    )
    shutil.rmtree(tmp_path / "fast")


@pytest.mark.slow
def test_global_options_work_after_the_command(tmp_path: Path) -> None:
    """Through the real entry point, ``today --today DATE --json`` is ``--today DATE today
    --json``, and a bare ``fashioncoach`` is ``today``."""
    home = started_home(tmp_path, "home", [])
    cache = tmp_path / "c"
    before = run(FAST_PATH, ["--today", "2026-12-02", "today", "--json"], home, cache)
    after = run(FAST_PATH, ["today", "--json", "--today", "2026-12-02"], home, cache)
    assert before.returncode == after.returncode == 0, (before.stderr, after.stderr)
    assert after.stdout == before.stdout
    assert '"date": "2026-12-02"' in after.stdout
    text = run(FAST_PATH, ["today", "--today", "2026-12-02"], home, cache)
    bare = run(FAST_PATH, ["--today", "2026-12-02"], home, cache)
    assert bare.stdout == text.stdout
    # Nothing was done in week 1: the forecast has Foundations' work over 5 weeks, the plan 25.
    assert bare.stdout.startswith("Foundations of Fashion — week 2 of 5 · plan week 2 of 25")
