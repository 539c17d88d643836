"""Word matching for the planner: which skills (or resources) a text names, whether it
is career work, and what its verb asks for.

Matching goes through an index from word stems to the entries that hold them, so a
guide's texts are each read once, whatever the number of skills: a stem that every
entry shares (or, in a long list, more than ``_COMMON`` of them) tells nothing and is
left out, and only the first ``_SCAN`` characters of a text are read.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence

# Words that tell nothing about which skill a text is about.
_STOP = """a an the and or of for to in on with your you from by at as is it be into via its
learn learning basic basics beginner beginners advanced introduction intro course courses
complete build create start first simple new skill skills using use tool tools work project
study guide how what their them this that like such fundamentals essentials industry
online free class training certificate certification program programme tutorial tutorials
module modules level part more most some one two three all any other own each every
based about get make do take find run write read e g eg etc"""
STOP_WORDS = frozenset(_STOP.split())
_SUFFIXES = ("ations", "ation", "ings", "ing", "ies", "ions", "ion", "ers", "er", "ed", "es",
             "s", "al", "ly", "ive", "ment")  # fmt: skip
_COMMON = 12  # a stem held by more entries than this is too common to tell them apart
_WORD = re.compile(r"[a-z0-9][a-z0-9+#]*")
_SCAN = 600


def stem(word: str) -> str:
    """A word cut to its stem and to five letters, so "testing" meets "tests" and
    "generative" meets "generation"."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word[:5]


def stems(text: str) -> set[str]:
    """The stems of a text's content words."""
    words = _WORD.findall(text.lower().replace("'s", ""))
    return {stem(word) for word in words if len(word) > 1 and word not in STOP_WORDS}


def normal(text: str) -> str:
    """A text as phrases compare: lower-case words between single blanks, blank-padded."""
    return " " + " ".join(_WORD.findall(text.lower())) + " "


def mentions(text: str, phrase: str) -> bool:
    """Whether ``text`` names ``phrase`` as whole words, in any case."""
    target = normal(phrase)
    return target.strip() != "" and target in normal(text)


class Index:
    """Entries (skills, resources...) by their words: each entry's text, plus phrases that
    count extra when a text names them whole (a skill's name and examples)."""

    def __init__(self, texts: Sequence[str], phrases: Sequence[Sequence[tuple[str, float]]]):
        postings: dict[str, list[int]] = {}
        for entry, text in enumerate(texts):
            for found in stems(text):
                postings.setdefault(found, []).append(entry)
        limit = _COMMON if len(texts) > 2 * _COMMON else len(texts)
        self.weights = {
            found: (entries, 1 / len(entries))
            for found, entries in postings.items()
            if len(entries) <= limit and (len(texts) < 3 or len(entries) < len(texts))
        }
        # Phrases by their first word; a text's words find them without a scan.
        self.phrases: dict[str, list[tuple[int, str, float]]] = {}
        for entry, own in enumerate(phrases):
            for phrase, bonus in own:
                target = normal(phrase)
                first = target.split()[0] if target.strip() else ""
                if first:
                    bucket = self.phrases.setdefault(first, [])
                    if len(bucket) < 4 * _COMMON:
                        bucket.append((entry, target, bonus))

    def scores(self, text: str) -> dict[int, float]:
        """Each entry the text names, with how clearly: rare shared stems, whole phrases."""
        text = text[:_SCAN]
        found: dict[int, float] = {}
        for word in stems(text):
            posting = self.weights.get(word)
            if posting is not None:
                entries, weight = posting
                for entry in entries:
                    found[entry] = found.get(entry, 0.0) + weight
        padded = normal(text)
        for word in set(padded.split()):
            for entry, target, bonus in self.phrases.get(word, ()):
                if target in padded:
                    found[entry] = found.get(entry, 0.0) + bonus
        return found

    def best(self, text: str, *, at_least: float, most: int = 2) -> list[int]:
        """The entries the text names with a score of ``at_least`` or more, best first."""
        ranked = sorted(self.scores(text).items(), key=lambda item: (-item[1], item[0]))
        return [entry for entry, score in ranked[:most] if score >= at_least]


