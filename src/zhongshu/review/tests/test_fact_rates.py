"""Percentage points, rates and breakdowns closed by 一般/其他."""

from .helpers import found


def test_points():
    assert found("覆盖率由去年的62%提高到今年的71%，提高了8个百分点。", "fact.percentage") != []
    assert found("覆盖率由去年的62%提高到今年的71%，提高了9个百分点。", "fact.percentage") == []


def test_rates():
    assert found("发现隐患852处。截至10月31日，已整改隐患803处，整改率为92.3%。", "fact.percentage") != []
    assert found("发放问卷1200份，收回有效问卷1126份，有效率为93.8%。", "fact.percentage") == []
    assert found("调研的60个服务站中，有稳定经费的仅有19个，占31.7%。", "fact.percentage") == []
    assert found("引进人才8.6万人，人才总量达到42.8万人，占全市人才总量的46.5%。", "fact.percentage") == []


def test_breakdown_closed_by_general():
    assert found("发现隐患852处，其中重大隐患6处、一般隐患836处。", "fact.total") != []
    assert found("发现隐患852处，其中重大隐患6处、一般隐患846处。", "fact.total") == []
    assert found("全市共有人才1000人，其中博士20人、硕士300人。", "fact.total") == []
