"""Each defect issue 22 found in drafted plans, as a guide that shows it, imported through
the CLI; the test reads what the learner gets: the import's output and the roadmap file.

Work before what it needs, a course finished twice, hours padded to the budget,
resources misread, done-when lines that do not fit, skills credited wrongly, wrong
salary facts, a refused guide, and ids cut short: each has its test here.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from tests.helpers import Learner

ADVICE = "Take 'Working with Data' on Coursera"


def guide(
    skills: list[tuple[str, str]],
    phases: list[tuple[str, str, list[str]]],
    *,
    start: dict[str, list[str]] | None = None,
    faq: list[str] | None = None,
) -> str:
    """A guide of the family: (name, advice) skills, (title, weeks line, goals) phases."""
    lines = [
        "From Clinical Nurse to Clinical Research Associate: Your 6-Month Transition Guide",
        "Overview",
        "Your ward years taught you how trials look from the patient's side.",
        "Skills You'll Need to Learn",
        "Here's what you'll need to learn, prioritized by importance for your transition.",
    ]
    for name, advice in skills:
        lines += [name, advice]
    lines += ["Your Learning Roadmap", "Follow this roadmap."]
    for title, weeks, goals in phases:
        lines += [title, weeks + goals[0], *(f"- {goal}" for goal in goals[1:])]
    if start:
        lines += ["Start Your Journey Now", "Don't wait."]
        for horizon, items in start.items():
            lines += [horizon, *(f"- {item}" for item in items)]
    if faq:
        lines += ["Frequently Asked Questions", *faq]
    return "\n".join(lines) + "\n"


def imported(learner: Learner, tmp_path: Path, text: str, *options: str) -> tuple[str, Any]:
    """The import's output and the roadmap it wrote, as TOML data."""
    source = tmp_path / "guide.txt"
    source.write_text(text, encoding="utf-8")
    target = tmp_path / "roadmap.toml"
    result = learner.ok("roadmap", "import", str(source), "-o", str(target), *options)
    return result.stdout, tomllib.loads(target.read_text(encoding="utf-8"))


def actions(data: dict[str, Any]) -> list[tuple[int, dict[str, Any]]]:
    """Every action with its week, in the roadmap's order."""
    return [
        (week["week"], action)
        for phase in data["phases"]
        for week in phase["weeks"]
        for action in week["actions"]
    ]


def titled(data: dict[str, Any], start: str) -> list[tuple[int, dict[str, Any]]]:
    return [(week, action) for week, action in actions(data) if action["title"].startswith(start)]


def needs(data: dict[str, Any], action_id: str) -> set[str]:
    """Every action ``action_id`` waits for, directly or through another."""
    after = {action["id"]: action.get("after", []) for _, action in actions(data)}
    found: set[str] = set()
    todo = list(after[action_id])
    while todo:
        current = todo.pop()
        if current not in found:
            found.add(current)
            todo += after[current]
    return found


def position(data: dict[str, Any], action_id: str) -> int:
    return [action["id"] for _, action in actions(data)].index(action_id)


# --- Work comes before what it needs --------------------------------------------------------


def test_a_course_is_enrolled_in_before_it_is_completed(learner: Learner, tmp_path: Path) -> None:
    """ "Complete the statistics course" came in week 10 and the course's enrolment in week
    11: now the goal is the course's own chain, enrolled once, then studied, then finished."""
    text = guide(
        [("Statistics", "Take 'Statistics with R' on Coursera")],
        [
            ("Data Basics", "4 weeks- ", ["Learn the basics of clinical data"]),
            ("Statistics", "6 weeks- ", ["Complete the statistics course", "Analyse a trial"]),
        ],
    )
    _, data = imported(learner, tmp_path, text)
    enroll = titled(data, "Enroll in 'Statistics with R'")
    finish = titled(data, "Finish 'Statistics with R'")
    assert len(enroll) == 1 and len(finish) == 1
    assert enroll[0][0] <= finish[0][0]
    assert position(data, enroll[0][1]["id"]) < position(data, finish[0][1]["id"])
    assert [a for _, a in actions(data) if "Complete the statistics course" in a["title"]] == []


