"""The salary figures of a guide's FAQ answer, as the guide wrote them: the current,
entry-level and senior ranges, the change in pay on moving, and the years to senior.

Each range goes to the role its own words name: the nearest "current", "entry",
"junior", "starting" or "senior" before it, else the first one after it (so "your
current $60,000-$75,000 versus $55,000-$70,000 for junior analysts" reads both ways).
"""

from __future__ import annotations

import re

from fashioncoach.guides.types import SalaryFacts

_SYMBOLS = {
    "US$": "USD", "AU$": "AUD", "A$": "AUD", "CA$": "CAD", "C$": "CAD", "NZ$": "NZD",
    "HK$": "HKD", "S$": "SGD", "R$": "BRL", "$": "USD", "£": "GBP", "€": "EUR",
    "¥": "JPY", "₹": "INR", "₩": "KRW", "₺": "TRY", "₪": "ILS", "₱": "PHP", "₦": "NGN",
    "Rs": "INR", "Rs.": "INR",
}  # fmt: skip
_CODES = (
    "USD GBP EUR CHF CAD AUD NZD JPY CNY INR SGD HKD SEK NOK DKK PLN CZK HUF BRL MXN ZAR "
    "AED SAR KRW TRY ILS PHP NGN KES EGP THB MYR IDR VND PKR BDT CLP COP ARS PEN RON"
)
_CURRENCY = (
    r"(?:US\$|AU?\$|CA?\$|NZ\$|HK\$|S\$|R\$|[$£€¥₹₩₺₪₱₦]|\bRs\.?|"
    rf"\b(?:{_CODES.replace(' ', '|')})\b)"
)
_NUMBER = r"\d{1,3}(?:[,.\u202f\u00a0 ]\d{2,3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE_WORDS = r"[kKmM]|lakhs?|lacs?|crores?|million|thousand"
_SCALE = rf"(?:\s?(?:{_SCALE_WORDS})\b)"
_AMOUNT = rf"(?:{_CURRENCY}\s?)?(?:{_NUMBER}){_SCALE}?(?:\s?{_CURRENCY})?"
# A range ("$60,000-$80,000", "£45k to £55k") or one figure ("your current $60,000").
_MONEY = re.compile(rf"(?P<low>{_AMOUNT})(?:\s*(?:-|\u2013|\u2014|to)\s*(?P<high>{_AMOUNT}))?")
_BETWEEN = re.compile(rf"\bbetween\s+({_AMOUNT})\s+and\s+({_AMOUNT})", re.IGNORECASE)
_UP = r"increase|rise|raise|boost|bump|jump|gain|pay rise|salary rise|pay increase"
_DOWN = r"decrease|drop|cut|reduction|dip|fall|pay cut|salary cut|decline|loss"
_PERCENTS = (
    r"(?P<low>\d+)\s*%?(?:\s*(?:-|\u2013|\u2014|to)\s*(?P<high>\d+))?\s*(?:%|percent|per cent)"
)
_CHANGE = (
    re.compile(
        rf"\b(?P<dir>{_UP}|{_DOWN})\s+(?:of\s+)?(?:about\s+|around\s+|roughly\s+|up to\s+)?"
        rf"{_PERCENTS}",
        re.IGNORECASE,
    ),
    re.compile(rf"{_PERCENTS}\s+(?:(?:pay|salary|income)\s+)?(?P<dir>{_UP}|{_DOWN})\b", re.I),
    re.compile(rf"{_PERCENTS}\s+(?P<dir>less|lower|more|higher)\b", re.IGNORECASE),
)
_NO_CHANGE = re.compile(
    r"\bno (?:significant |real |big )?(?:change|decrease|drop|cut|pay cut)\b|"
    r"\b(?:about|roughly|much) the same\b|\bsimilar (?:pay|salar(?:y|ies))\b|"
    r"\bon par with\b",
    re.IGNORECASE,
)
_YEARS = re.compile(
    r"\b(?:within|in|after)\s+(?P<low>\d+)(?:\s*(?:-|\u2013|\u2014|to)\s*(?P<high>\d+))?"
    r"\s+years?",
    re.IGNORECASE,
)
# The words that name whose range it is, and how near each is to the range.
_SLOT_WORDS = re.compile(
    r"\b(?P<current>current(?:ly)?|now earn|you earn now|today's)\b"
    r"|\b(?P<senior>senior|lead|principal|experienced|mid-career|later)\b"
    r"|\b(?P<entry>entry|entry-level|junior|starting|start|initial|first|new|graduate)\b",
    re.IGNORECASE,
)
# Only this much of an answer is read for figures.
_SCAN = 4000


