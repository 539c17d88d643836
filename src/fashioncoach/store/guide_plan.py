"""Turn a parsed guide into roadmap data: its facts under the format's keys, plus a
generated weekly plan whose actions all carry ``draft = true``.

How the plan is made (each step is a method of ``_Plan``):

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

import dataclasses
import itertools
import re
from dataclasses import dataclass, field
from typing import Any

from fashioncoach.errors import BadArgument
from fashioncoach.store.guide_import import NAME_PATTERN, Guide, GuideResource, kebab

MAX_ACTIONS = 4
MIN_ACTIONS = 2
# The first week each start-now horizon's actions may take: this month's after this week.
HORIZON_FROM = {1: 1, 4: 2, 13: 5}
# Words that tell nothing about which skill a text is about.
_STOP = """a an the and or of for to in on with your you from by at as is it be into via its
learn learning basic basics beginner beginners advanced introduction intro course courses
complete build create start first simple new skill skills using use tool tools work project
study guide how what their them this that like such fundamentals essentials industry"""
STOP_WORDS = frozenset(_STOP.split())
_TOOLS = re.compile(
    rf"\btools?\s+(?:like|such as)\s+(?P<names>{NAME_PATTERN}"
    rf"(?:\s*,\s*{NAME_PATTERN})*(?:,?\s+(?:or|and)\s+{NAME_PATTERN})?)"
    rf"|\busing\s+(?P<name>{NAME_PATTERN})"
)
_CAREER = re.compile(
    r"\b(?:apply|applications?|resumes?|cv|cover letters?|interviews?|jobs?|"
    r"network(?:ing)?|salary|recruiters?|hiring)\b",
    re.IGNORECASE,
)
_COURSE_WORDS = re.compile(r"\b(?:course|training|certification|class|program)\b|'", re.I)
_VERBS = {
    "learn": "learn study understand research explore master read review analyze analyse "
    "identify familiarize familiarise investigate examine watch discover",
    "follow": "follow subscribe track monitor",
    "connect": "network connect join attend reach meet contact volunteer shadow introduce "
    "seek find interview speak talk message",
    "present": "present share showcase pitch teach demo",
    "apply": "apply",
    "enroll": "enroll enrol sign register take",
}
_VERB_KIND = {verb: kind for kind, verbs in _VERBS.items() for verb in verbs.split()}
_STEPS = ("start", "continue", "finish", "single")
# fmt: off
# What "done" looks like for each kind of work: a start, continue, finish and single step.
_DONE = {
    "learn": ("notes on the first topic saved",
              "notes on the next topic saved, with one worked example",
              "a one-page summary of what you learned saved",
              "notes with 3 key points and one worked example saved"),
    "make": ("a first rough version saved",
             "an improved version saved, with what changed noted",
             "the finished result saved and shown to one person for feedback",
             "the result saved and shown to one person for feedback"),
    "follow": ("5 sources followed and listed in a note",
               "a note of 3 trends or ideas from this week's reading saved",
               "a one-page summary of what you learned from them saved",
               "the sources followed and listed in a note, with one idea from each"),
    "connect": ("a list of 5 people, groups or events to reach saved",
                "3 new contacts made and logged",
                "a log of the contacts made, each with a follow-up sent",
                "done, with your introduction posted or contacts logged with a follow-up"),
    "present": ("an outline of what you will show saved",
                "slides or a demo drafted and rehearsed once",
                "presented, with the feedback written down",
                "presented, with the feedback written down"),
    "apply": ("a tracker of 10 target roles saved",
              "3 applications sent and logged",
              "5 or more applications sent and logged, each with a follow-up date",
              "the applications sent and logged in a tracker"),
    "enroll": ("enrolled and first module finished",
               "half of the modules finished, with notes saved",
               "all modules finished and the certificate or final notes saved",
               "enrolled and first module finished"),
}
# The steps of a course, book, tool...: title, done when, weight and id prefix.
_UNIT_STEPS = {
    ("course", "start"): ("Enroll in {name}{on}{alternative}", _DONE["enroll"][0], 1.5, "enroll"),
    ("course", "continue"): ("Work through {name}: the middle modules", _DONE["enroll"][1], 2.5,
                             "work-through"),
    ("course", "finish"): ("Finish {name} and its final assignment", _DONE["enroll"][2], 2.0,
                           "finish"),
    ("course", "single"): ("Take {name}{on}, from enrolling to the last module",
                           "every module finished, with notes saved", 3.0, "take"),
    ("book", "start"): ("Start reading {name}", "the first 3 chapters read and 5 notes saved",
                        1.5, "start-reading"),
    ("book", "finish"): ("Finish reading {name}", "the book finished and a one-page summary saved",
                         2.0, "finish-reading"),
    ("book", "single"): ("Read {name}", "the book read and a one-page summary saved", 2.5, "read"),
    ("tool", "single"): ("Set up {name} and try it on a small exercise",
                         "a first exercise made with {name} saved", 1.5, "try"),
    ("report", "single"): ("Read the latest of the {name} and note what matters to you",
                           "3 takeaways from the latest report saved in your notes", 1.5, "read"),
    ("community", "single"): ("Join {name}{on} and introduce yourself",
                              "your introduction posted and 2 threads read", 1.0, "join"),
    ("event", "single"): ("Find and attend {name}", "attended, with notes and 3 new contacts saved",
                          2.0, "attend"),
    ("other", "single"): ("Explore {name}{on}", "3 useful findings saved in your notes", 1.5,
                          "explore"),
}
# fmt: on
_UNIT_LENGTH = {"course": 3, "book": 2}
_GOAL_WEIGHT = {"start": 2.0, "continue": 2.5, "finish": 2.5, "single": 3.0}


class _Ids:
    """Kebab-case ids, made unique with -2, -3... when two texts give the same one."""

    def __init__(self, limit: int = 50) -> None:
        self.limit = limit
        self.taken: set[str] = set()

    def take(self, text: str) -> str:
        base = candidate = kebab(text, limit=self.limit)
        number = 2
        while candidate in self.taken:
            candidate, number = f"{base}-{number}", number + 1
        self.taken.add(candidate)
        return candidate


@dataclass(eq=False)
class _Task:
    """A would-be action: placed in a week, labelled, maybe merged, then given hours."""

    week: int
    kind: str  # goal, milestone, review, or the kind of resource it works through
    weight: float = 2.0
    title: str = ""
    done_when: str = ""
    skills: list[str] = field(default_factory=list)
    resources: list[str] = field(default_factory=list)
    goal: str = ""
    career: bool = False
    milestones: list[str] = field(default_factory=list)  # the milestones it helps meet
    slug: str = ""  # the text its id is made from


@dataclass(eq=False)
class _Unit:
    """A course (with its alternatives), book or tool of one skill, and its steps."""

    resources: list[GuideResource]
    skill: int
    start: _Task | None = None  # a start-now action that enrolls in it
    finish: _Task | None = None  # a start-now action that completes it
    chain: list[_Task] = field(default_factory=list)


# --- Words: which skill a text practises, which phase uses a skill ----------------------


def _stems(text: str) -> set[str]:
    """Content words cut to five letters, so "generative" meets "generation"."""
    words = re.findall(r"[a-z0-9][a-z0-9+#]*", text.lower())
    return {word[:5] for word in words if word not in STOP_WORDS}


def _names(text: str, phrase: str) -> bool:
    return bool(phrase) and re.search(rf"\b{re.escape(phrase)}\b", text, re.I) is not None


def _rarity(texts: list[str]) -> dict[str, float]:
    """A word's weight: 1 over the number of texts it appears in."""
    counts: dict[str, int] = {}
    for text in texts:
        for stem in _stems(text):
            counts[stem] = counts.get(stem, 0) + 1
    return {stem: 1 / count for stem, count in counts.items()}


