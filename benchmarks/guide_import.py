"""How long ``fashioncoach roadmap import`` takes as guides grow: the scale series of
issue 21 (2,000, 8,000 and 20,000 bullets), to check that the import is linear in the
guide's size.

Run it with the venv's own python:

    .venv/bin/python benchmarks/guide_import.py              # 3 runs of each size
    .venv/bin/python benchmarks/guide_import.py --runs 1 --src OTHER/src   # another tree

Each guide is of the family and grows in every part at once: skills (one per 100
bullets), phase goals, start-now items and reality-check bullets. The import runs as a
whole process with ``--hours 80`` (so the plan's weeks stay under the limit), once into
a fresh file; the row shows the median time, the time per 1,000 bullets, the exit
status, and the roadmap's size or the first words of the refusal. A roadmap over the
4 MiB limit is refused before anything is written, so the largest guides end there.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SIZES = (2000, 8000, 20000)
_WORDS = ("amber", "basil", "cedar", "dune", "ember", "fern", "garnet", "hazel", "iris", "jade")


def _word(number: int) -> str:
    return f"{_WORDS[number % len(_WORDS)]} {_WORDS[(number // len(_WORDS)) % len(_WORDS)]}"


def guide(bullets: int) -> str:
    """A guide of the family with ``bullets`` bullets: 30% phase goals, 20% start-now
    items, 50% reality-check bullets, and a skill for every 100 bullets."""
    goals, items = bullets * 3 // 10, bullets // 5
    reality = bullets - goals - items
    lines = [
        "From Barista to Coffee Roaster: Your 6-Month Transition Guide",
        "Overview",
        "Your years behind the espresso bar taught you how coffee should taste.",
        "Skills You'll Need to Learn",
        "Here's what you'll need to learn, prioritized by importance.",
    ]
    for number in range(max(1, bullets // 100)):
        name = f"Roast Craft {_word(number).title()} {number}"
        lines += [name, f"Take '{name} Basics' on Coursera and read 'The {name} Handbook'"]
    lines += ["Your Learning Roadmap", "Follow this roadmap."]
    per_phase = 100
    for number in range(0, goals, per_phase):
        lines += [f"Stage {number // per_phase + 1}: Practice", "1 week- Learn the roast basics"]
        lines += [
            f"- Write a cupping note on the {_word(goal)} roast number {goal}"
            for goal in range(number + 1, min(goals, number + per_phase))
        ]
    lines += ["Reality Check", "An honest look.", "What You'll Love"]
    lines += [f"- Tasting the {_word(item)} roast number {item}" for item in range(reality)]
    lines += ["Start Your Journey Now", "Don't wait.", "Next 90 Days"]
    lines += [f"- Follow {item % 9 + 2} {_word(item)} roasters online" for item in range(items)]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--src", type=Path, help="import fashioncoach from this folder")
    parser.add_argument("--sizes", type=int, nargs="*", default=list(SIZES))
    options = parser.parse_args()
    env = dict(os.environ)
    if options.src is not None:
        env["PYTHONPATH"] = str(options.src.resolve())
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        env["FASHIONCOACH_HOME"] = str(folder / "home")
        env["FASHIONCOACH_CACHE"] = str(folder / "cache")
        print(f"{'bullets':>8} {'guide':>10} {'median s':>9} {'s per 1k':>9}  result")
        for size in options.sizes:
            source = folder / f"guide-{size}.txt"
            source.write_text(guide(size), encoding="utf-8")
            seconds, result = [], ""
            for run in range(options.runs):
                target = folder / f"roadmap-{size}-{run}.toml"
                command = [sys.executable, "-m", "fashioncoach", "roadmap", "import"]
                command += [str(source), "-o", str(target), "--hours", "80"]
                began = time.perf_counter()
                done = subprocess.run(command, env=env, capture_output=True, text=True)
                seconds.append(time.perf_counter() - began)
                if done.returncode == 0:
                    result = f"exit 0, wrote {target.stat().st_size:,} bytes"
                else:
                    result = f"exit {done.returncode}: {done.stderr.strip()[:110]}"
                    result += "; no file" if not target.exists() else "; LEFT A FILE"
            median = statistics.median(seconds)
            print(
                f"{size:>8,} {source.stat().st_size:>10,} {median:>9.2f} "
                f"{median / size * 1000:>9.3f}  {result}"
            )


if __name__ == "__main__":
    main()
