"""The default calendar reproduces chinese_calendar's data (2024/2025 facts
checked against its constants.py, version 1.11.0)."""

import datetime as dt

import chinese_calendar
import pytest

from zhongshu.workdays import Calendar

D = dt.date
cal = Calendar.default()


@pytest.mark.parametrize(
    "day",
    [D(2024, 2, 4), D(2024, 2, 18), D(2024, 9, 29), D(2024, 10, 12), D(2025, 1, 26), D(2025, 9, 28), D(2025, 10, 11)],
)
def test_weekend_swapped_working_days(day):
    assert day.weekday() >= 5
    assert day in chinese_calendar.workdays
    assert cal.is_working_day(day)
    assert cal.holiday_name(day) is None
    info = cal.day_info(day)
    assert (info.kind, info.is_working) == ("workday", True)


@pytest.mark.parametrize(
    ("first", "last", "name"),
    [
        (D(2024, 2, 10), D(2024, 2, 17), "春节"),
        (D(2024, 10, 1), D(2024, 10, 7), "国庆节"),
        (D(2025, 1, 28), D(2025, 2, 4), "春节"),
    ],
)
def test_holiday_periods(first, last, name):
    day = first
    while day <= last:
        assert not cal.is_working_day(day), day
        assert cal.holiday_name(day) == name
        day += dt.timedelta(days=1)
    assert cal.is_working_day(first - dt.timedelta(days=1)) or (first - dt.timedelta(days=1)).weekday() >= 5


def test_national_day_2025_includes_mid_autumn():
    days = [D(2025, 10, d) for d in range(1, 9)]
    assert not any(cal.is_working_day(d) for d in days)
    assert cal.holiday_name(D(2025, 10, 6)) == "中秋"
    assert {cal.holiday_name(d) for d in days} == {"国庆节", "中秋"}
    assert cal.is_working_day(D(2025, 10, 9))


def test_plain_days():
    assert cal.day_info(D(2024, 3, 9)).kind == "weekend"
    assert not cal.is_working_day(D(2024, 3, 9))
    assert cal.day_info(D(2024, 3, 11)).kind == "weekday"
    assert cal.is_working_day(D(2024, 3, 11))
    assert cal.holiday_name(D(2024, 3, 9)) is None


def test_matches_package_on_every_covered_day():
    first, last = cal.covered_years[0], cal.covered_years[-1]
    day = D(first, 1, 1)
    while day.year <= last:
        assert cal.is_working_day(day) is chinese_calendar.is_workday(day), day
        day += dt.timedelta(days=1)


def test_covered_years_are_the_package_range():
    years = {d.year for d in chinese_calendar.holidays}
    assert cal.covered_years == tuple(range(min(years), max(years) + 1))
    assert cal.is_covered(2024) and cal.is_covered(2025)
    assert not cal.is_covered(max(years) + 1)
    assert not cal.is_covered(min(years) - 1)


def test_default_is_cached_and_immutable():
    assert Calendar.default() is Calendar.default()
    with pytest.raises(AttributeError):
        cal._days = {}  # noqa: SLF001


def test_aware_datetime_is_read_in_shanghai_time():
    # 2024-02-03 17:00 UTC is 2024-02-04 01:00 in Beijing: a 调休 Sunday.
    utc = dt.datetime(2024, 2, 3, 17, 0, tzinfo=dt.UTC)
    assert cal.is_working_day(utc)
    assert not cal.is_working_day(dt.datetime(2024, 2, 3, 17, 0))  # naive: Saturday
