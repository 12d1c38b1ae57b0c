"""Round 16: the near-miss detector's speed changes keep its findings; false alarms of fresh23–26."""

from .helpers import found


def test_verb_heading_each_item_of_a_list_is_no_near_miss():
    assert found("坚持既督任务、督进度、督成效，确保落实。", "language.nearmiss") == []
    # the same window before a list whose items start otherwise is still reported
    assert found("坚持既督任务、查进度、看成效，确保落实。", "language.nearmiss") == ["既督"]


def test_a_four_character_word_missing_its_last_character_before_a_suffix():
    # looked up where the suffix stands (交通运[输]局), not through pair keys
    assert found("请市交通运局牵头负责。", "language.nearmiss") == ["交通运"]
    assert found("请市交通运输局牵头负责。", "language.nearmiss") == []
    assert found("由市生态环厅督促落实。", "language.nearmiss") == ["生态环"]


def test_rates_from_a_reduction_and_kinds():
    assert found("市级机关公务用车由2023年的412辆减少至386辆，压减8.3%。", "fact.percent") == ["8.3%"]
    assert found("市级机关公务用车由2023年的412辆减少至386辆，压减6.3%。", "fact.percent") == []
    assert found("办理时限由原来的20个工作日压缩至5个工作日，压缩80%。", "fact.percent") == ["80%"]
    assert found("集团共抽检图书120种，其中合格118种，合格率为97.5%。", "fact.percentage") == ["97.5%"]
    assert found("集团共抽检图书120种，其中合格118种，合格率为98.3%。", "fact.percentage") == []


def test_misused_idioms_and_collocations():
    assert found("集团首当其冲，建成全省首个自动化集装箱码头。", "language.collocation") == ["首当其冲"]
    assert found("沿海地区首当其冲，受到台风严重影响。", "language.collocation") == []
    assert found("先进经验必将对我市工作起到抛砖引玉的作用。", "language.collocation") != []
    assert found("我的发言只是抛砖引玉。", "language.collocation") == []
    assert found("着力推进工单办理质量，做到派单精准。", "language.collocation") == ["推进工单办理质量"]
    assert found("推进高质量发展。", "language.collocation") == []
    assert found("要进行认真地研究，充分吸纳。", "language.de") == ["地"]
    assert found("要认真地研究。", "language.de") == []


def test_context_cues_of_fanying_and_quanli():
    assert found("可通过来电、来访等方式向集团纪委反应。", "language.context") == ["反应"]
    assert found("他们向市场作出反应。", "language.context") == []
    assert found("我行保留依法追索的权力。", "language.context") == ["权力"]


def test_counted_parts_after_a_colon_and_a_change_against_the_bracketed_prior_year():
    loan = "银团贷款总额{}亿元，由以下3家银行全额分担：我行承贷45亿元，工商银行澜州分行承贷40亿元，建设银行澜州分行承贷30亿元。"
    assert found(loan.format(120), "fact.total") == ["120亿元"]
    assert found(loan.format(115), "fact.total") == []
    # a list of another length than the count is not taken for the parts
    assert found("总投资120亿元，由以下3家单位分担：甲单位45亿元，乙单位40亿元。", "fact.total") == []
    port = "全年完成货物吞吐量2.46亿吨（2024年为2.35亿吨），同比增长{}%；完成集装箱吞吐量412万标准箱。"
    assert found(port.format("8.2"), "fact.percent") == ["8.2%"]
    assert found(port.format("4.7"), "fact.percent") == []


def test_bracketed_breakdown_short_by_less_than_a_fifth():
    assert found("共查处问题11起，处理13人（党纪政务处分6人、组织处理5人）。", "fact.total") != []
    assert found("共查处问题11起，处理11人（党纪政务处分6人、组织处理5人）。", "fact.total") == []


def test_qingshi_title_asking_for_staff_besides_its_matter():
    head = "关于{}的请示\n\n市人民政府：\n　　现将有关情况请示如下。\n　　妥否，请批示。\n"
    assert found(head.format("市级机关集中办公区维修改造经费及增加人员编制"), "policy.one_matter") == ["及增加人员编制"]
    assert found(head.format("新建城南第二小学并解决建设资金"), "policy.one_matter") == []


def test_outdated_congress_in_a_sentence_dated_after_the_next_congress():
    dated = "\n\n某局\n2025年1月10日\n"
    assert found("　　2024年，我局深入学习贯彻党的十九大和十九届历次全会精神。" + dated, "political.outdated_congress") == ["十九大"]
    assert found("　　2018年，我局深入学习贯彻党的十九大精神。" + dated, "political.outdated_congress") == []


def test_ordinal_day_with_the_year_fixed_by_its_weekday():
    assert found("　　4月15日（星期二）是第9个全民国家安全教育日。", "fact.anniversary") == ["第9个"]
    assert found("　　4月15日（星期二）是第10个全民国家安全教育日。", "fact.anniversary") == []
