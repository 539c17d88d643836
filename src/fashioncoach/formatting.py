"""Words and numbers as every output shows them: terminal, Markdown, HTML and JSON.

No Rich here, so ``--json`` and the Markdown and HTML reports do not pay for it.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fashioncoach.coach import ReportView
    from fashioncoach.domain import Salary


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

    return json.dumps(data, indent=2, default=encode, ensure_ascii=False)


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
