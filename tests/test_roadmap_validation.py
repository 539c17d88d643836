"""The roadmap loader: the example fixture loads, and broken roadmaps say exactly what is wrong.

Each broken roadmap is the fixture's parsed data with one deliberate edit, written back
with ``tomli_w`` so that the whole path (TOML, schema, cross-checks) runs as it would
for a person's own file.
"""

from __future__ import annotations

import copy
import tomllib
from pathlib import Path
from typing import Any

import pytest
import tomli_w

from fashioncoach.errors import RoadmapError
from fashioncoach.model import roadmap as domain
from fashioncoach.model.record import is_record, record_defaults, record_fields
from fashioncoach.store.roadmap_file import load_roadmap

FIXTURE = Path(__file__).parent / "fixtures" / "teacher-to-ux.toml"
_PARSED: dict[str, Any] = tomllib.loads(FIXTURE.read_text(encoding="utf-8"))


@pytest.fixture
def data() -> dict[str, Any]:
    """A fresh deep copy of the fixture's parsed TOML, safe to break."""
    return copy.deepcopy(_PARSED)


def write(tmp_path: Path, data: dict[str, Any]) -> Path:
    path = tmp_path / "roadmap.toml"
    path.write_bytes(tomli_w.dumps(data).encode("utf-8"))
    return path


def problems_of(path: Path) -> list[str]:
    """The problems load_roadmap reports for ``path``; fails the test if it loads."""
    with pytest.raises(RoadmapError) as caught:
        load_roadmap(path)
    assert caught.value.path == path
    return caught.value.problems


def problems_after_edit(tmp_path: Path, data: dict[str, Any]) -> list[str]:
    return problems_of(write(tmp_path, data))


# --- The fixture itself ---------------------------------------------------------------------


def test_fixture_loads() -> None:
    """The example roadmap is valid and has the shape the documentation promises."""
    roadmap = load_roadmap(FIXTURE)

    assert roadmap.id == "teacher-to-ux-designer"
    assert roadmap.overview.title == "From Teacher to UX Designer"
    assert roadmap.overview.duration_weeks == 6
    assert [phase.duration_weeks for phase in roadmap.phases] == [2, 4]
    assert roadmap.phase_first_weeks() == {"foundations": 1, "first-project": 3}
    assert len(roadmap.transferable_skills) == 3
    assert len(roadmap.skills) == 3
    assert all(skill.resources for skill in roadmap.skills[:2])
    assert len(roadmap.resources) == 3
    weeks = [week for phase in roadmap.phases for week in phase.weeks]
    assert [week.week for week in weeks] == [1, 2, 3, 4, 5, 6]
    assert all(2 <= len(week.actions) <= 3 for week in weeks)
    assert len(roadmap.milestones) == 2
    assert roadmap.reality_check.love
    assert roadmap.reality_check.miss
    assert roadmap.reality_check.challenges
    assert len(roadmap.faq) == 1
    assert roadmap.salary is not None


def test_fixture_round_trips_through_tomli_w(tmp_path: Path) -> None:
    """Rewriting the parsed fixture with tomli_w gives the same roadmap, so edits test one thing."""
    assert load_roadmap(write(tmp_path, copy.deepcopy(_PARSED))) == load_roadmap(FIXTURE)


def _instances(value: object) -> list[object]:
    """Every record reachable from ``value``, itself included."""
    found: list[object] = []
    if is_record(value) and not isinstance(value, type):
        found.append(value)
        for name in record_fields(value):
            found.extend(_instances(getattr(value, name)))
    elif isinstance(value, tuple):
        for item in value:
            found.extend(_instances(item))
    return found


def test_fixture_uses_every_optional_key() -> None:
    """Every optional key of every table is set to a non-default value somewhere in the fixture."""
    roadmap = load_roadmap(FIXTURE)
    instances = _instances(roadmap)
    unused = []
    for kind in {type(instance) for instance in instances}:
        of_kind = [instance for instance in instances if type(instance) is kind]
        for name, (has_default, value, is_factory) in record_defaults(kind).items():
            if not has_default:
                continue
            default = value() if is_factory else value
            if all(getattr(instance, name) == default for instance in of_kind):
                unused.append(f"{kind.__name__}.{name}")
    assert sorted(unused) == []
    seen = {type(instance) for instance in instances}
    every_table = {obj for obj in vars(domain).values() if isinstance(obj, type) and is_record(obj)}
    assert seen == every_table


def test_file_with_utf8_bom_loads(tmp_path: Path) -> None:
    """A file saved with a UTF-8 byte-order mark (as some Windows editors do) still loads."""
    path = tmp_path / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbf" + FIXTURE.read_bytes())
    assert load_roadmap(path) == load_roadmap(FIXTURE)


