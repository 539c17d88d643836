"""A guide's work as units: each resource one chain of steps (kept once, however many
skills name it), each phase goal and each start-now item its own steps; the skills
each unit teaches, and the chains it needs first.

Nothing here knows weeks: ``plan.py`` puts the units in order and packs them.
"""

from __future__ import annotations

import re
from typing import Any

from fashioncoach.guides.ids import UniqueIds, kebab
from fashioncoach.guides.resources import advice_resources, kind_words, named_tools
from fashioncoach.guides.steps import (
    StepText,
    clauses,
    resource_steps,
    text_steps,
    work_kind,
)
from fashioncoach.guides.types import Guide, GuideResource, resource_key
from fashioncoach.guides.words import Index, is_career, leading_verb, normal, skill_phrases
from fashioncoach.model.record import field, record

# Kinds whose chain a goal waits for when it names the chain's skill: what teaches (an
# exam tests, so it comes after the work, not before it).
LEARNING = frozenset({"course", "tool", "video", "dataset"})
# The verbs that make a text one step of a chain, by the chain's kind: "first" is the
# chain's first step ("Enroll in ..."), "last" the whole chain ("Finish ..."), "book" the
# chain up to its booking ("Book the exam").
_LINKS = {
    "enroll": ("first", {"course"}), "enrol": ("first", {"course"}),
    "sign": ("first", {"course", "community"}), "register": ("first", {"course", "event"}),
    "take": ("last", {"course", "exam"}), "complete": ("last", {"course", "exam", "video"}),
    "finish": ("last", {"course", "exam", "book", "video"}), "pass": ("last", {"exam"}),
    "sit": ("last", {"exam"}), "earn": ("last", {"exam", "course"}),
    "study": ("last", {"course"}), "book": ("book", {"exam"}),
    "join": ("first", {"community"}), "attend": ("last", {"event"}),
    "set": ("first", {"tool"}), "install": ("first", {"tool"}), "download": ("first", {"tool",
    "dataset"}), "read": ("last", {"book"}), "watch": ("last", {"video"}),
    "follow": ("first", {"report", "website", "video"}), "subscribe": ("first", {"report",
    "website"}), "use": ("last", {"tool"}), "try": ("first", {"tool"}),
}  # fmt: skip
# A clause that only says what the step before it already holds ("... and introduce
# yourself" after joining a community).
_ALREADY = re.compile(
    r"(?:introduce yourself|say hello|post an introduction|(?:complete|do|finish|take) "
    r"(?:the|its|a) first (?:tutorial|lesson|module|exercise|session))\b",
    re.IGNORECASE,
)
_STRONG = 1.5  # a resource named this clearly is the one the text means
_NAMED = 2.0  # a skill whose name or example the text gives


def linked_steps(chain: Chain, how: str) -> list[Work]:
    """The steps of ``chain`` a text linked with ``how`` is: its first step, the whole
    chain, or the chain up to its booking; the last of them is the one it means."""
    if how == "first":
        return chain.steps[:1]
    ends = [index for index, step in enumerate(chain.steps) if step.key.startswith(f"{how}-")]
    return chain.steps[: (ends[0] + 1) if ends else len(chain.steps)]


def _initials(title: str) -> list[tuple[str, float]]:
    """A title's initials as a phrase a text may use: "Good Clinical Practice" is "GCP"."""
    words = [word for word in re.findall(r"[A-Za-z][\w'-]*", title) if word[0].isupper()]
    return [("".join(word[0] for word in words), 3.0)] if len(words) >= 2 else []


@record
class Work:
    """One drafted action, before it has a week."""

    key: str  # the text its id is made from
    title: str
    hours: float
    done_when: str
    skills: list[int] = field(default_factory=list)
    uses: list[int] = field(default_factory=list)
    resources: list[str] = field(default_factory=list)
    goal: str = ""
    goal_phase: int = -1  # the phase whose goal ``goal`` is
    career: bool = False
    after: list[Any] = field(default_factory=list)  # the Work that must be done first
    milestones: list[str] = field(default_factory=list)
    chain: Any = None  # the Chain it is a step of, if any
    id: str = ""
    phase: int = -1
    week: int = 0


