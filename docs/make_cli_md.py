"""Write docs/cli.md from the CLI itself: python docs/make_cli_md.py

Every command's help, exactly as ``fashioncoach help COMMAND`` prints it at 80
columns: the page is made from the command tree (src/fashioncoach/app/command_tree.py,
the plain copy of the CLI's declarations that help and completion read) by the very
function that prints help. tests/test_share_docs.py fails when docs/cli.md is stale.
"""

from __future__ import annotations

import sys
from pathlib import Path

TARGET = Path(__file__).resolve().parent / "cli.md"
NOTE = (
    "<!-- Generated from the code by: python docs/make_cli_md.py. Do not edit by hand:\n"
    "     tests/test_share_docs.py fails when this file and the CLI disagree. -->\n\n"
)
INTRO = (
    "# fashioncoach commands\n\n"
    "Every command's help, as `fashioncoach help COMMAND` (or `fashioncoach COMMAND "
    "--help`) prints it. Global options go before or after the command. The man page, "
    "docs/fashioncoach.1, says the same.\n"
)


def _paths(path: str = "") -> list[str]:
    from fashioncoach.app.command_tree import COMMANDS

    found = [path]
    for name in COMMANDS[path]["commands"]:
        child = f"{path} {name}".strip()
        if not COMMANDS[child]["hidden"]:
            found += _paths(child)
    return found


def reference() -> str:
    """docs/cli.md as the CLI describes itself now."""
    from fashioncoach.app import help as helping

    sections = [NOTE + INTRO]
    for path in _paths():
        title = " ".join(["fashioncoach", *path.split()])
        body = helping.text(path, columns=80).rstrip("\n")
        sections.append(f"## `{title}`\n\n```text\n{body}\n```\n")
    return "\n".join(sections)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
    TARGET.write_text(reference(), encoding="utf-8")
    print(f"Wrote {TARGET}")
