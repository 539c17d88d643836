"""A parsed guide as roadmap data: its facts under the roadmap format's keys plus the
drafted plan; the TOML text and a file name for it; and the notes the import prints
(a range of weeks read as its upper end, a phase its work made longer, a missing
optional section).
"""

from __future__ import annotations

from typing import Any

from fashioncoach.errors import BadArgument, GuideError
from fashioncoach.guides.ids import UniqueIds, kebab
from fashioncoach.guides.plan import Plan
from fashioncoach.guides.types import Guide, resource_key
from fashioncoach.guides.units import Units, Work
from fashioncoach.model.limits import MAX_HOURS_PER_WEEK, MAX_PLAN_WEEKS, MIN_HOURS_PER_WEEK
from fashioncoach.model.record import as_plain, frozen_record

DEFAULT_HOURS = 8.0


@frozen_record
class Draft:
    """What an import makes of a guide: the roadmap data, and what to tell the learner
    (notes on how the plan was drafted, warnings on what the guide lacks)."""

    data: dict[str, Any]
    notes: tuple[str, ...]
    warnings: tuple[str, ...] = ()


def build_roadmap(guide: Guide, *, hours_per_week: float = DEFAULT_HOURS) -> Draft:
    """The roadmap as plain TOML data (the guide's facts plus a drafted plan), and notes."""
    if not MIN_HOURS_PER_WEEK <= hours_per_week <= MAX_HOURS_PER_WEEK:
        raise BadArgument(
            f"hours per week must be from {MIN_HOURS_PER_WEEK:g} to {MAX_HOURS_PER_WEEK:g}, "
            f"not {hours_per_week:g}"
        )
    # One registry: a transferable skill may not share a skill's id (the validator would
    # take the skill for a transferable one), so "Project Management" in both lists differs.
    skill_ids = UniqueIds(40)
    ids = [skill_ids.take(skill.name) for skill in guide.skills]
    goal_ids = []
    for phase in guide.phases:  # goal ids are unique within their phase
        taken = UniqueIds(40)
        goal_ids.append([taken.take(goal) for goal in phase.goals])
    milestone_ids = UniqueIds()
    milestones = [milestone_ids.take(item) for group in guide.start_now for item in group.items]
    units = Units(guide, goal_ids)
    units.link_items()
    units.make_goals()
    units.make_items(milestones)
    plan = Plan(guide, units, hours_per_week)
    if plan.weeks > MAX_PLAN_WEEKS:
        total = sum(
            step.hours for phase in range(len(guide.phases)) for step in plan.phase_work(phase)
        )
        needed = min(MAX_HOURS_PER_WEEK, total / MAX_PLAN_WEEKS)
        raise GuideError(
            guide.source,
            1,
            f"the guide's work ({total:g} h) takes {plan.weeks} weeks at {hours_per_week:g} h "
            f"a week, and a plan lasts at most {MAX_PLAN_WEEKS} weeks",
            f"a shorter guide, or --hours {max(hours_per_week, needed):.1f} or more"
            if needed < MAX_HOURS_PER_WEEK
            else "a shorter guide (split it in two)",
        )
    data: dict[str, Any] = {"format_version": 1, "overview": _overview(guide, plan, hours_per_week)}
    intros = {key: text for key, text in as_plain(guide.intros).items() if text}
    if intros:
        data["sections"] = intros
    data["transferable_skills"] = [
        {"id": skill_ids.take(item.name), "name": item.name, "applies": item.applies}
        for item in guide.transferable_skills
    ]
    transferable = [entry["id"] for entry in data["transferable_skills"]]
    data["skills"] = _skills(guide, ids, units)
    data["resources"] = units.resources
    data["phases"] = _phases(guide, plan, goal_ids, ids, transferable)
    milestone_data = _milestones(guide, milestones, plan)
    if milestone_data:
        data["milestones"] = milestone_data
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
    return Draft(data, _notes(guide, plan, hours_per_week), _warnings(guide))


def _overview(guide: Guide, plan: Plan, hours: float) -> dict[str, Any]:
    overview: dict[str, Any] = {
        # Every word, as imports always made it: the id names the learner's progress file.
        "id": roadmap_id(guide),
        "title": guide.title,
        "subtitle": guide.subtitle,
        "from_role": guide.from_role,
        "to_role": guide.to_role,
        # The guide's "N-Month" is a promise, not the plan: the phases set its length.
        "duration_weeks": plan.weeks,
        "summary": list(guide.overview),
        # The budget the weeks were drafted for; the work is packed back to back.
        "hours_per_week": int(hours) if float(hours).is_integer() else hours,
        "pacing": "work",
    }
    if guide.closing:
        overview["closing"] = guide.closing
    return overview


def _skills(guide: Guide, ids: list[str], units: Units) -> list[dict[str, Any]]:
    skills = []
    for priority, skill in enumerate(guide.skills, 1):
        item: dict[str, Any] = {"id": ids[priority - 1], "name": skill.name}
        item["priority"] = priority
        if skill.examples:
            item["examples"] = list(skill.examples)
        item["advice"] = skill.advice
        keys = (units.resource_ids[resource_key(resource)] for resource in skill.resources)
        item["resources"] = list(dict.fromkeys(keys))
        skills.append(item)
    return skills


