"""ABAB across three words (设施实施实时) is not a duplicate; 贯彻贯彻 still is."""

from .helpers import found


def test_straddle_not_reported():
    assert found("对道路、排水、桥梁等设施实施实时监测。", "language.duplicate") == []
    assert found("充分利用闲置用地、公园绿地地下空间。", "language.duplicate") == []


def test_real_duplicates_reported():
    assert found("要认真贯彻贯彻中央文件精神。", "language.duplicate") != []
    assert found("文物保护工作工作不断加强。", "language.duplicate") != []
