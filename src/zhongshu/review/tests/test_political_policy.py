import pytest

from .helpers import found


def test_leader_near_miss_anywhere():
    assert found("学习习进平新时代中国特色社会主义思想", "political.leader_name") == ["习进平"]
    assert found("学习习近平新时代中国特色社会主义思想", "political.leader_name") == []


def test_leader_near_miss_needs_title_for_common_names():
    assert found("李墙总理指出", "political.leader_name") == ["李墙"]
    assert found("刘国忠同志任副局长", "political.leader_name") == []


def test_leader_title_mismatch():
    assert found("李强总书记指出", "political.leader_title") == ["总书记"]
    assert found("李强副局长主持会议", "political.leader_title") == []


def test_formulation_order():
    assert found("增强政治意识、核心意识、大局意识、看齐意识", "political.formulation_order") == ["政治意识、核心意识、大局意识、看齐意识"]
    assert found("增强政治意识、大局意识、核心意识、看齐意识", "political.formulation_order") == []
    assert found("坚定道路自信、理论自信、制度自信、文化自信", "political.formulation_order") == []


@pytest.mark.parametrize("wrong", ["台湾政府", "台湾总统", "大陆与香港", "港澳台等国家", "以习近平为核心的党中央"])
def test_political_terms(wrong):
    assert found(f"关于{wrong}的表述", "political.term") == [wrong]


def test_repealed_and_renamed():
    assert found("根据《中华人民共和国合同法》第五十二条", "policy.repealed") == ["《中华人民共和国合同法》"]
    assert found("根据《中华人民共和国劳动合同法》第十条", "policy.repealed") == []
    assert found("格式依据GB/T 9704-1999执行", "policy.repealed") == ["GB/T 9704-1999"]
    assert found("请与国家工商行政管理总局联系", "policy.renamed_body") == ["国家工商行政管理总局"]
    assert found("请农业部门配合", "policy.renamed_body") == []


def test_genre_and_one_matter():
    text = "关于举办文化节的请示报告\n市人民政府、市委宣传部：\n拟举办文化节。妥否，请批示。另有一事。以上请示，请批复。"
    assert found(text, "policy.genre") == ["请示报告"]
    assert found(text, "policy.qingshi_recipient") == ["市人民政府、市委宣传部："]
    assert found(text, "policy.one_matter") == ["妥否，请批示", "以上请示，请批复"]  # every closing is shown


def test_report_must_not_carry_requests():
    text = "关于防汛工作情况的报告\n市人民政府：\n建议安排资金200万元，妥否，请批示。"
    assert found(text, "policy.report_with_request") == ["妥否，请批示"]
    assert found("关于防汛工作情况的报告\n市人民政府：\n特此报告。", "policy") == []
