"""`roadmap validate` messages a person can act on: each names the line and the action,
phase or skill it is in; a near-miss id gets "did you mean"; one cause, one message;
a missing table header is named as such.

Each test edits one line of the example roadmap (tests/fixtures/teacher-to-ux.toml) and
reads what `fashioncoach roadmap validate` prints.
"""

from __future__ import annotations

from pathlib import Path

from tests.helpers import CUSTOM, Learner

LINES = CUSTOM.read_text(encoding="utf-8").splitlines()


def line_number(text: str, after: int = 0) -> int:
    """The 1-based number of the first line from ``after`` that is exactly ``text``."""
    return next(i for i, line in enumerate(LINES, start=1) if i > after and line == text)


def edited(tmp_path: Path, number: int, replacement: str | None) -> Path:
    """The example roadmap with line ``number`` replaced (or removed, for None)."""
    lines = list(LINES)
    if replacement is None:
        del lines[number - 1]
    else:
        lines[number - 1] = replacement
    path = tmp_path / "roadmap.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def errors(learner: Learner, path: Path) -> list[str]:
    result = learner.run("roadmap", "validate", str(path))
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    return [line for line in result.stderr.splitlines() if line]


def test_an_unknown_skill_names_its_line_its_action_and_the_near_miss(
    learner: Learner, tmp_path: Path
) -> None:
    number = line_number('skills = ["user-research"]')
    path = edited(tmp_path, number, 'skills = ["user-reserch"]')

    assert errors(learner, path) == [
        f"fashioncoach: {path}:{number} (action 'start-ux-course'): "
        "phases[0].weeks[0].actions[0].skills[0]: unknown skill 'user-reserch' "
        "(did you mean 'user-research'?)"
    ]


def test_a_phase_of_no_weeks_is_one_message(learner: Learner, tmp_path: Path) -> None:
    """Not also the total that no longer adds up and every week that no longer fits."""
    number = line_number("duration_weeks = 2")
    path = edited(tmp_path, number, "duration_weeks = 0")

    assert errors(learner, path) == [
        f"fashioncoach: {path}:{number} (phase 'foundations'): "
        "phases[0].duration_weeks: must be from 1 to 520"
    ]


def test_shared_priorities_name_the_skills(learner: Learner, tmp_path: Path) -> None:
    path = edited(tmp_path, line_number("priority = 2"), "priority = 1")

    (message,) = errors(learner, path)
    assert message.endswith(
        "skills: priority 1 is given to more than one skill ('user-research', 'wireframing')"
    )


def test_a_missing_action_header_is_one_message_at_its_place(
    learner: Learner, tmp_path: Path
) -> None:
    """Without `[[phases.weeks.actions]]` an action's keys land in the week: one message."""
    week_2 = line_number("week = 2")
    header = line_number("[[phases.weeks.actions]]", after=week_2)
    path = edited(tmp_path, header, None)

    (message,) = errors(learner, path)
    assert message.startswith(f"fashioncoach: {path}:{header} (phase 'foundations'): ")
    assert "are an action's keys; the action needs its [[phases.weeks.actions]] header" in (message)


def test_a_missing_week_header_is_named(learner: Learner, tmp_path: Path) -> None:
    """Without `[[phases.weeks]]` the week's number lands in the action before it."""
    week_header = line_number("week = 2") - 1
    assert LINES[week_header - 1] == "[[phases.weeks]]"
    path = edited(tmp_path, week_header, None)

    (message,) = errors(learner, path)
    assert message.startswith(f"fashioncoach: {path}:{week_header} (action ")
    assert message.endswith("a new week needs its [[phases.weeks]] header above this line")


def test_a_phase_counting_weeks_from_1_is_told_they_count_across_the_plan(
    learner: Learner, tmp_path: Path
) -> None:
    second_phase = line_number("[[phases]]", after=line_number("[[phases]]"))
    first_week = line_number("week = 3", after=second_phase)
    path = edited(tmp_path, first_week, "week = 1")

    (message,) = errors(learner, path)
    assert f"{path}:{first_week} " in message
    assert message.endswith("week numbers count across the whole plan, not from 1 in each phase")


def test_a_key_given_twice_explains_the_likely_missing_header(
    learner: Learner, tmp_path: Path
) -> None:
    """TOML's "Cannot overwrite a value" says what usually causes it."""
    number = line_number('skills = ["user-research"]')
    lines = list(LINES)
    lines.insert(number, 'skills = ["wireframing"]')
    path = tmp_path / "roadmap.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    (message,) = errors(learner, path)
    assert f"line {number + 1}" in message
    assert "header is missing above it" in message
