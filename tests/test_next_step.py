"""``status`` names the next step ``today`` names, in every state of a life, and the
``phase next`` gate lists the work left open in the order of its weeks."""

from __future__ import annotations

import re
import tempfile
from datetime import date, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.helpers import Learner

START = date(2026, 11, 2)


def _next_in_today(today: dict[str, object]) -> str:
    """The action ``today`` points at: its first open line, or after a done week the
    next open work it names ("This week is done. Next: ...")."""
    actions = today["actions"]
    assert isinstance(actions, list)
    first_open = next((line["id"] for line in actions if line["status"] == "open"), "")
    step = today["next_step"]
    assert isinstance(step, dict)
    return str(first_open or step["action"])


@settings(
    max_examples=5, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    days=st.lists(
        st.tuples(st.integers(0, 6), st.sampled_from(["all", "first", "skip", "none"])),
        min_size=1,
        max_size=5,
    )
)
def test_status_names_the_next_step_today_names(
    tmp_path: Path, days: list[tuple[int, str]]
) -> None:
    """Whatever was done, skipped or left, on any day: status's next id (JSON and its
    line) is the action today points at, and both say nothing when nothing is next."""
    learner = Learner(Path(tempfile.mkdtemp(dir=tmp_path)), own_home=True)
    learner.ok("start", "--on", START.isoformat(), "--yes", today=START)
    day = START
    for gap, what in days:
        day += timedelta(days=gap)
        today = learner.json("today", today=day)
        numbers = [str(line["number"]) for line in today["actions"] if line["status"] == "open"]
        if numbers and what == "all":
            learner.ok("done", *numbers, today=day)
        elif numbers and what == "first":
            learner.ok("done", numbers[0], today=day)
        elif numbers and what == "skip":
            learner.ok("skip", numbers[0], today=day)
        today = learner.json("today", today=day)
        status = learner.json("status", today=day)
        expected = _next_in_today(today)
        assert status["next_id"] == expected, (day, what)
        line = learner.text("status", today=day)
        named = re.search(r"next(?: \d+)?: (\S+)", line)
        assert (named[1] if named else "") == expected, line


def test_the_gate_lists_open_work_by_week(learner: Learner) -> None:
    """Moving on with work open from several weeks: the gate's list runs week by week,
    whatever order the work was closed in."""
    learner.ok("start", "--on", START.isoformat(), "--yes", today=START)
    # Close the week-1 work and some of a later week's, so what stays open is spread out.
    first = learner.json("today", today=START)
    learner.ok("done", *[str(line["number"]) for line in first["actions"]], today=START)
    later = START + timedelta(days=15)
    third = learner.json("today", today=later)
    learner.ok("done", str(third["actions"][-1]["number"]), today=later)
    result = learner.run("phase", "next", today=later, input="n\n")
    weeks = [int(week) for week in re.findall(r"^\[ \] \S+ \(week (\d+)\)", result.stdout, re.M)]
    assert len(weeks) > 3, result.stdout
    assert weeks == sorted(weeks), weeks
    assert len(set(weeks)) > 1, weeks
