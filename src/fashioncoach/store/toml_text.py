"""TODO docstring."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from fashioncoach.errors import ProgressError

if TYPE_CHECKING:
    from pathlib import Path

_BOM = b"\xef\xbb\xbf"


_TOML_POSITION = re.compile(r"^(?P<reason>.*) \(at line (?P<line>\d+), column (?P<column>\d+)\)$")


def parse_toml(text: str, path: Path) -> dict[str, Any]:
    """Parse TOML text; a syntax error names the line and column."""
    import tomllib

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        position = _TOML_POSITION.match(message)
        if position:
            line, column, reason = position["line"], position["column"], position["reason"]
        else:  # "(at end of document)": the place is just after the last character
            reason = message.removesuffix(" (at end of document)")
            last = text.rsplit("\n", 1)[-1]
            line, column = str(text.count("\n") + 1), str(len(last) + 1)
        where = f"line {line}, column {column}"
        raise ProgressError(f"{path}, {where}: invalid TOML: {reason}") from None
    except (ValueError, RecursionError) as error:
        raise ProgressError(f"{path}: invalid TOML ({type(error).__name__})") from None


def decode(raw: bytes, path: Path) -> str:
    """The file's text: UTF-8 without a byte-order mark, as TOML requires."""
    if raw.startswith(_BOM):
        raise ProgressError(
            f"{path}, line 1, column 1: starts with a UTF-8 byte-order mark (BOM), which TOML "
            "does not allow; save it again as UTF-8 without BOM"
        )
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        raise ProgressError(
            f"{path}, line {line}, column {column}: not UTF-8 text (byte {error.start})"
        ) from None
