"""The plan is the work (issue 20): the ten properties of docs/planning.md, over random
lives through the CLI.

A hypothesis state machine plays a learner on either roadmap (the bundled one, paced by
its weeks, or fixtures/teacher-to-ux.toml, packed back to back): it starts on any
weekday with any budget, lets days pass, marks actions done, undone and skipped, changes
the budget (with and without --replan), moves between phases, pauses, resumes, replans
and looks back with --today. Each rule checks the property it is about on what a user
sees (the ``--json`` of today, status, report, timeline), and the invariants check the
others after every step. The diligent learner, the budget series and the two machines
are tests of their own below.
"""

from __future__ import annotations

import math
import shutil
import tempfile
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    rule,
    run_state_machine_as_test,
)

from tests.helpers import FIXTURES, Life

MONDAY = date(2026, 11, 23)
ROADMAPS = {"bundled": None, "custom": FIXTURES / "teacher-to-ux.toml"}

budgets = st.one_of(
    st.sampled_from([0.5, 3.0, 6.0, 8.0, 10.5, 20.0, 80.0]),
    st.floats(min_value=0.5, max_value=80, allow_nan=False).map(lambda h: round(h * 2) / 2),
).map(lambda hours: max(0.5, min(80.0, hours)))


def day(value: str) -> date:
    return date.fromisoformat(value)


