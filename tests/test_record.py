"""The records files become: frozen, compared and hashed by value, copied with
``replace``, and validated by pydantic through a dataclass twin with the same messages."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from fashioncoach.model.progress import Event, Progress
from fashioncoach.model.record import FrozenRecordError, as_plain, replace
from fashioncoach.store.validation import ValidationProblems, validate

AT = datetime(2027, 1, 4, 9, 30, tzinfo=UTC)
DAY = date(2027, 1, 4)


def event(**fields: object) -> Event:
    return Event(**{"id": "e1", "seq": 1, "at": AT, "day": DAY, **fields})  # type: ignore[arg-type]


def test_a_frozen_record_refuses_assignment() -> None:
    """A loaded event cannot be changed in place, as a frozen dataclass could not."""
    event_ = event(kind="done", action="learn-color-theory")
    with pytest.raises(FrozenRecordError, match="cannot assign to field 'kind'"):
        event_.kind = "skipped"  # type: ignore[misc]
    with pytest.raises(FrozenRecordError):
        del event_.action  # type: ignore[misc]


def test_frozen_records_compare_and_hash_by_value() -> None:
    """Two events with the same fields are equal and one set member; a change is not."""
    first = event(kind="done", action="learn-color-theory", seq=1)
    same = event(kind="done", action="learn-color-theory", seq=1)
    later = replace(first, seq=2)
    assert first == same and hash(first) == hash(same)
    assert len({first, same, later}) == 2
    assert later.seq == 2 and first.seq == 1
    assert "seq=2" in repr(later)


def test_defaults_are_made_afresh_and_unknown_fields_are_refused() -> None:
    """Each review event gets its own dict; a field that does not exist is a TypeError."""
    one, other = event(kind="review"), event(kind="review")
    assert one.confidence == {} and one.confidence is not other.confidence
    with pytest.raises(TypeError, match="has no field 'colour'"):
        event(kind="done", colour=1)
    with pytest.raises(TypeError, match="has no field 'colour'"):
        replace(one, colour=1)


def progress_data(*events: dict[str, object]) -> dict[str, object]:
    """A progress file's data, as TOML gives it, with these events."""
    return {"schema_version": 5, "roadmap_id": "example", "events": list(events)}


def test_pydantic_validates_records_into_records() -> None:
    """Validated data comes back as our records, nested ones too, with defaults filled."""
    data = progress_data(
        {
            "id": "e1",
            "seq": 1,
            "at": "2027-01-04T09:30:00+00:00",
            "day": "2027-01-04",
            "kind": "done",
            "action": "x",
        }
    )
    progress = validate(Progress, data)
    assert type(progress) is Progress
    assert progress.events == (event(kind="done", action="x"),)
    assert type(progress.events[0]) is Event and progress.unknown == {}
    assert as_plain(progress)["events"][0]["action"] == "x"


def test_validation_problems_name_the_key_and_the_value() -> None:
    """An unknown key and a wrong kind are reported with their place, as before."""
    data = progress_data(
        {
            "id": "e1",
            "seq": 1,
            "at": "2027-01-04T09:30:00+00:00",
            "day": "2027-01-04",
            "kind": "finished",
            "action": "x",
            "colour": 1,
        }
    )
    with pytest.raises(ValidationProblems) as problems:
        validate(Progress, data)
    text = "\n".join(problems.value.problems)
    assert "events[0].colour: unknown key" in text
    assert "events[0].kind: " in text and "'finished'" in text