def test_documentation_example_is_the_fixture() -> None:
    """The complete example in docs/roadmap-format.md is exactly this (valid) fixture."""
    docs = (Path(__file__).parents[1] / "docs" / "roadmap-format.md").read_text(encoding="utf-8")
    example = docs.split("```toml\n", 1)[1].split("```\n", 1)[0]
    assert example == FIXTURE.read_text(encoding="utf-8")


# --- Schema problems (reported by pydantic) -------------------------------------------------


def test_unknown_key(tmp_path: Path, data: dict[str, Any]) -> None:
    """A key the format does not define is reported at its location, not silently ignored."""
    data["overview"]["mentor"] = "Ada"
    assert problems_after_edit(tmp_path, data) == ["overview.mentor: unknown key"]


def test_unknown_key_deep_inside_an_action(tmp_path: Path, data: dict[str, Any]) -> None:
    """A misspelt optional key (``done-when``) inside an action is caught with its full path."""
    data["phases"][1]["weeks"][3]["actions"][1]["done-when"] = "Published."
    assert problems_after_edit(tmp_path, data) == [
        "phases[1].weeks[3].actions[1].done-when: unknown key"
    ]


def test_missing_required_key(tmp_path: Path, data: dict[str, Any]) -> None:
    """Leaving out a required key names the exact place it is missing from."""
    del data["phases"][0]["weeks"][0]["actions"][0]["title"]
    assert problems_after_edit(tmp_path, data) == [
        "phases[0].weeks[0].actions[0].title: missing required key"
    ]


def test_missing_required_table(tmp_path: Path, data: dict[str, Any]) -> None:
    """Leaving out a required top-level table is reported at the top level."""
    del data["overview"]
    assert problems_after_edit(tmp_path, data) == ["overview: missing required key"]


def test_wrong_type(tmp_path: Path, data: dict[str, Any]) -> None:
    """A value of the wrong type is reported at its location with the value found."""
    data["overview"]["duration_weeks"] = "six"
    assert problems_after_edit(tmp_path, data) == [
        "overview.duration_weeks: should be a valid integer (found 'six')"
    ]


def test_unknown_resource_kind(tmp_path: Path, data: dict[str, Any]) -> None:
    """A resource ``kind`` outside the fixed list is rejected, listing the allowed kinds."""
    data["resources"][2]["kind"] = "app"
    assert problems_after_edit(tmp_path, data) == [
        "resources[2].kind: should be 'course', 'exam', 'book', 'report', 'tool', 'community', "
        "'event', 'video', 'dataset', 'website' or 'other' (found 'app')"
    ]


# --- Cross-check problems -------------------------------------------------------------------


def test_unknown_skill_in_action(tmp_path: Path, data: dict[str, Any]) -> None:
    """An action naming a skill that no ``[[skills]]`` entry defines is reported by index."""
    action = data["phases"][1]["weeks"][1]["actions"][0]
    assert action["id"] == "paper-sketches"
    action["skills"] = ["clo-3d"]
    assert problems_after_edit(tmp_path, data) == [
        "phases[1].weeks[1].actions[0].skills[0]: unknown skill 'clo-3d'"
    ]


def test_action_without_skills(tmp_path: Path, data: dict[str, Any]) -> None:
    """An action must name a skill, a transferable skill or be career work."""
    data["phases"][0]["weeks"][1]["actions"][1]["skills"] = []
    assert problems_after_edit(tmp_path, data) == [
        "phases[0].weeks[1].actions[1].skills: name at least one skill it practises, the "
        "transferable skills it uses (uses = [...]), or mark it career = true"
    ]


def test_action_of_career_work_or_a_transferable_skill_needs_no_skill_to_learn(
    tmp_path: Path, data: dict[str, Any]
) -> None:
    """Career work, or work that uses a transferable skill, is valid without a skill tag."""
    first, second = data["phases"][0]["weeks"][1]["actions"][:2]
    first["skills"], first["career"] = [], True
    second["skills"], second["uses"] = [], ["lesson-planning"]
    roadmap = load_roadmap(write(tmp_path, data))
    actions = [action for _, _, action in roadmap.actions()]
    assert (actions[2].career, actions[3].uses) == (True, ("lesson-planning",))


def test_transferable_skill_in_skills_says_so(tmp_path: Path, data: dict[str, Any]) -> None:
    """A transferable skill's id among the skills to learn is named as what it is."""
    data["phases"][0]["weeks"][1]["actions"][1]["skills"] = ["lesson-planning"]
    assert problems_after_edit(tmp_path, data) == [
        "phases[0].weeks[1].actions[1].skills[0]: 'lesson-planning' is a transferable skill; "
        "list it under uses = [...] instead"
    ]


