"""Kebab-case ids made from a guide's texts, unique within each list of the roadmap."""

from __future__ import annotations

import re
import unicodedata


def kebab(text: str, *, limit: int = 50) -> str:
    """Kebab-case ASCII for an id, cut at a word boundary to at most ``limit`` characters."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.replace("&", " and ").lower())
    result = ""
    for word in words:
        candidate = f"{result}-{word}" if result else word
        if len(candidate) > limit:
            break
        result = candidate
    return result or (words[0][:limit] if words else "item")


class UniqueIds:
    """Kebab-case ids, made unique with -2, -3... when two texts give the same one."""

    def __init__(self, limit: int = 50) -> None:
        self.limit = limit
        self.taken: set[str] = set()

    def take(self, text: str) -> str:
        base = candidate = kebab(text, limit=self.limit)
        number = 2
        while candidate in self.taken:
            candidate, number = f"{base}-{number}", number + 1
        self.taken.add(candidate)
        return candidate
