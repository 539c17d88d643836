"""Each command works out the log's history, the plan and the pace once for each state
it shows, not once per view.

What it proves: counted with a profiler hook (nothing of ours is replaced), ``today``
folds the log, packs the plan and judges the pace once each; ``done ID`` folds the
log before and after its change and plans and judges only the state after it (the
state before is needed for its history alone); ``done 2`` also plans the state
before, since "2" is a place in that day's list.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

from fashioncoach.core.log import fold
from fashioncoach.core.pace import pace_of
from fashioncoach.core.schedule import plan_of
from tests.helpers import Learner

WATCHED = {fold.__code__: "fold", plan_of.__code__: "plan", pace_of.__code__: "pace"}


@contextmanager
def counting() -> Iterator[Counter[str]]:
    calls: Counter[str] = Counter()

    def hook(frame: FrameType, event: str, _: Any) -> None:
        if event == "call" and frame.f_code in WATCHED:
            calls[WATCHED[frame.f_code]] += 1

    sys.setprofile(hook)
    try:
        yield calls
    finally:
        sys.setprofile(None)


def test_each_command_works_the_plan_out_once_per_state(learner: Learner) -> None:
    learner.ok("start", "--on", "2026-12-01", "--yes", today="2026-12-01")
    first, second, *_ = learner.week_ids("2026-12-02")
    with counting() as calls:
        learner.ok("today", today="2026-12-02")
    assert calls == {"fold": 1, "plan": 1, "pace": 1}
    with counting() as calls:
        learner.ok("done", first, today="2026-12-02")
    assert calls == {"fold": 2, "plan": 1, "pace": 1}
    with counting() as calls:
        learner.ok("done", "2", today="2026-12-02")
    assert calls == {"fold": 2, "plan": 2, "pace": 1}
    with counting() as calls:
        learner.ok("report", today="2026-12-02")
    assert calls == {"fold": 1, "plan": 1, "pace": 1}
    assert [action for _, kind, action in learner.marks() if kind == "done"] == [first, second]
