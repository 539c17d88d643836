"""The one way tests run the CLI: a learner with a data folder, a roadmap and a clock.

Every test that runs commands goes through ``Learner`` (the ``learner`` fixture in
conftest.py): it runs the command line in-process from the entry point's start
(``launch``: help, the fast path, Typer), passes
``--today`` (time is passed in, never patched) and ``--roadmap`` (or
``FASHIONCOACH_ROADMAP``) when the learner follows a roadmap of their own, and reads
what a user sees: the output, the JSON and the progress file on disk.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from fashioncoach import paths
from fashioncoach.launch.main import run
from fashioncoach.model.roadmap import Roadmap
from fashioncoach.store.roadmap_file import parse_toml, read_bytes, validate_roadmap

REPO = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"
CUSTOM = FIXTURES / "teacher-to-ux.toml"
GUIDE = REPO.parent / "shared" / "seed" / "transition-guide.txt"  # beside a checkout, not in it
# A guide of the family that every checkout has: for tests that need any guide at all.
FIXTURE_GUIDE = FIXTURES / "guides" / "teacher-to-instructional-designer.txt"
WIDTH = 80  # the terminal width conftest.py sets


class Ran:
    """What a command line did, as a terminal shows it: its exit status, the text on
    each stream, and both as they interleaved."""

    def __init__(self, exit_code: int, stdout: bytes, stderr: bytes, output: bytes) -> None:
        self.exit_code = exit_code
        self.stdout_bytes = stdout
        # As a terminal shows them (and Click's runner gave them): CRLF as one line end.
        self.stdout = stdout.decode("utf-8", "replace").replace("\r\n", "\n")
        self.stderr = stderr.decode("utf-8", "replace").replace("\r\n", "\n")
        self.output = output.decode("utf-8", "replace").replace("\r\n", "\n")


_isolation = CliRunner()  # its isolation() swaps the standard streams and the environment


def launch(
    args: list[str], *, input: str | None = None, env: Mapping[str, str | None] | None = None
) -> Ran:
    """The command line run in-process from the entry point's own start
    (``launch.main.run``): help, the fast path and Typer's path, as a learner gets
    them. Replays are off (they write to the file descriptors, around the capture);
    tests/test_replay.py runs them as a shell does."""
    settings: dict[str, str | None] = {paths.NO_REPLAY_ENV: "1", **(env or {})}
    with _isolation.isolation(input=input, env=settings) as (out, err, both):
        try:
            code = run(list(args))
        except SystemExit as stop:  # a question's typer.Exit inside Typer's path
            code = stop.code if isinstance(stop.code, int) else 1
        return Ran(code, out.getvalue(), err.getvalue(), both.getvalue())


def run_real(
    *args: str | bytes, env: dict[str, str] | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[bytes]:
    """The installed entry point, as a shell runs it (bytes in, bytes out), replays and
    the fast path included, which ``Learner`` (in-process, through Typer) never takes."""
    return subprocess.run(
        [sys.executable, "-m", "fashioncoach", *args],
        capture_output=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
    )


def at_a_terminal(
    args: list[str], env: dict[str, str], *, answers: str = "", rows: int = 0, columns: int = 0
) -> tuple[int, str]:
    """The program run with a pseudo-terminal as its stdin, stdout and stderr, the
    ``answers`` typed ahead (a terminal keeps them until they are read), and a window
    size when ``rows`` and ``columns`` are given: its exit status and what it showed."""
    import fcntl
    import pty
    import struct
    import termios

    leader, follower = pty.openpty()
    if rows and columns:
        fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
    process = subprocess.Popen(
        [sys.executable, "-m", "fashioncoach", *args],
        stdin=follower,
        stdout=follower,
        stderr=follower,
        env=env,
        close_fds=True,
    )
    os.close(follower)
    if answers:
        os.write(leader, answers.encode())
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closes when the program ends
            break
        if not chunk:
            break
        chunks.append(chunk)
    code = process.wait(timeout=60)
    os.close(leader)
    return code, b"".join(chunks).decode("utf-8", "replace").replace("\r\n", "\n")


# Two months of a learner's life on the bundled roadmap, from their second review on:
# done, a pause over the holidays, a replan, a review, a phase moved on. The page tests
# live it after their own first weeks (each with the evidence it checks).
WINTER: list[tuple[str, ...]] = [
    ("2026-12-14", "review", "--went-well", "sketches", "--blocked", "time after work",
     "--confidence", "fashion-design-fundamentals=3"),
    ("2026-12-16", "done", "join-fashion-tech-slack", "start-trend-journal"),
    ("2026-12-18", "pause", "--from", "2026-12-19", "--until", "2027-01-04", "--reason",
     "holiday"),
    ("2027-01-05", "done", "learn-color-theory", "start-edx-sustainable-fashion"),
    ("2027-01-06", "replan", "--yes"),
    ("2027-01-12", "done", "learn-tensorflow-basics", "create-first-mood-board"),
    ("2027-01-14", "review", "--went-well", "mood board", "--confidence",
     "fashion-design-fundamentals=4", "--confidence", "ai-design-tools=3"),
    ("2027-01-20", "phase", "next", "--yes"),
    ("2027-01-27", "done", "start-clo-3d-udemy-course", "start-illustrator-for-fashion"),
    ("2027-02-10", "done", "review-trend-journal-first-month"),
]  # fmt: skip


def flat(text: str) -> str:
    """Text with its line breaks and runs of blanks as single spaces: what was wrapped."""
    return " ".join(text.split())


def files_under(folder: Path) -> dict[str, bytes]:
    """Every file below ``folder`` and its bytes: what 'nothing was written' compares."""
    if not folder.exists():
        return {}
    return {
        str(item.relative_to(folder)): item.read_bytes()
        for item in sorted(folder.rglob("*"))
        if item.is_file() and not item.is_symlink()
    }


def readable(text: str, width: int = WIDTH) -> str:
    """``text``, which must fit a pipe of ``width`` columns: no escape codes, no longer line."""
    assert "\x1b" not in text
    for line in text.splitlines():
        assert len(line) <= width, f"{len(line)} columns: {line!r}"
    return text


def in_order(text: str, pieces: list[str]) -> None:
    """Each piece appears whole in ``text``, after the one before it."""
    position = 0
    for piece in pieces:
        found = text.find(piece, position)
        assert found >= 0, f"{piece!r} missing or out of order"
        position = found + len(piece)


def error_line(result: Ran) -> str:
    """The error a command printed: exactly one line on stderr, nothing on stdout."""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert result.stdout == "", result.stdout
    return lines[0]


def long_day(value: date) -> str:
    """A date as the program writes it: ``Tue 1 Dec 2026``."""
    return f"{value:%a} {value.day} {value:%b %Y}"


class Learner:
    """Someone following one roadmap, whose every command runs on a day of our choosing."""

    def __init__(
        self,
        home: Path,
        roadmap: Path | None = None,
        *,
        via_env: bool = False,
        own_home: bool = False,
    ) -> None:
        self.home = home
        self.roadmap_path = roadmap
        self.via_env = via_env  # the roadmap chosen by FASHIONCOACH_ROADMAP, not --roadmap
        # A machine of its own: FASHIONCOACH_HOME is ``home`` for every command it runs,
        # whatever the test's environment says (two machines that sync, say).
        self.own_home = own_home
        self._roadmap: Roadmap | None = None

    @property
    def roadmap(self) -> Roadmap:
        """The roadmap as the program reads it, read on first use without the program's
        cache, so that making a learner writes nothing anywhere."""
        if self._roadmap is None:
            path = self.roadmap_path or paths.bundled_roadmap()
            self._roadmap = validate_roadmap(parse_toml(read_bytes(path), path), path)
        return self._roadmap

    @property
    def file(self) -> Path:
        """The progress file on disk."""
        return self.home / f"{self.roadmap.id}.toml"

    def run(
        self,
        *args: str,
        today: date | str | None = None,
        input: str | None = None,
        env: dict[str, str] | None = None,
    ) -> Ran:
        """The command as a user types it (with ``--today`` and ``--roadmap`` first)."""
        front: list[str] = []
        settings = dict(env or {})
        if self.own_home:
            settings.setdefault(paths.HOME_ENV, str(self.home))
        if self.roadmap_path is not None:
            if self.via_env:
                settings.setdefault(paths.ROADMAP_ENV, str(self.roadmap_path))
            else:
                front += ["--roadmap", str(self.roadmap_path)]
        if today is not None:
            front += ["--today", today if isinstance(today, str) else today.isoformat()]
        return launch([*front, *args], input=input, env=settings)

    def ok(
        self,
        *args: str,
        today: date | str | None = None,
        input: str | None = None,
        env: dict[str, str] | None = None,
    ) -> Ran:
        """The command, which must succeed."""
        result = self.run(*args, today=today, input=input, env=env)
        assert result.exit_code == 0, (args, result.output)
        return result

    def fails(self, *args: str, today: date | str | None = None, code: int = 1) -> str:
        """The command, which must fail with ``code`` and one line on stderr; that line."""
        result = self.run(*args, today=today)
        assert result.exit_code == code, (args, result.output)
        lines = result.stderr.splitlines()
        assert len(lines) == 1, result.stderr
        return lines[0]

    def text(self, *args: str, today: date | str | None = None, input: str | None = None) -> str:
        """The output of the command, which must succeed."""
        return self.ok(*args, today=today, input=input).stdout

    def screen(self, *args: str, today: date | str | None = None, input: str | None = None) -> str:
        """A view's text, which must fit the 80-column pipe: what ``text`` gives, checked."""
        return readable(self.text(*args, today=today, input=input))

    def json(self, *args: str, today: date | str | None = None) -> Any:
        return json.loads(self.ok(*args, "--json", today=today).stdout)

    def saved(self) -> dict[str, Any]:
        """The progress file as TOML data."""
        return tomllib.loads(self.file.read_text(encoding="utf-8"))

    def marks(self) -> list[tuple[date, str, str]]:
        """The saved log's marks of actions (done, undone, skipped) as (day, kind, id)."""
        return [
            (row["day"], row["kind"], row["action"])
            for row in self.saved()["events"]
            if row["kind"] in ("done", "undone", "skipped")
        ]

    def moves(self) -> list[tuple[date, str, bool]]:
        """The saved phase moves as (day, phase id, whether it went back)."""
        return [
            (row["day"], row["phase"], row.get("back", False))
            for row in self.saved()["events"]
            if row["kind"] == "phase"
        ]

    def begun(self) -> tuple[date, float]:
        """The plan's first day and budget, as the saved log's last start says them."""
        starts = [row for row in self.saved()["events"] if row["kind"] in ("start", "restart")]
        restarts = [row for row in starts if row["kind"] == "restart"]
        row = (restarts or starts)[-1 if restarts else 0]
        return row["on"], row["hours"]

    def files(self) -> dict[str, bytes]:
        return files_under(self.home)

    def backups(self) -> list[Path]:
        """The backups of progress files kept in the data folder, oldest name first."""
        return sorted((self.home / "backups").glob("*.toml"))

    def week_ids(self, today: date | str) -> list[str]:
        """The ids ``today`` lists on ``today``, in its numbered order."""
        return [line["id"] for line in self.json("today", today=today)["actions"]]

    def roadmap_week(self, week: int) -> list[str]:
        """The ids the roadmap itself puts in its week ``week``, in plan order."""
        return [action.id for _, number, action in self.roadmap.actions() if number == week]


class Life(Learner):
    """A learner with data and cache folders of their own under ``folder``: one example of
    a state machine, or one machine of several, that starts from nothing."""

    def __init__(self, folder: Path, roadmap: Path | None) -> None:
        super().__init__(folder / "home", roadmap)
        self.env = {paths.HOME_ENV: str(folder / "home"), paths.CACHE_ENV: str(folder / "cache")}

    def run(
        self,
        *args: str,
        today: date | str | None = None,
        input: str | None = None,
        env: dict[str, str] | None = None,
    ) -> Ran:
        return super().run(*args, today=today, input=input, env={**self.env, **(env or {})})


def v4_progress(
    roadmap_id: str, start: date, hours: float = 10.5, first_phase: str = "foundations"
) -> dict[str, Any]:
    """A progress file as release 0.3 (schema 4) wrote it, for a plan begun on ``start``:
    what a test plants by hand, and what the migration to schema 5 must keep."""
    return {
        "schema_version": 4,
        "roadmap_id": roadmap_id,
        "start_date": start,
        "hours_per_week": hours,
        "phases": [{"phase": first_phase, "began": start}],
        "events": [],
    }
