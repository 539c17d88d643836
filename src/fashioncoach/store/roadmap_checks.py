"""What pydantic cannot see in a roadmap: ids and references, uniqueness, the plan's
calendar (phases, weeks, milestones) and the salary figures. Every problem is
collected, so a person fixing a guide sees them all at once.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from fashioncoach.errors import did_you_mean
from fashioncoach.model.limits import (
    MAX_ACTION_HOURS,
    MAX_HOURS_PER_WEEK,
    MAX_PLAN_WEEKS,
    MIN_HOURS_PER_WEEK,
)

if TYPE_CHECKING:
    from collections.abc import Iterable

    from fashioncoach.model.roadmap import Roadmap

KEBAB_CASE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def _duplicates(ids: Iterable[str]) -> list[str]:
    return [item for item, count in Counter(ids).items() if count > 1]


def cross_check(roadmap: Roadmap) -> list[str]:
    """Everything pydantic cannot see: references, uniqueness and the calendar."""
    problems: list[str] = []
    skill_ids = {skill.id for skill in roadmap.skills}
    transferable_ids = {item.id for item in roadmap.transferable_skills}
    resource_ids = {resource.id for resource in roadmap.resources}
    action_ids = {action.id for _, _, action in roadmap.actions()}

    def check_id(location: str, value: str) -> None:
        if not KEBAB_CASE.fullmatch(value):
            problems.append(f"{location}: id {value!r} is not kebab-case (like 'week-3-review')")

    def check_refs(location: str, values: Iterable[str], known: set[str], kind: str) -> None:
        for index, value in enumerate(values):
            if value not in known:
                problems.append(
                    f"{location}[{index}]: unknown {kind} '{value}'{did_you_mean(value, known)}"
                )

    check_id("overview.id", roadmap.overview.id)
    collections: dict[str, list[str]] = {
        "transferable_skills": [item.id for item in roadmap.transferable_skills],
        "skills": [item.id for item in roadmap.skills],
        "resources": [item.id for item in roadmap.resources],
        "phases": [item.id for item in roadmap.phases],
        "milestones": [item.id for item in roadmap.milestones],
    }
    for name, ids in collections.items():
        for index, item_id in enumerate(ids):
            check_id(f"{name}[{index}].id", item_id)
        for duplicate in _duplicates(ids):
            problems.append(f"{name}: id '{duplicate}' is used more than once")
    for duplicate in _duplicates(action.id for _, _, action in roadmap.actions()):
        problems.append(f"phases: action id '{duplicate}' is used more than once")

    for duplicate in _duplicates(str(skill.priority) for skill in roadmap.skills):
        sharing = ", ".join(
            f"'{skill.id}'" for skill in roadmap.skills if str(skill.priority) == duplicate
        )
        problems.append(f"skills: priority {duplicate} is given to more than one skill ({sharing})")
    for index, skill in enumerate(roadmap.skills):
        check_refs(f"skills[{index}].resources", skill.resources, resource_ids, "resource")

    planned = sum(phase.duration_weeks for phase in roadmap.phases)
    # A phase of impossible length is one cause: its message alone, not the weeks that
    # no longer fit and the total that no longer adds up.
    lengths_valid = all(1 <= phase.duration_weeks <= MAX_PLAN_WEEKS for phase in roadmap.phases)
    if roadmap.overview.duration_weeks > MAX_PLAN_WEEKS:
        problems.append(
            f"overview.duration_weeks: a plan may last {MAX_PLAN_WEEKS} weeks at most "
            f"(found {roadmap.overview.duration_weeks})"
        )
    elif lengths_valid and planned != roadmap.overview.duration_weeks:
        problems.append(
            f"overview.duration_weeks: is {roadmap.overview.duration_weeks} "
            f"but the phases add up to {planned} weeks"
        )
    if not roadmap.phases:
        problems.append("phases: a roadmap needs at least one phase")

    # Counted by position, not id: a duplicated phase id must not shift the weeks.
    first = 1
    for phase_index, phase in enumerate(roadmap.phases):
        where = f"phases[{phase_index}]"
        if not 1 <= phase.duration_weeks <= MAX_PLAN_WEEKS:
            problems.append(f"{where}.duration_weeks: must be from 1 to {MAX_PLAN_WEEKS}")
        last = first + phase.duration_weeks - 1
        next_first = last + 1
        goal_ids = {goal.id for goal in phase.goals}
        for goal_index, goal in enumerate(phase.goals):
            check_id(f"{where}.goals[{goal_index}].id", goal.id)
        for duplicate in _duplicates(goal.id for goal in phase.goals):
            problems.append(f"{where}.goals: id '{duplicate}' is used more than once")
        for duplicate in _duplicates(str(week.week) for week in phase.weeks):
            problems.append(f"{where}.weeks: week {duplicate} is listed more than once")
        for week_index, week in enumerate(phase.weeks):
            week_where = f"{where}.weeks[{week_index}]"
            if lengths_valid and not first <= week.week <= last:
                restarted = (
                    "; week numbers count across the whole plan, not from 1 in each phase"
                    if week.week < first
                    else ""
                )
                problems.append(
                    f"{week_where}.week: week {week.week} lies outside phase "
                    f"'{phase.id}' (weeks {first}-{last}){restarted}"
                )
            for action_index, action in enumerate(week.actions):
                action_where = f"{week_where}.actions[{action_index}]"
                check_id(f"{action_where}.id", action.id)
                if not (action.skills or action.uses or action.career):
                    problems.append(
                        f"{action_where}.skills: name at least one skill it practises, the "
                        "transferable skills it uses (uses = [...]), or mark it career = true"
                    )
                for skill_index, skill_id in enumerate(action.skills):
                    if skill_id in transferable_ids:
                        problems.append(
                            f"{action_where}.skills[{skill_index}]: '{skill_id}' is a "
                            "transferable skill; list it under uses = [...] instead"
                        )
                    elif skill_id not in skill_ids:
                        problems.append(
                            f"{action_where}.skills[{skill_index}]: unknown skill '{skill_id}'"
                            + did_you_mean(skill_id, skill_ids)
                        )
                check_refs(
                    f"{action_where}.uses", action.uses, transferable_ids, "transferable skill"
                )
                check_refs(f"{action_where}.resources", action.resources, resource_ids, "resource")
                if action.goal and action.goal not in goal_ids:
                    problems.append(
                        f"{action_where}.goal: unknown goal '{action.goal}' of phase '{phase.id}'"
                        + did_you_mean(action.goal, goal_ids)
                    )
                if not 0 < action.hours <= MAX_ACTION_HOURS:
                    problems.append(
                        f"{action_where}.hours: must be more than 0 and at most "
                        f"{MAX_ACTION_HOURS:g} (found {action.hours:g})"
                    )
        first = next_first

    problems += _prerequisite_problems(roadmap, action_ids)
    problems += _pacing_problems(roadmap)

    for index, milestone in enumerate(roadmap.milestones):
        where = f"milestones[{index}]"
        if not 1 <= milestone.due_week <= roadmap.overview.duration_weeks:
            problems.append(
                f"{where}.due_week: week {milestone.due_week} lies outside the plan "
                f"(weeks 1-{roadmap.overview.duration_weeks})"
            )
        check_refs(f"{where}.actions", milestone.actions, action_ids, "action")

    salary = roadmap.salary
    if salary is not None:
        for low, high in (
            ("current_min", "current_max"),
            ("entry_min", "entry_max"),
            ("change_min_percent", "change_max_percent"),
            ("senior_min", "senior_max"),
            ("senior_within_years_min", "senior_within_years_max"),
        ):
            low_value, high_value = getattr(salary, low), getattr(salary, high)
            if (low_value is None) != (high_value is None):
                given, missing = (low, high) if high_value is None else (high, low)
                problems.append(f"salary.{missing}: missing, while salary.{given} is given")
            elif low_value is not None and low_value > high_value:
                problems.append(f"salary.{low}: is greater than salary.{high}")
        if not re.fullmatch(r"[A-Z]{3}", salary.currency):
            problems.append(
                f"salary.currency: '{salary.currency}' is not a three-letter currency code "
                "like USD, GBP or EUR"
            )
    return problems


def _action_places(roadmap: Roadmap) -> dict[str, str]:
    """Each action's TOML path, for messages: ``phases[1].weeks[0].actions[2]``."""
    places: dict[str, str] = {}
    for phase_index, phase in enumerate(roadmap.phases):
        for week_index, week in enumerate(phase.weeks):
            for action_index, action in enumerate(week.actions):
                places.setdefault(
                    action.id,
                    f"phases[{phase_index}].weeks[{week_index}].actions[{action_index}]",
                )
    return places


