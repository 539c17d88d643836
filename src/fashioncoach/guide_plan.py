"""Turn a parsed guide into roadmap data: its facts under the format's keys, plus a
generated weekly plan whose actions all carry ``draft = true``.

How the plan is made (each step is a function below):

1. Start-now items become actions due by their horizon (week 1, 4 or 13).
2. Each phase goal runs over a window of the phase's weeks, staggered so that
   about two goals are under way each week: a start, continue and finish step.
3. Each skill's courses (and books, tools...) go to the phase whose goals name
   the skill; skills no goal names are spread over the early phases.
4. A week with fewer than two actions gets one more goal step, or a review.
5. A week with more than four is shrunk by merging actions of the same kind.
6. The weekly budget is shared among a week's actions in half hours.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from typing import Any

from fashioncoach.errors import BadArgument
from fashioncoach.guide_import import NAME_PATTERN, Guide, GuideResource, kebab

MAX_ACTIONS = 4
MIN_ACTIONS = 2
# When each start-now horizon's actions may begin: this month's after this week...
HORIZON_FROM = {1: 1, 4: 2, 13: 5}
# Words that tell nothing about which skill a text is about.
_STOP = """a an the and or of for to in on with your you from by at as is it be into via its
learn learning basic basics beginner beginners advanced introduction intro course courses
complete build create start first simple new skill skills using use tool tools work project
study guide how what their them this that like such"""
STOP_WORDS = frozenset(_STOP.split())
_TOOLS = re.compile(
    rf"\btools?\s+(?:like|such as)\s+(?P<names>{NAME_PATTERN}"
    rf"(?:\s*,\s*{NAME_PATTERN})*(?:,?\s+(?:or|and)\s+{NAME_PATTERN})?)"
    rf"|\busing\s+(?P<name>{NAME_PATTERN})"
)
CAREER = re.compile(
    r"\b(?:apply|applications?|resumes?|résumé|cv|cover letters?|interviews?|jobs?|"
    r"network(?:ing)?|salary|recruiters?|hiring)\b",
    re.IGNORECASE,
)


@dataclass(eq=False)
class _Task:
    """A would-be action: placed in a week, labelled, maybe merged, then given hours."""

    week: int
    kind: str  # goal, course, book, tool, report, community, event, milestone, review
    weight: float = 2.0
    title: str = ""
    done_when: str = ""
    skills: list[str] = field(default_factory=list)
    resources: list[str] = field(default_factory=list)
    goal: str = ""
    career: bool = False
    milestones: list[str] = field(default_factory=list)
    chain: list[_Task] | None = None  # the steps of one goal or one course, in order
    text: str = ""  # the goal a goal step serves, or the resource id a course step uses
    slug: str = ""  # the base of the action's id
    hours: float = 0.0
    id: str = ""


class _Calendar:
    """The plan's weeks and the tasks placed in each."""

    def __init__(self, weeks: int, limit: int) -> None:
        self.weeks = weeks
        self.limit = limit
        self.tasks: dict[int, list[_Task]] = {week: [] for week in range(1, weeks + 1)}

    def free(self, week: int) -> bool:
        return len(self.tasks[week]) < self.limit

    def add(self, task: _Task) -> _Task:
        self.tasks[task.week].append(task)
        return task

    def place(self, targets: list[int], allowed: list[int]) -> list[int]:
        """Weeks near ``targets`` with room, strictly increasing; fewer when crowded."""
        chosen: list[int] = []
        for target in targets:
            after = chosen[-1] if chosen else 0
            options = [week for week in allowed if week > after and self.free(week)]
            if options:
                chosen.append(min(options, key=lambda week: (abs(week - target), week)))
        return chosen


def _spread(count: int, weeks: list[int]) -> list[int]:
    """``count`` weeks spread evenly over ``weeks``, first and last included."""
    if count <= 1 or len(weeks) == 1:
        return weeks[:1] * min(count, 1)
    return [weeks[round(step * (len(weeks) - 1) / (count - 1))] for step in range(count)]


# --- Matching words: which skill a text practises, which phase uses a skill -------------


def _stems(text: str) -> set[str]:
    """Content words cut to five letters, so "generative" meets "generation"."""
    words = re.findall(r"[a-z0-9][a-z0-9+#]*", text.lower())
    return {word[:5] for word in words if word not in STOP_WORDS}


