"""Round 10: format and policy rules — each finding next to the correct text it must leave alone."""

import pytest

from zhongshu.review import Reviewer

from .helpers import rules_at


@pytest.fixture(scope="module")
def reviewer():
    return Reviewer()


def test_document_number_line_with_round_brackets(reviewer):
    text = "青岚市文化广电旅游局文件\n\n岚文旅（2025）9号　　　　　　签发人：黄晓岚\n\n关于举办文化旅游节的请示\n"
    assert "format.docno" in rules_at(reviewer, text, "（2025）9号")


@pytest.mark.parametrize("text", [
    "岚文旅〔2025〕9号\n",
    "详见该局文件（2024）3号。",                      # inside a sentence: any bracketed number
])
def test_document_number_left_alone(reviewer, text):
    assert not any(f.rule == "format.docno" for f in reviewer.review(text).findings)


@pytest.mark.parametrize("text", [
    "附件\n\n青岚市物业服务质量提升行动方案。\n\n　　一、总体要求\n",
    "附件\n\n青岚市老旧小区改造实施方案。\n",
])
def test_attached_title_with_a_full_stop(reviewer, text):
    assert "format.title_punct" in rules_at(reviewer, text, "。")


@pytest.mark.parametrize("text", [
    "（一）各牵头单位要于4月18日前制定具体工作计划。\n",
    "　　项目已纳入市级重点项目清单。\n",
    "　　特此通知。\n",
    "国家实行无偿献血制度。\n",
])
def test_sentences_ending_in_a_document_kind_are_left_alone(reviewer, text):
    assert not any(f.rule == "format.title_punct" for f in reviewer.review(text).findings)


@pytest.mark.parametrize("text, span", [
    ("参照《环境空气质量标准》（GB 3095—1996）中颗粒物浓度限值。", "GB 3095—1996"),   # any dash
    ("按照DA/T 22-2000整理归档文件。", "DA/T 22-2000"),
    ("根据2014年修正的《中华人民共和国安全生产法》开展检查。", "2014年修正的《中华人民共和国安全生产法》"),
])
def test_superseded_texts(reviewer, text, span):
    assert rules_at(reviewer, text, span) & {"policy.repealed", "policy.law_revision"}


@pytest.mark.parametrize("text", [
    "执行《环境空气质量标准》（GB 3095—2012）。",
    "根据2021年修正的《中华人民共和国安全生产法》开展检查。",
])
def test_current_texts_are_left_alone(reviewer, text):
    assert not [f for f in reviewer.review(text).findings if f.category == "policy"]


def test_named_day_after_a_wrong_date(reviewer):
    text = "以6月19日“国际档案日”为契机，组织开展宣传。"
    assert "fact.event_date" in rules_at(reviewer, text, "6月19日")
    assert not reviewer.review("以6月9日“国际档案日”为契机，组织开展宣传。").findings


@pytest.mark.parametrize("text, span", [
    ("只要广泛动员、周密安排，才能确保活动取得实效。", "只要广泛动员、周密安排，才"),
    ("只有从源头上规范招生秩序，就能稳住优质生源。", "只有从源头上规范招生秩序，就"),
    ("为美丽家园建设发挥更大贡献！", "发挥更大贡献"),
])
def test_conjunctions_and_collocations(reviewer, text, span):
    assert "language.collocation" in rules_at(reviewer, text, span)


@pytest.mark.parametrize("text", [
    "只有一个目标，就是把工作做好。",
    "只要思想重视，就能做好。",
    "为全省发展作出更大贡献，发挥更大作用。",
])
def test_right_conjunctions_are_left_alone(reviewer, text):
    assert not any(f.rule == "language.collocation" for f in reviewer.review(text).findings)


@pytest.mark.parametrize("text, span", [
    ("坚持山水田林湖草沙一体化保护和系统治理。", "山水田林湖草沙"),
    ("坚持为国育人、为党育才。", "为国育人、为党育才"),
    ("坚持严格执法、科学立法、公正司法、全民守法。", "严格执法、科学立法、公正司法、全民守法"),
])
def test_political_wording_and_order(reviewer, text, span):
    assert rules_at(reviewer, text, span) & {"political.term", "political.formulation_order"}
