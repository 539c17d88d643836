"""Turn a parsed guide into roadmap data: its facts under the roadmap format's keys
plus the generated weekly plan; then the TOML text and a file name for it.
"""

from __future__ import annotations

from typing import Any

from fashioncoach.errors import BadArgument
from fashioncoach.model.record import as_plain
from fashioncoach.store.guide_facts import goal_tools
from fashioncoach.store.guide_ids import UniqueIds, kebab
from fashioncoach.store.guide_model import Guide, GuideResource, resource_key
from fashioncoach.store.guide_plan import WeeklyPlan


def build_roadmap(guide: Guide, *, hours_per_week: float = 8.0) -> dict[str, Any]:
    """The roadmap as plain TOML data: the guide's facts plus a generated weekly plan."""
    if not 1 <= hours_per_week <= 4 * 40:
        raise BadArgument(f"hours per week must be from 1 to 160, not {hours_per_week:g}")
    resources, resource_ids = _resources(guide)
    # One registry: a transferable skill may not share a skill's id (the validator would
    # take the skill for a transferable one), so "Project Management" in both lists differs.
    skill_ids = UniqueIds(40)
    skills = _skills(guide, resource_ids, skill_ids)
    plan = WeeklyPlan(
        guide, [skill["id"] for skill in skills], resources, resource_ids, hours_per_week
    )
    data: dict[str, Any] = {"format_version": 1, "overview": _overview(guide, plan.weeks)}
    intros = {key: text for key, text in as_plain(guide.intros).items() if text}
    if intros:
        data["sections"] = intros
    data["transferable_skills"] = [
        {"id": skill_ids.take(item.name), "name": item.name, "applies": item.applies}
        for item in guide.transferable_skills
    ]
    data["skills"] = skills
    data["resources"] = resources
    data["phases"] = plan.phases()
    if plan.milestones:
        data["milestones"] = plan.milestones
    reality = {"love": guide.love, "miss": guide.miss, "challenges": guide.challenges}
    if any(reality.values()):
        data["reality_check"] = {key: list(items) for key, items in reality.items() if items}
    if guide.faq:
        data["faq"] = [
            {"question": entry.question, "answer": entry.answer}
            if entry.question
            else {"answer": entry.answer}
            for entry in guide.faq
        ]
    if guide.salary is not None:
        data["salary"] = _salary(guide)
    return data


def _overview(guide: Guide, weeks: int) -> dict[str, Any]:
    overview: dict[str, Any] = {
        "id": kebab(f"{guide.from_role} to {guide.to_role}", limit=80),
        "title": guide.title,
        "subtitle": guide.subtitle,
        "from_role": guide.from_role,
        "to_role": guide.to_role,
        # The guide's "N-Month" is a promise, not the plan: the phases set its length.
        "duration_weeks": weeks,
        "summary": list(guide.overview),
    }
    if guide.closing:
        overview["closing"] = guide.closing
    return overview


def _resources(guide: Guide) -> tuple[list[dict[str, Any]], dict[tuple[str, str, str], str]]:
    """Every resource once, and the id of each; tools the goals name come last."""
    named = [item for skill in guide.skills for item in skill.resources]
    named += [
        GuideResource(tool, "tool")
        for phase in guide.phases
        for goal in phase.goals
        for tool in goal_tools(goal)
    ]
    ids = UniqueIds()
    entries: list[dict[str, Any]] = []
    by_key: dict[tuple[str, str, str], str] = {}
    for item in named:
        if resource_key(item) in by_key:
            continue
        base = f"{item.provider} {item.title}" if item.kind == "course" else item.title
        by_key[resource_key(item)] = ids.take(base)
        entry = {"id": by_key[resource_key(item)], "title": item.title, "kind": item.kind}
        extras = {"provider": item.provider, "offered_by": item.offered_by}
        entries.append(entry | {key: value for key, value in extras.items() if value})
    return entries, by_key


def _skills(
    guide: Guide, resource_ids: dict[tuple[str, str, str], str], ids: UniqueIds
) -> list[dict[str, Any]]:
    skills = []
    for priority, skill in enumerate(guide.skills, 1):
        item: dict[str, Any] = {"id": ids.take(skill.name), "name": skill.name}
        item["priority"] = priority
        if skill.examples:
            item["examples"] = list(skill.examples)
        item["advice"] = skill.advice
        keys = (resource_ids[resource_key(resource)] for resource in skill.resources)
        item["resources"] = list(dict.fromkeys(keys))
        skills.append(item)
    return skills


def _salary(guide: Guide) -> dict[str, Any]:
    salary = guide.salary
    assert salary is not None
    data: dict[str, Any] = {"currency": salary.currency}
    pairs = {
        "current_{}": salary.current,
        "entry_{}": salary.entry,
        "change_{}_percent": salary.change_percent,
        "senior_{}": salary.senior,
        "senior_within_years_{}": salary.senior_within_years,
    }
    for name, pair in pairs.items():
        if pair is not None:
            data[name.format("min")], data[name.format("max")] = pair
    return data


def to_toml(data: dict[str, Any], *, source_name: str) -> str:
    """TOML text for ``data`` under a short header saying where it came from."""
    import tomli_w

    name = " ".join(source_name.split()) or "a plain-text guide"
    header = (
        f"# Generated by `fashioncoach roadmap import` from the guide {name}.\n"
        "# Every fact of the guide is kept verbatim. The weekly actions are generated:\n"
        "# each carries `draft = true` until you refine it (then delete that line).\n"
        "# Check the file with: fashioncoach roadmap validate FILE\n\n"
    )
    return header + tomli_w.dumps(data)


def default_file_name(guide: Guide) -> str:
    """A file name from the roles, e.g. ``teacher-to-ux-designer.toml``."""
    return f"{kebab(f'{guide.from_role} to {guide.to_role}', limit=80)}.toml"
