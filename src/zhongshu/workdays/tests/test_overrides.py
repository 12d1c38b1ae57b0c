"""Office overrides: a year beyond the bundled data, corrections, whole-year
replacement, serialisation."""

import datetime as dt
from types import SimpleNamespace

import pytest

from zhongshu.workdays import Calendar, DayKind, DayOverride, OverrideError, Overrides, YearNotCoveredError

D = dt.date
LAST = Calendar.default().covered_years[-1]
FUTURE = LAST + 1  # 2027 with chinesecalendar 1.11.0

# A hypothetical schedule for FUTURE: 01-01 a holiday and the first
# Saturday after it a 调休 working day.
NEW_YEAR = D(FUTURE, 1, 1)
SWAP_SAT = next(D(FUTURE, 1, d) for d in range(2, 15) if D(FUTURE, 1, d).weekday() == 5)


def future_overrides():
    return Overrides(
        days=(
            DayOverride(NEW_YEAR, DayKind.HOLIDAY, "元旦"),
            DayOverride(SWAP_SAT, DayKind.WORKDAY, "元旦"),
        )
    )


def test_uncovered_year_falls_back_to_weekends_and_says_so():
    cal = Calendar.default()
    assert not cal.is_covered(FUTURE)
    assert cal.uncovered_years(D(LAST, 12, 1), D(FUTURE, 2, 1)) == (FUTURE,)
    assert cal.day_info(D(FUTURE, 3, 3)).covered is False
    # Weekends-only: New Year's Day is counted as a working day if on a weekday.
    assert cal.is_working_day(NEW_YEAR) is (NEW_YEAR.weekday() < 5)
    assert cal.holiday_name(NEW_YEAR) is None
    with pytest.raises(YearNotCoveredError) as err:
        cal.require_covered(D(LAST, 12, 1), D(FUTURE, 2, 1))
    assert str(FUTURE) in str(err.value) and "尚未录入" in str(err.value)
    cal.require_covered(D(2024, 1, 1), D(2025, 12, 31))  # no error


def test_overrides_cover_a_new_year():
    cal = Calendar.with_overrides(future_overrides())
    assert cal.is_covered(FUTURE)
    assert not cal.is_working_day(NEW_YEAR)
    assert cal.holiday_name(NEW_YEAR) == "元旦"
    assert cal.is_working_day(SWAP_SAT)
    assert cal.next_working_day(SWAP_SAT - dt.timedelta(days=1)) == SWAP_SAT
    # Bundled years are untouched.
    assert cal.is_working_day(D(2024, 2, 4)) and not cal.is_working_day(D(2024, 10, 1))
    assert not Calendar.default().is_covered(FUTURE)


def test_counting_across_overridden_days():
    cal = Calendar.with_overrides(future_overrides())
    base = Calendar.default()
    start, end = D(LAST, 12, 31), D(FUTURE, 1, 31)
    delta = (-1 if NEW_YEAR.weekday() < 5 else 0) + 1
    assert cal.working_days_between(start, end) == base.working_days_between(start, end) + delta


def test_override_corrects_a_bundled_day():
    # e.g. a one-off local holiday on a Monday
    cal = Calendar.with_overrides(Overrides.from_rows([(D(2024, 3, 11), "holiday", "地方假日")]))
    assert cal.holiday_name(D(2024, 3, 11)) == "地方假日"
    assert cal.next_working_day(D(2024, 3, 8)) == D(2024, 3, 12)
    # and turning a bundled holiday back into a working day
    cal = Calendar.with_overrides(Overrides.from_rows([(D(2024, 10, 7), "workday", "")]))
    assert cal.next_working_day(D(2024, 9, 30)) == D(2024, 10, 7)


def test_full_year_replaces_bundled_data():
    ov = Overrides(days=(DayOverride(D(2024, 5, 6), "holiday", "测试"),), full_years=frozenset({2024}))
    cal = Calendar.with_overrides(ov)
    assert cal.is_covered(2024)
    assert cal.is_working_day(D(2024, 10, 1))  # bundled National Day gone
    assert not cal.is_working_day(D(2024, 2, 4))  # bundled 调休 Sunday gone
    assert not cal.is_working_day(D(2024, 5, 6))
    assert not cal.is_working_day(D(2025, 1, 28))  # other years keep bundled data


def test_overrides_alone_without_package_data():
    cal = Calendar(overrides=future_overrides(), package_data=False)
    assert cal.covered_years == (FUTURE,)
    assert cal.is_working_day(D(2024, 10, 1))


def test_dict_round_trip_and_rows():
    ov = future_overrides()
    data = ov.to_dict()
    assert data == {
        "days": [
            {"date": NEW_YEAR.isoformat(), "kind": "holiday", "name": "元旦"},
            {"date": SWAP_SAT.isoformat(), "kind": "workday", "name": "元旦"},
        ],
        "full_years": [],
    }
    assert Overrides.from_dict(data) == ov
    assert Calendar.with_overrides(data) is Calendar.with_overrides(ov)  # cached per content
    rows = [SimpleNamespace(date=SWAP_SAT, kind="workday", name="元旦"), {"date": NEW_YEAR, "kind": "holiday", "name": "元旦"}]
    assert Overrides.from_rows(rows) == ov  # order does not matter
    assert Overrides.from_dict({"days": [], "full_years": [FUTURE]}).years == {FUTURE}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"days": [{"date": "2027-13-01", "kind": "holiday"}]}, "日期格式不正确"),
        ({"days": [{"date": "2027-01-01", "kind": "rest"}]}, "类型不正确"),
        ({"days": [{"kind": "holiday"}]}, "缺少字段"),
        ({"days": [("2027-01-01", "holiday", "元旦"), ("2027-01-01", "workday", "")]}, "重复录入"),
        ({"full_years": ["2027"]}, "整数"),
        ({"year": 2027}, "未知字段"),
    ],
)
def test_bad_input_is_rejected_in_chinese(data, message):
    with pytest.raises(OverrideError, match=message):
        Overrides.from_dict(data)
