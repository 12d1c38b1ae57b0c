"""Round 9 (fact): a rate named for the complement of its numerator, figures with 万/亿 before the unit,
a whole named after 占 (found among earlier figures of that name, or stated with 共 in an earlier
paragraph), the part of a target done, closed lists (资金来源为：…; N项…共计…，分别…), parts inside and
outside the same place, a gap against what is needed and what is at hand, 全会于… standing for the
plenary session named before it, and 以纪念…N周年为契机. Each positive has a near miss that must stay
silent."""

from zhongshu.review import default_reviewer

from .helpers import found

DATED = "\n西江区人民政府办公室\n2025年9月22日\n"


def messages(text: str, rule: str) -> list[str]:
    return [f.message for f in default_reviewer().review(text).findings if f.rule.startswith(rule)]


# -- rates: the complement of the numerator ------------------------------------------------------
def test_rate_of_the_complement():
    # 不合格25批次 of 500: the pass rate is 95%
    t = "本季度共抽检样品500批次。经检验，合格样品475批次，不合格样品25批次，总体合格率为{}%。"
    assert found(t.format(95), "fact.percentage") == []
    assert found("蔬菜类抽检200批次，不合格8批次，合格率{}%，问题相对集中。".format(96), "fact.percentage") == []
    # the complement read wrongly is still reported, with the reading shown
    assert found("蔬菜类抽检200批次，不合格8批次，合格率{}%，问题相对集中。".format(94), "fact.percentage") == ["94%"]
    assert any("1－" in m for m in messages("蔬菜类抽检200批次，不合格8批次，合格率94%。", "fact.percentage"))
    # a rate named for its own numerator (未整改 … 未整改率) is not a complement
    assert found("共发现问题40个，未整改问题4个，未整改率为10%。", "fact.percentage") == []
    assert found("共发现问题40个，未整改问题4个，未整改率为90%。", "fact.percentage") == ["90%"]


# -- rates: a magnitude before the unit -------------------------------------------------------------
def test_rate_with_magnitude():
    t = "截至9月底，全镇耕地面积4.8万亩，已流转3万亩，流转率{}%。"
    assert found(t.format(68.5), "fact.percentage") == ["68.5%"]
    assert found(t.format(62.5), "fact.percentage") == []
    # 8000亩 of 1.6万亩: magnitudes differ, the values are compared
    assert found("全乡耕地1.6万亩，已流转8000亩，流转率{}%。".format(40), "fact.percentage") == ["40%"]
    assert found("全乡耕地1.6万亩，已流转8000亩，流转率{}%。".format(50), "fact.percentage") == []
    # figures read with their magnitude, but a rate after a full stop does not follow them
    t = "全年提供远程影像诊断3.8万例、远程心电诊断2.6万例。县域内就诊率达到91.3%，较上年有所提高。"
    assert found(t, "fact.percentage") == []


def test_rate_in_of_without_wei():
    t = "全县150个行政村中已有120个建成村级综合服务站，覆盖率{}%。"
    assert found(t.format(85), "fact.percentage") == ["85%"]
    assert found(t.format(80), "fact.percentage") == []


# -- rates: 占 with a named whole, and sibling parts --------------------------------------------------
def test_share_of_a_long_named_whole():
    t = ("全年规模以上服务业企业实现营业收入1250亿元，同比增长6.5%。分行业看，软件和信息技术服务业实现营业收入300亿元，"
         "占全市规模以上服务业营业收入的{}%；交通运输业实现营业收入250亿元，占20%。")
    assert found(t.format(28), "fact.percentage") == ["28%"]
    assert found(t.format(24), "fact.percentage") == []


