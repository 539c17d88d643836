"""What a use case hands back, and how it talks to the learner on the way.

A use case (``app/planning.py``, ``app/journal.py``, ...) takes parsed arguments and
returns an ``Outcome``: the view to show (a record of ``views/``), the sentences to
say, where they go and the exit status. ``app/present.py`` is the one place that turns
an outcome into output; the CLI and the fast path only parse and hand it over.

A use case that must ask first (a confirmation, the weekly review's questions, a
preview before a change) talks through a ``Dialogue`` it is given, so it never
imports Typer and a test can answer for the learner: ``Scripted`` answers from a
list, as a script with ``--yes`` would.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from fashioncoach.errors import FashionCoachError
from fashioncoach.model.record import field, record

if TYPE_CHECKING:
    from fashioncoach.model.roadmap import Roadmap


@record
class Outcome:
    """What a command did, for the one place that shows it. When stdout carries a
    document (``json``, ``text``), the preface and what is said go to stderr, so the
    document stays whole for a pipe."""

    preface: list[str] = field(default_factory=list)  # said before the view
    view: Any = None  # a view record: drawn as text, or dumped as JSON
    roadmap: Roadmap | None = None  # for the views whose text names the roadmap's skills
    json: bool = False  # the view as JSON
    text: str = ""  # a document printed as it is (Markdown, HTML, JSON for a file)
    said: list[str] = field(default_factory=list)  # sentences after the view, in order
    warnings: list[str] = field(default_factory=list)  # on stderr, marked as ours
    page: bool = False  # a long view goes through a pager at a terminal
    exit_code: int = 0


class NothingChanged(FashionCoachError):
    """The learner said no, or gave no answer: the command stops with nothing changed."""


class Dialogue(Protocol):
    """How a use case asks the learner, and shows something before it asks."""

    interactive: bool  # a learner at a terminal, who can be asked

    def show(self, outcome: Outcome) -> None:
        """Show ``outcome`` now, before a question."""

    def confirm(self, question: str) -> None:
        """Go on when the learner says yes; raise ``NothingChanged`` otherwise."""

    def ask(self, question: str) -> str:
        """The learner's answer (blank allowed); ``NothingChanged`` when input ends."""


class Scripted:
    """A dialogue without a terminal: yes to every confirmation when ``yes``, else a
    refusal that says how to answer; questions answered from ``answers``, in order."""

    interactive = False

    def __init__(self, *, yes: bool = False, answers: list[str] | None = None) -> None:
        self.yes = yes
        self.answers = list(answers or [])
        self.shown: list[Outcome] = []

    def show(self, outcome: Outcome) -> None:
        self.shown.append(outcome)

    def confirm(self, question: str) -> None:
        if not self.yes:
            raise NothingChanged(f"{question} No answer; nothing changed (add --yes)")

    def ask(self, question: str) -> str:
        if not self.answers:
            raise NothingChanged("No answer; nothing changed.")
        return self.answers.pop(0)
