"""A hypothesis strategy that writes guides of the "From X to Y: Your N-Month Transition
Guide" family the way the family varies, and remembers what each one says.

Careers come from word lists; a guide has 1-8 phases of 1-16 weeks and 1-9 skills on
either side; its resources are courses, exams, books, tools, communities, events,
videos and reports, each written in one of the forms guides use ("on Platform",
"offered by X", "from the X", "X's", "by Author"); its bullets, phase-length lines,
line endings, byte-order mark, trailing blanks and blank lines vary; its salary
sentence comes in either order, as a cut, a rise or no change, in any currency.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from hypothesis import strategies as st

FROM_ROLES = (
    "Registered Nurse", "Paralegal", "Retail Manager", "Pharmacist", "Restaurant Chef",
    "Primary School Teacher", "Accountant", "Firefighter", "Librarian", "Barista",
    "Electrician", "Social Worker", "Flight Attendant", "Logistics Coordinator",
    "Hotel Receptionist", "Journalist", "Dental Hygienist", "Bank Teller",
)  # fmt: skip
TO_ROLES = (
    "Data Analyst", "UX Researcher", "Product Manager", "Sustainability Consultant",
    "Clinical Research Associate", "Instructional Designer", "Food Product Developer",
    "Visual Merchandiser", "Cybersecurity Analyst", "Technical Writer", "Health Informatics "
    "Specialist", "Supply Chain Analyst", "Legal Technologist", "Quality Engineer",
)  # fmt: skip
TOPICS = (
    "Statistics", "Python Programming", "Data Visualization", "Clinical Trials",
    "Regulatory Affairs", "Project Management", "Research Methods", "Food Safety",
    "Carbon Accounting", "Version Control", "Software Testing", "Cloud Security",
    "Technical Writing", "Interaction Design", "Supply Chain Planning", "Contract Law",
    "Medical Terminology", "Spreadsheet Modeling", "Accessibility", "Stakeholder Interviews",
)  # fmt: skip
PLATFORMS = ("Coursera", "edX", "Udemy", "LinkedIn Learning", "FutureLearn", "Skillshare")
INSTITUTIONS = (
    "UC Davis Continuing and Professional Education", "Johns Hopkins University",
    "University of Michigan", "Imperial College London", "Copenhagen Business School",
)  # fmt: skip
ORGS = (
    "NIDA Clinical Trials Network", "Project Management Institute", "Linux Foundation",
    "Association of Clinical Research Professionals", "Chartered Institute of Logistics",
)  # fmt: skip
AUTHORS = ("Scott Chacon", "Hadley Wickham", "Steve Krug", "Cathy O'Neil")
TOOLS = ("REDCap", "Tableau", "Figma", "Git", "Airtable", "Jira", "KNIME", "Miro")
WORDS = (
    "Practical", "Applied", "Modern", "Complete", "Essential", "Advanced", "Hands-On",
    "Everyday", "Working", "Clear",
)  # fmt: skip
BULLETS = ("- ", "\u2022 ", "\u2013 ", "* ", "1. ")
WEEK_LINES = ("{n} weeks- ", "{n} weeks - ", "{n} weeks: ", "{n} weeks\u2022 ", "{n} weeks\u2013")
NEWLINES = ("\n", "\r\n", "\r")
CURRENCIES = (
    ("$", "", "USD"), ("£", "", "GBP"), ("€", "", "EUR"), ("", " CHF", "CHF"),
    ("₹", "", "INR"), ("CAD ", "", "CAD"),
)  # fmt: skip


@dataclass
class Written:
    """A generated guide and what it says."""

    text: str = ""
    sentences: list[str] = field(default_factory=list)
    # title -> (kind, provider, offered_by) for each resource of the advice.
    resources: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    salary: dict[str, Any] = field(default_factory=dict)
    ranges: list[str] = field(default_factory=list)  # phases written as a range of weeks
    missing: list[str] = field(default_factory=list)
    phases: int = 0


def _title(draw: st.DrawFn, taken: set[str], noun: str) -> str:
    while True:
        name = f"{draw(st.sampled_from(WORDS))} {draw(st.sampled_from(TOPICS))}"
        name = f"{name} {noun}".strip()
        if name not in taken:
            taken.add(name)
            return name


def _resource(draw: st.DrawFn, taken: set[str], topic: str) -> tuple[str, str, tuple[str, ...]]:
    """One resource clause: its words, its title and (kind, provider, offered_by)."""
    form = draw(st.integers(0, 15))
    platform = draw(st.sampled_from(PLATFORMS))
    if form == 0:
        title = _title(draw, taken, "")
        return f"Take '{title}' on {platform}", title, ("course", platform, "")
    if form == 1:
        title, by = _title(draw, taken, "Essentials"), draw(st.sampled_from(INSTITUTIONS))
        return (
            f"Enroll in '{title}' on {platform} (offered by {by})",
            title,
            ("course", platform, by),
        )
    if form == 2:
        title, org = _title(draw, taken, ""), draw(st.sampled_from(ORGS))
        return f"Complete the '{title}' course from the {org}", title, ("course", org, "")
    if form == 3:
        title, by = _title(draw, taken, ""), draw(st.sampled_from(INSTITUTIONS))
        return f"Study '{title}' offered by {by}", title, ("course", "", by)
    if form == 4:
        title, org = _title(draw, taken, "Certification"), draw(st.sampled_from(ORGS))
        return f"Prepare for the '{title}' exam from the {org}", title, ("exam", org, "")
    if form == 5:
        title = _title(draw, taken, "Handbook")
        return f"Read '{title}'", title, ("book", "", "")
    if form == 6:
        title, author = _title(draw, taken, "in Practice"), draw(st.sampled_from(AUTHORS))
        return f"Read '{title}' by {author}", title, ("book", "", author)
    if form == 7:
        tool = draw(st.sampled_from([tool for tool in TOOLS if tool not in taken] or ["Notion"]))
        taken.add(tool)
        return f"Experiment with {tool} for {topic.lower()} work", tool, ("tool", "", "")
    if form == 8:
        title, where = _title(draw, taken, "Circle"), draw(st.sampled_from(("Slack", "Discord")))
        return f"Join the '{title}' community on {where}", title, ("community", where, "")
    if form == 9:
        title = _title(draw, taken, "Summit")
        return f"Attend '{title}'", title, ("event", "", "")
    if form == 10:
        title = _title(draw, taken, "Walkthroughs")
        return f"Watch the '{title}' video series on YouTube", title, ("video", "YouTube", "")
    if form == 11:
        org = draw(st.sampled_from(ORGS))
        title = f"{org} industry reports"
        taken.add(title)
        return f"Follow industry reports from {org}", title, ("report", org, "")
    if form == 12:
        title, org = _title(draw, taken, ""), draw(st.sampled_from(ORGS))
        return f"Take {org}'s '{title}' course", title, ("course", org, "")
    if form == 13:
        title = _title(draw, taken, "Professional Certificate")
        return f"Earn the '{title}' on {platform}", title, ("course", platform, "")
    if form == 14:
        title = _title(draw, taken, "Exam")
        return f"Sit the '{title}'", title, ("exam", "", "")
    title, org = _title(draw, taken, "Report"), draw(st.sampled_from(ORGS))
    return f"Read the '{title}' from the {org}", title, ("report", org, "")


def _lowered(clause: str) -> str:
    return clause[:1].lower() + clause[1:]


def _money(draw: st.DrawFn, symbol: str, suffix: str, low: int, high: int) -> str:
    dash = draw(st.sampled_from(("-", "\u2013")))
    if draw(st.booleans()) and symbol in ("$", "£", "€"):
        return f"{symbol}{low // 1000}k{dash}{symbol}{high // 1000}k"
    if symbol == "₹":
        return f"₹{_lakh(low)}{dash}₹{_lakh(high)}"
    return f"{symbol}{low:,}{suffix}{dash}{symbol}{high:,}{suffix}"


def _lakh(value: int) -> str:
    text = str(value)
    head, tail = text[:-3], text[-3:]
    groups = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    return ",".join([head, *groups, tail]) if head else tail


def _salary(draw: st.DrawFn, written: Written) -> str:
    symbol, suffix, code = draw(st.sampled_from(CURRENCIES))
    scale = 100 if code == "INR" else 1
    base = draw(st.integers(30, 90)) * 1000 * scale
    current = (base, base + draw(st.integers(5, 30)) * 1000 * scale)
    entry = (base + draw(st.integers(-20, 20)) * 1000 * scale, 0)
    entry = (entry[0], entry[0] + draw(st.integers(5, 25)) * 1000 * scale)
    direction = draw(st.sampled_from(("cut", "rise", "none")))
    low, high = sorted(draw(st.lists(st.integers(3, 30), min_size=2, max_size=2, unique=True)))
    change = {
        "cut": (f"Expect a decrease of {low}-{high}% initially", (-high, -low)),
        "rise": (f"Expect an increase of {low}-{high}% initially", (low, high)),
        "none": ("Expect no change in pay initially", (0, 0)),
    }[direction]
    entry_text = _money(draw, symbol, suffix, *entry)
    current_text = _money(draw, symbol, suffix, *current)
    if draw(st.booleans()):
        sentence = (
            f"{change[0]}, as junior roles earn {entry_text} compared to your current "
            f"{current_text}."
        )
    else:
        sentence = (
            f"{change[0]}: your current {current_text} versus {entry_text} for entry-level roles."
        )
    written.salary = {
        "currency": code,
        "entry_min": entry[0], "entry_max": entry[1],
        "current_min": current[0], "current_max": current[1],
        "change_min_percent": change[1][0], "change_max_percent": change[1][1],
    }  # fmt: skip
    return sentence


@st.composite
def guides(draw: st.DrawFn) -> Written:
    """A guide of the family, with what it says."""
    written = Written()
    bullet = draw(st.sampled_from(BULLETS))
    colon = draw(st.sampled_from(("", ":")))  # "Reality Check:", "This Week:"
    counter = [0]

    def item(text: str) -> str:
        written.sentences.append(text)
        if bullet == "1. ":
            counter[0] += 1
            return f"{counter[0]}. {text}"
        return bullet + text

    from_role = draw(st.sampled_from(FROM_ROLES))
    to_role = draw(st.sampled_from([role for role in TO_ROLES if role != from_role]))
    months = draw(st.integers(3, 18))
    lines = [f"From {from_role} to {to_role}: Your {months}-Month Transition Guide", "Overview"]
    overview = [
        f"Your years as a {from_role} taught you to keep calm and get details right.",
        f"Teams hiring a {to_role} need exactly that, plus a few new skills.",
    ][: draw(st.integers(1, 2))]
    lines += overview
    written.sentences += overview
    taken: set[str] = set()
    topics = draw(st.lists(st.sampled_from(TOPICS), min_size=2, max_size=18, unique=True))
    have, learn = topics[: max(1, len(topics) // 2)], topics[len(topics) // 2 :] or topics[:1]
    have, learn = have[:9], learn[:9]
    if draw(st.integers(0, 5)):
        intro = "Great news! You already have valuable skills that give you a head start."
        lines += ["Your Transferable Skills", intro]
        written.sentences.append(intro)
        for name in have:
            applies = f"Your work as a {from_role} built your {name.lower()} habits."
            lines += [f"{name} Habits", applies]
            written.sentences += [f"{name} Habits", applies]
    else:
        written.missing.append("Your Transferable Skills")
    intro = "Here's what you'll need to learn, prioritized by importance for your transition."
    lines += ["Skills You'll Need to Learn", intro]
    written.sentences.append(intro)
    skill_names = []
    for topic in learn:
        name = f"{topic} for {to_role.split()[-1]}s"
        skill_names.append(name)
        clauses = []
        for number in range(draw(st.integers(1, 2))):
            clause, title, facts = _resource(draw, taken, topic)
            written.resources[title] = facts
            clauses.append(clause if number == 0 else _lowered(clause))
        advice = " and ".join(clauses)
        examples = f" (e.g., {', '.join(TOOLS[:2])})" if draw(st.integers(0, 3)) == 0 else ""
        lines += [f"{name}{examples}", advice]
        written.sentences += [name, advice]
    intro = "Follow this step-by-step roadmap to successfully make your career transition."
    lines += ["Your Learning Roadmap", intro]
    written.sentences.append(intro)
    written.phases = draw(st.integers(1, 8))
    for number in range(1, written.phases + 1):
        topic = draw(st.sampled_from(learn))
        title = draw(
            st.sampled_from(
                (
                    f"Phase {number}: {topic}",
                    f"{topic} & Practice",
                    f"{topic} (Part {number})",
                    f"Stage {number}: {topic} Basics",
                )
            )
        )
        weeks = draw(st.integers(1, 16))
        title = title if title not in lines else f"{title} {number}"
        if draw(st.integers(0, 5)) == 0 and weeks > 1:
            said = f"{weeks - 1}-{weeks} weeks- "
            written.ranges.append(title)
        else:
            said = draw(st.sampled_from(WEEK_LINES)).format(n=weeks)
            said = said.replace("weeks", "week") if weeks == 1 else said
        tool = draw(st.sampled_from(TOOLS))
        goals = [
            draw(
                st.sampled_from(
                    (
                        f"Learn the basics of {topic.lower()}",
                        f"Build a small {topic.lower()} project using {tool}",
                        f"Write a one-page summary of {topic.lower()} for your notes",
                        f"Run a practice session on {topic.lower()} with two colleagues",
                        "Tailor your resume to the roles you want",
                        f"Apply to junior {to_role} roles and network at local meetups",
                        f"Present your {topic.lower()} work to a peer group",
                    )
                )
            )
            for _ in range(draw(st.integers(1, 4)))
        ]
        goals = list(dict.fromkeys(goals))
        if draw(st.integers(0, 4)) == 0:  # the length alone, every goal on a bullet
            lines += [title, said.rstrip(" -:\u2022\u2013"), *(item(goal) for goal in goals)]
            written.sentences.append(title)
        else:
            lines += [title, said + goals[0]]
            lines += [item(goal) for goal in goals[1:]]
            written.sentences += [title, goals[0]]
    if draw(st.integers(0, 4)):
        intro = "Before making this transition, here's an honest look at what to expect."
        lines += ["Reality Check" + colon, intro, "What You'll Love" + colon]
        lines += [item(f"Seeing your {topic.lower()} work matter") for topic in learn[:2]]
        lines += ["What You Might Miss" + colon, item(f"The rhythm of life as a {from_role}")]
        lines += ["Biggest Challenges" + colon, item("Starting again as a junior")]
        written.sentences.append(intro)
    else:
        written.missing.append("Reality Check")
    if draw(st.integers(0, 4)):
        intro = "Don't wait. Here's your action plan starting today."
        lines += ["Start Your Journey Now", intro]
        written.sentences.append(intro)
        first = next(iter(written.resources))
        for horizon, texts in (
            ("This Week", [f"Enroll in '{first}'" if written.resources[first][0] == "course"
                           else f"Make a list of five {to_role} job adverts"]),
            ("This Month", [f"Message two people who work as a {to_role} on LinkedIn"]),
            ("Next 90 Days", [f"Finish '{first}'" if written.resources[first][0] == "course"
                              else f"Build a first {learn[0].lower()} portfolio piece"]),
        ):  # fmt: skip
            lines.append(horizon + colon)
            lines += [item(text) for text in texts]
    else:
        written.missing.append("Start Your Journey Now")
    if draw(st.integers(0, 4)):
        answer = _salary(draw, written)
        faq = [answer]
        if draw(st.booleans()):
            faq = ["How much will I earn at first?", answer, "Do I need a degree?",
                   f"No. A portfolio matters more to {to_role} hiring managers."]  # fmt: skip
        lines += ["Frequently Asked Questions", *faq]
        written.sentences += faq
    else:
        written.missing.append("Frequently Asked Questions")
    if draw(st.booleans()):
        closing = "Take the next step in your career journey."
        lines += ["Ready to Start Your Transition?", closing]
        written.sentences.append(closing)
    else:
        written.missing.append("Ready to Start Your Transition?")
    newline = draw(st.sampled_from(NEWLINES))
    trailing = draw(st.sampled_from(("", " ", "\t ")))
    blanks = draw(st.lists(st.booleans(), min_size=len(lines), max_size=len(lines)))
    text = "".join(
        line + trailing + newline + (newline if blank else "")
        for line, blank in zip(lines, blanks, strict=True)
    )
    written.text = ("\ufeff" if draw(st.booleans()) else "") + text
    return written
