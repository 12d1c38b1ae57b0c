"""Due times by urgency tier (紧急程度), and reminder times.

Default tiers (SPEC §3.13; the office can change them):

- 特急: received + 2 clock hours, any day, any hour.
- 紧急: end of working hours on the day of receipt; if received on a
  non-working day or at/after the end of working hours, end of the next
  working day.
- 加急: end of the 2nd working day after the day of receipt.
- 普通: end of the 3rd working day after the day of receipt.

"After the day of receipt" follows the usual rule for periods counted in days
(the starting day is not counted, 民法典 第二百零一条): the time of receipt
within that day does not matter, only its date in office time.

See ``tz.py`` for how aware and naive datetimes are handled.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from .errors import RuleError, UnknownTierError
from .hours import WorkingHours
from .workcalendar import Calendar


class Urgency(StrEnum):
    """The four usual tiers. Values are the Chinese keys used in rules and
    storage; member names double as English aliases ("urgent", ...)."""

    EXTRA_URGENT = "特急"
    URGENT = "紧急"
    EXPEDITED = "加急"
    NORMAL = "普通"


class RuleKind(StrEnum):
    HOURS = "hours"  # clock hours after receipt
    SAME_DAY = "same_day"  # end of the working day of receipt (or the next)
    WORKING_DAYS = "working_days"  # end of the N-th working day after receipt


@dataclass(frozen=True, slots=True)
class UrgencyRule:
    kind: RuleKind
    amount: float = 0

    def __post_init__(self) -> None:
        try:
            kind = RuleKind(self.kind)
        except ValueError:
            raise RuleError(f"未知的期限规则：{self.kind!r}") from None
        object.__setattr__(self, "kind", kind)
        amount = self.amount
        if isinstance(amount, bool) or not isinstance(amount, (int, float)):
            raise RuleError("期限规则的数值必须是数字")
        if kind is RuleKind.HOURS and not amount > 0:
            raise RuleError("按小时计算的期限必须大于 0 小时")
        if kind is RuleKind.WORKING_DAYS and (int(amount) != amount or amount < 1):
            raise RuleError("按工作日计算的期限必须是不小于 1 的整数")
        if kind is RuleKind.WORKING_DAYS:
            object.__setattr__(self, "amount", int(amount))
        if kind is RuleKind.SAME_DAY:
            object.__setattr__(self, "amount", 0)

    @classmethod
    def clock_hours(cls, hours: float) -> UrgencyRule:
        return cls(RuleKind.HOURS, hours)

    @classmethod
    def same_day(cls) -> UrgencyRule:
        return cls(RuleKind.SAME_DAY)

    @classmethod
    def working_days(cls, days: int) -> UrgencyRule:
        return cls(RuleKind.WORKING_DAYS, days)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> UrgencyRule:
        """``{"hours": 2}``, ``{"same_day": true}`` or ``{"working_days": 3}``."""
        if isinstance(data, UrgencyRule):
            return data
        if not isinstance(data, Mapping) or len(data) != 1:
            raise RuleError("期限规则应为 {\"hours\": N}、{\"same_day\": true} 或 {\"working_days\": N} 之一")
        ((key, value),) = data.items()
        if key == RuleKind.SAME_DAY:
            if value is not True:
                raise RuleError("same_day 规则的值必须为 true")
            return cls.same_day()
        if key not in (RuleKind.HOURS, RuleKind.WORKING_DAYS):
            raise RuleError(f"未知的期限规则：{key!r}")
        return cls(RuleKind(key), value)

    def to_dict(self) -> dict[str, Any]:
        if self.kind is RuleKind.SAME_DAY:
            return {"same_day": True}
        return {self.kind.value: self.amount}


DEFAULT_RULES: Mapping[str, UrgencyRule] = {
    Urgency.EXTRA_URGENT.value: UrgencyRule.clock_hours(2),
    Urgency.URGENT.value: UrgencyRule.same_day(),
    Urgency.EXPEDITED.value: UrgencyRule.working_days(2),
    Urgency.NORMAL.value: UrgencyRule.working_days(3),
}


def tier_key(tier: str | Urgency) -> str:
    """Normalise a tier: ``Urgency`` members and English aliases
    (case-insensitive enum names, e.g. "urgent") become the Chinese key;
    any other string is kept (offices may define their own tiers)."""
    if isinstance(tier, Urgency):
        return tier.value
    if not isinstance(tier, str):
        raise UnknownTierError(tier)
    key = tier.strip()
    alias = key.upper().replace("-", "_").replace(" ", "_")
    if alias in Urgency.__members__:
        return Urgency[alias].value
    return key


class UrgencyRules(Mapping[str, UrgencyRule]):
    """Immutable mapping tier → rule, keyed by Chinese tier names.

    ``UrgencyRules(rules)`` uses exactly ``rules``; ``UrgencyRules.from_dict``
    lays the given tiers over the defaults, so an office that changes only
    加急 keeps the other defaults.
    """

    __slots__ = ("_rules",)

    def __init__(self, rules: Mapping[str | Urgency, UrgencyRule | Mapping[str, Any]] | None = None) -> None:
        source = DEFAULT_RULES if rules is None else rules
        parsed: dict[str, UrgencyRule] = {}
        for tier, rule in source.items():
            key = tier_key(tier)
            if not key:
                raise RuleError("紧急程度名称不能为空")
            parsed[key] = UrgencyRule.from_dict(rule)
        object.__setattr__(self, "_rules", parsed)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("期限规则不可修改")

    @classmethod
    def default(cls) -> UrgencyRules:
        return _DEFAULT

    @classmethod
    def from_dict(cls, data: Mapping[str, Mapping[str, Any]] | None) -> UrgencyRules:
        if data is None:
            return _DEFAULT
        if not isinstance(data, Mapping):
            raise RuleError("期限规则数据格式不正确")
        return cls({**DEFAULT_RULES, **{tier_key(k): v for k, v in data.items()}})

    def to_dict(self) -> dict[str, dict[str, Any]]:
        return {tier: rule.to_dict() for tier, rule in self._rules.items()}

    def rule_for(self, tier: str | Urgency) -> UrgencyRule:
        try:
            return self._rules[tier_key(tier)]
        except KeyError:
            raise UnknownTierError(tier) from None

    def __getitem__(self, tier: str) -> UrgencyRule:
        return self.rule_for(tier)

    def __iter__(self) -> Iterator[str]:
        return iter(self._rules)

    def __len__(self) -> int:
        return len(self._rules)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, UrgencyRules):
            return self._rules == other._rules
        return NotImplemented

    def __hash__(self) -> int:
        return hash(frozenset(self._rules.items()))

    def __repr__(self) -> str:
        return f"UrgencyRules({self.to_dict()!r})"


_DEFAULT = UrgencyRules()


def due_at(
    received: dt.datetime,
    tier: str | Urgency,
    rules: UrgencyRules | None = None,
    *,
    calendar: Calendar | None = None,
    hours: WorkingHours | None = None,
) -> dt.datetime:
    """When an item received at ``received`` with urgency ``tier`` is due."""
    rule = (_DEFAULT if rules is None else rules).rule_for(tier)
    if rule.kind is RuleKind.HOURS:
        return _add_clock_hours(received, rule.amount, hours or _HOURS)
    if rule.kind is RuleKind.SAME_DAY:
        return _same_day(received, calendar or Calendar.default(), hours or _HOURS)
    return due_after_working_days(received, int(rule.amount), calendar=calendar, hours=hours)


def due_after_working_days(
    start: dt.datetime,
    n: int,
    *,
    calendar: Calendar | None = None,
    hours: WorkingHours | None = None,
) -> dt.datetime:
    """End of working hours on the n-th working day after the (office-time)
    date of ``start``; the time of day of ``start`` is ignored. ``n == 0``
    means the same-day rule (as 紧急)."""
    if isinstance(n, bool) or not isinstance(n, int) or n < 0:
        raise RuleError("工作日数必须是不小于 0 的整数")
    _require_datetime(start)
    hours = hours or _HOURS
    calendar = calendar or Calendar.default()
    if n == 0:
        return _same_day(start, calendar, hours)
    day = calendar.add_working_days(hours.local(start).date(), n)
    return hours.end_on(day, aware=start.tzinfo is not None)


def remind_at(
    due: dt.date | dt.datetime,
    working_days_before: int,
    *,
    calendar: Calendar | None = None,
    hours: WorkingHours | None = None,
) -> dt.datetime:
    """Start of working hours on the working day ``working_days_before``
    working days before the (office-time) date of ``due``; with 0, the due
    day itself or, if that is not a working day, the last working day before.

    A ``date`` or aware ``due`` gives an aware result in office time; a naive
    ``datetime`` gives a naive one. The result may be in the past; skipping
    or sending at once is the caller's choice.
    """
    if isinstance(working_days_before, bool) or not isinstance(working_days_before, int) or working_days_before < 0:
        raise RuleError("提前的工作日数必须是不小于 0 的整数")
    hours = hours or _HOURS
    calendar = calendar or Calendar.default()
    if isinstance(due, dt.datetime):
        day, aware = hours.local(due).date(), due.tzinfo is not None
    elif isinstance(due, dt.date):
        day, aware = due, True
    else:
        raise TypeError(f"需要日期或时间，收到的是 {type(due).__name__}")
    if working_days_before == 0:
        target = calendar.working_day_on_or_before(day)
    else:
        target = calendar.add_working_days(day, -working_days_before)
    return hours.start_on(target, aware=aware)


def _add_clock_hours(received: dt.datetime, amount: float, hours: WorkingHours) -> dt.datetime:
    _require_datetime(received)
    delta = dt.timedelta(hours=amount)
    if received.tzinfo is None:
        return received + delta
    # Absolute-time arithmetic, then back to office wall time.
    return (received.astimezone(dt.UTC) + delta).astimezone(hours.tz)


def _same_day(received: dt.datetime, calendar: Calendar, hours: WorkingHours) -> dt.datetime:
    _require_datetime(received)
    local = hours.local(received)
    day = local.date()
    if not (calendar.is_working_day(day) and local.time() < hours.end):
        day = calendar.next_working_day(day)
    return hours.end_on(day, aware=received.tzinfo is not None)


def _require_datetime(value: object) -> None:
    if not isinstance(value, dt.datetime):
        raise TypeError(f"需要带时间的日期（datetime），收到的是 {type(value).__name__}")


_HOURS = WorkingHours()