class PlanLife(RuleBasedStateMachine):
    """A learner's life, each rule checking its own property."""

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="fashioncoach-plan-"))
        self.me: Life | None = None
        self.today = MONDAY
        self.start = MONDAY

    def teardown(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)

    @property
    def learner(self) -> Life:
        assert self.me is not None
        return self.me

    def json(self, *args: str, today: date | None = None) -> Any:
        return self.learner.json(*args, today=today or self.today)

    def ok(self, *args: str) -> str:
        return self.learner.ok(*args, today=self.today).stdout

    def clock(self) -> dict[str, Any]:
        clock: dict[str, Any] = self.json("today")["clock"]
        return clock

    def ids(self) -> list[str]:
        return [action.id for _, _, action in self.learner.roadmap.actions()]

    def statuses(self) -> dict[str, str]:
        return {item["id"]: item["status"] for item in self.json("timeline")["schedule"]}

    # --- starting -----------------------------------------------------------------------

    @initialize(
        roadmap=st.sampled_from(sorted(ROADMAPS)),
        weekday=st.integers(min_value=0, max_value=6),
        hours=budgets,
        ahead=st.integers(min_value=0, max_value=3),
    )
    def begin(self, roadmap: str, weekday: int, hours: float, ahead: int) -> None:
        """Start on any weekday with any budget, today or a few days ahead."""
        self.me = Life(self.folder, ROADMAPS[roadmap])
        self.start = MONDAY + timedelta(days=weekday)
        self.today = self.start - timedelta(days=ahead)
        self.ok("start", "--on", self.start.isoformat(), "--hours", f"{hours:g}", "--yes")

    # --- time -----------------------------------------------------------------------------

    @rule(days=st.integers(min_value=1, max_value=12))
    def wait(self, days: int) -> None:
        self.today += timedelta(days=days)

    # --- work: property 1 -------------------------------------------------------------------

    @rule(pick=st.integers(min_value=0, max_value=200), listed=st.booleans())
    def do_an_open_action(self, pick: int, listed: bool) -> None:
        """Property 1: doing an open action never moves the projected finish later, nor
        lowers the days ahead."""
        view = self.json("today")
        if listed:
            candidates = [line["id"] for line in view["actions"] if line["status"] == "open"]
        else:
            statuses = self.statuses()
            candidates = [item for item in self.ids() if statuses.get(item) == "open"]
        if not candidates:
            return
        before = view["clock"]
        self.ok("done", candidates[pick % len(candidates)])
        after = self.clock()
        assert day(after["projected_finish"]) <= day(before["projected_finish"]), (before, after)
        if after["status"] != "complete":
            assert after["days_ahead"] >= before["days_ahead"], (before, after)

    @rule(kind=st.sampled_from(["undo", "skip"]), pick=st.integers(min_value=0, max_value=200))
    def undo_or_skip(self, kind: str, pick: int) -> None:
        ids = self.ids()
        self.ok(kind, ids[pick % len(ids)])

    # --- the budget: property 2 ------------------------------------------------------------

    @rule(hours=budgets)
    def change_the_budget(self, hours: float) -> None:
        """Property 2: a bigger budget never moves the projected finish later, and a
        smaller one never earlier; the plan (its finish) stays."""
        before = self.json("status")
        old = self.json("today")
        self.ok("set", "hours", f"{hours:g}")
        after = self.json("today")
        assert after["clock"]["planned_finish"] == old["clock"]["planned_finish"] or (
            self.today < self.start
        )
        was, now = day(old["clock"]["projected_finish"]), day(after["clock"]["projected_finish"])
        if hours >= old["weekly_hours"]:
            assert now <= was, (before, after["clock"])
        else:
            assert now >= was, (before, after["clock"])

    @rule(hours=budgets)
    def change_the_budget_and_replan(self, hours: float) -> None:
        """--replan makes the forecast on the new budget the plan: on track after."""
        self.ok("set", "hours", f"{hours:g}", "--replan")
        clock = self.clock()
        assert clock["planned_finish"] == clock["projected_finish"] or clock["status"] in (
            "complete",
        )

    # --- phases: property 3 -------------------------------------------------------------

    @rule(back=st.booleans())
    def move_between_phases(self, back: bool) -> None:
        """Property 3: phase next and phase back by themselves change neither the
        projected finish nor the days ahead."""
        before = self.clock()
        result = self.learner.run("phase", "back" if back else "next", "--yes", today=self.today)
        assert result.exit_code in (0, 1), result.output
        after = self.clock()
        assert after["projected_finish"] == before["projected_finish"], (before, after)
        assert after["days_ahead"] == before["days_ahead"], (before, after)

    # --- pauses: property 10 -------------------------------------------------------------

    @rule(offset=st.integers(min_value=0, max_value=10), days=st.integers(1, 30))
    def pause(self, offset: int, days: int) -> None:
        """Property 10: a pause of k days moves the planned finish by at most ⌈k/7⌉
        weeks of days the plan works (a move into another pause also takes that
        pause's days, which are no work) and never makes the status behind."""
        begin = max(self.today, self.start) + timedelta(days=offset)
        back = begin + timedelta(days=days)
        before = self.clock()
        result = self.learner.run(
            "pause", "--from", begin.isoformat(), "--until", back.isoformat(), today=self.today
        )
        if result.exit_code != 0:
            assert result.exit_code == 2 and "pause" in result.stderr, result.output
            return
        after = self.clock()
        old, new = day(before["planned_finish"]), day(after["planned_finish"])
        pauses = [
            (day(pause["start"]), day(pause["until"])) for pause in self.json("timeline")["pauses"]
        ]
        worked = sum(
            1
            for offset in range(1, (new - old).days + 1)
            if not any(start <= old + timedelta(days=offset) < until for start, until in pauses)
        )
        assert old <= new and worked <= 7 * math.ceil(days / 7), (days, before, after, pauses)
        if before["status"] != "behind":
            assert after["status"] != "behind", (before, after)

    @rule()
    def resume(self) -> None:
        result = self.learner.run("resume", today=self.today)
        assert result.exit_code in (0, 2), result.output

    # --- replans ----------------------------------------------------------------------

    @rule(reset=st.booleans())
    def replan(self, reset: bool) -> None:
        """replan makes the forecast the plan: on track after; --reset goes back."""
        result = self.learner.run(
            "replan", *(["--reset"] if reset else []), "--yes", today=self.today
        )
        assert result.exit_code in (0,), result.output
        if not reset:
            clock = self.clock()
            assert clock["planned_finish"] == clock["projected_finish"], clock

    # --- looking back: property 8 ----------------------------------------------------------

    @rule(days=st.integers(min_value=1, max_value=60))
    def look_back(self, days: int) -> None:
        """Property 8: --today D shows no action done after D; before the start, the status
        is not-started."""
        then = self.today - timedelta(days=days)
        saved = self.learner.saved()
        closed_by_then: dict[str, str] = {}
        for event in saved["events"]:
            if day_of(event) <= then and event["kind"] in ("done", "skipped", "undone"):
                closed_by_then[event["action"]] = event["kind"]
        view = self.json("timeline", today=then)
        for item in view["schedule"]:
            if item["status"] in ("done", "skipped"):
                assert closed_by_then.get(item["id"]) == item["status"], (item, then)
        if then < self.start:
            assert view["clock"]["status"] in ("not-started", "complete"), view["clock"]

    # --- invariants ---------------------------------------------------------------------

    @invariant()
    def one_verdict(self) -> None:
        """Property 4: days_ahead < 0 exactly when the projected finish is later than the
        planned one, and behind exactly when days_ahead < 0; the catch-up hours times
        their weeks cover the hours behind. Every view shows the same clock."""
        if self.me is None:
            return
        today = self.json("today")
        clock = today["clock"]
        planned, projected = day(clock["planned_finish"]), day(clock["projected_finish"])
        if clock["status"] != "complete":
            assert (clock["days_ahead"] < 0) == (projected > planned), clock
            if self.today >= self.start:
                assert (clock["status"] == "behind") == (clock["days_ahead"] < 0), clock
        pace = today["pace"]
        assert pace["catch_up_hours"] * pace["catch_up_weeks"] >= pace["hours_behind"] - 1e-9
        for command in ("report", "timeline", "phase"):
            assert self.json(command)["clock"] == clock, command

    @invariant()
    def a_week_of_work(self) -> None:
        """Property 6: today's open work is at most the budget plus its largest action, and
        the open work of earlier weeks comes before this week's own."""
        if self.me is None:
            return
        view = self.json("today")
        open_lines = [line for line in view["actions"] if line["status"] == "open"]
        if open_lines:
            largest = max(line["hours"] for line in open_lines)
            assert view["hours_open"] <= view["weekly_hours"] + largest + 1e-9, view["hours_open"]
        earlier = [line["planned_week"] < view["week"] for line in view["actions"]]
        assert earlier == sorted(earlier, reverse=True), [
            (line["id"], line["planned_week"]) for line in view["actions"]
        ]

    @invariant()
    def prerequisites_first(self) -> None:
        """Property 7: no open action is planned, in the forecast or the plan, before one
        of its prerequisites or an earlier action of its skill that is open too."""
        if self.me is None:
            return
        schedule = {item["id"]: item for item in self.json("timeline")["schedule"]}
        for action_id, needs in needs_of(self.learner).items():
            mine = schedule[action_id]
            if mine["status"] != "open":
                continue
            for need in needs:
                theirs = schedule[need]
                if theirs["status"] != "open":
                    continue
                assert day(mine["first_day"]) >= day(theirs["last_day"]), (action_id, need)
                if not (mine["planned_closed"] or theirs["planned_closed"]):
                    assert mine["planned_week"] >= theirs["planned_week"], (action_id, need)