class _Words:
    """A skill's words (name, examples, resource titles); its name and examples as whole
    phrases count extra, so "fashion design" beats a lone "fashion"."""

    def __init__(self, name: str, examples: tuple[str, ...], resources: list[GuideResource]):
        self.text = " ".join([name, *examples, *(item.title for item in resources)])
        self.stems = _stems(self.text)
        words = [word for word in name.split() if word.lower() not in STOP_WORDS]
        self.phrases = [(name, 3.0), *((example, 2.0) for example in examples)]
        self.phrases += [(f"{one} {two}", 1.0) for one, two in itertools.pairwise(words)]

    def score(self, text: str, weights: dict[str, float]) -> float:
        found = sum(weights.get(stem, 0.0) for stem in self.stems & _stems(text))
        return found + sum(bonus for phrase, bonus in self.phrases if _names(text, phrase))


def _verb(text: str) -> str:
    """An instruction's verb; "Start following" counts as "follow"."""
    words: list[str] = re.findall(r"[a-z]+", text.lower())[:2] or ["do"]
    if words[0] in ("start", "begin", "keep") and len(words) > 1 and words[1].endswith("ing"):
        stem = words[1][:-3]
        return next((verb for verb in (stem, stem + "e", stem[:-1]) if verb in _VERB_KIND), "start")
    return words[0]


