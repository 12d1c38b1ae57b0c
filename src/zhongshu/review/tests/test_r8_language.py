"""Round 8: false alarms found on well-edited news text (People's Daily, January 1998) — each fix
with the slip it must still catch next to the correct text it must leave alone."""

import pytest

from zhongshu.review import Reviewer

from .helpers import rules_at


@pytest.fixture(scope="module")
def reviewer():
    return Reviewer()


@pytest.mark.parametrize("text, span", [
    ("我们要走出一条自己经营的路子。", "己经"),         # 自己 + 经营
    ("据本报消息，会议已于昨日闭幕。", "报消"),          # 本报 + 消息
    ("推进队伍正规化建设。", "规化"),                   # 正规化
])
def test_typo_straddling_two_words_is_not_reported(reviewer, text, span):
    assert "language.typo" not in rules_at(reviewer, text, span)


@pytest.mark.parametrize("text, span", [
    ("他己经完成了任务。", "己经"),
    ("我局已与省田径协会签定合作协议。", "签定"),
    ("保障救助对象医疗费用及时报消。", "报消"),
])
def test_typo_still_reported(reviewer, text, span):
    assert "language.typo" in rules_at(reviewer, text, span)


@pytest.mark.parametrize("text", [
    "总是脚踏实地地为群众办实事。",
    "让困难群众暖暖和和过春节。",
    "越来越多的企业带来越来越多的就业岗位。",
    "一件事一件事地抓落实。",
    "看得很远很远。",
    "听着听着，他笑了。",
    "取得了了不起的成绩。",
    "迟浩田上将将应邀出席。",
    "这项工作主要要依靠基层。",
])
def test_reduplication_is_not_a_duplicate(reviewer, text):
    assert not [f for f in reviewer.review(text).findings if f.rule == "language.duplicate"]


@pytest.mark.parametrize("text", [
    "我们要要加强学习。",
    "认真落实的的各项要求。",
    "要进一步推进推进改革。",
])
def test_duplicates_still_reported(reviewer, text):
    assert [f for f in reviewer.review(text).findings if f.rule == "language.duplicate"]


@pytest.mark.parametrize("text", [
    "政策作出了有效的调整。",
    "为企业发展提供了持续的推动力。",
    "这是一次重大而又深刻的调整。",
])
def test_verbal_noun_after_de_is_not_reported(reviewer, text):
    assert not [f for f in reviewer.review(text).findings if f.rule == "language.de"]


def test_de_before_verb_with_object_still_reported(reviewer):
    text = "各单位要认真的落实会议精神。"
    assert [f for f in reviewer.review(text).findings if f.rule == "language.de"]


def test_the_documents_own_place_name_is_not_a_slip(reviewer):
    text = ("江岭省科学技术厅关于同意建设江岭省先进储能材料重点实验室的批复\n江岭大学：\n"
            "你校报来的材料收悉。希望你校为谱写中国式现代化江岭篇章作出新的更大贡献。\n江岭省科学技术厅")
    assert not [f for f in reviewer.review(text).findings if f.rule == "language.nearmiss"]


@pytest.mark.parametrize("text, span", [
    ("全县共有120名陪训乡村医生参加。", "陪训"),   # 乡村 is a word: 陪训 is no name before 乡
    ("耕据区委工作安排，现将有关事项通知如下。", "耕据"),
])
def test_a_slip_before_a_place_suffix_is_still_reported(reviewer, text, span):
    assert "language.nearmiss" in rules_at(reviewer, text, span)


@pytest.mark.parametrize("text", [
    "参会人员：刘海峰  周丽娟  孙国强",
    "联系人：市政协提案委员会 韩冬梅；联系电话：6812 3307",
    "带班领导：副区长郑晓明\n",
])
def test_a_name_standing_alone_is_not_a_slip(reviewer, text):
    assert not [f for f in reviewer.review(text).findings if f.rule == "language.nearmiss"]


@pytest.mark.parametrize("text, span", [
    ("及时消除服务肓区。", "肓区"),
    ("现有救援力量分散，协条机制不健全。", "协条"),
    ("针对部分项目预蒜编制不够细化的问题。", "预蒜"),
])
def test_round8_near_misses(reviewer, text, span):
    assert "language.nearmiss" in rules_at(reviewer, text, span)


def test_weekday_with_the_one_year_the_document_names(reviewer):
    text = "江岭能源集团召开2025年迎峰度夏部署会\n6月9日（星期二）上午，集团召开部署会。"
    found = [f for f in reviewer.review(text).findings if f.rule == "fact.weekday"]
    assert found and found[0].suggestion == "星期一"


def test_weekday_without_one_named_year_is_left_alone(reviewer):
    text = "对照2024年和2025年的数据。\n6月9日（星期二）上午，集团召开部署会。"
    assert not [f for f in reviewer.review(text).findings if f.rule == "fact.weekday"]


@pytest.mark.parametrize("text, span", [
    ("全力以赴做好防讯救灾工作。", "防讯"),
    ("经现场堪察和检测，该楼为危房。", "堪察"),
    ("严禁截留、挤占、娜用项目资金。", "娜用"),
    ("以钉钉子精神常抓不解。", "常抓不解"),
])
def test_round8_typos(reviewer, text, span):
    assert "language.typo" in rules_at(reviewer, text, span)


@pytest.mark.parametrize("text, wrong, right", [
    ("组织储备融雪剂等应急物质。", "物质", "物资"),
    ("有效提升了城市品味。", "品味", "品位"),
    ("依法维护群众合法权宜。", "权宜", "权益"),
    ("受夏季高温干旱等不利因数影响。", "因数", "因素"),
    ("推行跨省异地就医直接决算。", "决算", "结算"),
    ("推出夜间沉浸式旅游演绎项目。", "演绎", "演艺"),
])
def test_round8_confusions(reviewer, text, wrong, right):
    found = [f for f in reviewer.review(text).findings if text[f.start : f.end] == wrong]
    assert found and found[0].suggestion == right


@pytest.mark.parametrize("text", [
    "坚持物质文明和精神文明相协调。",
    "细细品味生活的美好。",
    "这只是权宜之计。",
    "编制2025年度部门决算报告。",
    "他生动地演绎了这个角色。",
    "这个问题确实存在。",
])
def test_round8_confusions_left_alone(reviewer, text):
    assert not [f for f in reviewer.review(text).findings if f.rule.startswith("language.") and f.severity != "info"]


@pytest.mark.parametrize("text, rule", [
    ("要充分发扬专项行动的牵引作用。", "language.collocation"),
    ("切实改善学生的安全意识。", "language.collocation"),
])
def test_round8_collocations(reviewer, text, rule):
    assert [f for f in reviewer.review(text).findings if f.rule == rule]


def test_wider_whole_is_not_a_restatement(reviewer):
    text = "在望江、柳岸、新河3个社区开展试点。\n2026年底前覆盖至辖区全部9个社区。"
    assert not [f for f in reviewer.review(text).findings if f.rule == "fact.total"]
    text = "在望江、柳岸、新河3个社区开展试点。\n全部9个社区的验收工作均已完成。"
    assert [f for f in reviewer.review(text).findings if f.rule == "fact.total"]
