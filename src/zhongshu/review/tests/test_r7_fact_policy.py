"""Round 7 (fact, policy, political): superseded regulations cited by an old order number, a second
request inside a 请示 paragraph, one wrong item of a fixed formulation, 小康社会 as a goal after 2020,
ordinal days and their dates, a weekday written before its date, undated anniversaries, changes given
as an amount or against a bracketed base, count × amount sums, restated counts, summaries of several
sums, complementary and fully enumerated breakdowns. Each positive has a near miss that must stay
silent."""

from .helpers import found

DATED = "\n西江区人民政府办公室\n2025年9月22日\n"
DATED_2026 = "\n西江区人民政府办公室\n2026年1月15日\n"


# -- policy: superseded regulations ----------------------------------------------------------
def test_superseded_by_order_number():
    t = "根据《中华人民共和国预算法实施条例》（国务院令第{}号）有关规定。"
    assert found(t.format(186), "policy.repealed") == ["国务院令第186号"]
    assert found(t.format(729), "policy.repealed") == []
    t = "执行《政府采购货物和服务招标投标管理办法》（财政部令第{}号）等规定。"
    assert found(t.format(18), "policy.repealed") == ["财政部令第18号"]
    assert found(t.format(87), "policy.repealed") == []
    assert found("按照《党政机关办公用房建设标准》（计投资〔1999〕2250号）核定面积。", "policy.repealed") == ["计投资〔1999〕2250号"]
    assert found("按照《党政机关办公用房建设标准》（发改投资〔2014〕2674号）核定面积。", "policy.repealed") == []
    assert found("依据《政府信息公开条例》（国务院令第492号）办理。", "policy.repealed") == ["国务院令第492号"]
    assert found("依据《政府信息公开条例》（国务院令第711号）办理。", "policy.repealed") == []


def test_superseded_by_name():
    assert found("根据《中华人民共和国统计法实施细则》有关规定。", "policy.repealed") == ["《中华人民共和国统计法实施细则》"]
    assert found("根据《中华人民共和国统计法实施条例》有关规定。", "policy.repealed") == []
    assert found("依照《档案法实施办法》开展工作。", "policy.repealed") == ["《档案法实施办法》"]
    assert found("依照《档案法实施条例》开展工作。", "policy.repealed") == []


def test_law_revision_rows():
    assert found("依据《中华人民共和国治安管理处罚法》（2012年修正）处理。", "policy.law_revision") != []
    assert found("依据《中华人民共和国治安管理处罚法》（2025年修订）处理。", "policy.law_revision") == []


# -- policy: a second request inside a paragraph ------------------------------------------------
QS = ("西江区人民法院关于诉讼服务中心改造经费的请示\n\n区人民政府：\n\n我院诉讼服务中心设备老化，拟实施改造。\n\n"
      "{}\n\n妥否，请批示。\n\n西江区人民法院\n2025年10月9日\n")
FIRST = "恳请区政府将上述经费纳入2026年区级财政预算，并于2026年3月底前拨付到位，以便我院按期启动政府采购程序。"


def test_second_request_after_ling():
    t = QS.format(FIRST + "另，我院现有干警周转住房较为紧张，恳请区政府协调解决人才公寓10套。")
    assert found(t, "policy.one_matter") == ["另，我院现有干警周转住房较为紧张，恳请区政府协调解决人才公寓10套。"]
    # 另 + no request: a remark, not a matter
    assert found(QS.format(FIRST + "另，我院将严格管理资金。"), "policy.one_matter") == []


def test_second_request_without_lead_word():
    t = QS.format(FIRST + "我院现有干警周转住房较为紧张，恳请区政府协调解决人才公寓10套。")
    assert found(t, "policy.one_matter") == ["我院现有干警周转住房较为紧张，恳请区政府协调解决人才公寓10套。"]
    # the only request of the 请示, stated with its reason
    t = QS.format("改造共需经费186.5万元。我院现有设备老化，恳请区政府安排改造资金。")
    assert found(t, "policy.one_matter") == []


# -- political ---------------------------------------------------------------------------------
def test_new_development_philosophy_order():
    assert found("全面、准确、完整贯彻新发展理念，对标一流。", "political.term") == ["全面、准确、完整贯彻"]
    assert found("完整、准确、全面贯彻新发展理念，对标一流。", "political.term") == []


def test_core_values_item():
    t = "倡导富强、民主、文明、和谐，倡导自由、平等、公正、法治，倡导爱国、敬业、诚信、{}，推动形成家庭文明新风尚。"
    assert found(t.format("友爱"), "political.formulation_item") == ["友爱"]
    assert found(t.format("友善"), "political.formulation_item") == []
    assert found("坚持创新、协调、绿色、开发、共享的发展理念。", "political.formulation_item") == ["开发"]
    # 富强民主文明和谐美丽 is another formulation; a list that goes on is not this one
    assert found("建设富强、民主、文明、和谐、美丽的社会主义现代化强国。", "political.formulation_item") == []
    assert found("建设富强、民主、文明、美丽的家园。", "political.formulation_item") == []
    assert found("做到爱国、敬业、诚信、友好合作。", "political.formulation_item") == []


def test_xiaokang_as_goal():
    t = "团结动员广大职工为全面建设小康社会再立新功。"
    assert found(t + DATED_2026, "political.outdated_goal") == ["全面建设小康社会"]
    assert found(t + "\n2019年1月5日\n", "political.outdated_goal") == []
    assert found("2019年，全县为全面建成小康社会作出了贡献。" + DATED_2026, "political.outdated_goal") == []
    assert found("在全面建成小康社会的基础上接续奋斗。" + DATED_2026, "political.outdated_goal") == []


