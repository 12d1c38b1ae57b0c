"""Collocations and 截止/截至 patterns of round 3; 通过……，使…… at the start of a sentence."""

from .helpers import found


def test_force_and_level():
    assert found("要加快执法检查力度。", "language.collocation") == ["加快执法检查力度"]
    assert found("增强干部队伍的综合素质和业务水平。", "language.collocation") == ["增强干部队伍的综合素质和业务水平"]
    assert found("增强干部队伍素质，提高业务水平。", "language.collocation") == []
    assert found("加大执法检查力度。", "language.collocation") == []


def test_jiezhi_before():
    assert found("截止6月底前完成全覆盖排查。", "language.collocation") == ["截止"]
    assert found("截止国庆节前完成建设并通过验收。", "language.collocation") == ["截止"]
    assert found("报名截止日期前提交材料。", "language.collocation") == []
    assert found("截止到6月底，已完成排查。", "language.collocation") == []


def test_subjectless_tongguo():
    t = "完成改造5个。通过集中整治，使辖区环境面貌明显改善。"
    assert [f for f in found(t, "language.collocation")] == ["通过集中整治，使"]
    from zhongshu.review import review_text
    t2 = "街道通过集中整治，使辖区环境面貌明显改善。"
    assert [f.severity for f in review_text(t2).findings if f.rule == "language.collocation"] in ([], ["info"])