def test_unknown_resource_in_skill(tmp_path: Path, data: dict[str, Any]) -> None:
    """A skill naming a resource id that no ``[[resources]]`` entry defines is reported."""
    data["skills"][1]["resources"] = ["figma", "sketch-app"]
    assert problems_after_edit(tmp_path, data) == [
        "skills[1].resources[1]: unknown resource 'sketch-app'"
    ]


def test_unknown_resource_in_action(tmp_path: Path, data: dict[str, Any]) -> None:
    """An action naming an unknown resource id is reported at that action's list entry."""
    data["phases"][0]["weeks"][0]["actions"][0]["resources"] = ["udemy-ux"]
    assert problems_after_edit(tmp_path, data) == [
        "phases[0].weeks[0].actions[0].resources[0]: unknown resource 'udemy-ux'"
    ]


def test_unknown_goal_in_action(tmp_path: Path, data: dict[str, Any]) -> None:
    """An action's ``goal`` must be a goal of its own phase; another phase's goal does not count."""
    data["phases"][0]["weeks"][0]["actions"][0]["goal"] = "design-a-flow"
    assert problems_after_edit(tmp_path, data) == [
        "phases[0].weeks[0].actions[0].goal: unknown goal 'design-a-flow' of phase 'foundations'"
    ]


def test_duplicate_action_id(tmp_path: Path, data: dict[str, Any]) -> None:
    """Action ids are unique over the whole plan, since progress is stored by action id."""
    data["phases"][1]["weeks"][0]["actions"][1]["id"] = "write-interview-guide"
    assert problems_after_edit(tmp_path, data) == [
        "phases: action id 'write-interview-guide' is used more than once"
    ]


def test_duplicate_skill_id(tmp_path: Path, data: dict[str, Any]) -> None:
    """Two ``[[skills]]`` entries with the same id are reported once, for that id."""
    data["skills"][2]["id"] = "wireframing"
    for phase in data["phases"]:
        for week in phase["weeks"]:
            for action in week["actions"]:
                action["skills"] = [
                    "wireframing" if skill == "case-study-writing" else skill
                    for skill in action["skills"]
                ]
    assert problems_after_edit(tmp_path, data) == [
        "skills: id 'wireframing' is used more than once"
    ]


def test_week_outside_its_phase(tmp_path: Path, data: dict[str, Any]) -> None:
    """A week numbered beyond its phase's range (from the phases' durations) is reported."""
    data["phases"][0]["weeks"][1]["week"] = 3
    assert problems_after_edit(tmp_path, data) == [
        "phases[0].weeks[1].week: week 3 lies outside phase 'foundations' (weeks 1-2)"
    ]


def test_week_listed_twice_in_a_phase(tmp_path: Path, data: dict[str, Any]) -> None:
    """The same week number may not appear twice within one phase."""
    data["phases"][1]["weeks"][1]["week"] = 3
    assert problems_after_edit(tmp_path, data) == [
        "phases[1].weeks: week 3 is listed more than once"
    ]


def test_phase_weeks_do_not_sum_to_duration(tmp_path: Path, data: dict[str, Any]) -> None:
    """The phases' ``duration_weeks`` must add up to ``overview.duration_weeks``."""
    data["phases"][1]["duration_weeks"] = 5
    assert problems_after_edit(tmp_path, data) == [
        "overview.duration_weeks: is 6 but the phases add up to 7 weeks"
    ]


@pytest.mark.parametrize("due_week", [0, 7])
def test_milestone_due_outside_plan(tmp_path: Path, data: dict[str, Any], due_week: int) -> None:
    """A milestone's ``due_week`` must lie within weeks 1..overview.duration_weeks."""
    data["milestones"][1]["due_week"] = due_week
    assert problems_after_edit(tmp_path, data) == [
        f"milestones[1].due_week: week {due_week} lies outside the plan (weeks 1-6)"
    ]


def test_milestone_unknown_action(tmp_path: Path, data: dict[str, Any]) -> None:
    """A milestone's ``actions`` must be ids of actions in the plan."""
    data["milestones"][0]["actions"] = ["run-three-interviews", "run-five-interviews"]
    assert problems_after_edit(tmp_path, data) == [
        "milestones[0].actions[1]: unknown action 'run-five-interviews' "
        "(did you mean 'run-three-interviews'?)"
    ]


