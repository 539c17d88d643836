"""The README's first screen shows what the program prints, not what it printed once."""

from __future__ import annotations

import re

from tests.helpers import REPO, Learner


def test_the_readme_today_sample_is_the_program_s_output(learner: Learner) -> None:
    """The README's ``today`` sample, made as it says: the first ``today`` on Wed 25 Nov 2026
    starts the plan, ``done 1 3`` two days later, then ``today`` on an 80-column pipe."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```text\n\$ fashioncoach today\n(.*?)```", readme, re.DOTALL)
    assert block is not None, "the README has no today sample"
    learner.ok("today", today="2026-11-25")
    learner.ok("done", "1", "3", today="2026-11-27")
    assert learner.screen("today", today="2026-11-27") == block[1], (
        "the README's today sample is stale: rerun the commands its text names"
    )


def test_the_readme_start_sample_is_the_program_s_output(learner: Learner) -> None:
    """The README's ``start`` sample with answers given as options: the summary line of
    what the assessment did to the plan is the one the program prints (on Wed 25 Nov
    2026)."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```text\n\$ fashioncoach (start [^\n]*)\n(.*?)```", readme, re.DOTALL)
    assert block is not None, "the README has no start sample"
    said = learner.text(*block[1].split(), "--yes", today="2026-11-25")
    assert said == block[2], "the README's start sample is stale"
