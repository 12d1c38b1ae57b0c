"""Round 6 of the language rules: 的/地/得 classes, duplicates, collocations and missing characters.

Each positive test has a look-alike correct sentence next to it that must stay silent.
"""

from .helpers import found


# -- 的/地/得 --------------------------------------------------------------------------
def test_verb_de_set_phrase_complement():
    assert found("党课要讲的深入浅出、联系实际。", "language.de") == ["的"]
    assert found("材料要写的清清楚楚。", "language.de") == ["的"]
    assert found("党课要讲得深入浅出、联系实际。", "language.de") == []
    assert found("要关注管理的方方面面。", "language.de") == []  # a noun after 的
    assert found("记录工作的点点滴滴。", "language.de") == []


def test_adverbial_de_verb():
    assert found("要坚决的打赢污染防治攻坚战。", "language.de") == ["的"]
    assert found("各单位要切实的把责任扛起来。", "language.de") == ["的"]
    assert found("考核组要客观的分析测评结果。", "language.de") == ["的"]
    assert found("要准确的把握政策要求。", "language.de") == []  # 把握 is no 把 + object
    assert found("报告缺乏客观的分析。", "language.de") == []  # 分析 as a noun
    assert found("对问题进行客观的分析。", "language.de") == []
    assert found("歪风邪气得不到有效的遏制。", "language.de") == []


def test_adverbial_dei_verb():
    assert found("有效得化解了一批邻里纠纷。", "language.de") == ["得"]
    assert found("要扎扎实实得推进专项治理。", "language.de") == ["得"]
    assert found("问题得到有效解决。", "language.de") == []
    assert found("问题有效得到解决。", "language.de") == []  # 得到
    assert found("他自觉得推进太慢。", "language.de") == []  # 自 + 觉得


# -- duplicates ----------------------------------------------------------------------
def test_dede_after_mu_biao():
    assert found("部分帮扶项目的的带农效果不够明显。", "language.duplicate") == ["的的"]
    assert found("完成指标的的情况。", "language.duplicate") == ["的的"]
    assert found("为达到目的的手段要合法。", "language.duplicate") == []
    assert found("合同标的的金额为100万元。", "language.duplicate") == []
    assert found("他的的确确做到了。", "language.duplicate") == []


def test_qianqian_after_time():
    assert found("请在7月31日前前报送总结。", "language.duplicate") == ["前前"]
    assert found("前前后后跑了十几趟。", "language.duplicate") == []
    assert found("7月31日前报送。", "language.duplicate") == []


def test_doubled_character_inside_word():
    assert found("二、突出重点，进一一步压实安全生产责任", "language.duplicate") == ["一一"]
    assert found("要坚持实事事求是。", "language.duplicate") == ["事事"]
    assert found("去年年底，全县完成投资。", "language.duplicate") == []  # 去年 + 年底
    assert found("宣传部部长主持会议。", "language.duplicate") == []
    assert found("要一一列举问题清单，层层压实责任。", "language.duplicate") == []
    assert found("执法大队大队长李某某。", "language.duplicate") == []  # 大队 + 大队长


def test_abab_words():
    assert found("鉴于贵单位单位专家资源丰富。", "language.duplicate") == ["单位"]
    assert found("大家回去研究研究。", "language.duplicate") == []
    assert found("请先了解了解情况。", "language.duplicate") == []


def test_耕地地力_is_no_slip():
    assert found("耕地地力保护补贴按每亩100元发放。", "language.duplicate") == []


def test_repeated_list_item():
    assert found("安全管理人员职责不清、职责不清，日常巡检流于形式。", "language.duplicate") == ["、职责不清"]
    assert found("常务副县长、副县长，分管领导。", "language.duplicate") == []
    assert found("副县长、县长参加会议。", "language.duplicate") == []


