"""Round 19: rules written before the blind sets fresh31/32 were read, and the rules from those sets."""

import pytest

from zhongshu.review import default_reviewer
from zhongshu.review.document import Doc
from zhongshu.review.rules.nearmiss import nearmiss

from .helpers import found


def _nearmiss(text: str) -> list[tuple[str, str]]:
    """The near-miss detector alone: the hand lists (typos.tsv, idiom_errors.tsv) also hold some of these."""
    return [(text[f.start : f.end], f.suggestion) for f in nearmiss(Doc(text), default_reviewer().kb)]


def test_characters_of_one_sound_part_are_look_alikes():
    pytest.importorskip("jieba")
    # 淅/晰 (析) and 拙/绌 (出): one sound part beside another semantic part (data/shape_component.tsv)
    assert _nearmiss("汇报思路要清淅，重点要突出。") == [("清淅", "清晰")]
    assert _nearmiss("与先进地区相比，我们相形见拙。") == [("相形见拙", "相形见绌")]
    # a look-alike that makes a frequent word with its neighbour is text: 网格 of 网格覆盖 (not 网络覆盖)
    assert _nearmiss("原则上每个网格覆盖居民300户左右。") == []
    assert _nearmiss("坚持因村制宜，推动村级集体经济发展。") == []


def test_a_plan_period_in_brackets():
    assert found("“十五五”（2021—2025年）时期是基本实现现代化的关键时期。", "fact.plan_year") == ["2021—2025年"]
    assert found("“十四五”时期（2021-2025年）", "fact.plan_year") == []
    assert found("“十五五”规划期（2026—2030年）", "fact.plan_year") == []


def test_quarter_and_half_year_months():
    assert found("一季度（1—4月），全市完成投资50亿元。", "fact.period") == ["1—4月"]
    assert found("下半年（6—12月）", "fact.period") == ["6—12月"]
    assert found("前三季度（1—9月），第三季度（7—9月），上半年（1-6月）", "fact.period") == []


def test_a_per_head_average_against_its_total_and_count():
    assert found("全市共发放补贴资金120万元，惠及800人，人均1800元。", "fact.average") == ["1800元"]
    assert found("全市共发放补贴资金120万元，惠及800人，人均1500元。", "fact.average") == []
    assert found("累计发放创业担保贷款2.3亿元，扶持创业856人，人均贷款29.6万元。", "fact.average") == ["29.6万元"]
    assert found("累计发放创业担保贷款2.3亿元，扶持创业856人，人均贷款26.9万元。", "fact.average") == []
    assert found("共兑现奖补资金356.8万元，涉及1200户，户均2973元。", "fact.average") == []
    # the count is a part of those paid, or the unit differs
    assert found("发放补贴120万元，其中残疾人800人，人均1800元。", "fact.average") == []
    assert found("发放补贴120万元，惠及800户，人均1800元。", "fact.average") == []


def test_a_cited_number_one_keystroke_off_the_documents_own():
    assert found("根据《党政机关公文处理工作条例》（中办发〔2013〕14号）", "policy.document_number") == ["中办发〔2013〕14号"]
    assert found("根据《党政机关公文处理工作条例》（中办发〔2012〕41号）", "policy.document_number") == ["中办发〔2012〕41号"]
    assert found("根据《党政机关公文处理工作条例》（中办发〔2012〕14号）", "policy.document_number") == []
    assert found("按照《优化营商环境条例》（国务院令第723号）", "policy.document_number") == ["国务院令第723号"]
    assert found("按照《优化营商环境条例》（中华人民共和国国务院令第722号）", "policy.document_number") == []
    # far from the known number: a version the table may lack
    assert found("按照《优化营商环境条例》（国务院令第801号）", "policy.document_number") == []


def test_a_leader_named_with_an_office_he_has_left():
    assert found("2026年3月，国务院总理李克强在政府工作报告中指出", "political.leader_title") == ["国务院总理李克强"]
    assert found("全国政协主席汪洋出席会议。", "political.leader_title") == ["全国政协主席汪洋"]
    assert found("中央纪委书记赵乐际在全会上强调", "political.leader_title") == ["中央纪委书记赵乐际"]
    # history: 时任, a year before the change, a document of that time; and the offices held now
    assert found("时任国务院总理李克强来我市考察。", "political.leader_title") == []
    assert found("2016年，李克强总理来我市视察。", "political.leader_title") == []
    assert found("国务院副总理胡春华出席会议。\n2021年5月8日", "political.leader_title") == []
    assert found("赵乐际委员长主持会议。韩正副主席出席。", "political.leader_title") == []
    assert found("汪洋大海中的一叶扁舟", "political.leader_title") == []