def day_of(event: dict[str, Any]) -> date:
    value = event["day"]
    return value if isinstance(value, date) else date.fromisoformat(value)


def needs_of(learner: Life) -> dict[str, list[str]]:
    """Each action's prerequisites and the earlier actions of its skills."""
    needs: dict[str, list[str]] = {}
    last: dict[str, str] = {}
    for _, _, action in learner.roadmap.actions():
        needs[action.id] = list(action.after)
        for skill in action.skills:
            if skill in last:
                needs[action.id].append(last[skill])
            last[skill] = action.id
    return needs


def run_lives(examples: int, steps: int) -> None:
    run_state_machine_as_test(
        PlanLife,
        settings=settings(
            max_examples=examples,
            stateful_step_count=steps,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        ),
    )


@pytest.mark.slow
def test_random_lives_keep_the_properties() -> None:
    """A few short lives on every run: the properties hold at every step."""
    run_lives(examples=3, steps=6)


@pytest.mark.slow
def test_many_random_lives_keep_the_properties() -> None:
    run_lives(examples=60, steps=25)


# --- property 10, from a replan's day -----------------------------------------------------


@settings(max_examples=25, deadline=None)
@example(roadmap="bundled", weekday=4, hours=0.5, offset=0, days=13)
@given(
    roadmap=st.sampled_from(sorted(ROADMAPS)),
    weekday=st.integers(min_value=0, max_value=6),
    hours=budgets,
    offset=st.integers(min_value=0, max_value=2),
    days=st.integers(min_value=1, max_value=30),
)
def test_a_pause_after_a_replan_moves_the_plan_by_its_own_days(
    tmp_path_factory: Any, roadmap: str, weekday: int, hours: float, offset: int, days: int
) -> None:
    """Property 10 where a life found it broken: a replan midweek, then a pause taking the
    rest of that week. The week's share before the replan day is not the pause's to take:
    the plan moves by no more of the days it works than the pause's own weeks."""
    me = Life(tmp_path_factory.mktemp("pause"), ROADMAPS[roadmap])
    me.ok("start", "--on", MONDAY.isoformat(), "--hours", f"{hours:g}", today=MONDAY)
    today = MONDAY + timedelta(days=7 + weekday)
    me.ok("replan", "--yes", today=today)
    old = day(me.json("today", today=today)["clock"]["planned_finish"])
    begin = today + timedelta(days=offset)
    back = begin + timedelta(days=days)
    me.ok("pause", "--from", begin.isoformat(), "--until", back.isoformat(), today=today)
    new = day(me.json("today", today=today)["clock"]["planned_finish"])
    worked = sum(
        1 for n in range(1, (new - old).days + 1) if not begin <= old + timedelta(n) < back
    )
    assert old <= new and worked <= 7 * math.ceil(days / 7), (old, new, worked)


