"""Characters that can forge a line or disguise text, for every layer: the rules that refuse
them on entry (``core/changes``) and the renderers that show them (``render/text``).

Three kinds a terminal, a page or an editor acts on instead of showing: line and
paragraph breaks (a value on one line could start a line that looks like ours),
bidirectional controls (U+202E turns ``gpj.exe`` into ``exe.jpg``), and characters
with no width at all (zero-width spaces and joiners, tags), which make two different
ids or links look the same. Together with the C0 and C1 controls they make
``UNSAFE``. A base module, like ``errors`` and ``paths``: it imports nothing.
"""

from __future__ import annotations

LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


ZERO_WIDTH = (
    "\u00ad\u034f\u17b4\u17b5\u180e\u200b\u200c\u200d"
    "\u2060\u2061\u2062\u2063\u2064\u3164\ufeff\uffa0"
)


# Bidi controls, zero-width characters, the two Unicode separators, interlinear
# annotations and tags: a pattern body for ``re`` (character class contents).
INVISIBLE = BIDI_CONTROLS + ZERO_WIDTH + "\u2028\u2029\ufff9\ufffa\ufffb" + "\U000e0000-\U000e007f"


# C0 controls but tab and newline, DEL, C1 controls, the lone surrogates that
# undecodable bytes become, and ``INVISIBLE``: what ``render.text.printable`` shows.
UNSAFE = "[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff" + INVISIBLE + "]"


# What a one-line value entered by the learner (evidence) may not hold: all of the
# above, tab and newline included.
FORBIDDEN = "[\x00-\x1f\x7f-\x9f\ud800-\udfff" + INVISIBLE + "]"


_NAMES = {
    "\n": "a line break (U+000A)",
    "\r": "a carriage return (U+000D)",
    "\t": "a tab (U+0009)",
    "\x1b": "ESC (U+001B)",
    "\u061c": "ARABIC LETTER MARK (U+061C)",
    "\u200e": "LEFT-TO-RIGHT MARK (U+200E)",
    "\u200f": "RIGHT-TO-LEFT MARK (U+200F)",
    "\u202a": "LEFT-TO-RIGHT EMBEDDING (U+202A)",
    "\u202b": "RIGHT-TO-LEFT EMBEDDING (U+202B)",
    "\u202c": "POP DIRECTIONAL FORMATTING (U+202C)",
    "\u202d": "LEFT-TO-RIGHT OVERRIDE (U+202D)",
    "\u202e": "RIGHT-TO-LEFT OVERRIDE (U+202E)",
    "\u2066": "LEFT-TO-RIGHT ISOLATE (U+2066)",
    "\u2067": "RIGHT-TO-LEFT ISOLATE (U+2067)",
    "\u2068": "FIRST STRONG ISOLATE (U+2068)",
    "\u2069": "POP DIRECTIONAL ISOLATE (U+2069)",
    "\u200b": "ZERO WIDTH SPACE (U+200B)",
    "\u200c": "ZERO WIDTH NON-JOINER (U+200C)",
    "\u200d": "ZERO WIDTH JOINER (U+200D)",
    "\u2060": "WORD JOINER (U+2060)",
    "\ufeff": "ZERO WIDTH NO-BREAK SPACE (U+FEFF)",
    "\u00ad": "SOFT HYPHEN (U+00AD)",
    "\u2028": "LINE SEPARATOR (U+2028)",
    "\u2029": "PARAGRAPH SEPARATOR (U+2029)",
}


def code_point(char: str) -> str:
    """``U+202E``: how a character nobody can see is shown and named."""
    return f"U+{ord(char):04X}"


def describe(char: str) -> str:
    """``RIGHT-TO-LEFT OVERRIDE (U+202E)``, ``a control character (U+0007)``."""
    if char in _NAMES:
        return _NAMES[char]
    code = ord(char)
    if code < 0x20 or 0x7F <= code <= 0x9F:
        return f"a control character ({code_point(char)})"
    if char in BIDI_CONTROLS:
        return f"a bidirectional control ({code_point(char)})"
    return f"an invisible character ({code_point(char)})"


def forbidden_character(text: str) -> str | None:
    """The first character of ``text`` that could forge a line or disguise it (a control
    character, a line break, a bidi control, a zero-width character), named for a
    message; None when there is none."""
    import re

    found = re.search(FORBIDDEN, text)
    return None if found is None else describe(found.group())
