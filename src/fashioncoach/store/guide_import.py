"""Read a plain-text career guide of the "From X to Y: Your N-Month Transition Guide"
family into a tree of frozen dataclasses, and turn that into roadmap TOML.

Pure: text in, data out; nothing here touches a file. ``parse_guide`` keeps every
sentence of the guide verbatim; ``build_roadmap`` (in ``guide_plan``) adds the
generated weekly plan. A guide that cannot be read raises ``GuideError`` naming
the 1-based line and what was expected there.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from fashioncoach.errors import FashionCoachError

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
REALITY_LISTS = {
    "what you'll love": "love",
    "what you will love": "love",
    "what you might miss": "miss",
    "what you'll miss": "miss",
    "biggest challenges": "challenges",
    "challenges": "challenges",
}
TITLE_EXAMPLE = '"From Teacher to UX Designer: Your 6-Month Transition Guide"'

_TITLE = re.compile(
    r"(?P<title>From\s+(?P<from>.+?)\s+to\s+(?P<to>.+?))\s*[:\-\u2013\u2014]\s*"
    r"(?P<subtitle>Your\s+(?P<months>\d+|[A-Za-z]+)[- ]Months?\s+Transition\s+Guide\.?)",
    re.IGNORECASE,
)
_WEEKS = re.compile(
    r"(?P<count>\d+)\s*weeks?(?:\s*[-\u2013\u2014:]\s*(?P<goal>.*))?", re.IGNORECASE
)
_BULLET = re.compile(r"[-\u2013\u2014\u2022*]\s*(?P<text>\S.*)")
_EXAMPLES = re.compile(r"(?P<name>.*?)\s*\(\s*e\.?\s*g\.?\s*,?\s*(?P<examples>[^)]*)\)", re.I)
_QUOTED = re.compile(
    r"""(?<!\w)(?:'(.+?)'|\u2018(.+?)\u2019|"(.+?)"|\u201c(.+?)\u201d)(?=[\s.,;:!?)]|$)"""
)
NAME_PATTERN = r"[A-Z][\w.+#&/-]*(?:\s+[A-Z0-9][\w.+#&/-]*)*"
_PROVIDER = re.compile(
    r"\s*(?:on|at|via|through|from)\s+(?P<p>(?=\S*[A-Z])[A-Za-z][\w.+&-]*(?:\s+[A-Z][\w.+&-]*)*)"
)
_OFFERED = re.compile(r"\((?:offered|taught|run|created|provided) by\s+(?P<by>[^)]+)\)", re.I)
_SPLIT = re.compile(r"\s*;\s*|,?\s+\b(and|or|then|plus)\b\s+|,\s+")


class GuideError(FashionCoachError):
    """A guide the importer cannot read: where, what was there, and what was expected."""

    def __init__(self, source: str, line: int, found: str, expected: str) -> None:
        self.source = source
        self.line = line
        self.found = found
        self.expected = expected
        super().__init__(f"{source}, line {line}: {found}; expected {expected}")


class _Unreadable(Exception):
    """Raised deep in the parser; ``parse_guide`` adds the source name."""

    def __init__(self, line: int, found: str, expected: str) -> None:
        super().__init__(found)
        self.line, self.found, self.expected = line, found, expected


# --- What a guide says ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GuideResource:
    """A course, book, report, tool... named in a skill's advice."""

    title: str
    kind: str
    provider: str = ""
    offered_by: str = ""
    # Named after "or": a choice instead of the resource before it.
    alternative: bool = False
    # The guide put the title in quotes (a course or book title, not a description).
    quoted: bool = False


@dataclass(frozen=True, slots=True)
class TransferableSkill:
    name: str
    applies: str


@dataclass(frozen=True, slots=True)
class SkillToLearn:
    name: str
    advice: str
    examples: tuple[str, ...] = ()
    resources: tuple[GuideResource, ...] = ()


@dataclass(frozen=True, slots=True)
class GuidePhase:
    title: str
    weeks: int
    goals: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class StartNow:
    """One sub-list of "Start Your Journey Now", due by the end of ``due_week``."""

    horizon: str
    due_week: int
    items: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class FaqEntry:
    answer: str
    question: str = ""