def test_share_whole_chosen_by_its_name():
    t = "全乡有60岁及以上老年人5000人，户籍总人口20000人。其中独居和空巢老人1500人，占老年人口的{}%。"
    assert found(t.format(30), "fact.percentage") == []
    assert found(t.format(20), "fact.percentage") == ["20%"]
    assert any("÷5000人" in m for m in messages(t.format(20), "fact.percentage"))
    # a figure that is itself a share (5000人，占…) may still be the whole of a later share
    t = "全乡总人口20000人，其中60岁及以上老年人5000人，占总人口的25%；独居和空巢老人1500人，占老年人口的{}%。"
    assert found(t.format(30), "fact.percentage") == []
    assert found(t.format(20), "fact.percentage") == ["20%"]


def test_share_whole_named_but_not_given():
    # 成交金额 is not the 流通市值 the share is of
    t = "全年股票成交金额17547亿元，占56%；年末股票流通市值为2691亿元，占全国市场总流通市值的52%。"
    assert found(t, "fact.percentage") == []


def test_share_siblings_are_not_wholes():
    t = "从案件类型看，刷单返利类仍居首位，共131起，占34%；虚假投资理财类87起，占22.5%；冒充客服类64起，占16.6%。"
    assert found(t, "fact.percentage") == []
    # the whole stated before the parts is still used
    t = "全年共接报诈骗案件400起。刷单返利类136起，占{}%。"
    assert found(t.format(30), "fact.percentage") == ["30%"]
    assert found(t.format(34), "fact.percentage") == []


def test_share_approximate_numerator():
    t = "全省净投放扶贫贷款5.6亿元，其中到户近5亿元，占贷款的80%。"
    assert found(t, "fact.percentage") == []


# -- shares: the part of a target done ------------------------------------------------------------------
def test_part_of_target_done():
    t = "1—11月，全县实现税收收入18.6亿元，完成年度目标20亿元的{}%，同比增长4.2%。"
    assert found(t.format(95), "fact.percentage") == ["18.6亿元，完成年度目标20亿元的95%"]  # from the part to the share (round 35)
    assert found(t.format(93), "fact.percentage") == []
    # a target passed: more than 100% is right
    t = "全年城镇新增就业5300人，完成年度目标5000人的{}%。"
    assert found(t.format(106), "fact.percentage") == []
    assert found(t.format(110), "fact.percentage") == ["5300人，完成年度目标5000人的110%"]


def test_one_figure_as_a_percentage_of_another():
    t = "省级重点项目完成投资2460亿元，为年度计划3000亿元的{}%。"
    assert found(t.format(92), "fact.percentage") == ["2460亿元，为年度计划3000亿元的92%"]  # from the part to the share (round 35)
    assert found(t.format(82), "fact.percentage") == []


# -- a whole named with 总数, stated in an earlier paragraph ----------------------------------------------
def test_share_of_a_total_stated_earlier():
    t = ("本次检查共抽查食品经营户240户，其中超市60户、餐饮店180户。\n\n"
         "检查发现存在问题的经营户36户，占抽查经营户总数的{}%。")
    assert found(t.format(12), "fact.percentage") == ["12%"]
    assert found(t.format(15), "fact.percentage") == []
    # 人次 is a unit of its own
    t = "假期全省共接待游客4128.6万人次，同比增长9.2%。\n\n其中，接待省外游客1536万人次，占游客总数的{}%。"
    assert found(t.format(45.2), "fact.percentage") == ["45.2%"]
    assert found(t.format(37.2), "fact.percentage") == []
    # a total of all 经营户, not of those checked: not the whole
    t = "全区共有食品经营户1200户。\n\n检查发现存在问题的经营户36户，占抽查经营户总数的12%。"
    assert found(t, "fact.percentage") == []


# -- closed lists ----------------------------------------------------------------------------------------
def test_funding_sources_add_up():
    t = "项目总投资3.6亿元，资金来源为：中央预算内投资1.2亿元、地方政府专项债券1.5亿元、企业自筹{}亿元。"
    assert found(t.format(0.6), "fact.total") != []
    assert found(t.format(0.9), "fact.total") == []
    assert found(t.format(0.8), "fact.total") == []  # 0.1亿元 off: within the rounding of three parts
    # 主要: not every source is listed
    t = "项目总投资3.6亿元，资金来源主要为：中央预算内投资1.2亿元、地方政府专项债券1.5亿元。"
    assert found(t, "fact.total") == []