# -- fact: ordinal days, weekdays, anniversaries -------------------------------------------------
def test_ordinal_day_date():
    assert found("今年10月1日是第十二个烈士纪念日。" + DATED, "fact.event_date") == ["10月1日"]
    assert found("今年9月30日是第十二个烈士纪念日。" + DATED, "fact.event_date") == []
    # 全国助残日 is the third Sunday of May
    assert found("2025年5月17日是第三十五次全国助残日。", "fact.event_date") == ["5月17日"]
    assert found("2025年5月18日是第三十五次全国助残日。", "fact.event_date") == []


def test_ordinal_day_count():
    assert found("2026年3月8日是第115个“三八”国际妇女节。", "fact.anniversary") == ["第115个"]
    assert found("2026年3月8日是第116个“三八”国际妇女节。", "fact.anniversary") == []
    assert found("今年9月30日是第十个烈士纪念日。" + DATED, "fact.anniversary") == ["第十个"]
    assert found("2024年4月15日是第九个全民国家安全教育日。", "fact.anniversary") == []


def test_weekday_before_date():
    assert found("上周五（9月18日），城东街道一家餐饮店液化气软管漏气。" + DATED, "fact.weekday") == ["周五（9月18日）"]
    assert found("上周五（9月19日），城东街道一家餐饮店液化气软管漏气。" + DATED, "fact.weekday") == []
    assert found("上周五（9月18日），城东街道一家餐饮店液化气软管漏气。", "fact.weekday") == []  # no year


def test_undated_anniversary():
    t = "组织党员干部参加纪念中国人民抗日战争暨世界反法西斯战争胜利{}周年主题党日活动。"
    assert found(t.format(70) + DATED_2026, "fact.anniversary") == ["70周年"]
    assert found(t.format(80) + DATED_2026, "fact.anniversary") == []
    # a speech of an earlier year, named by its anniversary
    t = "学习习近平总书记在纪念中国人民抗日战争暨世界反法西斯战争胜利70周年大会上的讲话。"
    assert found(t + DATED_2026, "fact.anniversary") == []


# -- fact: changes and sums ----------------------------------------------------------------------
def test_fall_between_two_dated_figures():
    t = "疫情发生面积由2023年的12.6万亩下降到2025年的8.4万亩，降幅达到{}%。"
    assert found(t.format("23.5"), "fact.percent") == ["23.5%"]
    assert found(t.format("33.3"), "fact.percent") == []
    # a yearly rate is not the whole change
    assert found("研发经费从2020年的56.2亿元增加到2024年的84.3亿元，年均增长10.7%。", "fact.percent") == []


def test_change_as_amount_and_percentage():
    t = "全省一般公共预算收入完成1856.2亿元，比上年增加82.4亿元，同比增长{}%。"
    assert found(t.format("6.8"), "fact.percent") == ["6.8%"]
    assert found(t.format("4.6"), "fact.percent") == []


def test_change_against_bracketed_base():
    t = "全区共接报电信网络诈骗警情386起，同比下降{}%（去年同期为478起）。"
    assert found(t.format("21.4"), "fact.percent") == ["21.4%（去年同期为478起）"]
    assert found(t.format("19.2"), "fact.percent") == []


def test_count_times_amount():
    t = "对全区{}户在档困难职工家庭，每户发放慰问金1000元，共计50万元。"
    assert found(t.format(600), "fact.total") == ["50万元"]
    assert found(t.format(500), "fact.total") == []
    # a ceiling: the sum is not the product
    assert found("对600名一线职工，每人标准不超过300元，共计15万元。", "fact.total") == []


def test_restated_counts():
    t = "本次共涉及全宗86个、档案12.8万卷。\n三、上述{}个全宗的审核工作分两批完成。"
    assert found(t.format(68), "fact.total") == ["68个"]
    assert found(t.format(86), "fact.total") == []
    t = "街道组建应急抢险队伍3支、共100人。\n（二）橙色预警响应。{}支抢险队伍全员在岗待命。"
    assert found(t.format(4), "fact.total") == ["4支"]
    assert found(t.format(3), "fact.total") == []


def test_summary_of_several_sums():
    t = ("授予环卫工程有限公司等5个单位“五一劳动奖状”；授予王建军等20名同志“五一劳动奖章”；"
         "授予急诊科护理组等8个班组“工人先锋号”。以上共表彰先进集体13个、先进个人{}名。")
    assert found(t.format(22), "fact.total") == ["22名"]
    assert found(t.format(20), "fact.total") == []


def test_complementary_breakdown():
    t = "本次共检查省直单位56家、公务车辆412辆，其中发现问题的单位23家、未发现问题的单位{}家。"
    assert found(t.format(31), "fact.total") != []
    assert found(t.format(33), "fact.total") == []
    # two parts that are not each other's negation may leave a remainder
    assert found("本次共检查省直单位56家，其中发现问题的单位23家、整改到位的单位21家。", "fact.total") == []


def test_fully_enumerated_breakdown():
    parts = "滨江街道41条、望湖街道36条、新港街道30条、城东街道28条、城西街道27条、桂园街道26条、白沙街道25条"
    assert found(f"全区7个街道辖区内背街小巷共计231条，其中{parts}。", "fact.total") != []
    assert found(f"全区7个街道辖区内背街小巷共计213条，其中{parts}。", "fact.total") == []
    # eight 街道 and seven listed: a partial breakdown
    assert found(f"全区8个街道辖区内背街小巷共计231条，其中{parts}。", "fact.total") == []