@dataclass(frozen=True, slots=True)
class SalaryFacts:
    """The FAQ's figures; a pair the answer does not state is None."""

    currency: str
    current: tuple[int, int] | None = None
    entry: tuple[int, int] | None = None
    change_percent: tuple[int, int] | None = None
    senior: tuple[int, int] | None = None
    senior_within_years: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class Intros:
    """The one-sentence introduction of each section ("" when there is none)."""

    transferable_skills: str = ""
    skills: str = ""
    phases: str = ""
    reality_check: str = ""
    milestones: str = ""


@dataclass(frozen=True, slots=True)
class Guide:
    source: str
    title: str
    subtitle: str
    from_role: str
    to_role: str
    overview: tuple[str, ...]
    intros: Intros
    transferable_skills: tuple[TransferableSkill, ...]
    skills: tuple[SkillToLearn, ...]
    phases: tuple[GuidePhase, ...]
    love: tuple[str, ...] = ()
    miss: tuple[str, ...] = ()
    challenges: tuple[str, ...] = ()
    start_now: tuple[StartNow, ...] = ()
    faq: tuple[FaqEntry, ...] = ()
    salary: SalaryFacts | None = None
    closing: str = ""


# --- The public API ---------------------------------------------------------------------


def looks_like_guide(text: str) -> bool:
    """True for a text of the family: its title line, or three of its section headings."""
    lines = [line.strip() for line in text.removeprefix("\ufeff").splitlines() if line.strip()]
    if lines and _TITLE.fullmatch(lines[0]):
        return True
    keys = {_key(line) for line in lines}
    return sum(_key(heading) in keys for heading in HEADINGS) >= 3


def parse_guide(text: str, *, source: str) -> Guide:
    """Everything the guide says, verbatim, or a GuideError naming the line at fault."""
    try:
        return _parse(_lines(text), source)
    except _Unreadable as problem:
        raise GuideError(source, problem.line, problem.found, problem.expected) from None


def build_roadmap(guide: Guide, *, hours_per_week: float = 8.0) -> dict[str, Any]:
    """The roadmap as plain TOML data: the guide's facts plus a generated weekly plan."""
    from fashioncoach.store.guide_plan import plan_roadmap  # it imports this module's types

    return plan_roadmap(guide, hours_per_week=hours_per_week)


def to_toml(data: dict[str, Any], *, source_name: str) -> str:
    """TOML text for ``data`` under a short header saying where it came from."""
    import tomli_w

    name = " ".join(source_name.split()) or "a plain-text guide"
    header = (
        f"# Generated by `fashioncoach roadmap import` from the guide {name}.\n"
        "# Every fact of the guide is kept verbatim. The weekly actions are generated:\n"
        "# each carries `draft = true` until you refine it (then delete that line).\n"
        "# Check the file with: fashioncoach roadmap validate FILE\n\n"
    )
    return header + tomli_w.dumps(data)


def default_file_name(guide: Guide) -> str:
    """A file name from the roles, e.g. ``teacher-to-ux-designer.toml``."""
    return f"{kebab(f'{guide.from_role} to {guide.to_role}', limit=80)}.toml"


def kebab(text: str, *, limit: int = 50) -> str:
    """Kebab-case ASCII for an id, cut at a word boundary to at most ``limit`` characters."""
    import unicodedata

    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.replace("&", " and ").lower())
    result = ""
    for word in words:
        candidate = f"{result}-{word}" if result else word
        if len(candidate) > limit:
            break
        result = candidate
    return result or (words[0][:limit] if words else "item")


# --- Lines and sections -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Line:
    number: int
    text: str


@dataclass(frozen=True, slots=True)
class _Section:
    heading: _Line
    lines: list[_Line]
    after: _Line | None  # the next section's heading, None at the end of the guide


def _lines(text: str) -> list[_Line]:
    """The non-blank lines, stripped, with their 1-based numbers (BOM and CRLF tolerated)."""
    rows = text.removeprefix("\ufeff").splitlines()
    return [_Line(number, row.strip()) for number, row in enumerate(rows, 1) if row.strip()]


