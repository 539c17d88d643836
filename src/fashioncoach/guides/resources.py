"""The courses, exams, books, tools, communities, events, videos and reports a guide's
sentence names, each with its kind and its provider as the guide names it ("on
Platform", "offered by X", "from X", "X's", "by Author").

Nothing is invented: a title is the guide's quoted title or its own words, a provider
is a name the sentence gives, and no resource has a URL.
"""

from __future__ import annotations

import re

from fashioncoach.guides.types import GuideResource
from fashioncoach.model.record import replace

# A name: capitalised words (digits allowed: "CLO 3D"), joined by blanks, or by "of",
# "for", "and", "the", "de" or "&" between two capitalised words. The connectors are
# lower case and the words are not, so matching never backtracks far.
_WORD = r"(?:[A-Z0-9]|[a-z]{1,3}[A-Z])[\w.+#&'/-]*"  # "Coursera", "3D", "edX", "iMovie"
NAME = rf"{_WORD}(?:\s+(?:(?:of|for|and|the|de|&)\s+)?{_WORD})*"
QUOTED = re.compile(
    r"""(?<!\w)(?:'([^']+?(?:'s\b[^']*?)*)'|\u2018(.+?)\u2019|"([^"]+?)"|\u201c(.+?)\u201d)"""
    r"""(?=[\s.,;:!?)]|$)"""
)
# Only this much of one sentence is searched for resources: a sentence longer than a
# page names no more of them, and the search stays linear in the guide's size.
_SCAN = 1200

COURSE_PLATFORMS = frozenset(
    """coursera edx udemy udacity skillshare futurelearn pluralsight datacamp codecademy
    domestika masterclass alison openlearn khan-academy linkedin-learning google-
    digital-garage class-central simplilearn""".split()  # noqa: SIM905
)
VIDEO_PLATFORMS = frozenset(["youtube", "vimeo"])
COMMUNITY_PLATFORMS = frozenset(["slack", "discord", "reddit"])

# Words that say what a thing is, when they follow its title ("the 'X' course") or
# stand in it ("'HACCP Certification Training'"), strongest first.
_KIND_WORDS = (
    ("video", r"video series|videos?|youtube series|series|playlist|channel"),
    ("exam", r"exams?|examination|certification exam|credential exam"),
    ("course", r"courses?|class(?:es)?|bootcamp|programm?e?s?|specialization|specialisation|"
               r"nanodegree|training|certificate|micro-?credential|mooc|workshop|module"),
    ("exam", r"certification"),
    ("book", r"books?|handbook|textbook|e-?book|novel"),
    ("report", r"reports?|index|barometer|outlook|yearbook|white ?papers?|survey results|"
               r"guidelines?|guidance|standards?|papers?|documents?|pdfs?|regulations?"),
    ("website", r"newsletters?|blogs?|websites?|site|magazine|journal"),
    ("other", r"podcasts?"),
    ("event", r"conference|summit|expo|festival|convention|trade show|fair|meetups?|"
              r"webinars?|hackathon|week"),
    ("community", r"community|society|association|network|group|forum|guild|club|"
                  r"chapter|council|circle"),
    ("dataset", r"datasets?|data ?sets?"),
    ("tool", r"software|app|tool|platform|plugin|plug-in|library|framework"),
)  # fmt: skip
# The words in a title that say its kind ("... Certification Training" is a course).
_TITLE_KINDS = [
    (kind, re.compile(rf"\b(?:{words})\b", re.IGNORECASE))
    for kind, words in (
        ("course", r"courses?|class|bootcamp|specialization|specialisation|nanodegree|training|"
                   r"professional certificate|certificate program|mooc|101"),
        ("exam", r"exam|examination|certification"),
        ("book", r"handbook|textbook"),
        ("report", r"report|index|barometer|outlook|yearbook|standard|guideline|guidance"),
        ("other", r"podcast"),
        ("dataset", r"dataset|data set"),
        ("event", r"conference|summit|expo|festival|convention|hackathon"),
    )
]  # fmt: skip
_KIND_AFTER = [
    (kind, re.compile(rf"^\s*(?:{words})\b", re.IGNORECASE)) for kind, words in _KIND_WORDS
]
_KIND_IN = [(kind, re.compile(rf"\b(?:{words})\b", re.IGNORECASE)) for kind, words in _KIND_WORDS]
_KIND_BEFORE = [
    (kind, re.compile(rf"\b(?:{words})\s*$", re.IGNORECASE)) for kind, words in _KIND_WORDS
]
# What the verb before a title asks for.
_LEAD_KINDS = (
    ("video", r"watch(?:ing)?"),
    ("book", r"read(?:ing)?|order(?: a copy of)?|borrow"),
    ("community", r"join(?:ing)?|become a member of|sign up to"),
    ("event", r"attend(?:ing)?|go to|visit"),
    ("exam", r"sit|pass|prepare for|get certified in|earn|book"),
    ("tool", r"use|using|experiment(?:ing)? with|try|install|download|set up|"
             r"practi[cs]e (?:with|in)|play with|learn to use|get started with"),
    ("report", r"follow|subscribe to|keep up with|track|monitor"),
    ("other", r"listen(?:ing)? to"),
    ("course", r"take|enrol+(?:ing)? in|complete|study|do|sign up for|register for|audit|"
               r"finish|explore|consider|check out|look into|work through|start"),
)  # fmt: skip
_LEAD = [(kind, re.compile(rf"\b(?:{words})\b", re.IGNORECASE)) for kind, words in _LEAD_KINDS]

