"""A misspelt 习近平 before the formulation is reported once, as the leader's name."""

from zhongshu.review import review_text


def test_misspelt_name_reported_once():
    t = "坚持以习进平新时代中国特色社会主义思想为指导。"
    fs = review_text(t).findings
    assert [(t[f.start:f.end], f.rule) for f in fs] == [("习进平", "political.leader_name")]


def test_formulation_without_name_still_reported():
    t = "坚持以新时代中国特色社会主义思想为指导。"
    assert [f.rule for f in review_text(t).findings] == ["political.term"]


def test_formulation_pairs():
    from .helpers import found
    assert found("做到“两个确立”。", "political.term") != []
    assert found("深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”。", "political") == []