def test_work_in_python_waits_for_the_python_course(learner: Learner, tmp_path: Path) -> None:
    """A Python automation task landed in week 7 while the Python phase began in week 9:
    a goal that works "in Python" now comes after the Python course."""
    text = guide(
        [
            (
                "Python Programming (e.g., Python, pandas)",
                "Take 'Python for Everybody' on Coursera",
            ),
            ("Trial Monitoring", "Read 'Monitoring Clinical Trials'"),
        ],
        [
            ("Monitoring Practice", "3 weeks- ", ["Automate a weekly visit report in Python"]),
            ("Python", "4 weeks- ", ["Learn Python basics with small scripts"]),
        ],
    )
    _, data = imported(learner, tmp_path, text)
    (finish,) = titled(data, "Finish 'Python for Everybody'")
    task = titled(data, "Automate a weekly visit report in Python")[0][1]
    assert finish[1]["id"] in needs(data, task["id"])
    assert position(data, finish[1]["id"]) < position(data, task["id"])


def test_projects_on_github_with_tests_wait_for_git_and_testing(
    learner: Learner, tmp_path: Path
) -> None:
    """ "Put three projects on GitHub with tests" sat in week 10, Git and testing in weeks
    14-18: now it waits for both."""
    text = guide(
        [
            ("Version Control (e.g., Git, GitHub)", "Complete 'Version Control with Git' on Udemy"),
            ("Software Testing (e.g., tests, pytest)", "Take 'Software Testing Basics' on edX"),
        ],
        [
            ("Portfolio", "4 weeks- ", ["Put three projects on GitHub with tests"]),
            ("Tooling", "5 weeks- ", ["Learn Git branching", "Write tests with pytest"]),
        ],
    )
    _, data = imported(learner, tmp_path, text)
    task = titled(data, "Put three projects on GitHub with tests")[0][1]
    waits = needs(data, task["id"])
    for course in ("Version Control with Git", "Software Testing Basics"):
        (finish,) = titled(data, f"Finish '{course}'")
        assert finish[1]["id"] in waits, course


def test_an_exam_is_prepared_booked_and_sat_after_its_course(
    learner: Learner, tmp_path: Path
) -> None:
    """An exam was sat in the week its course began: now it is prepared for, booked and
    sat, in that order, after the course is finished."""
    advice = (
        "Take the 'Good Clinical Practice' course from the NIDA Clinical Trials Network and "
        "prepare for the 'CCRP Certification' exam from SOCRA"
    )
    text = guide(
        [("Clinical Research", advice)],
        [("Certification", "8 weeks- ", ["Review the ICH guidelines"])],
    )
    _, data = imported(learner, tmp_path, text)
    course = titled(data, "Finish 'Good Clinical Practice'")[0]
    prepare = titled(data, "Prepare for 'CCRP Certification'")
    (book,) = titled(data, "Book 'CCRP Certification'")
    (sit,) = titled(data, "Sit 'CCRP Certification'")
    assert course[1]["id"] in needs(data, prepare[0][1]["id"])
    order = [position(data, step[1]["id"]) for step in (course, *prepare, book, sit)]
    assert order == sorted(order)
    assert sit[0] > titled(data, "Enroll in 'Good Clinical Practice'")[0][0]
    assert book[1]["done_when"] == "exam booked for a date"
    assert sit[1]["done_when"] == "passed, certificate saved"
    assert len(titled(data, "Sit ")) == 1