_PROVIDER = re.compile(
    rf"^[\s,]*(?:\w+\s+){{0,2}}?(?:on|at|via|through|from)\s+(?:the\s+)?(?P<p>{NAME})"
)
_BY = re.compile(
    r"\(?\s*(?:offered|taught|run|created|provided|hosted|published|organi[sz]ed|developed|"
    r"written|made)\s+by\s+(?:the\s+)?(?P<by>[^()]+?)\s*(?:\)|$)",
    re.IGNORECASE,
)
_AUTHOR = re.compile(rf"^\s*by\s+(?P<by>{NAME})")
_POSSESSIVE = re.compile(rf"(?P<who>{NAME})['\u2019]s\s+(?:(?:free|official|online)\s+)*$")
# "and" between two capitalised words joins one name when the words after it end in a
# word like these: "Continuing and Professional Education".
_INSTITUTION = re.compile(
    r"(?:Education|Studies|University|College|School|Institute|Sciences?|Design|"
    r"Technology|Technologies|Cent(?:er|re)|Network|Society|Association|Council|"
    r"Foundation|Arts|Engineering|Management|Development|Research|Health|Medicine|"
    r"Learning|Training|Affairs|Services|Practice)$"
)
_SEPARATOR = re.compile(r"\s*;\s*|,?\s+(?P<word>and|or|then|plus)\s+|,\s+")
_REPORTS = re.compile(
    r"(?:\b(?i:follow|read|check|study|track|review|subscribe to|keep up with)\s+)?"
    r"(?P<qualifier>(?:[\w-]+\s+){0,3}?)(?i:reports?)\s+(?:from|by|of)\s+(?:the\s+)?"
    rf"(?P<who>{NAME})"
)
# The verbs in any case ("Experiment with X" opens a sentence), the names as written.
_UNQUOTED = (
    (re.compile(rf"\b(?i:watch)\s+(?P<the>the\s+)?(?P<name>{NAME})"), "video"),
    (
        re.compile(
            rf"\b(?i:experiment(?:ing)? with|use|using|try|practi[cs]e with|play with|"
            rf"install|download|set up|learn to use|get started with)\s+(?P<the>the\s+)?"
            rf"(?P<name>{NAME})"
        ),
        "tool",
    ),
    (re.compile(rf"\b(?i:read)\s+(?P<the>the\s+)?(?P<name>{NAME})"), "book"),
    (re.compile(rf"\b(?i:join)\s+(?P<the>the\s+|a\s+)?(?P<name>{NAME})"), "community"),
    (re.compile(rf"\b(?i:attend)\s+(?P<the>the\s+)?(?P<name>{NAME})"), "event"),
)
_GENERIC = re.compile(
    r"\b(?:courses?|class(?:es)?|bootcamps?|programs?|programmes?|certificates?|"
    r"certifications?|workshops?|tutorials?|MOOCs?|videos?|meetups?|conferences?|"
    r"communit(?:y|ies)|societ(?:y|ies)|podcasts?|newsletters?|blogs?|datasets?|exams?)\b",
    re.IGNORECASE,
)
_LEAD_VERB = re.compile(
    r"^(?:take|enroll in|enrol in|explore|complete|study|try|consider|do|find|look into|"
    r"check out|sign up for|attend|follow|watch|join|read|listen to|sit|pass|use|"
    r"practi[cs]e (?:with|on)|work with|download|browse|subscribe to)\s+",
    re.IGNORECASE,
)


