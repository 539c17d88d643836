"""The plan's calendar: the weeks of the phases, each holding its would-be actions;
it finds a week with room, merges the actions of a week over the limit, and shares
the weekly hours among a week's actions.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

MAX_ACTIONS = 4


@dataclass(eq=False)
class Task:
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


class Calendar:
    """Weeks 1 to N, the phases' weeks in a row, each with its tasks."""

    def __init__(self, phase_weeks: list[int], hours_per_week: float) -> None:
        self.hours = hours_per_week
        self.ranges: list[list[int]] = []
        for weeks in phase_weeks:
            first = self.ranges[-1][-1] + 1 if self.ranges else 1
            self.ranges.append(list(range(first, first + weeks)))
        self.weeks = self.ranges[-1][-1]
        self.limit = min(MAX_ACTIONS, int(hours_per_week * 2))  # each needs a half hour
        self.tasks: dict[int, list[Task]] = {week: [] for week in range(1, self.weeks + 1)}

    def free(self, week: int, room: int | None = None) -> bool:
        return len(self.tasks[week]) < (self.limit if room is None else room)

    def add(self, task: Task) -> Task:
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
