"""`today` is one screen: at most 30 lines at 80 columns in a week where the learner keeps
up. A milestone of this week is a mark on its actions, later ones are one line, and
nothing on the screen is said twice (a resource an action names, the phase's own skill)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.helpers import Learner

START = date(2027, 1, 4)


def keep_up_to(learner: Learner, week: int) -> date:
    """Begin the bundled plan and do every action of the weeks before ``week``, moving on
    when a phase is done, as a learner who keeps up does; the Monday of ``week``."""
    learner.ok("start", "--on", START.isoformat(), today=START)
    for earlier in range(week - 1):
        monday = START + timedelta(weeks=earlier)
        move_on_if_done(learner, monday)
        view = learner.json("today", today=monday)
        open_ids = [line["id"] for line in view["actions"] if line["status"] == "open"]
        if open_ids:
            learner.ok("done", *open_ids, today=monday)
    monday = START + timedelta(weeks=week - 1)
    move_on_if_done(learner, monday)
    return monday


def move_on_if_done(learner: Learner, monday: date) -> None:
    if learner.json("today", today=monday)["next_step"]["kind"] == "phase-done":
        learner.ok("phase", "next", "--yes", today=monday)


@pytest.mark.parametrize("week", [1, 2, 3, 4])
def test_a_kept_up_week_fits_one_screen(learner: Learner, week: int) -> None:
    """A week of the bundled plan begun with every earlier week done: <= 30 lines."""
    monday = keep_up_to(learner, week)

    screen = learner.screen("today", today=monday)

    assert "on track" in screen
    assert len(screen.splitlines()) <= 30, screen


@pytest.mark.slow
def test_every_week_of_a_kept_up_plan_fits_one_screen(learner: Learner) -> None:
    """All 24 weeks of the bundled plan, kept up with phase moves: each <= 30 lines."""
    learner.ok("start", "--on", START.isoformat(), today=START)
    lengths = {}
    for week in range(1, 25):
        monday = START + timedelta(weeks=week - 1)
        move_on_if_done(learner, monday)
        screen = learner.screen("today", today=monday)
        lengths[week] = len(screen.splitlines())
        view = learner.json("today", today=monday)
        open_ids = [line["id"] for line in view["actions"] if line["status"] == "open"]
        if open_ids:
            learner.ok("done", *open_ids, today=monday)

    assert max(lengths.values()) <= 30, lengths
    assert learner.json("today", today=START + timedelta(weeks=24))["complete"]


def test_milestones_due_after_this_week_are_one_line_naming_the_actions_toward_them(
    learner: Learner,
) -> None:
    """Week 3's two milestones are due at the end of week 4: one line saying when and
    which of this week's numbered actions count toward them, not two entries."""
    monday = keep_up_to(learner, 3)

    view = learner.json("today", today=monday)
    screen = learner.screen("today", today=monday)

    week_end = date.fromisoformat(view["week_end"])
    later = [m for m in view["milestones"] if date.fromisoformat(m["due_date"]) > week_end]
    assert len(later) == 2
    toward = sorted(
        line["number"]
        for line in view["actions"]
        if any(line["id"] in m["open_actions"] for m in later)
    )
    due = max(date.fromisoformat(m["due_date"]) for m in later)
    days = (due - monday).days
    expected = (
        f"Coming up: 2 milestones by {due:%a} {due.day} {due:%b %Y}, in {days} days; "
        f"{toward[0]} and {toward[1]} above count toward them."
    )
    assert expected in " ".join(screen.split())
    assert "Milestones due soon" not in screen
    for milestone in later:
        assert milestone["title"] not in " ".join(screen.split())


def test_a_resource_an_action_names_is_not_listed_again(learner: Learner) -> None:
    """In week 3, TensorFlow is named by the action that trains with it; the resources
    line keeps only what no action names."""
    monday = keep_up_to(learner, 3)

    view = learner.json("today", today=monday)
    screen = " ".join(learner.screen("today", today=monday).split())

    titles = " ".join(line["title"] for line in view["actions"]).casefold()
    named = [r["title"] for r in view["resources"] if r["title"].casefold() in titles]
    unnamed = [r["title"] for r in view["resources"] if r["title"].casefold() not in titles]
    assert named and unnamed
    resources_line = screen.split("Resources this week: ")[1]
    for title in unnamed:
        assert title in resources_line
    for title in named:
        assert title not in resources_line


def test_a_skill_named_like_the_phase_is_not_repeated_on_each_action(learner: Learner) -> None:
    """In Trend Analysis and Market Research, that skill is the header, not a tag on
    every line; the phase's other skills still show."""
    monday = keep_up_to(learner, 12)

    screen = learner.screen("today", today=monday)

    title = "Trend Analysis and Market Research"
    assert screen.splitlines()[0].startswith(title + " — ")
    assert title not in "\n".join(screen.splitlines()[1:])


def test_a_milestone_of_this_week_is_a_mark_with_its_weekday(learner: Learner) -> None:
    """Week 1's milestones are due on its Sunday: marks on the actions, no second list."""
    learner.ok("start", "--on", START.isoformat(), today=START)

    screen = learner.screen("today", today=START)

    assert "milestone by Sun, in 6 days" in screen
    assert "Milestones due soon" not in screen