def test_respectively_after_a_total():
    t = "全年压减会议费、培训费和差旅费3项支出共计2600万元，分别压减800万元、1100万元和{}万元。"
    assert found(t.format(600), "fact.total") != []
    assert found(t.format(700), "fact.total") == []
    # two figures for three items: not the parts
    t = "全年压减会议费、培训费和差旅费3项支出共计2600万元，分别比上年压减800万元和1100万元。"
    assert found(t, "fact.total") == []
    # items counted from the list before the total
    t = "会议费、培训费和差旅费共计2600万元，分别为800万元、1100万元和{}万元。"
    assert found(t.format(600), "fact.total") != []
    assert found(t.format(700), "fact.total") == []


def test_inside_and_outside_the_same_place():
    t = "全年农村劳动力转移就业2.5万人，其中市内就业1.2万人、市外就业{}万人。"
    assert found(t.format(1.1), "fact.total") != []
    assert found(t.format(1.3), "fact.total") == []
    # 市内 and 省内: an open breakdown
    t = "全年农村劳动力转移就业2.5万人，其中市内就业1.2万人、省内就业1.1万人。"
    assert found(t, "fact.total") == []


def test_exact_counts_close_to_the_total():
    t = "全镇共组建志愿服务队伍12支、150人，其中机关干部36人、村干部64人、网格员和志愿者{}人。"
    assert found(t.format(40), "fact.total") != []
    assert found(t.format(50), "fact.total") == []
    # far short of the total: a partial list
    assert found(t.format(20), "fact.total") == []
    # two parts, or a word that leaves a remainder: open
    assert found("全镇共组建志愿服务队伍12支、150人，其中机关干部36人、村干部100人。", "fact.total") == []
    assert found("全镇共组建志愿服务队伍12支、150人，其中机关干部36人、村干部64人、部分网格员40人。", "fact.total") == []
    # five villages counted, three listed: a partial list
    assert found("全镇5个村共有网格员150人，其中东村36人、西村64人、南村40人。", "fact.total") == []


def test_breakdowns_in_more_units():
    t = "需纳入维修改造计划的办公楼共23栋，其中需大修的8栋、中修的{}栋、小修的6栋。"
    assert found(t.format(11), "fact.total") != []
    assert found(t.format(9), "fact.total") == []
    t = "今年全县计划开展统防统治面积15万亩，其中水稻8万亩、玉米4万亩、其他作物{}万亩。"
    assert found(t.format(4), "fact.total") != []
    assert found(t.format(3), "fact.total") == []


def test_sum_after_a_lead_in_clause():
    t = "经测算，6所卫生院业务用房改造共需资金1860万元，设备更新共需资金740万元，合计{}万元。"
    assert found(t.format(2500), "fact.total") == ["2500万元"]
    assert found(t.format(2600), "fact.total") == []
    # a lead-in with a figure of its own may name a wider whole
    t = "全县12所卫生院中，6所卫生院业务用房改造共需资金1860万元，设备更新共需资金740万元，合计2500万元。"
    assert found(t, "fact.total") == []


def test_change_with_dated_ends_and_more_units():
    t = "全省工商联会员企业由2023年底的1.2万家增至2025年9月底的1.5万家，增长{}%。"
    assert found(t.format(20), "fact.percent") == ["20%"]
    assert found(t.format(25), "fact.percent") == []
    t = "预计全年粮食总产量达到612.4亿斤，比上年增加10.2亿斤，增长{}%。"
    assert found(t.format(3.4), "fact.percent") == ["3.4%"]
    assert found(t.format(1.7), "fact.percent") == []
    t = "主汛期全市平均降雨量640毫米，较常年同期的520毫米偏多{}%。"
    assert found(t.format(35), "fact.percent") == ["35%"]
    assert found(t.format(23.1), "fact.percent") == []


