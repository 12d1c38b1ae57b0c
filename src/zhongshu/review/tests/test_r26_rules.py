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


# --- from fresh46 (a province's 农业农村厅, 供销社, 农垦 group; a county's 农业, 水利, 粮储 bureaus, a 乡镇 and a 村) ----------


def test_round26_complements_with_de():
    assert found("每年灌溉高峰期农田用水紧张，群众反映的十分强烈。", "language.collocation") == ["的"]
    assert found("确保问题整改的彻底、不留死角。", "language.collocation") == ["的"]
    assert found("群众反映的问题十分强烈。", "language.collocation") == []


def test_round26_statutory_figures():
    assert found("对施工单项合同估算价在200万元以上的项目依法进行招标。", "policy.rule_figure") == ["200万元"]
    assert found("对施工单项合同估算价在400万元人民币以上的项目依法进行招标。", "policy.rule_figure") == []
    assert found("临时用地期限一般不超过五年。", "policy.rule_figure") == ["五年"]
    assert found("临时用地期限一般不超过二年。", "policy.rule_figure") == []
    assert found("信访事项应当自受理之日起90日内办结。", "policy.time_limit") == ["90日"]
    assert found("信访事项应当自受理之日起60日内办结。", "policy.time_limit") == []
    assert found("自调解协议生效之日起六十日内共同向人民法院申请司法确认。", "policy.time_limit") == ["六十日"]
    assert found("酒精含量达到每100毫升50毫克以上的醉酒驾驶机动车行为。", "policy.rule_figure") == ["50毫克"]


def test_round26_totals_sources_sums_and_allocations():
    two = "项目总投资{}万元，其中中央和省级补助资金2700万元，县级配套资金1260万元。"
    assert found(two.format(3860), "fact.total") == ["3860万元，其中中央和省级补助资金2700万元，县级配套资金1260万元"]
    assert found(two.format(3960), "fact.total") == []
    summed = "全市共打掉涉黑组织3个、涉恶犯罪集团11个，合计打掉黑恶犯罪组织{}个。"
    assert found(summed.format(15), "fact.total") == ["15个"]
    assert found(summed.format(14), "fact.total") == []
    alloc = "参训对象共计{}名。名额分配如下：各县（区）司法局各10名，共70名；6个行业性调解委员会各5名，共30名。"
    assert found(alloc.format(120), "fact.total") == ["120名"]
    assert found(alloc.format(100), "fact.total") == []
    bins = "全镇18个行政村中，收入50万元以上的6个、20万至50万元的9个、10万至20万元的{}个。"
    assert found(bins.format(4), "fact.total") == [bins.format(4)[2:-1]]
    assert found(bins.format(3), "fact.total") == []
    assert found("全市1个市级中心、7个县级中心、96个乡镇工作站全部达标。", "fact.total") == []


def test_round26_counts_before_headings():
    coop = "我社拟与贵公司在以下三个方面开展合作：\n一、联合储备。\n二、共建平台。\n三、推进服务。\n{}以上意见，请函复。"
    assert found(coop.format("四、建立会商机制。\n"), "fact.count") == ["三个方面"]
    assert found(coop.format(""), "fact.count") == []
    agenda = "二、听取汇报\n会议研究了以下两个事项：\n（一）关于排查。\n（二）关于积案。\n{}三、其他\n"
    assert found(agenda.format("（三）关于平安建设。\n"), "fact.count") == ["两个事项"]
    assert found(agenda.format(""), "fact.count") == []


def test_round26_phases_and_the_transition_period():
    phases = "（二）全面实施阶段（2027年1月至{}年6月）。\n（三）总结验收阶段（2028年7月至12月）。"
    assert found(phases.format(2029), "fact.period") == ["2029年6月"]
    assert found(phases.format(2028), "fact.period") == []
    year = "{}是巩固拓展脱贫攻坚成果同乡村振兴有效衔接过渡期的最后一年。\n东陵省农业农村厅\n2026年11月20日"
    assert found(year.format("今年"), "fact.period") == ["最后一年"]
    assert found(year.format("2025年"), "fact.period") == []


def test_round26_format_headings_titles_and_approximations():
    text = "二、重点任务\n（一）开展耕地清查\n（一）以调查成果为基础，逐块核实。\n2.重点排查违法占地。\n（二）严格用途管制\n"
    assert found(text, "format.heading_sequence") == ["（一）"]
    assert found(text.replace("（一）以", "1.以"), "format.heading_sequence") == []
    assert found("开展《最美庭院》评选活动。", "format.title_marks") == ["《最美庭院》"]
    assert found("开展《民法典》评比活动。", "format.title_marks") == []
    assert found("以“《宪法进万家》”系列活动为载体。", "format.title_marks") == ["《宪法进万家》”"]
    assert found("平均每村每年增收三、四万元。", "format.punct_approx") == ["三、四"]
    assert found("一、二类企业", "format.punct_approx") == []
    assert found("制定《工作规范（试行》，对接处警。", "format.pair") == ["（试行》"]


def test_round26_table_cells_are_no_repeat_and_fresh46_vocabulary():
    assert found("项目类别　　计划任务　　已完成　　完成率\n", "language.duplicate") == []
    assert found("要加强组织领导　　领导小组要定期研究。", "language.duplicate") != []
    assert found("各灌区管理单位要对所辖渠首、干支渠进行检查。", "language.nearmiss") == []
    assert found("持续推动乡村由“一处美”向“一片美”转变。", "language.nearmiss") == []


# --- from fresh45 (a city's 政法委, 公安局, 司法局, 法院 and 检察院 offices, 信访局 and a county's 综治中心) ---------------


def test_round26_rates_named_for_success_and_restating_their_label():
    assert found("委派诉前调解案件18426件，调解成功7835件，调解成功率为45.2%。", "fact.percentage") == ["45.2%"]
    assert found("委派诉前调解案件18426件，调解成功7835件，调解成功率为42.5%。", "fact.percentage") == []
    assert found("全所现有民警18名，其中社区民警12名，社区民警占比达到75%。", "fact.percentage") == ["75%"]
    assert found("全所现有民警18名，其中社区民警12名，社区民警占比达到66.7%。", "fact.percentage") == []


def test_round26_fresh45_terms_and_slips():
    assert found("打掉一个由台湾、柬埔寨等国家人员操纵的诈骗团伙。", "political.region_as_state") != []
    assert found("坚持把非诉讼纠纷解决机制摆在前面。", "political.term") != []
    assert found("个别县（区）工作进展差强人意，矛盾纠纷排查流于形式。", "language.collocation") == ["差强人意"]
    assert found("以更加务实的作风毫不松懈的抓好各项工作落实。", "language.de") == ["的"]
    assert found("数据共享不畅等问题亟待满足。", "language.collocation") == ["满足"]
    assert found("集中提供法律援助、公正、司法鉴定咨询等服务。", "language.context") == ["公正"]
    assert found("坚持公正司法。", "language.context") == []
    assert found("依据《中华人民共和国社区矫正法实施办法》开展工作。", "policy.law_name") == []
    assert found("坚持从严治局，建设高素质干部队伍。", "language.nearmiss") == []