def _done_when(text: str, step: str) -> str:
    """An observable result for an instruction, chosen by its verb."""
    verb = _verb(text)
    if verb in ("complete", "finish") and _COURSE_WORDS.search(text.replace("'", "")):
        return _DONE["enroll"][2]
    return _DONE[_VERB_KIND.get(verb, "make")][_STEPS.index(step)]


def _labels(count: int) -> list[str]:
    """The steps of a chain: start, continue..., finish; or one single step."""
    if count <= 1:
        return ["single"] * count
    return ["start", *["continue"] * (count - 2), "finish"]


def _spread(count: int, weeks: list[int]) -> list[int]:
    """``count`` weeks spread evenly over ``weeks``, first and last included."""
    if count <= 1 or len(weeks) <= 1:
        return weeks[: min(count, 1)]
    return [weeks[round(step * (len(weeks) - 1) / (count - 1))] for step in range(count)]


def goal_tools(goal: str) -> list[str]:
    """Tools a goal names: "tools like Trendalytics or EDITED", "using TensorFlow"."""
    tools: list[str] = []
    for match in _TOOLS.finditer(goal):
        names = match.group("names") or match.group("name")
        tools += [name for name in re.split(r"\s*,\s*|\s+(?:or|and)\s+", names) if name]
    return tools


# --- The facts ---------------------------------------------------------------------------


def plan_roadmap(guide: Guide, *, hours_per_week: float) -> dict[str, Any]:
    """The roadmap data of ``guide``; see the module's docstring for the plan."""
    if not 1 <= hours_per_week <= 4 * 40:
        raise BadArgument(f"hours per week must be from 1 to 160, not {hours_per_week:g}")
    resources, resource_ids = _resources(guide)
    # One registry: a transferable skill may not share a skill's id (the validator would
    # take the skill for a transferable one), so "Project Management" in both lists differs.
    skill_ids = _Ids(40)
    skills = _skills(guide, resource_ids, skill_ids)
    plan = _Plan(guide, [skill["id"] for skill in skills], resources, resource_ids, hours_per_week)
    data: dict[str, Any] = {"format_version": 1, "overview": _overview(guide, plan.weeks)}
    intros = {key: text for key, text in dataclasses.asdict(guide.intros).items() if text}
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


def resource_key(item: GuideResource) -> tuple[str, str, str]:
    """Two mentions of one resource (in two skills' advice) share this key."""
    return item.kind, item.title.casefold(), item.provider.casefold()


def _resources(guide: Guide) -> tuple[list[dict[str, Any]], dict[tuple[str, str, str], str]]:
    """Every resource once, and the id of each; tools the goals name come last."""
    named = [item for skill in guide.skills for item in skill.resources]
    named += [
        GuideResource(tool, "tool")
        for phase in guide.phases
        for goal in phase.goals
        for tool in goal_tools(goal)
    ]
    ids = _Ids()
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
    guide: Guide, resource_ids: dict[tuple[str, str, str], str], ids: _Ids
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


# --- The weekly plan ---------------------------------------------------------------------


