"""The family's own format: a plain-text guide, "From X to Y: Your N-Month Transition
Guide", read into a ``Guide`` with every sentence kept verbatim.

A guide that cannot be read raises ``GuideError`` naming the 1-based line and what was
expected there.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import ClassVar

from fashioncoach.errors import GuideError
from fashioncoach.guides.resources import QUOTED, advice_resources
from fashioncoach.guides.salary import salary_facts
from fashioncoach.guides.text import (
    BULLET,
    CLOSING,
    FAQ,
    OPTIONAL,
    OVERVIEW,
    REALITY,
    ROADMAP,
    SKILLS,
    START,
    TRANSFERABLE,
    WEEKS,
    Line,
    Section,
    Unreadable,
    guide_lines,
    heading_key,
    looks_like_family,
    quote,
    split_sections,
    title_match,
    what_follows,
)
from fashioncoach.guides.types import (
    FaqEntry,
    Guide,
    GuidePhase,
    SkillToLearn,
    StartNow,
    TransferableSkill,
)
from fashioncoach.model.roadmap import Sections

_REALITY_LISTS = {
    "what you'll love": "love",
    "what you will love": "love",
    "what you might miss": "miss",
    "what you'll miss": "miss",
    "what you will miss": "miss",
    "biggest challenges": "challenges",
    "the biggest challenges": "challenges",
    "challenges": "challenges",
}
_TITLE_EXAMPLE = '"From Teacher to UX Designer: Your 6-Month Transition Guide"'
_EXAMPLES = re.compile(
    r"(?P<name>.*?)\s*\(\s*(?:e\.?\s*g\.?|for example|such as|like|incl\.?|including)\s*,?\s*"
    r"(?P<examples>[^)]*)\)",
    re.IGNORECASE,
)


class PlainTextGuide:
    """A guide of the family as plain text, the way the family writes it."""

    name: ClassVar[str] = "plain text"

    @staticmethod
    def detect(text: str) -> bool:
        return looks_like_family([line.text for line in guide_lines(text[:200_000])])

    @staticmethod
    def parse(text: str, *, source: str) -> Guide:
        return parse_lines(guide_lines(text), source=source, format_name=PlainTextGuide.name)


def parse_lines(lines: list[Line], *, source: str, format_name: str) -> Guide:
    """Everything the guide's lines say, or a GuideError naming the line at fault."""
    try:
        return _parse(lines, source, format_name)
    except Unreadable as problem:
        raise GuideError(source, problem.line, problem.found, problem.expected) from None


def _parse(lines: list[Line], source: str, format_name: str) -> Guide:
    if not lines:
        raise Unreadable(1, "the guide is empty", f"a title line like {_TITLE_EXAMPLE}")
    title = title_match(lines[0].text)
    if title is None:
        raise Unreadable(
            lines[0].number,
            f"the first line {quote(lines[0].text)}",
            f"a title like {_TITLE_EXAMPLE}",
        )
    sections = split_sections(lines)
    empty = Section(lines[0], (), None)
    overview = sections[OVERVIEW]
    if not overview.lines:
        raise Unreadable(
            overview.heading.number,
            f'"{OVERVIEW}" is followed by {what_follows(overview)}',
            "at least one paragraph",
        )
    transferable_intro, transferable = _transferable(sections.get(TRANSFERABLE, empty))
    skills_intro, skills = _skills(sections[SKILLS])
    phases_intro, phases = _phases(sections[ROADMAP])
    reality_intro, reality = _sublists(sections.get(REALITY, empty), _reality_list, "sub-heading")
    start_intro, start = _sublists(sections.get(START, empty), _horizon, "horizon")
    faq = _faq(sections.get(FAQ, empty))
    closing = "\n\n".join(line.text for line in sections.get(CLOSING, empty).lines)
    return Guide(
        source=source,
        title=title.group("title"),
        subtitle=title.group("subtitle"),
        from_role=title.group("from").strip(),
        to_role=title.group("to").strip(),
        overview=tuple(line.text for line in overview.lines),
        intros=Sections(transferable_intro, skills_intro, phases_intro, reality_intro, start_intro),
        transferable_skills=transferable,
        skills=skills,
        phases=phases,
        love=tuple(reality.get("love", ())),
        miss=tuple(reality.get("miss", ())),
        challenges=tuple(reality.get("challenges", ())),
        start_now=tuple(
            StartNow(horizon, _horizon_week(horizon) or 1, tuple(items))
            for horizon, items in start.items()
            if items
        ),
        faq=faq,
        salary=next(filter(None, (salary_facts(entry.answer) for entry in faq)), None),
        closing=closing,
        missing=tuple(heading for heading in OPTIONAL if heading not in sections),
        format=format_name,
    )


