"""Round 11 (fresh16): terms, citations and 文种 — each wrong form next to the right one."""

import pytest

from .helpers import found


@pytest.mark.parametrize("text, rule, span", [
    ("在我市就业的港澳台及其他国家人员。", "political.term", "港澳台及其他国家"),
    ("按照国家国资委和省国资委的部署。", "political.term", "国家国资委"),
    ("坚持以人民为中心的发展理念。", "political.term", "以人民为中心的发展理念"),
    ("你公司要坚持稳中求进工作总方针。", "political.term", "稳中求进工作总方针"),
    ("贯彻新时代文物工作方针“保护第一、挖掘价值、加强管理、有效利用、让文物活起来”。", "political.formulation_order",
     "保护第一、挖掘价值、加强管理、有效利用、让文物活起来"),
    ("认真落实国务院安委会和国家安监总局关于加强汛期安全生产工作的部署。", "policy.renamed_body", "国家安监总局"),
    ("依据《审计署关于内部审计工作的规定》（审计署令第4号）。", "policy.repealed", "审计署令第4号"),
    ("按照《企业安全生产费用提取和使用管理办法》（财企〔2012〕16号）规定。", "policy.repealed", "财企〔2012〕16号"),
    ("根据《中华人民共和国住房公积金管理条例》和有关规定。", "policy.repealed", "《中华人民共和国住房公积金管理条例》"),
    ("深入实施爱滋病、结核病防治。", "language.typo", "爱滋病"),
    ("因设备故障和恶劣天气造成信号中段。", "language.context", "中段"),
    ("1号机组SCR脱销系统提效改造。", "language.context", "脱销"),
])
def test_wrong_forms(text, rule, span):
    assert span in found(text, rule)


@pytest.mark.parametrize("text", [
    "在我市就业的港澳台居民及外国人。",
    "按照国务院国资委和省国资委的部署。",
    "坚持以人民为中心的发展思想。",
    "贯彻新时代文物工作方针“保护第一、加强管理、挖掘价值、有效利用、让文物活起来”。",
    "依据《审计署关于内部审计工作的规定》（审计署令第11号）。",
    "根据《住房公积金管理条例》和有关规定。",
    "线路中段施工期间绕行。",
    "部分商品一度脱销。",
])
def test_right_forms(text):
    assert [f for f in found(text, "") if f] == []


@pytest.mark.parametrize("text, span", [
    ("公文种类主要有：决议、决定、命令、公报、公告、通告、意见、通知、通报、报告、请示、批复、议案、函、会议纪要。", "会议纪要"),
    ("你公司《关于报送2025年度投资计划的请示报告》（东能建发〔2025〕12号）收悉。", "请示报告"),
    ("某某台关于做好2025年春节期间安全播出工作的通告\n\n台属各部门、各频道频率：\n　　春节将至。", "通告"),
])
def test_genre_mentions(text, span):
    assert found(text, "policy.genre") == [span]


@pytest.mark.parametrize("text", [
    "公文种类主要有：决议、决定、命令、公报、公告、通告、意见、通知、通报、报告、请示、批复、议案、函、纪要。",
    "某某市人民政府关于禁止燃放烟花爆竹的通告\n\n　　为了保障公共安全，特通告如下。",
])
def test_genre_mentions_left_alone(text):
    assert found(text, "policy.genre") == []


@pytest.mark.parametrize("text, rule, span", [
    ("听取了各部门的工作汇报，研究研究了2025年度经营计划。", "language.duplicate", "研究"),
    ("要把公文写的准确、写得规范。", "language.de", "的"),
])
def test_round_11_grammar(text, rule, span):
    assert found(text, rule) == [span]


@pytest.mark.parametrize("text", ["这个问题要好好研究研究。", "确保信息报送的准确、及时。", "要把公文写得准确、写得规范。"])
def test_round_11_grammar_left_alone(text):
    assert found(text, "language.") == []
