"""charsets.shared_charsets: the same compiled patterns, faster; the compiler is put back afterwards."""

import re

import pytest

from zhongshu.review import charsets


@pytest.mark.skipif(not charsets._usable(), reason="this Python's re compiler has another shape")
def test_memoised_matches_original_and_is_restored():
    from re import _compiler

    original = _compiler._optimize_charset
    patterns = [r"[\u4e00-\u9fff]{2}的", r"[^\u4e00-\u9fff，。]+", r"[a-z\d]+", r"(?i)[a-zé]+", r"[\u4e00-\u9fff]{1,3}局"]
    texts = ["全市各区县的工作", "Café 2026年，ABC。", "交通运输局和应急管理局", "x" * 3]
    with charsets.shared_charsets():
        assert _compiler._optimize_charset is not original
        fast = [re.compile(p + "(?#shared)") for p in patterns]  # new strings: past re's own cache
    assert _compiler._optimize_charset is original
    slow = [re.compile(p + "(?#plain)") for p in patterns]
    for f, s in zip(fast, slow):
        for t in texts:
            assert [m.span() for m in f.finditer(t)] == [m.span() for m in s.finditer(t)]


def test_memo_returns_a_fresh_list_each_time():
    calls = []

    def original(charset, iscased=None, fixup=None, fixes=None):
        calls.append(tuple(charset))
        return [("range", (1, 2))], False

    fn = charsets.memoised(original)
    a, _ = fn([("range", (1, 2))])
    a.append("changed")
    b, _ = fn([("range", (1, 2))])
    assert b == [("range", (1, 2))] and len(calls) == 1
    fn([("range", (1, 2))], fixup=str.lower)  # IGNORECASE: never memoised
    assert len(calls) == 2
