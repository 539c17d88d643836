"""Salary figures as a reader of the currency writes them (``$60,000``, ``£52,000``,
``52,000 CHF``), and the change in pay on moving: a cut, a rise, or none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fashioncoach.model.roadmap import Salary

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
