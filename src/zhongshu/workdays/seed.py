"""Bundled holiday data, read from the ``chinese_calendar`` package.

That package ships two dicts keyed by ``datetime.date``: ``holidays`` (days off
of a statutory holiday period, weekends inside the period included) and
``workdays`` (weekend days that are working days, 调休). Values are the
English holiday names of its ``Holiday`` enum, which also carries the Chinese
names. Every year from the first to the last key is covered.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

import chinese_calendar

from .overrides import DayKind


@dataclass(frozen=True, slots=True)
class SeedData:
    days: Mapping[dt.date, tuple[DayKind, str]]
    years: frozenset[int]


@cache
def load_package_data() -> SeedData:
    chinese_names = {h.value: h.chinese for h in chinese_calendar.Holiday}
    days: dict[dt.date, tuple[DayKind, str]] = {}
    for date, name in chinese_calendar.holidays.items():
        days[date] = (DayKind.HOLIDAY, chinese_names.get(name, name))
    for date, name in chinese_calendar.workdays.items():
        # A date is never in both dicts; if a future release did that, the
        # working day wins, as in chinese_calendar.is_workday().
        days[date] = (DayKind.WORKDAY, chinese_names.get(name, name))
    first = min(d.year for d in chinese_calendar.holidays)
    last = max(d.year for d in chinese_calendar.holidays)
    return SeedData(days=MappingProxyType(days), years=frozenset(range(first, last + 1)))