def _is_name_like(text: str) -> bool:
    """A heading-like line (a skill's name), not a sentence: only used to point at the
    line at fault when names and sentences do not pair up."""
    core = _EXAMPLES.sub(r"\g<name>", text[:300])
    return not (core.endswith((".", "!", "?", ";")) or QUOTED.search(core) or len(core.split()) > 8)


def _pairs(section: Section, name: str, sentence: str) -> tuple[str, list[tuple[Line, Line]]]:
    """A one-line intro (if any), then pairs of a name line and a sentence line."""
    lines: Sequence[Line] = section.lines
    intro = ""
    no_intro = len(lines) > 1 and _is_name_like(lines[0].text) and not _is_name_like(lines[1].text)
    if lines and not no_intro:
        intro, lines = lines[0].text, lines[1:]
    if len(lines) % 2:
        for index in range(0, len(lines) - 1, 2):
            first, second = lines[index], lines[index + 1]
            if not _is_name_like(first.text):
                raise Unreadable(
                    first.number,
                    f"{quote(first.text)} has no name line before it",
                    f"{name} before it",
                )
            third = lines[index + 2].text if index + 2 < len(lines) else ""
            if _is_name_like(second.text) and not _is_name_like(third):
                raise Unreadable(
                    first.number,
                    f"{quote(first.text)} is followed by {quote(second.text)}",
                    sentence,
                )
        last = lines[-1]
        raise Unreadable(
            last.number, f"{quote(last.text)} is followed by {what_follows(section)}", sentence
        )
    return intro, [(lines[index], lines[index + 1]) for index in range(0, len(lines), 2)]


def _transferable(section: Section) -> tuple[str, tuple[TransferableSkill, ...]]:
    intro, pairs = _pairs(
        section, "a skill name line", "a sentence saying how the skill applies, after its name"
    )
    return intro, tuple(TransferableSkill(name.text, applies.text) for name, applies in pairs)


def _skills(section: Section) -> tuple[str, tuple[SkillToLearn, ...]]:
    intro, pairs = _pairs(
        section,
        "a skill name line",
        "an advice line after the skill's name, like \"Take 'Course' on Platform\"",
    )
    if not pairs:
        raise Unreadable(
            section.heading.number,
            f'"{SKILLS}" is followed by {what_follows(section)}',
            "pairs of a skill name line and an advice line",
        )
    skills = []
    for name_line, advice in pairs:
        name = name_line.text
        examples: tuple[str, ...] = ()
        match = _EXAMPLES.fullmatch(name) if len(name) <= 500 else None
        if match:
            name = match.group("name").strip()
            parts = re.split(r",\s*", match.group("examples"))
            examples = tuple(
                cleaned
                for part in parts
                if (cleaned := re.sub(r"^(?:and|or)\s+", "", part.strip())) and cleaned != "etc."
            )
        skills.append(SkillToLearn(name, advice.text, examples, advice_resources(advice.text)))
    return intro, tuple(skills)


def _weeks_line(text: str) -> re.Match[str] | None:
    """A phase's length line ("4 weeks- first goal", "4-6 weeks: first goal")."""
    return WEEKS.fullmatch(text) if text[:1].isdigit() else None


def _phases(section: Section) -> tuple[str, tuple[GuidePhase, ...]]:
    """Each phase: a title line, a "N weeks- first goal" line, then "- goal" lines."""
    lines: Sequence[Line] = section.lines
    intro = ""
    if len(lines) > 1 and not _weeks_line(lines[1].text):
        intro, lines = lines[0].text, lines[1:]
    phases: list[tuple[Line, int, list[str], str]] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        weeks = _weeks_line(lines[index + 1].text) if index + 1 < len(lines) else None
        if weeks is not None and not _weeks_line(line.text):
            low, high = int(weeks.group("low")), int(weeks.group("high") or 0)
            if max(low, high) < 1:
                raise Unreadable(lines[index + 1].number, "a phase of 0 weeks", "at least 1 week")
            said = lines[index + 1].text[: weeks.start("goal")].strip(" -\u2013\u2014:\u2022*|")
            first = (weeks.group("goal") or "").strip()
            nested = BULLET.fullmatch(first)  # "4 weeks - - goal"
            first = nested.group("text").strip() if nested else first
            phases.append((line, max(low, high), [first] if first else [], said if high else ""))
            index += 2
            continue
        bullet = BULLET.fullmatch(line.text)
        if bullet is not None and phases:
            phases[-1][2].append(bullet.group("text").strip())
            index += 1
            continue
        if bullet is not None or _weeks_line(line.text):
            raise Unreadable(
                line.number,
                f"{quote(line.text)} comes without a phase title before it",
                'a phase title line, then a line like "4 weeks- first goal"',
            )
        after = quote(lines[index + 1].text) if index + 1 < len(lines) else what_follows(section)
        raise Unreadable(
            line.number,
            f"{quote(line.text)} is followed by {after}",
            'a line like "4 weeks- first goal" after the phase title',
        )
    if not phases:
        raise Unreadable(
            section.heading.number,
            f'"{ROADMAP}" is followed by {what_follows(section)}',
            'phases: a title line, then a line like "4 weeks- first goal"',
        )
    for title, _, goals, _ in phases:
        if not goals:
            raise Unreadable(
                title.number, f"the phase {quote(title.text)} has no goals", '"- goal" lines'
            )
    return intro, tuple(
        GuidePhase(title.text, weeks, tuple(goals), said) for title, weeks, goals, said in phases
    )


