"""Every view reflows to the terminal's width, down to 40 columns, and a pipe gets whole
lines: no line wider than the terminal, no figure cut ("244.5 h", "week 9 of 31",
"Sun 17 Jan 2027" each on one line), and nothing lost but line breaks."""

from __future__ import annotations

import itertools
import os
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from fashioncoach import paths
from tests.helpers import Learner, at_a_terminal, flat

START = date(2026, 11, 2)
TODAY = date(2026, 12, 30)  # weeks behind: late work, milestones overdue, a long verdict
VIEWS = [
    ["today"],
    ["report"],
    ["timeline"],
    ["phase"],
    ["phase", "show"],
    ["skills"],
    ["reality"],
    ["replan", "--dry-run"],
    ["hint"],
]
# A figure cut in two: how one line ends and the next begins.
CUT = [
    (r"\d$", r"(?:h|days?|weeks?|actions?)\b|(?:of|to) \d|[A-Z][a-z]{2} \d{4}"),
    (r"\b(?:weeks?|phase)$", r"\d"),
    (r"\d (?:of|to)$", r"\d"),
    (r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)$", r"\d"),
    (r"\d [A-Z][a-z]{2}$", r"\d{4}"),
]


def cut_figures(text: str) -> list[str]:
    """Each pair of lines that splits a figure, and each line cut short with '…'."""
    lines = [line.rstrip() for line in text.splitlines()]
    cuts = [line for line in lines if "…" in line]
    for above, below in itertools.pairwise(lines):
        for end, start in CUT:
            if re.search(end, above) and re.match(start, below.lstrip()):
                cuts.append(f"{above} / {below.lstrip()}")
    return cuts


def _behind(learner: Learner) -> None:
    learner.ok("start", "--on", START.isoformat(), "--yes", today=START)
    for offset in (1, 8, 15):
        learner.ok("done", "1", "2", today=START + timedelta(days=offset))
    learner.ok("skip", "1", today=START + timedelta(days=20))


def _view(learner: Learner, args: list[str], columns: int | None) -> str:
    if args == ["hint"]:
        args = ["hint", learner.week_ids(TODAY)[0]]
    env = {"COLUMNS": str(columns)} if columns else {"COLUMNS": ""}
    result = learner.run(*args, today=TODAY, env=env)
    assert result.exit_code == 0, (args, result.output)
    return result.stdout


# What a command says after its view is one line when piped, for scripts (at a
# terminal it wraps: test_a_message_wraps_at_words_at_a_terminal).
SAID = ("Dry run: ",)
TABLES = (["reality"],)  # a table's cells may change places
LOAD = re.compile(r"\d+ actions?, [\d.]+ h")


def _content(text: str, args: list[str]) -> str:
    """What a width may not change: the characters, in order, bar blanks, the rules
    under a table's header and the burndown (a drawing as wide as the terminal); for
    a table, which characters (a narrow table wraps its headers)."""
    if args == ["replan", "--dry-run"]:  # narrow, its table becomes lines of the same loads
        return " ".join(LOAD.findall(" ".join(text.split())))
    text = re.sub(r"\nBurndown.*?\n\n", "\n\n", text, flags=re.DOTALL)
    characters = "".join(text.split()).replace("─", "")
    return "".join(sorted(characters)) if args in TABLES else characters


@pytest.mark.parametrize("args", VIEWS, ids=" ".join)
def test_each_view_reflows_to_the_width_without_cutting_a_figure(
    each_learner: Learner, args: list[str]
) -> None:
    """At 40, 50 and 60 columns every line fits, no figure is split across two lines,
    and the words are those of the unwrapped view, in the same order."""
    learner = each_learner
    _behind(learner)
    whole = _view(learner, args, None)
    for columns in (40, 50, 60):
        text = _view(learner, args, columns)
        for line in text.splitlines():
            if not line.startswith(SAID):
                assert cell_len(line) <= columns, f"{columns} columns: {line!r}"
        assert cut_figures(text) == [], columns
        assert _content(text, args) == _content(whole, args), columns


@pytest.mark.slow
@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(columns=st.integers(min_value=40, max_value=120))
def test_today_and_report_fit_any_width(learner: Learner, columns: int) -> None:
    """Any width from 40 columns up: today's and report's lines fit, figures whole."""
    if not learner.file.exists():
        _behind(learner)
    for args in (["today"], ["report"]):
        text = _view(learner, args, columns)
        assert max(map(cell_len, text.splitlines())) <= columns
        assert cut_figures(text) == [], columns


def test_a_pipe_gets_whole_lines_unless_columns_says_so(learner: Learner) -> None:
    """Piped with no COLUMNS, an action's 'done when' is one line a grep finds whole;
    with COLUMNS=50 the same text wraps."""
    _behind(learner)
    data = learner.json("today", today=TODAY)
    done_when = next(line["done_when"] for line in data["actions"] if len(line["done_when"]) > 60)
    piped = _view(learner, ["today"], None)
    assert any(done_when in line for line in piped.splitlines())
    narrow = _view(learner, ["today"], 50)
    assert not any(done_when in line for line in narrow.splitlines())
    assert done_when in flat(narrow)


@pytest.mark.slow
def test_a_message_wraps_at_words_at_a_terminal(learner: Learner, isolated_home: Path) -> None:
    """At a 40-column terminal, what replan says after its proposal wraps at words, and
    the command in it stays whole; piped, it is one line."""
    _behind(learner)
    env = dict(os.environ)
    env.update({"COLUMNS": "40", "LINES": "500", "TERM": "dumb", "NO_COLOR": "1"})
    env[paths.NO_REPLAY_ENV] = "1"
    code, screen = at_a_terminal(["--today", TODAY.isoformat(), "replan", "--dry-run"], env)
    assert code == 0, screen
    lines = [line.rstrip() for line in screen.splitlines()]
    assert lines[-2:] == ["Dry run: nothing changed. Apply it with:", "fashioncoach replan --yes"]
    piped = _view(learner, ["replan", "--dry-run"], 40)
    assert "Dry run: nothing changed. Apply it with: fashioncoach replan --yes" in piped
