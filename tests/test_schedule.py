"""Unit tests of the one clock's rules (docs/planning.md, rules 1-8).

The schedule (``core/schedule.py``), the verdict (``core/pace.py``) and the fold of
the event log (``core/log.py``) are pure: a roadmap, a progress and a day in, records
out. The progress is built with the same pure functions the commands use
(``core/changes.py``), so nothing of ours is mocked.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from itertools import pairwise

import pytest

from fashioncoach import paths
from fashioncoach.core.changes import (
    add_note,
    add_pause,
    advance_phase,
    mark,
    new_progress,
    retreat_phase,
)
from fashioncoach.core.log import fold
from fashioncoach.core.pace import clock_of, pace_line, pace_of, position_days
from fashioncoach.core.replan import apply_replan, propose_replan
from fashioncoach.core.schedule import (
    DAYS_PER_WEEK,
    Plan,
    default_budget,
    paused_calendar_weeks,
    plan_of,
)
from fashioncoach.model.progress import EventKind, Progress
from fashioncoach.model.roadmap import Roadmap
from fashioncoach.store.roadmap_file import load_roadmap
from tests.helpers import FIXTURES

BUNDLED = load_roadmap(paths.bundled_roadmap())
CUSTOM = load_roadmap(FIXTURES / "teacher-to-ux.toml")
WED = date(2026, 11, 25)  # the doc's examples start on Wed 25 Nov 2026


def at(day: date, hour: int = 9) -> datetime:
    return datetime.combine(day, time(hour))


def started(roadmap: Roadmap, start: date = WED, hours: float | None = None) -> Progress:
    budget = hours if hours is not None else default_budget(roadmap)
    return new_progress(roadmap=roadmap, start=start, hours_per_week=budget)


def marked(
    roadmap: Roadmap, progress: Progress, ids: list[str], kind: EventKind, day: date
) -> Progress:
    return mark(roadmap=roadmap, progress=progress, action_ids=ids, kind=kind, now=at(day)).progress


def paused(progress: Progress, first: date, back: date) -> Progress:
    return add_pause(progress, start=first, until=back, reason="", today=first)


def spans(plan: Plan) -> list[tuple[str, int, int, str]]:
    return [(span.id, span.first_week, span.weeks, span.state) for span in plan.spans]


def week_ids(roadmap: Roadmap, week: int) -> list[str]:
    """The ids of the roadmap's own week ``week``."""
    return [action.id for _, due, action in roadmap.actions() if due == week]


def assert_contiguous(plan: Plan) -> None:
    """Every plan week is seven days on the start's weekday, each right after the one before."""
    previous_end = plan.start - timedelta(days=1)
    for week in range(1, plan.weeks + 1):
        first, last = plan.week_dates(week)
        assert (last - first).days == DAYS_PER_WEEK - 1
        assert first.weekday() == plan.start.weekday()
        if not plan.paused_weeks:
            assert first == previous_end + timedelta(days=1)
        assert first > previous_end
        previous_end = last


# --- rule 1: weeks ------------------------------------------------------------------


@pytest.mark.parametrize("offset", range(7))
def test_weeks_start_on_the_start_weekday_and_are_seven_contiguous_days(offset: int) -> None:
    """Whatever the weekday of the start, plan week n runs from start + 7(n-1) for 7 days,
    and the weeks follow one another with no gap and no overlap."""
    start = WED + timedelta(days=offset)
    plan = plan_of(BUNDLED, started(BUNDLED, start), today=start + timedelta(days=10))
    assert plan.weeks == 24
    for week in range(1, plan.weeks + 1):
        assert plan.week_dates(week) == (
            start + timedelta(days=7 * (week - 1)),
            start + timedelta(days=7 * week - 1),
        )
    assert_contiguous(plan)
    assert plan.finish() == start + timedelta(days=7 * 24 - 1)


def test_the_doc_example_of_rule_1() -> None:
    """Started Wed 25 Nov 2026: week 1 is 25 Nov-1 Dec, week 2 is 2-8 Dec."""
    plan = plan_of(BUNDLED, started(BUNDLED), today=WED)
    assert plan.week_dates(1) == (date(2026, 11, 25), date(2026, 12, 1))
    assert plan.week_dates(2) == (date(2026, 12, 2), date(2026, 12, 8))


