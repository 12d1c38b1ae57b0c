"""Telephone numbers, approximate numbers with 顿号, date ranges, short years, thousands separators."""

from zhongshu.review import review_text

from .helpers import found


def test_letters_in_phone_numbers():
    assert found("联系电话：O731-84326510，", "format.latin_digit") == ["O731"]
    assert found("联系电话：l3907458216\n", "format.latin_digit") == ["l3907458216"]
    assert found("型号为O2O平台。", "format.latin_digit") == []


def test_phone_dash():
    assert found("联系电话：0745—6235108）", "format.phone_dash") == ["—"]
    assert found("联系电话：0745-6235108）", "format.phone_dash") == []


def test_approximate_numbers():
    assert found("组织3、5名专家开展检查。", "format.approx_number") == ["3、5"]
    assert found("每周督导不少于2、3次。", "format.approx_number") == ["2、3"]
    assert found("第1、2名获奖。", "format.approx_number") == []
    assert found("1、2号楼已完工。", "format.approx_number") == []
    assert found("1、2月份完成。", "format.approx_number") == []
    assert found("1、2、3名依次入选。", "format.approx_number") == []


def test_range_and_year():
    assert found("10月1日-8日放假调休。", "format.range_dash") == ["-"]
    assert found("10月1日—8日放假调休。", "format.range_dash") == []
    assert found("通报24年度评价情况。", "format.short_year") == ["24年"]
    assert found("通报2024年度评价情况。", "format.short_year") == []


def test_thousands_separator_is_a_hint():
    fs = review_text("清运垃圾1,286吨。").findings
    assert [(f.rule, f.severity) for f in fs] == [("format.digit_grouping", "info")]