def test_a_course_a_goal_uses_comes_before_the_goal(learner: Learner, tmp_path: Path) -> None:
    """A course was enrolled in week 40, after the phase and the capstone that use it: a
    capstone that names the course's skill comes after the course."""
    text = guide(
        [
            ("Trial Budgets", "Read 'Budgeting for Trials'"),
            (
                "Data Management (e.g., REDCap)",
                "Take 'Data Management for Clinical Research' on Coursera",
            ),
        ],
        [
            ("Capstone", "4 weeks- ", ["Build a trial database in REDCap for a mock study"]),
            ("Budgets", "6 weeks- ", ["Draft a budget for a small trial"]),
        ],
    )
    _, data = imported(learner, tmp_path, text)
    (finish,) = titled(data, "Finish 'Data Management for Clinical Research'")
    capstone = titled(data, "Build a trial database in REDCap")[0][1]
    assert position(data, finish[1]["id"]) < position(data, capstone["id"])
    assert finish[0] <= titled(data, "Build a trial database in REDCap")[0][0]


# --- The same course finished twice ---------------------------------------------------------


def test_a_course_named_three_times_is_one_chain(learner: Learner, tmp_path: Path) -> None:
    """The NIDA GCP course, named by a skill's advice, a phase goal and a start-now item,
    was finished three times: now it is one chain, enrolled once and finished once, with
    no "Continue:" steps."""
    text = guide(
        [
            (
                "Clinical Research",
                "Take the 'Good Clinical Practice' course from the NIDA Clinical Trials Network",
            )
        ],
        [
            ("Foundations", "2 weeks- ", ["Complete the NIDA Good Clinical Practice course"]),
            ("Practice", "10 weeks- ", ["Shadow a monitoring visit"]),
        ],
        start={"This Month": ["Finish the NIDA GCP course"]},
    )
    _, data = imported(learner, tmp_path, text)
    assert len(titled(data, "Enroll in 'Good Clinical Practice'")) == 1
    assert len(titled(data, "Finish 'Good Clinical Practice'")) == 1
    finished = [a for _, a in actions(data) if "all modules finished" in a["done_when"]]
    assert len(finished) == 1
    assert [
        a["title"] for _, a in actions(data) if a["title"].startswith(("Continue", "Finish:"))
    ] == []
    (milestone,) = data["milestones"]
    assert finished[0]["id"] in milestone["actions"]


# --- Hours padded to the budget -------------------------------------------------------------


def test_hours_come_from_the_work_not_the_budget(learner: Learner, tmp_path: Path) -> None:
    """Every week was exactly 8 h, joining a society 4.5 h and reading a guideline's
    introduction 2 h: now each action has its kind's hours, a phase's spare weeks stay
    empty, and one goal is not stretched over ten "Continue:" weeks."""
    text = guide(
        [("Clinical Research", ADVICE)],
        [
            (
                "Professional Footing",
                "10 weeks- ",
                [
                    "Join the Association of Clinical Research Professionals",
                    "Download the ICH E6 guideline and read the introduction",
                    "Build a study start-up checklist",
                ],
            )
        ],
    )
    _, data = imported(learner, tmp_path, text)
    join = titled(data, "Join the Association")
    assert sum(action["hours"] for _, action in join) <= 2
    guideline = titled(data, "Download the ICH E6 guideline")
    assert sum(action["hours"] for _, action in guideline) <= 2
    weeks = {week for week, _ in actions(data)}
    assert max(weeks) < 10  # the work fits in fewer weeks than the phase gives it
    assert [a for _, a in actions(data) if a["title"].startswith("Continue")] == []
    done_whens = [action["done_when"] for _, action in actions(data)]
    assert max(done_whens.count(line) for line in done_whens) <= 3


# --- Resources misread ----------------------------------------------------------------------