# --- rule 2: pauses -----------------------------------------------------------------


def test_the_doc_example_of_rule_2_two_paused_weeks() -> None:
    """A pause Fri 11 Dec-Thu 24 Dec pauses the calendar weeks 9-15 Dec (5 days) and
    16-22 Dec (7): plan week 3 becomes 23-29 Dec, and the plan ends two weeks later."""
    progress = paused(started(BUNDLED), date(2026, 12, 11), date(2026, 12, 25))
    plan = plan_of(BUNDLED, progress, today=date(2026, 12, 28))
    assert plan.paused_weeks == [3, 4]
    assert plan.week_dates(2) == (date(2026, 12, 2), date(2026, 12, 8))
    assert plan.week_dates(3) == (date(2026, 12, 23), date(2026, 12, 29))
    assert plan.week_dates(4)[0] == date(2026, 12, 30)
    assert plan.finish() == date(2027, 5, 11) + timedelta(weeks=2)
    assert_contiguous(plan)


@pytest.mark.parametrize(
    ("first", "days", "skipped"),
    [
        (date(2026, 12, 2), 3, []),  # three days inside week 2: lost time, no move
        (date(2026, 12, 2), 4, [2]),  # four days: a paused week
        (date(2026, 12, 6), 6, []),  # 6-11 Dec: 3 days of week 2 and 3 of week 3
        (date(2026, 12, 6), 7, [3]),  # 4 days of week 3: that week is paused, week 2 is not
        (date(2026, 12, 2), 7, [2]),  # a whole week
        (date(2026, 11, 25), 1, []),  # the first day
    ],
)
def test_a_calendar_week_with_four_paused_days_is_skipped_and_three_is_not(
    first: date, days: int, skipped: list[int]
) -> None:
    """A calendar week is paused only with 4 or more paused days; every later plan week
    moves on by one week per paused week, and the weeks stay 7 days on the weekday."""
    progress = paused(started(BUNDLED), first, first + timedelta(days=days))
    plan = plan_of(BUNDLED, progress, today=WED)
    assert plan.paused_weeks == skipped
    assert paused_calendar_weeks(WED, progress.pauses) == skipped
    assert plan.weeks == 24
    assert plan.finish() == date(2027, 5, 11) + timedelta(weeks=len(skipped))
    assert_contiguous(plan)


def test_two_pauses_in_one_calendar_week_add_up() -> None:
    """Two short pauses of 2 days in the same calendar week make 4 paused days: a paused week."""
    progress = paused(started(BUNDLED), date(2026, 12, 2), date(2026, 12, 4))
    progress = add_pause(
        progress, start=date(2026, 12, 6), until=date(2026, 12, 8), reason="", today=WED
    )
    assert plan_of(BUNDLED, progress, today=WED).paused_weeks == [2]


def test_week_of_and_week_dates_agree() -> None:
    """Every day of plan week n is in week n; a day of a paused week belongs to the
    plan week after it (the one the learner comes back to); days before the start are
    week 0 or less."""
    progress = paused(started(BUNDLED), date(2026, 12, 11), date(2026, 12, 25))
    progress = paused(progress, date(2027, 2, 1), date(2027, 2, 20))
    plan = plan_of(BUNDLED, progress, today=date(2027, 3, 1))
    for week in range(1, plan.weeks + 1):
        first, _ = plan.week_dates(week)
        for day in range(7):
            assert plan.week_of(first + timedelta(days=day)) == week
        if week > 1:
            # the days between the previous week and this one are paused weeks: this week's
            previous_end = plan.week_dates(week - 1)[1]
            gap = previous_end + timedelta(days=1)
            while gap < first:
                assert plan.week_of(gap) == week
                gap += timedelta(days=1)
    assert plan.week_of(WED - timedelta(days=1)) <= 0
    assert plan.week_of(WED - timedelta(days=8)) <= 0


# --- rule 3: phases -----------------------------------------------------------------


