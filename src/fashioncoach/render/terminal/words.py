"""Text that wraps between words, never inside a figure: "244.5 h", "week 9" and
"Sun 17 Jan 2027" each stay on one line at any width (issue: "30.5/244.5 h" broke
before its "h" at 50 columns).

Rich breaks a line at any space. ``Words`` lets Rich wrap a copy whose spaces inside a
figure are a placeholder of the same width, then puts the spaces back: the same
layout Rich gives every other text, with figures as single words. A figure wider than
the line still folds, as any over-long word does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.text import Text

from fashioncoach.render.text import GLUE, glued

if TYPE_CHECKING:
    from rich.console import Console
    from rich.containers import Lines


class Words(Text):
    """A ``rich.text.Text`` whose figures do not break across lines."""

    __slots__ = ()

    def wrap(self, console: Console, width: int, **options: Any) -> Lines:
        plain = self.plain
        stand_in_plain = glued(plain)
        if stand_in_plain == plain:
            return super().wrap(console, width, **options)
        stand_in = super().copy()
        stand_in.plain = stand_in_plain  # the same length: every style span stays put
        lines = stand_in.wrap(console, width, **options)
        for line in lines:
            line.plain = line.plain.replace(GLUE, " ")
        return lines

    def copy(self) -> Words:
        # Rich's ``+`` and ``append`` chains copy; the copy must wrap as this one does.
        copied = self.blank_copy(self.plain)
        copied.spans = list(self.spans)
        return copied

    def blank_copy(self, plain: str = "") -> Words:
        return Words(
            plain,
            style=self.style,
            justify=self.justify,
            overflow=self.overflow,
            no_wrap=self.no_wrap,
            end=self.end,
            tab_size=self.tab_size,
        )