def test_books_videos_and_tutorials_keep_their_kind(learner: Learner, tmp_path: Path) -> None:
    """Books were enrolled in and set up, a video series became a course without its
    provider, and "Enroll in Follow the official Figma tutorials on YouTube" was a title:
    now each is read, watched or taken as its kind says."""
    text = guide(
        [
            (
                "Version Control",
                "Read 'Pro Git' by Scott Chacon and read 'Modern Food Microbiology'",
            ),
            ("Data Science", "Work through 'R for Data Science' (free online book)"),
            ("Design Tools", "Watch the 'Figma Basics' video series on YouTube"),
            ("Prototyping", "Follow the official Figma tutorials on YouTube"),
        ],
        [("Tools", "6 weeks- ", ["Learn the tools of the trade"])],
    )
    _, data = imported(learner, tmp_path, text)
    kinds = {entry["title"]: entry for entry in data["resources"]}
    assert kinds["Pro Git"]["kind"] == "book" and kinds["Pro Git"]["offered_by"] == "Scott Chacon"
    assert kinds["Modern Food Microbiology"]["kind"] == "book"
    assert kinds["R for Data Science"]["kind"] == "book"
    assert kinds["Figma Basics"]["kind"] == "video"
    assert kinds["Figma Basics"]["provider"] == "YouTube"
    tutorials = next(entry for title, entry in kinds.items() if "Figma tutorials" in title)
    assert (tutorials["kind"], tutorials["provider"]) == ("video", "YouTube")
    titles = [action["title"] for _, action in actions(data)]
    assert "Read 'Pro Git': part 1 of 4" in titles
    assert "Watch the official Figma tutorials on YouTube: part 1 of 3" in titles
    assert not [
        t
        for t in titles
        if t.startswith(("Enroll in 'Pro Git'", "Set up 'R for", "Enroll in Follow"))
    ]
    assert not [t for t in titles if "Modern Food Microbiology' and its final" in t]


def test_providers_are_whole_and_named(learner: Learner, tmp_path: Path) -> None:
    """Providers were cut at "and" ("UC Davis Continuing"), and "from the NIDA Clinical
    Trials Network" gave none: now both are as the guide names them."""
    text = guide(
        [
            ("SQL", "Take 'SQL Basics' offered by UC Davis Continuing and Professional Education"),
            (
                "Clinical Research",
                "Take the 'Good Clinical Practice' course from the NIDA Clinical Trials Network",
            ),
        ],
        [("Foundations", "6 weeks- ", ["Learn the vocabulary of trials"])],
    )
    _, data = imported(learner, tmp_path, text)
    entries = {entry["title"]: entry for entry in data["resources"]}
    assert entries["SQL Basics"]["offered_by"] == "UC Davis Continuing and Professional Education"
    assert entries["Good Clinical Practice"]["provider"] == "NIDA Clinical Trials Network"


# --- Done-when lines that do not fit ---------------------------------------------------------


def test_done_when_fits_the_step(learner: Learner, tmp_path: Path) -> None:
    """An exam got "a first rough version saved", and "Start:" actions carried "all
    modules finished and the certificate": now a first step never says finished."""
    text = guide(
        [
            (
                "Clinical Research",
                "Take 'Clinical Trials Certificate' on Coursera and prepare "
                "for the 'CCRA Certification' exam",
            )
        ],
        [("Foundations", "8 weeks- ", ["Learn the phases of a clinical trial"])],
    )
    _, data = imported(learner, tmp_path, text)
    for _, action in actions(data):
        if action["title"].startswith(("Enroll", "Start", "Study", "Prepare")):
            assert "finished" not in action["done_when"], action
    (enroll,) = titled(data, "Enroll in 'Clinical Trials Certificate'")
    assert enroll[1]["done_when"] == "enrolled and the first session done"
    (finish,) = titled(data, "Finish 'Clinical Trials Certificate'")
    assert finish[1]["done_when"] == "all modules finished and the certificate saved"
    exam = [a["done_when"] for _, a in actions(data) if "CCRA" in a["title"]]
    assert "rough version" not in " ".join(exam)


# --- Skills credited wrongly ----------------------------------------------------------------


