"""Round 9: generic language rules — each slip next to the correct or ambiguous text it must leave alone."""

import pytest

from zhongshu.review import Reviewer

from .helpers import rules_at


@pytest.fixture(scope="module")
def reviewer():
    return Reviewer()


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
    ("组织居民和桑户召开座谈会。会上，商户代表逐一发言。", "桑户"),
    ("全省共建成跨竟电商产业园5个，跨境电商进出口增长12%。", "跨竟"),
])
def test_slip_of_a_word_the_document_writes_elsewhere(reviewer, text, span):
    assert "language.nearmiss" in rules_at(reviewer, text, span)


@pytest.mark.parametrize("text, span", [
    ("组织居民和桑户召开座谈会。", "桑户"),  # the right word nowhere else: the usual bar (沿街桑户 passes it: 沿街商户 is a known term)
    ("桑户村召开座谈会，商户代表和桑户村村民逐一发言。", "桑户"),  # the window twice: a name
])
def test_below_the_bar_without_the_documents_word(reviewer, text, span):
    assert "language.nearmiss" not in rules_at(reviewer, text, span)


@pytest.mark.parametrize("text, span", [
    ("每季度由镇人居办组织考评，考评结果报镇人居办汇总。", "居办"),   # written twice: the document's own term
    ("为建设幸福澜州提供坚实的供排水保障。", "澜州"),               # X州: a place, not a slip of 兰州
    ("对老旧燃气管道做到应改尽改。", "应改"),                      # 应X尽X
    ("困难群众做到能保尽保、应帮尽帮。", "能保"),
])
def test_names_terms_and_set_patterns_are_left_alone(reviewer, text, span):
    assert "language.nearmiss" not in rules_at(reviewer, text, span)


@pytest.mark.parametrize("text, span", [
    ("个别企业对数据审核调以轻心，存在漏报现象。", "调以轻心"),      # jieba's idioms, also at their edges
    ("全乡上下要严防死手，确保不燃一把火。", "严防死手"),
    ("对公车私用等屡禁不只的问题，一经发现，移交纪检监察机关。", "屡禁不只"),
])
def test_idiom_slip_at_its_edge(reviewer, text, span):
    assert "language.nearmiss" in rules_at(reviewer, text, span)


@pytest.mark.parametrize("text, span, rule", [
    ("要以更严举措坚定不移的把夏季行动抓紧抓实。", "的", "language.de"),     # 的 before 把
    ("通过集中学习，我深刻的认识到，全会精神指明了方向。", "的", "language.de"),  # 认识到 is never a noun
    ("推进存量债务化解，取得了明显地成效。", "地", "language.de"),           # 地 before a noun
    ("桐溪县人民政府常务会议记要", "会议记要", "language.typo"),
    ("以上事项，请于支持为盼。", "请于支持", "language.typo"),
    ("做到防范于未然。", "防范于未然", "language.idiom"),
    ("决不允许已查处的机构重蹈复辙。", "重蹈复辙", "language.idiom"),
])
def test_round9_slips(reviewer, text, span, rule):
    assert rule in rules_at(reviewer, text, span)


@pytest.mark.parametrize("text, span", [
    ("我们对完成任务有十足的把握。", "的"),
    ("这是一种深刻的认识。", "的"),
    ("各地成效明显。", "地"),
    ("取得明显的成效。", "的"),
])
def test_round9_de_near_misses(reviewer, text, span):
    assert "language.de" not in rules_at(reviewer, text, span)


@pytest.mark.parametrize("text, span", [
    ("各医疗机构在在2026年3月16日前完成初评。", "在在"),      # before a digit
    ("明确整改时限，对对整改不到位的机构依法处理。", "对对"),
])
def test_doubled_preposition(reviewer, text, span):
    assert "language.duplicate" in rules_at(reviewer, text, span)


@pytest.mark.parametrize("text, span", [
    ("开展对对子活动。", "对"),
    ("加快在在建项目进度。", "在"),
])
def test_doubled_preposition_in_words(reviewer, text, span):
    assert "language.duplicate" not in rules_at(reviewer, text, span)
