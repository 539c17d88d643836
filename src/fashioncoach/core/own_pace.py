"""Your own pace: how the hours you record compare with the estimates.

Once at least ``MIN_RECORDED`` done actions carry the hours you spent (``done --hours``),
the ratio of those hours to their estimates is your pace; per kind of work (study,
practice, project, career) where that kind has ``MIN_RECORDED`` of its own, otherwise
the overall one. Only recorded hours count, never an estimate standing in for one.
Pure.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fashioncoach.model.record import record

if TYPE_CHECKING:
    from fashioncoach.core.log import History
    from fashioncoach.model.roadmap import Action, Roadmap

MIN_RECORDED = 5


@record
class KindPace:
    kind: str  # "study", "practice", "project", "career" or "other"
    ratio: float  # recorded hours over estimates
    actions: int  # done actions with hours recorded


@record
class OwnPace:
    ratio: float  # over every action with hours recorded
    actions: int
    kinds: list[KindPace]  # the kinds with enough of their own

    def factor(self, kind: str) -> float:
        """The ratio the plan at your own pace gives work of ``kind``."""
        return next((item.ratio for item in self.kinds if item.kind == kind), self.ratio)


def kind_of(action: Action) -> str:
    """An action's kind of work, for pace: its ``work``, or career, or other."""
    return action.work or ("career" if action.career else "other")


def own_pace(roadmap: Roadmap, history: History, hours: dict[str, float]) -> OwnPace | None:
    """Your pace from the hours you recorded; None with fewer than MIN_RECORDED."""
    totals: dict[str, tuple[float, float, int]] = {}
    for _, _, action in roadmap.actions():
        spent = history.spent.get(action.id)
        if spent is None or history.status(action.id) != "done" or hours[action.id] <= 0:
            continue
        kind = kind_of(action)
        actual, estimate, count = totals.get(kind, (0.0, 0.0, 0))
        totals[kind] = (actual + spent, estimate + hours[action.id], count + 1)
    actions = sum(count for _, _, count in totals.values())
    if actions < MIN_RECORDED:
        return None
    actual = sum(item[0] for item in totals.values())
    estimate = sum(item[1] for item in totals.values())
    kinds = [
        KindPace(kind, round(spent / planned, 2), count)
        for kind, (spent, planned, count) in sorted(totals.items())
        if count >= MIN_RECORDED and planned > 0
    ]
    return OwnPace(round(actual / estimate, 2) if estimate else 1.0, actions, kinds)


def paced_hours(
    roadmap: Roadmap, hours: dict[str, float], ratios: dict[str, float]
) -> dict[str, float]:
    """Each action's hours at a pace of ``ratios`` (kind -> ratio; "" the overall one)."""
    overall = ratios.get("", 1.0)
    return {
        action.id: hours[action.id] * ratios.get(kind_of(action), overall)
        for _, _, action in roadmap.actions()
    }


def ratios_of(pace: OwnPace) -> dict[str, float]:
    """A pace as the log keeps it with a plan made at it: kind -> ratio, "" overall."""
    return {"": pace.ratio, **{item.kind: item.ratio for item in pace.kinds}}
