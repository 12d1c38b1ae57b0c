"""overdue_level: yellow under 20 % of the allowed time (or within N hours), red after due."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from zhongshu.workdays import OverdueLevel, OverduePolicy, RuleError, overdue_level

T = dt.datetime
STARTED = T(2024, 3, 11, 8, 0)
DUE = T(2024, 3, 21, 8, 0)  # 10 days allowed → yellow in the last 2 days


@pytest.mark.parametrize(
    ("now", "level"),
    [
        (T(2024, 3, 12, 8, 0), "normal"),
        (T(2024, 3, 19, 8, 0), "normal"),  # exactly 20 % left: not yet
        (T(2024, 3, 19, 8, 1), "yellow"),
        (DUE, "yellow"),  # at the due instant
        (DUE + dt.timedelta(seconds=1), "red"),
    ],
)
def test_default_share(now, level):
    assert overdue_level(now, DUE, STARTED) == level


def test_within_hours_and_custom_share():
    policy = OverduePolicy(yellow_share=0.0, yellow_within=dt.timedelta(hours=24))
    assert overdue_level(T(2024, 3, 19, 8, 1), DUE, STARTED, policy=policy) is OverdueLevel.NORMAL
    assert overdue_level(T(2024, 3, 20, 8, 0), DUE, STARTED, policy=policy) is OverdueLevel.YELLOW
    both = OverduePolicy(yellow_share=0.5, yellow_within=dt.timedelta(hours=1))
    assert overdue_level(T(2024, 3, 16, 9, 0), DUE, STARTED, policy=both) is OverdueLevel.YELLOW


def test_dates_mean_working_start_and_end():
    # due date → 17:30 that day
    assert overdue_level(T(2024, 3, 21, 17, 0), dt.date(2024, 3, 21), dt.date(2024, 3, 11)) == "yellow"
    assert overdue_level(T(2024, 3, 21, 17, 31), dt.date(2024, 3, 21), None) == "red"
    assert overdue_level(T(2024, 3, 21, 17, 0), dt.date(2024, 3, 21), None) == "normal"


def test_aware_datetimes_and_mixing():
    sh = ZoneInfo("Asia/Shanghai")
    due = T(2024, 3, 21, 17, 30, tzinfo=sh)
    now = T(2024, 3, 21, 9, 31, tzinfo=dt.UTC)  # 17:31 Beijing
    assert overdue_level(now, due, None) == "red"
    assert overdue_level(now, dt.date(2024, 3, 21), None) == "red"
    with pytest.raises(TypeError):
        overdue_level(T(2024, 3, 21, 9, 0), due, None)


def test_zero_allowed_time():
    assert overdue_level(T(2024, 3, 21, 7, 0), DUE, DUE) == "normal"
    assert overdue_level(T(2024, 3, 21, 9, 0), DUE, DUE) == "red"


@pytest.mark.parametrize("kwargs", [{"yellow_share": 1.5}, {"yellow_share": -0.1}, {"yellow_within": dt.timedelta(hours=-1)}])
def test_bad_policy(kwargs):
    with pytest.raises(RuleError):
        OverduePolicy(**kwargs)