def _reality_list(heading: str) -> str | None:
    """The reality check's list a sub-heading starts: love, miss or challenges."""
    return _REALITY_LISTS.get(heading_key(heading))


def _horizon(heading: str) -> str | None:
    """Start-now lists keep their sub-heading ("This Week") as their name."""
    return heading.rstrip(":").strip() if _horizon_week(heading) is not None else None


def _horizon_week(heading: str) -> int | None:
    """The plan week a start-now horizon is due: This Week 1, This Month 4, Next 90 Days 13."""
    key = heading_key(heading)
    fixed = {
        "today": 1,
        "this week": 1,
        "this month": 4,
        "this quarter": 13,
        "next month": 8,
        "the next 30 days": 5,
    }
    if key in fixed:
        return fixed[key]
    match = re.fullmatch(
        r"(?:the\s+)?(?:next|in the next|within(?: the next)?|first|by)\s+(\d+)\s+"
        r"(day|week|month)s?",
        key,
    ) or re.fullmatch(r"(?:by\s+)?(week|month)s?\s+(?:\d+\s*(?:-|\u2013|to)\s*)?(\d+)", key)
    if match is None:
        return None
    if match.group(1).isdigit():
        count, unit = int(match.group(1)), match.group(2)
    else:  # "Week 2", "Months 2-3": by the end of that week or month
        count, unit = int(match.group(2)), match.group(1)
    return max(1, -(-count // 7) if unit == "day" else count if unit == "week" else count * 13 // 3)


def _sublists(
    section: Section, name_of: Callable[[str], str | None], what: str
) -> tuple[str, dict[str, list[str]]]:
    """An intro line, then sub-headings each followed by "- item" lines."""
    lists: dict[str, list[str]] = {}
    intro = ""
    current: list[str] | None = None
    for index, line in enumerate(section.lines):
        bullet = BULLET.fullmatch(line.text)
        name = None if bullet else name_of(line.text)
        if name is not None:
            current = lists.setdefault(name, [])
        elif bullet is not None and current is not None:
            current.append(bullet.group("text").strip())
        elif index == 0:
            intro = line.text
        elif current is not None and not _starts_a_list(section.lines, index):
            current.append(line.text)  # an item that lost its "- "
        else:
            raise Unreadable(
                line.number,
                f"{quote(line.text)} under {quote(section.heading.text)}",
                f'a known {what} line followed by "- item" lines',
            )
    return intro, lists


def _starts_a_list(lines: Sequence[Line], index: int) -> bool:
    following = lines[index + 1].text if index + 1 < len(lines) else ""
    return not BULLET.fullmatch(lines[index].text) and bool(BULLET.fullmatch(following))


def _faq(section: Section) -> tuple[FaqEntry, ...]:
    """Questions and answers: a line ending in "?" asks, the paragraphs after it answer
    it; a paragraph before any question is an answer of its own."""
    entries: list[FaqEntry] = []
    question = ""
    answer: list[str] = []
    for line in section.lines:
        if line.text.endswith("?"):
            if question:
                entries.append(
                    FaqEntry("\n\n".join(answer) or question, question if answer else "")
                )
            question, answer = line.text, []
        elif question:
            answer.append(line.text)
        else:
            entries.append(FaqEntry(line.text))
    if question:
        entries.append(FaqEntry("\n\n".join(answer) or question, question if answer else ""))
    return tuple(entries)
