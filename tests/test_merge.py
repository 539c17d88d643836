"""Nothing lost across machines (issue 21): merges that converge.

Each machine is a ``Machine``: a learner with folders of its own and a time zone of its
own (``TZ``, applied to the process for each command, as a shell's ``TZ=...`` does).
Machines exchange ``export json`` / ``import`` files. The cases an adversarial run found
are scripted; a hypothesis test splits random histories across three machines in random
zones, daylight-saving changes included, exchanges exports in random orders, and checks
that every machine ends with the same log and the same answers.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.helpers import Life, Ran

START = date(2026, 10, 26)  # a Monday, a week before the end of summer time in New York
ZONES = ["UTC", "America/New_York", "Pacific/Kiritimati", "Europe/London", "Asia/Kolkata"]


@contextmanager
def zone(name: str) -> Iterator[None]:
    """The process's local time zone is ``name`` while the block runs."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = name
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = before
        time.tzset()


class Machine(Life):
    """A learner's machine: its own data and cache folders, and its own time zone."""

    def __init__(self, folder: Path, tz: str = "UTC") -> None:
        super().__init__(folder, None)
        self.tz = tz

    def run(
        self,
        *args: str,
        today: date | str | None = None,
        input: str | None = None,
        env: dict[str, str] | None = None,
    ) -> Ran:
        with zone(self.tz):
            return super().run(*args, today=today, input=input, env={"TZ": self.tz, **(env or {})})

    def send(self, other: Machine, folder: Path, today: date) -> None:
        """Export here, import there."""
        target = folder / f"from-{self.home.parent.name}-{time.monotonic_ns()}.json"
        self.ok("export", "json", "-o", str(target), today=today)
        other.ok("import", str(target), today=today)


def machines(folder: Path, *zones: str) -> list[Machine]:
    first = Machine(folder / "m0", zones[0])
    first.ok("start", "--on", START.isoformat(), today=START)
    started = folder / "started.json"
    first.ok("export", "json", "-o", str(started), today=START)
    others = [Machine(folder / f"m{n}", tz) for n, tz in enumerate(zones[1:], start=1)]
    for other in others:
        other.ok("import", str(started), today=START)
    return [first, *others]


def answers(machine: Machine, today: date) -> list[Any]:
    return [machine.json(view, today=today) for view in ("today", "report", "timeline")]


# --- removals are events ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("remove", "check"),
    [
        (["resume"], lambda view: view["paused_until"] is None),
        (["phase", "back", "--yes"], lambda view: view["phase_position"]["number"] == 1),
        (["replan", "--reset", "--yes"], lambda view: view["clock"]["days_ahead"] < 0),
    ],
    ids=["resume", "phase back", "replan --reset"],
)
def test_an_older_export_never_brings_back_what_was_removed(
    tmp_path: Path, remove: list[str], check: Any
) -> None:
    """A pauses (or moves on, or replans), sends it to B, then undoes it and imports B's
    export, which still has the old state: A stays undone, and B follows once it imports."""
    laptop, server = machines(tmp_path, "UTC", "UTC")
    day = START + timedelta(days=16)
    laptop.ok("pause", "--until", (day + timedelta(days=10)).isoformat(), today=day)
    laptop.ok("phase", "next", "--yes", today=day)
    laptop.ok("replan", "--yes", today=day)
    laptop.send(server, tmp_path, day)
    laptop.ok(*remove, today=day)
    server.send(laptop, tmp_path, day)
    assert check(laptop.json("today", today=day))
    laptop.send(server, tmp_path, day)
    assert answers(laptop, day) == answers(server, day)


def test_a_fall_back_hour_keeps_the_order_of_its_events(tmp_path: Path) -> None:
    """New York, 1 Nov 2026: done at 01:30 EDT, then undo at 01:10 EST (40 minutes later).
    A machine in UTC that imports them sees the same order: the action is open on both."""
    new_york, utc = machines(tmp_path, "America/New_York", "UTC")
    day = date(2026, 11, 1)
    new_york.ok("done", "pick-fashion-blogs", today=day)
    new_york.ok("undo", "pick-fashion-blogs", today=day)
    data = new_york.saved()
    marks = [row for row in data["events"] if row.get("action") == "pick-fashion-blogs"]
    marks[0]["at"] = datetime.fromisoformat("2026-11-01T01:30:00-04:00")
    marks[1]["at"] = datetime.fromisoformat("2026-11-01T01:10:00-05:00")
    new_york.file.write_text(tomli_w.dumps(data), encoding="utf-8")
    new_york.send(utc, tmp_path, day)
    for machine in (new_york, utc):
        statuses = {
            item["id"]: item["status"] for item in machine.json("timeline", today=day)["schedule"]
        }
        assert statuses["pick-fashion-blogs"] == "open"


