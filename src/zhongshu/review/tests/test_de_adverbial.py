"""的/地/得: adverbial 地 before a verb, complement 得 after a verb (second round)."""

from .helpers import found


def test_adverb_de_verb():
    for t in ("要认真的梳理存量土地。", "并及时的动态调整。", "密码要妥善的保管。", "我们也要清醒的看到，困难还很多。",
              "要坚持不懈的抓好项目。"):
        assert found(t, "language.de") == ["的"], t


def test_adverb_de_noun_near_miss():
    for t in ("对工作进行认真的总结。", "给予及时的指导。", "这是认真的态度。", "作了全面系统的部署。", "做了大量的工作。"):
        assert found(t, "language.de") == [], t


def test_verb_de_complement():
    assert found("几个部门作了发言，讲的都很实在。", "language.de") == ["的"]
    assert found("对工作做的不到位的单位通报。", "language.de") == ["的"]
    assert found("我们要做的还很多。", "language.de") == []
