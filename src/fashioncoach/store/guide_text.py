"""A guide's text as numbered lines grouped under its section headings, and the
``Unreadable`` problem that names the line at fault.

Knows the family's title line and headings, nothing of what a section contains.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OVERVIEW = "Overview"
TRANSFERABLE = "Your Transferable Skills"
SKILLS = "Skills You'll Need to Learn"
ROADMAP = "Your Learning Roadmap"
REALITY = "Reality Check"
START = "Start Your Journey Now"
FAQ = "Frequently Asked Questions"
CLOSING = "Ready to Start Your Transition?"
HEADINGS = (OVERVIEW, TRANSFERABLE, SKILLS, ROADMAP, REALITY, START, FAQ, CLOSING)
REQUIRED = (OVERVIEW, SKILLS, ROADMAP)
TITLE_LINE = re.compile(
    r"(?P<title>From\s+(?P<from>.+?)\s+to\s+(?P<to>.+?))\s*[:\-\u2013\u2014]\s*"
    r"(?P<subtitle>Your\s+(?P<months>\d+|[A-Za-z]+)[- ]Months?\s+Transition\s+Guide\.?)",
    re.IGNORECASE,
)


class Unreadable(Exception):
    """Raised deep in the parser; ``parse_guide`` adds the source name."""

    def __init__(self, line: int, found: str, expected: str) -> None:
        super().__init__(found)
        self.line, self.found, self.expected = line, found, expected


@dataclass(frozen=True, slots=True)
class Line:
    number: int
    text: str


@dataclass(frozen=True, slots=True)
class Section:
    heading: Line
    lines: list[Line]
    after: Line | None  # the next section's heading, None at the end of the guide


def looks_like_guide(text: str) -> bool:
    """True for a text of the family: its title line, or three of its section headings."""
    lines = [line.strip() for line in text.removeprefix("\ufeff").splitlines() if line.strip()]
    if lines and TITLE_LINE.fullmatch(lines[0]):
        return True
    keys = {heading_key(line) for line in lines}
    return sum(heading_key(heading) in keys for heading in HEADINGS) >= 3


def guide_lines(text: str) -> list[Line]:
    """The non-blank lines, stripped, with their 1-based numbers (BOM and CRLF tolerated)."""
    rows = text.removeprefix("\ufeff").splitlines()
    return [Line(number, row.strip()) for number, row in enumerate(rows, 1) if row.strip()]


def heading_key(text: str) -> str:
    """How headings compare: curly quotes, spacing, case and a trailing colon ignored."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").strip().rstrip(":").strip()
    return " ".join(text.split()).casefold()


def quote(text: str) -> str:
    """A line as a problem shows it: in quotes, cut short when long."""
    return f'"{text}"' if len(text) <= 60 else f'"{text[:57].rstrip()}..."'


def what_follows(section: Section) -> str:
    """What comes after the section's lines, as a problem names it."""
    return quote(section.after.text) if section.after else "the end of the guide"


def split_sections(lines: list[Line]) -> dict[str, Section]:
    """The lines after the title under each heading, checked for order and repeats."""
    by_key = {heading_key(heading): heading for heading in HEADINGS}
    found: list[tuple[str, Line, list[Line]]] = []
    for line in lines[1:]:
        heading = by_key.get(heading_key(line.text))
        if heading is None:
            if not found:
                raise Unreadable(
                    line.number,
                    f"{quote(line.text)} comes before any section heading",
                    f'the heading "{OVERVIEW}"',
                )
            found[-1][2].append(line)
            continue
        first = next((seen for name, seen, _ in found if name == heading), None)
        if first is not None:
            raise Unreadable(
                line.number,
                f"a second {quote(line.text)} heading (the first is on line {first.number})",
                "each section heading once",
            )
        if found and HEADINGS.index(heading) < HEADINGS.index(found[-1][0]):
            raise Unreadable(
                line.number,
                f"the heading {quote(line.text)} after {quote(found[-1][1].text)}",
                "the sections in the family's order: " + ", ".join(HEADINGS),
            )
        found.append((heading, line, []))
    sections: dict[str, Section] = {}
    for index, (heading, line, content) in enumerate(found):
        after = found[index + 1][1] if index + 1 < len(found) else None
        sections[heading] = Section(line, content, after)
    for heading in REQUIRED:
        if heading not in sections:
            _missing(heading, found, lines)
    return sections


def _missing(heading: str, found: list[tuple[str, Line, list[Line]]], lines: list[Line]) -> None:
    later = [line for name, line, _ in found if HEADINGS.index(name) > HEADINGS.index(heading)]
    where, what = (later[0].number, quote(later[0].text)) if later else (lines[-1].number, "")
    raise Unreadable(
        where,
        f'no "{heading}" section before {what or "the end of the guide"}',
        f'the "{heading}" heading, then its content',
    )
