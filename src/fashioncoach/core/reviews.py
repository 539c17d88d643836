"""TODO docstring."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fashioncoach.model.progress import (
        Progress,
    )


def latest_confidence(progress: Progress) -> dict[str, tuple[int, int]]:
    """Each rated skill's latest confidence and the week it was given in."""
    latest: dict[str, tuple[int, int]] = {}
    for review in sorted(progress.reviews, key=lambda item: item.week):
        for skill, level in review.confidence.items():
            latest[skill] = (level, review.week)
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