def _phases(
    guide: Guide, plan: Plan, goal_ids: list[list[str]], skill_ids: list[str], uses: list[str]
) -> list[dict[str, Any]]:
    phase_ids = UniqueIds(40)
    titles: set[str] = set()
    phases = []
    first = 1
    for index, phase in enumerate(guide.phases):
        by_week: dict[int, list[dict[str, Any]]] = {}
        for work in plan.phase_work(index):
            by_week.setdefault(work.week, []).append(
                _action(work, skill_ids, uses, titles, phase.title)
            )
        weeks = [{"week": week, "actions": actions} for week, actions in sorted(by_week.items())]
        goals = [
            {"id": goal_id, "text": text}
            for goal_id, text in zip(goal_ids[index], phase.goals, strict=True)
        ]
        phases.append(
            {"id": phase_ids.take(phase.title), "title": phase.title}
            | {"duration_weeks": plan.lengths[index], "goals": goals, "weeks": weeks}
        )
        first += plan.lengths[index]
    return phases


def _action(
    work: Work, skill_ids: list[str], uses: list[str], titles: set[str], phase: str
) -> dict[str, Any]:
    title = work.title
    if title.casefold() in titles:  # two goals or items worded alike
        title = f"{title} ({phase})"
        number = 2
        while title.casefold() in titles:
            title, number = f"{work.title} ({phase}, {number})", number + 1
    titles.add(title.casefold())
    action: dict[str, Any] = {"id": work.id, "title": title}
    action["hours"] = int(work.hours) if float(work.hours).is_integer() else work.hours
    if work.skills:
        action["skills"] = [skill_ids[skill] for skill in dict.fromkeys(work.skills)]
    if work.uses:
        action["uses"] = [uses[skill] for skill in work.uses]
    if work.resources:
        action["resources"] = list(dict.fromkeys(work.resources))
    if work.goal:
        action["goal"] = work.goal
    if work.career:
        action["career"] = True
    if work.after:
        action["after"] = list(dict.fromkeys(step.id for step in work.after))
    kind = work_of(work)
    if kind:
        action["work"] = kind
    action["done_when"] = work.done_when
    action["draft"] = True
    return action


# The chains that teach: their steps are "study" work, what an assessment of a skill as
# known closes (an exam's preparation teaches; booking and sitting it does not).
TEACHING = frozenset({"course", "book", "video", "tool", "dataset", "report"})


def work_of(work: Work) -> str:
    """The kind of work a drafted action is: study, practice, or none for career work."""
    if work.career:
        return ""
    chain = work.chain
    if chain is not None and chain.kind in TEACHING:
        return "study"
    if chain is not None and chain.kind == "exam" and work.title.casefold().startswith("prepare"):
        return "study"
    return "practice"


def _milestones(guide: Guide, ids: list[str], plan: Plan) -> list[dict[str, Any]]:
    actions: dict[str, list[str]] = {milestone: [] for milestone in ids}
    for phase in range(len(guide.phases)):
        for work in plan.phase_work(phase):
            for milestone in work.milestones:
                actions[milestone].append(work.id)
    found = []
    number = 0
    for group in guide.start_now:
        for item in group.items:
            milestone = ids[number]
            number += 1
            found.append(
                {"id": milestone, "title": item, "horizon": group.horizon}
                | {"due_week": min(group.due_week, plan.weeks), "actions": actions[milestone]}
            )
    return found


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


def _notes(guide: Guide, plan: Plan, hours: float) -> tuple[str, ...]:
    notes = []
    for phase, _length in zip(guide.phases, plan.lengths, strict=True):
        if phase.weeks_said:
            notes.append(
                f"Phase '{phase.title}': the guide says {phase.weeks_said}; "
                f"the plan takes the upper number, {phase.weeks}."
            )
    longer = [
        f"'{phase.title}' {phase.weeks} -> {length}"
        for phase, length in zip(guide.phases, plan.lengths, strict=True)
        if length > phase.weeks
    ]
    if longer:
        given = sum(phase.weeks for phase in guide.phases)
        notes.append(
            f"The work takes {plan.weeks} weeks at {hours:g} h a week, not the guide's {given}: "
            f"phases lengthened ({', '.join(longer)} weeks). Import with more --hours for a "
            "shorter plan."
        )
    return tuple(notes)


def _warnings(guide: Guide) -> tuple[str, ...]:
    """The optional sections the guide lacks, said once."""
    if not guide.missing:
        return ()
    names = [f'"{heading}"' for heading in guide.missing]
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]
    return (
        f"The guide has no {listed} section; the roadmap leaves "
        + ("it out." if len(names) == 1 else "them out."),
    )


def to_toml(data: dict[str, Any], *, source_name: str) -> str:
    """TOML text for ``data`` under a short header saying where it came from."""
    import tomli_w

    name = " ".join(source_name.split()) or "a plain-text guide"
    header = (
        f"# Generated by `fashioncoach roadmap import` from the guide {name}.\n"
        "# Every fact of the guide is kept verbatim. The weekly actions are drafted from\n"
        "# the kinds of work (see docs/roadmap-format.md): each carries `draft = true`\n"
        "# until you refine it (then delete that line).\n"
        "# Check the file with: fashioncoach roadmap validate FILE\n\n"
    )
    return header + tomli_w.dumps(data)


def roadmap_id(guide: Guide) -> str:
    """The roadmap's id from the roles: ``teacher-to-ux-designer``."""
    return kebab(f"{guide.from_role} to {guide.to_role}", limit=80, every_word=True)


def default_file_name(guide: Guide) -> str:
    """A file name from the roles, e.g. ``teacher-to-ux-designer.toml``."""
    return f"{roadmap_id(guide)}.toml"