def test_career_work_is_career_and_skills_get_their_own_work(
    learner: Learner, tmp_path: Path
) -> None:
    """A priority-6 certification got the résumé and the portfolio; "Rewrite your CV"
    counted as a clinical skill: now career work is career = true, with no skill, and a
    skill gets the work that teaches or practises it."""
    skills = [
        ("Clinical Research (e.g., GCP)", ADVICE),
        ("Regulatory Affairs", "Read 'Regulatory Affairs Essentials'"),
        ("Medical Terminology", "Take 'Medical Terminology' on edX"),
        ("Data Management", "Take 'Clinical Data Management' on Coursera"),
        ("Monitoring", "Read 'Monitoring Visits Explained'"),
        ("CRA Certification (e.g., CCRA)", "Prepare for the 'CCRA' exam from ACRP"),
    ]
    career = [
        "Rewrite your CV for clinical research roles",
        "Build a portfolio of monitoring case studies",
        "Apply to junior CRA roles",
        "Network with clinical research associates at local meetups",
    ]
    text = guide(
        skills,
        [
            ("Research Basics", "4 weeks- ", ["Learn the phases of clinical research"]),
            ("Job Search", "4 weeks- ", career),
        ],
    )
    _, data = imported(learner, tmp_path, text)
    for goal in career:
        steps = titled(data, goal)
        assert steps, goal
        for _, action in steps:
            assert action.get("career") is True and "skills" not in action, action
    certification = next(skill["id"] for skill in data["skills"] if skill["priority"] == 6)
    credited = [a for _, a in actions(data) if certification in a.get("skills", [])]
    assert credited and all("CCRA" in action["title"] for action in credited)


# --- Wrong facts and lost guides ------------------------------------------------------------


def test_salary_figures_keep_whose_they_are(learner: Learner, tmp_path: Path) -> None:
    """ "junior analysts earn $55,000-$70,000 compared to your current $60,000-$75,000"
    was stored with current and entry swapped; the other order reads right too."""
    for sentence in (
        "Compared with your current role, expect a pay cut of 5-10%: junior analysts earn "
        "$55,000-$70,000 compared to your current $60,000-$75,000.",
        "Expect a pay cut of 5-10%: your current $60,000-$75,000 versus $55,000-$70,000 for "
        "junior analysts.",
    ):
        text = guide(
            [("Clinical Research", ADVICE)],
            [("Foundations", "4 weeks- ", ["Learn the basics"])],
            faq=[sentence],
        )
        _, data = imported(learner, tmp_path, text, "--force")
        assert data["salary"] == {
            "currency": "USD",
            "current_min": 60000,
            "current_max": 75000,
            "entry_min": 55000,
            "entry_max": 70000,
            "change_min_percent": -10,
            "change_max_percent": -5,
        }


def test_a_bullet_after_the_weeks_is_read(learner: Learner, tmp_path: Path) -> None:
    """A guide whose phase line reads "10 weeks• Learn ..." was refused outright."""
    text = guide(
        [("Clinical Research", ADVICE)],
        [("Foundations", "10 weeks\u2022 ", ["Learn the language of trials"])],
    )
    _, data = imported(learner, tmp_path, text)
    (phase,) = data["phases"]
    assert phase["goals"][0]["text"] == "Learn the language of trials"
    assert phase["duration_weeks"] >= 10


def test_ids_are_whole_words_cut_where_a_phrase_ends(learner: Learner, tmp_path: Path) -> None:
    """Ids were cut mid-phrase (``install-a-local-database-and-load-a-sample``): now an
    id is the text's own words, cut before a word like "and", and the same on every
    import."""
    item = "Install a local database and load a sample dataset of hospital admissions"
    text = guide(
        [("Data Management", ADVICE)],
        [("Foundations", "4 weeks- ", ["Learn the basics of data management"])],
        start={"This Week": [item]},
    )
    _, data = imported(learner, tmp_path, text)
    (milestone,) = data["milestones"]
    (action_id,) = milestone["actions"]
    assert action_id == "install-local-database"
    _, again = imported(learner, tmp_path, text, "--force")
    assert [a["id"] for _, a in actions(again)] == [a["id"] for _, a in actions(data)]
