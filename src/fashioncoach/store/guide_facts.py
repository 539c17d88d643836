"""What a guide's sentences name: the courses, books, reports and tools of an advice
line, the tools of a phase goal, and the salary figures of an FAQ answer.
"""

from __future__ import annotations

import dataclasses
import re

from fashioncoach.store.guide_model import GuideResource, SalaryFacts

_NAME_PATTERN = r"[A-Z][\w.+#&/-]*(?:\s+[A-Z0-9][\w.+#&/-]*)*"
QUOTED = re.compile(
    r"""(?<!\w)(?:'(.+?)'|\u2018(.+?)\u2019|"(.+?)"|\u201c(.+?)\u201d)(?=[\s.,;:!?)]|$)"""
)


# --- Resources named in an advice line ----------------------------------------------------

_PROVIDER = re.compile(
    r"\s*(?:on|at|via|through|from)\s+(?P<p>(?=\S*[A-Z])[A-Za-z][\w.+&-]*(?:\s+[A-Z][\w.+&-]*)*)"
)
_OFFERED = re.compile(r"\((?:offered|taught|run|created|provided) by\s+(?P<by>[^)]+)\)", re.I)
_SPLIT = re.compile(r"\s*;\s*|,?\s+\b(and|or|then|plus)\b\s+|,\s+")
_REPORTS = re.compile(
    r"(?:\b(?:follow|read|check|study|track|review|subscribe to|keep up with)\s+)?"
    r"(?P<qualifier>(?:[\w-]+\s+){0,3}?)reports?\s+(?:from|by|of)\s+(?:the\s+)?"
    rf"(?P<who>{_NAME_PATTERN})"
)
_UNQUOTED = (
    (
        re.compile(
            rf"\b(?:experiment(?:ing)? with|use|using|try|practi[cs]e with|play with|"
            rf"install|download|set up)\s+(?:the\s+)?(?P<name>{_NAME_PATTERN})"
        ),
        "tool",
    ),
    (re.compile(rf"\bread\s+(?P<name>{_NAME_PATTERN})"), "book"),
    (re.compile(rf"\bjoin\s+(?:the\s+|a\s+)?(?P<name>{_NAME_PATTERN})"), "community"),
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
    quoted = [next(filter(None, match.groups())) for match in QUOTED.finditer(advice)]
    parentheses: list[str] = re.findall(r"\([^)]*\)", advice)
    masked = QUOTED.sub(
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
    match = QUOTED.search(clause)
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
    if previous_kind in ("report", "tool", "book") and re.fullmatch(_NAME_PATTERN, clause):
        if previous_kind == "report":
            return GuideResource(f"{clause} reports", "report", clause)
        return GuideResource(clause, previous_kind)
    return None


# --- Tools named in a phase goal ---------------------------------------------------------

_TOOLS = re.compile(
    rf"\btools?\s+(?:like|such as)\s+(?P<names>{_NAME_PATTERN}"
    rf"(?:\s*,\s*{_NAME_PATTERN})*(?:,?\s+(?:or|and)\s+{_NAME_PATTERN})?)"
    rf"|\busing\s+(?P<name>{_NAME_PATTERN})"
)


def goal_tools(goal: str) -> list[str]:
    """Tools a goal names: "tools like Trendalytics or EDITED", "using TensorFlow"."""
    tools: list[str] = []
    for match in _TOOLS.finditer(goal):
        names = match.group("names") or match.group("name")
        tools += [name for name in re.split(r"\s*,\s*|\s+(?:or|and)\s+", names) if name]
    return tools


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
