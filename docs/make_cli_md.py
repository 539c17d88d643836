"""Write docs/cli.md from the CLI itself: python docs/make_cli_md.py

It is Typer's own generator, run on the root app as anyone can:
``typer fashioncoach.cli.main utils docs --name fashioncoach``. The root app adds
every command module, so the page holds every command. tests/test_share_docs.py
fails when docs/cli.md is stale.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

DOCS_COMMAND = ["utils", "docs", "--name", "fashioncoach"]
TARGET = Path(__file__).resolve().parent / "cli.md"
NOTE = (
    "<!-- Generated from the code by: python docs/make_cli_md.py. Do not edit by hand:\n"
    "     tests/test_share_docs.py fails when this file and the CLI disagree. -->\n\n"
)


def reference() -> str:
    """docs/cli.md as the CLI describes itself now."""
    # Folders of its own: the help is the same on every machine, and making it never
    # writes into the data, cache or config folders of whoever runs it.
    with tempfile.TemporaryDirectory(prefix="fashioncoach-docs-") as scratch:
        body = subprocess.run(
            [sys.executable, "-m", "typer", "fashioncoach.cli.main", *DOCS_COMMAND],
            capture_output=True,
            text=True,
            check=True,
            env={
                "NO_COLOR": "1",
                "COLUMNS": "80",
                "PATH": "",
                "HOME": scratch,
                "FASHIONCOACH_HOME": f"{scratch}/data",
                "FASHIONCOACH_CACHE": f"{scratch}/cache",
                "FASHIONCOACH_CONFIG": f"{scratch}/config",
            },
        ).stdout
    return NOTE + body.strip() + "\n"


if __name__ == "__main__":
    TARGET.write_text(reference(), encoding="utf-8")
    print(f"Wrote {TARGET}")
