"""Every error of ours: a message for the learner, an exit code, no traceback.

Kept in a module of its own, at the bottom of the house, so that every layer can
raise them and the CLI and the fast path can catch every one of them without
importing the (heavier) modules that raise them.
"""

from __future__ import annotations

# For the type checker only (mypy treats this name as true): importing typing would
# cost every command, replays included, more than their work.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable
    from pathlib import Path


def near_miss(value: str, known: Iterable[str]) -> str:
    """``did you mean 'user-research'?`` when known ids begin with ``value`` or are close
    to it, else ``""``: the one wording of a near miss, on the command line and in a
    roadmap."""
    import difflib  # only a mistyped id needs it

    known = list(known)
    starting = [item for item in known if value and item.startswith(value)]
    close = [*starting, *difflib.get_close_matches(value, known, n=3, cutoff=0.75)]
    close = list(dict.fromkeys(close))[:3]
    if not close:
        return ""
    return "did you mean " + " or ".join(f"'{item}'" for item in close) + "?"


def did_you_mean(value: str, known: Iterable[str]) -> str:
    """`` (did you mean 'user-research'?)``, the near miss in parentheses after a
    message, else ``""``."""
    near = near_miss(value, known)
    return f" ({near})" if near else ""


class FashionCoachError(Exception):
    """An error whose message is meant for the person at the terminal."""

    exit_code = 1


class BadArgument(FashionCoachError):
    """A value on the command line that cannot be used: a usage error."""

    exit_code = 2


class ProgressError(FashionCoachError):
    """A progress file that cannot be read or written; the message is one line."""


class RoadmapError(FashionCoachError):
    """A roadmap that cannot be used, with every problem found in it."""

    def __init__(
        self, path: Path, problems: Iterable[str], places: Iterable[str] | None = None
    ) -> None:
        self.path = path
        self.problems = list(problems)
        # Each problem's place in the file, after its name: ":105 (action 'x')" or "".
        self.places = list(places) if places is not None else [""] * len(self.problems)
        super().__init__(
            "\n".join(
                f"{path}{place}: {problem}"
                for place, problem in zip(self.places, self.problems, strict=True)
            )
        )


class CoachError(FashionCoachError):
    """A request that cannot be carried out; the message is for the learner."""


class ExchangeError(FashionCoachError):
    """A file that cannot be imported; the message is one line."""


class PauseError(BadArgument):
    """A pause that cannot be recorded (overlapping, too long, before the plan)."""


class GuideError(FashionCoachError):
    """A guide the importer cannot read: where, what was there, and what was expected."""

    def __init__(self, source: str, line: int, found: str, expected: str) -> None:
        self.source = source
        self.line = line
        self.found = found
        self.expected = expected
        super().__init__(f"{source}, line {line}: {found}; expected {expected}")
