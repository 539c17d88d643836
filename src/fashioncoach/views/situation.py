"""Everything a view needs to know about one learner on one day, worked out once.

A command builds one ``Situation`` and hands it to every view it shows, so the log's
history, the plan (the baseline and the forecast), the verdict and the clock are
computed once and are the same in all of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fashioncoach.core.log import History, fold
from fashioncoach.core.pace import Clock, Pace, clock_of, pace_of
from fashioncoach.core.schedule import Plan, plan_of

if TYPE_CHECKING:
    from datetime import date

    from fashioncoach.model.progress import Progress
    from fashioncoach.model.roadmap import Action, Roadmap


class Situation:
    """The roadmap, the learner's progress and ``today``, with what follows from them."""

    def __init__(self, *, roadmap: Roadmap, progress: Progress | None, today: date) -> None:
        self.roadmap = roadmap
        self.progress = progress
        self.today = today
        self.history: History = fold(progress, roadmap, day=today)
        self.plan: Plan = plan_of(roadmap, self.history, today=today)
        self.pace: Pace = pace_of(self.plan)
        self.clock: Clock = clock_of(self.plan, self.pace)
        self.actions: list[Action] = [action for _, _, action in roadmap.actions()]

    @property
    def complete(self) -> bool:
        return self.pace.status == "complete"

    def phase_open(self, index: int) -> list[Action]:
        """The open actions of phase ``index``, in the roadmap's order."""
        return [
            action
            for action in self.actions
            if self.plan.action_phase[action.id] == index and not self.history.resolved(action.id)
        ]
