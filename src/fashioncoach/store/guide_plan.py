"""The generated weekly plan of a guide: its phases' weeks filled with draft actions.

How the plan is made (each step is a method of ``WeeklyPlan``, or of the
``Calendar`` it extends):

1. Start-now items become actions due by their horizon (week 1, 4 or 13). An item
   that enrolls in or completes a course the guide names becomes that course's
   first or last step, so the course is planned around it.
2. Each phase goal runs over a window of the phase's weeks, staggered so that
   about two goals are under way each week: a start, continue and finish step.
3. Each skill's courses (and books, tools...) go to the phase whose goals name
   the skill; skills no goal names are spread over the early phases.
4. A week with fewer than two actions gets one more goal step, or a review.
5. A week with more than four merges two start-now actions, else two goal steps.
6. The weekly budget is shared among a week's actions by weight, in half hours.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from fashioncoach.store.guide_calendar import Calendar, Task
from fashioncoach.store.guide_facts import goal_tools
from fashioncoach.store.guide_ids import UniqueIds
from fashioncoach.store.guide_model import Guide, GuideResource, resource_key
from fashioncoach.store.guide_steps import UNIT_LENGTH, done_when, goal_step, step_labels, unit_step
from fashioncoach.store.guide_words import (
    CAREER,
    COURSE_WORDS,
    VERB_KIND,
    SkillWords,
    leading_verb,
    mentions,
    rarity,
)

MIN_ACTIONS = 2
# The first week each start-now horizon's actions may take: this month's after this week.
HORIZON_FROM = {1: 1, 4: 2, 13: 5}


@dataclass(eq=False)
class _Unit:
    """A course (with its alternatives), book or tool of one skill, and its steps."""

    resources: list[GuideResource]
    skill: int
    start: Task | None = None  # a start-now action that enrolls in it
    finish: Task | None = None  # a start-now action that completes it
    chain: list[Task] = field(default_factory=list)


def _spread(count: int, weeks: list[int]) -> list[int]:
    """``count`` weeks spread evenly over ``weeks``, first and last included."""
    if count <= 1 or len(weeks) <= 1:
        return weeks[: min(count, 1)]
    return [weeks[round(step * (len(weeks) - 1) / (count - 1))] for step in range(count)]


class WeeklyPlan(Calendar):
    """One guide's calendar, filled in the order the module's docstring gives."""

    def __init__(
        self,
        guide: Guide,
        skill_ids: list[str],
        resources: list[dict[str, Any]],
        resource_ids: dict[tuple[str, str, str], str],
        hours_per_week: float,
    ) -> None:
        super().__init__([phase.weeks for phase in guide.phases], hours_per_week)
        self.guide, self.skill_ids = guide, skill_ids
        self.resources, self.resource_ids = resources, resource_ids
        self.words = [
            SkillWords(skill.name, skill.examples, list(skill.resources)) for skill in guide.skills
        ]
        self.skill_rarity = rarity([words.text for words in self.words])
        self.phase_texts = [" ".join([phase.title, *phase.goals]) for phase in guide.phases]
        self.phase_rarity = rarity(self.phase_texts)
        self.phase_skill = [
            self.best_skill(text, index) for index, text in enumerate(self.phase_texts)
        ]
        self.goal_ids: list[list[str]] = []
        for phase in guide.phases:  # goal ids are unique within their phase
            ids = UniqueIds(40)
            self.goal_ids.append([ids.take(goal) for goal in phase.goals])
        self.goal_chains: list[list[list[Task]]] = [[] for _ in guide.phases]
        self.units = self.make_units()
        self.milestones: list[dict[str, Any]] = []
        self.milestone_ids = UniqueIds()

    def phases(self) -> list[dict[str, Any]]:
        self.place_milestones()
        for phase in range(len(self.guide.phases)):
            self.place_goals(phase)
        self.place_units()
        self.fill()
        self.label()
        self.merge()
        return self.output()

    # Which skills and resources a text is about.

    def best_skill(self, text: str, fallback: int) -> int:
        """The skill whose words best match ``text``; with none, skills take turns."""
        scores = [words.score(text, self.skill_rarity) for words in self.words]
        best = max(range(len(scores)), key=lambda index: (scores[index], -index))
        return best if scores[best] > 0 else fallback % len(scores)

    def skills_for(self, text: str, week: int) -> list[str]:
        """The one or two skills a text names clearly, else the skill of the week's phase."""
        scores = [words.score(text, self.skill_rarity) for words in self.words]
        ranked = sorted(range(len(scores)), key=lambda index: (-scores[index], index))
        strong = [index for index in ranked[:2] if scores[index] >= 0.5]
        return [
            self.skill_ids[index] for index in strong or [self.phase_skill[self.phase_of(week)]]
        ]

    def named_resources(self, text: str) -> list[str]:
        """Resources a text names by title, or courses by their platform."""
        return [
            entry["id"]
            for entry in self.resources
            if mentions(text, entry["title"])
            or (entry["kind"] == "course" and mentions(text, entry.get("provider", "")))
        ][:2]

    # 1. Start-now items.

    def place_milestones(self) -> None:
        """Each start-now item gets its own action, spread over its horizon."""
        for group in self.guide.start_now:
            due = min(group.due_week, self.weeks)
            first = min(HORIZON_FROM.get(group.due_week, max(1, group.due_week // 2)), due)
            for number, item in enumerate(group.items, 1):
                unit, step = self.linked_unit(item)
                target = (
                    due
                    if step == "finish"
                    else first + number * (due - first + 1) // len(group.items) - 1
                )
                milestone_id = self.milestone_ids.take(item)
                self.milestones.append(
                    {"id": milestone_id, "title": item, "horizon": group.horizon}
                    | {"due_week": due, "actions": []}
                )
                week = self.milestone_week(max(first, target), due)
                task = self.add(
                    Task(
                        week,
                        "milestone",
                        weight=1.5 if due == 1 else 2.5,
                        title=item,
                        done_when=done_when(item, "single"),
                        skills=self.skills_for(item, week),
                        resources=self.named_resources(item),
                        career=CAREER.search(item) is not None,
                        milestones=[milestone_id],
                        slug=item,
                    )
                )
                if unit is not None:
                    setattr(unit, step, task)
                    task.skills = list(dict.fromkeys([self.skill_ids[unit.skill], *task.skills]))

    def milestone_week(self, target: int, due: int) -> int:
        """The week nearest ``target`` (by ``due``), keeping a slot for the phase goals."""
        for room in (self.limit - 1, self.limit):
            options = [week for week in range(1, due + 1) if self.free(week, room)]
            if options:
                return min(options, key=lambda week: (abs(week - target), week))
        return target  # every week is full: the merge step makes room

    def linked_unit(self, item: str) -> tuple[_Unit | None, str]:
        """The course an item enrolls in ("start") or completes ("finish"), if it names one:
        by its title, platform, or the skill's name or examples."""
        verb = leading_verb(item)
        step = "finish" if verb in ("complete", "finish") else ""
        step = "start" if VERB_KIND.get(verb) == "enroll" else step
        if not step or not COURSE_WORDS.search(item):
            return None, ""
        best, best_score, best_index = None, 0, 0
        for unit in self.units:
            skill = self.guide.skills[unit.skill]
            named = [phrase for phrase in (skill.name, *skill.examples) if mentions(item, phrase)]
            for index, resource in enumerate(unit.resources):
                score = 3 * mentions(item, resource.title) + 2 * mentions(item, resource.provider)
                score += bool(named) + any(mentions(resource.title, phrase) for phrase in named)
                if unit.resources[0].kind == "course" and score > best_score:
                    best, best_score, best_index = unit, score, index
        if best is None or getattr(best, step) is not None:
            return None, ""
        if best.start is None and best.finish is None:
            # The item picks an alternative ("... on Skillshare"): plan that one.
            best.resources.insert(0, best.resources.pop(best_index))
        return best, step

    # 2. Phase goals.

    def place_goals(self, phase: int) -> None:
        """Goal i starts at week i*w/g of the phase and runs until goal i+2 starts."""
        weeks = self.ranges[phase]
        goals = self.guide.phases[phase].goals
        starts = [weeks[0] + index * len(weeks) // len(goals) for index in range(len(goals))]
        starts += [weeks[-1] + 1] * 2
        for index in range(len(goals)):
            window = list(range(starts[index], max(starts[index], starts[index + 2] - 1) + 1))
            chosen = self.place(window, weeks) or [
                min(weeks, key=lambda week: (len(self.tasks[week]), week))
            ]
            self.goal_chains[phase].append(
                [self.add(self.goal_task(phase, index, week)) for week in chosen]
            )

    def goal_task(self, phase: int, index: int, week: int) -> Task:
        goal = self.guide.phases[phase].goals[index]
        tools = [self.resource_ids[("tool", tool.casefold(), "")] for tool in goal_tools(goal)]
        return Task(
            week,
            "goal",
            skills=self.skills_for(goal, week),
            resources=list(dict.fromkeys(tools)),
            goal=self.goal_ids[phase][index],
            career=CAREER.search(goal) is not None,
            slug=goal,  # the goal's text until the step is labelled
        )

    # 3. Courses, books and tools.

    def make_units(self) -> list[_Unit]:
        """Each skill's resources as units of work; an "or" alternative joins the one before."""
        units: list[_Unit] = []
        for skill, own in enumerate(self.guide.skills):
            for item in own.resources:
                if item.alternative and units and units[-1].skill == skill:
                    units[-1].resources.append(item)
                else:
                    units.append(_Unit([item], skill))
        return units

    def place_units(self) -> None:
        """A unit linked to start-now actions is planned around them; the others go to
        the phase that uses their skill, staggered within it."""
        per_phase: list[list[_Unit]] = [[] for _ in self.ranges]
        for unit in self.units:
            if unit.start or unit.finish:
                self.place_linked(unit)
            else:
                per_phase[self.unit_phase(unit, per_phase)].append(unit)
        for phase, units in enumerate(per_phase):
            weeks = self.ranges[phase]
            for index, unit in enumerate(units):
                steps = UNIT_LENGTH.get(unit.resources[0].kind, 1)
                first = weeks[0] + index * len(weeks) // len(units)
                length = max(steps, weeks[0] + (index + 1) * len(weeks) // len(units) - first)
                window = list(range(first, min(self.weeks, first + length - 1) + 1))
                chosen = self.place(_spread(steps, window), list(range(first, self.weeks + 1)))
                unit.chain = [self.add(self.unit_task(unit, week)) for week in chosen]

    def place_linked(self, unit: _Unit) -> None:
        """The steps between the start-now action that enrolls and the one that completes."""
        start, finish = unit.start, unit.finish
        fixed = [task for task in (start, finish) if task is not None]
        steps = UNIT_LENGTH.get(unit.resources[0].kind, 1) - len(fixed)
        last = finish.week - 1 if finish else self.weeks
        if start is not None:
            low, high = start.week + 1, min(last, start.week + 2 * steps)
        else:
            low, high = max(1, last + 1 - 2 * steps), last
        chosen = self.place(_spread(steps, list(range(low, high + 1))), list(range(low, last + 1)))
        unit.chain = sorted(
            fixed + [self.add(self.unit_task(unit, week)) for week in chosen],
            key=lambda task: task.week,
        )
        if finish is not None:  # completing the course means doing every step of it
            for task in unit.chain:
                if task is not finish:
                    task.milestones += finish.milestones

    def unit_phase(self, unit: _Unit, taken: list[list[_Unit]]) -> int:
        """The phase whose goals name the skill best; else the least busy early phase."""
        skill = self.guide.skills[unit.skill]
        words = SkillWords(skill.name, skill.examples, unit.resources[:1])
        scores = [words.score(text, self.phase_rarity) for text in self.phase_texts]
        best = max(range(len(scores)), key=lambda index: (scores[index], -index))
        if scores[best] >= 0.5:
            return best
        early = range(-(-len(scores) // 2))
        return min(early, key=lambda index: (len(taken[index]), -scores[index], index))

    def unit_task(self, unit: _Unit, week: int) -> Task:
        keys = [self.resource_ids[resource_key(item)] for item in unit.resources]
        return Task(
            week, unit.resources[0].kind, skills=[self.skill_ids[unit.skill]], resources=keys
        )

    # 4. Every week gets work; then each step gets its wording (5. is ``Calendar.merge``).

    def fill(self) -> None:
        """A week with fewer than two actions gets another goal step, else a review."""
        for phase, weeks in enumerate(self.ranges):
            for week in weeks:
                while len(self.tasks[week]) < min(MIN_ACTIONS, self.limit):
                    chains = [
                        (len(chain), index)
                        for index, chain in enumerate(self.goal_chains[phase])
                        if all(task.week != week for task in chain)
                    ]
                    if chains:
                        index = min(chains)[1]
                        task = self.add(self.goal_task(phase, index, week))
                        self.goal_chains[phase][index].append(task)
                        continue
                    self.add(
                        Task(
                            week,
                            "review",
                            weight=1.0,
                            title=f"Review week {week}: what you learned and what comes next",
                            done_when="a note with 3 things you learned and next week's first "
                            "step saved",
                            skills=[self.skill_ids[self.phase_skill[phase]]],
                            slug=f"review-week-{week}",
                        )
                    )

    def label(self) -> None:
        """Title each step by its place in its chain: start, continue..., finish."""
        for phase, chains in enumerate(self.goal_chains):
            for index, chain in enumerate(chains):
                goal = self.guide.phases[phase].goals[index]
                chain.sort(key=lambda task: task.week)
                for task, step in zip(chain, step_labels(len(chain)), strict=True):
                    task.title, task.done_when, task.weight, prefix = goal_step(goal, step)
                    task.slug = f"{prefix}-{self.goal_ids[phase][index]}"
        for unit in self.units:
            for task, step in zip(unit.chain, step_labels(len(unit.chain)), strict=True):
                if task.kind == "milestone":  # keeps the guide's wording
                    task.resources = list(dict.fromkeys(task.resources + self.unit_ids(unit)))
                    continue
                task.title, task.done_when, task.weight, prefix = unit_step(unit.resources, step)
                task.slug = f"{prefix}-{self.unit_ids(unit)[0]}"

    def unit_ids(self, unit: _Unit) -> list[str]:
        return [self.resource_ids[resource_key(item)] for item in unit.resources]

    # 6. Hours (``Calendar.halves``), ids and the data.

    def output(self) -> list[dict[str, Any]]:
        """The phases as roadmap data; fills in the milestones' action ids on the way."""
        ids = UniqueIds(48)
        milestones = {milestone["id"]: milestone for milestone in self.milestones}
        phase_ids = UniqueIds(40)
        phases = []
        for index, phase in enumerate(self.guide.phases):
            weeks = []
            for week in self.ranges[index]:
                actions = []
                for task, halves in zip(self.tasks[week], self.halves(week), strict=True):
                    action = _action(task, ids.take(task.slug), halves / 2)
                    for milestone in task.milestones:
                        milestones[milestone]["actions"].append(action["id"])
                    actions.append(action)
                weeks.append({"week": week, "actions": actions})
            goals = [
                {"id": goal_id, "text": text}
                for goal_id, text in zip(self.goal_ids[index], phase.goals, strict=True)
            ]
            phases.append(
                {"id": phase_ids.take(phase.title), "title": phase.title}
                | {"duration_weeks": phase.weeks, "goals": goals, "weeks": weeks}
            )
        return phases


def _action(task: Task, action_id: str, hours: float) -> dict[str, Any]:
    action: dict[str, Any] = {"id": action_id, "title": task.title}
    action["hours"] = int(hours) if hours.is_integer() else hours
    action["skills"] = task.skills
    if task.resources:
        action["resources"] = task.resources
    if task.goal:
        action["goal"] = task.goal
    if task.career:
        action["career"] = True
    action["done_when"] = task.done_when
    action["draft"] = True
    return action