@record
class Chain:
    """A resource's steps in order; ``needs`` are chains that come first (an exam's
    course)."""

    items: list[GuideResource]  # the one the plan follows first, then its alternatives
    ids: list[str]  # their resource ids, in the same order
    skills: list[int]
    steps: list[Work] = field(default_factory=list)
    needs: list[Any] = field(default_factory=list)
    home: int = -1  # the phase it goes to unless a goal needs it sooner
    placed: bool = False
    chosen: bool = False  # a start-now item picked which of the alternatives to follow

    @property
    def kind(self) -> str:
        return self.items[0].kind


@record
class Task:
    """A phase goal or a start-now item: its own steps, the chains it needs first, and
    the chains it is a step of."""

    text: str
    steps: list[Work]
    needs: list[Chain]
    links: list[tuple[Chain, str]]  # (chain, "first", "last" or "book")
    phase: int = -1  # a goal's phase
    due: int = 0  # an item's due week
    milestone: str = ""
    # The steps of a goal worded the same as this start-now item: one piece of work.
    shares: list[Work] = field(default_factory=list)


class Units:
    """The units of one guide, made in the guide's order (so ids never depend on the
    budget or the calendar)."""

    def __init__(self, guide: Guide, goal_ids: list[list[str]]) -> None:
        self.guide, self.goal_ids = guide, goal_ids
        self.action_ids = UniqueIds(60)
        self.resources: list[dict[str, Any]] = []
        self.resource_ids: dict[tuple[str, str, str], str] = {}
        self.chains: list[Chain] = []
        self.chain_of: dict[str, Chain] = {}  # by resource id
        self.by_skill: dict[int, list[Chain]] = {}  # each skill's chains, in order
        self._resource_ids = UniqueIds()
        self._add_advice_resources()
        self.skills = Index(
            [
                " ".join([s.name, *s.examples, *(r.title for r in s.resources)])
                for s in guide.skills
            ],
            [skill_phrases(skill.name, skill.examples) for skill in guide.skills],
        )
        self.transferable = Index(
            [item.name for item in guide.transferable_skills],
            [[(item.name, 3.0)] for item in guide.transferable_skills],
        )
        self.goals: list[list[Task]] = []
        self.items: list[Task] = []
        self._steps_made = False

    # Resources and their chains.

    def _add_resource(self, item: GuideResource) -> str:
        key = resource_key(item)
        if key not in self.resource_ids:
            base = f"{item.provider} {item.title}" if item.kind == "course" else item.title
            self.resource_ids[key] = self._resource_ids.take(base)
            entry = {"id": self.resource_ids[key], "title": item.title, "kind": item.kind}
            extras = {"provider": item.provider, "offered_by": item.offered_by}
            self.resources.append(entry | {name: value for name, value in extras.items() if value})
        return self.resource_ids[key]

    def _add_advice_resources(self) -> None:
        """Every resource once; an "or" alternative joins the chain of the one before."""
        for skill, own in enumerate(self.guide.skills):
            chain: Chain | None = None
            for item in own.resources:
                resource_id = self._add_resource(item)
                known = self.chain_of.get(resource_id)
                if known is not None:  # named by another skill too: one chain
                    if skill not in known.skills:
                        known.skills.append(skill)
                        self.by_skill.setdefault(skill, []).append(known)
                    chain = known
                    continue
                if item.alternative and chain is not None:
                    chain.items.append(item)
                    chain.ids.append(resource_id)
                else:
                    chain = Chain([item], [resource_id], [skill])
                    self._keep(chain)
                self.chain_of[resource_id] = chain
        self._index_resources()

    def _index_resources(self) -> None:
        entries = [(resource_id, chain) for resource_id, chain in self.chain_of.items()]
        self._entries = entries
        titles = {entry["id"]: entry for entry in self.resources}
        self.named = Index(
            [f"{titles[rid]['title']} {titles[rid].get('provider', '')}" for rid, _ in entries],
            [
                [(titles[rid]["title"], 3.0), *_initials(titles[rid]["title"])]
                + ([(titles[rid]["provider"], 1.5)] if titles[rid].get("provider") else [])
                for rid, _ in entries
            ],
        )

    def tool_chain(self, name: str, alternatives: list[str], skills: list[int]) -> Chain:
        """The chain of a tool a goal names, made on first mention."""
        others = [GuideResource(other, "tool", alternative=True) for other in alternatives]
        return self.new_chain(GuideResource(name, "tool"), others, skills)

    def new_chain(
        self, item: GuideResource, others: list[GuideResource], skills: list[int]
    ) -> Chain:
        """The chain of a resource a goal or item names (not a skill's advice), made once."""
        resource_id = self._add_resource(item)
        chain = self.chain_of.get(resource_id)
        if chain is None:
            chain = Chain([item], [resource_id], list(skills))
            for other in others:
                chain.items.append(other)
                chain.ids.append(self._add_resource(other))
            self._keep(chain)
            self.chain_of[resource_id] = chain
            if self._steps_made:
                self._make_steps(chain)
        return chain

    def _keep(self, chain: Chain) -> None:
        self.chains.append(chain)
        for skill in chain.skills:
            self.by_skill.setdefault(skill, []).append(chain)

    def _make_steps(self, chain: Chain) -> None:
        primary, *others = chain.items
        for step in resource_steps(primary, others if primary.kind == "course" else []):
            work = self._work(f"{step.slug}-{chain.ids[0]}", step)
            work.skills = list(chain.skills)
            work.resources = list(chain.ids)
            work.chain = chain
            if chain.steps:
                work.after.append(chain.steps[-1])
            chain.steps.append(work)

    def _work(self, key: str, step: StepText) -> Work:
        """A step as an action; ``key`` is its id before it is made unique."""
        work = Work(key, step.title, step.hours, step.done_when)
        work.id = self.action_ids.claim(key)
        return work

    # What a text names.

    def linked(self, text: str) -> list[tuple[Chain, str]]:
        """The chains a text is a step of, by its verb and the resource it names."""
        verb = leading_verb(text)
        if verb not in _LINKS:
            return []
        step, kinds = _LINKS[verb]
        # "Finish the NIDA course": a word of the kind and one name shared are enough.
        clear = 1.0 if kinds & kind_words(text) else _STRONG
        for entry in self.named.best(text, at_least=clear, most=3):
            resource_id, chain = self._entries[entry]
            if chain.kind in kinds:
                self._choose(chain, resource_id)
                return [(chain, step)]
        if "tool" in kinds:
            for names, _ in named_tools(text):
                if text.find(names[0]) > len(verb) + 30:  # not what the verb acts on
                    continue
                known = self._known_tool(names)
                chain = known or self.tool_chain(names[0], names[1:], self.credit(text)[0])
                if chain.kind == "tool":
                    return [(chain, step)]
        for item in advice_resources(text):  # a resource the text itself names
            if not item.description and item.kind in kinds:
                return [(self.new_chain(item, [], self.credit(text)[0]), step)]
        for skill in self.skills.best(text, at_least=_NAMED, most=1):
            of_skill = [c for c in self.by_skill.get(skill, ()) if c.kind in kinds]
            if of_skill:
                return [(of_skill[0], step)]
        return []

    def _choose(self, chain: Chain, resource_id: str) -> None:
        """A start-now item that names an alternative ("... on Skillshare") picks it."""
        if chain.chosen or chain.steps:
            return
        chain.chosen = True
        index = chain.ids.index(resource_id)
        chain.items.insert(0, chain.items.pop(index))
        chain.ids.insert(0, chain.ids.pop(index))

    def needed(self, text: str, skills: list[int]) -> list[Chain]:
        """The chains a goal needs first: those it names, the tools it works with, and the
        learning chains of the skills it names by name or example."""
        found: list[Chain] = []
        career = is_career(text)
        for entry in [] if career else self.named.best(text, at_least=_NAMED, most=3):
            found.append(self._entries[entry][1])
        for names, may_create in named_tools(text):
            known = self._known_tool(names)
            if known is not None:
                found.append(known)
            elif may_create:
                found.append(self.tool_chain(names[0], names[1:], skills))
        for skill in self.skills.best(text, at_least=_NAMED, most=2):
            found += [c for c in self.by_skill.get(skill, ()) if c.kind in LEARNING]
        return list({id(chain): chain for chain in found}.values())

    def _known_tool(self, names: list[str]) -> Chain | None:
        for name in names:
            entries = self.named.best(name, at_least=1.0, most=1)
            if entries:
                return self._entries[entries[0]][1]
        return None

    def credit(self, text: str) -> tuple[list[int], list[int], bool]:
        """The skills a text teaches or practises, the transferable skills it draws on, and
        whether it is career work (then it teaches no skill to learn)."""
        career = is_career(text)
        scores = self.skills.scores(text) if not career else {}
        ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))[:2]
        skills = [
            skill
            for number, (skill, score) in enumerate(ranked)
            if score >= 0.5 and (number == 0 or (score >= 1.0 and score >= ranked[0][1] / 2))
        ]
        uses = self.transferable.best(text, at_least=2.0, most=1)
        return skills, uses, career

    # Goals and start-now items.

    def make_goals(self) -> None:
        for phase, own in enumerate(self.guide.phases):
            tasks = []
            for index, goal in enumerate(own.goals):
                tasks.append(self._task(goal, phase=phase, goal_id=self.goal_ids[phase][index]))
            self.goals.append(tasks)

    def make_items(self, milestone_ids: list[str]) -> None:
        """Each start-now item's task; one worded as a phase goal is that goal's work."""
        goals = {normal(task.text): task for tasks in self.goals for task in tasks}
        number = 0
        for group in self.guide.start_now:
            for item in group.items:
                same = goals.get(normal(item))
                if same is not None and (same.steps or same.links):
                    task = Task(item, [], [], list(same.links), due=group.due_week)
                    task.shares = list(same.steps)
                else:
                    task = self._task(item, due=group.due_week, item=number)
                task.milestone = milestone_ids[number]
                number += 1
                self.items.append(task)

    def link_items(self) -> None:
        """Start-now items pick their chains' alternatives before any chain has steps."""
        self._item_links = [self.linked(item) for group in self.guide.start_now
                            for item in group.items]  # fmt: skip
        for chain in self.chains:
            if not chain.steps:
                self._make_steps(chain)
        self._steps_made = True
        self._exams_after_courses()

    def _exams_after_courses(self) -> None:
        """An exam comes after the first course of its skill listed before it, if any."""
        first_course: dict[int, Chain] = {}
        for chain in self.chains:
            if chain.kind == "exam":
                course = next((first_course[s] for s in chain.skills if s in first_course), None)
                if course is not None:
                    chain.needs.append(course)
                    chain.steps[0].after.append(course.steps[-1])
            elif chain.kind == "course":
                for skill in chain.skills:
                    first_course.setdefault(skill, chain)

    def _task(
        self, text: str, *, phase: int = -1, goal_id: str = "", due: int = 0, item: int = -1
    ) -> Task:
        """A goal's (``phase``) or start-now item's (number ``item``) steps and links."""
        skills, uses, career = self.credit(text)
        pieces = clauses(text)
        links: list[tuple[Chain, str]] = []
        parts: list[tuple[str, str]] = []
        for number, piece in enumerate(pieces):
            found = self._item_links[item] if item >= 0 and number == 0 else []
            found = found or self.linked(piece)
            if found:
                links += found
            elif not ((links or (parts and parts[-1][1] in ("setup", "enroll")))
                      and _ALREADY.match(piece)):  # fmt: skip
                parts.append((piece, work_kind(piece)))
        needs = self.needed(text, skills) if phase >= 0 else []
        needs = [chain for chain in needs if chain not in [c for c, _ in links]]
        steps: list[Work] = []
        base = kebab(text, limit=40)
        for step in text_steps(text, parts) if parts else []:
            work = self._work(f"{base}-{kebab(step.slug)}" if step.slug else base, step)
            work.skills, work.uses, work.career = list(skills), list(uses), career
            work.goal, work.goal_phase = goal_id, phase
            if not skills and not career:
                work.skills = sorted({s for chain, _ in links for s in chain.skills})[:2]
            if steps:
                work.after.append(steps[-1])
            steps.append(work)
        if steps:
            steps[0].after += [chain.steps[-1] for chain in needs]
            steps[0].after += [linked_steps(chain, how)[-1] for chain, how in links]
            named = [chain.ids[0] for chain in (*needs, *(c for c, _ in links))]
            for work in steps:
                work.resources = list(dict.fromkeys(named))[:3]
        return Task(text, steps, needs, links, phase=phase, due=due)
