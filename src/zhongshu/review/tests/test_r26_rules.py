"""Round 26 (session 21): rules from a self-made probe of slips before fresh45 and fresh46 were read, and from those
sets, each with a case it must leave alone."""

from .helpers import found

# --- from the probe (IME slips, counts, ranges) -------------------------------------------------------------------


def test_round26_month_range_with_a_hyphen():
    assert found("1-10月，全市新建人防工程12处。", "format.range_dash") == ["-"]
    assert found("今年1-9月份，全市完成投资。", "format.range_dash") == ["-"]
    assert found("2025-10月", "format.range_dash") == []
    assert found("5-3月", "format.range_dash") == []


def test_round26_typos_and_context_pairs_from_ime_slips():
    assert found("请各单位于11月30日前伸报本年度计划。", "language.typo") == ["伸报"]
    assert found("市政府决定授于市交通运输局“先进集体”称号。", "language.typo") == ["授于"]
    assert found("将经验传授于基层干部。", "language.typo") == []
    assert found("市妇联向全市妇女发出倡仪。", "language.typo") == ["倡仪"]
    assert found("要认真别走过场。", "language.typo") == []
    assert found("对表现突出的单位和个人于以通报表扬。", "language.context") == ["于以"]
    assert found("关于以奖代补资金的使用。", "language.context") == []
    assert found("会议要求各部门加强协作配合，形成工作合理。", "language.context") == ["合理"]
    assert found("形成合理的分工。", "language.context") == []
    assert found("民生支出占一般公共预算指出的比重达到78%。", "language.context") == ["指出"]
    assert found("会议指出，民生支出占比达到78%。", "language.context") == []
    assert found("这次事故带给我们的启事是深刻的。", "language.context") == ["启事"]
    assert found("在单位门口张贴招聘启事。", "language.context") == []
    assert found("市委书记强调，要在次压实安全生产责任。", "language.context") == ["在次"]
    assert found("在次日上午召开会议。", "language.context") == []


def test_round26_more_than_with_yu_or_duo():
    assert found("预计超过3000余人参加。", "language.collocation") == ["超过3000余"]
    assert found("全市超过500多家企业参与。", "language.collocation") == ["超过500多"]
    assert found("预计超过3000人参加。", "language.collocation") == []
    assert found("超过多家银行参与。", "language.collocation") == []


def test_round26_political_terms():
    assert found("全面贯彻党的二十大和二十届历届全会精神。", "political.term") == ["二十届历届全会"]
    assert found("全面贯彻党的二十大和二十届历次全会精神。", "political.term") == []
    assert found("铸牢中华民族共同体观念。", "political.term") == ["中华民族共同体观念"]
    assert found("牢牢把握高质量发展这个根本任务。", "political.term") == ["高质量发展这个根本任务"]


def test_round26_rate_after_a_clause_naming_its_verb():
    text = "全县共有建制村156个，已有148个完成改造，完成率为{}%。"
    assert found(text.format("96.8"), "fact.percentage") == ["96.8%"]
    assert found(text.format("94.9"), "fact.percentage") == []


def test_round26_count_before_shi_items():
    assert found("会议强调三点要求：一是提高站位；二是压实责任；三是强化督导；四是严肃问责。", "fact.count") == ["三点"]
    assert found("会议强调三点要求：一是提高站位；二是压实责任；三是强化督导。", "fact.count") == []
    assert found("会议强调三点要求：一是提高站位；二是压实责任。\n　　三是强化督导。", "fact.count") == []
    assert found("存在以下问题：一是站位不高；二是责任不实。", "fact.count") == []


def test_round26_de_and_sentence_patterns_from_the_probe():
    assert found("确保取得实实在在地成效。", "language.collocation") == ["地"]
    assert found("确保取得实实在在的成效。", "language.collocation") == []
    assert found("他们把工作做的扎实细致。", "language.collocation") == ["的"]
    assert found("他们做的工作扎实细致。", "language.collocation") == []
    assert found("我们要继续发扬光大优良传统。", "language.collocation") == ["发扬光大"]
    assert found("把优良传统发扬光大。", "language.collocation") == []
    assert found("对于这个问题，引起了各级领导的高度重视。", "language.collocation") == ["对于"]
    assert found("对于这个问题，我们要高度重视。", "language.collocation") == []
    assert found("确保不发生重大安全事故的发生。", "language.collocation") == ["发生"]
    assert found("确保不发生重大安全事故。", "language.collocation") == []
