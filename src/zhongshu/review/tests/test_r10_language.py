"""Round 10: generic language rules — each slip next to the correct or ambiguous text it must leave alone."""

import pytest

from zhongshu.review import Reviewer

from .helpers import rules_at


@pytest.fixture(scope="module")
def reviewer():
    return Reviewer()


@pytest.mark.parametrize("text, span", [
    ("市交通运局多措并举保障春运平稳有序。", "交通运"),
    ("联系人：唐明远（省生态环厅水生态环境处）。", "生态环"),          # 生态环境 elsewhere is not the slip written twice
    ("由乡镇（街道）退役军服务站上门走访。", "退役军"),
])
def test_organisation_name_with_a_character_left_out(reviewer, text, span):
    assert "language.nearmiss" in rules_at(reviewer, text, span)


@pytest.mark.parametrize("text", [
    "市交通运输局多措并举保障春运平稳有序。",
    "对群众反映的问题做到即查即办、一事一办。",             # a set pattern cut short, not a body's name
    "分管负责同志具体抓落实，层层压实责任。",               # an abbreviation inside a phrase: never tried
    "全力以赴稳增长、扩内需、促开放。",
])
def test_full_names_and_patterns_are_left_alone(reviewer, text):
    assert not any(f.rule == "language.nearmiss" for f in reviewer.review(text).findings)


@pytest.mark.parametrize("text, span", [
    ("在全省范围内磷选10名在临床一线工作的医师。", "磷选"),    # 遴 is rare: data/soundalike_rare.tsv
    ("进一步航实安全生产基层基础。", "航实"),                # 夯实
])
def test_common_character_written_for_a_rare_one(reviewer, text, span):
    assert "language.nearmiss" in rules_at(reviewer, text, span)


@pytest.mark.parametrize("text", [
    "督促电梯维保单位落实维护保养责任。",                      # domain terms of data/domain_vocab.tsv
    "铸牢中华民族共同体意识。",
    "对刑释人员开展帮扶。",
    "企业反映的问题，要件件有回音、事事有着落。",               # 件件: a reduplicated measure word
    "东岭省档案馆馆务会议纪要",                                # 馆务 starts at the second 馆
])
def test_domain_terms_and_reduplication_are_left_alone(reviewer, text):
    assert not [f for f in reviewer.review(text).findings if f.category == "language"]
