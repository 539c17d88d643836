"""The roadmap's domain types: plain frozen records (``model/record.py``).

They import nothing heavy, so every command can use them. Pydantic validates
them at the edges (see ``store/validation.py``) through a dataclass twin; the
``__pydantic_config__`` attribute is a plain dict so that this module never
imports pydantic itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from fashioncoach.model.record import field, frozen_record

if TYPE_CHECKING:
    from collections.abc import Iterator

# Read by pydantic when it validates these records: unknown keys are errors.
_FORBID_EXTRA: dict[str, Any] = {"extra": "forbid"}


ResourceKind = Literal[
    "course",
    "exam",
    "book",
    "report",
    "tool",
    "community",
    "event",
    "video",
    "dataset",
    "website",
    "other",
]


Pacing = Literal["weeks", "work"]


# What an action's work is: "study" teaches a skill (a course's sessions, a tutorial, a
# book), "practice" applies it, "project" builds something to show; "" when not said.
WorkKind = Literal["", "study", "practice", "project"]


ResourceAccess = Literal["", "free", "free-tier", "trial", "paid", "enterprise"]


@frozen_record
class Overview:
    """What the guide is: who moves where, in how many weeks."""

    __pydantic_config__ = _FORBID_EXTRA

    id: str
    title: str
    duration_weeks: int
    from_role: str = ""
    to_role: str = ""
    subtitle: str = ""
    summary: tuple[str, ...] = ()
    closing: str = ""
    # The hours a week the roadmap's own weeks are written for; None: worked out from
    # its weeks (``core/schedule.default_budget``).
    hours_per_week: float | None = None
    # "weeks": each roadmap week is a week of work, and the hours it leaves under
    # ``hours_per_week`` are breathing room; "work": the work is packed back to back
    # (an imported draft), so a week's spare hours go to the work that follows.
    pacing: Pacing = "weeks"


@frozen_record
class Sections:
    """The guide's short introductions to each of its sections."""

    __pydantic_config__ = _FORBID_EXTRA

    transferable_skills: str = ""
    skills: str = ""
    phases: str = ""
    reality_check: str = ""
    milestones: str = ""


@frozen_record
class TransferableSkill:
    """A skill the learner already has, and how it applies in the new field."""

    __pydantic_config__ = _FORBID_EXTRA

    id: str
    name: str
    applies: str


@frozen_record
class Resource:
    """A course, book, report, tool, community or event the guide names."""

    __pydantic_config__ = _FORBID_EXTRA

    id: str
    title: str
    kind: ResourceKind
    provider: str = ""
    offered_by: str = ""
    url: str = ""
    note: str = ""
    # How a learner gets it: "free", "free-tier", "trial", "paid" or "enterprise";
    # "" when the guide does not say. ``fallback`` is the way round a closed door.
    access: ResourceAccess = ""
    fallback: str = ""


@frozen_record
class Skill:
    """A skill to learn; ``priority`` 1 matters most."""

    __pydantic_config__ = _FORBID_EXTRA

    id: str
    name: str
    priority: int
    advice: str = ""
    examples: tuple[str, ...] = ()
    resources: tuple[str, ...] = ()


@frozen_record
class Action:
    """One concrete thing to finish in one week, addressed by a stable id."""

    __pydantic_config__ = _FORBID_EXTRA

    id: str
    title: str
    hours: float
    # The skills to learn it practises; ``uses`` names transferable skills it draws
    # on, and ``career`` marks job-search and networking work. One of them is needed.
    skills: tuple[str, ...] = ()
    resources: tuple[str, ...] = ()
    goal: str = ""
    done_when: str = ""
    uses: tuple[str, ...] = ()
    career: bool = False
    # Two or three sentences for a learner who is stuck (``fashioncoach hint``).
    hint: str = ""
    # Written by ``roadmap import`` and not yet refined by a person.
    draft: bool = False
    # Prerequisites: ids of actions that must be finished first. Each comes earlier in
    # the roadmap's own order (``roadmap_checks``), so that order is always a valid one.
    after: tuple[str, ...] = ()
    # What kind of work it is (see WorkKind): an assessment closes only "study" work.
    work: WorkKind = ""


