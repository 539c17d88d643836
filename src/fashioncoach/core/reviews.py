"""Weekly reviews: which one a new review would replace, confidence over time, and
blockers that keep coming back.

A review is kept by its day. Its plan week is always the calendar's answer for that
day, never a number stored when it was written, so two machines that review the same
week keep both reviews (a review replaces another only when its writer said so).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import date

    from fashioncoach.core.log import History, ReviewEntry
    from fashioncoach.core.schedule import Plan


def same_week(history: History, plan: Plan, day: date) -> ReviewEntry | None:
    """The latest kept review of the plan week ``day`` falls in: the one a new review
    of that week replaces (after asking)."""
    week = plan.week_of(day)
    found = [review for review in history.reviews if plan.week_of(review.day) == week]
    return found[-1] if found else None


def latest_confidence(history: History, plan: Plan) -> dict[str, tuple[int, int]]:
    """Each rated skill's latest confidence and the plan week it was given in."""
    latest: dict[str, tuple[int, int]] = {}
    for review in sorted(history.reviews, key=lambda item: (item.day, item.at)):
        for skill, level in review.confidence.items():
            latest[skill] = (level, max(1, plan.week_of(review.day)))
    return latest


def blocker_key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def repeated_blockers(history: History) -> list[str]:
    """Blockers noted in two reviews or more (compared without case or punctuation)."""
    seen: dict[str, list[str]] = {}
    for review in history.reviews:
        key = blocker_key(review.blocked)
        if key:
            seen.setdefault(key, []).append(review.blocked.strip())
    return [texts[0] for texts in seen.values() if len(texts) >= 2]
