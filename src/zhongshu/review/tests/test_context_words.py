"""权利/权力, 制定/制订, 像/象, 占/站: flagged only in their telling contexts."""

from .helpers import found


def test_rights_vs_power_positive():
    assert found("要让权利在阳光下运行。", "language.context") == ["权利"]
    assert found("公民依法享有申请获取政府信息的权力。", "language.context") == ["权力"]
    assert found("保护企业家的合法权力。", "language.context") == ["权力"]
    assert found("明确双方的权力和义务。", "language.context") == ["权力"]


def test_rights_vs_power_near_miss():
    for ok in ("执法人员应当依法行使权力。", "把权力关进制度的笼子里。", "维护劳动者合法权利。",
               "正确对待权力、责任和利益。", "明确双方的权利义务。", "依法公开权力清单。", "引导消费者增强权利意识。"):
        assert found(ok, "language.context") == [], ok


def test_zhiding():
    assert found("制订政务公开事项标准目录。", "language.context") == ["制订"]
    assert found("制订年度立法工作计划。", "language.context") == []
    assert found("制定实施方案。", "language.context") == []


def test_xiang():
    assert found("各部门要象对待自己的事一样对待企业的事。", "language.context") == ["象"]
    for ok in ("这种现象一样存在。", "树立良好形象。", "抽象的概念", "象征意义", "好的印象一样深"):
        assert found(ok, "language.context") == [], ok


def test_zhan():
    assert found("亿元以上项目只有12个，站签约项目总数的四分之一。", "language.context") == ["站"]
    assert found("全市建成服务站586个。", "language.context") == []