def _prerequisite_problems(roadmap: Roadmap, action_ids: set[str]) -> list[str]:
    """``after``: known ids, never the action itself, and each one earlier in the
    roadmap's order (phase, week, then listing). That order is then a valid order of
    the work, and no cycle can exist; a cycle is named anyway, as its own mistake."""
    problems: list[str] = []
    places = _action_places(roadmap)
    order: dict[str, tuple[int, int]] = {}
    for position, (_, week, action) in enumerate(roadmap.actions()):
        order.setdefault(action.id, (week, position))
    after = {action.id: action.after for _, _, action in roadmap.actions()}
    for action_id, prerequisites in after.items():
        where = places[action_id] + ".after"
        for index, prerequisite in enumerate(prerequisites):
            if prerequisite == action_id:
                problems.append(f"{where}[{index}]: an action cannot come after itself")
            elif prerequisite not in action_ids:
                problems.append(
                    f"{where}[{index}]: unknown action '{prerequisite}'"
                    + did_you_mean(prerequisite, action_ids)
                )
            elif order[prerequisite] > order[action_id]:
                week = order[prerequisite][0]
                same = week == order[action_id][0]
                problems.append(
                    f"{where}[{index}]: '{prerequisite}' comes "
                    + ("later in the same week" if same else f"later, in week {week}")
                    + "; list a prerequisite before the actions that need it"
                )
    cycle = _cycle(after, action_ids)
    if cycle:
        problems.append(
            f"{places[cycle[0]]}.after: the prerequisites go round in a circle: "
            + " -> ".join(cycle)
        )
    return problems