def _names(text: str, phrase: str) -> bool:
    return bool(phrase) and re.search(rf"\b{re.escape(phrase)}\b", text, re.I) is not None


class _Words:
    """A skill's words: its name, examples and resources; phrases count double."""

    def __init__(self, name: str, examples: tuple[str, ...], resources: list[GuideResource]):
        texts = [name, *examples, *(f"{item.title} {item.provider}" for item in resources)]
        self.stems = set().union(*(_stems(text) for text in texts))
        words = [word for word in name.split() if word.lower() not in STOP_WORDS]
        bigrams = [f"{one} {two}" for one, two in itertools.pairwise(words)]
        self.phrases = [(name, 3.0), *((example, 2.0) for example in examples)]
        self.phrases += [(bigram, 1.0) for bigram in bigrams]

    def score(self, text: str, weights: dict[str, float]) -> float:
        found = sum(weights.get(stem, 0.0) for stem in self.stems & _stems(text))
        return found + sum(bonus for phrase, bonus in self.phrases if _names(text, phrase))


def _rarity(texts: list[str]) -> dict[str, float]:
    """A word's weight: 1 over the number of texts it appears in."""
    counts: dict[str, int] = {}
    for text in texts:
        for stem in _stems(text):
            counts[stem] = counts.get(stem, 0) + 1
    return {stem: 1 / count for stem, count in counts.items()}


# --- The facts ---------------------------------------------------------------------------


def plan_roadmap(guide: Guide, *, hours_per_week: float) -> dict[str, Any]:
    """The roadmap data of ``guide``; see the module's docstring for the plan."""
    if not 1 <= hours_per_week <= 4 * 40:
        raise BadArgument(f"hours per week must be from 1 to 160, not {hours_per_week:g}")
    weeks = sum(phase.weeks for phase in guide.phases)
    data: dict[str, Any] = {"format_version": 1, "overview": _overview(guide, weeks)}
    intros = {key: value for key, value in vars_of(guide.intros).items() if value}
    if intros:
        data["sections"] = intros
    data["transferable_skills"] = _unique_ids(
        [{"name": item.name, "applies": item.applies} for item in guide.transferable_skills],
        lambda item: kebab(item["name"], limit=40),
    )
    resources, skill_resources = _resources(guide)
    data["skills"] = _skills(guide, resources, skill_resources)
    data["resources"] = list(resources.values())
    plan = _Plan(guide, data, resources, skill_resources, hours_per_week)
    data["phases"] = plan.phases()
    if plan.milestones:
        data["milestones"] = plan.milestones
    reality = {"love": guide.love, "miss": guide.miss, "challenges": guide.challenges}
    if any(reality.values()):
        data["reality_check"] = {key: list(value) for key, value in reality.items() if value}
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


def vars_of(item: Any) -> dict[str, Any]:
    return {name: getattr(item, name) for name in item.__slots__}


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


def _unique_ids(items: list[dict[str, Any]], base: Any) -> list[dict[str, Any]]:
    """Each item with an ``id`` first, made unique by a number when bases collide."""
    seen: set[str] = set()
    result = []
    for item in items:
        item_id = candidate = base(item)
        number = 2
        while item_id in seen:
            item_id = f"{candidate}-{number}"
            number += 1
        seen.add(item_id)
        result.append({"id": item_id, **item})
    return result


def _resources(guide: Guide) -> tuple[dict[str, dict[str, Any]], list[list[GuideResource]]]:
    """Every resource once (by kind, title and provider), and each skill's own list;
    tools named in the phase goals are added at the end."""
    found: dict[tuple[str, str, str], GuideResource] = {}
    per_skill = []
    for skill in guide.skills:
        own = []
        for item in skill.resources:
            key = (item.kind, item.title.casefold(), item.provider.casefold())
            own.append(found.setdefault(key, item))
        per_skill.append(own)
    for phase in guide.phases:
        for goal in phase.goals:
            for tool in goal_tools(goal):
                found.setdefault(("tool", tool.casefold(), ""), GuideResource(tool, "tool"))
    by_id: dict[str, dict[str, Any]] = {}
    for item in found.values():
        base = f"{item.provider} {item.title}" if item.kind == "course" else item.title
        entry: dict[str, Any] = {"title": item.title, "kind": item.kind}
        if item.provider:
            entry["provider"] = item.provider
        if item.offered_by:
            entry["offered_by"] = item.offered_by
        resource_id = candidate = kebab(base)
        number = 2
        while resource_id in by_id:
            resource_id, number = f"{candidate}-{number}", number + 1
        by_id[resource_id] = {"id": resource_id, **entry}
    return by_id, per_skill


