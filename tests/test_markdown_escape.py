"""Text in Markdown stays text (issue 23): whatever a field holds, a CommonMark renderer
with GFM tables (markdown-it-py, which Rich installs) shows it as the same words in a
list item or a table cell, and makes no heading, list, emphasis, link, image, code,
table or HTML of it."""

from __future__ import annotations

import html
import re

from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from fashioncoach.render.markdown import escape
from fashioncoach.render.text import printable

RENDERER = MarkdownIt("commonmark", {"html": True}).enable("table")

# Markdown's own characters, HTML, digits and spaces, with any other text.
markdown_text = st.text(
    alphabet=st.one_of(
        st.sampled_from(list("#*_`[]()!<>&|~-+=.:1234567890 \t\n\\\"'/")),
        st.characters(codec="utf-8", exclude_categories=("Cs",)),
    ),
    max_size=40,
)


def words(page: str) -> str:
    """The text a reader sees: tags dropped, entities read, blanks collapsed."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", page)).split())


def tags(page: str) -> set[str]:
    return set(re.findall(r"<(\w+)", page))


@settings(max_examples=300, deadline=None)
@given(text=markdown_text)
def test_text_in_a_list_item_stays_one_item_of_text(text: str) -> None:
    page = RENDERER.render(f"- [ ] {escape(text)}\n")
    assert tags(page) <= {"ul", "li"}, page
    assert page.count("<li>") == 1
    assert words(page) == " ".join(("[ ] " + printable(text)).split())


@settings(max_examples=200, deadline=None)
@given(text=markdown_text, other=markdown_text)
def test_text_in_a_table_cell_stays_in_its_cell(text: str, other: str) -> None:
    page = RENDERER.render(f"| a | b |\n| --- | --- |\n| {escape(text)} | {escape(other)} |\n")
    assert tags(page) <= {"table", "thead", "tbody", "tr", "th", "td"}, page
    cells = re.findall(r"<td>(.*?)</td>", page, flags=re.S)
    assert [words(cell) for cell in cells] == [
        " ".join(printable(text).split()),
        " ".join(printable(other).split()),
    ]


def test_the_cases_the_review_found() -> None:
    """A heading and a numbered list inside a list item stay text."""
    for text in ("# Title", "1. x", "- y", "---", "=== z", "<b>bold</b>", "*em*", "[a](b)"):
        page = RENDERER.render(f"- {escape(text)}\n")
        assert tags(page) <= {"ul", "li"}, (text, page)
        assert words(page) == text
