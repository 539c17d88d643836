"""The formats a guide can be written in, and ``detect``, which finds a text's own, as
doc2dash's parsers find a documentation set's: each format says whether a text is its
own, most particular first, and the plain text of the family comes last.
"""

from __future__ import annotations

from fashioncoach.guides.markdown import MarkdownGuide
from fashioncoach.guides.plain import PlainTextGuide
from fashioncoach.guides.types import Guide, GuideFormat

FORMATS: tuple[type[GuideFormat], ...] = (MarkdownGuide, PlainTextGuide)


def detect(text: str) -> type[GuideFormat] | None:
    """The format ``text`` is written in, or None when it is no guide of the family."""
    return next((kind for kind in FORMATS if kind.detect(text)), None)


def looks_like_guide(text: str) -> bool:
    """Whether ``text`` is a guide of the family in any format."""
    return detect(text) is not None


def parse_guide(text: str, *, source: str) -> Guide:
    """The guide in its own format; a text of no format is read as plain text, so that
    the error names the line at fault."""
    kind = detect(text) or PlainTextGuide
    return kind.parse(text, source=source)
