"""Safe markup for the progress page: every piece of the page that carries data is made here.

``escape`` is the only way a string from the learner's data, the roadmap or the views
reaches the page (``render/html.py`` re-exports it): control characters are shown, not
sent (``render.text.printable``), and ``& < > " '`` become entities, so a value can
neither open a tag nor leave the quoted attribute it sits in. Attributes are always
quoted. Links are made only of http(s) URLs.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from fashioncoach.render.text import day, printable

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence
    from datetime import date


NUMERIC = ' class="num"'
_NOT_IN_URLS = frozenset('"<>\\`{}|^')


def escape(text: str) -> str:
    """Text for the page: HTML's special characters and quotes escaped, control
    characters shown (see ``render.text.printable``)."""
    return html.escape(printable(text), quote=True)


def slug(text: str) -> str:
    """An id made of a data id: letters, digits and dashes only."""
    return "".join(char if char.isalnum() else "-" for char in text.lower()).strip("-")


def number(value: float) -> str:
    """A number as ``--json`` readers compare it: ``37.5``, ``12``."""
    return f"{value:g}"


def figure(key: str, value: str, css: str = "") -> str:
    """A figure the tests (and a reader's script) find by its id."""
    extra = f' class="{css}"' if css else ""
    return f'<span id="{escape(key)}"{extra}>{escape(value)}</span>'


def when(value: date, key: str = "") -> str:
    """A date that never wraps: ``Tue 1 Dec 2026``, machine-readable in ``datetime``."""
    ident = f' id="{escape(key)}"' if key else ""
    return f'<time{ident} datetime="{value.isoformat()}">{escape(day(value))}</time>'


def web_link(url: str) -> str | None:
    """``url`` as a safe ``href`` value, or None when it is no plain http(s) link: another
    scheme, no host, or a character a URL cannot hold as it is (blanks, controls, quotes,
    angle brackets, backslashes), which is shown as text instead."""
    scheme, _, rest = url.partition("://")
    if scheme.lower() not in ("http", "https") or not rest or rest.startswith("/"):
        return None
    if printable(url) != url or any(char.isspace() or char in _NOT_IN_URLS for char in url):
        return None
    return escape(url)


def link(url: str, text: str) -> str:
    """A link that opens without handing the opener or the referrer to the other site;
    plain text when ``url`` is no http(s) link."""
    href = web_link(url)
    if href is None:
        return escape(text)
    return f'<a href="{href}" rel="noopener noreferrer">{escape(text)}</a>'


def table(
    headings: Sequence[str],
    rows: Iterable[Sequence[str]],
    *,
    key: str = "",
    numeric: Sequence[int] = (),
    css: str = "",
) -> str:
    """A table that stacks into labelled lines on a narrow screen. ``rows`` hold markup
    already made safe; ``numeric`` columns are right-aligned and never wrap."""
    ident = f' id="{escape(key)}"' if key else ""
    head = "".join(
        f'<th scope="col"{NUMERIC if index in numeric else ""}>{escape(name)}</th>'
        for index, name in enumerate(headings)
    )
    body = []
    for row in rows:
        cells = []
        for index, cell in enumerate(row):
            label = escape(headings[index]) if index < len(headings) else ""
            css = NUMERIC if index in numeric else ""
            cells.append(f'<td data-label="{label}"{css}>{cell}</td>')
        body.append("<tr>" + "".join(cells) + "</tr>")
    classes = escape(f"stack {css}".strip())
    return (
        f'<div class="table-box"><table class="{classes}"{ident}><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table></div>"
    )


def section(key: str, heading: str, body: str, *, lead: str = "", chart: str = "") -> str:
    """A section of the page: its heading and body. ``heading``, ``lead``, ``chart`` and
    ``body`` are markup already made safe. The heading, the lead and the chart are one
    group that print never splits (``.keep``), so a heading never ends a page while its
    chart starts the next one; the body may break across pages."""
    intro = f'<p class="lead">{lead}</p>' if lead else ""
    return (
        f'<section id="{escape(key)}"><div class="keep"><h2>{heading}</h2>{intro}{chart}</div>'
        f"{body}</section>"
    )
