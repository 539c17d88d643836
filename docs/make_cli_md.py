"""Write docs/cli.md from the CLI itself: python docs/make_cli_md.py

The same Markdown as ``typer fashioncoach.cli utils docs --name fashioncoach``, made
from the real app so the commands other modules register (doctor, import...) are
in it too. tests/test_share_docs.py fails when docs/cli.md is stale.
"""

from __future__ import annotations

from pathlib import Path

import fashioncoach.cli  # noqa: F401  # first, as the program does: every module registers
from fashioncoach.cli_share import cli_reference

if __name__ == "__main__":
    target = Path(__file__).resolve().parent / "cli.md"
    target.write_text(cli_reference(), encoding="utf-8")
    print(f"Wrote {target}")
