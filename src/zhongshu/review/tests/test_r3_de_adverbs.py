"""的/地/得 added in round 3: more verbs after an adverb, chains of adverbs, 地的, 可行得措施, 掌握的还不够全面."""

from .helpers import found


def test_adverb_before_more_verbs():
    assert found("切实增强忧患意识，积极的采取有效措施。", "language.de") == ["的"]
    assert found("对违法违规行为坚决的依法查处。", "language.de") == ["的"]
    assert found("要耐心细致的做好政策解释工作。", "language.de") == ["的"]
    assert found("把信访工作简单的看作是信访部门的事情。", "language.de") == ["的"]
    # near misses: an adjective before a verbal noun
    assert found("确保突发情况得到及时有效的处置。", "language.de") == []
    assert found("要进行全面、系统的梳理。", "language.de") == []
    assert found("开展了大量、细致的排查。", "language.de") == []
    assert found("加强对群众的宣传教育。", "language.de") == []


def test_verb_then_adverb_after_dunhao():
    assert found("各地要高度重视、迅速的拿出方案。", "language.de") == ["的"]


def test_di_de_doubled():
    assert found("我们也要清醒地的看到困难。", "language.de") == ["地的"]
    assert found("我们也要清醒地看到困难。", "language.de") == []


def test_de_before_noun():
    assert found("制定切实可行得赶超措施。", "language.de") == ["得"]
    assert found("这样做切实可行得多。", "language.de") == []


def test_complement_de():
    assert found("对一些基层实际情况掌握的还不够全面；", "language.de") == ["的"]
    assert found("对基层情况的掌握还不够全面；", "language.de") == []