def test_the_doc_example_of_rule_3_early_phase_next() -> None:
    """`phase next` on a Thursday in week 3 makes week 3 the first week of AI Design
    Tools (weeks 3-8); Foundations is weeks 1-2; the later phases move with it."""
    thursday = date(2026, 12, 10)
    assert thursday.weekday() == 3
    progress = advance_phase(roadmap=BUNDLED, progress=started(BUNDLED), today=thursday)
    plan = plan_of(BUNDLED, progress, today=thursday)
    assert spans(plan) == [
        ("foundations", 1, 2, "done"),
        ("ai-design-tools", 3, 6, "current"),
        ("trend-analysis", 9, 4, "upcoming"),
        ("integration-project", 13, 6, "upcoming"),
        ("portfolio-job-search", 19, 4, "upcoming"),
    ]
    assert plan.weeks == 22
    assert plan.week_of(thursday) == 3
    assert plan.week_dates(3) == (date(2026, 12, 9), date(2026, 12, 15))
    assert_contiguous(plan)
    # Foundations' open actions of weeks 3-4 are left in it, due by its last week.
    assert plan.action_week["finish-skillshare-fashion-course"] == 2
    assert "finish-skillshare-fashion-course" in plan.left_behind
    assert plan.action_week["start-clo-3d-udemy-course"] == 3


def test_a_late_phase_runs_on_through_this_week_and_the_later_phases_wait() -> None:
    """In week 6 of a 4-week phase without `phase next`, the phase is weeks 1-6 and the
    next begins in week 7; `phase next` in week 6 makes week 6 the next phase's week 1."""
    day = date(2026, 12, 31)  # Thursday of week 6
    progress = started(BUNDLED)
    before = plan_of(BUNDLED, progress, today=day)
    assert spans(before)[:2] == [
        ("foundations", 1, 6, "current"),
        ("ai-design-tools", 7, 6, "upcoming"),
    ]
    assert before.weeks == 26
    moved = advance_phase(roadmap=BUNDLED, progress=progress, today=day)
    after = plan_of(BUNDLED, moved, today=day)
    assert spans(after)[:3] == [
        ("foundations", 1, 5, "done"),
        ("ai-design-tools", 6, 6, "current"),
        ("trend-analysis", 12, 4, "upcoming"),
    ]
    assert after.weeks == 25


def test_a_phase_left_in_the_week_it_began_has_no_week_of_its_own() -> None:
    """Two `phase next` in one week: the middle phase has 0 weeks and the spans stay
    contiguous (each begins where the one before ends)."""
    day = date(2026, 12, 10)
    progress = advance_phase(roadmap=BUNDLED, progress=started(BUNDLED), today=day)
    progress = advance_phase(roadmap=BUNDLED, progress=progress, today=day)
    plan = plan_of(BUNDLED, progress, today=day)
    assert spans(plan)[:3] == [
        ("foundations", 1, 2, "done"),
        ("ai-design-tools", 3, 0, "done"),
        ("trend-analysis", 3, 4, "current"),
    ]
    for earlier, later in pairwise(plan.spans):
        assert later.first_week == earlier.first_week + earlier.weeks
    # every action of the empty phase is due in the week it began, left in it
    for _, action in BUNDLED.phases[1].actions():
        assert plan.action_week[action.id] == 3
        assert action.id in plan.left_behind


def test_phase_back_restores_the_plan_as_it_was() -> None:
    """`phase back` removes the move: the spans, the action weeks and the finish are the
    same as before `phase next`."""
    day = date(2026, 12, 10)
    progress = started(BUNDLED)
    before = plan_of(BUNDLED, progress, today=day)
    moved = advance_phase(roadmap=BUNDLED, progress=progress, today=day)
    back = plan_of(BUNDLED, retreat_phase(progress=moved), today=day)
    assert spans(back) == spans(before)
    assert back.action_week == before.action_week
    assert back.finish() == before.finish()


def test_looking_back_before_a_phase_entry_shows_the_earlier_phase() -> None:
    """Rule 10: on a day before the learner entered a phase, the plan is in the phase
    before it, with the spans as they were then."""
    progress = advance_phase(roadmap=BUNDLED, progress=started(BUNDLED), today=date(2026, 12, 10))
    plan = plan_of(BUNDLED, progress, today=date(2026, 12, 1))
    assert plan.current == 0
    assert plan.current_span.id == "foundations"
    assert spans(plan)[0] == ("foundations", 1, 4, "current")


