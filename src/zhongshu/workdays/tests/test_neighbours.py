"""next/previous working day, rolling to a working day, iterating."""

import datetime as dt

from zhongshu.workdays import Calendar

D = dt.date
cal = Calendar.default()


def test_next_and_previous():
    assert cal.next_working_day(D(2025, 1, 27)) == D(2025, 2, 5)
    assert cal.next_working_day(D(2025, 1, 25)) == D(2025, 1, 26)  # Sat → 调休 Sunday
    assert cal.previous_working_day(D(2025, 2, 5)) == D(2025, 1, 27)
    assert cal.previous_working_day(D(2024, 10, 13)) == D(2024, 10, 12)  # Sun → 调休 Saturday


def test_on_or_after_and_before():
    assert cal.working_day_on_or_after(D(2024, 10, 1)) == D(2024, 10, 8)
    assert cal.working_day_on_or_after(D(2024, 10, 12)) == D(2024, 10, 12)
    assert cal.working_day_on_or_after(D(2024, 9, 29)) == D(2024, 9, 29)
    assert cal.working_day_on_or_before(D(2024, 10, 6)) == D(2024, 9, 30)
    assert cal.working_day_on_or_before(D(2024, 9, 30)) == D(2024, 9, 30)


def test_iter_working_days_is_closed_interval():
    days = list(cal.iter_working_days(D(2024, 9, 28), D(2024, 10, 12)))
    assert days == [D(2024, 9, 29), D(2024, 9, 30)] + [D(2024, 10, d) for d in (8, 9, 10, 11, 12)]
    assert list(cal.iter_working_days(D(2024, 10, 1), D(2024, 10, 7))) == []
    assert list(cal.iter_working_days(D(2024, 10, 8), D(2024, 10, 8))) == [D(2024, 10, 8)]
    assert list(cal.iter_working_days(D(2024, 10, 9), D(2024, 10, 8))) == []