def test_non_kebab_case_id(tmp_path: Path, data: dict[str, Any]) -> None:
    """Ids must be kebab-case: lower-case letters and digits joined by single hyphens."""
    data["transferable_skills"][1]["id"] = "Reading_The_Room"
    assert problems_after_edit(tmp_path, data) == [
        "transferable_skills[1].id: id 'Reading_The_Room' is not kebab-case (like 'week-3-review')"
    ]


def test_id_with_trailing_newline_is_not_kebab_case(tmp_path: Path, data: dict[str, Any]) -> None:
    """An id ending in a newline (easy to get from a multi-line TOML string) is rejected."""
    data["resources"][2]["id"] = "figma\n"
    data["skills"][1]["resources"] = ["figma\n"]
    data["phases"][1]["weeks"][1]["actions"][1]["resources"] = ["figma\n"]
    data["phases"][1]["weeks"][3]["actions"][1]["resources"] = ["figma\n"]
    assert problems_after_edit(tmp_path, data) == [
        "resources[2].id: id 'figma\\n' is not kebab-case (like 'week-3-review')"
    ]


@pytest.mark.parametrize("hours", [0, -1, 40.5])
def test_hours_out_of_range(tmp_path: Path, data: dict[str, Any], hours: float) -> None:
    """An action's hours must be more than 0 and at most 40."""
    data["phases"][0]["weeks"][0]["actions"][1]["hours"] = hours
    assert problems_after_edit(tmp_path, data) == [
        f"phases[0].weeks[0].actions[1].hours: must be more than 0 and at most 40 (found {hours:g})"
    ]


def test_forty_hours_is_allowed(tmp_path: Path, data: dict[str, Any]) -> None:
    """The upper bound on hours is inclusive: a 40-hour action is valid."""
    data["phases"][0]["weeks"][0]["actions"][1]["hours"] = 40
    assert load_roadmap(write(tmp_path, data)).phases[0].weeks[0].actions[1].hours == 40


# --- Several problems at once ---------------------------------------------------------------


def test_every_cross_check_problem_is_reported_together(
    tmp_path: Path, data: dict[str, Any]
) -> None:
    """Several different mistakes in one file are all reported in one go, each on its own line."""
    data["overview"]["id"] = "Teacher To UX"
    data["skills"][2]["priority"] = 1
    data["phases"][0]["weeks"][0]["actions"][0]["skills"] = ["clo-3d"]
    data["phases"][0]["weeks"][1]["week"] = 5
    data["phases"][1]["weeks"][0]["actions"][0]["id"] = "define-problem"
    data["phases"][1]["weeks"][2]["actions"][1]["hours"] = 0
    data["phases"][1]["weeks"][3]["actions"][0]["goal"] = "first-interviews"
    data["milestones"][0]["due_week"] = 9
    data["salary"]["entry_min"] = 40000
    path = write(tmp_path, data)

    with pytest.raises(RoadmapError) as caught:
        load_roadmap(path)

    expected = [
        "overview.id: id 'Teacher To UX' is not kebab-case (like 'week-3-review')",
        "skills: priority 1 is given to more than one skill "
        "('user-research', 'case-study-writing')",
        "phases[0].weeks[0].actions[0].skills[0]: unknown skill 'clo-3d'",
        "phases[0].weeks[1].week: week 5 lies outside phase 'foundations' (weeks 1-2)",
        "phases: action id 'define-problem' is used more than once",
        "phases[1].weeks[2].actions[1].hours: must be more than 0 and at most 40 (found 0)",
        "phases[1].weeks[3].actions[0].goal: unknown goal 'first-interviews' "
        "of phase 'first-project'",
        "milestones[0].due_week: week 9 lies outside the plan (weeks 1-6)",
        "salary.entry_min: is greater than salary.entry_max",
    ]
    problems = caught.value.problems
    for line in expected:
        assert line in problems
    assert len(problems) == len(expected)
    shown = str(caught.value).splitlines()
    assert len(shown) == len(problems)
    for line, problem in zip(shown, problems, strict=True):
        assert line.startswith(str(path)) and line.endswith(f": {problem}")


def test_every_schema_problem_is_reported_together(tmp_path: Path, data: dict[str, Any]) -> None:
    """Schema mistakes in different tables (unknown, missing, mistyped) are all reported at once."""
    data["sections"]["intro"] = "Hello"
    del data["faq"][0]["answer"]
    data["milestones"][1]["due_week"] = "week six"
    data["salary"]["currency"] = 826

    expected = [
        "sections.intro: unknown key",
        "faq[0].answer: missing required key",
        "milestones[1].due_week: should be a valid integer (found 'week six')",
        "salary.currency: should be a valid string (found 826)",
    ]
    problems = problems_after_edit(tmp_path, data)
    for line in expected:
        assert line in problems
    assert len(problems) == len(expected)