# --- rule 4: the budget -------------------------------------------------------------


def test_default_budget_is_what_the_roadmap_asks_rounded_up_to_the_half_hour() -> None:
    """The bundled roadmap: 244.5 h over 24 weeks is 10.19 h, its busiest week 10.5 h:
    10.5 h. The small roadmap: 31.5 h over 6 weeks is 5.25 h, its busiest week 6 h."""
    assert default_budget(BUNDLED) == 10.5
    assert default_budget(CUSTOM) == 6.0
    busiest = max(
        sum(action.hours for _, due, action in BUNDLED.actions() if due == week)
        for week in range(1, 25)
    )
    assert busiest == 10.5
    assert default_budget(BUNDLED) * 2 == int(default_budget(BUNDLED) * 2)


@pytest.mark.parametrize("roadmap", [BUNDLED, CUSTOM], ids=["bundled", "custom"])
def test_the_default_budget_keeps_the_roadmap_weeks(roadmap: Roadmap) -> None:
    """With the budget the roadmap asks for, every action is due in its roadmap week."""
    plan = plan_of(roadmap, started(roadmap), today=WED)
    assert plan.weeks == roadmap.overview.duration_weeks
    for _, week, action in roadmap.actions():
        assert plan.action_week[action.id] == week


def test_the_doc_example_of_rule_4_eight_hours_stretch_to_36_weeks() -> None:
    """The bundled roadmap with 8 h a week runs 36 weeks, to Tue 3 Aug 2027."""
    plan = plan_of(BUNDLED, started(BUNDLED, hours=8), today=WED)
    assert plan.weeks == 36
    assert plan.finish() == date(2027, 8, 3)


@pytest.mark.parametrize("hours", [0.5, 1, 3, 6, 8, 10, 10.5, 20, 80])
@pytest.mark.parametrize("roadmap", [BUNDLED, CUSTOM], ids=["bundled", "custom"])
def test_budget_stretches_phases_never_earlier_than_the_roadmap_week(
    roadmap: Roadmap, hours: float
) -> None:
    """Each action is due no earlier than its roadmap week (counted in its phase), in the
    roadmap's order; no week holds more than the budget unless one action alone does;
    a smaller budget never gives a shorter plan and a bigger one never goes below the
    roadmap's weeks."""
    plan = plan_of(roadmap, started(roadmap, hours=hours), today=WED)
    first_weeks = roadmap.phase_first_weeks()
    for index, phase in enumerate(roadmap.phases):
        span = plan.spans[index]
        assert span.weeks >= phase.duration_weeks
        previous = 0
        load: dict[int, list[float]] = {}
        for roadmap_week, action in phase.actions():
            week = plan.action_week[action.id]
            assert span.holds(week)
            assert week - span.first_week >= roadmap_week - first_weeks[phase.id]
            assert week >= previous  # the roadmap's order
            previous = week
            load.setdefault(week, []).append(action.hours)
        for items in load.values():
            assert sum(items) <= hours + 1e-9 or len(items) == 1
    assert plan.weeks >= roadmap.overview.duration_weeks
    if hours >= default_budget(roadmap):
        assert plan.weeks == roadmap.overview.duration_weeks
    smaller = plan_of(roadmap, started(roadmap, hours=max(0.5, hours - 2)), today=WED)
    assert smaller.weeks >= plan.weeks


# --- the fold (core/log.py) ---------------------------------------------------------