def _key(text: str) -> str:
    """How headings compare: curly quotes, spacing, case and a trailing colon ignored."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").strip().rstrip(":").strip()
    return " ".join(text.split()).casefold()


def _quote(text: str) -> str:
    return f'"{text}"' if len(text) <= 60 else f'"{text[:57].rstrip()}..."'


def _following(section: _Section) -> str:
    return _quote(section.after.text) if section.after else "the end of the guide"


def _split_sections(lines: list[_Line]) -> dict[str, _Section]:
    by_key = {_key(heading): heading for heading in HEADINGS}
    found: list[tuple[str, _Line, list[_Line]]] = []
    for line in lines[1:]:
        heading = by_key.get(_key(line.text))
        if heading is None:
            if not found:
                raise _Unreadable(
                    line.number,
                    f"{_quote(line.text)} comes before any section heading",
                    f'the heading "{OVERVIEW}"',
                )
            found[-1][2].append(line)
            continue
        first = next((seen for name, seen, _ in found if name == heading), None)
        if first is not None:
            raise _Unreadable(
                line.number,
                f"a second {_quote(line.text)} heading (the first is on line {first.number})",
                "each section heading once",
            )
        if found and HEADINGS.index(heading) < HEADINGS.index(found[-1][0]):
            raise _Unreadable(
                line.number,
                f"the heading {_quote(line.text)} after {_quote(found[-1][1].text)}",
                "the sections in the family's order: " + ", ".join(HEADINGS),
            )
        found.append((heading, line, []))
    sections: dict[str, _Section] = {}
    for index, (heading, line, content) in enumerate(found):
        after = found[index + 1][1] if index + 1 < len(found) else None
        sections[heading] = _Section(line, content, after)
    for heading in REQUIRED:
        if heading not in sections:
            _missing(heading, found, lines)
    return sections


def _missing(heading: str, found: list[tuple[str, _Line, list[_Line]]], lines: list[_Line]) -> None:
    later = [line for name, line, _ in found if HEADINGS.index(name) > HEADINGS.index(heading)]
    where, what = (later[0].number, _quote(later[0].text)) if later else (lines[-1].number, "")
    raise _Unreadable(
        where,
        f'no "{heading}" section before {what or "the end of the guide"}',
        f'the "{heading}" heading, then its content',
    )


# --- The parser -------------------------------------------------------------------------


def _parse(lines: list[_Line], source: str) -> Guide:
    if not lines:
        raise _Unreadable(1, "the guide is empty", f"a title line like {TITLE_EXAMPLE}")
    title = _TITLE.fullmatch(lines[0].text)
    if title is None:
        raise _Unreadable(
            lines[0].number,
            f"the first line {_quote(lines[0].text)}",
            f"a title like {TITLE_EXAMPLE}",
        )
    sections = _split_sections(lines)
    empty = _Section(lines[0], [], None)
    overview = sections[OVERVIEW]
    if not overview.lines:
        raise _Unreadable(
            overview.heading.number,
            f'"{OVERVIEW}" is followed by {_following(overview)}',
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
        intros=Intros(transferable_intro, skills_intro, phases_intro, reality_intro, start_intro),
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
        core.endswith((".", "!", "?", ";", ":")) or _QUOTED.search(core) or len(core.split()) > 8
    )


def _pairs(section: _Section, name: str, sentence: str) -> tuple[str, list[tuple[_Line, _Line]]]:
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
                raise _Unreadable(
                    first.number,
                    f"{_quote(first.text)} has no name line before it",
                    f"{name} before it",
                )
            third = lines[index + 2].text if index + 2 < len(lines) else ""
            if _is_name_like(second.text) and not _is_name_like(third):
                raise _Unreadable(
                    first.number,
                    f"{_quote(first.text)} is followed by {_quote(second.text)}",
                    sentence,
                )
        last = lines[-1]
        raise _Unreadable(
            last.number, f"{_quote(last.text)} is followed by {_following(section)}", sentence
        )
    return intro, [(lines[index], lines[index + 1]) for index in range(0, len(lines), 2)]


def _transferable(section: _Section) -> tuple[str, tuple[TransferableSkill, ...]]:
    intro, pairs = _pairs(
        section, "a skill name line", "a sentence saying how the skill applies, after its name"
    )
    return intro, tuple(TransferableSkill(name.text, applies.text) for name, applies in pairs)


def _skills(section: _Section) -> tuple[str, tuple[SkillToLearn, ...]]:
    intro, pairs = _pairs(
        section,
        "a skill name line",
        "an advice line after the skill's name, like \"Take 'Course' on Platform\"",
    )
    if not pairs:
        raise _Unreadable(
            section.heading.number,
            f'"{SKILLS}" is followed by {_following(section)}',
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


def _phases(section: _Section) -> tuple[str, tuple[GuidePhase, ...]]:
    """Each phase: a title line, a "N weeks- first goal" line, then "- goal" lines."""
    lines = section.lines
    intro = ""
    if lines and len(lines) > 1 and not _WEEKS.fullmatch(lines[1].text):
        intro, lines = lines[0].text, lines[1:]
    phases: list[tuple[_Line, int, list[str]]] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        bullet = _BULLET.fullmatch(line.text)
        if bullet or _WEEKS.fullmatch(line.text):
            if not phases or not bullet:
                raise _Unreadable(
                    line.number,
                    f"{_quote(line.text)} comes without a phase title before it",
                    'a phase title line, then a line like "4 weeks- first goal"',
                )
            phases[-1][2].append(bullet.group("text").strip())
            index += 1
            continue
        weeks = _WEEKS.fullmatch(lines[index + 1].text) if index + 1 < len(lines) else None
        if weeks is None:
            after = _quote(lines[index + 1].text) if index + 1 < len(lines) else _following(section)
            raise _Unreadable(
                line.number,
                f"{_quote(line.text)} is followed by {after}",
                'a line like "4 weeks- first goal"',
            )
        if int(weeks.group("count")) < 1:
            raise _Unreadable(lines[index + 1].number, "a phase of 0 weeks", "at least 1 week")
        first = (weeks.group("goal") or "").strip()
        nested = _BULLET.fullmatch(first)  # "4 weeks - - goal"
        first = nested.group("text") if nested else first
        phases.append((line, int(weeks.group("count")), [first] if first else []))
        index += 2
    if not phases:
        raise _Unreadable(
            section.heading.number,
            f'"{ROADMAP}" is followed by {_following(section)}',
            'phases: a title line, then a line like "4 weeks- first goal"',
        )
    for title, _, goals in phases:
        if not goals:
            raise _Unreadable(
                title.number, f"the phase {_quote(title.text)} has no goals", '"- goal" lines'
            )
    return intro, tuple(
        GuidePhase(title.text, weeks, tuple(goals)) for title, weeks, goals in phases
    )


def _reality_list(heading: str) -> str | None:
    """The reality check's list a sub-heading starts: love, miss or challenges."""
    return REALITY_LISTS.get(_key(heading))


