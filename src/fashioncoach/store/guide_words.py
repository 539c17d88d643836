"""Word matching for the planner: which skill a text practises, which phase uses a
skill, and what an instruction's verb asks for.
"""

from __future__ import annotations

import itertools
import re

from fashioncoach.store.guide_model import GuideResource

# Words that tell nothing about which skill a text is about.
_STOP = """a an the and or of for to in on with your you from by at as is it be into via its
learn learning basic basics beginner beginners advanced introduction intro course courses
complete build create start first simple new skill skills using use tool tools work project
study guide how what their them this that like such fundamentals essentials industry"""
_STOP_WORDS = frozenset(_STOP.split())
CAREER = re.compile(
    r"\b(?:apply|applications?|resumes?|cv|cover letters?|interviews?|jobs?|"
    r"network(?:ing)?|salary|recruiters?|hiring)\b",
    re.IGNORECASE,
)
COURSE_WORDS = re.compile(r"\b(?:course|training|certification|class|program)\b|'", re.I)
_VERBS = {
    "learn": "learn study understand research explore master read review analyze analyse "
    "identify familiarize familiarise investigate examine watch discover",
    "follow": "follow subscribe track monitor",
    "connect": "network connect join attend reach meet contact volunteer shadow introduce "
    "seek find interview speak talk message",
    "present": "present share showcase pitch teach demo",
    "apply": "apply",
    "enroll": "enroll enrol sign register take",
}
VERB_KIND = {verb: kind for kind, verbs in _VERBS.items() for verb in verbs.split()}


def _stems(text: str) -> set[str]:
    """Content words cut to five letters, so "generative" meets "generation"."""
    words = re.findall(r"[a-z0-9][a-z0-9+#]*", text.lower())
    return {word[:5] for word in words if word not in _STOP_WORDS}


def mentions(text: str, phrase: str) -> bool:
    """Whether ``text`` names ``phrase`` as whole words, in any case."""
    return bool(phrase) and re.search(rf"\b{re.escape(phrase)}\b", text, re.I) is not None


def rarity(texts: list[str]) -> dict[str, float]:
    """A word's weight: 1 over the number of texts it appears in."""
    counts: dict[str, int] = {}
    for text in texts:
        for stem in _stems(text):
            counts[stem] = counts.get(stem, 0) + 1
    return {stem: 1 / count for stem, count in counts.items()}


class SkillWords:
    """A skill's words (name, examples, resource titles); its name and examples as whole
    phrases count extra, so "fashion design" beats a lone "fashion"."""

    def __init__(self, name: str, examples: tuple[str, ...], resources: list[GuideResource]):
        self.text = " ".join([name, *examples, *(item.title for item in resources)])
        self.stems = _stems(self.text)
        words = [word for word in name.split() if word.lower() not in _STOP_WORDS]
        self.phrases = [(name, 3.0), *((example, 2.0) for example in examples)]
        self.phrases += [(f"{one} {two}", 1.0) for one, two in itertools.pairwise(words)]

    def score(self, text: str, weights: dict[str, float]) -> float:
        found = sum(weights.get(stem, 0.0) for stem in self.stems & _stems(text))
        return found + sum(bonus for phrase, bonus in self.phrases if mentions(text, phrase))


def leading_verb(text: str) -> str:
    """An instruction's verb; "Start following" counts as "follow"."""
    words: list[str] = re.findall(r"[a-z]+", text.lower())[:2] or ["do"]
    if words[0] in ("start", "begin", "keep") and len(words) > 1 and words[1].endswith("ing"):
        stem = words[1][:-3]
        return next((verb for verb in (stem, stem + "e", stem[:-1]) if verb in VERB_KIND), "start")
    return words[0]
