"""The wording of drafted actions: for each step of a course, exam, book, tool... and of
a phase goal or a start-now item, its title, what "done" looks like and its hours.

The verbs fit the kind (enroll in a course, read a book, set up a tool, join a
community, book and sit an exam, attend an event, watch a series, follow reports), and
so do the done-when lines: a first step never says the course is finished.
"""

from __future__ import annotations

import re

from fashioncoach.guides.estimates import ESTIMATES, course_size
from fashioncoach.guides.resources import COMMUNITY_PLATFORMS, COURSE_PLATFORMS, VIDEO_PLATFORMS
from fashioncoach.guides.types import GuideResource
from fashioncoach.guides.words import VERB_KIND, leading_verb
from fashioncoach.model.record import record

PLATFORMS = COURSE_PLATFORMS | VIDEO_PLATFORMS | COMMUNITY_PLATFORMS | {"linkedin"}


@record
class StepText:
    """One step as it will be written: its id suffix, title, done-when and hours."""

    slug: str
    title: str
    done_when: str
    hours: float


def work_of(item: GuideResource) -> str:
    """The row of the estimates table a resource's chain follows."""
    if item.kind == "course":
        return course_size(item.title)
    if item.kind in ESTIMATES:
        return item.kind
    return {"website": "report"}.get(item.kind, "other")


def mention(item: GuideResource, *, on: bool = True) -> str:
    """A resource as a sentence names it: "'Title' on Platform", "university extension
    courses" (a description reads in lower case, a name as it is written)."""
    first, _, rest = item.title.partition(" ")
    plain = bool(rest) and first[1:].islower() and not any(w[:1].isupper() for w in rest.split())
    name = f"'{item.title}'" if item.quoted else item.said or item.title
    if plain and item.description and not item.said:
        name = item.title[:1].lower() + item.title[1:]
    said = item.provider and item.provider.casefold() not in name.casefold()
    if not (on and said):
        return name
    where = "on" if _key(item.provider) in PLATFORMS else "from"
    return f"{name} {where} {item.provider}"


def _key(name: str) -> str:
    return "-".join(name.lower().split())


def resource_steps(item: GuideResource, others: list[GuideResource]) -> list[StepText]:
    """The chain of one resource, in order; ``others`` are the guide's alternatives."""
    work = work_of(item)
    steps = ESTIMATES[work].steps
    name = mention(item, on=False)
    full = mention(item)
    alternative = f" (or {mention(others[0])})" if others else ""
    certificate = re.search(r"certific", item.title, re.IGNORECASE) is not None
    count = sum(1 for step, _ in steps if step.split()[0] in ("study", "read", "watch", "prepare"))
    texts: list[StepText] = []
    for step, hours in steps:
        label, _, number = step.rpartition(" ") if step[-1:].isdigit() else (step, "", "")
        nth = f"{number} of {count}" if number.isdigit() and count > 1 else ""
        last = number == str(count)
        title, done = _chain_wording(item.kind, label, name, full, nth, last, certificate)
        if label == "enroll":
            title += alternative
        slug = f"{label.replace(' ', '-')}{'-' + number if number.isdigit() else ''}"
        texts.append(StepText(slug, title, done, hours))
    return texts


def _chain_wording(
    kind: str, label: str, name: str, full: str, nth: str, last: bool, certificate: bool
) -> tuple[str, str]:
    """Title and done-when of one step of a resource's chain."""
    finished = (
        "all modules finished and the certificate saved"
        if certificate
        else "all modules finished, with notes saved"
    )
    wording = {
        "enroll": (f"Enroll in {full}", "enrolled and the first session done"),
        "study": (f"Study {name}" + (f": session {nth}" if nth else ""),
                  f"the lessons and exercises of session {nth} done, with notes" if nth
                  else "its lessons and exercises done, with notes"),
        "finish": (f"Finish {name}", finished),
        "prepare": (f"Prepare for {full}" + (f": session {nth}" if nth else ""),
                    "a set of practice questions done and the weak topics listed"),
        "book": (f"Book {name}", "exam booked for a date"),
        "sit": (f"Sit {name}", "passed, certificate saved"),
        "read": (f"Read {name}" + (f": part {nth}" if nth else ""),
                 "the book finished and a one-page summary saved" if last
                 else f"part {nth} read, with 5 notes saved"),
        "watch": (f"Watch {full}" + (f": part {nth}" if nth else ""),
                  "the series finished, with notes and a one-page summary saved" if last
                  else f"part {nth} watched, with notes and one step tried yourself"),
        "set up": (f"Set up {full}", f"{name} installed or your account open, and its first "
                   "tutorial done"),
        "use": (f"Make something small with {name}", f"a small piece of work made with {name} "
                "saved"),
        "join": (f"Join {full}", "joined, with your introduction posted"),
        "take part": (f"Take part in {name}", "one question answered or one meeting attended, "
                      "with one new contact saved"),
        "register": (f"Find the next {name} and register", "a date in your calendar and your "
                     "registration confirmed"),
        "attend": (f"Attend {name}", "attended, with notes and 3 new contacts saved"),
        "follow": (f"Follow {full}", "subscribed or bookmarked, and the latest one read"),
        "share": (f"Share what the latest of {name} says", "3 takeaways saved and shared with "
                  "2 people"),
        "explore": (f"Explore {full}" if kind != "dataset" else f"Download {full} and explore it",
                    "downloaded, with its columns, size and licence noted" if kind == "dataset"
                    else "3 useful findings saved in your notes"),
    }  # fmt: skip
    if kind == "other" and re.search(r"podcast", name, re.IGNORECASE):
        return f"Listen to {full}", "2 episodes heard, with notes"
    return wording[label]


