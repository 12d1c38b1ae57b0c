"""add_working_days: n-th working day strictly after (n > 0) / before (n < 0)."""

import datetime as dt
import random

import pytest

from zhongshu.workdays import Calendar

D = dt.date
cal = Calendar.default()


def brute(start, n):
    day, step, left = start, (1 if n > 0 else -1), abs(n)
    while left:
        day += dt.timedelta(days=step)
        left -= cal.is_working_day(day)
    return day


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        # Spring Festival 2024: Fri 02-09 is the last day before the break;
        # Sun 02-04 and Sun 02-18 are working.
        (D(2024, 2, 2), 1, D(2024, 2, 4)),  # Fri → 调休 Sunday
        (D(2024, 2, 8), 1, D(2024, 2, 9)),
        (D(2024, 2, 9), 1, D(2024, 2, 18)),  # over the whole break → 调休 Sunday
        (D(2024, 2, 9), 2, D(2024, 2, 19)),
        (D(2024, 2, 12), 1, D(2024, 2, 18)),  # from inside the break
        # National Day 2024: Sun 09-29 and Sat 10-12 working.
        (D(2024, 9, 27), 1, D(2024, 9, 29)),
        (D(2024, 9, 29), 1, D(2024, 9, 30)),
        (D(2024, 9, 30), 1, D(2024, 10, 8)),
        (D(2024, 10, 11), 1, D(2024, 10, 12)),
        (D(2024, 10, 11), 2, D(2024, 10, 14)),
        # Spring Festival 2025: Sun 01-26 working; 01-28..02-04 off; Sat 02-08 working.
        (D(2025, 1, 24), 1, D(2025, 1, 26)),
        (D(2025, 1, 27), 1, D(2025, 2, 5)),
        (D(2025, 1, 24), 3, D(2025, 2, 5)),
        (D(2025, 2, 7), 1, D(2025, 2, 8)),
        # National Day 2025: Sun 09-28 and Sat 10-11 working; 10-01..08 off.
        (D(2025, 9, 26), 1, D(2025, 9, 28)),
        (D(2025, 9, 30), 1, D(2025, 10, 9)),
        (D(2025, 9, 30), 3, D(2025, 10, 11)),
        # Plain weekend
        (D(2024, 3, 8), 1, D(2024, 3, 11)),
        (D(2024, 3, 9), 1, D(2024, 3, 11)),  # start on a Saturday
    ],
)
def test_forward(start, n, expected):
    assert cal.add_working_days(start, n) == expected
    assert cal.add_working_days(start=start, n=n) == expected


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        (D(2024, 10, 8), -1, D(2024, 9, 30)),
        (D(2024, 10, 8), -2, D(2024, 9, 29)),  # 调休 Sunday counts
        (D(2024, 10, 8), -3, D(2024, 9, 27)),
        (D(2024, 10, 3), -1, D(2024, 9, 30)),  # from inside the break
        (D(2025, 2, 5), -1, D(2025, 1, 27)),
        (D(2025, 2, 5), -2, D(2025, 1, 26)),
        (D(2024, 3, 10), -1, D(2024, 3, 8)),  # from a Sunday: Friday
        (D(2024, 3, 11), -1, D(2024, 3, 8)),
    ],
)
def test_backward(start, n, expected):
    assert cal.add_working_days(start, n) == expected


def test_zero_returns_start_even_on_a_holiday():
    assert cal.add_working_days(D(2024, 10, 1), 0) == D(2024, 10, 1)
    assert cal.add_working_days(D(2024, 3, 11), 0) == D(2024, 3, 11)


def test_datetime_start_uses_its_date():
    assert cal.add_working_days(dt.datetime(2024, 9, 30, 23, 59), 1) == D(2024, 10, 8)


def test_n_must_be_int():
    with pytest.raises(TypeError):
        cal.add_working_days(D(2024, 1, 2), 1.0)
    with pytest.raises(TypeError):
        cal.add_working_days(D(2024, 1, 2), True)


def test_date_range_edges():
    assert cal.add_working_days(D(1, 1, 1), 1) == D(1, 1, 2)
    assert cal.add_working_days(D(1, 1, 2), -1) == D(1, 1, 1)
    with pytest.raises(OverflowError):
        cal.add_working_days(D(1, 1, 2), -2)
    with pytest.raises(OverflowError):
        cal.add_working_days(D(9999, 12, 30), 5)


def test_matches_brute_force_across_covered_and_uncovered_years():
    rng = random.Random(20240204)
    for _ in range(400):
        start = D(2002, 1, 1) + dt.timedelta(days=rng.randrange(365 * 28))
        n = rng.randint(-250, 250)
        expected = start if n == 0 else brute(start, n)
        assert cal.add_working_days(start, n) == expected, (start, n)


def test_large_n_is_consistent():
    start = D(2020, 1, 2)
    far = cal.add_working_days(start, 1000)
    assert cal.working_days_between(start, far) == 1000
    assert cal.is_working_day(far)
    assert cal.add_working_days(far, -1000) == start
