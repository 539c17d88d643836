"""Records as JSON: the ``--json`` of every read command. The facts the terminal shows,
dates as ISO text, and no control character a terminal would act on.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from fashioncoach.model.record import as_plain
from fashioncoach.render.text import _UNSAFE


def to_json(view: Any) -> str:
    """The JSON form of any view: the same facts the terminal shows."""
    import json

    def encode(value: object) -> object:
        if isinstance(value, date):
            return value.isoformat()
        raise TypeError(f"cannot encode {type(value).__name__}")

    text = json.dumps(as_plain(view), indent=2, default=encode, ensure_ascii=False)
    # json escapes C0 controls itself; C1 controls, lone surrogates, bidi controls and
    # invisible characters it leaves raw: they become escapes that read back the same.
    return _UNSAFE.sub(lambda match: _escaped(match.group()), text)


def _escaped(char: str) -> str:
    """``\\u202e``; a character beyond the BMP (a tag) as its UTF-16 surrogate pair."""
    code = ord(char)
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    code -= 0x10000
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