# --- property 2, as a series -----------------------------------------------------------


@pytest.mark.slow
@settings(max_examples=8, deadline=None)
@given(low=budgets, high=budgets, roadmap=st.sampled_from(sorted(ROADMAPS)))
def test_plan_length_follows_the_budget(
    tmp_path_factory: Any, low: float, high: float, roadmap: str
) -> None:
    """Property 2: the plan's length is non-increasing in the budget, and within a few
    weeks of the total hours over the budget."""
    low, high = min(low, high), max(low, high)
    weeks = {}
    for hours in (low, high):
        me = Life(tmp_path_factory.mktemp("budget"), ROADMAPS[roadmap])
        me.ok("start", "--on", MONDAY.isoformat(), "--hours", f"{hours:g}", today=MONDAY)
        clock = me.json("today", today=MONDAY)["clock"]
        weeks[hours] = clock["plan_weeks"]
        total = sum(action.hours for _, _, action in me.roadmap.actions())
        assert abs(clock["plan_weeks"] - total / hours) <= 2, (hours, clock["plan_weeks"], total)
    assert weeks[low] >= weeks[high], weeks


# --- property 5: the diligent learner ------------------------------------------------------


def live_diligently(me: Life, start: date, limit: int = 200) -> list[dict[str, Any]]:
    """Each week, do everything today lists on the first day, and move on when told;
    the clocks seen on the way."""
    seen = []
    today = start
    for _ in range(limit):
        view = me.json("today", today=today)
        seen.append(view["clock"])
        if view["complete"]:
            break
        numbers = [str(line["number"]) for line in view["actions"] if line["status"] == "open"]
        if numbers:
            me.ok("done", *numbers, today=today)
        if me.json("today", today=today)["next_step"]["kind"] == "phase-done":
            me.ok("phase", "next", "--yes", today=today)
        if not numbers:
            today += timedelta(days=7)
    return seen


