"""Parse a plain-text career guide of the "From X to Y: Your N-Month Transition Guide"
family into a ``Guide``, keeping every sentence verbatim.

A guide that cannot be read raises ``GuideError`` naming the 1-based line and what
was expected there.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from fashioncoach.errors import GuideError
from fashioncoach.model.roadmap import Sections
from fashioncoach.store.guide_facts import QUOTED, advice_resources, salary_facts
from fashioncoach.store.guide_model import (
    FaqEntry,
    Guide,
    GuidePhase,
    SkillToLearn,
    StartNow,
    TransferableSkill,
)
from fashioncoach.store.guide_text import (
    CLOSING,
    FAQ,
    OVERVIEW,
    REALITY,
    ROADMAP,
    SKILLS,
    START,
    TITLE_LINE,
    TRANSFERABLE,
    Line,
    Section,
    Unreadable,
    guide_lines,
    heading_key,
    quote,
    split_sections,
    what_follows,
)

_REALITY_LISTS = {
    "what you'll love": "love",
    "what you will love": "love",
    "what you might miss": "miss",
    "what you'll miss": "miss",
    "biggest challenges": "challenges",
    "challenges": "challenges",
}
_TITLE_EXAMPLE = '"From Teacher to UX Designer: Your 6-Month Transition Guide"'
_WEEKS = re.compile(
    r"(?P<count>\d+)\s*weeks?(?:\s*[-\u2013\u2014:]\s*(?P<goal>.*))?", re.IGNORECASE
)
_BULLET = re.compile(r"[-\u2013\u2014\u2022*]\s*(?P<text>\S.*)")
_EXAMPLES = re.compile(r"(?P<name>.*?)\s*\(\s*e\.?\s*g\.?\s*,?\s*(?P<examples>[^)]*)\)", re.I)


def parse_guide(text: str, *, source: str) -> Guide:
    """Everything the guide says, verbatim, or a GuideError naming the line at fault."""
    try:
        return _parse(guide_lines(text), source)
    except Unreadable as problem:
        raise GuideError(source, problem.line, problem.found, problem.expected) from None


def _parse(lines: list[Line], source: str) -> Guide:
    if not lines:
        raise Unreadable(1, "the guide is empty", f"a title line like {_TITLE_EXAMPLE}")
    title = TITLE_LINE.fullmatch(lines[0].text)
    if title is None:
        raise Unreadable(
            lines[0].number,
            f"the first line {quote(lines[0].text)}",
            f"a title like {_TITLE_EXAMPLE}",
        )
    sections = split_sections(lines)
    empty = Section(lines[0], [], None)
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
        ),
        faq=faq,
        salary=next(filter(None, (salary_facts(entry.answer) for entry in faq)), None),
        closing=closing,
    )


def _is_name_like(text: str) -> bool:
    """A heading-like line (a skill's name), not a sentence: only used to point at the
    line at fault when names and sentences do not pair up."""
    core = _EXAMPLES.sub(r"\g<name>", text)
    return not (
        core.endswith((".", "!", "?", ";", ":")) or QUOTED.search(core) or len(core.split()) > 8
    )


def _pairs(section: Section, name: str, sentence: str) -> tuple[str, list[tuple[Line, Line]]]:
    """A one-line intro (if any), then pairs of a name line and a sentence line."""
    lines = section.lines
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
        match = _EXAMPLES.fullmatch(name)
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


def _phases(section: Section) -> tuple[str, tuple[GuidePhase, ...]]:
    """Each phase: a title line, a "N weeks- first goal" line, then "- goal" lines."""
    lines = section.lines
    intro = ""
    if lines and len(lines) > 1 and not _WEEKS.fullmatch(lines[1].text):
        intro, lines = lines[0].text, lines[1:]
    phases: list[tuple[Line, int, list[str]]] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        bullet = _BULLET.fullmatch(line.text)
        if bullet or _WEEKS.fullmatch(line.text):
            if not phases or not bullet:
                raise Unreadable(
                    line.number,
                    f"{quote(line.text)} comes without a phase title before it",
                    'a phase title line, then a line like "4 weeks- first goal"',
                )
            phases[-1][2].append(bullet.group("text").strip())
            index += 1
            continue
        weeks = _WEEKS.fullmatch(lines[index + 1].text) if index + 1 < len(lines) else None
        if weeks is None:
            after = (
                quote(lines[index + 1].text) if index + 1 < len(lines) else what_follows(section)
            )
            raise Unreadable(
                line.number,
                f"{quote(line.text)} is followed by {after}",
                'a line like "4 weeks- first goal"',
            )
        if int(weeks.group("count")) < 1:
            raise Unreadable(lines[index + 1].number, "a phase of 0 weeks", "at least 1 week")
        first = (weeks.group("goal") or "").strip()
        nested = _BULLET.fullmatch(first)  # "4 weeks - - goal"
        first = nested.group("text") if nested else first
        phases.append((line, int(weeks.group("count")), [first] if first else []))
        index += 2
    if not phases:
        raise Unreadable(
            section.heading.number,
            f'"{ROADMAP}" is followed by {what_follows(section)}',
            'phases: a title line, then a line like "4 weeks- first goal"',
        )
    for title, _, goals in phases:
        if not goals:
            raise Unreadable(
                title.number, f"the phase {quote(title.text)} has no goals", '"- goal" lines'
            )
    return intro, tuple(
        GuidePhase(title.text, weeks, tuple(goals)) for title, weeks, goals in phases
    )


def _reality_list(heading: str) -> str | None:
    """The reality check's list a sub-heading starts: love, miss or challenges."""
    return _REALITY_LISTS.get(heading_key(heading))


def _horizon(heading: str) -> str | None:
    """Start-now lists keep their sub-heading ("This Week") as their name."""
    return heading if _horizon_week(heading) is not None else None


def _horizon_week(heading: str) -> int | None:
    """The plan week a start-now horizon is due: This Week 1, This Month 4, Next 90 Days 13."""
    key = heading_key(heading)
    fixed = {"today": 1, "this week": 1, "this month": 4, "this quarter": 13}
    if key in fixed:
        return fixed[key]
    match = re.fullmatch(r"(?:next|in the next|within)\s+(\d+)\s+(day|week|month)s?", key)
    if match is None:
        return None
    count, unit = int(match.group(1)), match.group(2)
    return max(1, -(-count // 7) if unit == "day" else count if unit == "week" else count * 13 // 3)


def _sublists(
    section: Section, name_of: Callable[[str], str | None], what: str
) -> tuple[str, dict[str, list[str]]]:
    """An intro line, then sub-headings each followed by "- item" lines."""
    lists: dict[str, list[str]] = {}
    intro = ""
    current: list[str] | None = None
    for index, line in enumerate(section.lines):
        bullet = _BULLET.fullmatch(line.text)
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


def _starts_a_list(lines: list[Line], index: int) -> bool:
    following = lines[index + 1].text if index + 1 < len(lines) else ""
    return not _BULLET.fullmatch(lines[index].text) and bool(_BULLET.fullmatch(following))


def _faq(section: Section) -> tuple[FaqEntry, ...]:
    """Answer paragraphs; a line ending in "?" is the question of the paragraph after it."""
    entries: list[FaqEntry] = []
    question = ""
    for line in section.lines:
        if line.text.endswith("?") and not question:
            question = line.text
        else:
            entries.append(FaqEntry(line.text, question))
            question = ""
    if question:
        entries.append(FaqEntry(question))
    return tuple(entries)
