"""Round 20: rules written before the blind sets fresh33/34 were read, and the rules from those sets."""

from .helpers import found


def test_a_share_of_a_whole_named_in_an_earlier_clause_or_after_its_figure():
    # the whole named in the clause before a bare 共N家
    text = "本次检查对象为纳入平台的统计调查对象，共40520家。全省共抽取检查对象2146家，占调查对象总数的{}%。"
    assert found(text.format("6.3"), "fact.percentage") == ["6.3%"]
    assert found(text.format("5.3"), "fact.percentage") == []
    # the whole named right after its figure (120家小微企业)
    text = "对全县120家小微企业开展了专题调研。调研企业中有融资需求的87家，占调研企业总数的{}%。"
    assert found(text.format("68.5"), "fact.percentage") == ["68.5%"]
    assert found(text.format("72.5"), "fact.percentage") == []
    # a figure of another thing after the number is not the whole
    assert found("全县120家医院开展了调研。调研企业中有融资需求的87家，占调研企业总数的68.5%。", "fact.percentage") == []


def test_a_gap_after_the_breakdown_of_the_need():
    text = ("经核查测算，全省养护工程资金需求共计12.6亿元。其中，预防性养护工程4.1亿元、修复养护工程5.3亿元、"
            "灾毁恢复重建3.2亿元。年初已安排转移支付资金8.4亿元，资金缺口{}亿元。")
    assert found(text.format("3.8"), "fact.total") == ["3.8亿元"]
    assert found(text.format("4.2"), "fact.total") == []


def test_the_gap_of_one_named_source_of_funds():
    text = ("项目总投资1.26亿元，资金来源为：中央财政补助资金5280万元，省级补助资金1640万元，市级配套资金3860万元，"
            "水电气等专营单位及居民出资1820万元。目前，市级配套资金已在年初预算中安排2000万元，尚有缺口{}万元。")
    assert found(text.format("1680"), "fact.total") == ["1680万元"]
    # a source with a long name is still a part of the list (no false sum)
    assert found(text.format("1860"), "fact.total") == []


def test_a_counted_sum_against_the_figures_of_the_sentence_before():
    text = ("分税种看，增值税712.6亿元，同比增长3.1%；企业所得税298.4亿元，同比下降2.3%；个人所得税96.7亿元，"
            "同比增长6.5%。三大税种合计{}亿元，占税收收入的62.7%。")
    assert found(text.format("1170.7"), "fact.total") == ["1170.7亿元"]
    assert found(text.format("1107.7"), "fact.total") == []
    # as many figures as counted, or none is read: a change (增收) is not a part
    assert found("增值税712.6亿元，增收20.1亿元；企业所得税298.4亿元。两大税种合计1000亿元。", "fact.total") == []


def test_a_two_sided_subject_against_a_one_sided_predicate():
    assert found("能否守住安全底线，是全市安全度汛的重要保证。", "language.collocation") == ["能否"]
    assert found("是否严格落实责任，是做好工作的前提。", "language.collocation") == ["是否"]
    # 关键 is two-sided; a 是否 inside the clause is not its subject
    assert found("能否抓好安全生产，关键在于落实责任。", "language.collocation") == []
    assert found("各地要认真检查是否落实到位，是做好工作的前提。", "language.collocation") == []


def test_more_dated_events():
    assert found("1936年1月召开的遵义会议是党的历史上生死攸关的转折点。", "fact.event_date") == ["1936年1月"]
    assert found("1935年1月召开的遵义会议是党的历史上生死攸关的转折点。", "fact.event_date") == []
    assert found("2024年1月6日至8日，二十届中央纪委四次全会在北京召开。", "fact.event_date") == ["2024年1月6日"]
    assert found("2025年1月6日至8日，二十届中央纪委四次全会在北京召开。", "fact.event_date") == []


def test_more_formulations_in_order():
    assert found("着力建设创新、宜居、韧性、美丽、文明、智慧的现代化人民城市。", "political.formulation_order") != []
    assert found("着力建设创新、宜居、美丽、韧性、文明、智慧的现代化人民城市。", "political.formulation_order") == []
    assert found("着力稳企业、稳就业、稳市场、稳预期。", "political.formulation_order") != []
    assert found("做到应审尽审、凡审必严、严肃问责。", "political.formulation_order") == []


def test_pure_adverbs_take_di():
    assert found("要尽快的完成整改任务。", "language.collocation") == ["的"]
    assert found("群众日益的增长的需要。", "language.collocation") == ["的"]
    assert found("要尽快地完成整改任务，不断的努力。", "language.collocation") == []