@pytest.mark.slow
@settings(max_examples=3, deadline=None)
@given(
    roadmap=st.sampled_from(sorted(ROADMAPS)),
    weekday=st.integers(min_value=0, max_value=6),
    hours=st.sampled_from([None, 6.0, 8.0, 12.5, 20.0]),
)
def test_a_diligent_learner_is_never_behind(
    tmp_path_factory: Any, roadmap: str, weekday: int, hours: float | None
) -> None:
    """Property 5: a learner who each week does everything today lists, and moves on
    when told, is never behind and finishes by the planned date (on it, at the
    roadmap's own hours)."""
    me = Life(tmp_path_factory.mktemp("diligent"), ROADMAPS[roadmap])
    start = MONDAY + timedelta(days=weekday)
    args = ["start", "--on", start.isoformat()] + (["--hours", f"{hours:g}"] if hours else [])
    me.ok(*args, today=start)
    planned = day(me.json("today", today=start)["clock"]["planned_finish"])
    seen = live_diligently(me, start)
    assert all(clock["status"] != "behind" for clock in seen), [c["status"] for c in seen]
    final = seen[-1]
    assert final["status"] == "complete"
    assert day(final["projected_finish"]) <= planned
    if hours is None:
        # At the roadmap's own hours every week's list is that week's work.
        assert (
            final["plan_week"]
            == final["plan_weeks"]
            == me.json("today", today=start)["clock"]["plan_weeks"]
        )


# --- property 9: two machines ------------------------------------------------------------


commands = st.lists(
    st.tuples(
        st.sampled_from(
            ["done", "skip", "undo", "hours", "next", "back", "pause", "review", "note"]
        ),
        st.integers(min_value=0, max_value=200),
        st.integers(min_value=0, max_value=6),
        st.booleans(),
    ),
    min_size=1,
    max_size=12,
)


def play(me: Life, command: tuple[str, int, int, bool], today: date) -> None:
    kind, pick, days, _ = command
    ids = [action.id for _, _, action in me.roadmap.actions()]
    action = ids[pick % len(ids)]
    args: list[str] = {
        "done": ["done", action],
        "skip": ["skip", action],
        "undo": ["undo", action],
        "hours": ["set", "hours", f"{[6, 8, 12, 7][pick % 4]}"],
        "next": ["phase", "next", "--yes"],
        "back": ["phase", "back", "--yes"],
        "pause": [
            "pause",
            "--from",
            (today + timedelta(days=days)).isoformat(),
            "--until",
            (today + timedelta(days=days + 3 + pick % 9)).isoformat(),
        ],
        "review": ["review", "--went-well", f"week {pick}", "--blocked", "time"],
        "note": ["note", action, f"note {pick}"],
    }[kind]
    result = me.run(*args, today=today)
    assert result.exit_code in (0, 1, 2), result.output


@pytest.mark.slow
@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(life=commands, split=st.lists(st.booleans(), min_size=12, max_size=12), order=st.booleans())
def test_two_machines_agree_after_exchanging(
    tmp_path_factory: Any, life: list[tuple[str, int, int, bool]], split: list[bool], order: bool
) -> None:
    """Property 9: one life's commands split across two machines, then exports exchanged
    in either order, leave both with the same today and report, and nothing lost."""
    folder = tmp_path_factory.mktemp("machines")
    laptop, server = Life(folder / "a", None), Life(folder / "b", None)
    laptop.ok("start", "--on", MONDAY.isoformat(), today=MONDAY)
    laptop.ok("export", "json", "-o", str(folder / "start.json"), today=MONDAY)
    server.ok("import", str(folder / "start.json"), today=MONDAY)
    today = MONDAY
    for command, on_laptop in zip(life, split, strict=False):
        today += timedelta(days=command[2])
        play(laptop if on_laptop else server, command, today)
    exchange(laptop, server, folder, today, laptop_first=order)
    for view in ("today", "report", "timeline"):
        assert laptop.json(view, today=today) == server.json(view, today=today), view
    assert laptop.saved()["events"] == server.saved()["events"]


def exchange(one: Life, other: Life, folder: Path, today: date, *, laptop_first: bool) -> None:
    """Each machine exports and imports the other's export, in the order given."""
    first, second = (one, other) if laptop_first else (other, one)
    first.ok("export", "json", "-o", str(folder / "first.json"), today=today)
    second.ok("import", str(folder / "first.json"), today=today)
    second.ok("export", "json", "-o", str(folder / "second.json"), today=today)
    first.ok("import", str(folder / "second.json"), today=today)
