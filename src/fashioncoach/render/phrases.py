"""Messages more than one view prints, each in one wording: the terminal, Markdown and
HTML renderers and the commands all take them from here."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from fashioncoach.render.text import day, one_line, plural

if TYPE_CHECKING:
    from collections.abc import Callable

    from fashioncoach.core.own_pace import OwnPace
    from fashioncoach.core.pace import Clock, Pace
    from fashioncoach.core.schedule import Plan
    from fashioncoach.views.assessment import Effect
    from fashioncoach.views.lines import MilestoneLine
    from fashioncoach.views.report import ReportView
    from fashioncoach.views.status import StatusView
    from fashioncoach.views.today import NextStep

MARK_HINT = "Mark an action with: fashioncoach done ID"


def kept_unknown(ids: list[str], quote: Callable[[str], str] = str) -> str:
    """Ids in the progress that the roadmap lacks: kept in the file, left out of every count.

    They come from a file, so each is shown on one line (``one_line``): an id cannot
    start a line that looks like the program's own."""
    shown = (quote(one_line(item)) for item in ids)
    return "Kept in your progress, no longer in this roadmap: " + ", ".join(shown)


def plan_length(plan: Plan) -> str:
    """``24 weeks, to Tue 11 May 2027.``: the plan (the baseline) as it stands."""
    return f"{plural(plan.planned_weeks, 'week')}, to {day(plan.planned_finish)}."


def forecast_length(plan: Plan) -> str:
    """``32 weeks, to Tue 3 Aug 2027``: the forecast, when it differs from the plan."""
    return f"{plural(plan.weeks, 'week')}, to {day(plan.projected_finish)}"


def plan_started(plan: Plan, *, hint: bool) -> str:
    """What the first ``today`` says when it starts the plan by itself."""
    text = (
        f"Started your plan today ({day(plan.start)}, {plan.budget:g} h a week): "
        f"{plan_length(plan)}"
    )
    if hint:
        text += "\nChange it with: fashioncoach start --on DATE --hours N"
    return text


def _days_until(due: date, today: date) -> str:
    """``today``, ``tomorrow`` or ``in 6 days``."""
    left = (due - today).days
    return "today" if left == 0 else "tomorrow" if left == 1 else f"in {left} days"


def milestone_due(line: MilestoneLine, today: date | None) -> str:
    """``due Sun 8 Nov 2026, in 4 days``, ``overdue by 2 days, due ...``, ``done; due ...``."""
    if line.due_date is None:
        return f"due in week {line.due_week}"
    if line.done:
        return f"{'done' if line.met else 'closed'}; due {day(line.due_date)}"
    if today is not None and line.overdue:
        return f"overdue by {plural((today - line.due_date).days, 'day')}, due {day(line.due_date)}"
    if today is not None:
        return f"due {day(line.due_date)}, {_days_until(line.due_date, today)}"
    return f"due {day(line.due_date)}"


def milestone_mark(line: MilestoneLine, today: date, week_end: date) -> str:
    """The mark on a listed action that meets a milestone: ``milestone by Sun, in 6 days``.

    The header already gives the week's dates, so a milestone due within the week is
    named by its weekday; any other keeps its date (``milestone_due``).
    """
    if line.due_date is None or line.done or line.overdue or not today <= line.due_date <= week_end:
        return f"milestone: {milestone_due(line, today)}"
    return f"milestone by {line.due_date:%a}, {_days_until(line.due_date, today)}"


