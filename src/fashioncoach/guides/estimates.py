"""How long each kind of work takes: the one table every drafted hour comes from, with
the reason for each row (docs/roadmap-format.md shows the same table).

A row is a kind of work and its steps in order, each a number of hours. The hours come
from the work, never from the weekly budget: a week is not filled up, a goal is not
stretched over the weeks it is given, and nothing is added to reach a total.
"""

from __future__ import annotations

import re

from fashioncoach.model.record import frozen_record


@frozen_record
class Estimate:
    """One row: what the work is, its steps (name, hours) and why those hours."""

    work: str
    steps: tuple[tuple[str, float], ...]
    reason: str

    @property
    def hours(self) -> float:
        return sum(hours for _, hours in self.steps)


def _sessions(name: str, count: int, hours: float) -> tuple[tuple[str, float], ...]:
    return tuple((f"{name} {number}", hours) for number in range(1, count + 1))


# fmt: off
ESTIMATES: dict[str, Estimate] = {
    row.work: row
    for row in (
        Estimate("course", (("enroll", 2.0), *_sessions("study", 3, 3.0), ("finish", 3.0)),
                 "A single online course lists 10-20 hours of lessons, quizzes and exercises: "
                 "enrolling with its first session, three study sessions of an evening or a "
                 "morning each, and the last modules with the final assignment."),
        Estimate("short course", (("enroll", 2.0), *_sessions("study", 1, 3.0), ("finish", 3.0)),
                 "A course that says it is short ('Essentials', 'Basics', 'for Beginners', "
                 "'Crash Course', '101') lists 4-10 hours."),
        Estimate("long course",
                 (("enroll", 2.0), *_sessions("study", 12, 3.0), ("finish", 3.0)),
                 "A certificate programme, specialization, bootcamp or nanodegree bundles "
                 "several courses; 41 h is the low end of what they list, so raise it in the "
                 "file if yours says more."),
        Estimate("exam", (*_sessions("prepare", 2, 3.0), ("book", 0.5), ("sit", 3.0)),
                 "After the course that teaches it: two sessions of practice questions, a "
                 "booking that takes a form and a date, and the sitting itself with the "
                 "journey or the online check-in."),
        Estimate("book", _sessions("read", 4, 3.0),
                 "A practical book of 250-350 pages at about 25 pages an hour with notes, in "
                 "four sittings; the last ends with a one-page summary."),
        Estimate("video", _sessions("watch", 3, 2.0),
                 "A tutorial series runs 3-5 hours of video; pausing to try each step makes "
                 "it about 6."),
        Estimate("tool", (("set up", 1.5), ("use", 2.5)),
                 "Installing it or opening an account and its first tutorial take an "
                 "evening; a second session makes something small of your own with it."),
        Estimate("community", (("join", 1.0), ("take part", 1.0)),
                 "Joining is a form and an introduction; taking part is one thread answered "
                 "or one meeting."),
        Estimate("event", (("register", 1.0), ("attend", 4.0)),
                 "Finding the next date and registering takes an hour; a meetup or a day of "
                 "a virtual conference is an afternoon."),
        Estimate("report", (("follow", 1.0), ("share", 2.0)),
                 "Subscribing and reading the latest issue is an hour; three takeaways "
                 "written up and shared take two."),
        Estimate("dataset", (("explore", 2.0),),
                 "Downloading it and noting its columns, size and licence."),
        Estimate("other", (("explore", 1.5),),
                 "A first look, with three useful findings noted."),
        Estimate("learn", _sessions("session", 2, 3.0),
                 "A topic the guide gives one line: two study sessions with notes and a "
                 "worked example."),
        Estimate("make", (("plan", 3.0), ("build", 4.0), ("finish", 3.0)),
                 "A small project of your own (a dashboard, a prototype, a model, a site): "
                 "an evening to plan and start, a long session to build, an evening to "
                 "finish it and show it to someone."),
        Estimate("practice", (("run", 3.0), ("write up", 2.0)),
                 "A test, a trial or a survey: setting it up and running it, then the "
                 "results written up."),
        Estimate("present", (("prepare", 2.0), ("present", 1.5)),
                 "Slides or a demo prepared and rehearsed once, then the talk with its "
                 "questions."),
        Estimate("apply", (("first applications", 3.0), ("more applications", 3.0)),
                 "A tracker of target roles and the first tailored applications, then more "
                 "with their follow-ups."),
        Estimate("small", (("do", 3.0),),
                 "A document, a sheet, a map or a plan: one sitting to draft it and check it."),
        Estimate("setup", (("set up", 1.5),),
                 "Installing a tool or opening an account, with its first tutorial."),
        Estimate("read", (("read", 3.0),),
                 "A few chapters or articles, with notes."),
        Estimate("read part", (("read", 1.0),),
                 "An introduction, one chapter or one article, with notes."),
        Estimate("fetch", (("fetch", 0.5),),
                 "Finding a document, a book or a file and downloading or ordering it."),
        Estimate("watch", (("watch", 2.0),),
                 "A talk or a few videos, with notes."),
        Estimate("follow", (("follow", 2.0),),
                 "Five good sources found and subscribed to, and a first round of reading."),
        Estimate("connect", (("connect", 2.0),),
                 "A message, a call or a visit, and a note of what you learned."),
        Estimate("keep", (("start", 2.0),),
                 "A notebook or a log set up, with its first entries; it then grows with "
                 "the rest of the work."),
        Estimate("enroll", (("enroll", 2.0),),
                 "Enrolling and the first session, for a course the plan does not go on with."),
    )
}
# fmt: on

_SHORT = re.compile(
    r"\b(?:essentials?|essential training|basics|for beginners|crash course|101|quick ?start|"
    r"introduction|intro)\b",
    re.IGNORECASE,
)
_LONG = re.compile(
    r"\b(?:professional certificate|certificate program(?:me)?|speciali[sz]ation|nanodegree|"
    r"bootcamp|diploma|micromasters|degree|programme|program)\b",
    re.IGNORECASE,
)


def course_size(title: str) -> str:
    """A course's row by what its title says of its length."""
    if _LONG.search(title):
        return "long course"
    if _SHORT.search(title):
        return "short course"
    return "course"


def estimate_of(work: str) -> Estimate:
    return ESTIMATES[work]


def steps_text(row: Estimate) -> str:
    """A row's steps as docs/roadmap-format.md writes them: "enroll 2 h, study 3 x 3 h"."""
    parts: list[str] = []
    numbered: dict[str, list[float]] = {}
    for name, hours in row.steps:
        base, _, number = name.rpartition(" ")
        if number.isdigit():
            if base not in numbered:
                numbered[base] = []
                parts.append(base)
            numbered[base].append(hours)
        else:
            parts.append(f"{name} {hours:g} h")
    return ", ".join(
        f"{part} {len(numbered[part])} x {numbered[part][0]:g} h" if part in numbered else part
        for part in parts
    )
