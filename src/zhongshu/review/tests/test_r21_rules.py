"""Round 21: rules written before the blind sets fresh35/36 were read, and the rules from those sets."""

from .helpers import found


def test_an_idiom_slip_through_a_rarer_reading_of_a_polyphonic_character():
    # 解 xiè of 浑身解数, 艾 yì of 自怨自艾: readings soundalike.tsv leaves out (data/soundalike_minor.tsv)
    assert found("他使出浑身谢数，仍未完成任务。", "language.nearmiss") == ["浑身谢数"]
    assert found("不要自怨自义，要振作起来。", "language.nearmiss") == ["自怨自义"]
    assert found("他使出浑身解数，终于自怨自艾。", "language.nearmiss") == []
    # only in four-character idioms: the rarer reading makes no two-character slip (谢决 is not read as 解决)
    assert found("要切实谢决好群众反映的问题。", "language.nearmiss") == []
