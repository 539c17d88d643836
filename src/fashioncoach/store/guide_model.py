"""What a career guide says, as a tree of frozen dataclasses: the parser's output and
the roadmap builder's input.
"""

from __future__ import annotations

from dataclasses import dataclass

from fashioncoach.model.roadmap import Sections


@dataclass(frozen=True, slots=True)
class GuideResource:
    """A course, book, report, tool... named in a skill's advice."""

    title: str
    kind: str
    provider: str = ""
    offered_by: str = ""
    # Named after "or": a choice instead of the resource before it.
    alternative: bool = False
    # The guide put the title in quotes (a course or book title, not a description).
    quoted: bool = False


def resource_key(item: GuideResource) -> tuple[str, str, str]:
    """Two mentions of one resource (in two skills' advice) share this key."""
    return item.kind, item.title.casefold(), item.provider.casefold()


@dataclass(frozen=True, slots=True)
class TransferableSkill:
    name: str
    applies: str


@dataclass(frozen=True, slots=True)
class SkillToLearn:
    name: str
    advice: str
    examples: tuple[str, ...] = ()
    resources: tuple[GuideResource, ...] = ()


@dataclass(frozen=True, slots=True)
class GuidePhase:
    title: str
    weeks: int
    goals: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class StartNow:
    """One sub-list of "Start Your Journey Now", due by the end of ``due_week``."""

    horizon: str
    due_week: int
    items: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class FaqEntry:
    answer: str
    question: str = ""


@dataclass(frozen=True, slots=True)
class SalaryFacts:
    """The FAQ's figures; a pair the answer does not state is None."""

    currency: str
    current: tuple[int, int] | None = None
    entry: tuple[int, int] | None = None
    change_percent: tuple[int, int] | None = None
    senior: tuple[int, int] | None = None
    senior_within_years: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
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