def _cycle(after: dict[str, tuple[str, ...]], known: set[str]) -> list[str]:
    """A circle of prerequisites (``a -> b -> a``), or an empty list when there is none."""
    state: dict[str, int] = {}  # 1 while on the path, 2 once finished
    for root in after:
        if root in state:
            continue
        path: list[str] = []
        stack: list[tuple[str, int]] = [(root, 0)]
        while stack:
            node, index = stack.pop()
            if index == 0:
                state[node] = 1
                path.append(node)
            following = [item for item in after.get(node, ()) if item in known and item != node]
            if index < len(following):
                stack.append((node, index + 1))
                child = following[index]
                if state.get(child) == 1:
                    return [*path[path.index(child) :], child]
                if child not in state:
                    stack.append((child, 0))
            else:
                state[node] = 2
                path.pop()
    return []


def _pacing_problems(roadmap: Roadmap) -> list[str]:
    """A stated ``hours_per_week`` is a budget; a roadmap paced by its weeks must fit each
    week's work in it (one packed back to back spreads the work anyway)."""
    stated = roadmap.overview.hours_per_week
    if stated is None:
        return []
    if not MIN_HOURS_PER_WEEK <= stated <= MAX_HOURS_PER_WEEK:
        return [
            f"overview.hours_per_week: should be from {MIN_HOURS_PER_WEEK:g} to "
            f"{MAX_HOURS_PER_WEEK:g} (found {stated:g})"
        ]
    if roadmap.overview.pacing != "weeks":
        return []
    problems = []
    load: dict[int, float] = {}
    for _, week, action in roadmap.actions():
        load[week] = load.get(week, 0.0) + action.hours
    for week, hours in sorted(load.items()):
        if hours > stated + 1e-9:
            problems.append(
                f"overview.hours_per_week: week {week} holds {hours:g} h of work, more than "
                f"the {stated:g} h a week the roadmap states; move an action or state more hours"
            )
    return problems