def test_the_latest_event_of_an_action_wins() -> None:
    """done then undone is open; done then skipped is skipped; skipped then done is done,
    with the date and hours of the last done."""
    progress = started(CUSTOM)
    progress = marked(CUSTOM, progress, ["start-ux-course", "map-lesson-to-journey"], "done", WED)
    progress = marked(CUSTOM, progress, ["affinity-map"], "skipped", WED)
    later = WED + timedelta(days=3)
    progress = marked(CUSTOM, progress, ["start-ux-course"], "undone", later)
    progress = marked(CUSTOM, progress, ["map-lesson-to-journey"], "skipped", later)
    progress = mark(
        roadmap=CUSTOM,
        progress=progress,
        action_ids=["affinity-map"],
        kind="done",
        now=at(later + timedelta(days=1)),
        hours=5.0,
    ).progress
    log = fold(progress, CUSTOM)
    assert log.status("start-ux-course") == "open"
    assert not log.resolved("start-ux-course")
    assert "start-ux-course" not in log.done_on
    assert log.status("map-lesson-to-journey") == "skipped"
    assert log.status("affinity-map") == "done"
    assert log.done_on["affinity-map"] == later + timedelta(days=1)
    assert log.spent["affinity-map"] == 5.0


def test_skipped_is_resolved_but_not_done() -> None:
    """A skipped action is no longer open work (resolved, with a date) but is not done:
    no done date, no hours spent."""
    progress = marked(CUSTOM, started(CUSTOM), ["define-problem"], "skipped", WED)
    log = fold(progress, CUSTOM)
    assert log.resolved("define-problem")
    assert log.status("define-problem") == "skipped"
    assert "define-problem" not in log.done_on
    assert "define-problem" not in log.spent
    assert log.resolved_on["define-problem"] == WED


def test_a_done_without_hours_spends_the_estimate() -> None:
    """`done` without --hours records the action's estimate as the time spent."""
    progress = marked(CUSTOM, started(CUSTOM), ["run-three-interviews"], "done", WED)
    assert fold(progress, CUSTOM).spent == {"run-three-interviews": 3.0}


def test_notes_are_kept_in_order_and_do_not_change_the_status() -> None:
    """Notes attach to an action oldest first and leave its status alone."""
    progress = marked(CUSTOM, started(CUSTOM), ["affinity-map"], "done", WED)
    for text in ("first", "second"):
        progress = add_note(
            roadmap=CUSTOM, progress=progress, action_id="affinity-map", text=text, now=at(WED)
        )
    log = fold(progress, CUSTOM)
    assert log.notes["affinity-map"] == ["first", "second"]
    assert [line.text for line in log.note_lines] == ["first", "second"]
    assert log.status("affinity-map") == "done"


def test_an_empty_progress_folds_to_an_empty_log() -> None:
    """No progress: nothing resolved, nothing unknown."""
    log = fold(None, CUSTOM)
    assert log.statuses == {} and log.unknown == [] and log.notes == {}


# --- the verdict (core/pace.py) -----------------------------------------------------


def test_position_days_is_how_far_the_resolved_hours_reach() -> None:
    """Resolved hours fill the plan's weeks in order; a week with nothing planned is
    passed at once; past the end the position stays at the end."""
    weekly = {1: 10.0, 2: 10.0}
    assert position_days(weekly, 2, 0) == 0
    assert position_days(weekly, 2, 5) == 3.5
    assert position_days(weekly, 2, 10) == 7
    assert position_days(weekly, 2, 15) == 10.5
    assert position_days(weekly, 2, 20) == 14
    assert position_days(weekly, 2, 99) == 14
    assert position_days({1: 10.0, 3: 10.0}, 3, 10) == 14
    assert position_days({1: 10.0, 3: 10.0}, 3, 15) == 17.5


def verdict(progress: Progress, day: date, roadmap: Roadmap = CUSTOM) -> tuple[str, int, str]:
    plan = plan_of(roadmap, progress, today=day)
    pace = pace_of(
        roadmap=roadmap, progress=progress, plan=plan, log=fold(progress, roadmap), today=day
    )
    return pace.status, pace.days_ahead, pace.line


