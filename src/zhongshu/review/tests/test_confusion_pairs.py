"""Real-word confusions and fixed slips decided by context cues (rules/confusion.py, data/confusion_pairs.tsv),
the 四个意识/四个自信/两个维护 order, and the look-alike characters and 公文 words added for the near-miss detector.

Each positive has a near-miss negative: the same written form where a cue of its own side is present."""

import pytest

from zhongshu.review import default_reviewer
from zhongshu.review.rules.confusion import load_pairs


def _ctx(text):
    return [(text[f.start:f.end], f.suggestion) for f in default_reviewer().review(text).findings
            if f.rule == "language.context"]


POSITIVES = [
    ("对群众反应强烈的问题要即查即办。", "反应", "反映"),
    ("对居民反应的管网老化、楼道照明等问题一并解决。", "反应", "反映"),
    ("上述问题反应出一些党员干部纪律意识淡漠。", "反应", "反映"),
    ("企业主要负责人必需每月带队检查一次。", "必需", "必须"),
    ("新建校舍必需经验收合格后方可使用。", "必需", "必须"),
    ("确保群众安全渡过春节假期。", "渡过", "度过"),
    ("帮助困难群众度过难关。", "度过", "渡过"),
    ("严查过渡包装问题。", "过渡", "过度"),
    ("个别子企业债务风险急须化解。", "急须", "亟须"),
    ("绝不能等病害漫延开来再去补救。", "漫延", "蔓延"),
    ("做好高温时段户外作业人员防署降温提示。", "防署", "防暑"),
    ("对可能出现的大客流，要提前防署。", "防署", "部署"),
    ("县财政要及时拔付防汛经费。", "拔", "拨"),
    ("严禁以任何形式组织选拨考试。", "拨", "拔"),
    ("辩析廉政风险点183个。", "辩", "辨"),
    ("籍此减轻群众就医负担。", "籍", "借"),
    ("一但发生火情，要做到打早打小。", "一但", "一旦"),
    ("考生在侯考区域等候。", "侯", "候"),
    ("每月最后一个周未前报送。", "周未", "周末"),
    ("偏远山区村发展相对之后。", "之后", "滞后"),
    ("干部队伍建设得到有利加强。", "有利", "有力"),
    ("街道将认真的总结上半年工作经验。", "认真的", "认真地"),
    ("整改不到位的坚决不于复工复产。", "不于", "不予"),
    ("运营方要定其公示菜品价格。", "定其", "定期"),
    ("突出效益效率倒向。", "倒向", "导向"),
    ("推进全面从严治党和党风廉正建设。", "廉正", "廉政"),
]


@pytest.mark.parametrize("text,wrong,right", POSITIVES)
def test_positive(text, wrong, right):
    # reported by the confusion rule, or already by a hand list (群众反应强烈 is a typos.tsv entry)
    fs = [f for f in default_reviewer().review(text).findings if f.category == "language"]
    i = text.index(wrong)
    assert any(f.start <= i and i + len(wrong) <= f.end and right in (f.suggestion or "") for f in fs)


NEGATIVES = [
    "市场反应积极，群众反应热烈。",          # 反应 with its own cues
    "发生化学反应，出现过敏反应。",
    "应急反应迅速，快速反应机制运转良好。",
    "如实反映群众诉求。",                      # the right word
    "保障生活必需品供应，储备必需的药品和物资。",
    "安排必需经费。",                          # 必需 + 经费 (own cue wins over 经)
    "渡过难关，渡过长江。",
    "欢度佳节，度过一个愉快的假期。",
    "温度过高时暂停作业。",                    # 温度 + 过高
    "设立过渡期，实行过渡性安排。",
    "统一但不统死。",                          # 统一 + 但
    "本周未能按时完成。",                      # 周 + 未能
    "到了周末来看望老人。",                    # 周末 + 来
    "王侯将相，列侯。",
    "选拔干部，提拔使用，海拔1200米。",
    "户籍助推人口流动。",                      # 户籍 + 助
    "这有利于推动发展，创造有利条件。",
    "经济发展之后，收入增加。",
    "进行认真的研究，作出全面的部署。",       # nominal 的 after 进行/作出
    "认真的态度。",
    "确定其公示范围。",                        # 确定 + 其
    "截止日期为10月31日。",
    "廉正无私。",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_negative(text):
    assert _ctx(text) == []


def test_data_file_parses_and_cites_sources():
    rx, by_wrong = load_pairs()
    assert len(by_wrong) >= 60
    assert all(p.right for ps in by_wrong.values() for p in ps)


def test_triple_order():
    bad = "坚持做到“两个维护”、增强“四个意识”、坚定“四个自信”。"
    good = "增强“四个意识”、坚定“四个自信”、做到“两个维护”。"
    r = default_reviewer()
    assert [f.rule for f in r.review(bad).findings] == ["political.formulation_order"]
    assert [f for f in r.review(good).findings if f.category == "political"] == []


def test_new_confusable_groups_feed_idioms():
    # 反/返 is a new group: 举一返三 is a generated near-miss of 举一反三
    fs = default_reviewer().review("各级党组织要举一返三。").findings
    assert any(f.suggestion == "举一反三" for f in fs)


def test_gongwen_words_are_known_to_nearmiss():
    pytest.importorskip("jieba")
    r = default_reviewer()
    for text in ("有规可依，有章可循。", "配备一键式紧急报警装置。", "发病数居前五位。", "边改边犯的问题。",
                 "加强医政管理。", "坚持以商招商。"):
        assert [f for f in r.review(text).findings if f.rule == "language.nearmiss"] == [], text
    # 拨付 is rare in jieba (53); as a 公文 word it is a target: 调拔 → 调拨 by the detector
    fs = [f for f in r.review("应急防控药剂已经调拔到位。").findings if f.category == "language"]
    assert fs and fs[0].suggestion in ("调拨", "拨")