# --- Goals and start-now items ------------------------------------------------------------

# fmt: off
_LABELS = {
    "learn": (("first session", "notes on the first topics saved, with one worked example"),
              ("second session", "notes finished and what you learned summed up on one page")),
    "make": (("plan and first version", "a plan and a first rough version saved"),
             ("main build", "a working version saved, with what is left listed"),
             ("finish and show it", "finished, saved and shown to one person for feedback")),
    "practice": (("set up and first run", "set up, run once, and the raw results saved"),
                 ("write up the results", "the results written up on one page, with what you "
                  "would change")),
    "present": (("prepare", "slides or a demo ready and rehearsed once"),
                ("present", "presented, with the feedback written down")),
    "apply": (("first applications", "a tracker of target roles saved and the first 3 "
               "applications sent"),
              ("more applications and follow-ups", "5 more applications sent and logged, each "
               "with a follow-up date")),
}
_SINGLE_DONE = {
    "setup": "set up, with its first tutorial done",
    "read": "read, with 5 notes saved",
    "read part": "read, with 3 notes saved",
    "fetch": "downloaded or ordered, and saved with your notes",
    "watch": "watched, with notes saved",
    "follow": "5 sources followed and listed in a note, with one idea from each",
    "connect": "done, with the people you met and what you learned logged",
    "keep": "started, with the first 3 entries made",
    "enroll": "enrolled and the first session done",
    "learn": "notes with 3 key points and one worked example saved",
    "make": "finished, saved and shown to one person for feedback",
    "practice": "run, with the results written up",
    "present": "presented, with the feedback written down",
    "apply": "the applications sent and logged in a tracker, each with a follow-up date",
}
# fmt: on
COURSE_WORDS = re.compile(
    r"\b(?:courses?|training|certification|certificate|class(?:es)?|programs?|programmes?|"
    r"bootcamp|mooc)\b",
    re.IGNORECASE,
)
# Parts of a course, not a course: "complete the first tutorial", "CLO 3D tutorials".
_LESSONS = re.compile(r"\b(?:tutorials?|modules?|lessons?|chapters?|exercises?)\b", re.I)
_FIRST = re.compile(r"\b(?:first|one|a single|the next)\b", re.IGNORECASE)
_EVENT = re.compile(
    r"\b(?:conferences?|summits?|expos?|meetups?|events?|webinars?|workshops?|fairs?|"
    r"trade shows?|hackathons?|festivals?)\b",
    re.IGNORECASE,
)
# Things made in one sitting, whatever the verb ("create your first mood board").
_SMALL_MAKE = re.compile(
    r"\b(?:mood ?boards?|sketch(?:es)?|outlines?|lists?|checklists?|one-page\w*|posters?|"
    r"flats?|first draft|short (?:note|post|summary)|profile)\b",
    re.IGNORECASE,
)
_TOOL_WORDS = re.compile(r"\b(?:app|software|tool|client|plugin|plug-in|library|trial)\b", re.I)
_PART = re.compile(
    r"\b(?:introduction|intro|chapter|article|summary|section|overview|preface|post)\b", re.I
)
_EXAM_WORDS = re.compile(r"\b(?:exams?|examination)\b", re.IGNORECASE)
_CLAUSE = re.compile(r",?\s+and\s+(?P<verb>[a-z]+)\s+(?P<next>\S+)")
# Verbs that are nouns as often ("trends and design principles"): a new instruction only
# when an object or a preposition follows them.
_NOUNISH = frozenset(
    """design test plan map model record list note check build log post track demo trial
    lead code label save survey review research network present share tour contact
    experiment prototype sketch outline draft update edit audit estimate convert program
    practice practise order scale run keep start set study follow""".split()  # noqa: SIM905
)
_OBJECT = re.compile(
    r"(?:a|an|the|your|yourself|one|two|three|four|five|ten|\d+|to|it|them|with|for|on|at|"
    r"in|up|out|about|from|each|every|some|all|this|that|these|those|my|our|its|their)$",
    re.IGNORECASE,
)