def skill_phrases(name: str, examples: Iterable[str]) -> list[tuple[str, float]]:
    """A skill's name counts 3, each example 2, and each pair of its name's words 1, so
    "fashion design" beats a lone "fashion"."""
    words = [word for word in name.split() if word.lower() not in STOP_WORDS]
    pairs = [(f"{one} {two}", 1.0) for one, two in itertools.pairwise(words)]
    return [(name, 3.0), *((example, 2.0) for example in examples), *pairs]


# --- Career work and what a verb asks for -------------------------------------------------

CAREER = re.compile(
    r"\b(?:apply|applying|applications?\s+(?:to|for)|resumes?|r\u00e9sum\u00e9s?|cvs?|"
    r"cover letters?|job (?:search|hunt|interviews?|boards?|offers?|applications?)|"
    r"mock interviews?|interview (?:prep|practice|questions|skills)|informational interviews?|"
    r"network(?:ing)?|recruiters?|hiring managers?|linkedin profile|portfolio|"
    r"salary negotiation|negotiate (?:a |your )?(?:salary|offer)|personal brand|"
    r"elevator pitch|referrals?|career fairs?|reach out to|connect with|message (?:\w+ ){0,3}"
    r"(?:developers?|designers?|analysts?|managers?|professionals?|people|recruiters?)|"
    r"interview (?:a|an|one|two|three|\d+) [\w -]{0,40}? about (?:their|her|his))\b",
    re.IGNORECASE,
)


def is_career(text: str) -> bool:
    """Job search, networking, applications, CV and portfolio: career work."""
    return CAREER.search(text[:600]) is not None


_VERBS = {
    "learn": "learn study understand research explore master review familiarize "
    "familiarise investigate examine discover grasp",
    "read": "read",
    "watch": "watch",
    "follow": "follow subscribe track monitor",
    "connect": "network connect join attend reach meet contact volunteer shadow introduce "
    "seek interview speak talk message tour visit ask email",
    "present": "present pitch teach demo demonstrate",
    "share": "share post publish",
    "apply": "apply",
    "enroll": "enroll enrol sign register",
    "finish": "complete finish pass earn",
    "setup": "install download set configure order buy get",
    "practice": "run conduct test practice practise survey cook roast trial experiment "
    "prototype try host facilitate lead",
    "keep": "keep maintain log",
    "small": "write draft rewrite map calculate compare summarize summarise document outline "
    "sketch redraw list tailor update edit record define plan analyze analyse identify "
    "choose pick translate convert calculate estimate audit check collect gather save "
    "organize organise bookmark note label scale reformulate",
    "make": "build create design develop produce code implement make launch assemble "
    "construct craft program develop model prepare start put",
}
VERB_KIND = {verb: kind for kind, verbs in _VERBS.items() for verb in verbs.split()}


def leading_verb(text: str) -> str:
    """An instruction's verb; "Start following" counts as "follow", "Set up" as "set"."""
    words: list[str] = re.findall(r"[a-z]+", text[:80].lower())[:3] or ["do"]
    if words[0] in ("start", "begin", "keep") and len(words) > 1 and words[1].endswith("ing"):
        root = words[1][:-3]
        return next((verb for verb in (root, root + "e", root[:-1]) if verb in VERB_KIND), "start")
    if words[0] in ("learn", "how") and len(words) > 2 and words[1] == "to":
        return "use" if words[2] == "use" else words[2] if words[2] in VERB_KIND else "learn"
    return words[0]


def verb_kind(text: str) -> str:
    """What the instruction asks for: learn, make, small, practice, connect, ..."""
    verb = leading_verb(text)
    if verb == "use":
        return "setup"
    return VERB_KIND.get(verb, "small")