def test_doubled_negation_measure_words_and_approximations():
    assert found("严禁不得擅自挪用资金。", "language.collocation") == ["严禁不得"]
    assert found("严禁擅自挪用资金，不得截留。", "language.collocation") == []
    assert found("建设一支政治过硬的一支队伍。", "language.collocation") == ["一支政治过硬的"]
    assert found("一个单位的一个部门", "language.collocation") == []
    assert found("约占总数的30%左右", "language.collocation") == ["约占总数的30%左右"]
    assert found("约占总数的30%", "language.collocation") == []


def test_events_told_in_a_clause_that_opens_with_their_date():
    assert found("2018年7月，习近平总书记在中央和国家机关党的建设工作会议上强调", "fact.event_date") == ["2018年7月"]
    assert found("2019年7月，习近平总书记在中央和国家机关党的建设工作会议上强调", "fact.event_date") == []
    assert found("自2013年12月中央政治局审议通过中央八项规定以来，作风持续好转。", "fact.event_date") == ["2013年12月"]
    assert found("1935年10月，红军三大主力在甘肃会宁胜利会师。", "fact.event_date") == ["1935年10月"]
    assert found("认真落实2021年7月中央统战工作会议部署", "fact.event_date") == ["2021年7月"]
    assert found("认真落实2022年7月中央统战工作会议部署", "fact.event_date") == []
    # a date of something else in the clause: 以来, or no act of adopting
    assert found("2023年以来，全市认真落实中央八项规定精神。", "fact.event_date") == []
    assert found("2024年，市纪委查处违反中央八项规定问题12起。", "fact.event_date") == []


def test_figures_derived_from_others_in_the_paragraph():
    text = ("城镇居民人均可支配收入39870元，增长4.6%；农村居民人均可支配收入17925元，增长6.2%，"
            "增速快于城镇居民{}个百分点。")
    assert found(text.format("0.8"), "fact.percentage") == ["0.8个百分点"]
    assert found(text.format("1.6"), "fact.percentage") == []
    yearly = "“十五五”期间，全省计划完成交通运输固定资产投资5200亿元，年均{}亿元。"
    assert found(yearly.format("1300"), "fact.average") == ["1300亿元"]
    assert found(yearly.format("1040"), "fact.average") == []


def test_breakdowns_and_sums_of_the_round():
    assert found("计划完成投资86.5亿元，其中中央资金21.3亿元、省级资金18.6亿元、市县资金24.1亿元、社会资本及其他资金23.5亿元。",
                 "fact.total") != []
    assert found("处理58人，其中给予党纪政务处分61人。", "fact.total") == ["61人"]
    assert found("全年授予博士学位186人、硕士学位1524人，合计1700人。", "fact.total") == ["1700人"]
    assert found("全年授予博士学位186人、硕士学位1524人，合计1710人。", "fact.total") == []
    # thresholds, items of a list and rates per head head no breakdown
    assert found("全市村集体经济年收入全部超过10万元，其中50万元以上的96个。", "fact.total") == []
    assert found("现有风力灭火机24台、高压细水雾灭火机6台，其中超过使用年限的9台。", "fact.total") == []
    assert found("老党员每人800元，其中年满90周岁的每人1000元。", "fact.total") == []
    assert found("以4月25日第十一个全民国家安全教育日为契机", "fact.event_date") == ["4月25日"]


def test_political_and_language_items_of_the_round():
    assert found("坚决维护习近平同志党中央的核心、全党的核心地位", "political.term") == ["坚决维护习近平同志党中央的核心"]
    assert found("坚决维护习近平总书记党中央的核心、全党的核心地位", "political.term") == []
    assert found("坚持“节水优先、系统治理、空间均衡、两手发力”治水思路", "political.formulation_order") != []
    assert found("深化中台青年交流", "political.term") == ["中台青年"]
    assert found("建设数据中台和业务中台", "political.term") == []
    assert found("即要看到积极因素，又要正视困难。", "language.collocation") == ["即"]
    assert found("即要在激烈的市场竞争中发展。", "language.collocation") == []
    assert found("确保项目按其建成投用。", "language.collocation") == ["按其"]
    assert found("过紧日子要求落实的好不好，要以结果来检验。", "language.de") == ["的"]
    assert found("要进一步加强强与财政的协作。", "language.duplicate") == ["强强"]
    assert found("实现强强联合。", "language.duplicate") == []


def test_mixed_cause_patterns():
    assert found("主要是由于需求恢复不及预期、成本上升造成的。", "language.collocation") != []
    assert found("主要是由于食品价格回落所致。", "language.collocation") == []
