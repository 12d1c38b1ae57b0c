"""When an item must be looked at again, and what is due now.

Pure functions over an item's dates and the calendar: the scanner (tasks.py)
and the services share them, and tests call them directly. Occasions carry a
stable key (kind, date) that the Chase table stores uniquely.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from zhongshu.workdays import OFFICE_TZ, WorkingHours, due_after_working_days, remind_at

from .choices import CHASED_STATUSES, ChaseKind, DeadlineMode, Frequency

HOURS = WorkingHours()


@dataclass(frozen=True)
class Occasion:
    key: str
    kind: str
    at: datetime
    level: int = 0
    name: str = ""
    notify: tuple[str, ...] = ("assignee", "unit")
    report_date: date | None = None


@dataclass
class Plan:
    due_now: list[Occasion] = field(default_factory=list)
    next_check_at: datetime | None = None


def end_of_day(day: date) -> datetime:
    return HOURS.end_on(day, aware=True)


def deadline(*, mode: str, days: int | None, due_date: date | None, assigned_at: datetime, calendar) -> datetime:
    """办理期限: end of working hours on the N-th working day after the day of
    assignment, or at the end of the given date (moved back to the last
    working day if the date is a day off)."""
    if mode == DeadlineMode.WORKING_DAYS:
        return due_after_working_days(assigned_at, int(days or 0), calendar=calendar)
    return end_of_day(calendar.working_day_on_or_before(due_date))


def report_dates(*, frequency: str, milestones: list, start: datetime, due: datetime, calendar) -> list[date]:
    """The days a progress report is due on (end of hours), before the deadline."""
    first, last = start.astimezone(OFFICE_TZ).date(), due.astimezone(OFFICE_TZ).date()
    out: list[date] = []
    if frequency == Frequency.WEEKLY:
        day = first + timedelta(days=4 - first.weekday())  # this week's Friday
        while day < last:
            # the week's last working day on or before its Friday (or the weekend's 调休 day)
            week_end = max((d for d in (day + timedelta(days=1), day + timedelta(days=2)) if calendar.is_working_day(d)), default=None)
            out.append(week_end or calendar.working_day_on_or_before(day))
            day += timedelta(days=7)
    elif frequency == Frequency.MONTHLY:
        y, m = first.year, first.month
        while True:
            nxt = date(y + (m == 12), m % 12 + 1, 1)
            day = calendar.working_day_on_or_before(nxt - timedelta(days=1))
            if day >= last:
                break
            out.append(day)
            y, m = nxt.year, nxt.month
    elif frequency == Frequency.MILESTONES:
        for m in milestones or []:
            try:
                day = date.fromisoformat(str(m.get("date")))
            except (TypeError, ValueError, AttributeError):
                continue
            day = calendar.working_day_on_or_before(day)
            if first <= day < last:
                out.append(day)
    return sorted({d for d in out if d > first or (d == first and start < end_of_day(d))})


def plan(*, status: str, assigned_at: datetime | None, due_at: datetime | None, level: int, report_times: list[datetime],
         frequency: str, milestones: list, cfg: dict, calendar, now: datetime) -> Plan:
    """What is due at ``now`` (at most one occasion per kind: the latest) and
    when to look again. ``report_times`` are the item's report times."""
    result = Plan()
    if status not in CHASED_STATUSES or assigned_at is None or due_at is None:
        return result
    future: list[datetime] = []
    due_stamp = f"{due_at.astimezone(OFFICE_TZ):%Y%m%d%H%M}"

    # Reminders before the deadline: the latest one already due, if still before the deadline.
    reminders = sorted({remind_at(due_at, n, calendar=calendar) for n in cfg["remind_before"]})
    reminders = [r for r in reminders if r >= assigned_at and r < due_at]
    past = [r for r in reminders if r <= now]
    if past and now < due_at:
        r = past[-1]
        left = calendar.working_days_between(r.astimezone(OFFICE_TZ).date(), due_at.astimezone(OFFICE_TZ).date())
        result.due_now.append(Occasion(f"remind:{due_stamp}:{left}", ChaseKind.BEFORE_DUE, r, name=f"距期限还有{left}个工作日" if left else "今日到期"))
    future += [r for r in reminders if r > now]

    # Progress reports on schedule: remind on the day, chase when missed.
    dates = report_dates(frequency=frequency, milestones=milestones, start=assigned_at, due=due_at, calendar=calendar)
    prev_end = assigned_at
    latest_due = latest_missed = None
    for d in dates:
        start_d, end_d = HOURS.start_on(d, aware=True), end_of_day(d)
        done = any(prev_end < t <= end_d for t in report_times)
        if not done and start_d <= now < end_d:
            latest_due = Occasion(f"report_due:{d:%Y%m%d}", ChaseKind.REPORT_DUE, start_d, name=f"{d:%-m月%-d日}应反馈进展", report_date=d)
        if not done and end_d <= now:
            latest_missed = Occasion(f"report_missed:{d:%Y%m%d}", ChaseKind.REPORT_MISSED, end_d, name=f"{d:%-m月%-d日}应报未报", report_date=d)
        future += [t for t in (start_d, end_d) if t > now]
        prev_end = end_d
    result.due_now += [o for o in (latest_due, latest_missed) if o]

    # Escalation once overdue: only the highest step reached, if above the item's level.
    reached = None
    for step in cfg["steps"]:
        n = int(step["after_working_days"])
        at = due_at if n == 0 else due_after_working_days(due_at, n, calendar=calendar)
        if at < now:
            reached = Occasion(f"overdue:{step['level']}:{due_stamp}", ChaseKind.OVERDUE, at, level=int(step["level"]), name=step["name"], notify=tuple(step["notify"]))
        else:
            # "After" the instant: the first check happens just past it.
            future.append(at + timedelta(seconds=1))
    if reached and reached.level > level:
        result.due_now.append(reached)

    result.next_check_at = min(future) if future else None
    return result
