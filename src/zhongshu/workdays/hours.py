"""Office working hours (one span per working day; the lunch break is not
modelled because deadlines fall at the end of the day)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .errors import RuleError
from .tz import OFFICE_TZ


@dataclass(frozen=True, slots=True)
class WorkingHours:
    start: dt.time = dt.time(8, 30)
    end: dt.time = dt.time(17, 30)
    tz: dt.tzinfo = OFFICE_TZ

    def __post_init__(self) -> None:
        if self.start.tzinfo is not None or self.end.tzinfo is not None:
            raise RuleError("上下班时间不应带时区")
        if not self.start < self.end:
            raise RuleError("下班时间必须晚于上班时间")

    def start_on(self, day: dt.date, *, aware: bool) -> dt.datetime:
        """Start of working hours on ``day``: aware in ``tz`` or naive wall time."""
        return dt.datetime.combine(day, self.start, self.tz if aware else None)

    def end_on(self, day: dt.date, *, aware: bool) -> dt.datetime:
        """End of working hours on ``day``: aware in ``tz`` or naive wall time."""
        return dt.datetime.combine(day, self.end, self.tz if aware else None)

    def local(self, value: dt.datetime) -> dt.datetime:
        """Wall time in ``tz``; naive values are taken to be wall time already."""
        return value.astimezone(self.tz) if value.tzinfo is not None else value
