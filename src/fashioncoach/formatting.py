"""Words and numbers as every output shows them: terminal, Markdown, HTML and JSON.

No Rich here, so ``--json`` and the Markdown and HTML reports do not pay for it.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fashioncoach.coach import ReportView
    from fashioncoach.domain import Salary


# C0 controls but tab and newline, DEL, C1 controls, and the lone surrogates that
# undecodable bytes become: what a terminal would act on or cannot print.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def _visible(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if code < 0x20:
        return "^" + chr(code + 0x40)  # ESC -> ^[, as `cat -v` shows it
    if code == 0x7F:
        return "^?"
    if code <= 0x9F:
        return f"<{code:02X}>"
    return "\ufffd"  # a byte that was not UTF-8


def printable(text: str) -> str:
    """``text`` made safe to show: control characters become visible marks (ESC is ``^[``).

    Everything that reaches a terminal, a Markdown or HTML page or a calendar goes
    through here, so a note, a custom roadmap or an imported file can neither send
    escape sequences (retitle the window, clear the screen, plant a link) nor
    break out of the text it sits in. Tab and newline are kept: they are layout.
    """
    if _UNSAFE.search(text) is None:
        return text
    return _UNSAFE.sub(_visible, text)


def to_json(view: Any) -> str:
    """The JSON form of any view: the same facts the terminal shows."""
    import json

    data = (
        dataclasses.asdict(view)
        if dataclasses.is_dataclass(view) and not isinstance(view, type)
        else view
    )

    def encode(value: object) -> object:
        if isinstance(value, date):
            return value.isoformat()
        # Roadmap parts inside a plain dict (skills, reality): asdict reaches nested ones.
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            return dataclasses.asdict(value)
        raise TypeError(f"cannot encode {type(value).__name__}")

    text = json.dumps(data, indent=2, default=encode, ensure_ascii=False)
    # json escapes C0 controls itself; C1 controls and lone surrogates it leaves raw.
    return _UNSAFE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


def hours(value: float) -> str:
    return f"{value:g} h"


def day(value: date) -> str:
    """``Wed 25 Nov 2026``: unambiguous in every locale."""
    return f"{value:%a} {value.day} {value:%b %Y}"


def plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def percent(done: float, total: float) -> str:
    return f"{(100 * done / total) if total else 0:.0f}%"


def bar(done: float, total: float, width: int, full: str = "#", empty: str = ".") -> str:
    filled = 0 if total <= 0 else round(width * min(done, total) / total)
    return full * filled + empty * (width - filled)


def status_line(view: ReportView) -> str:
    """ "on track", "5 days behind", "1 day ahead"..."""
    if view.status == "behind":
        return f"{plural(view.days_behind, 'day')} behind"
    if view.status == "ahead":
        return f"{plural(-view.days_behind, 'day')} ahead"
    return view.status


# Currencies written with a symbol before the figure, as their readers expect.
CURRENCY_SYMBOLS = {
    "USD": "$",
    "GBP": "£",
    "EUR": "€",
    "JPY": "¥",
    "CNY": "¥",
    "INR": "₹",
    "KRW": "₩",
    "NGN": "₦",
    "PHP": "₱",
    "ILS": "₪",
    "VND": "₫",
    "UAH": "₴",
    "TRY": "₺",
    "BRL": "R$",
    "CAD": "CA$",
    "AUD": "A$",
    "NZD": "NZ$",
    "HKD": "HK$",
    "SGD": "S$",
    "MXN": "MX$",
}


def money(value: int, currency: str) -> str:
    """``$60,000``, ``£52,000``, ``€48,000``; a currency without a symbol: ``52,000 CHF``."""
    symbol = CURRENCY_SYMBOLS.get(currency)
    return f"{symbol}{value:,}" if symbol else f"{value:,} {currency}"


def money_range(low: int | None, high: int | None, currency: str) -> str:
    if low is None or high is None:
        return ""
    if low == high:
        return money(low, currency)
    return f"{money(low, currency)}-{money(high, currency)}"


def salary_columns(salary: Salary) -> list[tuple[str, str]]:
    """The salary table's (header, cell) pairs, for the figures the guide gives."""
    columns = []
    for header, low, high in (
        ("Now", salary.current_min, salary.current_max),
        ("Entry role", salary.entry_min, salary.entry_max),
        ("Senior", salary.senior_min, salary.senior_max),
    ):
        cell = money_range(low, high, salary.currency)
        if not cell:
            continue
        years_low, years_high = salary.senior_within_years_min, salary.senior_within_years_max
        if header == "Senior" and years_low is not None and years_high is not None:
            span = f"{years_low}" if years_low == years_high else f"{years_low}-{years_high}"
            header += f", in {span} " + ("year" if span == "1" else "years")
        columns.append((header, cell))
    return columns


def salary_change(salary: Salary) -> str:
    """``Expect an initial cut of 10-20%.``, a rise, or no change, as the guide says."""
    change = salary.change_percent()
    if change is None:
        return ""
    low, high = change
    if low == high == 0:
        return "Expect no change in pay at first."

    def span(first: int, second: int) -> str:
        return f"{first}%" if first == second else f"{first}-{second}%"

    if high <= 0:
        return f"Expect an initial cut of {span(-high, -low)}."
    if low >= 0:
        return f"Expect an initial rise of {span(low, high)}."
    return f"Expect anything from a cut of {-low}% to a rise of {high}% at first."
