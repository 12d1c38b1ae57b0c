"""Round 27 (session 22): the phrase files' shorthand and duplicate rows, and rules from fresh47 and fresh48, each
with a case it must leave alone."""

from zhongshu.review import default_reviewer
from zhongshu.review.knowledge import PHRASE_FILES
from zhongshu.review.dictionary import load_builtin

from .helpers import found

# --- the phrase files -----------------------------------------------------------------------------------------------


def test_round27_no_message_says_same_as_above():
    """“同上” in a data file means the row above's reason: a clerk must read that reason, never “同上”."""
    r = default_reviewer()
    for text in ("要加强与港澳台等国家的交流。", "坚持做优做强做大国有企业。", "推动物质文明与精神文明相协调的现代化。"):
        fs = [f for f in r.review(text).findings if f.rule == "political.term"]
        assert fs, text
        assert all("同上" not in f.message for f in fs)
    msg = next(f.message for f in r.review("推动物质文明与精神文明相协调的现代化。").findings if f.rule == "political.term")
    assert "用“和”不用“与”" in msg and "中国式现代化" in msg


def test_round27_phrase_files_have_each_wrong_form_once():
    """A later row silently replaced an earlier one with the same wrong form: each file lists a form once."""
    for name in PHRASE_FILES:
        keys = [row[0] for row in load_builtin(name).rows]
        dup = sorted({k for k in keys if keys.count(k) > 1})
        assert dup == [], (name, dup)


# --- a count after the list it sums up ------------------------------------------------------------------------------


def test_round27_count_right_after_its_list():
    assert found("对被判处管制、宣告缓刑、假释和暂予监外执行的三类罪犯依法实行社区矫正。", "fact.count") == ["三类"]
    assert found("推进道路、桥梁、隧道和涵洞等三类设施建设。", "fact.count") == ["三类"]
    assert found("重点围绕产业、人才、资金、土地三个方面开展调研。", "fact.count") == ["三个方面"]
    assert found("对被判处管制、宣告缓刑、假释和暂予监外执行的四类罪犯依法实行社区矫正。", "fact.count") == []
    assert found("聚焦教育、医疗等五大领域。", "fact.count") == []  # 等: two of five named
    assert found("增强“四个意识”、坚定“四个自信”、做到“两个维护”。", "fact.count") == []
    assert found("赠送省图书馆、市县两级档案馆。", "fact.count") == []
    assert found("把表彰大会、省委六届七次全会、计划工作会议、经济工作会议四个会套在一起开。", "fact.count") == []
    assert found("连续在第二、第三个春节送礼。", "fact.count") == []
