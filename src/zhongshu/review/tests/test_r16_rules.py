"""Round 16: the near-miss detector's speed changes keep its findings; false alarms of fresh23–26."""

from zhongshu.review import default_reviewer

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


DATED_2025_JUNE = "\n\n某社区党委\n2025年6月20日\n"


def test_round16_language_lists_and_collocations():
    assert found("采取明查暗访、现场核查等方式。", "language.typo") == ["明查暗访"]
    assert found("付予其具体工作任务。", "language.typo") == ["付予"]
    assert found("举办大赛的目的是为了以赛促学。", "language.usage") == ["目的是为了"]
    assert found("各级领导干部要首当其冲，靠前指挥、深入一线。", "language.collocation") == ["首当其冲"]
    assert found("村规民约执行情况仍差强人意，形同虚设。", "language.collocation") == ["差强人意"]
    assert found("这部作品差强人意。", "language.collocation") == []
    assert found("深受群众所欢迎。", "language.collocation") == ["深受群众所欢迎"]
    assert found("切实解决群众健康需求，不断增强获得感。", "language.collocation") == ["解决群众健康需求"]
    assert found("检查覆盖面要达到100%，不留死角。", "language.collocation") == ["覆盖面要达到100%"]
    assert found("劳资纠纷等问题解决的不彻底，重复信访仍有发生。", "language.collocation") == ["的"]
    assert found("储备冲锋舟12辆、抽水泵40台。", "language.collocation") == ["12辆"]


def test_round16_format_of_numbers():
    assert found("力争完成投资15-20亿元。", "format.range_dash") == ["15-20"]
    # a standard's year is no range; two years joined by a hyphen are a span of time (一字线, round 24), not of values (～)
    assert found("执行GB/T 9704-2012标准，规划期2021-2025年。", "format.range_dash") == ["-"]
    assert [f.suggestion for f in default_reviewer().review("规划期2021-2025年。").findings] == ["—"]
    assert found("同比增长15.6%%。", "format.doubled_punct") == ["%"]
    assert found("完成适老化改造12，500户。", "format.digit_grouping") == ["12，500"]


def test_round16_fact_rules():
    assert found("　　为隆重庆祝中国共产党成立105周年，扎实开展学习教育。" + DATED_2025_JUNE, "fact.anniversary") == ["105周年"]
    assert found("　　为隆重庆祝中国共产党成立104周年，扎实开展学习教育。" + DATED_2025_JUNE, "fact.anniversary") == []
    plan = "　　要结合5月12日第{}个全国防灾减灾日，广泛宣传。\n\n某镇\n2025年4月25日\n"
    assert found(plan.format("十六"), "fact.anniversary") == ["第十六个"]
    assert found(plan.format("十七"), "fact.anniversary") == []
    assert found("督导总结阶段（2025年第二季度，7月至9月）。", "fact.quarter") == ["第二季度"]
    assert found("督导总结阶段（2025年第三季度，7月至9月）。", "fact.quarter") == []
    assert found("三次产业结构调整为12.5∶46.3∶40.2，持续优化。", "fact.total") == ["12.5∶46.3∶40.2"]
    assert found("三次产业结构调整为12.5∶46.3∶41.2，持续优化。", "fact.total") == []
    assert found("即将到来的7月是全国“安全生产月”。", "fact.event_date") == ["7月"]
    assert found("今年是“绿水青山就是金山银山”理念提出15周年。\n\n某厅\n2025年3月1日\n", "fact.anniversary") == ["15周年"]
    # the cut of another quantity after a change: not checked against it
    assert found("申请材料由28份减少到8份，办理时间压缩了75%以上。", "fact.percent") == []


def test_round16_policy_and_political_rules():
    assert found("依据《中华人民共和国环境保护法》（2016年修订）。", "policy.law_revision") == ["（2016年修订）"]
    assert found("依据《中华人民共和国环境保护法》（2014年修订）。", "policy.law_revision") == []
    assert found("根据《中华人民共和国职业教育法》（1996年9月1日起施行）和有关规定。", "policy.law_revision") != []
    assert found("依据《保障农民工工资支付条例》（人力资源社会保障部令第724号）。", "policy.issuer") == ["人力资源社会保障部"]
    assert found("依据《保障农民工工资支付条例》（国务院令第724号）。", "policy.issuer") == []
    assert found("依照《中国共产党基层组织选举工作暂行条例》。", "policy.repealed") != []
    assert found("严格落实党政同责、一岗双责、齐抓共管、终身追责要求。", "political.formulation_item") == ["终身追责"]
    assert found("实现矛盾不上交、平安不出事、服务不到位的目标。", "political.formulation_item") == ["服务不到位"]
    assert found("促进医疗、医保、医药协同发展和治理。", "political.formulation_order") == []
    assert found("全面落实中央纪委赵乐际同志所作工作报告。", "political.leader_title") == ["赵乐际"]
    assert found("全面落实中央纪委李希同志所作工作报告。", "political.leader_title") == []


def test_place_names_in_a_list_are_no_near_misses():
    assert found("在柳塘镇、青杉镇开展农村生活垃圾分类。", "language.nearmiss") == []
    assert found("及时消除服务肓区。", "language.nearmiss") == ["肓区"]


def test_page_buttons_and_enterprises_counted_in_zuo():
    assert found("（防汛抗旱处）\n【打印本页】【关闭窗口】\n报：应急管理部", "format.web_residue") == ["【打印本页】【关闭窗口】"]
    assert found("对每一座校外供餐企业开展全覆盖检查。", "language.collocation") == ["座"]
    assert found("新建一座污水处理厂。", "language.collocation") == []
