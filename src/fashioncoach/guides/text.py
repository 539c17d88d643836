"""A guide's text as numbered lines grouped under its section headings; the shapes of
its lines (bullets, phase-length lines) as the family writes them; and ``Unreadable``,
the problem that names the line at fault.

Knows the family's title line and headings, nothing of what a section contains.
"""

from __future__ import annotations

import re

from fashioncoach.model.record import frozen_record

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
OPTIONAL = (TRANSFERABLE, REALITY, START, FAQ, CLOSING)
# Other ways guides of the family write a heading.
_ALIASES = {
    "transferable skills": TRANSFERABLE,
    "your transferable skills": TRANSFERABLE,
    "skills you need to learn": SKILLS,
    "skills you will need to learn": SKILLS,
    "skills to learn": SKILLS,
    "learning roadmap": ROADMAP,
    "your roadmap": ROADMAP,
    "start your journey": START,
    "start your journey today": START,
    "faq": FAQ,
    "faqs": FAQ,
    "frequently asked questions (faq)": FAQ,
    "ready to start your transition": CLOSING,
}
TITLE_LINE = re.compile(
    r"(?P<title>From\s+(?P<from>.+?)\s+to\s+(?P<to>.+?))\s*[:\-\u2013\u2014]\s*"
    r"(?P<subtitle>Your\s+(?P<months>\d+|[A-Za-z]+)[- ]Months?\s+(?:[A-Za-z]+\s+)?"
    r"Transition\s+Guide\.?)",
    re.IGNORECASE,
)
# "- item", "\u2022 item" (a bullet), "\u2013 item" (an en dash), "* item", "1. item".
BULLET = re.compile(
    r"(?:[-\u2013\u2014\u2022\u25aa\u25cf\u00b7\u25cb\u25e6\u25b8\u25ba\u2192*]\s*|\d{1,2}[.)]\s+)"
    r"(?P<text>\S.*)"
)
# "4 weeks- goal", "4 weeks - goal", "4 weeks: goal", "4 weeks\u2022 goal", "4 weeks\u2013goal"
# (a bullet, an en dash), "4-6 weeks: goal", or the length alone with the goals below it.
WEEKS = re.compile(
    r"(?P<low>\d{1,4})(?:\s*(?:-|\u2013|\u2014|to)\s*(?P<high>\d{1,4}))?\s*weeks?\b"
    r"\s*(?:[-\u2013\u2014:\u2022*|]\s*)?(?P<goal>.*)",
    re.IGNORECASE,
)


class Unreadable(Exception):
    """Raised deep in the parser; the format's ``parse`` adds the source name."""

    def __init__(self, line: int, found: str, expected: str) -> None:
        super().__init__(found)
        self.line, self.found, self.expected = line, found, expected


@frozen_record
class Line:
    number: int
    text: str


@frozen_record
class Section:
    heading: Line
    lines: tuple[Line, ...]
    after: Line | None  # the next section's heading, None at the end of the guide


def heading_key(text: str) -> str:
    """How headings compare: curly quotes, spacing, case, "&" for "and", and a trailing
    colon or mark ignored."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("&", " and ")
    text = text.strip().rstrip(":.!").strip()
    return " ".join(text.split()).casefold()


_CANONICAL = {heading_key(heading): heading for heading in HEADINGS}
_BY_KEY = _CANONICAL | _ALIASES


# A heading of two words or more, then more words: "Reality Check: What to Expect",
# "Frequently Asked Questions (FAQs)", "Reality Check & Expectations".
_LONGER = re.compile(r"(?P<head>.+?)\s*(?::|\s-|\s\u2013|\s\u2014|\(|\s+and\s).*")


def heading_of(text: str) -> str | None:
    """The family heading a line is, if it is one (long lines never are)."""
    if len(text) > 60:
        return None
    key = heading_key(text)
    found = _BY_KEY.get(key)
    if found is None and (longer := _LONGER.fullmatch(key)):
        head = longer.group("head").strip()
        found = _CANONICAL.get(head) if len(head.split()) >= 2 else None
    return found


def title_match(line: str) -> re.Match[str] | None:
    """The title line's parts; a line too long to be a title is none (and is not searched
    through, so a huge first line costs nothing)."""
    return TITLE_LINE.fullmatch(line) if len(line) <= 400 else None


def looks_like_family(lines: list[str]) -> bool:
    """True for lines of the family: its title line, or three of its section headings."""
    if lines and title_match(lines[0]):
        return True
    found = {heading_of(line) for line in lines[:5000]}
    return sum(heading in found for heading in HEADINGS) >= 3


def guide_lines(text: str) -> list[Line]:
    """The non-blank lines, stripped, with their 1-based numbers: a byte-order mark, CRLF,
    CR or LF endings and trailing blanks all tolerated."""
    rows = text.removeprefix("\ufeff").splitlines()
    return [Line(number, row.strip()) for number, row in enumerate(rows, 1) if row.strip()]


def quote(text: str) -> str:
    """A line as a problem shows it: in quotes, cut short when long."""
    return f'"{text}"' if len(text) <= 60 else f'"{text[:57].rstrip()}..."'


def what_follows(section: Section) -> str:
    """What comes after the section's lines, as a problem names it."""
    return quote(section.after.text) if section.after else "the end of the guide"


def split_sections(lines: list[Line]) -> dict[str, Section]:
    """The lines after the title under each heading, checked for order and repeats."""
    found: list[tuple[str, Line, list[Line]]] = []
    seen: dict[str, Line] = {}
    for line in lines[1:]:
        heading = heading_of(line.text)
        if heading is None:
            if not found:
                raise Unreadable(
                    line.number,
                    f"{quote(line.text)} comes before any section heading",
                    f'the heading "{OVERVIEW}"',
                )
            found[-1][2].append(line)
            continue
        if heading in seen:
            raise Unreadable(
                line.number,
                f"a second {quote(line.text)} heading (the first is on line "
                f"{seen[heading].number})",
                "each section heading once",
            )
        if found and HEADINGS.index(heading) < HEADINGS.index(found[-1][0]):
            raise Unreadable(
                line.number,
                f"the heading {quote(line.text)} after {quote(found[-1][1].text)}",
                "the sections in the family's order: " + ", ".join(HEADINGS),
            )
        seen[heading] = line
        found.append((heading, line, []))
    sections: dict[str, Section] = {}
    for index, (heading, line, content) in enumerate(found):
        after = found[index + 1][1] if index + 1 < len(found) else None
        sections[heading] = Section(line, tuple(content), after)
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