def test_the_verdict_on_track_behind_and_ahead() -> None:
    """In week 2 of the small roadmap (5.5 h in week 1, 5 h in week 2): nothing done is a
    week behind; week 1 done is on track, and so is week 2 done; week 3 done as well is
    a week ahead; 4 of week 1's 5.5 h done is 2 days behind."""
    day = date(2026, 12, 3)
    progress = started(CUSTOM)
    assert verdict(progress, day)[:2] == ("behind", -7)
    one = marked(CUSTOM, progress, week_ids(CUSTOM, 1), "done", WED)
    assert verdict(one, day) == ("on-track", 0, "on track")
    two = marked(CUSTOM, one, week_ids(CUSTOM, 2), "done", day)
    assert verdict(two, day)[:2] == ("on-track", 0)
    three = marked(CUSTOM, two, week_ids(CUSTOM, 3), "done", day)
    assert verdict(three, day) == ("ahead", 7, "ahead by a week")
    part = marked(CUSTOM, progress, ["start-ux-course"], "done", WED)
    assert verdict(part, day)[:2] == ("behind", -2)


def test_a_skipped_action_counts_for_pace() -> None:
    """Rule 8: skipping week 1's actions puts the learner on track in week 2, as doing them does."""
    progress = marked(CUSTOM, started(CUSTOM), week_ids(CUSTOM, 1), "skipped", WED)
    assert verdict(progress, date(2026, 12, 3))[:2] == ("on-track", 0)


def test_before_the_start_not_started_and_every_action_resolved_complete() -> None:
    """Before the start day the verdict is not-started; with every action done or
    skipped it is complete, whatever the day."""
    progress = started(CUSTOM)
    assert verdict(progress, WED - timedelta(days=1))[0] == "not-started"
    ids = [action.id for _, _, action in CUSTOM.actions()]
    done = marked(CUSTOM, progress, ids[:-1], "done", WED)
    assert verdict(done, WED)[0] != "complete"
    every = marked(CUSTOM, done, ids[-1:], "skipped", WED)
    assert verdict(every, WED)[0] == "complete"
    assert verdict(every, date(2027, 6, 1))[0] == "complete"


def test_the_projected_finish_is_the_planned_one_moved_by_the_verdict_once() -> None:
    """Projected finish = planned finish - days ahead, so behind is later and ahead
    earlier; a late phase's weeks of running on are in the planned finish already and
    count once (on 10 Dec Foundations runs on one week: 9 days behind, 2 days late)."""
    for day, ids in [
        (date(2026, 12, 3), []),
        (date(2026, 12, 3), week_ids(CUSTOM, 1) + week_ids(CUSTOM, 2) + week_ids(CUSTOM, 3)),
        (date(2026, 12, 10), ["start-ux-course"]),
    ]:
        progress = marked(CUSTOM, started(CUSTOM), ids, "done", WED) if ids else started(CUSTOM)
        plan = plan_of(CUSTOM, progress, today=day)
        log = fold(progress, CUSTOM)
        pace = pace_of(roadmap=CUSTOM, progress=progress, plan=plan, log=log, today=day)
        clock = clock_of(plan=plan, pace=pace, log=log, today=day)
        span = plan.spans[plan.current]
        ran_on = max(0, span.weeks - span.planned_weeks) if pace.days_ahead < 0 else 0
        held = min(-pace.days_ahead, 7 * ran_on) if ran_on else 0
        assert clock.projected_finish == clock.planned_finish - timedelta(
            days=pace.days_ahead + held
        )
        assert (clock.status == "behind") == (clock.days_ahead < 0)
        assert (clock.status == "ahead") == (clock.days_ahead > 0)


def test_pace_line_words() -> None:
    """The sentence of each verdict: days behind with the advice, ahead in weeks or days."""
    assert pace_line("on-track", 0, 0, 0, 0) == "on track"
    assert pace_line("ahead", 14, 0, 0, 0) == "ahead by 2 weeks"
    assert pace_line("ahead", 3, 0, 0, 0) == "ahead by 3 days"
    assert pace_line("behind", -1, 0, 4, 0).startswith(
        "1 day behind — it fits in your weekly budget over the next 4 weeks"
    )
    assert pace_line("behind", -9, 2.5, 4, 2) == (
        "9 days behind — about 2.5 h extra a week for 4 weeks catches up, or replan adds 2 weeks"
    )