class _Plan:
    """One guide's calendar, filled in the order the module's docstring gives."""

    def __init__(
        self,
        guide: Guide,
        skill_ids: list[str],
        resources: list[dict[str, Any]],
        resource_ids: dict[tuple[str, str, str], str],
        hours_per_week: float,
    ) -> None:
        self.guide, self.skill_ids, self.hours = guide, skill_ids, hours_per_week
        self.resources, self.resource_ids = resources, resource_ids
        self.ranges: list[list[int]] = []
        for phase in guide.phases:
            first = self.ranges[-1][-1] + 1 if self.ranges else 1
            self.ranges.append(list(range(first, first + phase.weeks)))
        self.weeks = self.ranges[-1][-1]
        self.limit = min(MAX_ACTIONS, int(hours_per_week * 2))  # each needs a half hour
        self.tasks: dict[int, list[_Task]] = {week: [] for week in range(1, self.weeks + 1)}
        self.words = [
            _Words(skill.name, skill.examples, list(skill.resources)) for skill in guide.skills
        ]
        self.skill_rarity = _rarity([words.text for words in self.words])
        self.phase_texts = [" ".join([phase.title, *phase.goals]) for phase in guide.phases]
        self.phase_rarity = _rarity(self.phase_texts)
        self.phase_skill = [
            self.best_skill(text, index) for index, text in enumerate(self.phase_texts)
        ]
        self.goal_ids: list[list[str]] = []
        for phase in guide.phases:  # goal ids are unique within their phase
            ids = _Ids(40)
            self.goal_ids.append([ids.take(goal) for goal in phase.goals])
        self.goal_chains: list[list[list[_Task]]] = [[] for _ in guide.phases]
        self.units = self.make_units()
        self.milestones: list[dict[str, Any]] = []
        self.milestone_ids = _Ids()

    def phases(self) -> list[dict[str, Any]]:
        self.place_milestones()
        for phase in range(len(self.guide.phases)):
            self.place_goals(phase)
        self.place_units()
        self.fill()
        self.label()
        self.merge()
        return self.output()

    # Where things fit.

    def free(self, week: int, room: int | None = None) -> bool:
        return len(self.tasks[week]) < (self.limit if room is None else room)

    def add(self, task: _Task) -> _Task:
        self.tasks[task.week].append(task)
        return task

    def place(self, targets: list[int], allowed: list[int]) -> list[int]:
        """Weeks near ``targets`` with room, strictly increasing; fewer when crowded."""
        chosen: list[int] = []
        for target in targets:
            options = [
                week for week in allowed if week > max(chosen, default=0) and self.free(week)
            ]
            if options:
                chosen.append(min(options, key=lambda week: (abs(week - target), week)))
        return chosen

    def phase_of(self, week: int) -> int:
        return next(index for index, weeks in enumerate(self.ranges) if week in weeks)

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
            if _names(text, entry["title"])
            or (entry["kind"] == "course" and _names(text, entry.get("provider", "")))
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
                    _Task(
                        week,
                        "milestone",
                        weight=1.5 if due == 1 else 2.5,
                        title=item,
                        done_when=_done_when(item, "single"),
                        skills=self.skills_for(item, week),
                        resources=self.named_resources(item),
                        career=_CAREER.search(item) is not None,
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
        verb = _verb(item)
        step = "finish" if verb in ("complete", "finish") else ""
        step = "start" if _VERB_KIND.get(verb) == "enroll" else step
        if not step or not _COURSE_WORDS.search(item):
            return None, ""
        best, best_score, best_index = None, 0, 0
        for unit in self.units:
            skill = self.guide.skills[unit.skill]
            named = [phrase for phrase in (skill.name, *skill.examples) if _names(item, phrase)]
            for index, resource in enumerate(unit.resources):
                score = 3 * _names(item, resource.title) + 2 * _names(item, resource.provider)
                score += bool(named) + any(_names(resource.title, phrase) for phrase in named)
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

    def goal_task(self, phase: int, index: int, week: int) -> _Task:
        goal = self.guide.phases[phase].goals[index]
        tools = [self.resource_ids[("tool", tool.casefold(), "")] for tool in goal_tools(goal)]
        return _Task(
            week,
            "goal",
            skills=self.skills_for(goal, week),
            resources=list(dict.fromkeys(tools)),
            goal=self.goal_ids[phase][index],
            career=_CAREER.search(goal) is not None,
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
                steps = _UNIT_LENGTH.get(unit.resources[0].kind, 1)
                first = weeks[0] + index * len(weeks) // len(units)
                length = max(steps, weeks[0] + (index + 1) * len(weeks) // len(units) - first)
                window = list(range(first, min(self.weeks, first + length - 1) + 1))
                chosen = self.place(_spread(steps, window), list(range(first, self.weeks + 1)))
                unit.chain = [self.add(self.unit_task(unit, week)) for week in chosen]

    def place_linked(self, unit: _Unit) -> None:
        """The steps between the start-now action that enrolls and the one that completes."""
        start, finish = unit.start, unit.finish
        fixed = [task for task in (start, finish) if task is not None]
        steps = _UNIT_LENGTH.get(unit.resources[0].kind, 1) - len(fixed)
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
        words = _Words(skill.name, skill.examples, unit.resources[:1])
        scores = [words.score(text, self.phase_rarity) for text in self.phase_texts]
        best = max(range(len(scores)), key=lambda index: (scores[index], -index))
        if scores[best] >= 0.5:
            return best
        early = range(-(-len(scores) // 2))
        return min(early, key=lambda index: (len(taken[index]), -scores[index], index))

    def unit_task(self, unit: _Unit, week: int) -> _Task:
        keys = [self.resource_ids[resource_key(item)] for item in unit.resources]
        return _Task(
            week, unit.resources[0].kind, skills=[self.skill_ids[unit.skill]], resources=keys
        )

    # 4. Every week gets work; 5. no week gets too much.

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
                        _Task(
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
                for task, step in zip(chain, _labels(len(chain)), strict=True):
                    task.title = goal if step == "single" else f"{step.capitalize()}: {goal}"
                    task.done_when = _done_when(goal, step)
                    task.weight = _GOAL_WEIGHT[step]
                    prefix = "work-on" if step == "single" else step
                    task.slug = f"{prefix}-{self.goal_ids[phase][index]}"
        for unit in self.units:
            for task, step in zip(unit.chain, _labels(len(unit.chain)), strict=True):
                if task.kind == "milestone":  # keeps the guide's wording
                    task.resources = list(dict.fromkeys(task.resources + self.unit_ids(unit)))
                    continue
                task.title, task.done_when, task.weight, prefix = self.unit_step(unit, step)
                task.slug = f"{prefix}-{self.unit_ids(unit)[0]}"

    def unit_ids(self, unit: _Unit) -> list[str]:
        return [self.resource_ids[resource_key(item)] for item in unit.resources]

    def unit_step(self, unit: _Unit, step: str) -> tuple[str, str, float, str]:
        """Title, done-when, weight and id prefix of one step of a course, book, tool..."""
        item, *others = unit.resources
        kind = item.kind if (item.kind, step) in _UNIT_STEPS else "other"
        title, done_when, weight, prefix = _UNIT_STEPS[
            (kind, step if kind != "other" else "single")
        ]
        alternative = f" (or {_mention(others[0])})" if others and kind == "course" else ""
        name = _mention(item, on=False)
        on = f" on {item.provider}" if item.provider else ""
        fields = {"name": name, "on": on, "alternative": alternative}
        return title.format(**fields), done_when.format(**fields), weight, prefix

    def merge(self) -> None:
        """A week over the limit merges its last two start-now actions, else two goal steps."""
        for tasks in self.tasks.values():
            while len(tasks) > self.limit:
                first, second = next(
                    (same[-2], same[-1])
                    for kind in ("milestone", "goal", "")
                    if len(same := [task for task in tasks if kind in ("", task.kind)]) >= 2
                )
                merged = dataclasses.replace(
                    first,
                    weight=first.weight + second.weight,
                    title=f"{first.title}; {second.title}",
                    done_when=f"{first.done_when}; {second.done_when}",
                    skills=list(dict.fromkeys(first.skills + second.skills)),
                    resources=list(dict.fromkeys(first.resources + second.resources)),
                    goal=first.goal or second.goal,
                    career=first.career or second.career,
                    milestones=first.milestones + second.milestones,
                )
                tasks[tasks.index(first)] = merged
                tasks.remove(second)

    # 6. Hours, ids and the data.

    def output(self) -> list[dict[str, Any]]:
        """The phases as roadmap data; fills in the milestones' action ids on the way."""
        ids = _Ids(48)
        milestones = {milestone["id"]: milestone for milestone in self.milestones}
        phase_ids = _Ids(40)
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

    def halves(self, week: int) -> list[int]:
        """The weekly budget in half hours, shared by weight: at least one half hour and at
        most 40 hours each, in all at least half of the budget and never more."""
        tasks = self.tasks[week]
        budget = min(int(self.hours * 2 + 1e-9), 80 * len(tasks))
        extra = budget - len(tasks)
        weight = sum(task.weight for task in tasks)
        shares = [extra * task.weight / weight for task in tasks]
        halves = [int(share) for share in shares]
        by_remainder = sorted(range(len(tasks)), key=lambda index: halves[index] - shares[index])
        for index in by_remainder[: extra - sum(halves)]:
            halves[index] += 1
        halves = [1 + value for value in halves]
        excess = sum(max(0, value - 80) for value in halves)
        halves = [min(value, 80) for value in halves]
        for index, value in enumerate(halves):
            moved = min(80 - value, excess)
            halves[index], excess = value + moved, excess - moved
        return halves


def _mention(item: GuideResource, *, on: bool = True) -> str:
    """A resource as a sentence names it: "'Title' on Platform", "university courses"."""
    first, *rest = item.title.split(" ", 1)
    # "University extension courses" reads "university extension courses"; names stay.
    plain = first[1:].islower() and not any(word[:1].isupper() for word in " ".join(rest).split())
    name = item.title[:1].lower() + item.title[1:] if plain else item.title
    name = f"'{item.title}'" if item.quoted else name
    return f"{name} on {item.provider}" if on and item.provider else name


def _action(task: _Task, action_id: str, hours: float) -> dict[str, Any]:
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
