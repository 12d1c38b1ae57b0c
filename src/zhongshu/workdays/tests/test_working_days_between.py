"""working_days_between counts working days in (a, b]."""

import datetime as dt
import random

from zhongshu.workdays import Calendar

D = dt.date
cal = Calendar.default()


def test_half_open_interval():
    # Mon 2024-03-11 .. Fri 03-15: (Mon, Fri] = Tue–Fri
    assert cal.working_days_between(D(2024, 3, 11), D(2024, 3, 15)) == 4
    assert cal.working_days_between(D(2024, 3, 11), D(2024, 3, 11)) == 0
    assert cal.working_days_between(D(2024, 3, 8), D(2024, 3, 11)) == 1  # Fri → Mon


def test_negative_when_reversed():
    assert cal.working_days_between(D(2024, 3, 15), D(2024, 3, 11)) == -4


def test_spring_festival_2024():
    # (Fri 02-02, Mon 02-19]: Sun 02-04, Mon 02-05..Fri 02-09, Sun 02-18, Mon 02-19
    assert cal.working_days_between(D(2024, 2, 2), D(2024, 2, 19)) == 8
    assert cal.working_days_between(D(2024, 2, 9), D(2024, 2, 17)) == 0


def test_national_day_2024():
    # (Fri 09-27, Sat 10-12]: Sun 09-29, Mon 09-30, Tue 10-08..Sat 10-12
    assert cal.working_days_between(D(2024, 9, 27), D(2024, 10, 12)) == 7


def test_national_day_2025():
    # (Fri 09-26, Sat 10-11]: Sun 09-28, Mon 09-29, Tue 09-30, Thu 10-09, Fri 10-10, Sat 10-11
    assert cal.working_days_between(D(2025, 9, 26), D(2025, 10, 11)) == 6


def test_whole_year_2024():
    total = sum(cal.is_working_day(D(2024, 1, 1) + dt.timedelta(days=i)) for i in range(366))
    assert cal.working_days_between(D(2023, 12, 31), D(2024, 12, 31)) == total


def test_round_trip_with_add_working_days():
    rng = random.Random(7)
    for _ in range(300):
        start = D(2003, 6, 1) + dt.timedelta(days=rng.randrange(365 * 26))
        n = rng.randint(0, 400)
        assert cal.working_days_between(start, cal.add_working_days(start, n)) == n
        if cal.is_working_day(start):
            assert cal.working_days_between(start, cal.add_working_days(start, -n)) == -n


def test_matches_brute_force():
    rng = random.Random(11)
    for _ in range(200):
        a = D(2003, 1, 1) + dt.timedelta(days=rng.randrange(365 * 26))
        b = a + dt.timedelta(days=rng.randint(-200, 200))
        lo, hi = sorted((a, b))
        count = sum(cal.is_working_day(lo + dt.timedelta(days=i)) for i in range(1, (hi - lo).days + 1))
        assert cal.working_days_between(a, b) == (count if b >= a else -count)
