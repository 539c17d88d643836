"""The plain-text guide importer's public face: recognise a guide, parse it, build its
roadmap data, and write that as TOML under a suggested file name.

Pure: text in, data out; nothing here touches a file. The work is done by the
``guide_*`` modules this one imports, and none of them imports this one.
"""

from __future__ import annotations

from fashioncoach.store.guide_model import Guide
from fashioncoach.store.guide_parse import parse_guide
from fashioncoach.store.guide_roadmap import build_roadmap, default_file_name, to_toml
from fashioncoach.store.guide_text import looks_like_guide

__all__ = [
    "Guide",
    "build_roadmap",
    "default_file_name",
    "looks_like_guide",
    "parse_guide",
    "to_toml",
]
