"""``report --format html --embed``: evidence images inside the page, so it stays one file.

An image is embedded when its evidence is a file (not a link) that exists, is a
PNG, JPEG, GIF or WebP by its name *and* by its first bytes, and is at most
``MAX_IMAGE_BYTES``; the page then shows it as a small thumbnail (a ``data:`` URI).
Anything else keeps its file name only. The whole page carries at most
``MAX_TOTAL_BYTES`` of pictures, the earliest evidence first.
"""

from __future__ import annotations

import base64
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

    from fashioncoach.views.report import EvidenceEntry

MAX_IMAGE_BYTES = 2 * 1024 * 1024
MAX_TOTAL_BYTES = 8 * 1024 * 1024
SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".webp"}


def image_type(head: bytes) -> str | None:
    """The MIME type the file's first bytes show, among the four the page embeds."""
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    return None


def thumbnail(ref: str, budget: int = MAX_IMAGE_BYTES) -> tuple[str, int] | None:
    """``ref``'s image as a ``data:`` URI and its size in bytes, or None.

    Read with ``store.disk.read_regular``: a FIFO or a device named like a picture is
    never opened for long, and a replay of the command knows the picture it showed.
    """
    from fashioncoach.store.disk import read_regular

    path = Path(ref)
    if path.suffix.lower() not in SUFFIXES:
        return None
    try:
        data = read_regular(path, limit=min(budget, MAX_IMAGE_BYTES))
    except OSError:
        return None
    kind = image_type(data[:16])
    if kind is None:
        return None
    return f"data:{kind};base64,{base64.b64encode(data).decode('ascii')}", len(data)


def thumbnails(evidence: Iterable[EvidenceEntry]) -> dict[str, str]:
    """The stored path of each image to embed, and its ``data:`` URI."""
    found: dict[str, str] = {}
    left = MAX_TOTAL_BYTES
    for item in evidence:
        if item.link or item.ref in found or left <= 0:
            continue
        made = thumbnail(item.ref, left)
        if made is not None:
            found[item.ref], size = made
            left -= size
    return found
