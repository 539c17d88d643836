"""Everything a view needs to know about one learner on one day, worked out once.

A command builds one ``Situation`` and hands it to every view it shows, so the log's
history, the plan (the baseline and the forecast), the verdict and the clock are
computed once and are the same in all of them.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from fashioncoach.core.log import History, fold
from fashioncoach.core.pace import Clock, Pace, clock_of, pace_of
from fashioncoach.core.schedule import Plan, plan_of

if TYPE_CHECKING:
    from datetime import date

    from fashioncoach.model.progress import Progress
    from fashioncoach.model.roadmap import Action, Roadmap


class Situation:
    """The roadmap, the learner's progress and ``today``, with what follows from them.

    Each is worked out on first use and kept: a change that needs only the log's
    history (``done`` with ids) never computes a plan it does not show.
    """

    def __init__(self, *, roadmap: Roadmap, progress: Progress | None, today: date) -> None:
        self.roadmap = roadmap
        self.progress = progress
        self.today = today
        self.actions: list[Action] = [action for _, _, action in roadmap.actions()]

    @cached_property
    def history(self) -> History:
        return fold(self.progress, self.roadmap, day=self.today)

    @cached_property
    def plan(self) -> Plan:
        return plan_of(self.roadmap, self.history, today=self.today)

    @cached_property
    def pace(self) -> Pace:
        return pace_of(self.plan)

    @cached_property
    def clock(self) -> Clock:
        return clock_of(self.plan, self.pace)

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