def work_kind(text: str) -> str:
    """The row of the estimates table a goal's or item's own words ask for."""
    verb = leading_verb(text)
    if verb == "use":
        return "setup"
    kind = VERB_KIND.get(verb, "small")
    if verb in ("take", "complete", "finish", "pass", "earn") or kind == "enroll":
        if COURSE_WORDS.search(text):
            return "enroll" if kind == "enroll" else course_size(text)
        if _EXAM_WORDS.search(text):
            return "exam"
        if _LESSONS.search(text):
            return "small" if _FIRST.search(text) else "learn"
        return "enroll" if kind == "enroll" else "make"
    if verb == "attend" and _EVENT.search(text):
        return "event"
    if verb in ("download", "order", "buy", "print", "get") and not _TOOL_WORDS.search(text):
        return "fetch"
    if kind == "read" and _PART.search(text):
        return "read part"
    if verb == "publish":
        kind = "make"
    kind = {"share": "connect", "finish": "make"}.get(kind, kind)
    if kind == "make" and _SMALL_MAKE.search(text):
        return "small"
    return kind


def clauses(text: str) -> list[str]:
    """A goal cut at each "and" that starts a new instruction ("Document the architecture
    and present to a peer group"), never at "and" inside a phrase ("trends and design
    principles")."""
    pieces: list[str] = []
    start = 0
    for match in _CLAUSE.finditer(text[:400]):
        verb = match.group("verb")
        if verb not in VERB_KIND:
            continue
        if verb in _NOUNISH and not _OBJECT.match(match.group("next")):
            continue
        pieces.append(text[start : match.start()])
        start = match.start("verb")
    pieces.append(text[start:])
    return [piece.strip() for piece in pieces if piece.strip()]


def text_steps(text: str, parts: list[tuple[str, str]]) -> list[StepText]:
    """The steps of a goal or item, from its parts: each a clause and its row of the
    estimates table. A single step keeps the text as its title."""
    drafted: list[tuple[str, str, str, float]] = []
    for clause, work in parts:
        steps = ESTIMATES[work].steps
        labels = _LABELS.get(work)
        if work in ("course", "short course", "long course", "exam", "event"):
            item = GuideResource(clause, "course" if "course" in work else work)
            drafted += [
                (step.slug, _course_label(step.slug), step.done_when, step.hours)
                for step in resource_steps(item, [])
            ]
        elif labels is None or len(steps) == 1:
            done = _small_done(clause) if work == "small" else _SINGLE_DONE.get(work, "")
            done = done or _small_done(clause)
            drafted.append(("", clause, done, ESTIMATES[work].hours))
        else:
            for (label, done), (_, hours) in zip(labels, steps, strict=True):
                drafted.append((_slug_of(label, 1), label, done, hours))
    if len(drafted) == 1:
        _, _, done, hours = drafted[0]
        return [StepText("", text, done, hours)]
    texts = []
    for slug, label, done, hours in drafted:
        shown = label[:1].lower() + label[1:]
        texts.append(StepText(slug or _slug_of(label, 3), f"{text} ({shown})", done, hours))
    return texts


# What "done" looks like for one sitting of work, by its verb.
_SMALL_DONE = (
    ("write draft rewrite document outline summarize summarise describe", "written and saved, "
     "and read through once against what it asks"),
    ("map sketch redraw draw diagram", "drawn and saved, with a line on what it shows"),
    ("calculate estimate compare analyze analyse audit cost measure", "worked out in a sheet, "
     "with the result and how you got it noted"),
    ("photograph record film", "the photos or the recording saved, with a note on each"),
    ("list pick choose identify collect gather select bookmark", "the list saved, with a line "
     "on why each is on it"),
    ("tailor update edit revise polish", "the new version saved and sent to one person for "
     "comments"),
    ("plan define schedule", "the plan saved, with its first step dated"),
)  # fmt: skip
_SMALL_BY_VERB = {verb: done for verbs, done in _SMALL_DONE for verb in verbs.split()}


def _small_done(text: str) -> str:
    return _SMALL_BY_VERB.get(leading_verb(text), "done, with the result saved where you keep "
                              "your notes")  # fmt: skip


def _course_label(slug: str) -> str:
    label, _, number = slug.partition("-")
    return {
        "enroll": "enroll and first session",
        "study": f"study session {number}",
        "finish": "finish it",
        "prepare": f"prepare, session {number}",
        "book": "book the exam",
        "sit": "sit the exam",
        "register": "find a date and register",
        "attend": "attend",
    }.get(label, label)


def _slug_of(label: str, words: int) -> str:
    found = re.findall(r"[a-z0-9]+", label.lower())
    return "-".join(found[:words]) or "step"
