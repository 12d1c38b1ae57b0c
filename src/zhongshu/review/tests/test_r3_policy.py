"""Superseded law revisions (law_revisions.tsv), 请示 with two closings or 一并 requests, renamed local bodies."""

from .helpers import found


def test_superseded_revision():
    assert found("按照《中华人民共和国安全生产法》（2014年修正）的要求", "policy.law_revision") == ["（2014年修正）"]
    assert found("按照《安全生产法》（2021年修正）的要求", "policy.law_revision") == []
    assert found("按照《环境保护法》（2014年修订）的要求", "policy.law_revision") == []
    assert found("按照《某某条例》（2014年修订）的要求", "policy.law_revision") == []


def test_qingshi_two_closings_and_yibing():
    t = ("关于新建第二小学的请示\n\n县人民政府：\n　　拟新建小学一所。\n　　妥否，请批示。\n"
         "　　另外，运动场需改造，所需资金260万元，恳请县人民政府一并予以批准。\n　　以上请示妥否，请批示。\n")
    got = found(t, "policy.one_matter")
    assert got.count("妥否，请批示") == 2
    assert any("一并予以批准" in g for g in got)
    t = "关于新建第二小学的请示\n\n县人民政府：\n　　拟新建小学一所。\n　　妥否，请批示。\n"
    assert found(t, "policy.one_matter") == []


def test_renamed_local_bodies():
    assert found("区环境保护局要加强监督检查。", "policy.renamed_body") == ["环境保护局"]
    assert found("原区环境保护局的职责划入区生态环境分局。", "policy.renamed_body") == []
