"""Weekly reviews: which one a new review would replace, confidence over time, and
blockers that keep coming back.

A review is kept by its date. Its plan week is always the schedule's answer for
that date (``Plan.week_of``), never the number stored when it was written, so a
phase boundary that moves later cannot make two weeks' reviews collide.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from fashioncoach.model.record import replace

if TYPE_CHECKING:
    from fashioncoach.core.schedule import Plan
    from fashioncoach.model.progress import Progress, Review


def same_week(progress: Progress, plan: Plan, review: Review) -> Review | None:
    """The stored review of the same plan week as ``review``, which it would replace."""
    week = plan.week_of(review.on)
    for stored in progress.reviews:
        if plan.week_of(stored.on) == week:
            return stored
    return None


def record_review(progress: Progress, plan: Plan, review: Review) -> tuple[Progress, Review | None]:
    """Store ``review``, replacing the review of the same plan week if there is one
    (the caller says so first); returns the new progress and the review replaced."""
    replaced = same_week(progress, plan, review)
    kept = [item for item in progress.reviews if item is not replaced]
    stored = replace(review, week=plan.week_of(review.on))
    reviews = tuple(sorted((*kept, stored), key=lambda item: item.on))
    return replace(progress, reviews=reviews), replaced


def latest_confidence(progress: Progress, plan: Plan) -> dict[str, tuple[int, int]]:
    """Each rated skill's latest confidence and the plan week it was given in."""
    latest: dict[str, tuple[int, int]] = {}
    for review in sorted(progress.reviews, key=lambda item: item.on):
        for skill, level in review.confidence.items():
            latest[skill] = (level, plan.week_of(review.on))
    return latest


def blocker_key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def repeated_blockers(progress: Progress) -> list[str]:
    """Blockers noted in two reviews or more (compared without case or punctuation)."""
    seen: dict[str, list[str]] = {}
    for review in progress.reviews:
        key = blocker_key(review.blocked)
        if key:
            seen.setdefault(key, []).append(review.blocked.strip())
    return [texts[0] for texts in seen.values() if len(texts) >= 2]
