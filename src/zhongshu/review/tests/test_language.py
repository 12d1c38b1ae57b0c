import pytest

from .helpers import found


@pytest.mark.parametrize("wrong", ["迫不急待", "按步就班", "再接再励", "一如继往", "一愁莫展", "如火如茶", "以身做则", "精益求经"])
def test_idiom_near_misses(wrong):
    assert found(f"我们要{wrong}地工作。", "language.idiom") == [wrong] or found(f"我们要{wrong}地工作。", "language.typo") == [wrong]


@pytest.mark.parametrize("wrong", ["布署", "既使", "竟赛", "按装", "震憾", "宏扬", "付食品", "销毁" if False else "消毁"])
def test_typos(wrong):
    assert found(f"关于{wrong}的说明", "language.typo") == [wrong]


def test_typo_exceptions():
    assert found("各自已有的资源", "language.typo") == []
    assert found("深入学习贯彻会议精神", "language") == []
    assert found("他自已也承认", "language.typo") == ["自已"]


def test_generated_idioms_do_not_fire_on_correct_text():
    assert found("坚持实事求是、因地制宜、与时俱进，一如既往地迫不及待。", "language") == []


def test_de_di_de():
    assert found("工作做的很扎实。", "language.de") == ["的"]
    assert found("要积极的推进改革。", "language.de") == ["的"]
    assert found("取的了显著成效", "language.de") == ["取的"]
    assert found("这些成绩值的肯定", "language.de") == ["值的"]


@pytest.mark.parametrize("text", ["他们做的很多工作", "发挥积极的推动作用", "进行深入的研究。", "发展的好势头。", "价值的体现", "明显的变化"])
def test_de_di_de_clean(text):
    assert found(text, "language.de") == []


def test_duplicates():
    assert found("我们的的确要做好", "language.duplicate") == ["的的"]
    assert found("要认真贯彻贯彻中央精神", "language.duplicate") == ["贯彻"]


@pytest.mark.parametrize("text", ["看看、常常、人人", "研究研究这个问题", "一步一步推进", "不了了之", "对情况进行了了解", "民主和和谐", "等等", "的的确确", "实现目的的手段", "地地道道"])
def test_legitimate_reduplication(text):
    assert found(text, "language.duplicate") == []


def test_collocations():
    assert found("要进一步加强执法检查力度", "language.collocation") == ["加强执法检查力度"]
    assert found("截止2025年底，共建成", "language.collocation") == ["截止"]
    assert found("报名截至。", "language.collocation") == ["截至"]
    assert found("全市约有3000人左右参加", "language.collocation") == ["约有3000人左右"]
    assert found("切忌不要盲目攀比", "language.collocation") == ["切忌不要"]


@pytest.mark.parametrize("text", ["要加大执法力度", "截至2025年底", "报名截止时间为3月1日", "提高服务水平", "约3000人参加"])
def test_collocations_clean(text):
    assert found(text, "language.collocation") == []