def _key(name: str) -> str:
    return "-".join(name.lower().split())


def advice_resources(advice: str) -> tuple[GuideResource, ...]:
    """Every resource a sentence names, in order; one named after "or" is marked as the
    alternative of the one before."""
    text = advice[:_SCAN]
    quoted: list[str] = []

    def hide(match: re.Match[str]) -> str:
        quoted.append(next(filter(None, match.groups())))
        return f"\x00{len(quoted) - 1}\x00"

    masked_text = QUOTED.sub(hide, text)
    parentheses: list[str] = re.findall(r"\([^()]*\)", masked_text)
    for index, group in enumerate(parentheses):
        masked_text = masked_text.replace(group, f"\x01{index}\x01", 1)
    resources: list[GuideResource] = []
    kind = "course"
    for clause, joined_by in _clauses(masked_text):
        restored = re.sub(r"\x01(\d+)\x01", lambda m: parentheses[int(m.group(1))], clause)
        found = _clause_resource(restored.strip().rstrip("."), quoted, kind)
        if found is not None:
            alternative = joined_by == "or" and bool(resources)
            resources.append(replace(found, alternative=alternative))
            kind = found.kind
    return tuple(resources)


def _clauses(text: str) -> list[tuple[str, str | None]]:
    """The sentence cut at ";", "," and "and/or/then/plus", each piece with the word
    that joined it to the one before; never inside a name such as "UC Davis Continuing
    and Professional Education"."""
    pieces: list[tuple[str, str | None]] = []
    start, joined = 0, None
    for match in _SEPARATOR.finditer(text):
        word = match.group("word")
        if word in ("and", "&") and _inside_name(text, match):
            continue
        pieces.append((text[start : match.start()], joined))
        start, joined = match.end(), word or ""
    pieces.append((text[start:], joined))
    return pieces


def _inside_name(text: str, match: re.Match[str]) -> bool:
    before = text[: match.start()].rsplit(None, 1)
    after = re.match(rf"{NAME}", text[match.end() :])
    return bool(
        before and before[-1][:1].isupper() and after and _INSTITUTION.search(after.group())
    )


def _clause_resource(clause: str, quoted: list[str], previous_kind: str) -> GuideResource | None:
    marker = re.search(r"\x00(\d+)\x00", clause)
    if marker:
        return _quoted_resource(clause, marker, quoted[int(marker.group(1))], previous_kind)
    clause = re.sub(r"\x00(\d+)\x00", lambda m: quoted[int(m.group(1))], clause)
    report = _REPORTS.search(clause)
    if report:
        who = report.group("who")
        return GuideResource(f"{who} {report.group('qualifier')}reports".strip(), "report", who)
    for pattern, kind in _UNQUOTED:
        named = pattern.search(clause)
        if named:
            name = named.group("name")
            after = clause[named.end() :]
            own = next((kind for kind, pattern in _TITLE_KINDS if pattern.search(name)), "")
            kind = _kind_after(after) or own or kind
            said = f"the {name}" if named.group("the") and kind != "tool" else ""
            return GuideResource(name, kind, _provider(after), said=said)
    generic = _GENERIC.search(clause)
    if generic:
        body = clause
        provider = ""
        on = re.search(rf"\s+(?:on|from|at)\s+(?:the\s+)?(?P<p>{NAME})\s*$", body)
        if on:
            provider, body = on.group("p"), body[: on.start()]
        body = _LEAD_VERB.sub("", body).strip()
        kind = _kind_in(body) or "course"
        kind = _platform_kind(provider, kind)
        title = re.sub(r"^(?:the|a|an)\s+", "", body, flags=re.IGNORECASE)
        if not title:
            return None
        return GuideResource(
            title[:1].upper() + title[1:], kind, provider, said=body, description=True
        )
    if previous_kind in ("report", "tool", "book") and re.fullmatch(NAME, clause):
        if previous_kind == "report":
            return GuideResource(f"{clause} reports", "report", clause)
        return GuideResource(clause, previous_kind)
    return None


