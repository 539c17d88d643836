"""Kebab-case ids made from a guide's texts: whole words only, never ending on a word
like "and" or "of", unique within each list of the roadmap, and the same for the same
guide on every import (they depend on the text alone, never on the budget).
"""

from __future__ import annotations

import re
import unicodedata

# Words an id never ends on, and articles it drops: "install-local-database".
_DANGLING = frozenset(
    """a an the and or of for to in on with by at as from into via your its their our my
    that which who is are be""".split()  # noqa: SIM905
)
_ARTICLES = frozenset(["a", "an", "the"])


def kebab(text: str, *, limit: int = 48, every_word: bool = False) -> str:
    """Kebab-case ASCII for an id: the text's words (articles left out, unless
    ``every_word``), as many whole words as fit in ``limit`` characters, never ending on a
    connecting word."""
    ascii_text = unicodedata.normalize("NFKD", text[:400]).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.replace("&", " and ").lower())
    if not every_word:
        words = [word for word in words if word not in _ARTICLES] or words
    kept: list[str] = []
    length = -1
    for word in words:
        if kept and length + 1 + len(word) > limit:
            break
        kept.append(word)
        length += 1 + len(word)
    if len(kept) < len(words):
        # Cut where a phrase ends: before the last "and", "of", "with"... that leaves
        # three words or more ("install-local-database", not "...-load-sample").
        ends = [index for index in range(3, len(kept) + 1) if words[index] in _DANGLING]
        if ends:
            kept = kept[: ends[-1]]
    while len(kept) > 1 and kept[-1] in _DANGLING:
        kept.pop()
    return "-".join(kept) or "item"


class UniqueIds:
    """Ids made unique with -2, -3... when two texts give the same one; each base keeps
    its own counter, so a thousand equal texts cost a thousand steps, not a million."""

    def __init__(self, limit: int = 48) -> None:
        self.limit = limit
        self.taken: set[str] = set()
        self.next_number: dict[str, int] = {}

    def take(self, text: str) -> str:
        return self.claim(kebab(text, limit=self.limit))

    def claim(self, base: str) -> str:
        """``base`` itself, or ``base-N`` for the first N not taken yet."""
        candidate = base
        number = self.next_number.get(base, 2)
        while candidate in self.taken:
            candidate, number = f"{base}-{number}", number + 1
        self.next_number[base] = number
        self.taken.add(candidate)
        return candidate