def goal_tools(goal: str) -> list[str]:
    """Tools a goal names: "tools like Trendalytics or EDITED", "using TensorFlow"."""
    tools: list[str] = []
    for match in _TOOLS.finditer(goal):
        names = match.group("names") or match.group("name")
        tools += [name for name in re.split(r"\s*,\s*|\s+(?:or|and)\s+", names) if name]
    return tools


def resource_id(resources: dict[str, dict[str, Any]], item: GuideResource) -> str:
    return next(
        key
        for key, entry in resources.items()
        if entry["title"] == item.title
        and entry["kind"] == item.kind
        and entry.get("provider", "") == item.provider
    )


def _skills(
    guide: Guide, resources: dict[str, dict[str, Any]], skill_resources: list[list[GuideResource]]
) -> list[dict[str, Any]]:
    items = []
    for priority, (skill, own) in enumerate(zip(guide.skills, skill_resources, strict=True), 1):
        item: dict[str, Any] = {"name": skill.name, "priority": priority}
        if skill.examples:
            item["examples"] = list(skill.examples)
        item["advice"] = skill.advice
        item["resources"] = list(
            dict.fromkeys(resource_id(resources, own_item) for own_item in own)
        )
        items.append(item)
    return _unique_ids(items, lambda item: kebab(item["name"], limit=40))


def _salary(guide: Guide) -> dict[str, Any]:
    salary = guide.salary
    assert salary is not None
    data: dict[str, Any] = {"currency": salary.currency}
    pairs = {
        "current": salary.current,
        "entry": salary.entry,
        "change": salary.change_percent,
        "senior": salary.senior,
        "senior_within_years": salary.senior_within_years,
    }
    for name, pair in pairs.items():
        if pair is not None:
            suffix = "_percent" if name == "change" else ""
            data[f"{name}_min{suffix}"], data[f"{name}_max{suffix}"] = pair
    return data


# --- The weekly plan ---------------------------------------------------------------------

_VERBS = {
    "learn": "learn study understand research explore master read review analyze analyse "
    "identify familiarize familiarise investigate examine watch discover",
    "follow": "follow subscribe track monitor",
    "connect": "network connect join attend reach meet contact volunteer shadow introduce "
    "seek find",
    "present": "present share showcase pitch teach demo",
    "apply": "apply",
    "enroll": "enroll enrol sign register take",
}
_VERB_CLASS = {verb: name for name, verbs in _VERBS.items() for verb in verbs.split()}
# What "done" looks like, per kind of work: a start, continue, finish and single step.
_DONE = {
    "learn": (
        "notes on the first topic saved",
        "notes on the next topic saved, with one worked example",
        "a one-page summary of what you learned saved",
        "notes with 3 key points and one worked example saved",
    ),
    "make": (
        "a first rough version saved",
        "an improved version saved, with what changed noted",
        "the finished result saved and shown to one person for feedback",
        "the result saved and shown to one person for feedback",
    ),
    "follow": (
        "5 sources followed and listed in a note",
        "a note of 3 trends or ideas from this week's reading saved",
        "a one-page summary of what you learned from them saved",
        "the sources followed and listed in a note, with one idea from each",
    ),
    "connect": (
        "a list of 5 people, groups or events to reach saved",
        "3 new contacts made and logged",
        "a log of the contacts made, each with a follow-up sent",
        "joined or attended, with your introduction posted and new contacts logged",
    ),
    "present": (
        "an outline of what you will show saved",
        "slides or a demo drafted and rehearsed once",
        "presented, with the feedback written down",
        "presented, with the feedback written down",
    ),
    "apply": (
        "a tracker of 10 target roles saved",
        "3 applications sent and logged",
        "5 or more applications sent and logged, each with a follow-up date",
        "3 applications sent and logged in a tracker",
    ),
    "enroll": (
        "enrolled and first module finished",
        "half of the modules finished, with notes saved",
        "all modules finished and the certificate or final notes saved",
        "enrolled and first module finished",
    ),
}
_STEP = {"start": 0, "continue": 1, "finish": 2, "single": 3}
_GOAL_WEIGHT = {"start": 2.0, "continue": 2.5, "finish": 2.5, "single": 3.0}
_UNIT_STEPS = {"course": 3, "book": 2}