def test_machines_half_a_world_apart_agree(tmp_path: Path) -> None:
    """A laptop in Kiritimati (UTC+14) and a server in UTC work on the same days and
    exchange exports: the same log, the same weeks, the same answers."""
    laptop, server = machines(tmp_path, "Pacific/Kiritimati", "UTC")
    for offset, (machine, action) in enumerate(
        [
            (laptop, "enroll-skillshare-fashion-basics"),
            (server, "pick-fashion-blogs"),
            (laptop, "sketch-basic-silhouettes"),
            (server, "start-trend-journal"),
        ]
    ):
        day = START + timedelta(days=3 * offset + 6)
        machine.ok("done", action, today=day)
    day = START + timedelta(days=14)
    laptop.send(server, tmp_path, day)
    server.send(laptop, tmp_path, day)
    assert laptop.saved()["events"] == server.saved()["events"]
    assert answers(laptop, day) == answers(server, day)


def test_a_back_dated_event_means_the_same_whatever_the_import_order(tmp_path: Path) -> None:
    """B records a done dated last week after A undid the action today: in either import
    order, both end with the action open (the undo is the later event)."""
    results = []
    for laptop_first in (True, False):
        folder = tmp_path / ("a" if laptop_first else "b")
        laptop, server = machines(folder, "UTC", "Europe/London")
        today = START + timedelta(days=14)
        laptop.ok("done", "pick-fashion-blogs", today=today - timedelta(days=1))
        laptop.ok("undo", "pick-fashion-blogs", today=today)
        server.ok("done", "pick-fashion-blogs", today=today - timedelta(days=7))
        first, second = (laptop, server) if laptop_first else (server, laptop)
        first.send(second, folder, today)
        second.send(first, folder, today)
        statuses = [
            {item["id"]: item["status"] for item in m.json("timeline", today=today)["schedule"]}
            for m in (laptop, server)
        ]
        assert statuses[0] == statuses[1]
        results.append(statuses[0]["pick-fashion-blogs"])
    assert results == ["open", "open"]


def test_two_machines_reviewing_one_week_keep_both_reviews(tmp_path: Path) -> None:
    """Reviews of the same week from two machines are both kept, each with its machine."""
    laptop, server = machines(tmp_path, "UTC", "UTC")
    day = START + timedelta(days=9)
    laptop.ok("review", "--went-well", "sketches", today=day)
    server.ok("review", "--went-well", "the course", today=day + timedelta(days=1))
    laptop.send(server, tmp_path, day + timedelta(days=1))
    server.send(laptop, tmp_path, day + timedelta(days=1))
    for machine in (laptop, server):
        reviews = machine.json("report", today=day + timedelta(days=1))["reviews"]
        assert sorted(review["went_well"] for review in reviews) == ["sketches", "the course"]
        assert all(review["week"] == 2 for review in reviews)


def test_the_latest_budget_wins_on_every_machine(tmp_path: Path) -> None:
    """Three machines set 6, 8 and 12 h a week, in that order; after two exchange rounds
    every machine has 12 h."""
    one, two, three = machines(tmp_path, "UTC", "Asia/Kolkata", "America/New_York")
    day = START + timedelta(days=3)
    for machine, hours in ((one, "6"), (two, "8"), (three, "12")):
        machine.ok("set", "hours", hours, today=day)
        day += timedelta(days=1)
    for _ in range(2):
        for sender, receiver in ((one, two), (two, three), (three, one)):
            sender.send(receiver, tmp_path, day)
    assert {machine.json("today", today=day)["weekly_hours"] for machine in (one, two, three)} == {
        12
    }


def test_an_import_reports_what_it_added_in_words(tmp_path: Path) -> None:
    """The summary counts events by kind; a conflict line never prints a Python dict."""
    laptop, server = machines(tmp_path, "UTC", "UTC")
    day = START + timedelta(days=2)
    laptop.ok("done", "pick-fashion-blogs", today=day)
    laptop.ok("note", "pick-fashion-blogs", "three blogs", today=day)
    export = tmp_path / "laptop.json"
    laptop.ok("export", "json", "-o", str(export), today=day)
    said = server.ok("import", str(export), today=day).stdout
    assert "2 events (1 done, 1 note)" in said
    assert "{" not in said