@frozen_record
class Week:
    """A week of the plan; ``week`` counts from 1 over the whole roadmap."""

    __pydantic_config__ = _FORBID_EXTRA

    week: int
    actions: tuple[Action, ...]
    theme: str = ""


@frozen_record
class Goal:
    """One of a phase's goals, as the guide states it."""

    __pydantic_config__ = _FORBID_EXTRA

    id: str
    text: str


@frozen_record
class Phase:
    __pydantic_config__ = _FORBID_EXTRA

    id: str
    title: str
    duration_weeks: int
    goals: tuple[Goal, ...]
    weeks: tuple[Week, ...]
    summary: str = ""

    def actions(self) -> Iterator[tuple[int, Action]]:
        """Every action of the phase with its roadmap week, in plan order."""
        for week in self.weeks:
            for action in week.actions:
                yield week.week, action

    def hours(self) -> float:
        return sum(action.hours for _, action in self.actions())


@frozen_record
class Milestone:
    """A start-now action, due by the end of ``due_week`` and met by ``actions``."""

    __pydantic_config__ = _FORBID_EXTRA

    id: str
    title: str
    due_week: int
    actions: tuple[str, ...]
    horizon: str = ""


@frozen_record
class RealityCheck:
    __pydantic_config__ = _FORBID_EXTRA

    love: tuple[str, ...] = ()
    miss: tuple[str, ...] = ()
    challenges: tuple[str, ...] = ()


@frozen_record
class Salary:
    """The salary figures of the guide's FAQ, in whole currency units per year.

    ``currency`` is an ISO 4217 code (USD, GBP, EUR...). The change on moving is
    ``change_min_percent``-``change_max_percent``, negative for a cut (files of
    the first format gave a cut as ``initial_cut_*_percent``: see ``store/roadmap_file.py``).
    Any figure the guide does not state is left out.
    """

    __pydantic_config__ = _FORBID_EXTRA

    currency: str
    current_min: int | None = None
    current_max: int | None = None
    entry_min: int | None = None
    entry_max: int | None = None
    change_min_percent: int | None = None
    change_max_percent: int | None = None
    senior_min: int | None = None
    senior_max: int | None = None
    senior_within_years_min: int | None = None
    senior_within_years_max: int | None = None

    def change_percent(self) -> tuple[int, int] | None:
        """The change in pay on moving, low to high, negative for a cut; None if unknown."""
        if self.change_min_percent is None or self.change_max_percent is None:
            return None
        return self.change_min_percent, self.change_max_percent


@frozen_record
class Question:
    """A question of the guide's FAQ; the family often gives only the answer."""

    __pydantic_config__ = _FORBID_EXTRA

    answer: str
    question: str = ""


@frozen_record
class Roadmap:
    """A whole career guide: the bundled one or any other in the same format."""

    __pydantic_config__ = _FORBID_EXTRA

    format_version: int
    overview: Overview
    skills: tuple[Skill, ...]
    resources: tuple[Resource, ...]
    phases: tuple[Phase, ...]
    transferable_skills: tuple[TransferableSkill, ...] = ()
    milestones: tuple[Milestone, ...] = ()
    sections: Sections = field(default_factory=Sections)
    reality_check: RealityCheck = field(default_factory=RealityCheck)
    faq: tuple[Question, ...] = ()
    salary: Salary | None = None

    @property
    def id(self) -> str:
        return self.overview.id

    def phase_first_weeks(self) -> dict[str, int]:
        """The roadmap week on which each phase starts in the planned schedule."""
        first_weeks: dict[str, int] = {}
        next_week = 1
        for phase in self.phases:
            first_weeks[phase.id] = next_week
            next_week += phase.duration_weeks
        return first_weeks

    def actions(self) -> Iterator[tuple[Phase, int, Action]]:
        for phase in self.phases:
            for week, action in phase.actions():
                yield phase, week, action

    def hours(self) -> float:
        return sum(phase.hours() for phase in self.phases)
