"""What a career guide says, as frozen records: a guide format's output and the
planner's input; and ``GuideFormat``, the protocol every format of guide follows.

A format (``formats.py``) recognises its own text (``detect``) and reads it into a
``Guide`` (``parse``), as doc2dash's parsers do for documentation sets.
"""

from __future__ import annotations

from typing import ClassVar, Protocol

from fashioncoach.model.record import frozen_record
from fashioncoach.model.roadmap import Sections


@frozen_record
class GuideResource:
    """A course, exam, book, tool... named in a skill's advice (or a goal, or a start-now
    item), as the guide names it."""

    title: str
    kind: str  # one of model.roadmap.ResourceKind
    provider: str = ""  # where it is found: a platform, a network, an author
    offered_by: str = ""  # who makes or runs it, when the guide says so apart
    # Named after "or": a choice instead of the resource before it.
    alternative: bool = False
    # The guide put the title in quotes (a course or book title, not a description).
    quoted: bool = False
    # The words the sentence named it with ("the official Figma tutorials", "the
    # Association of ..."): how an action's title names it.
    said: str = ""
    # Named by a description, not a name ("university extension courses").
    description: bool = False


def resource_key(item: GuideResource) -> tuple[str, str, str]:
    """Two mentions of one resource (in two skills' advice) share this key."""
    return item.kind, item.title.casefold(), item.provider.casefold()


@frozen_record
class TransferableSkill:
    name: str
    applies: str


@frozen_record
class SkillToLearn:
    name: str
    advice: str
    examples: tuple[str, ...] = ()
    resources: tuple[GuideResource, ...] = ()


@frozen_record
class GuidePhase:
    title: str
    weeks: int
    goals: tuple[str, ...]
    # The guide's own words for the length when they were a range ("4-6 weeks").
    weeks_said: str = ""


@frozen_record
class StartNow:
    """One sub-list of "Start Your Journey Now", due by the end of ``due_week``."""

    horizon: str
    due_week: int
    items: tuple[str, ...]


@frozen_record
class FaqEntry:
    answer: str
    question: str = ""


@frozen_record
class SalaryFacts:
    """The FAQ's figures; a pair the answer does not state is None."""

    currency: str
    current: tuple[int, int] | None = None
    entry: tuple[int, int] | None = None
    change_percent: tuple[int, int] | None = None
    senior: tuple[int, int] | None = None
    senior_within_years: tuple[int, int] | None = None


@frozen_record
class Guide:
    source: str
    title: str
    subtitle: str
    from_role: str
    to_role: str
    overview: tuple[str, ...]
    intros: Sections  # the one-sentence introduction of each section
    transferable_skills: tuple[TransferableSkill, ...]
    skills: tuple[SkillToLearn, ...]
    phases: tuple[GuidePhase, ...]
    love: tuple[str, ...] = ()
    miss: tuple[str, ...] = ()
    challenges: tuple[str, ...] = ()
    start_now: tuple[StartNow, ...] = ()
    faq: tuple[FaqEntry, ...] = ()
    salary: SalaryFacts | None = None
    closing: str = ""
    # The optional sections the guide lacks, by their headings.
    missing: tuple[str, ...] = ()
    # The format that read it ("plain text", "Markdown").
    format: str = ""


class GuideFormat(Protocol):
    """One way a guide of the family can be written (plain text, Markdown...)."""

    name: ClassVar[str]

    @staticmethod
    def detect(text: str) -> bool:
        """Whether ``text`` looks written in this format."""
        ...

    @staticmethod
    def parse(text: str, *, source: str) -> Guide:
        """Everything the guide says, verbatim, or a GuideError naming the line at fault."""
        ...
