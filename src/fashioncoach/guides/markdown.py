"""A guide of the family written in Markdown (``# From X to Y: ...``, ``## Overview``,
``**4 weeks**- ...``, links): its marks are taken off each line, and what is left is
read as the plain-text family is, line numbers and all.
"""

from __future__ import annotations

import re
from typing import ClassVar

from fashioncoach.guides.plain import parse_lines
from fashioncoach.guides.text import Line, guide_lines, looks_like_family
from fashioncoach.guides.types import Guide

_HEADING = re.compile(r"#{1,6}\s+")
_RULE = re.compile(r"(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,}")
_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")


def _plain(text: str) -> str:
    text = _HEADING.sub("", text, count=1) if text.startswith("#") else text
    text = text.removeprefix("> ")
    text = _LINK.sub(r"\1", text)
    text = _EMPHASIS.sub(r"\2", text)
    return text.replace("\\", "").strip()


class MarkdownGuide:
    """A guide of the family in Markdown: headings with ``#``, bold, links."""

    name: ClassVar[str] = "Markdown"

    @staticmethod
    def detect(text: str) -> bool:
        lines = guide_lines(text[:200_000])
        if not lines or not any(line.text.startswith("#") for line in lines[:50]):
            return False
        return looks_like_family([_plain(line.text) for line in lines])

    @staticmethod
    def parse(text: str, *, source: str) -> Guide:
        lines = [
            Line(line.number, _plain(line.text))
            for line in guide_lines(text)
            if not _RULE.fullmatch(line.text)
        ]
        lines = [line for line in lines if line.text]
        return parse_lines(lines, source=source, format_name=MarkdownGuide.name)
