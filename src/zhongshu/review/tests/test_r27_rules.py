"""Round 27 (session 22): the phrase files' shorthand and duplicate rows, and rules from fresh47 and fresh48, each
with a case it must leave alone."""

from zhongshu.review import default_reviewer
from zhongshu.review.knowledge import PHRASE_FILES
from zhongshu.review.dictionary import load_builtin

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
