"""Words and numbers as every output writes them (hours, days, plurals, percentages,
bars), and ``printable``: the one function that makes text from outside the program
safe to show. No Rich here, so ``--json`` and the file formats do not pay for it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from fashioncoach.text_rules import UNSAFE, code_point

if TYPE_CHECKING:
    from datetime import date


_UNSAFE = re.compile(UNSAFE)


def _visible(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if code < 0x20:
        return "^" + chr(code + 0x40)  # ESC -> ^[, as `cat -v` shows it
    if code == 0x7F:
        return "^?"
    if code <= 0x9F:
        return f"<{code:02X}>"
    if 0xD800 <= code <= 0xDFFF:
        return "\ufffd"  # a byte that was not UTF-8
    return f"<{code_point(char)}>"  # a bidi control, a zero-width character, U+2028


def printable(text: str) -> str:
    """``text`` made safe to show: control characters become visible marks (ESC is ``^[``).

    Everything that reaches a terminal, a Markdown or HTML page or a calendar goes
    through here, so a note, a custom roadmap or an imported file can neither send
    escape sequences (retitle the window, clear the screen, plant a link) nor
    break out of the text it sits in. Bidi controls, zero-width characters and the
    Unicode line and paragraph separators are shown by their code point
    (``<U+202E>``), so no text can reorder or hide what follows it
    (``text_rules``). Tab and newline are kept: they are layout.
    """
    if _UNSAFE.search(text) is None:
        return text
    return _UNSAFE.sub(_visible, text)


def one_line(text: str) -> str:
    """``text`` made safe to show where one line is expected (an id, a name, a label, a
    line of ``doctor``): ``printable``, and a newline shown as ``^J``, so a value can
    never start a line that looks like one of ours."""
    text = printable(text)
    return text.replace("\n", "^J") if "\n" in text else text


def hours(value: float) -> str:
    return f"{value:g} h"


def day(value: date) -> str:
    """``Wed 25 Nov 2026``: unambiguous in every locale (``wording.day_text``)."""
    from fashioncoach.wording import day_text

    return day_text(value)


def plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def bar(done: float, total: float, width: int, full: str = "#", empty: str = ".") -> str:
    filled = 0 if total <= 0 else round(width * min(done, total) / total)
    return full * filled + empty * (width - filled)


# A private-use character: one cell wide and not a space, so a line breaker sees a
# figure as one word. A text that holds one already wraps as it is.
GLUE = "\ue000"
# The spaces inside a figure ("244.5 h", "week 9 of 31", "Sun 17 Jan 2027"), each found
# by what stands either side of it. Compiled on first use: ~2 ms that a write, which
# wraps nothing, should not pay.
_FIGURE_SPACE = (
    r"(?<=\d) (?=(?:h|days?|weeks?|actions?)\b)"
    r"|(?<=week) (?=\d)|(?<=weeks) (?=\d)|(?<=phase) (?=\d)"
    r"|(?<=\d) (?=(?:of|to) \d)|(?<=\d of|\d to) (?=\d)"
    r"|(?<=Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?=\d{1,2} [A-Z][a-z]{2} \d{4})"
    r"|(?<=\d) (?=[A-Z][a-z]{2} \d{4})|(?<=\d [A-Z][a-z]{2}) (?=\d{4})"
)


def glued(plain: str) -> str:
    """``plain`` with each space inside a figure a ``GLUE``: the same length, the same
    cells, and no break a line breaker could take inside a figure."""
    if GLUE in plain:
        return plain
    return re.sub(_FIGURE_SPACE, GLUE, plain)  # re caches the compiled pattern


def wrapped(sentence: str, width: int) -> str:
    """A sentence wrapped to ``width`` at spaces, never inside a figure, a word, a
    command or a path (what is longer than the line stands on a line of its own)."""
    if len(sentence) <= width:
        return sentence
    import textwrap

    return "\n".join(
        textwrap.fill(glued(line), width, break_long_words=False, break_on_hyphens=False).replace(
            GLUE, " "
        )
        if line
        else ""
        for line in sentence.split("\n")
    )
