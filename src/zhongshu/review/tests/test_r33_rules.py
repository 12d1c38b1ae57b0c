"""Round 33 (session 25): rules from the leftovers of the earlier sets and from fresh63–fresh66, each with a
case it must leave alone."""

from .helpers import found

# --- one matter per 请示, no request in a 报告 ------------------------------------------------------------------------

_QINGSHI = ("关于{title}的请示\n\n市人民政府：\n\n为改善办公条件，我局拟对机关办公楼进行维修改造。现将有关事项请示如下：\n\n"
            "（一）恳请市政府同意将上述项目列入2026年度维修改造计划。\n\n（二）恳请市政府同意我局{second}，用于保障工作需要。\n\n"
            "妥否，请批示。\n")


def test_round33_a_second_request_for_a_matter_of_its_own():
    doc = _QINGSHI.format(title="办公楼维修改造", second="增加公务用车编制3个")
    assert found(doc, "policy.one_matter") == ["恳请市政府同意我局增加公务用车编制3个，用于保障工作需要。"]
    # the title names it: the same matter
    assert found(_QINGSHI.format(title="办公楼维修改造暨公务用车编制", second="增加公务用车编制3个"), "policy.one_matter") == []
    # money and land for the project asked for are part of it
    assert found(_QINGSHI.format(title="办公楼维修改造", second="落实项目用地指标"), "policy.one_matter") == []


def test_round33_a_side_request_found_past_a_want_the_title_names():
    doc = ("关于更新部分市级机关公务用车的请示\n\n市人民政府：\n\n我局拟更新公务用车12辆。现将有关情况请示如下。\n\n"
           "恳请批准更新计划。为提升效率，一是拟增加充电桩12个；二是恳请批准我局下属的市机关公务用车服务中心核增事业编制3名。\n")
    assert found(doc, "policy.one_matter") == ["二是恳请批准我局下属的市机关公务用车服务中心核增事业编制3名。"]


def test_round33_a_report_asking_for_money_in_the_budget():
    report = "关于2026年全市生态环境质量状况的报告\n\n市人民政府：\n\n今年以来，全市空气质量持续改善。为巩固成效，{}。\n\n特此报告。\n"
    ask = "恳请市政府在2027年财政预算中安排大气污染防治专项资金3000万元"
    assert found(report.format(ask), "policy.report_with_request") == [ask[:-6]]
    assert found(report.format("我局将在2027年预算中安排专项资金3000万元"), "policy.report_with_request") == []
    assert found(report.replace("报告", "请示").format(ask), "policy.report_with_request") == []


# --- weekdays --------------------------------------------------------------------------------------------------------


def test_round33_the_eve_of_new_year_is_this_year_not_the_year_named():
    notice = ("关于做好2027年元旦期间值班工作的通知\n\n各部门：\n\n2027年元旦假期为1月1日（星期五）至1月3日（星期日）。\n"
              "节前准备。12月31日（星期{}）下午，各部门要开展一次安全检查。\n\n县人民法院\n2026年11月25日\n")
    assert found(notice.format("五"), "fact.weekday") == ["星期五"]  # 2026年12月31日 is a Thursday
    assert found(notice.format("四"), "fact.weekday") == []
    # a plan for next year sent out in December: its dates are the named year's
    plan = "关于印发《2027年工作要点》的通知\n\n7月1日（星期四）召开推进会。\n\n市委办公室\n2026年12月20日\n"
    assert found(plan, "fact.weekday") == []


def test_round33_a_plan_named_for_a_year_without_a_date_line():
    plan = "青岚市图书馆2025年全民阅读推广活动实施方案\n\n一、活动安排\n以4月23日（星期{}）世界读书日为节点，举办主题活动周。\n"
    assert found(plan.format("四"), "fact.weekday") == ["星期四"]
    assert found(plan.format("三"), "fact.weekday") == []
