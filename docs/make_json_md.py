"""Refresh the JSON examples in docs/json.md from the CLI: python docs/make_json_md.py

Each section headed "## `fashioncoach COMMAND --json`" shows that command's real
output for the small example roadmap, in the scenario the page describes.
tests/test_json_docs.py fails when an example no longer matches the program.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from typer.testing import CliRunner

from fashioncoach.cli.main import app

DOCS = Path(__file__).resolve().parent
ROADMAP = DOCS.parent / "tests" / "fixtures" / "teacher-to-ux.toml"
SECTION = re.compile(r"^## `fashioncoach (?P<command>[a-z ]+) --json`$", re.MULTILINE)
BLOCK = re.compile(r"```json\n.*?\n```", re.DOTALL)


def examples() -> dict[str, str]:
    """The JSON each documented command prints in the page's scenario."""
    runner = CliRunner()
    outputs: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as folder:
        env = {
            "FASHIONCOACH_HOME": str(Path(folder) / "home"),
            "FASHIONCOACH_CACHE": str(Path(folder) / "cache"),
            "FASHIONCOACH_ROADMAP": "",
            "NO_COLOR": "1",
        }
        roadmap = ["--roadmap", "tests/fixtures/teacher-to-ux.toml"]

        def run(day: str, *args: str) -> str:
            result = runner.invoke(
                app, [*roadmap[:1], str(ROADMAP), "--today", day, *args], env=env
            )
            if result.exit_code != 0:
                raise SystemExit(f"fashioncoach {' '.join(args)} failed: {result.output}")
            return result.stdout

        run("2026-12-01", "start", "--on", "2026-12-01", "--hours", "6")
        run("2026-12-03", "done", "start-ux-course")
        for command in (
            "today",
            "status",
            "report",
            "phase",
            "timeline",
            "skills",
            "reality",
            "replan",
        ):
            outputs[command] = run("2026-12-09", *command.split(), "--json").rstrip("\n")
    return outputs


def refreshed(text: str) -> str:
    """``text`` (docs/json.md) with every example block replaced by the real output."""
    outputs = examples()
    pieces = []
    position = 0
    for section in SECTION.finditer(text):
        block = BLOCK.search(text, section.end())
        if block is None:
            raise SystemExit(f"no ```json block after {section.group(0)}")
        pieces.append(text[position : block.start()])
        pieces.append(f"```json\n{outputs[section.group('command')]}\n```")
        position = block.end()
    pieces.append(text[position:])
    return "".join(pieces)


if __name__ == "__main__":
    target = DOCS / "json.md"
    target.write_text(refreshed(target.read_text(encoding="utf-8")), encoding="utf-8")
    print(f"Wrote {target}")