@pytest.mark.parametrize(
    ("day", "left_out"),
    [
        (date(2026, 12, 18), ["sketch-basic-silhouettes"]),  # one 3 h action of week 2
        (date(2026, 12, 18), []),  # all done
        (date(2027, 1, 10), week_ids(BUNDLED, 3)),  # a whole week open, two weeks on
        (date(2026, 12, 24), week_ids(BUNDLED, 2) + week_ids(BUNDLED, 3)),
    ],
)
def test_catch_up_agrees_with_the_replan_proposal(day: date, left_out: list[str]) -> None:
    """The weeks the pace line says `replan` adds are the proposal's `extend_by`, and
    applying the proposal puts the learner back on track or ahead."""
    progress = started(BUNDLED)
    done = [
        action.id
        for _, week, action in BUNDLED.actions()
        if week <= 3 and action.id not in left_out
    ]
    progress = marked(BUNDLED, progress, done, "done", WED + timedelta(days=14))
    plan = plan_of(BUNDLED, progress, today=day)
    log = fold(progress, BUNDLED)
    pace = pace_of(roadmap=BUNDLED, progress=progress, plan=plan, log=log, today=day)
    proposal = propose_replan(roadmap=BUNDLED, progress=progress, plan=plan, log=log, today=day)
    if pace.status == "behind":
        assert pace.replan_weeks == proposal.extend_by
        if proposal.extend_by:
            assert f"replan adds {proposal.extend_by} week" in pace.line
    else:
        assert pace.replan_weeks == 0
    replanned = apply_replan(progress, proposal)
    status, _, _ = verdict(replanned, day, BUNDLED)
    assert status in ("on-track", "ahead")
    after = plan_of(BUNDLED, replanned, today=day)
    assert after.weeks == plan.weeks + proposal.extend_by


def test_one_open_three_hour_action_is_a_few_days_behind_not_weeks() -> None:
    """Everything of weeks 1-3 done but one 3 h action: in week 4 the learner is 2 days
    behind (3 h of a 10.5 h week), not 16."""
    progress = started(BUNDLED)
    done = [
        action.id
        for _, week, action in BUNDLED.actions()
        if week <= 3 and action.id != "sketch-basic-silhouettes"
    ]
    progress = marked(BUNDLED, progress, done, "done", WED + timedelta(days=14))
    status, days, line = verdict(progress, date(2026, 12, 18), BUNDLED)
    assert (status, days) == ("behind", -2)
    assert line.startswith("2 days behind")


@pytest.mark.parametrize("hours", [3, 6, 10.5])
@pytest.mark.parametrize("week", [2, 3, 5])
@pytest.mark.parametrize("roadmap", [BUNDLED, CUSTOM], ids=["bundled", "custom"])
def test_an_applied_replan_is_the_plan_it_proposed(
    roadmap: Roadmap, week: int, hours: float
) -> None:
    """After `replan`, the moved actions are in the weeks it showed, every other action
    keeps its week (none slides into the room a moved one left), the phase has the
    proposed length, and no coming week holds more open work than the budget (unless
    one action alone)."""
    progress = started(roadmap, hours=hours)
    day = WED + timedelta(days=7 * (week - 1) + 2)
    plan = plan_of(roadmap, progress, today=day)
    log = fold(progress, roadmap)
    proposal = propose_replan(roadmap=roadmap, progress=progress, plan=plan, log=log, today=day)
    assert proposal.moves
    after = plan_of(roadmap, apply_replan(progress, proposal), today=day)
    span = after.spans[after.current]
    assert span.weeks == proposal.weeks_after
    assert span.weeks == plan.current_span.weeks + proposal.extend_by
    moved = {move.id: move.to_week for move in proposal.moves}
    for action_id, due in plan.action_week.items():
        if action_id in moved:
            assert after.action_week[action_id] == span.first_week + moved[action_id] - 1
        elif plan.action_phase[action_id] == plan.current:
            assert after.action_week[action_id] == due, action_id
    hours_of = {action.id: action.hours for _, _, action in roadmap.actions()}
    load: dict[int, list[float]] = {}
    for action_id, due in after.action_week.items():
        if after.action_phase[action_id] == after.current and due >= after.week_of(day):
            load.setdefault(due, []).append(hours_of[action_id])
    for items in load.values():
        assert sum(items) <= hours + 1e-9 or len(items) == 1
