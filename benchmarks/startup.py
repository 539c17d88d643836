"""How long fashioncoach takes, as a whole process, against bare Python and its peers.

Run it with the venv's own python (a pyenv shim adds ~70 ms to every start):

    .venv/bin/python benchmarks/startup.py            # 21 runs per command
    .venv/bin/python benchmarks/startup.py --quick    # 5 runs, for CI: reports, never fails

Each command runs N times after a warm-up, interleaved with ``python -c pass`` (and
``watson status`` when installed) so that machine noise hits every row alike. It prints
medians, min/max, the ratio to bare python and each command's own peak memory, then
the scale series: generated roadmaps and progress logs of three sizes.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import tomli_w

START = date(2026, 11, 25)
TODAY = "2026-12-09"


@dataclass
class Row:
    name: str
    argv: list[str]
    env: dict[str, str] = field(default_factory=dict)
    seconds: list[float] = field(default_factory=list)
    peak_kib: int = 0
    codes: tuple[int, ...] = (0,)  # the exit codes that mean the command did its job


def run_once(row: Row, base_env: dict[str, str]) -> None:
    started = time.perf_counter()
    process = subprocess.run(
        row.argv,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**base_env, **row.env},
        check=False,
    )
    elapsed = time.perf_counter() - started
    if process.returncode not in row.codes:
        raise SystemExit(f"{row.name}: exited {process.returncode}: {' '.join(row.argv)}")
    row.seconds.append(elapsed)


# Peak memory is the command's own high-water mark. Linux carries a process's peak
# over a fork and an exec, so a command started straight from this script reports at
# least this script's ~16 MiB, whatever it uses. A bare ``python -S`` in between forks
# the command from a process of ~7 MiB and reports the command's ru_maxrss (KiB).
PEAK_PROBE = """
import os, sys
pid = os.fork()
if pid == 0:
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, 1)
    os.dup2(null, 2)
    try:
        os.execv(sys.argv[1], sys.argv[1:])
    finally:
        os._exit(127)