# --- Files that cannot be read as TOML at all -----------------------------------------------


def test_invalid_toml_names_line_and_column(tmp_path: Path) -> None:
    """A syntax error is one problem that names the line and column of the mistake."""
    path = tmp_path / "broken.toml"
    path.write_text(
        'format_version = 1\n\n[overview]\nid = "teacher-to-ux-designer\ntitle = "x"\n',
        encoding="utf-8",
    )
    problems = problems_of(path)
    assert len(problems) == 1
    assert problems[0].startswith("line 4, column 29: invalid TOML: ")


def test_missing_file(tmp_path: Path) -> None:
    """A path that does not exist gives a single 'no such file' problem, not a traceback."""
    path = tmp_path / "nowhere.toml"
    assert problems_of(path) == ["no such file"]
    with pytest.raises(RoadmapError, match="no such file") as caught:
        load_roadmap(path)
    assert str(caught.value) == f"{path}: no such file"


def test_path_is_a_folder(tmp_path: Path) -> None:
    """Pointing at a folder instead of a file is reported as such."""
    assert problems_of(tmp_path) == ["is a folder, not a roadmap file"]


def test_not_utf8(tmp_path: Path) -> None:
    """A file in another encoding (here Latin-1) is reported with the offending byte's line,
    column and offset."""
    path = tmp_path / "latin1.toml"
    path.write_bytes('title = "café"\n'.encode("latin-1"))
    assert problems_of(path) == ["line 1, column 13: not UTF-8 text (byte 12)"]


# --- Prerequisites and pacing ---------------------------------------------------------------


def _actions(data: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        action for phase in data["phases"] for week in phase["weeks"] for action in week["actions"]
    ]


def test_prerequisite_must_exist(tmp_path: Path, data: dict[str, Any]) -> None:
    """An unknown id in ``after`` is named, with the id it most likely meant."""
    _actions(data)[1]["after"] = ["start-ux-corse"]
    problems = problems_after_edit(tmp_path, data)
    assert problems == [
        "phases[0].weeks[0].actions[1].after[0]: unknown action 'start-ux-corse' "
        "(did you mean 'start-ux-course'?)"
    ]


def test_prerequisite_listed_later_is_refused(tmp_path: Path, data: dict[str, Any]) -> None:
    """A prerequisite the roadmap's own weeks put later would break its own order."""
    _actions(data)[0]["after"] = ["write-interview-guide"]
    problems = problems_after_edit(tmp_path, data)
    assert problems == [
        "phases[0].weeks[0].actions[0].after[0]: 'write-interview-guide' comes later, in "
        "week 2; list a prerequisite before the actions that need it"
    ]


def test_prerequisite_later_in_the_same_week(tmp_path: Path, data: dict[str, Any]) -> None:
    _actions(data)[0]["after"] = ["map-lesson-to-journey"]
    assert problems_after_edit(tmp_path, data) == [
        "phases[0].weeks[0].actions[0].after[0]: 'map-lesson-to-journey' comes later in the "
        "same week; list a prerequisite before the actions that need it"
    ]


def test_action_after_itself(tmp_path: Path, data: dict[str, Any]) -> None:
    _actions(data)[0]["after"] = ["start-ux-course"]
    assert problems_after_edit(tmp_path, data) == [
        "phases[0].weeks[0].actions[0].after[0]: an action cannot come after itself"
    ]


def test_circle_of_prerequisites(tmp_path: Path, data: dict[str, Any]) -> None:
    """A circle is named once, with its path, besides the order it breaks."""
    actions = _actions(data)
    actions[0]["after"] = ["map-lesson-to-journey"]
    actions[1]["after"] = ["start-ux-course"]
    problems = problems_after_edit(tmp_path, data)
    assert (
        "phases[0].weeks[0].actions[0].after: the prerequisites go round in a circle: "
        "start-ux-course -> map-lesson-to-journey -> start-ux-course"
    ) in problems


def test_week_over_the_stated_hours(tmp_path: Path, data: dict[str, Any]) -> None:
    """A roadmap that states its hours a week cannot hold more work in one week."""
    data["overview"]["hours_per_week"] = 5
    data["overview"]["pacing"] = "weeks"
    problems = problems_after_edit(tmp_path, data)
    assert problems[0] == (
        "overview.hours_per_week: week 1 holds 5.5 h of work, more than the 5 h a week the "
        "roadmap states; move an action or state more hours"
    )
