"""通知报告 as a 文种; a 请示 whose title joins several requests."""

from .helpers import found


def test_notice_report_genre():
    assert found("关于做好政府合同管理工作的通知报告\n\n各乡镇：\n", "policy.genre") == ["通知报告"]
    assert found("关于做好政府合同管理工作的通知\n\n各乡镇：\n", "policy.genre") == []


def test_qingshi_title_several_requests():
    t = "关于申请召开春耕生产现场会并拨付工作经费的请示\n\n县人民政府：\n妥否，请批示。\n"
    assert found(t, "policy.one_matter") != []
    t = "关于申请拨付农村学校校舍维修专项资金的请示\n\n市人民政府：\n妥否，请批示。\n"
    assert found(t, "policy.one_matter") == []
