"""Overdue colour of an item (normal → yellow → red).

Rule, with ``allowed = due − started`` and ``remaining = due − now``:

- red: ``now`` is after ``due``;
- yellow: otherwise, if ``remaining < yellow_share × allowed`` (default 20 %),
  or, when ``yellow_within`` is set, if ``remaining ≤ yellow_within``;
- normal: otherwise.

At the due instant itself an item is yellow, not red. Time is measured in
clock time (not working time), which is what people see on the wall.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from .errors import RuleError
from .hours import WorkingHours


class OverdueLevel(StrEnum):
    NORMAL = "normal"
    YELLOW = "yellow"
    RED = "red"


@dataclass(frozen=True, slots=True)
class OverduePolicy:
    yellow_share: float = 0.2
    yellow_within: dt.timedelta | None = None

    def __post_init__(self) -> None:
        if isinstance(self.yellow_share, bool) or not 0 <= self.yellow_share <= 1:
            raise RuleError("黄色预警比例必须在 0 到 1 之间")
        if self.yellow_within is not None and self.yellow_within < dt.timedelta(0):
            raise RuleError("黄色预警时长不能为负数")


def overdue_level(
    now: dt.datetime,
    due: dt.datetime | dt.date,
    started: dt.datetime | dt.date | None,
    *,
    policy: OverduePolicy | None = None,
    hours: WorkingHours | None = None,
) -> OverdueLevel:
    """Colour for an item started at ``started`` and due at ``due``.

    A ``date`` for ``due`` means the end of working hours that day; for
    ``started``, the start of working hours. ``started=None`` disables the
    share rule (only ``yellow_within`` and red apply). ``now``, ``due`` and
    ``started`` must be all aware or all naive (dates adopt ``now``'s kind).
    """
    policy = policy or _POLICY
    hours = hours or _HOURS
    if not isinstance(now, dt.datetime):
        raise TypeError("now 必须是带时间的日期（datetime）")
    aware = now.tzinfo is not None
    due_at = _as_datetime(due, aware, hours, end=True)
    if now > due_at:
        return OverdueLevel.RED
    remaining = due_at - now
    if policy.yellow_within is not None and remaining <= policy.yellow_within:
        return OverdueLevel.YELLOW
    if started is not None:
        allowed = max(due_at - _as_datetime(started, aware, hours, end=False), dt.timedelta(0))
        if remaining < allowed * policy.yellow_share:
            return OverdueLevel.YELLOW
    return OverdueLevel.NORMAL


def _as_datetime(value: dt.datetime | dt.date, aware: bool, hours: WorkingHours, *, end: bool) -> dt.datetime:
    if isinstance(value, dt.datetime):
        if (value.tzinfo is not None) != aware:
            raise TypeError("不能混用带时区和不带时区的时间")
        return value
    if isinstance(value, dt.date):
        return hours.end_on(value, aware=aware) if end else hours.start_on(value, aware=aware)
    raise TypeError(f"需要日期或时间，收到的是 {type(value).__name__}")


_POLICY = OverduePolicy()
_HOURS = WorkingHours()