def milestones_coming_up(lines: list[MilestoneLine], today: date, numbers: list[int]) -> str:
    """One line for the milestones due after this week: ``Coming up: 2 milestones by
    Sun 31 Jan 2027, in 13 days; 2 and 3 above count toward them.``

    Their work is a later week's list, which marks them on its actions; ``report`` lists
    them in full. One milestone is named, since its title fits.
    """
    last = max(line.due_date for line in lines if line.due_date is not None)
    when = f"{day(last)}, {_days_until(last, today)}"
    if len(lines) == 1:
        text = f"Coming up, due {when}: {lines[0].title}"
        toward = "it"
    else:
        text = f"Coming up: {len(lines)} milestones by {when}"
        toward = "them"
    if numbers:
        listed = ", ".join(map(str, numbers[:-1])) + " and " if len(numbers) > 1 else ""
        listed += str(numbers[-1])
        verb = "counts" if len(numbers) == 1 else "count"
        return f"{text}; {listed} above {verb} toward {toward}."
    return f"{text}; see fashioncoach report" if len(lines) > 1 else text + "."


def finish_moves(finish_before: date, finish_after: date) -> str:
    """What a change of plan did to the planned finish: the old one and the new one."""
    if finish_after == finish_before:
        return f"Your planned finish stays {day(finish_after)}."
    days = (finish_after - finish_before).days
    way = "later" if days > 0 else "earlier"
    return (
        f"Your planned finish moves from {day(finish_before)} to {day(finish_after)} "
        f"({plural(abs(days), 'day')} {way})."
    )


def weeks_of(clock: Clock) -> str:
    """``week 2 of 4 · plan week 6 of 24``: the phase's week, then the plan's."""
    return (
        f"week {clock.phase_week} of {clock.phase_weeks} · "
        f"plan week {clock.plan_week} of {clock.plan_weeks}"
    )


def status_words(pace: Pace) -> str:
    """The verdict as a person says it: ``on track``, ``3 days behind — ...``."""
    return pace.line


def counts(done: int, skipped: int, total: int) -> str:
    """``2 of 4 done``, or ``2 done, 1 skipped of 4``: skipped is not done."""
    if skipped:
        return f"{done} done, {skipped} skipped of {total}"
    return f"{done} of {total} done"


def assessment_effect(effect: Effect) -> str:
    """``Your plan: 19 weeks instead of 24; 11 actions marked known (31 h)``."""
    if effect.weeks_after != effect.weeks_before:
        text = f"Your plan: {plural(effect.weeks_after, 'week')} instead of {effect.weeks_before}"
    else:
        text = f"Your plan stays {plural(effect.weeks_after, 'week')}"
    text += f", to {day(effect.finish_after)}"
    parts = []
    if effect.known:
        parts.append(f"{plural(effect.known, 'action')} marked known ({effect.known_hours:g} h)")
    if effect.shortened:
        parts.append(
            f"{plural(effect.shortened, 'action')} shortened ({effect.saved_hours:g} h saved)"
        )
    if parts:
        text += "; " + "; ".join(parts)
    text += "."
    if effect.lacking:
        text += (
            " You said you lack: " + ", ".join(effect.lacking) + "; the actions that use it are "
            "flagged, and fashioncoach hint ID says what the guide has on it."
        )
    return text


_KINDS = {
    "study": "course work",
    "practice": "practice",
    "project": "project work",
    "career": "career work",
    "other": "other work",
}


def own_pace(pace: OwnPace, clock: Clock) -> str:
    """``you take about 1.4x the estimates on course work, 0.9x on practice (12 actions
    timed); at your own pace you finish Tue 1 Jun 2027``."""
    kinds = [f"{item.ratio:g}x on {_KINDS.get(item.kind, item.kind)}" for item in pace.kinds]
    if kinds:
        text = "you take about " + kinds[0].replace("x on", "x the estimates on", 1)
        text += "".join(f", {part}" for part in kinds[1:])
    else:
        text = f"you take about {pace.ratio:g}x the estimates"
    text += f" ({plural(pace.actions, 'action')} timed)"
    if clock.own_finish is not None and clock.status != "complete":
        text += f"; at your own pace you finish {day(clock.own_finish)}"
    return text


def pace_ratio(ratios: dict[str, float]) -> str:
    """``1.4x the estimates, 2x on course work``: a pace a plan was made at."""
    text = f"{ratios.get('', 1.0):g}x the estimates"
    kinds = [f"{ratio:g}x on {_KINDS.get(kind, kind)}" for kind, ratio in ratios.items() if kind]
    return ", ".join([text, *kinds])