def _done_when(text: str, step: str) -> str:
    """An observable result for an instruction, chosen by its first verb."""
    words = re.findall(r"[a-z]+", text.lower())[:2] or ["do"]
    verb = words[0]
    if verb in ("start", "begin", "keep") and len(words) > 1 and words[1].endswith("ing"):
        stem = words[1][:-3]  # "start following" works like "follow"
        verb = next((c for c in (stem, stem + "e", stem[:-1]) if c in _VERB_CLASS), verb)
    kind = _VERB_CLASS.get(verb, "make")
    if verb in ("complete", "finish") and re.search(r"\b(?:course|training|tutorials?)\b", text):
        return _DONE["enroll"][2]
    return _DONE[kind][_STEP[step]]


def _unit_step(unit: list[GuideResource], step: str) -> tuple[str, str, float, str]:
    """Title, done-when, weight and id prefix of one step of a course, book, tool..."""
    item = unit[0]
    name = f"'{item.title}'" if item.quoted else item.title[:1].lower() + item.title[1:]
    on = f" on {item.provider}" if item.provider else ""
    if item.kind == "course":
        alternative = ""
        if len(unit) > 1:
            other = unit[1]
            other_name = f"'{other.title}'" if other.quoted else other.title.lower()
            alternative = f" (or {other_name}{f' on {other.provider}' if other.provider else ''})"
        return {
            "start": (f"Enroll in {name}{on}{alternative}", _DONE["enroll"][0], 1.5, "enroll"),
            "continue": (f"Work through {name}: the middle modules", _DONE["enroll"][1], 2.5,
                         "work-through"),
            "finish": (f"Finish {name} and its final assignment", _DONE["enroll"][2], 2.0,
                       "finish"),
            "single": (f"Take {name}{on}, from enrolling to the last module",
                       "every module finished, with notes saved", 3.0, "take"),
        }[step]  # fmt: skip
    if item.kind == "book":
        return {
            "start": (f"Start reading {name}", "the first 3 chapters read and 5 notes saved",
                      1.5, "start-reading"),
            "finish": (f"Finish reading {name}", "the book finished and a one-page summary saved",
                       2.0, "finish-reading"),
            "single": (f"Read {name}", "the book read and a one-page summary saved", 2.5, "read"),
        }[step]  # fmt: skip
    return {
        "tool": (f"Set up {item.title} and try it on a small exercise",
                 f"a first exercise made with {item.title} saved", 1.5, "try"),
        "report": (f"Read the latest of the {item.title} and note what matters to you",
                   "3 takeaways from the latest report saved in your notes", 1.5, "read"),
        "community": (f"Join {name}{on} and introduce yourself",
                      "your introduction posted and 2 threads read", 1.0, "join"),
        "event": (f"Find and attend {name}", "attended, with notes and 3 new contacts saved",
                  2.0, "attend"),
    }.get(item.kind, (f"Explore {name}{on}", "3 useful findings saved in your notes", 1.5,
                      "explore"))  # fmt: skip


def _labels(count: int, kind: str) -> list[str]:
    """The step names of a chain of ``count`` steps: start, continue..., finish."""
    if count == 1:
        return ["single"]
    if kind == "book":
        return ["start", "finish"]
    return ["start", *["continue"] * (count - 2), "finish"]


