"""The wording of generated actions: for each step of a goal or of a course, book,
tool..., its title, what "done" looks like, its weight in the week and its id prefix.
"""

from __future__ import annotations

from fashioncoach.store.guide_model import GuideResource
from fashioncoach.store.guide_words import COURSE_WORDS, VERB_KIND, leading_verb

_STEPS = ("start", "continue", "finish", "single")
# fmt: off
# What "done" looks like for each kind of work: a start, continue, finish and single step.
_DONE = {
    "learn": ("notes on the first topic saved",
              "notes on the next topic saved, with one worked example",
              "a one-page summary of what you learned saved",
              "notes with 3 key points and one worked example saved"),
    "make": ("a first rough version saved",
             "an improved version saved, with what changed noted",
             "the finished result saved and shown to one person for feedback",
             "the result saved and shown to one person for feedback"),
    "follow": ("5 sources followed and listed in a note",
               "a note of 3 trends or ideas from this week's reading saved",
               "a one-page summary of what you learned from them saved",
               "the sources followed and listed in a note, with one idea from each"),
    "connect": ("a list of 5 people, groups or events to reach saved",
                "3 new contacts made and logged",
                "a log of the contacts made, each with a follow-up sent",
                "done, with your introduction posted or contacts logged with a follow-up"),
    "present": ("an outline of what you will show saved",
                "slides or a demo drafted and rehearsed once",
                "presented, with the feedback written down",
                "presented, with the feedback written down"),
    "apply": ("a tracker of 10 target roles saved",
              "3 applications sent and logged",
              "5 or more applications sent and logged, each with a follow-up date",
              "the applications sent and logged in a tracker"),
    "enroll": ("enrolled and first module finished",
               "half of the modules finished, with notes saved",
               "all modules finished and the certificate or final notes saved",
               "enrolled and first module finished"),
}
# The steps of a course, book, tool...: title, done when, weight and id prefix.
_UNIT_STEPS = {
    ("course", "start"): ("Enroll in {name}{on}{alternative}", _DONE["enroll"][0], 1.5, "enroll"),
    ("course", "continue"): ("Work through {name}: the middle modules", _DONE["enroll"][1], 2.5,
                             "work-through"),
    ("course", "finish"): ("Finish {name} and its final assignment", _DONE["enroll"][2], 2.0,
                           "finish"),
    ("course", "single"): ("Take {name}{on}, from enrolling to the last module",
                           "every module finished, with notes saved", 3.0, "take"),
    ("book", "start"): ("Start reading {name}", "the first 3 chapters read and 5 notes saved",
                        1.5, "start-reading"),
    ("book", "finish"): ("Finish reading {name}", "the book finished and a one-page summary saved",
                         2.0, "finish-reading"),
    ("book", "single"): ("Read {name}", "the book read and a one-page summary saved", 2.5, "read"),
    ("tool", "single"): ("Set up {name} and try it on a small exercise",
                         "a first exercise made with {name} saved", 1.5, "try"),
    ("report", "single"): ("Read the latest of the {name} and note what matters to you",
                           "3 takeaways from the latest report saved in your notes", 1.5, "read"),
    ("community", "single"): ("Join {name}{on} and introduce yourself",
                              "your introduction posted and 2 threads read", 1.0, "join"),
    ("event", "single"): ("Find and attend {name}", "attended, with notes and 3 new contacts saved",
                          2.0, "attend"),
    ("other", "single"): ("Explore {name}{on}", "3 useful findings saved in your notes", 1.5,
                          "explore"),
}
# fmt: on
UNIT_LENGTH = {"course": 3, "book": 2}
_GOAL_WEIGHT = {"start": 2.0, "continue": 2.5, "finish": 2.5, "single": 3.0}


def step_labels(count: int) -> list[str]:
    """The steps of a chain: start, continue..., finish; or one single step."""
    if count <= 1:
        return ["single"] * count
    return ["start", *["continue"] * (count - 2), "finish"]


def done_when(text: str, step: str) -> str:
    """An observable result for an instruction, chosen by its verb."""
    verb = leading_verb(text)
    if verb in ("complete", "finish") and COURSE_WORDS.search(text.replace("'", "")):
        return _DONE["enroll"][2]
    return _DONE[VERB_KIND.get(verb, "make")][_STEPS.index(step)]


def goal_step(goal: str, step: str) -> tuple[str, str, float, str]:
    """Title, done-when, weight and id prefix of one step of a phase goal."""
    title = goal if step == "single" else f"{step.capitalize()}: {goal}"
    prefix = "work-on" if step == "single" else step
    return title, done_when(goal, step), _GOAL_WEIGHT[step], prefix


def unit_step(resources: list[GuideResource], step: str) -> tuple[str, str, float, str]:
    """Title, done-when, weight and id prefix of one step of a course, book, tool...: the
    first of ``resources``, the others its alternatives."""
    item, *others = resources
    kind = item.kind if (item.kind, step) in _UNIT_STEPS else "other"
    title, done, weight, prefix = _UNIT_STEPS[(kind, step if kind != "other" else "single")]
    alternative = f" (or {_mention(others[0])})" if others and kind == "course" else ""
    name = _mention(item, on=False)
    on = f" on {item.provider}" if item.provider else ""
    fields = {"name": name, "on": on, "alternative": alternative}
    return title.format(**fields), done.format(**fields), weight, prefix


def _mention(item: GuideResource, *, on: bool = True) -> str:
    """A resource as a sentence names it: "'Title' on Platform", "university courses"."""
    first, *rest = item.title.split(" ", 1)
    # "University extension courses" reads "university extension courses"; names stay.
    plain = first[1:].islower() and not any(word[:1].isupper() for word in " ".join(rest).split())
    name = item.title[:1].lower() + item.title[1:] if plain else item.title
    name = f"'{item.title}'" if item.quoted else name
    return f"{name} on {item.provider}" if on and item.provider else name