def test_repeat_across_line_break_or_space():
    t = "要进一步加强安全生产工作的组织领导和统筹协调，切实落实\n落实各项防范措施。"
    assert found(t, "language.duplicate") == ["落实"]
    assert found("要加强 加强隐患排查。", "language.duplicate") == ["加强"]
    assert found("一、加强组织领导\n加强组织领导是关键。", "language.duplicate") == []  # heading, then text
    assert found("切实落实责任。\n落实情况要按时报送。", "language.duplicate") == []  # a sentence ended


# -- collocations and redundancy --------------------------------------------------------
def test_avoid_no_longer():
    assert found("坚决避免类似事故不再发生。", "language.collocation") == ["避免类似事故不再"]
    assert found("坚决杜绝类似问题不再出现。", "language.collocation") == ["杜绝类似问题不再"]
    assert found("坚决避免类似事故再次发生。", "language.collocation") == []
    assert found("这类问题避免不了。", "language.collocation") == []
    assert found("要避免重复检查，企业不再重复报送。", "language.collocation") == []


def test_scale_gap_duty_level():
    assert found("着力提高产业集群规模。", "language.collocation") == ["提高产业集群规模"]
    assert found("提高规模以上企业数量。", "language.collocation") == []
    assert found("持续缩短城乡居民收入差距。", "language.collocation") == ["缩短城乡居民收入差距"]
    assert found("持续缩小城乡居民收入差距，缩短办理时间。", "language.collocation") == []
    assert found("各单位办公室要切实发挥职责，加强审核。", "language.collocation") == ["发挥职责"]
    assert found("切实发挥为基层减负的主体责任。", "language.collocation") == ["发挥为基层减负的主体责任"]
    assert found("充分发挥职能作用，切实履行职责。", "language.collocation") == []
    assert found("科研管理服务水平得到显著增强。", "language.collocation") == ["水平得到显著增强"]
    assert found("服务能力和水平得到增强。", "language.collocation") == []
    assert found("加大基层干部培训水平，", "language.collocation") == ["加大基层干部培训水平"]


def test_shuli_youli_qude():
    assert found("在工作中努力竖立正确的科研导向。", "language.collocation") == ["竖立"]
    assert found("路口竖立了一块指示牌。", "language.collocation") == []
    assert found("干部队伍建设得到有利加强。", "language.collocation") == ["有利"]
    assert found("这有利于加强干部队伍建设。", "language.collocation") == []
    assert found("各项指标取得明显提高。", "language.collocation") == ["取得明显提高"]
    assert found("取得了提高效率的经验。", "language.collocation") == []


def test_about_and_list_he():
    assert found("留守儿童约占65%左右。", "language.collocation") == ["约占65%左右"]
    assert found("留守儿童约占65%。", "language.collocation") == []
    t = "充分调动村干部干事创业的积极性和主动性和创造性。"
    assert found(t, "language.collocation") == ["积极性和主动性和创造性"]
    assert found("调动积极性、主动性和创造性。", "language.collocation") == []
    assert found("坚持和平和发展。", "language.collocation") == []


def test_stacked_synonyms():
    assert "提高提升" in found("不断提高提升董事会规范运作水平。", "language.")
    assert found("加强强化监督检查。", "language.usage") == ["加强强化"]
    assert found("切忌不要搞特权。", "language.collocation") == ["切忌不要"]


# -- missing characters in fixed terms ---------------------------------------------------
def test_missing_character_in_fixed_term():
    assert found("各乡镇人民府，县直有关单位：", "language.usage") == ["人民府"]
    assert found("全体干职工要坚守岗位。", "language.usage") == ["干职工"]
    assert found("学习贯彻党的二十届四中全精神。", "language.usage") == ["中全精神"]
    assert found("着力构建“三全育”格局。", "language.usage") == ["“三全育”"]
    assert found("各乡镇人民政府，全体干部职工。", "language.usage") == []
    assert found("学习贯彻党的二十届四中全会精神，健全精神卫生服务体系。", "language.usage") == []
    assert found("着力构建“三全育人”格局。", "language.usage") == []