# -- gaps ----------------------------------------------------------------------------------------------
def test_gap_against_need_and_funds():
    t = "经测算，项目共需资金2400万元。目前已落实县级配套资金900万元，争取省级补助资金600万元，尚有资金缺口{}万元。"
    assert found(t.format(1000), "fact.total") == ["1000万元"]
    assert found(t.format(900), "fact.total") == []
    # a figure that is neither needed nor at hand: not computed
    t = "经测算，项目共需资金2400万元。目前已落实县级配套资金900万元，另有社会捐赠200万元，尚有资金缺口1000万元。"
    assert found(t, "fact.total") == []


def test_gap_with_spending_and_what_is_still_needed():
    t = "年度预算800万元已支出650万元，按测算还需支出约300万元，资金缺口约{}万元。"
    assert found(t.format(100), "fact.total") == ["100万元"]
    assert found(t.format(150), "fact.total") == []
    # 已使用 against a need that is not what is still needed: not computed
    t = "全年安排资金500万元，需求800万元，已使用300万元，缺口300万元。"
    assert found(t, "fact.total") == []


def test_gap_in_another_unit():
    t = "我局现有融雪剂420吨、防滑草垫3600张。全区需储备融雪剂不少于800吨，现有储备缺口{}吨。"
    assert found(t.format(300), "fact.total") == ["300吨"]
    assert found(t.format(380), "fact.total") == []


# -- events: 全会 standing for the plenary session named before it -------------------------------------
def test_plenum_referred_back():
    t = "各单位把学习贯彻党的二十届四中全会精神作为首要政治任务，全会于2025年{}月召开后，第一时间组织传达学习。"
    assert found(t.format(11), "fact.event_date") == ["2025年11月"]
    assert found(t.format(10), "fact.event_date") == []
    # a local plenary session is another meeting
    t = "各单位认真学习党的二十届四中全会精神，市委全会于2025年11月召开后，迅速组织传达学习。"
    assert found(t, "fact.event_date") == []


def test_plenums_of_the_18th_and_19th_central_committees():
    t = "{}召开的党的十八届三中全会，开启了全面深化改革的新征程。"
    assert found(t.format("2013年10月"), "fact.event_date") != []
    assert found(t.format("2013年11月"), "fact.event_date") == []
    assert found("党的十九届三中全会于2018年3月召开。", "fact.event_date") != []
    assert found("党的十九届三中全会于2018年2月召开。", "fact.event_date") == []


def test_event_dated_without_its_year():
    t = "{}，党的十九届四中全会在北京召开。全会审议通过了决定。"
    assert found(t.format("10月20日至23日"), "fact.event_date") == ["10月20日至23日，党的十九届四中全会"]
    assert found(t.format("10月28日至31日"), "fact.event_date") == []
    assert found("10月21日，党的二十届四中全会在北京开幕。", "fact.event_date") != []
    assert found("10月20日，党的二十届四中全会在北京开幕。", "fact.event_date") == []
    # a date of what follows the meeting
    assert found("10月24日，党的二十届四中全会召开后，各地迅速组织学习。", "fact.event_date") == []


def test_ordinal_day_with_its_date_in_brackets():
    t = "在第12个国家宪法日（{}）到来之际，我中心策划推出系列融媒产品。" + DATED
    assert found(t.format("12月5日"), "fact.event_date") == ["12月5日"]
    assert found(t.format("12月4日"), "fact.event_date") == []


# -- anniversaries: 以纪念…N周年为契机 -----------------------------------------------------------------
def test_anniversary_as_occasion():
    t = "以纪念中国人民抗日战争暨世界反法西斯战争胜利{}周年为契机，组织开展烈士纪念日公祭活动。" + DATED
    assert found(t.format(70), "fact.anniversary") == ["70周年"]
    assert found(t.format(80), "fact.anniversary") == []
    # a speech of 2015 cited by its name is not an activity of this year
    t = "深入学习习近平总书记在纪念中国人民抗日战争暨世界反法西斯战争胜利70周年大会上的讲话精神。" + DATED
    assert found(t, "fact.anniversary") == []
