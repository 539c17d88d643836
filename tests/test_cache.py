"""The cache rebuilds exactly what validation produced, and never hides a change."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from fashioncoach import paths
from fashioncoach.errors import RoadmapError
from fashioncoach.model.roadmap import Roadmap
from fashioncoach.store.roadmap_file import load_roadmap
from fashioncoach.store.trusted import build, plain
from fashioncoach.store.validation import validate
from tests.helpers import FIXTURES


@pytest.mark.parametrize("source", [paths.bundled_roadmap(), FIXTURES / "teacher-to-ux.toml"])
def test_trusted_build_equals_pydantic_validation(source: Path) -> None:
    """Rebuilding from plain data gives the same Roadmap, field for field, as pydantic."""
    data = tomllib.loads(source.read_text(encoding="utf-8"))
    assert build(Roadmap, plain(data)) == validate(Roadmap, data)


def test_second_load_comes_from_the_cache_and_is_equal(tmp_path: Path) -> None:
    """The first load validates and fills the cache; the second is rebuilt and equal."""
    source = tmp_path / "guide.toml"
    source.write_bytes((FIXTURES / "teacher-to-ux.toml").read_bytes())
    first = load_roadmap(source)
    assert list(paths.cache_dir().glob("roadmap-*.marshal"))
    assert load_roadmap(source) == first


def test_an_edit_after_caching_is_validated_again(tmp_path: Path) -> None:
    """A file changed after it was cached takes the validating path and its errors show."""
    source = tmp_path / "guide.toml"
    text = (FIXTURES / "teacher-to-ux.toml").read_text(encoding="utf-8")
    source.write_text(text, encoding="utf-8")
    load_roadmap(source)
    source.write_text(text.replace("duration_weeks = 6", "duration_weeks = 7", 1), encoding="utf-8")
    with pytest.raises(RoadmapError) as raised:
        load_roadmap(source)
    assert any("duration_weeks" in problem for problem in raised.value.problems)


def test_a_garbled_cache_is_ignored(tmp_path: Path) -> None:
    """A damaged cache entry is a miss, not an error: the file is validated again."""
    source = tmp_path / "guide.toml"
    source.write_bytes((FIXTURES / "teacher-to-ux.toml").read_bytes())
    expected = load_roadmap(source)
    for entry in paths.cache_dir().glob("roadmap-*.marshal"):
        entry.write_bytes(b"\x00garbage")
    assert load_roadmap(source) == expected
