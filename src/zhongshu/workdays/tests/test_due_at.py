"""Due times by urgency tier, default and configured rules."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from zhongshu.workdays import (
    Calendar,
    RuleError,
    UnknownTierError,
    Urgency,
    UrgencyRule,
    UrgencyRules,
    WorkingHours,
    due_after_working_days,
    due_at,
)

SH = ZoneInfo("Asia/Shanghai")
T = dt.datetime


def test_extra_urgent_is_two_clock_hours_any_time():
    assert due_at(T(2024, 10, 3, 23, 15), "特急") == T(2024, 10, 4, 1, 15)  # at night, on a holiday
    assert due_at(T(2024, 3, 11, 9, 0), Urgency.EXTRA_URGENT) == T(2024, 3, 11, 11, 0)


@pytest.mark.parametrize(
    ("received", "due"),
    [
        (T(2024, 3, 11, 9, 0), T(2024, 3, 11, 17, 30)),  # Mon morning → same day
        (T(2024, 3, 11, 7, 0), T(2024, 3, 11, 17, 30)),  # before hours → same day
        (T(2024, 3, 11, 17, 29), T(2024, 3, 11, 17, 30)),
        (T(2024, 3, 11, 17, 30), T(2024, 3, 12, 17, 30)),  # at closing → next day
        (T(2024, 3, 8, 19, 0), T(2024, 3, 11, 17, 30)),  # Friday evening → Monday
        (T(2024, 9, 27, 19, 0), T(2024, 9, 29, 17, 30)),  # Friday evening → 调休 Sunday
        (T(2024, 10, 2, 10, 0), T(2024, 10, 8, 17, 30)),  # holiday → first day back
        (T(2024, 10, 12, 10, 0), T(2024, 10, 12, 17, 30)),  # 调休 Saturday is a working day
    ],
)
def test_urgent_same_working_day(received, due):
    assert due_at(received, "紧急") == due


@pytest.mark.parametrize(
    ("received", "tier", "due"),
    [
        (T(2024, 3, 11, 9, 0), "加急", T(2024, 3, 13, 17, 30)),
        (T(2024, 3, 11, 9, 0), "普通", T(2024, 3, 14, 17, 30)),
        (T(2024, 3, 11, 22, 0), "加急", T(2024, 3, 13, 17, 30)),  # time of day ignored
        (T(2024, 3, 8, 10, 0), "加急", T(2024, 3, 12, 17, 30)),
        # Across the 调休 Saturday 2024-10-12: Fri → Sat, Mon
        (T(2024, 10, 11, 10, 0), "加急", T(2024, 10, 14, 17, 30)),
        (T(2024, 10, 11, 10, 0), "普通", T(2024, 10, 15, 17, 30)),
        # Received before National Day 2024: 09-29 (Sun) and 09-30 count, then 10-08
        (T(2024, 9, 28, 10, 0), "普通", T(2024, 10, 8, 17, 30)),
        # Spring Festival 2025
        (T(2025, 1, 24, 16, 0), "加急", T(2025, 1, 27, 17, 30)),
        (T(2025, 1, 24, 16, 0), "普通", T(2025, 2, 5, 17, 30)),
    ],
)
def test_working_day_tiers(received, tier, due):
    assert due_at(received, tier) == due


def test_aware_input_is_read_in_shanghai_and_returned_there():
    # 2024-03-08 11:00 UTC = Friday 19:00 in Beijing → Monday 17:30 Beijing
    received = T(2024, 3, 8, 11, 0, tzinfo=dt.UTC)
    due = due_at(received, "紧急")
    assert due == T(2024, 3, 11, 17, 30, tzinfo=SH)
    assert due.tzinfo == SH
    # 特急 across midnight, in absolute time
    assert due_at(T(2024, 10, 3, 15, 30, tzinfo=dt.UTC), "特急") == T(2024, 10, 4, 1, 30, tzinfo=SH)


def test_english_aliases():
    received = T(2024, 3, 11, 9, 0)
    assert due_at(received, "urgent") == due_at(received, "紧急")
    assert due_at(received, "EXPEDITED") == due_at(received, Urgency.EXPEDITED)
    assert due_at(received, "extra_urgent") == due_at(received, "特急")
    assert due_at(received, "normal") == due_at(received, "普通")


def test_unknown_tier():
    with pytest.raises(UnknownTierError, match="未定义的紧急程度"):
        due_at(T(2024, 3, 11, 9, 0), "平件")


def test_configured_rules():
    rules = UrgencyRules.from_dict({"特急": {"hours": 4}, "加急": {"working_days": 1}, "平件": {"working_days": 5}})
    received = T(2024, 3, 11, 9, 0)
    assert due_at(received, "特急", rules) == T(2024, 3, 11, 13, 0)
    assert due_at(received, "加急", rules=rules) == T(2024, 3, 12, 17, 30)
    assert due_at(received, "平件", rules) == T(2024, 3, 18, 17, 30)
    assert due_at(received, "普通", rules) == T(2024, 3, 14, 17, 30)  # default kept
    assert UrgencyRules.from_dict(rules.to_dict()) == rules
    assert UrgencyRules.default().to_dict() == {
        "特急": {"hours": 2},
        "紧急": {"same_day": True},
        "加急": {"working_days": 2},
        "普通": {"working_days": 3},
    }
    exact = UrgencyRules({"紧急": UrgencyRule.same_day()})
    with pytest.raises(UnknownTierError):
        exact.rule_for("普通")


@pytest.mark.parametrize(
    "bad",
    [{"hours": 0}, {"working_days": 0}, {"working_days": 1.5}, {"same_day": False}, {"days": 2}, {"hours": 1, "working_days": 1}],
)
def test_bad_rules(bad):
    with pytest.raises(RuleError):
        UrgencyRules.from_dict({"加急": bad})


def test_custom_working_hours_and_calendar():
    hours = WorkingHours(start=dt.time(9, 0), end=dt.time(17, 0))
    assert due_at(T(2024, 3, 11, 16, 59), "紧急", hours=hours) == T(2024, 3, 11, 17, 0)
    assert due_at(T(2024, 3, 11, 17, 0), "紧急", hours=hours) == T(2024, 3, 12, 17, 0)
    cal = Calendar.with_overrides({"days": [{"date": "2024-03-12", "kind": "holiday", "name": "测试"}]})
    assert due_at(T(2024, 3, 11, 9, 0), "加急", calendar=cal) == T(2024, 3, 14, 17, 30)
    with pytest.raises(RuleError):
        WorkingHours(start=dt.time(18, 0), end=dt.time(9, 0))


def test_due_after_working_days():
    assert due_after_working_days(T(2024, 9, 30, 8, 0), 1) == T(2024, 10, 8, 17, 30)
    assert due_after_working_days(T(2024, 9, 30, 8, 0), 0) == T(2024, 9, 30, 17, 30)
    assert due_after_working_days(T(2024, 10, 1, 8, 0), 0) == T(2024, 10, 8, 17, 30)
    with pytest.raises(RuleError):
        due_after_working_days(T(2024, 9, 30, 8, 0), -1)
