"""Round 11: fact rules — shares that add up, a period's length, a reply dated before what it answers,
a celebration in the document's year, month-long observances."""

import pytest

from .helpers import found


@pytest.mark.parametrize("text, span", [
    ("小麦占46.2%、玉米占38.5%、大豆及其他作物占17.6%。", "46.2%、玉米占38.5%、大豆及其他作物占17.6%"),  # the rest: 100%
    ("第一产业占8.1%，第二产业占40.2%，第三产业占55.7%。", "8.1%，第二产业占40.2%，第三产业占55.7%"),       # over 100%
])
def test_shares_of_one_whole(text, span):
    assert found(text, "fact.share_sum") == [span]


@pytest.mark.parametrize("text", [
    "小麦占46.2%、玉米占38.5%、大豆及其他作物占15.3%。",
    "第一产业占8.1%，第二产业占40.2%，第三产业占51.7%。",
    "小麦占46.2%、玉米占38.5%、大豆占10.3%。",                       # no rest: may be under 100
    "党员占45%、女性占38%、大专以上学历占80%。",                      # parts that overlap
    "分享比例由中央和地方各占50%，改为中央占80%，地方占20%。",          # two splits, not one
])
def test_shares_left_alone(text):
    assert found(text, "fact.share_sum") == []


@pytest.mark.parametrize("text, span", [
    ("活动时间：2025年7月1日至9月30日，为期两个月。", "两个月"),
    ("9月1日至9月30日，为期2周。", "2周"),
    ("6月3日至6月5日，为期5天。", "5天"),
])
def test_period_against_its_dates(text, span):
    assert found(text, "fact.period") == [span]


@pytest.mark.parametrize("text", [
    "活动时间：2025年7月1日至9月30日，为期三个月。",
    "5月10日至12日，为期3天。",
    "2025年1月1日至2025年12月31日，为期一年。",
    "6月1日至15日，为期半个月。",
    "11月1日至2026年1月31日，为期3个月。",
])
def test_periods_that_fit(text):
    assert found(text, "fact.period") == []


def test_a_reply_cannot_predate_what_it_answers():
    text = "市规划委：\n　　你委2025年7月18日《关于商请明确地块规划条件的函》收悉。现函复如下。\n\n2025年7月10日"
    assert found(text, "fact.received_after") == ["2025年7月18日"]
    assert found(text.replace("7月18日", "7月8日"), "fact.received_after") == []


def test_a_celebration_of_the_documents_year():
    text = "围绕庆祝新中国成立{}周年，组织开展群众文艺展演。\n\n二〇二五年一月十日"  # a date line in Chinese numerals still dates it
    assert found(text.format(70), "fact.anniversary") == ["70周年"]
    assert found(text.format(75), "fact.anniversary") == []


def test_the_speech_at_an_old_celebration_is_no_celebration():
    text = "深入学习习近平总书记在庆祝中国共产党成立100周年大会上的重要讲话精神。\n\n2025年3月10日"
    assert found(text, "fact.anniversary") == []


@pytest.mark.parametrize("text, rule, span", [
    ("今年5月是全国第24个“安全生产月”。\n\n2025年5月6日", "fact.event_date", "5月"),
    ("今年6月是全国第23个“安全生产月”。\n\n2025年5月6日", "fact.anniversary", "第23个"),
])
def test_month_long_observances(text, rule, span):
    assert found(text, rule) == [span]


def test_month_long_observance_right():
    assert found("今年6月是全国第24个“安全生产月”。9月是第48个全国“质量月”。\n\n2025年5月6日", "fact.") == []


def test_a_rate_against_the_figure_its_sentence_names():
    text = ("全市共下发图斑1268个，其中，合法用地图斑1032个，违法用地图斑164个，其他图斑72个。"
            "对违法用地图斑，已完成整改151个，整改率为{}%。")
    assert found(text.format("92.1"), "fact.percentage") == []     # 151 ÷ 164
    assert found(text.format("82.1"), "fact.percentage") == ["82.1%"]


def test_last_years_figure_is_no_total():
    text = "全市共登记信访事项2846件次，比上年同期的3070件次下降7.3%。其中，来信412件次，来访693件次，网上信访{}件次。"
    assert found(text.format(1741), "fact.total") == []
    assert found(text.format(1841), "fact.total") != []


def test_the_tiers_of_a_count_add_up():
    text = "龙头企业累计达到216家，比上年增加了20家，其中国家级4家、省级52家、市级{}家。"
    assert found(text.format(168), "fact.total") != []
    assert found(text.format(160), "fact.total") == []


def test_a_month_long_observance_with_a_date_in_brackets():
    # M06 is a month, not a day: no date to compare (this text once raised ValueError in _fixed_day)
    assert found("全国第24个“安全生产月”（6月1日）启动。\n\n2025年5月6日", "fact.") == []