class _Plan:
    """The calendar of one guide, filled in the order the module docstring gives."""

    def __init__(
        self,
        guide: Guide,
        data: dict[str, Any],
        resources: dict[str, dict[str, Any]],
        skill_resources: list[list[GuideResource]],
        hours_per_week: float,
    ) -> None:
        self.guide = guide
        self.data = data
        self.resources = resources
        self.skill_resources = skill_resources
        self.skill_ids = [skill["id"] for skill in data["skills"]]
        self.hours = hours_per_week
        self.ranges: list[list[int]] = []
        for phase in guide.phases:
            first = self.ranges[-1][-1] + 1 if self.ranges else 1
            self.ranges.append(list(range(first, first + phase.weeks)))
        self.calendar = _Calendar(self.ranges[-1][-1], min(MAX_ACTIONS, int(hours_per_week * 2)))
        self.words = [
            _Words(skill.name, skill.examples, own)
            for skill, own in zip(guide.skills, skill_resources, strict=True)
        ]
        self.skill_rarity = _rarity(
            [" ".join([skill.name, *skill.examples, skill.advice]) for skill in guide.skills]
        )
        self.phase_texts = [" ".join([phase.title, *phase.goals]) for phase in guide.phases]
        self.phase_rarity = _rarity(self.phase_texts)
        self.goal_ids = [
            [entry["id"] for entry in _unique_ids([{"text": goal} for goal in phase.goals],
                                                  lambda item: kebab(item["text"], limit=40))]
            for phase in guide.phases
        ]  # fmt: skip
        self.goal_chains: list[list[list[_Task]]] = [[] for _ in guide.phases]
        self.unit_chains: list[tuple[list[GuideResource], int, list[_Task]]] = []
        self.milestones: list[dict[str, Any]] = []

    def phase_of(self, week: int) -> int:
        return next(index for index, weeks in enumerate(self.ranges) if week in weeks)

    def skills_for(self, text: str, phase: int) -> list[str]:
        """The skills a text practises: the two best matches, else the phase's best."""
        scores = [words.score(text, self.skill_rarity) for words in self.words]
        ranked = sorted(range(len(scores)), key=lambda index: (-scores[index], index))
        strong = [index for index in ranked[:2] if scores[index] >= 0.5]
        if not strong:
            phase_scores = [words.score(self.phase_texts[phase], self.skill_rarity)
                            for words in self.words]  # fmt: skip
            best = max(range(len(scores)), key=lambda index: (phase_scores[index], -index))
            fallback = best if phase_scores[best] > 0 else phase % len(scores)
            strong = [ranked[0] if scores[ranked[0]] > 0 else fallback]
        return [self.skill_ids[index] for index in strong]

    def named_resources(self, text: str) -> list[str]:
        """Resources a text names by title, or courses by their platform."""
        return [
            key
            for key, entry in self.resources.items()
            if _names(text, entry["title"])
            or (entry["kind"] == "course" and _names(text, entry.get("provider", "")))
        ][:2]

    def phases(self) -> list[dict[str, Any]]:
        self.place_milestones()
        for index in range(len(self.guide.phases)):
            self.place_goals(index)
        self.place_units()
        self.fill()
        self.label()
        self.merge()
        return self.output()

    def place_milestones(self) -> None:
        """Each start-now item gets its own action, spread over its horizon."""
        last = self.calendar.weeks
        taken: set[str] = set()
        for group in self.guide.start_now:
            due = min(group.due_week, last)
            first = min(HORIZON_FROM.get(group.due_week, max(1, group.due_week // 2)), due)
            span = due - first + 1
            for number, item in enumerate(group.items, 1):
                target = first + number * span // len(group.items) - 1
                week = self.milestone_week(max(first, target), due)
                milestone_id = candidate = kebab(item)
                while milestone_id in taken:
                    milestone_id = f"{candidate}-{len(taken)}"
                taken.add(milestone_id)
                self.milestones.append(
                    {"id": milestone_id, "title": item, "horizon": group.horizon,
                     "due_week": due, "actions": []}
                )  # fmt: skip
                self.calendar.add(
                    _Task(
                        week,
                        "milestone",
                        weight=1.5 if due == 1 else 2.5,
                        title=item,
                        done_when=_done_when(item, "single"),
                        skills=self.skills_for(item, self.phase_of(week)),
                        resources=self.named_resources(item),
                        career=CAREER.search(item) is not None,
                        milestones=[milestone_id],
                        slug=item,
                    )
                )

    def milestone_week(self, target: int, due: int) -> int:
        """The week nearest ``target`` (by ``due``) that keeps a slot for the phase goals."""
        weeks = range(1, due + 1)
        for room in (self.calendar.limit - 1, self.calendar.limit):
            options = [week for week in weeks if len(self.calendar.tasks[week]) < room]
            if options:
                return min(options, key=lambda week: (abs(week - target), week))
        return target  # over full: the merge step makes room

    def place_goals(self, phase: int) -> None:
        """Goal i starts at week i*w/g of the phase and runs until goal i+2 starts."""
        weeks = self.ranges[phase]
        goals = self.guide.phases[phase].goals
        starts = [weeks[0] + index * len(weeks) // len(goals) for index in range(len(goals))]
        starts += [weeks[-1] + 1] * 2
        for index in range(len(goals)):
            window = list(range(starts[index], max(starts[index], starts[index + 2] - 1) + 1))
            chosen = self.calendar.place(window, weeks) or [
                min(weeks, key=lambda week: (len(self.calendar.tasks[week]), week))
            ]
            chain: list[_Task] = []
            for week in chosen:
                chain.append(self.calendar.add(self.goal_task(phase, index, week, chain)))
            self.goal_chains[phase].append(chain)

    def goal_task(self, phase: int, index: int, week: int, chain: list[_Task]) -> _Task:
        goal = self.guide.phases[phase].goals[index]
        tools = [key for key, entry in self.resources.items()
                 if entry["kind"] == "tool" and entry["title"] in goal_tools(goal)]  # fmt: skip
        return _Task(
            week,
            "goal",
            skills=self.skills_for(goal, phase),
            resources=tools,
            goal=self.goal_ids[phase][index],
            career=CAREER.search(goal) is not None,
            chain=chain,
            text=goal,
        )

    def place_units(self) -> None:
        """Courses, books and tools go to the phase that uses their skill, staggered."""
        per_phase: list[list[tuple[list[GuideResource], int]]] = [[] for _ in self.ranges]
        for skill, own in enumerate(self.skill_resources):
            units: list[list[GuideResource]] = []
            for item in own:
                if item.alternative and units:
                    units[-1].append(item)
                else:
                    units.append([item])
            for unit in units:
                per_phase[self.unit_phase(skill, unit[0], per_phase)].append((unit, skill))
        last = self.calendar.weeks
        for phase, units_here in enumerate(per_phase):
            weeks = self.ranges[phase]
            for index, (unit, skill) in enumerate(units_here):
                steps = _UNIT_STEPS.get(unit[0].kind, 1)
                first = weeks[0] + index * len(weeks) // len(units_here)
                length = max(steps, weeks[0] + (index + 1) * len(weeks) // len(units_here) - first)
                window = list(range(first, min(last, first + length - 1) + 1))
                chosen = self.calendar.place(_spread(steps, window), list(range(first, last + 1)))
                chain: list[_Task] = []
                for week in chosen:
                    chain.append(self.calendar.add(self.unit_task(unit, skill, week, chain)))
                if chain:  # no room left anywhere: the skill keeps the resource, unplanned
                    self.unit_chains.append((unit, skill, chain))

    def unit_phase(
        self, skill: int, item: GuideResource, taken: list[list[tuple[list[GuideResource], int]]]
    ) -> int:
        """The phase whose goals name the skill best; else the least busy early phase."""
        scores = [
            self.words[skill].score(text, self.phase_rarity)
            + sum(self.phase_rarity.get(stem, 0.0) for stem in _stems(item.title) & _stems(text))
            for text in self.phase_texts
        ]
        best = max(range(len(scores)), key=lambda index: (scores[index], -index))
        if scores[best] >= 0.5:
            return best
        early = range(max(1, -(-len(scores) // 2)))
        return min(early, key=lambda index: (len(taken[index]), -scores[index], index))

    def unit_task(
        self, unit: list[GuideResource], skill: int, week: int, chain: list[_Task]
    ) -> _Task:
        keys = [resource_id(self.resources, item) for item in unit]
        return _Task(
            week,
            unit[0].kind,
            skills=[self.skill_ids[skill]],
            resources=keys,
            chain=chain,
            text=keys[0],
        )

    def fill(self) -> None:
        """Every week gets at least two actions: another goal step, else a review."""
        for phase, weeks in enumerate(self.ranges):
            for week in weeks:
                while len(self.calendar.tasks[week]) < min(MIN_ACTIONS, self.calendar.limit):
                    chains = [
                        chain
                        for chain in self.goal_chains[phase]
                        if all(task.week != week for task in chain)
                    ]
                    if chains:
                        chain = min(chains, key=len)
                        index = self.goal_chains[phase].index(chain)
                        chain.append(self.calendar.add(self.goal_task(phase, index, week, chain)))
                        continue
                    self.calendar.add(
                        _Task(
                            week,
                            "review",
                            weight=1.0,
                            title=f"Review week {week}: what you learned and what comes next",
                            done_when="a note with 3 things you learned and next week's first "
                            "step saved",
                            skills=self.skills_for(self.phase_texts[phase], phase),
                            slug=f"review-week-{week}",
                        )
                    )

    def label(self) -> None:
        """Title each step by its place in its chain: start, continue..., finish."""
        for phase, chains in enumerate(self.goal_chains):
            for index, chain in enumerate(chains):
                chain.sort(key=lambda task: task.week)
                for task, step in zip(chain, _labels(len(chain), "goal"), strict=True):
                    single = step == "single"
                    task.title = task.text if single else f"{step.capitalize()}: {task.text}"
                    task.done_when = _done_when(task.text, step)
                    task.weight = _GOAL_WEIGHT[step]
                    task.slug = f"{'work-on' if single else step}-{self.goal_ids[phase][index]}"
        for unit, _, chain in self.unit_chains:
            chain.sort(key=lambda task: task.week)
            for task, step in zip(chain, _labels(len(chain), unit[0].kind), strict=True):
                task.title, task.done_when, task.weight, prefix = _unit_step(unit, step)
                task.slug = f"{prefix}-{task.text}"

    def merge(self) -> None:
        """A week over the limit merges two start-now actions, else two goal steps."""
        for tasks in self.calendar.tasks.values():
            while len(tasks) > self.calendar.limit:
                first, second = next(
                    (same[-2], same[-1])
                    for kind in ("milestone", "goal", "")
                    if len(same := [task for task in tasks if kind in ("", task.kind)]) >= 2
                )
                merged = _Task(
                    first.week,
                    first.kind,
                    weight=first.weight + second.weight,
                    title=f"{first.title}; {second.title}",
                    done_when=f"{first.done_when}; {second.done_when}",
                    skills=list(dict.fromkeys(first.skills + second.skills)),
                    resources=list(dict.fromkeys(first.resources + second.resources)),
                    goal=first.goal or second.goal,
                    career=first.career or second.career,
                    milestones=first.milestones + second.milestones,
                    slug=first.slug,
                )
                tasks[tasks.index(first)] = merged
                tasks.remove(second)

    def output(self) -> list[dict[str, Any]]:
        """The phases as roadmap data; fills in the milestones' action ids on the way."""
        taken: set[str] = set()
        milestones = {milestone["id"]: milestone for milestone in self.milestones}
        phase_ids = _unique_ids(
            [{"title": phase.title} for phase in self.guide.phases],
            lambda item: kebab(item["title"], limit=40),
        )
        result = []
        for index, phase in enumerate(self.guide.phases):
            weeks = []
            for week in self.ranges[index]:
                tasks = self.calendar.tasks[week]
                actions = []
                for task, halves in zip(tasks, self.halves(tasks), strict=True):
                    task.id = candidate = kebab(task.slug or task.title, limit=48)
                    number = 2
                    while task.id in taken:
                        task.id, number = f"{candidate}-{number}", number + 1
                    taken.add(task.id)
                    task.hours = halves / 2
                    for milestone in task.milestones:
                        milestones[milestone]["actions"].append(task.id)
                    actions.append(_action(task))
                weeks.append({"week": week, "actions": actions})
            goals = [
                {"id": goal_id, "text": text}
                for goal_id, text in zip(self.goal_ids[index], phase.goals, strict=True)
            ]
            result.append(
                {**phase_ids[index], "duration_weeks": phase.weeks, "goals": goals, "weeks": weeks}
            )
        return result

    def halves(self, tasks: list[_Task]) -> list[int]:
        """The weekly budget in half hours, shared by weight: at least one half hour each,
        at most 40 hours each, in all at least half of the budget and never more."""
        budget = min(int(self.hours * 2 + 1e-9), 80 * len(tasks))
        extra = budget - len(tasks)
        total_weight = sum(task.weight for task in tasks)
        shares = [extra * task.weight / total_weight for task in tasks]
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


def _action(task: _Task) -> dict[str, Any]:
    action: dict[str, Any] = {
        "id": task.id,
        "title": task.title,
        "hours": int(task.hours) if task.hours.is_integer() else task.hours,
        "skills": task.skills,
    }
    if task.resources:
        action["resources"] = task.resources
    if task.goal:
        action["goal"] = task.goal
    if task.career:
        action["career"] = True
    action["done_when"] = task.done_when
    action["draft"] = True
    return action
