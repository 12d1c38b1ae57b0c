import pytest

from .helpers import found


@pytest.mark.parametrize("text,span", [("定于2026年2月30日召开", "2026年2月30日"), ("2025年2月29日", "2025年2月29日"),
                                       ("2月30日", "2月30日")])
def test_impossible_dates(text, span):
    assert found(text, "fact.date_invalid") == [span]


def test_impossible_month():
    assert found("请于2025年13月5日前报送", "fact.date_invalid") == ["13月"]


@pytest.mark.parametrize("text", ["2024年2月29日", "12月31日", "2026年3月5日至7日"])
def test_valid_dates(text):
    assert found(text, "fact.date_invalid") == []


def test_weekday():
    assert found("定于2026年11月23日（星期二）召开", "fact.weekday") == ["星期二"]
    assert found("定于2026年11月23日（星期一）召开", "fact.weekday") == []
    assert found("2026年3月5日召开会议，3月6日（周五）报到", "fact.weekday") == []
    assert found("2026年3月5日召开会议，3月6日（周六）报到", "fact.weekday") == ["周六"]


def test_totals():
    assert found("共120人，其中男60人、女50人。", "fact.total") == ["共120人，其中男60人、女50人"]
    assert found("共120人，其中男70人、女50人。", "fact.total") == []
    assert found("共100人，其中党员120人。", "fact.total") == ["120人"]
    assert found("共有学校126所，其中小学80所、初中30所。", "fact.total") == []
    assert found("共有党员120人，其中女党员80人、少数民族党员60人。", "fact.total") == []


def test_percentages():
    assert found("增长了20%，由100增加到130。", "fact.percent") == ["20%"]
    assert found("由100亿元增加到130亿元，增长30%。", "fact.percent") == []
    assert found("由100下降到80，下降了20%。", "fact.percent") == []
    assert found("由100增加到80，增长了20%。", "fact.percent") != []


def test_event_dates():
    assert found("2022年10月18日，党的二十大在北京开幕。", "fact.event_date") == ["2022年10月18日"]
    assert found("2022年10月16日，党的二十大在北京开幕。", "fact.event_date") == []
    assert found("中华人民共和国成立于1950年10月1日。", "fact.event_date") == ["1950年10月1日"]
    assert found("2023年，党的二十大精神深入人心。", "fact.event_date") == []


def test_anniversaries():
    assert found("2024年是新中国成立70周年。", "fact.anniversary") == ["70周年"]
    assert found("2024年是新中国成立75周年。", "fact.anniversary") == []
    assert found("2021年是中国共产党成立一百周年。", "fact.anniversary") == []
