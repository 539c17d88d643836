"""docs/json.md shows what the program prints today, not what it printed once."""

from __future__ import annotations

import runpy

import pytest

from tests.helpers import REPO


@pytest.mark.slow
def test_json_examples_match_the_program() -> None:
    """Every example block equals the command's real output in the page's scenario."""
    script = runpy.run_path(str(REPO / "docs" / "make_json_md.py"))
    saved = (REPO / "docs" / "json.md").read_text(encoding="utf-8")
    assert script["refreshed"](saved) == saved, (
        "docs/json.md is stale: regenerate it with: python docs/make_json_md.py"
    )