# --- three machines, random lives --------------------------------------------------------


steps = st.lists(
    st.tuples(
        st.integers(min_value=0, max_value=2),  # which machine
        st.sampled_from(
            [
                "done",
                "skip",
                "undo",
                "hours",
                "next",
                "back",
                "pause",
                "resume",
                "replan",
                "review",
                "note",
                "evidence",
                "send",
            ]
        ),
        st.integers(min_value=0, max_value=500),
        st.integers(min_value=0, max_value=4),  # days that pass first
    ),
    min_size=3,
    max_size=16,
)


def act(
    machine: Machine, kind: str, pick: int, today: date, others: list[Machine], folder: Path
) -> None:
    ids = [action.id for _, _, action in machine.roadmap.actions()]
    action = ids[pick % len(ids)]
    if kind == "send":
        machine.send(others[pick % len(others)], folder, today)
        return
    args = {
        "done": ["done", action],
        "skip": ["skip", action],
        "undo": ["undo", action],
        "hours": ["set", "hours", str([6, 8, 12, 7.5][pick % 4])],
        "next": ["phase", "next", "--yes"],
        "back": ["phase", "back", "--yes"],
        "pause": [
            "pause",
            "--from",
            (today + timedelta(days=pick % 5)).isoformat(),
            "--until",
            (today + timedelta(days=pick % 5 + 2 + pick % 6)).isoformat(),
        ],
        "resume": ["resume"],
        "replan": ["replan", "--yes"] + (["--reset"] if pick % 2 else []),
        "review": ["review", "--went-well", f"w{pick}", "--blocked", "time"],
        "note": ["note", action, f"n{pick}"],
        "evidence": ["evidence", action, f"https://example.com/{pick}"],
    }[kind]
    result = machine.run(*args, today=today)
    assert result.exit_code in (0, 1, 2), (args, result.output)


def converge(lives: list[Machine], folder: Path, today: date) -> None:
    """Each machine sends to the next, twice round: everything reaches everyone."""
    for _ in range(2):
        for index, machine in enumerate(lives):
            machine.send(lives[(index + 1) % len(lives)], folder, today)


def three_machines(
    folder: Path, zones: list[str], history: list[tuple[int, str, int, int]]
) -> None:
    lives = machines(folder, *zones)
    today = START
    for who, kind, pick, days in history:
        today += timedelta(days=days)
        act(lives[who], kind, pick, today, [m for m in lives if m is not lives[who]], folder)
    converge(lives, folder, today)
    logs = [machine.saved()["events"] for machine in lives]
    assert logs[0] == logs[1] == logs[2]
    first = answers(lives[0], today)
    for machine in lives[1:]:
        assert answers(machine, today) == first
    said = {
        (row["kind"], row.get("note") or row.get("went_well") or row.get("ref") or "")
        for row in logs[0]
        if row["kind"] in ("note", "review", "evidence", "pause")
    }
    for _, kind, pick, _ in history:
        if kind == "note":
            assert ("note", f"n{pick}") in said


@pytest.mark.slow
@settings(
    max_examples=3,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(zones=st.lists(st.sampled_from(ZONES), min_size=3, max_size=3), history=steps)
def test_three_machines_in_any_zones_end_the_same(
    tmp_path_factory: Any, zones: list[str], history: Any
) -> None:
    three_machines(tmp_path_factory.mktemp("three"), zones, history)


@pytest.mark.slow
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(zones=st.lists(st.sampled_from(ZONES), min_size=3, max_size=3), history=steps)
def test_many_histories_on_three_machines_end_the_same(
    tmp_path_factory: Any, zones: list[str], history: Any
) -> None:
    three_machines(tmp_path_factory.mktemp("three"), zones, history)


def test_an_export_carries_instants_in_utc(tmp_path: Path) -> None:
    """The export's events are the file's: instants with an offset of zero."""
    (laptop,) = machines(tmp_path, "Asia/Kolkata")
    laptop.ok("done", "pick-fashion-blogs", today=START)
    export = tmp_path / "x.json"
    laptop.ok("export", "json", "-o", str(export), today=START)
    rows = json.loads(export.read_text(encoding="utf-8"))["progress"]["events"]
    assert all(datetime.fromisoformat(row["at"]).utcoffset() == timedelta(0) for row in rows)
    assert all(datetime.fromisoformat(row["at"]).tzinfo is not None for row in rows)