_, status, usage = os.wait4(pid, 0)
print(os.waitstatus_to_exitcode(status), usage.ru_maxrss)
"""


def peak_once(row: Row, base_env: dict[str, str]) -> None:
    probe = subprocess.run(
        [sys.executable, "-S", "-c", PEAK_PROBE, *row.argv],
        env={**base_env, **row.env},
        capture_output=True,
        text=True,
        check=True,
    )
    code, peak = (int(word) for word in probe.stdout.split())
    if code not in row.codes:
        raise SystemExit(f"{row.name}: exited {code}: {' '.join(row.argv)}")
    row.peak_kib = max(row.peak_kib, peak)


def measure(rows: list[Row], runs: int, env: dict[str, str]) -> None:
    for row in rows:  # warm-up: page cache, .pyc files, our own caches
        run_once(row, env)
        row.seconds.clear()
    for _ in range(runs):
        for row in rows:
            run_once(row, env)
    for row in rows:  # in the same order, so a done is still followed by its undo
        peak_once(row, env)


def report(rows: list[Row], bare: Row) -> None:
    bare_median = statistics.median(bare.seconds)
    print(f"{'command':34} {'median':>8} {'min':>8} {'max':>8} {'x bare':>7} {'peak':>9}")
    for row in rows:
        median = statistics.median(row.seconds)
        print(
            f"{row.name:34} {median * 1000:7.1f}ms {min(row.seconds) * 1000:7.1f}ms "
            f"{max(row.seconds) * 1000:7.1f}ms {median / bare_median:6.1f}x "
            f"{row.peak_kib / 1024:7.1f}MiB"
        )


def fashioncoach(python: str, *args: str) -> list[str]:
    """The console script a user runs (``python -m`` adds runpy's ~3 ms), else the module."""
    script = Path(python).parent / "fashioncoach"
    if script.is_file():
        return [str(script), *args]
    return [python, "-m", "fashioncoach", *args]


# Issue targets: (row, most times bare python, most times watson status); None: no bound.
TARGETS = [
    ("fashioncoach today", 3.0, 0.5),
    ("fashioncoach today (colour)", 3.0, 0.5),
    ("fashioncoach today --json", 3.0, 0.5),
    ("fashioncoach status", 2.0, None),
    ("fashioncoach --help", 5.0, None),
    ("fashioncoach report", 5.0, None),
    ("TAB: commands (bash)", 3.0, None),
    ("TAB: done IDs (bash)", 3.0, None),
    ("TAB: done IDs (zsh)", 3.0, None),
    ("TAB: done IDs (fish)", 3.0, None),
    ("TAB: done IDs, files changed", 3.0, None),
    ("fashioncoach done ID", 5.0, None),
    ("fashioncoach undo ID", 5.0, None),
]
PEAK_TARGET_MIB = 15.0


def targets(rows: list[Row], bare: Row) -> None:
    """Each target against its measure: met or not, with the ratio."""
    by_name = {row.name: row for row in rows}
    bare_median = statistics.median(bare.seconds)
    watson = by_name.get("watson status")
    print("\ntargets (medians of the same run)")
    for name, most_bare, most_watson in TARGETS:
        median = statistics.median(by_name[name].seconds)
        checks = [f"{median / bare_median:.1f}x bare (<= {most_bare:g}x)"]
        met = median / bare_median <= most_bare
        if most_watson is not None and watson is not None:
            ratio = median / statistics.median(watson.seconds)
            checks.append(f"{ratio:.2f}x watson (<= {most_watson:g}x)")
            met = met and ratio <= most_watson
        print(f"  {'met ' if met else 'MISS'} {name:30} " + ", ".join(checks))
    peak = by_name["fashioncoach today"].peak_kib / 1024
    verdict = "met " if peak <= PEAK_TARGET_MIB else "MISS"
    print(
        f"  {verdict} {'peak memory of today':30} {peak:.1f} MiB (<= {PEAK_TARGET_MIB:g} MiB; "
        f"bare python {bare.peak_kib / 1024:.1f} MiB)"
    )


def prepare_home(python: str, home: Path, env: dict[str, str], roadmap: Path | None) -> None:
    """Start a plan and mark a few actions, through the real CLI."""
    extra = ["--roadmap", str(roadmap)] if roadmap else []
    subprocess.run(
        fashioncoach(python, *extra, "start", "--on", START.isoformat(), "--yes"),
        env={**env, "FASHIONCOACH_HOME": str(home)},
        check=True,
        capture_output=True,
    )


def generated_roadmap(bundled: Path, actions: int, folder: Path) -> Path:
    """The bundled roadmap with its weeks repeated until it has ``actions`` actions."""
    data = tomllib.loads(bundled.read_text(encoding="utf-8"))
    template = [
        action for phase in data["phases"] for week in phase["weeks"] for action in week["actions"]
    ]
    weeks_total = data["overview"]["duration_weeks"]
    data["overview"].pop("hours_per_week", None)  # its weeks hold more than the bundled ones
    per_week = -(-actions // weeks_total)
    made = 0
    week_number = 1
    for phase in data["phases"]:
        weeks = []
        for _ in range(phase["duration_weeks"]):
            week_actions = []
            for _ in range(per_week):
                if made == actions:
                    break
                action = dict(template[made % len(template)])
                action["id"] = f"{action['id']}-{made}"
                action["hours"] = 0.5
                action.pop("goal", None)  # goals belong to their own phase
                action.pop("after", None)  # prerequisites name the template's ids
                week_actions.append(action)
                made += 1
            weeks.append({"week": week_number, "theme": "generated", "actions": week_actions})
            week_number += 1
        phase["weeks"] = weeks
    for milestone in data.get("milestones", []):
        milestone["actions"] = []
    path = folder / f"roadmap-{actions}.toml"
    path.write_text(tomli_w.dumps(data), encoding="utf-8")
    return path


def generated_progress(home: Path, roadmap_path: Path, events: int) -> None:
    """A progress log of ``events`` done/undone events over the roadmap's actions."""
    (progress_path,) = home.glob("*.toml")
    progress = tomllib.loads(progress_path.read_text(encoding="utf-8"))
    roadmap = tomllib.loads(roadmap_path.read_text(encoding="utf-8"))
    ids = [
        action["id"]
        for phase in roadmap["phases"]
        for week in phase["weeks"]
        for action in week["actions"]
    ]
    moment = datetime.combine(START, datetime.min.time(), tzinfo=UTC)
    log = progress["events"][:1]  # the start
    for number in range(1, events):
        moment += timedelta(seconds=37)
        kind = "done" if number % 2 == 0 else "undone"
        log.append(
            {
                "id": f"bench-{number}",
                "seq": number + 1,
                "at": moment,
                "day": moment.date(),
                "kind": kind,
                "action": ids[(number // 2) % len(ids)],
            }
        )
    progress["events"] = log
    progress_path.write_text(tomli_w.dumps(progress), encoding="utf-8")


def limits(python: str, work: Path, env: dict[str, str], bare: Row) -> None:
    """Issue 21's rows: the bundled roadmap with a log at the event limit, every run a
    first run (the cache folder cannot be made, so nothing is replayed or cached)."""
    from fashioncoach.model.limits import MAX_EVENTS
    from fashioncoach.paths import bundled_roadmap

    print(f"\nat the limits: the bundled roadmap, {MAX_EVENTS:,} events, no cache")
    home = work / "home-limit"
    prepare_home(python, home, env, None)
    generated_progress(home, bundled_roadmap(), MAX_EVENTS)
    first = {"FASHIONCOACH_HOME": str(home), "FASHIONCOACH_CACHE": "/dev/null/no-cache"}
    series = [
        Row("today, first run", fashioncoach(python, "--today", TODAY, "today"), first),
        Row("doctor", fashioncoach(python, "doctor"), first, codes=(0, 1)),
        Row(
            "note (refused: the log is full)",
            fashioncoach(python, "note", "1", "x"),
            first,
            codes=(1,),
        ),
        Row(
            "export ics --today 9899-12-31",
            fashioncoach(python, "--today", "9899-12-31", "export", "ics"),
            first,
        ),
    ]
    measure([bare, *series], 3, env)
    report(series, bare)
    for row, target in zip(series, (1.5, 3.0, 1.0, 1.5), strict=True):
        median = statistics.median(row.seconds)
        verdict = "met" if median <= target else "MISSED"
        print(f"  {row.name}: {median:.2f} s (target <= {target:g} s: {verdict})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--quick", action="store_true", help="5 runs; for CI")
    parser.add_argument("--python", default=sys.executable, help="the venv's python")
    parser.add_argument("--no-scale", action="store_true", help="skip the scale series")
    options = parser.parse_args()
    runs = 5 if options.quick else options.runs
    python = options.python

    work = Path(tempfile.mkdtemp(prefix="fashioncoach-bench-"))
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("FASHIONCOACH_") and key not in ("COLUMNS",)
    }
    # Measure what an installed user gets: compiled .pyc files (pip writes them at
    # install time). With PYTHONDONTWRITEBYTECODE an editable checkout would
    # recompile every module on every run.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["FASHIONCOACH_CACHE"] = str(work / "cache")
    env["NO_COLOR"] = "1"
    try:
        home = work / "home"
        prepare_home(python, home, env, None)
        base = {"FASHIONCOACH_HOME": str(home)}
        # The writing commands get a home of their own: each of their runs changes the
        # progress file, which would make every read command's next run a first run.
        writes_home = work / "writes-home"
        prepare_home(python, writes_home, env, None)
        writes = {"FASHIONCOACH_HOME": str(writes_home)}
        bare = Row("python -c pass", [python, "-c", "pass"])
        colour = {**base, "FORCE_COLOR": "1", "NO_COLOR": ""}

        # A TAB as each shell's script asks for it: the words after the program's name,
        # the last one the word under the cursor (see app/completion.py).
        def tab(shell: str, *extra: tuple[str, str]) -> dict[str, str]:
            return {**base, "_FASHIONCOACH_COMPLETE": shell, **dict(extra)}

        rows = [
            bare,
            Row("fashioncoach today", fashioncoach(python, "--today", TODAY, "today"), base),
            Row(
                "fashioncoach today (colour)",
                fashioncoach(python, "--today", TODAY, "today"),
                colour,
            ),
            Row(
                "fashioncoach today --json",
                fashioncoach(python, "--today", TODAY, "today", "--json"),
                base,
            ),
            Row("fashioncoach status", fashioncoach(python, "--today", TODAY, "status"), base),
            Row("fashioncoach --help", fashioncoach(python, "--help"), base),
            Row("fashioncoach report", fashioncoach(python, "--today", TODAY, "report"), base),
            Row("TAB: commands (bash)", fashioncoach(python, ""), tab("bash")),
            *(
                Row(f"TAB: done IDs ({shell})", fashioncoach(python, "done", ""), tab(shell))
                for shell in ("bash", "zsh", "fish")
            ),
            # The first TAB after a change: the ids worked out from the files again.
            Row(
                "TAB: done IDs, files changed",
                fashioncoach(python, "done", ""),
                tab("zsh", ("FASHIONCOACH_NO_REPLAY", "1")),
            ),
            # done then undo, one after the other: each run of either saves the file.
            Row(
                "fashioncoach done ID",
                fashioncoach(python, "--today", TODAY, "done", "pick-fashion-blogs"),
                writes,
            ),
            Row(
                "fashioncoach undo ID",
                fashioncoach(python, "--today", TODAY, "undo", "pick-fashion-blogs"),
                writes,
            ),
            # The first run of a day, or after a change: no replay to print.
            Row(
                "today, not replayed",
                fashioncoach(python, "--today", TODAY, "today"),
                {**base, "FASHIONCOACH_NO_REPLAY": "1"},
            ),
        ]
        watson = shutil.which("watson")
        if watson:
            rows.append(Row("watson status", [watson, "status"]))
        print(f"python: {python}; {runs} runs per command after a warm-up; {os.cpu_count()} cores")
        measure(rows, runs, env)
        report(rows, bare)
        targets(rows, bare)

        if options.no_scale:
            return
        print("\nscale: generated roadmap (actions) and progress log (events)")
        named = {row.name: row for row in rows}
        bundled_today = statistics.median(named["fashioncoach today"].seconds)
        bundled_report = statistics.median(named["fashioncoach report"].seconds)
        bundled_fresh = statistics.median(named["today, not replayed"].seconds)
        from fashioncoach.paths import bundled_roadmap

        previous: float | None = None
        for actions, events in ((250, 2_500), (500, 5_000), (1_000, 10_000)):
            scale_home = work / f"home-{actions}"
            roadmap = generated_roadmap(bundled_roadmap(), actions, work)
            prepare_home(python, scale_home, env, roadmap)
            generated_progress(scale_home, roadmap, events)
            scaled = {"FASHIONCOACH_HOME": str(scale_home)}
            series = [
                Row(
                    f"today  {actions} actions {events} events",
                    fashioncoach(python, "--roadmap", str(roadmap), "--today", TODAY, "today"),
                    scaled,
                ),
                Row(
                    f"  not replayed, {actions} actions",
                    fashioncoach(python, "--roadmap", str(roadmap), "--today", TODAY, "today"),
                    {**scaled, "FASHIONCOACH_NO_REPLAY": "1"},
                ),
                Row(
                    f"report {actions} actions {events} events",
                    fashioncoach(python, "--roadmap", str(roadmap), "--today", TODAY, "report"),
                    scaled,
                ),
            ]
            measure([bare, *series], max(3, runs // 2), env)
            report([*series], bare)
            today_median = statistics.median(series[0].seconds)
            fresh_median = statistics.median(series[1].seconds)
            report_median = statistics.median(series[2].seconds)
            growth = (
                "" if previous is None else f", {today_median / previous:.2f}x the previous size"
            )
            print(
                f"  today {today_median / bundled_today:.2f}x bundled, not replayed "
                f"{fresh_median / bundled_fresh:.2f}x bundled, report "
                f"{report_median / bundled_report:.2f}x bundled{growth}"
            )
            previous = today_median
        limits(python, work, env, bare)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
