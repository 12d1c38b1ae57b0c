"""Round 9: generic language rules — each slip next to the correct or ambiguous text it must leave alone."""

import pytest

from zhongshu.review import Reviewer


@pytest.fixture(scope="module")
def reviewer():
    return Reviewer()


def rules_at(reviewer, text, span):
    return {f.rule for f in reviewer.review(text).findings if text[f.start : f.end] == span and f.severity != "info"}


@pytest.mark.parametrize("text, span", [
    ("排查一般隐患209处。已当场整该178处，其余隐患均已下达整改通知书。", "整该"),   # a digit after the slip
    ("巡察组移交的问题线锁5件，已办结4件，正在核查的线索1件。", "线锁"),
])
def test_slip_before_a_number(reviewer, text, span):
    assert "language.nearmiss" in rules_at(reviewer, text, span)


@pytest.mark.parametrize("text, span", [
    ("开展督导检擦，重点检查冷链运转情况。", "检擦"),        # 擦 has no homophone among common characters
    ("各级干部要森入基层调研。", "森入"),
])
def test_common_character_without_homophone_may_be_the_slip(reviewer, text, span):
    assert "language.nearmiss" in rules_at(reviewer, text, span)


@pytest.mark.parametrize("text, span", [
    ("组织居民和沿街桑户召开座谈会。会上，商户代表逐一发言。", "桑户"),
    ("全省共建成跨竟电商产业园5个，跨境电商进出口增长12%。", "跨竟"),
])
def test_slip_of_a_word_the_document_writes_elsewhere(reviewer, text, span):
    assert "language.nearmiss" in rules_at(reviewer, text, span)


@pytest.mark.parametrize("text, span", [
    ("组织居民和沿街桑户召开座谈会。", "桑户"),            # the right word nowhere else: the usual bar
    ("全省共建成跨竟电商产业园5个。", "跨竟"),
    ("桑户村召开座谈会，商户代表和桑户村村民逐一发言。", "桑户"),  # the window twice: a name
])
def test_below_the_bar_without_the_documents_word(reviewer, text, span):
    assert "language.nearmiss" not in rules_at(reviewer, text, span)
