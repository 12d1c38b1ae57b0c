"""Round 11: generic language rules — each slip next to the correct text it must leave alone."""

import pytest

from zhongshu.review import Reviewer

from .helpers import rules_at


@pytest.fixture(scope="module")
def reviewer():
    return Reviewer()


@pytest.mark.parametrize("text, span", [
    ("组织业务培训，深人学习公文处理有关规定。", "深人"),       # 人学 is a word, but 学习 crosses it
    ("各地可直接向乡镇申亲临时救助。", "申亲"),
])
def test_a_neighbour_word_crossed_by_a_stronger_one_explains_nothing(reviewer, text, span):
    assert "language.nearmiss" in rules_at(reviewer, text, span)


@pytest.mark.parametrize("text", [
    "组织业务培训，深入学习公文处理有关规定。",
    "公布门诊时间和联系电话。",                              # 布门 between 公布 and 门诊: still explained
    "人学习的能力各不相同。",
])
def test_real_neighbours_still_explain(reviewer, text):
    assert not any(f.rule == "language.nearmiss" for f in reviewer.review(text).findings)


@pytest.mark.parametrize("text, span", [
    ("前来选购的群众磨肩接踵，当天销售额创新高。", "磨肩接踵"),  # 磨 is not among the 1,500 most frequent characters
    ("个别经营者存在以次冲好、标签不规范等行为。", "以次冲好"),  # jieba tags 以次充好 l (a set phrase), not i
    ("对久托不决的重复信访事项实行领导包案。", "久托不决"),
])
def test_set_phrases_one_character_off(reviewer, text, span):
    assert {"language.nearmiss", "language.idiom"} & set(rules_at(reviewer, text, span))


@pytest.mark.parametrize("text, span", [
    ("二、抽检结果分折", "分折"),                              # 析/折: a hand-listed 形近 pair of confusable_chars.tsv
    ("各部门要加强经济运行监测分折，及时研判。", "分折"),
    ("组织受威胁区域群众全部撒离。", "撒离"),
])
def test_hand_listed_look_alikes_take_the_ordinary_bar(reviewer, text, span):
    assert "language.nearmiss" in rules_at(reviewer, text, span)


@pytest.mark.parametrize("text", [
    "二、抽检结果分析",
    "前来选购的群众摩肩接踵，当天销售额创新高。",
    "严禁以次充好、以假充真。",
    "组织受威胁区域群众全部撤离。",
])
def test_correct_forms_are_left_alone(reviewer, text):
    assert not any(f.category == "language" for f in reviewer.review(text).findings)


@pytest.mark.parametrize("text, rule, span", [
    ("为游客提供更加优质地服务，确保活动安全。", "language.de", "地"),
    ("虽然全市抽检总体合格率较高，而且部分领域问题仍较突出。", "language.collocation", "虽然全市抽检总体合格率较高，而且"),
    ("有效改善了粮食综合生产能力。", "language.collocation", "改善了粮食综合生产能力"),
    ("成功召开了第三届“山水青岚”文化旅游节。", "language.collocation", "召开了第三届“山水青岚”文化旅游节"),
    ("参展企业一律全部免收展位费。", "language.usage", "一律全部"),
    ("部分项目无法按期入驻，以至影响项目落地投产。", "language.context", "以至"),
])
def test_round_11_language(reviewer, text, rule, span):
    assert rule in rules_at(reviewer, text, span)


@pytest.mark.parametrize("text", [
    "为游客提供更加优质的服务，确保活动安全。",
    "虽然全市抽检总体合格率较高，但部分领域问题仍较突出。",
    "改善学生的知识结构和能力。",
    "召开文化旅游节新闻发布会。",
    "成功举办第三届文化旅游节。",
    "参展企业一律免收展位费。",
])
def test_round_11_language_left_alone(reviewer, text):
    assert not any(f.category == "language" and f.severity != "info" for f in reviewer.review(text).findings)


@pytest.mark.parametrize("text, span", [
    ("深刻领悟“两个确立”的重大意义。", "“两个确立”的重大意义"),
    ("坚持和发展“枫桥经验”，推动矛盾纠纷多元化解。", "坚持和发展“枫桥经验”"),
    ("生动践行了全过程民主。", "全过程民主"),
    ("坚持人民城市为人民、人民城市人民建。", "人民城市为人民、人民城市人民建"),
    ("坚决打赢脱贫攻坚战，扎实推进乡村全面振兴。", "坚决打赢脱贫攻坚战"),
])
def test_round_11_political_terms(reviewer, text, span):
    assert "political.term" in rules_at(reviewer, text, span)


def test_round_11_political_right_forms(reviewer):
    text = "深刻领悟“两个确立”的决定性意义，坚持和发展新时代“枫桥经验”，发展全过程人民民主，坚持人民城市人民建、人民城市为人民。"
    assert [f.rule for f in reviewer.review(text).findings if f.category == "political"] == []


@pytest.mark.parametrize("text", [
    "鹤鸣区翠湖街道兴华社区党委作交流发言。",          # 兴华社 cuts 社区 in half: no 新华社
    "市自然资源局和各区县相关部门逐宗开展实地核查。",   # 逐宗: gongwen_words.tsv
])
def test_round_11_clean_text(reviewer, text):
    assert not any(f.rule == "language.nearmiss" for f in reviewer.review(text).findings)