def week_footer(done: int, skipped: int, total: int, hours_open: float, budget: float) -> str:
    """``2 of 5 listed done · 4.5 h to do · budget 10.5 h a week``: the counts cover the list."""
    work = f"{hours_open:g} h to do" if hours_open else "nothing left to do"
    return f"{counts(done, skipped, total)} this week · {work} · budget {budget:g} h a week"


def late_more(count: int, hours: float) -> str:
    """The late work past this week's budget: one line, not a longer list."""
    actions = plural(count, "more action")
    verb = "is" if count == 1 else "are"
    return (
        f"{actions} ({hours:g} h) {verb} late and come after this week's budget; "
        "replan to spread them: fashioncoach replan --dry-run"
    )


def next_step(step: NextStep, phase_title: str) -> str:
    """What the coach says at a transition, in every view that shows it."""
    if step.kind == "complete":
        return "The roadmap is complete. Well done! See the journey with: fashioncoach report"
    if step.kind == "phase-done":
        return f"{phase_title} is done. Move on with: fashioncoach phase next"
    if step.kind == "week-done":
        if step.action:
            return f"This week is done. Next: {step.title} ({step.action})"
        return "This week is done."
    return ""


def week_span(first: int, last: int, weeks: int) -> str:
    """``weeks 5-10 (6 weeks)``, ``week 3 (1 week)``, or no week of its own."""
    if weeks <= 0:
        return "no week of its own (moved on at once)"
    if first == last:
        return f"week {first} (1 week)"
    return f"weeks {first}-{last} ({weeks} weeks)"


def projected(clock: Clock) -> str:
    """The projected finish beside the planned one: the very days ahead of the verdict."""
    when = day(clock.projected_finish)
    if clock.status == "complete":
        return f"{when} (complete)"
    if clock.days_ahead < 0:
        return f"{when}, {plural(-clock.days_ahead, 'day')} after the planned finish"
    if clock.days_ahead > 0:
        return f"{when}, {plural(clock.days_ahead, 'day')} before the planned finish"
    return f"{when}, as planned"


def report_step(view: ReportView) -> str:
    """The transition the report names: the phase done, or the roadmap."""
    if view.status == "complete":
        return "The roadmap is complete. Well done!"
    current = next((tally for tally in view.phases if tally.id == view.phase_position.id), None)
    last = view.phases[-1].id == view.phase_position.id if view.phases else True
    if (
        current is not None
        and current.done + current.skipped + current.known == current.total
        and not last
    ):
        return f"{view.phase_position.title} is done. Move on with: fashioncoach phase next"
    return ""


STATUS_FORMAT = (
    "W{plan_week}/{plan_weeks} · P{phase_number} {phase_week}/{phase_weeks} · {verdict}{next}"
)


# The fields' names before 0.4.0, still filled in: a prompt written then keeps working.
STATUS_OLD_NAMES = {"hours_left": "hours_open", "roadmap": "roadmap_id"}


def status_line(view: StatusView, template: str | None = None) -> str:
    """``W9/27 · P2 3/6 · 1d behind · next 2: pick-fashion-blogs 1.5h``, or ``template``
    filled with the view's fields (``{plan_week}``, ``{verdict}``, ``{next_id}``,
    ``{pace[line]}``...) and their old names (``STATUS_OLD_NAMES``)."""
    from fashioncoach.model.record import as_plain

    fields = as_plain(view)
    if template is not None:
        old = {name: fields[new] for name, new in STATUS_OLD_NAMES.items()}
        return template.format(**old, **fields)
    number = f" {view.next_number}" if view.next_number else ""
    nxt = f" · next{number}: {view.next_id} {view.next_hours:g}h" if view.next_id else ""
    return STATUS_FORMAT.format(**fields, next=nxt)