def _quoted_resource(
    clause: str, marker: re.Match[str], title: str, previous_kind: str
) -> GuideResource:
    lead = clause[: marker.start()]
    after = re.sub(r"\x00\d+\x00", "", clause[marker.end() :])
    provider = _provider(after)
    offered = _BY.search(after)
    offered_by = offered.group("by").strip() if offered else ""
    possessive = _POSSESSIVE.search(lead)
    owner = possessive.group("who") if possessive else ""
    first, _, rest = owner.partition(" ")
    if rest and _LEAD_VERB.match(f"{first} "):  # "Take NIDA's 'X'": the verb is no name
        owner = rest
    if owner and not provider:
        provider = owner
    elif owner and not offered_by:
        offered_by = owner
    kind = (
        _kind_after(after)
        or _kind_before(lead)
        or _kind_in(" ".join(re.findall(r"\([^()]*\)", after)))
        or _platform_kind(provider, "")
        or next((kind for kind, pattern in _TITLE_KINDS if pattern.search(title)), "")
        or _lead_kind(lead)
        or (previous_kind if not lead.strip() else "course")
    )
    kind = _platform_kind(provider, kind)
    if kind == "book" and not offered_by:
        author = _AUTHOR.match(after)
        offered_by = author.group("by") if author else ""
    return GuideResource(title, kind, provider, offered_by, quoted=True)


_IN_PARENTHESES = re.compile(rf"^\s*\(\s*(?:on\s+|from\s+)?(?P<p>{NAME})\s*\)")


def _provider(after: str) -> str:
    """The provider right after a title: "on Coursera", "from the NIDA Clinical Trials
    Network", "(Coursera)"; a kind word may come between ("course from ...")."""
    match = _PROVIDER.match(after) or _IN_PARENTHESES.match(after)
    if match is None:
        return ""
    name = match.group("p")
    return "" if name.lower() in _NO_PROVIDER else name


# Words a provider's place may hold that name no provider: "(Free)", "at home".
_NO_PROVIDER = frozenset(
    """home night work free paid optional online recommended beginner beginners advanced
    intermediate book course audit""".split()  # noqa: SIM905
)


def kind_words(text: str) -> set[str]:
    """The kinds whose words a text uses ("the NIDA course" says course)."""
    return {kind for kind, pattern in _KIND_IN if pattern.search(text[:_SCAN])}


def _kind_after(after: str) -> str:
    return next((kind for kind, pattern in _KIND_AFTER if pattern.match(after)), "")


def _kind_before(lead: str) -> str:
    lead = re.sub(r"\b(?:the|a|an|free|official|online)\s*$", "", lead.strip()).strip()
    return next((kind for kind, pattern in _KIND_BEFORE if pattern.search(lead)), "")


def _kind_in(text: str) -> str:
    return next((kind for kind, pattern in _KIND_IN if pattern.search(text)), "")


def _lead_kind(lead: str) -> str:
    words = lead.lower()
    found = [(match.start(), kind) for kind, pattern in _LEAD if (match := pattern.search(words))]
    return max(found)[1] if found else ""


def _platform_kind(provider: str, kind: str) -> str:
    """A course platform hosts courses, a video platform videos, whatever the verb."""
    key = _key(provider)
    if key in COURSE_PLATFORMS and kind in ("", "tool", "other", "report", "website", "video"):
        return "course"
    if key in VIDEO_PLATFORMS and kind in ("", "course", "tool", "other"):
        return "video"
    if key in COMMUNITY_PLATFORMS and kind in ("", "tool", "other"):
        return "community"
    return kind


def named_tools(text: str) -> list[tuple[list[str], bool]]:
    """Tools a goal names, each a choice of one or more: "tools like Trendalytics or
    EDITED" is one choice of two, "using TensorFlow" one tool. The flag says whether the
    words make it a tool of its own ("using X", "with X", "tools like X"); "in X" ("in
    Python") only names one the guide lists elsewhere."""
    found: list[tuple[list[str], bool]] = []
    for match in _TOOLS.finditer(text[:_SCAN]):
        if match.group("names"):
            names = re.split(r"\s*,\s*|,?\s+(?:or|and)\s+", match.group("names"))
            found.append(([name for name in names if name], True))
        else:
            found.append(([match.group("name")], match.group("how") != "in"))
    return found


_TOOLS = re.compile(
    rf"\btools?\s+(?:like|such as)\s+(?P<names>{NAME}(?:\s*,\s*{NAME})*(?:,?\s+or\s+{NAME})?)"
    rf"|\b(?P<how>using|with|in)\s+(?P<name>(?!(?:AI|A|An|The)\b)[A-Z][\w.+#-]*"
    rf"(?:\s+[A-Z0-9][\w.+#-]*)?)"
)
