"""The order of a guide's work and its weeks.

1. Each phase holds, in order: the learning chains (courses, tools, videos, datasets)
   of the skills that phase is about; then each goal, right after the chains it needs
   that are not placed yet. The other chains of the phase (books, exams, reports,
   communities, events) are spread between its goals. A chain a goal *is* ("Pass the X
   exam") goes with that goal. A chain is placed once, where it is first needed; an
   exam's course comes before the exam.
2. Each start-now list (by its due week: 1, 4, 13...) goes as late as it can while it
   is still done by its due week: in the latest phase that starts by then, at the
   latest place there, never inside a chain. The chain steps its items are come with
   it: "Enroll in ..." takes a course's first step there, "Finish ..." the whole course.
3. The work is packed in that order at the drafting budget, phase by phase, each
   action in the week its work is finished: a phase lasts the guide's weeks, or more
   when its work needs more; a phase that needs fewer leaves its last weeks without
   actions. Nothing is stretched or padded.
"""

from __future__ import annotations

import heapq
import math

from fashioncoach.guides.types import Guide
from fashioncoach.guides.units import LEARNING, Chain, Task, Units, Work, linked_steps
from fashioncoach.guides.words import Index

_EPSILON = 1e-9


class Plan:
    """The units of one guide in order, and the weeks they take at ``hours`` a week."""

    def __init__(self, guide: Guide, units: Units, hours: float) -> None:
        self.guide, self.units, self.hours = guide, units, hours
        count = len(guide.phases)
        self.work: list[list[Work]] = [[] for _ in range(count)]  # each phase's, in order
        self.floor = [0] * count  # where the next start-now list may go in each phase
        self.phase_skill = self._phase_skills()
        self._homes()
        for phase in range(count):
            self._fill(phase)
        self._start_now()
        self.weeks, self.lengths = self._pack()

    # 1. The phases' own work.

    def _phase_skills(self) -> list[int]:
        """The skill each phase is most about; with none, skills take turns."""
        found = []
        for index, phase in enumerate(self.guide.phases):
            best = self.units.skills.best(" ".join([phase.title, *phase.goals]), at_least=0.01)
            found.append(best[0] if best else index % len(self.guide.skills))
        return found

    def _homes(self) -> None:
        """Each chain's phase: the one whose words name its skill best; else the phase
        with the least work for its weeks so far (the earlier one when even)."""
        texts = [" ".join([phase.title, *phase.goals]) for phase in self.guide.phases]
        phases = Index(texts, [[] for _ in texts])
        load = [
            sum(step.hours for task in tasks for step in task.steps) for tasks in self.units.goals
        ]
        weeks = [phase.weeks for phase in self.guide.phases]
        # The phases by work for their weeks, lightest first (stale entries are skipped).
        lightest = [(load[p] / weeks[p], p) for p in range(len(texts))]
        heapq.heapify(lightest)
        self.homed: list[list[Chain]] = [[] for _ in texts]
        # A chain a goal *is* ("Pass the X exam") goes with that goal, in the goal's phase.
        goal_of: dict[int, int] = {}
        for phase, tasks in enumerate(self.units.goals):
            for task in tasks:
                for chain, _ in task.links:
                    goal_of.setdefault(id(chain), phase)
        self.linked_here = goal_of
        for chain in self.units.chains:
            skill = self.guide.skills[chain.skills[0]] if chain.skills else None
            words = (
                " ".join([skill.name, *skill.examples] if skill else [])
                + " "
                + " ".join(item.title for item in chain.items)
            )
            best = phases.best(words, at_least=0.5, most=1) if len(texts) > 1 else [0]
            if id(chain) in goal_of:
                chain.home = goal_of[id(chain)]
            elif best:
                chain.home = best[0]
            else:
                while lightest[0][0] != load[lightest[0][1]] / weeks[lightest[0][1]]:
                    heapq.heappop(lightest)
                chain.home = lightest[0][1]
            load[chain.home] += sum(step.hours for step in chain.steps)
            heapq.heappush(lightest, (load[chain.home] / weeks[chain.home], chain.home))
            self.homed[chain.home].append(chain)

    def _place(self, chain: Chain, into: list[Work], phase: int) -> None:
        """A chain's steps (its needs first) at the end of ``into``, once."""
        if chain.placed:
            return
        chain.placed = True
        for need in chain.needs:
            self._place(need, into, phase)
        for step in chain.steps:
            step.phase = phase
            into.append(step)

    def _fill(self, phase: int) -> None:
        body = self.work[phase]
        for chain in self.homed[phase]:
            if chain.kind in LEARNING and self.linked_here.get(id(chain)) != phase:
                self._place(chain, body, phase)
        blocks: list[list[Work]] = []
        for index, task in enumerate(self.units.goals[phase]):
            block: list[Work] = []
            for chain in [*task.needs, *(chain for chain, _ in task.links)]:
                self._place(chain, block, phase)
            goal = self.units.goal_ids[phase][index]
            for step in block:
                if not step.goal:
                    step.goal, step.goal_phase = goal, phase
            for step in task.steps:
                step.phase = phase
            blocks.append(block + task.steps)
        companions: list[Work] = []
        for chain in self.homed[phase]:
            if not chain.placed:
                self._place(chain, companions, phase)
        # Spread the companions' steps between the goals, in their own order.
        slots: list[list[Work]] = [[] for _ in range(len(blocks) + 1)]
        for number, step in enumerate(companions):
            slots[1 + number * len(blocks) // len(companions)].append(step)
        body += slots[0]
        for block, slot in zip(blocks, slots[1:], strict=True):
            body += block + slot

    # 2. The start-now lists.

    def _start_now(self) -> None:
        groups: dict[int, list[Task]] = {}
        for task in self.units.items:
            groups.setdefault(task.due, []).append(task)
        lowest = 0
        for due in sorted(groups):
            lowest = self._put(groups[due], due, lowest)

    def _candidates(self, tasks: list[Task]) -> tuple[list[Work], set[int]]:
        """A start-now list's own steps, and the ids of every chain step it is (with what
        those need first): they move up to the list unless they come before it already."""
        own: list[Work] = []
        linked: set[int] = set()

        def need(step: Work) -> None:
            if id(step) in linked:
                return
            linked.add(id(step))
            for before in step.after:
                need(before)

        for task in tasks:
            for chain, how in task.links:
                for step in linked_steps(chain, how):
                    need(step)
            for step in task.shares:
                need(step)
            own += task.steps
        return own, linked

    def _put(self, tasks: list[Task], due: int, lowest: int) -> int:
        """Put a start-now list as late as it can go and still be done by ``due``: the
        latest phase (from ``lowest``) and place in it; the earliest allowed if none can."""
        own, linked = self._candidates(tasks)
        own_hours = sum(step.hours for step in own)
        starts, week = [], 1
        for length in self._lengths():
            starts.append(week)
            week += length
        choice = (lowest, self.floor[lowest])
        later = 0.0  # the hours of linked steps in the phases after the one tried
        for phase in range(len(starts) - 1, lowest - 1, -1):
            if phase + 1 < len(starts):
                later += sum(step.hours for step in self.work[phase + 1] if id(step) in linked)
            if starts[phase] > due:
                continue
            cap = (due - starts[phase] + 1) * self.hours + _EPSILON
            sequence = self.work[phase]
            before = sum(step.hours for step in sequence)
            moving = later + own_hours
            for index in range(len(sequence), self.floor[phase] - 1, -1):
                if index < len(sequence):
                    step = sequence[index]
                    before -= step.hours
                    if id(step) in linked:
                        moving += step.hours
                if before + moving <= cap:
                    choice = (phase, index)
                    break
            else:
                continue
            break
        phase, index = choice
        sequence = self.work[phase]
        while index > self.floor[phase] and 0 < index < len(sequence):
            previous, following = sequence[index - 1], sequence[index]
            if previous.chain is None or previous.chain is not following.chain:
                break
            index -= 1  # never inside a chain: before the course, not between its sessions
        self._insert(phase, index, own, linked)
        for task in tasks:
            for chain, how in task.links:
                for step in linked_steps(chain, how):
                    step.milestones.append(task.milestone)
            for step in (*task.steps, *task.shares):
                step.milestones.append(task.milestone)
        return phase

    def _insert(self, phase: int, index: int, own: list[Work], linked: set[int]) -> None:
        """Move the linked steps that come at or after ``index`` of ``phase`` (or in a later
        phase) to ``index``, in their order, then the list's own steps."""
        sequence = self.work[phase]
        moving = [step for step in sequence[index:] if id(step) in linked]
        for later in self.work[phase + 1 :]:
            moving += [step for step in later if id(step) in linked]
        moved = {id(step) for step in moving}
        for number in range(phase + 1, len(self.work)):
            if any(id(step) in moved for step in self.work[number]):
                self.work[number] = [step for step in self.work[number] if id(step) not in moved]
        rest = [step for step in sequence[index:] if id(step) not in moved]
        placed = [*moving, *own]
        for step in placed:
            step.phase = phase
            if step.goal and step.goal_phase != phase:  # a goal belongs to its own phase
                step.goal = ""
        self.work[phase] = sequence[:index] + placed + rest
        self.floor[phase] = index + len(placed)

    # 3. Weeks.

    def _lengths(self) -> list[int]:
        return [
            max(guide_phase.weeks, math.ceil(sum(s.hours for s in own) / self.hours - _EPSILON))
            for guide_phase, own in zip(self.guide.phases, self.work, strict=True)
        ]

    def _pack(self) -> tuple[int, list[int]]:
        """Each action's week: packed in order at the budget from its phase's first week,
        in the week its work is finished (so a week's actions are done by its end, and a
        milestone due that week with them)."""
        lengths = self._lengths()
        first = 1
        for phase, length in enumerate(lengths):
            done = 0.0
            for step in self.work[phase]:
                done += step.hours
                step.week = first + max(1, math.ceil(done / self.hours - _EPSILON)) - 1
                step.phase = phase
                if not step.skills and not step.career:
                    step.skills = [self.phase_skill[phase]]
            first += length
        return first - 1, lengths

    def phase_work(self, phase: int) -> list[Work]:
        return self.work[phase]