def salary_facts(answer: str) -> SalaryFacts | None:
    """The figures of a salary answer, or None when it names no currency."""
    # "between $50,000 and $60,000" is a range like "$50,000-$60,000".
    text = _BETWEEN.sub(r"\1-\2", answer[:_SCAN])
    matches = [
        match
        for match in _MONEY.finditer(text)
        if _currency_of(match.group("low")) or _currency_of(match.group("high") or "")
    ]
    if not matches:
        return None
    currency = _currency_of(matches[0].group("low")) or _currency_of(matches[0].group("high"))
    ranges: dict[str, tuple[int, int]] = {}
    for index, match in enumerate(matches):
        start = matches[index - 1].end() if index else 0
        end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        before = list(_SLOT_WORDS.finditer(text, start, match.start()))
        after = list(_SLOT_WORDS.finditer(text, match.end(), end))
        # The nearest word before the range; else the first after it, in its sentence.
        after = [found for found in after if "." not in text[match.end() : found.start()]]
        named = before[-1] if before else after[0] if after else None
        slot = named.lastgroup if named is not None else None
        if slot is None or slot in ranges:
            slot = next((name for name in ("entry", "current", "senior") if name not in ranges), "")
        if slot:
            high = match.group("high") or match.group("low")
            ranges[slot] = _ordered(*_amounts(match.group("low"), high))
    return SalaryFacts(
        currency,
        current=ranges.get("current"),
        entry=ranges.get("entry"),
        change_percent=_change(text),
        senior=ranges.get("senior"),
        senior_within_years=_pair(_YEARS.search(text)),
    )


def _currency_of(amount: str) -> str:
    token = re.search(_CURRENCY, amount)
    return _SYMBOLS.get(token.group(), token.group()) if token else ""


def _amounts(low: str, high: str) -> tuple[int, int]:
    """Both ends as integers; "£45-55k" puts the thousands on both."""
    low_value, low_scale = _amount(low)
    high_value, high_scale = _amount(high)
    if high_scale > 1 and low_scale == 1 and low_value * high_scale <= high_value * 10:
        low_value *= high_scale
    return low_value, high_value


def _amount(text: str) -> tuple[int, int]:
    """An amount as an integer, and the scale its suffix gave (1 for none)."""
    number = re.search(_NUMBER, text)
    digits = number.group() if number else "0"
    digits = re.sub(r"[\u202f\u00a0 ]", ",", digits)
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", digits):  # "48.000": dots group the thousands
        digits = digits.replace(".", "")
    value = float(digits.replace(",", ""))
    suffix = re.search(rf"\d\s?({_SCALE_WORDS})\b", text)
    scale = 1
    if suffix:
        word = suffix.group(1).lower()
        scale = {"k": 1000, "thousand": 1000, "m": 1_000_000, "million": 1_000_000}.get(
            word, 10_000_000 if word.startswith("crore") else 100_000
        )
    return round(value * scale), scale


def _change(answer: str) -> tuple[int, int] | None:
    for pattern in _CHANGE:
        match = pattern.search(answer)
        if match:
            low, high = _pair(match) or (0, 0)
            word = match.group("dir").lower()
            down = word in ("less", "lower") or re.fullmatch(_DOWN, word) is not None
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
