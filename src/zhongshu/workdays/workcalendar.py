"""The working-day calendar.

A date is a working day if the effective data (bundled ``chinese_calendar``
data merged with the office's overrides) says ``workday``; it is not if the
data says ``holiday``; otherwise Monday–Friday are working days and
Saturday/Sunday are not.

Counting is done with a closed form: the number of working days up to a date
is the number of Monday–Fridays up to it, plus one for each 调休 weekend
working day, minus one for each holiday falling on a weekday. Those
exceptions sit in a sorted array with prefix sums, so counting is one
``bisect`` and ``add_working_days`` is a binary search over that count —
O(log) in both the date range and the number of exceptions, whatever ``n``.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

from .errors import OverrideError, YearNotCoveredError
from .overrides import DayKind, Overrides
from .seed import load_package_data
from .tz import OFFICE_TZ

_MAX_ORDINAL = dt.date.max.toordinal()
_OUT_OF_RANGE = "日期超出可计算范围"


def _weekday_count(ordinal: int) -> int:
    """Monday–Friday days in ordinals [1, ordinal]; ordinal 1 (0001-01-01) is a Monday."""
    weeks, rest = divmod(ordinal, 7)
    return 5 * weeks + min(rest, 5)


DayType = Literal["holiday", "workday", "weekend", "weekday"]


@dataclass(frozen=True, slots=True)
class DayInfo:
    """What the calendar says about one date.

    ``kind``: ``holiday`` (statutory day off, from data), ``workday`` (调休
    working day, from data), or ``weekend`` / ``weekday`` when the data says
    nothing. ``name`` is the holiday name (e.g. 春节) for ``holiday`` and
    the holiday the swap belongs to for ``workday``; otherwise ``None``.
    """

    date: dt.date
    is_working: bool
    kind: DayType
    name: str | None
    covered: bool


class Calendar:
    """An immutable working-day calendar.

    Build one with ``Calendar.default()`` (bundled data, cached) or
    ``Calendar.with_overrides(overrides)`` (bundled data plus the office's
    overrides, cached per distinct override set). ``Calendar(overrides=...,
    package_data=False)`` gives a calendar from overrides alone (weekends
    elsewhere), useful in tests.

    Methods accept ``date``; a naive ``datetime`` is reduced to its date, an
    aware one is first converted to Asia/Shanghai.
    """

    __slots__ = ("_days", "_years", "_ordinals", "_prefix", "_overrides")

    def __init__(self, *, overrides: Overrides | Mapping[str, Any] | None = None, package_data: bool = True) -> None:
        overrides = _coerce_overrides(overrides)
        days: dict[dt.date, tuple[DayKind, str]] = {}
        years: set[int] = set()
        if package_data:
            seed = load_package_data()
            days.update((d, v) for d, v in seed.days.items() if d.year not in overrides.full_years)
            years |= seed.years
        for o in overrides.days:
            days[o.date] = (o.kind, o.name)
        years |= overrides.years

        deltas: list[tuple[int, int]] = []
        for date, (kind, _name) in days.items():
            weekend = date.weekday() >= 5
            if kind is DayKind.WORKDAY and weekend:
                deltas.append((date.toordinal(), +1))
            elif kind is DayKind.HOLIDAY and not weekend:
                deltas.append((date.toordinal(), -1))
        deltas.sort()
        prefix = [0]
        for _ordinal, delta in deltas:
            prefix.append(prefix[-1] + delta)

        set_ = object.__setattr__
        set_(self, "_days", days)
        set_(self, "_years", frozenset(years))
        set_(self, "_ordinals", tuple(o for o, _ in deltas))
        set_(self, "_prefix", tuple(prefix))
        set_(self, "_overrides", overrides)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("工作日历不可修改")

    def __repr__(self) -> str:
        years = self.covered_years
        span = f"{years[0]}–{years[-1]}" if years else "none"
        return f"<Calendar covered={span} overrides={len(self._overrides.days)}>"

    # -- construction -----------------------------------------------------

    @classmethod
    def default(cls) -> Calendar:
        """Bundled ``chinese_calendar`` data only. Cached."""
        return _cached(Overrides())

    @classmethod
    def with_overrides(cls, overrides: Overrides | Mapping[str, Any] | None) -> Calendar:
        """Bundled data plus ``overrides`` (an ``Overrides`` or its dict form).
        Cached per distinct override set, so calling it per request is cheap."""
        return _cached(_coerce_overrides(overrides))

    @property
    def overrides(self) -> Overrides:
        return self._overrides

    # -- coverage ---------------------------------------------------------

    @property
    def covered_years(self) -> tuple[int, ...]:
        """Years whose holiday schedule is known (bundled or entered), sorted."""
        return tuple(sorted(self._years))

    def is_covered(self, year: int) -> bool:
        """False means the calendar falls back to Monday–Friday for that year;
        the UI should ask the office to enter the year's schedule."""
        return year in self._years

    def uncovered_years(self, start: dt.date, end: dt.date) -> tuple[int, ...]:
        """Years between the two dates (inclusive, either order) that are not covered."""
        a, b = sorted((_as_date(start).year, _as_date(end).year))
        return tuple(y for y in range(a, b + 1) if y not in self._years)

    def require_covered(self, start: dt.date, end: dt.date | None = None) -> None:
        """Raise ``YearNotCoveredError`` (Chinese message) if any year from
        ``start`` to ``end`` is not covered. Nothing else in the calendar
        raises for uncovered years; call this where a guess is not acceptable."""
        missing = self.uncovered_years(start, start if end is None else end)
        if missing:
            raise YearNotCoveredError(missing)

    # -- single days ------------------------------------------------------

    def is_working_day(self, d: dt.date) -> bool:
        d = _as_date(d)
        entry = self._days.get(d)
        if entry is not None:
            return entry[0] is DayKind.WORKDAY
        return d.weekday() < 5

    def holiday_name(self, d: dt.date) -> str | None:
        """Name of the statutory holiday (e.g. "春节") if ``d`` is a day off of
        one, else ``None`` (also ``None`` for plain weekends and 调休 working days)."""
        entry = self._days.get(_as_date(d))
        if entry is not None and entry[0] is DayKind.HOLIDAY:
            return entry[1] or None
        return None

    def day_info(self, d: dt.date) -> DayInfo:
        d = _as_date(d)
        entry = self._days.get(d)
        covered = d.year in self._years
        if entry is not None:
            kind, name = entry
            return DayInfo(d, kind is DayKind.WORKDAY, kind.value, name or None, covered)
        if d.weekday() < 5:
            return DayInfo(d, True, "weekday", None, covered)
        return DayInfo(d, False, "weekend", None, covered)

    # -- arithmetic -------------------------------------------------------

    def working_days_between(self, a: dt.date, b: dt.date) -> int:
        """Working days in the half-open interval (a, b]: ``a`` excluded, ``b``
        included. Negative (the mirrored count) when ``b < a``; 0 when equal.
        So ``working_days_between(d, add_working_days(d, n)) == n`` for n ≥ 0."""
        return self._count(_as_date(b).toordinal()) - self._count(_as_date(a).toordinal())

    def add_working_days(self, start: dt.date, n: int) -> dt.date:
        """The n-th working day strictly after ``start`` (n > 0), the |n|-th
        working day strictly before it (n < 0), or ``start`` itself (n == 0,
        even if it is not a working day — use ``working_day_on_or_after`` to
        roll). Whether ``start`` is a working day does not matter for n ≠ 0."""
        if not isinstance(n, int) or isinstance(n, bool):
            raise TypeError("工作日数必须是整数")
        start = _as_date(start)
        if n == 0:
            return start
        ordinal = start.toordinal()
        if n > 0:
            return self._nth(self._count(ordinal) + n)
        return self._nth(self._count(ordinal - 1) + n + 1)

    def next_working_day(self, d: dt.date) -> dt.date:
        """First working day strictly after ``d``."""
        return self.add_working_days(d, 1)

    def previous_working_day(self, d: dt.date) -> dt.date:
        """Last working day strictly before ``d``."""
        return self.add_working_days(d, -1)

    def working_day_on_or_after(self, d: dt.date) -> dt.date:
        d = _as_date(d)
        return d if self.is_working_day(d) else self.add_working_days(d, 1)

    def working_day_on_or_before(self, d: dt.date) -> dt.date:
        d = _as_date(d)
        return d if self.is_working_day(d) else self.add_working_days(d, -1)

    def iter_working_days(self, start: dt.date, end: dt.date) -> Iterator[dt.date]:
        """Working days in the closed interval [start, end], ascending."""
        d, end = _as_date(start), _as_date(end)
        if not self.is_working_day(d):
            if d >= end:
                return
            d = self.next_working_day(d)
        while d <= end:
            yield d
            if d == end:
                return
            d = self.next_working_day(d)

    # -- internals --------------------------------------------------------

    def _count(self, ordinal: int) -> int:
        """Working days in ordinals [1, ordinal]."""
        return _weekday_count(ordinal) + self._prefix[bisect_right(self._ordinals, ordinal)]

    def _nth(self, k: int) -> dt.date:
        """The k-th working day counted from 0001-01-01 (k ≥ 1)."""
        if k < 1 or self._count(_MAX_ORDINAL) < k:
            raise OverflowError(_OUT_OF_RANGE)
        # The k-th working day is near k * 7 / 5; bracket it, then bisect.
        guess = min(max(k * 7 // 5, 1), _MAX_ORDINAL)
        step = 16
        lo, hi = guess, guess
        while lo > 1 and self._count(lo) >= k:
            lo = max(1, lo - step)
            step *= 2
        while self._count(hi) < k:
            hi = min(_MAX_ORDINAL, hi + step)
            step *= 2
        if self._count(lo) >= k:  # only possible when lo == 1
            return dt.date.fromordinal(lo)
        while hi - lo > 1:  # invariant: count(lo) < k <= count(hi)
            mid = (lo + hi) // 2
            if self._count(mid) >= k:
                hi = mid
            else:
                lo = mid
        return dt.date.fromordinal(hi)


@lru_cache(maxsize=16)
def _cached(overrides: Overrides) -> Calendar:
    return Calendar(overrides=overrides)


def _coerce_overrides(value: Overrides | Mapping[str, Any] | Iterable[Any] | None) -> Overrides:
    if value is None:
        return Overrides()
    if isinstance(value, Overrides):
        return value
    if isinstance(value, Mapping):
        return Overrides.from_dict(value)
    if isinstance(value, (str, bytes)):
        raise OverrideError("节假日调整数据格式不正确")
    return Overrides.from_rows(value)


def _as_date(value: dt.date) -> dt.date:
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(OFFICE_TZ)
        return value.date()
    if isinstance(value, dt.date):
        return value
    raise TypeError(f"需要日期，收到的是 {type(value).__name__}")


__all__ = ["Calendar", "DayInfo", "DayType"]