def _horizon(heading: str) -> str | None:
    """Start-now lists keep their sub-heading ("This Week") as their name."""
    return heading if _horizon_week(heading) is not None else None


def _horizon_week(heading: str) -> int | None:
    """The plan week a start-now horizon is due: This Week 1, This Month 4, Next 90 Days 13."""
    key = _key(heading)
    fixed = {"today": 1, "this week": 1, "this month": 4, "this quarter": 13}
    if key in fixed:
        return fixed[key]
    match = re.fullmatch(r"(?:next|in the next|within)\s+(\d+)\s+(day|week|month)s?", key)
    if match is None:
        return None
    count, unit = int(match.group(1)), match.group(2)
    return max(1, -(-count // 7) if unit == "day" else count if unit == "week" else count * 13 // 3)


def _sublists(
    section: _Section, name_of: Callable[[str], str | None], what: str
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
            raise _Unreadable(
                line.number,
                f"{_quote(line.text)} under {_quote(section.heading.text)}",
                f'a known {what} line followed by "- item" lines',
            )
    return intro, lists


def _starts_a_list(lines: list[_Line], index: int) -> bool:
    following = lines[index + 1].text if index + 1 < len(lines) else ""
    return not _BULLET.fullmatch(lines[index].text) and bool(_BULLET.fullmatch(following))


def _faq(section: _Section) -> tuple[FaqEntry, ...]:
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


# --- Resources named in an advice line ----------------------------------------------------

_REPORTS = re.compile(
    r"(?:\b(?:follow|read|check|study|track|review|subscribe to|keep up with)\s+)?"
    r"(?P<qualifier>(?:[\w-]+\s+){0,3}?)reports?\s+(?:from|by|of)\s+(?:the\s+)?"
    rf"(?P<who>{NAME_PATTERN})"
)
_UNQUOTED = (
    (
        re.compile(
            rf"\b(?:experiment(?:ing)? with|use|using|try|practi[cs]e with|play with|"
            rf"install|download|set up)\s+(?:the\s+)?(?P<name>{NAME_PATTERN})"
        ),
        "tool",
    ),
    (re.compile(rf"\bread\s+(?P<name>{NAME_PATTERN})"), "book"),
    (re.compile(rf"\bjoin\s+(?:the\s+|a\s+)?(?P<name>{NAME_PATTERN})"), "community"),
)
_COURSE_NOUNS = re.compile(
    r"\b(?:courses?|class(?:es)?|bootcamps?|programs?|programmes?|certificates?|"
    r"certifications?|workshops?|tutorials?|MOOCs?)\b",
    re.IGNORECASE,
)
_LEAD_VERB = re.compile(
    r"^(?:take|enroll in|enrol in|explore|complete|study|try|consider|do|find|look into|"
    r"check out|sign up for|attend)\s+",
    re.IGNORECASE,
)
_QUOTED_KINDS = (
    (r"\bread\b|\bbook\b", "book"),
    (r"\bjoin\b", "community"),
    (r"\battend\b", "event"),
    (r"\b(?:use|experiment with|try|practi[cs]e with|play with|install|download)\b", "tool"),
    (r"\breports?\b", "report"),
    (r"\bpodcasts?\b", "other"),
    (r"\b(?:newsletters?|blogs?|websites?)\b", "website"),
)


def advice_resources(advice: str) -> tuple[GuideResource, ...]:
    """Every course, book, report, tool... an advice sentence names, in order."""
    quoted = [next(filter(None, match.groups())) for match in _QUOTED.finditer(advice)]
    parentheses: list[str] = re.findall(r"\([^)]*\)", advice)
    masked = _QUOTED.sub(
        lambda match: f"\x00{quoted.index(next(filter(None, match.groups())))}\x00", advice
    )
    masked = re.sub(
        r"\([^)]*\)", lambda match: f"\x01{parentheses.index(match.group())}\x01", masked
    )
    pieces = _SPLIT.split(masked)
    resources: list[GuideResource] = []
    connector, kind = "", "course"
    for index, piece in enumerate(pieces):
        if index % 2:  # a connector captured by _SPLIT (or None for a comma)
            connector = piece or ""
            continue
        clause = re.sub(r"\x00(\d+)\x00", lambda match: f"'{quoted[int(match.group(1))]}'", piece)
        clause = re.sub(r"\x01(\d+)\x01", lambda match: parentheses[int(match.group(1))], clause)
        found = _clause_resource(clause.strip().rstrip("."), kind)
        if found is not None:
            alternative = connector == "or" and bool(resources)
            resources.append(dataclasses.replace(found, alternative=alternative))
            kind = found.kind
    return tuple(resources)


def _clause_resource(clause: str, previous_kind: str) -> GuideResource | None:
    match = _QUOTED.search(clause)
    if match:
        title = next(filter(None, match.groups()))
        lead = clause[: match.start()].strip().lower()
        provider = _PROVIDER.match(clause[match.end() :])
        offered = _OFFERED.search(clause[match.end() :])
        kind = next(
            (kind for pattern, kind in _QUOTED_KINDS if re.search(pattern, lead)),
            previous_kind if not lead else "course",
        )
        return GuideResource(
            title,
            kind,
            provider.group("p") if provider else "",
            offered.group("by").strip() if offered else "",
            quoted=True,
        )
    report = _REPORTS.search(clause)
    if report:
        who = report.group("who")
        return GuideResource(f"{who} {report.group('qualifier')}reports".strip(), "report", who)
    for pattern, kind in _UNQUOTED:
        named = pattern.search(clause)
        if named:
            return GuideResource(named.group("name"), kind)
    if _COURSE_NOUNS.search(clause):
        title = _LEAD_VERB.sub("", clause)
        return GuideResource(title[:1].upper() + title[1:], "course")
    if previous_kind in ("report", "tool", "book") and re.fullmatch(NAME_PATTERN, clause):
        if previous_kind == "report":
            return GuideResource(f"{clause} reports", "report", clause)
        return GuideResource(clause, previous_kind)
    return None


# --- Salary figures in the FAQ answer ------------------------------------------------------

_SYMBOLS = {
    "US$": "USD", "AU$": "AUD", "A$": "AUD", "CA$": "CAD", "C$": "CAD", "NZ$": "NZD",
    "HK$": "HKD", "S$": "SGD", "R$": "BRL", "$": "USD", "£": "GBP", "€": "EUR",
    "¥": "JPY", "₹": "INR", "₩": "KRW", "₺": "TRY", "₪": "ILS", "₱": "PHP", "₦": "NGN",
}  # fmt: skip
_CURRENCY = r"(?:US\$|AU?\$|CA?\$|NZ\$|HK\$|S\$|R\$|[$£€¥₹₩₺₪₱₦]|\b[A-Z]{3}\b)"
_AMOUNT = rf"(?:{_CURRENCY}\s?)?\d[\d,.]*(?:\s?[kKmM]\b)?(?:\s?{_CURRENCY})?"
_MONEY_RANGE = re.compile(rf"(?P<low>{_AMOUNT})\s*(?:-|\u2013|\u2014|to)\s*(?P<high>{_AMOUNT})")
_UP = "increase|rise|raise|boost|bump|jump|gain"
_DOWN = "decrease|drop|cut|reduction|dip|fall|pay cut|salary cut"
_PERCENTS = r"(?P<low>\d+)\s*%?(?:\s*(?:-|\u2013|\u2014|to)\s*(?P<high>\d+))?\s*(?:%|percent)"
_CHANGE = (
    re.compile(
        rf"\b(?P<dir>{_UP}|{_DOWN})\s+(?:of\s+)?(?:about\s+|around\s+|roughly\s+)?{_PERCENTS}"
    ),
    re.compile(rf"{_PERCENTS}\s+(?P<dir>{_UP}|{_DOWN})\b"),
)
_NO_CHANGE = re.compile(r"\bno (?:significant |real )?(?:change|decrease|drop|cut)\b", re.I)
_YEARS = re.compile(
    r"\b(?:within|in)\s+(?P<low>\d+)(?:\s*(?:-|\u2013|\u2014|to)\s*(?P<high>\d+))?\s+years?"
)


def salary_facts(answer: str) -> SalaryFacts | None:
    """The figures of a salary answer, or None when it names no currency."""
    ranges: dict[str, tuple[int, int]] = {}
    currency = ""
    start = 0
    for match in _MONEY_RANGE.finditer(answer):
        code = _currency_of(match.group("low")) or _currency_of(match.group("high"))
        if not code:
            continue
        currency = currency or code
        context = answer[start : match.start()].lower()
        start = match.end()
        slot = next(
            (slot for words, slot in _SLOTS if any(word in context for word in words)), None
        )
        if slot is None or slot in ranges:
            slot = next((name for name in ("entry", "current", "senior") if name not in ranges), "")
        if slot:
            ranges[slot] = _ordered(*_amounts(match.group("low"), match.group("high")))
    if not currency:
        return None
    return SalaryFacts(
        currency,
        current=ranges.get("current"),
        entry=ranges.get("entry"),
        change_percent=_change(answer),
        senior=ranges.get("senior"),
        senior_within_years=_pair(_YEARS.search(answer)),
    )


_SLOTS = (
    (("current",), "current"),
    (("senior", "lead"), "senior"),
    (("entry", "start", "junior", "initial"), "entry"),
)


def _currency_of(amount: str) -> str:
    token = re.search(_CURRENCY, amount)
    return _SYMBOLS.get(token.group(), token.group()) if token else ""


def _amounts(low: str, high: str) -> tuple[int, int]:
    """Both ends as integers; "£45-55k" puts the thousands on both."""
    low_value, low_scaled = _amount(low)
    high_value, high_scaled = _amount(high)
    if high_scaled and not low_scaled and low_value < 1000 <= high_value:
        low_value *= high_value // max(1, _amount(re.sub(r"[kKmM]\b", "", high))[0])
    return low_value, high_value


def _amount(text: str) -> tuple[int, bool]:
    """An amount as an integer, and whether it carried a k or m suffix."""
    number = re.search(r"\d[\d,.]*", text)
    digits = number.group().rstrip(".,") if number else "0"
    suffix = re.search(r"\d\s?([kKmM])\b", text)
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", digits):  # "48.000": dots group the thousands
        digits = digits.replace(".", "")
    value = float(digits.replace(",", ""))
    if suffix:
        value *= 1000 if suffix.group(1) in "kK" else 1_000_000
    return round(value), suffix is not None


def _change(answer: str) -> tuple[int, int] | None:
    for pattern in _CHANGE:
        match = pattern.search(answer)
        if match:
            low, high = _pair(match) or (0, 0)
            down = re.fullmatch(_DOWN, match.group("dir")) is not None
            return (-high, -low) if down else (low, high)
    return (0, 0) if _NO_CHANGE.search(answer) else None


def _pair(match: re.Match[str] | None) -> tuple[int, int] | None:
    if match is None:
        return None
    low = int(match.group("low"))
    high = int(match.group("high")) if match.group("high") else low
    return _ordered(low, high)


def _ordered(low: int, high: int) -> tuple[int, int]:
    return (low, high) if low <= high else (high, low)
