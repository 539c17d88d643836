"""The export envelope (``export json``) and reading what ``import`` is given: an export
(JSON) or a progress file (TOML, such as a conflicted copy a sync tool left).

The export is the progress file's own data (its keys and schema_version, dates as
ISO text) inside a small envelope, so an import reads it through the same
migrations and checks as the file itself.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from fashioncoach.errors import ExchangeError, ProgressError
from fashioncoach.model.limits import MAX_IMPORT_BYTES
from fashioncoach.store.disk import os_reason, read_regular
from fashioncoach.store.progress_file import from_toml_data, parse_bytes, to_toml_data

if TYPE_CHECKING:
    from pathlib import Path

    from fashioncoach.model.progress import Progress

EXPORT_FORMAT = "fashioncoach-export"


EXPORT_VERSION = 1


def _encode(value: object) -> object:
    if isinstance(value, date | datetime):
        return value.isoformat()
    raise TypeError(f"cannot encode {type(value).__name__}")


def export_data(progress: Progress, *, exported_at: datetime, version: str) -> dict[str, Any]:
    """The export envelope: what ``fashioncoach export json`` prints (see docs/sharing.md)."""
    return {
        "format": EXPORT_FORMAT,
        "export_version": EXPORT_VERSION,
        "exported_at": exported_at.isoformat(),
        "fashioncoach_version": version,
        "progress": to_toml_data(progress),
    }


def export_json(progress: Progress, *, exported_at: datetime, version: str) -> str:
    data = export_data(progress, exported_at=exported_at, version=version)
    return json.dumps(data, indent=2, default=_encode, ensure_ascii=False) + "\n"


def parse_export(text: str, path: Path) -> Progress:
    """An export's progress, migrated and validated like a progress file."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as error:
        raise ExchangeError(f"{path}: not valid JSON ({error})") from None
    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
        raise ExchangeError(
            f'{path}: not a fashioncoach export (no "format": "{EXPORT_FORMAT}"); '
            "make one with: fashioncoach export json --output FILE"
        )
    version = data.get("export_version")
    if type(version) is not int or version < 1:
        raise ExchangeError(f"{path}: export_version: should be a whole number from 1")
    if version > EXPORT_VERSION:
        raise ExchangeError(
            f"{path}: written by a newer fashioncoach (export_version {version}, this one "
            f"reads up to {EXPORT_VERSION}); upgrade fashioncoach to import it"
        )
    progress = data.get("progress")
    if not isinstance(progress, dict):
        raise ExchangeError(f"{path}: progress: missing, or not an object")
    try:
        return from_toml_data(progress, path)
    except ProgressError as error:
        raise ExchangeError(str(error)) from None


def read_incoming(path: Path) -> Progress:
    """The progress in an export (JSON) or in a progress file (TOML, e.g. a conflicted copy)."""
    try:
        raw = read_regular(path, limit=MAX_IMPORT_BYTES)
    except FileNotFoundError:
        raise ExchangeError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise ExchangeError(f"{path}: is a folder, not a file") from None
    except OSError as error:
        raise ExchangeError(f"{path}: cannot be read ({os_reason(error)})") from None
    if raw.lstrip()[:1] == b"{":
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise ExchangeError(f"{path}: not UTF-8 text") from None
        return parse_export(text, path)
    try:
        return parse_bytes(raw, path)
    except ProgressError as error:
        raise ExchangeError(str(error)) from None


def conflicted_copies(progress_file: Path) -> list[Path]:
    """Copies a sync tool left beside the progress file when two machines saved at once.

    Dropbox, Nextcloud and OneDrive write ``NAME (conflicted copy ...).toml`` or
    ``NAME (... conflict ...).toml``; Syncthing writes ``NAME.sync-conflict-....toml``.
    """
    stem = progress_file.stem
    try:
        candidates = sorted(progress_file.parent.iterdir())
    except OSError:
        return []
    found = []
    for candidate in candidates:
        name = candidate.name
        if candidate == progress_file or not name.endswith(".toml"):
            continue
        if not name.startswith(stem) or "conflict" not in name.lower():
            continue
        if candidate.is_file():
            found.append(candidate)
    return found
