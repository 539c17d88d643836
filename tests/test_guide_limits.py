"""A guide's import at the edges: a roadmap over the size limit is refused before
anything is written; a re-import over an earlier one keeps the learner's progress on
every id that still exists and ``doctor`` names the others; and the import's time
grows in step with the guide (issue 21's scale series).
"""

from __future__ import annotations

import importlib.util
import re
import time
from pathlib import Path
from types import ModuleType

import pytest

from fashioncoach.guides.importer import import_text
from fashioncoach.model.limits import MAX_ROADMAP_BYTES
from tests.helpers import REPO, Learner, error_line


def benchmark() -> ModuleType:
    """benchmarks/guide_import.py, whose guides grow in every part at once."""
    path = REPO / "benchmarks" / "guide_import.py"
    spec = importlib.util.spec_from_file_location("guide_import", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_a_roadmap_over_the_limit_is_refused_before_anything_is_written(
    learner: Learner, tmp_path: Path
) -> None:
    """A guide whose roadmap would pass 4 MiB is refused with exact sizes in the
    learner's units (phases, goals, actions, bytes), and no file is left: neither a new
    one at -o nor a change to the file --force would have replaced."""
    source = tmp_path / "huge.txt"
    long_goal = "Build a roast profile library " + " ".join(["and its tasting notes"] * 100)
    goals = [f"- {long_goal} number {number}" for number in range(1, 1000)]
    source.write_text(GUIDE + "Library\n4 weeks- Build the first profile\n" + "\n".join(goals))
    target = tmp_path / "huge.toml"
    result = learner.run("roadmap", "import", str(source), "-o", str(target), "--hours", "80")
    assert result.exit_code == 1
    message = error_line(result)
    sizes = re.search(r"a roadmap of ([\d,]+) bytes \(([\d.]+) MiB\)", message)
    assert sizes is not None, message
    assert int(sizes[1].replace(",", "")) > MAX_ROADMAP_BYTES
    assert f"at most {MAX_ROADMAP_BYTES:,} bytes (4 MiB)" in message
    assert re.search(r"its 2 phases and 1,003 goals make [\d,]+ actions", message)
    assert "Nothing was written" in message and "4 MiB of 4 MiB" not in message
    assert not target.exists()
    assert [path.name for path in tmp_path.iterdir()] == ["huge.txt"]

    target.write_text("# mine\n", encoding="utf-8")
    forced = learner.run(
        "roadmap", "import", str(source), "-o", str(target), "--hours", "80", "--force"
    )
    assert forced.exit_code == 1
    assert target.read_text(encoding="utf-8") == "# mine\n"


GUIDE = """From Barista to Coffee Roaster: Your 6-Month Transition Guide
Overview
Your years behind the espresso bar taught you how coffee should taste.
Skills You'll Need to Learn
Here's what you'll need to learn.
Roast Profiling
Take 'Roast Profiling Basics' on Udemy
Cupping
Read 'The Coffee Taster's Handbook'
Your Learning Roadmap
Follow this roadmap.
Roasting
4 weeks- Roast ten test batches and log each profile
- Write a roast log template for the roastery
- Cup three coffees with a head roaster
"""


def test_reimport_keeps_progress_and_doctor_names_the_rest(
    learner: Learner, tmp_path: Path
) -> None:
    """``roadmap import --force`` over an earlier import of a changed guide keeps the
    progress of every action whose id still exists (ids come from the guide's words, so
    they do), and ``doctor`` names the ids that are gone."""
    source, target = tmp_path / "guide.txt", tmp_path / "mine.toml"
    source.write_text(GUIDE, encoding="utf-8")
    learner.ok("roadmap", "import", str(source), "-o", str(target))
    mine = Learner(learner.home, target)
    kept, dropped = "write-roast-log-template-for-roastery", "cup-three-coffees-with-head-roaster"
    ids = [action.id for _, _, action in mine.roadmap.actions()]
    assert kept in ids and dropped in ids
    mine.ok("start", "--on", "2027-01-04", today="2027-01-04")
    mine.ok("done", kept, dropped, today="2027-01-05")

    source.write_text(GUIDE.replace("- Cup three coffees with a head roaster\n", ""), "utf-8")
    learner.ok("roadmap", "import", str(source), "-o", str(target), "--force")
    again = Learner(learner.home, target)
    new_ids = [action.id for _, _, action in again.roadmap.actions()]
    assert dropped not in new_ids
    assert set(new_ids) <= set(ids)  # every other id is the same as before
    plan = again.json("phase", "show", "1", today="2027-01-05")["plan"]
    statuses = {line["id"]: line["status"] for week in plan for line in week["actions"]}
    assert statuses[kept] == "done"
    doctor = again.run("doctor", today="2027-01-05")
    assert f"no longer in this roadmap: {dropped}" in doctor.stdout
    assert kept not in doctor.stdout.split("no longer in this roadmap:")[1]


@pytest.mark.slow
def test_import_time_grows_in_step_with_the_guide() -> None:
    """Issue 21's series: 2,000 bullets took 2.5 s, 8,000 16.6 s, 20,000 81 s. Now four
    times the guide takes about four times as long (at most six), never the square."""
    make = benchmark().guide
    import_text(make(200), source="warm-up.txt", hours_per_week=80)
    seconds = {}
    for size in (2000, 8000):
        text = make(size)
        runs = []
        for _ in range(3):  # the best of three: another process's load is no property
            began = time.process_time()
            import_text(text, source="guide.txt", hours_per_week=80)
            runs.append(time.process_time() - began)
        seconds[size] = min(runs)
    assert seconds[8000] < 6 * seconds[2000], seconds
