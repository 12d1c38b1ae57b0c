"""remind_at: start of working hours N working days before a due date."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from zhongshu.workdays import RuleError, WorkingHours, remind_at

SH = ZoneInfo("Asia/Shanghai")
D, T = dt.date, dt.datetime


def test_before_a_holiday_break_counts_swapped_days():
    # Report-back due 2024-10-08 (first day after National Day)
    assert remind_at(D(2024, 10, 8), 1) == T(2024, 9, 30, 8, 30, tzinfo=SH)
    assert remind_at(D(2024, 10, 8), 2) == T(2024, 9, 29, 8, 30, tzinfo=SH)  # 调休 Sunday
    assert remind_at(D(2025, 2, 5), 3) == T(2025, 1, 24, 8, 30, tzinfo=SH)


def test_zero_means_the_due_day_or_the_last_working_day_before():
    assert remind_at(D(2024, 3, 11), 0) == T(2024, 3, 11, 8, 30, tzinfo=SH)
    assert remind_at(D(2024, 10, 5), 0) == T(2024, 9, 30, 8, 30, tzinfo=SH)


def test_datetime_due_keeps_naive_or_aware():
    assert remind_at(T(2024, 3, 13, 17, 30), 2) == T(2024, 3, 11, 8, 30)
    # 2024-03-13 17:00 UTC is 2024-03-14 01:00 in Beijing
    assert remind_at(T(2024, 3, 13, 17, 0, tzinfo=dt.UTC), 1) == T(2024, 3, 13, 8, 30, tzinfo=SH)


def test_custom_hours_and_validation():
    hours = WorkingHours(start=dt.time(9, 0), end=dt.time(17, 0))
    assert remind_at(D(2024, 3, 13), 1, hours=hours) == T(2024, 3, 12, 9, 0, tzinfo=SH)
    with pytest.raises(RuleError):
        remind_at(D(2024, 3, 13), -1)
