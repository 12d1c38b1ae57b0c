"""Round 23: rules from the blind set fresh39 (a county government office and its bureaus)."""

from .helpers import found


def test_breakdown_by_opposed_kinds_is_closed():
    t = "全县共有在建工程项目146个，其中政府投资项目58个、社会投资项目{}个。"
    assert len(found(t.format(78), "fact.total")) == 1
    assert found(t.format(88), "fact.total") == []
    # 公办/民办 are no partition of 养老机构 (公建民营 too): a partial breakdown stays silent
    assert found("全市共有养老机构56家（其中公办23家、民办20家）。", "fact.total") == []


def test_parts_close_at_the_total_before_another_list():
    t = ("全县城镇燃气经营企业5家，其中管道燃气经营企业1家、瓶装液化石油气经营企业4家；瓶装液化石油气供应站18个；"
         "餐饮、学校食堂等非居民燃气用户1260家。")
    assert found(t, "fact.total") == []
    assert "6家" in found(t.replace("企业4家", "企业6家"), "fact.total")  # a part over the whole


def test_sum_of_members_after_team_counts():
    t = "全县12个乡镇共组建半专业扑火队12支、队员386人，县级专业扑火队1支、队员45人，全县扑火力量共计{}人。"
    assert found(t.format(421), "fact.total") == ["421人"]
    assert found(t.format(431), "fact.total") == []
    # a sum of one category only is no total of the parts before it
    assert found("病毒性肝炎1286例、肺结核942例、梅毒815例、淋病236例，其他乙类传染病合计117例。", "fact.total") == []


def test_change_of_a_concentration():
    t = "PM2.5平均浓度为31微克/立方米，较上年同期的36微克/立方米下降{}%。"
    assert found(t.format("11.9"), "fact.percent") == ["11.9%"]
    assert found(t.format("13.9"), "fact.percent") == []


def test_sibling_with_its_own_rate_is_no_whole():
    t = "全县已化解信访积案47件，化解率54.7%。其中，乡镇化解35件，化解率56.5%；县直部门化解12件，化解率50.0%。"
    assert found(t, "fact.percentage") == []
    # a whole with a rate of another name still counts (有效回收率 … 占有效问卷的)
    t = "发放问卷1200份，回收有效问卷1152份，有效回收率为96%；其中表示满意的1083份，占有效问卷的{}%。"
    assert found(t.format("94.0"), "fact.percentage") == []
    assert found(t.format("90.2"), "fact.percentage") == ["90.2%"]


def test_total_restated_with_swapped_digits():
    t = "经全面排查，全县共有信访积案86件，其中征地拆迁类21件。各乡镇、各部门要对{}件积案逐案建立台账。"
    assert found(t.format(68), "fact.total") == ["68件"]
    assert found(t.format(12), "fact.total") == []  # not a slip of 86: a part may be meant
    assert found(t.format(86), "fact.total") == []


def test_period_entered_on_two_dates():
    t = "自11月1日进入森林防火期以来，县林业局加强巡护。截至11月20日，全县自{}进入防火期以来未发生森林火灾。"
    assert found(t.format("10月1日"), "fact.restated") == ["10月1日"]
    assert found(t.format("11月1日"), "fact.restated") == []
    assert found("自6月1日进入主汛期以来…7月1日进入防火期。", "fact.restated") == []


def test_request_against_the_need():
    t = "经测算，尚需县级配套资金780万元。恳请县人民政府安排并拨付县级配套资金{}万元，用于剩余改造任务。"
    assert found(t.format(680), "fact.restated") == ["680万元"]
    assert found(t.format(780), "fact.restated") == []
    assert found("尚需县级配套资金780万元。恳请县人民政府安排县级配套资金680万元，其余100万元由我局自筹。", "fact.restated") == []


def test_anniversary_in_a_dated_report_of_duties():
    t = "2026年度述职述廉报告\n（2026年11月26日）\n\n　　在庆祝中国共产党成立{}周年之际，带领党员重温入党誓词。"
    assert found(t.format(104), "fact.anniversary") == ["104周年"]
    assert found(t.format(105), "fact.anniversary") == []


def test_three_musts_cited_without_the_last():
    assert found("按照“管行业必须管安全、管业务必须管安全”的要求履行监管职责。", "political.formulation_missing") == [
        "管行业必须管安全、管业务必须管安全"]
    assert found("按照“管行业必须管安全、管业务必须管安全、管生产经营必须管安全”的要求。", "political.formulation_missing") == []
    # an enterprise has no 行业 to run: the first item left out is no slip
    assert found("坚持“管业务必须管安全、管生产经营必须管安全”，严格落实。", "political.formulation_missing") == []


def test_dotted_date_and_colon_after_a_heading():
    t = "关于做好工作的报告\n\n　　二、主要工作及成效：\n　　三、会议议定以下事项：\n\n　　柏岩经济开发区管委会\n　　2026.11.25\n"
    assert found(t, "format.heading_punct") == ["："]
    assert found(t, "format.date") == ["2026.11.25"]
    assert found(t.replace("2026.11.25", "2026年11月25日").replace("成效：", "成效"), "format") == []


def test_round23_collocations():
    cases = {
        "排查一般事故隐患1286处、重大事故隐患4家。": "家",
        "有效提高了扑火队员的实战。": "实战",
        "进一步提高扑火队伍的实战能力和装备，确保拉得出。": "装备",
        "不断完善农民工工资支付监管漏洞。": "完善",
        "力争实现项目建设的新突破和新局面。": "新局面",
        "施工单位认真履行工程质量和安全生产，未发生事故。": "安全生产",
        "经过全局干部职工的共同努力下，我分局深入践行。": "经过全局干部职工的共同努力下",
        "该项目不但是全省重点项目，而且是我区重点项目。": "我区",
        "会议听取了县林业局关于全县冬季森林防火工作准备情况，原则同意。": "情况",
        "较序时进度滞后约两个月，总体推进情况差强人意。": "差强人意",
    }
    for text, span in cases.items():
        assert found(text, "language.collocation") == [span], text
    for text in ("排查隐患企业12家。", "有效提高了扑火队员的实战能力。", "不断完善制度，堵塞监管漏洞。", "开创项目建设新局面。",
                 "认真履行安全生产监管职责，未发生事故。", "经过全体干部职工的共同努力，任务完成。", "在全体干部职工的共同努力下，任务完成。",
                 "该项目不但是我区重点项目，而且是全省重点项目。", "会议听取了县林业局关于准备情况的汇报，原则同意。"):
        assert found(text, "language.collocation") == [], text


def test_round23_data_rows():
    assert found("协调县司法局依据《法律援助条例》为信访群众提供帮助。", "policy.repealed") == ["《法律援助条例》"]
    assert found("事关全面建成小康社会大局。", "political.term") == ["事关全面建成小康社会"]
    assert found("涉及林地图班43个。", "language.typo") == ["图班"]
    assert found("切实防范和遏止重特大事故发生。", "language.usage") == ["防范和遏止"]
    assert found("研究并听取项目企业的意见建议。", "language.usage") == ["研究并听取"]
    # coined slogans are known terms, not slips
    assert found("做到人走火灭、人离电断，真改实改、应改尽改。", "language.nearmiss") == []


# --- from fresh40 (a city's 机关工委, 党校, 老干部局, 台办, 侨联, 科协, 档案馆 and 地方志) ---------------------------

def test_qingshi_copied_to_the_bodies_below():
    t = "关于申请经费的请示\n\n中共澄湾市委组织部：\n\n请批示。\n\n中共澄湾市委党校\n2026年11月18日\n\n抄送：{}。"
    assert found(t.format("各县（市、区）委党校，市财政局"), "policy.qingshi_copy") == ["各县（市、区）委党校"]
    assert found(t.format("市财政局"), "policy.qingshi_copy") == []


def test_works_months_against_start_and_end():
    assert found("项目原定于2026年3月开工、10月底完工，工期6个月。", "fact.period") == ["6个月"]
    assert found("项目原定于2026年3月开工、10月底完工，工期8个月。", "fact.period") == []
    assert found("项目于2026年11月开工、2027年4月完工，工期6个月。", "fact.period") == []


def test_ceremony_outside_its_event():
    t = "我办拟于2026年12月15日至19日举办第五届交流周活动。开幕式定于{}上午举行。"
    assert found(t.format("12月14日"), "fact.restated") == ["12月14日"]
    assert found(t.format("12月15日"), "fact.restated") == []


def test_weekday_of_the_year_a_plan_is_for():
    t = "关于印发《{}年市直机关党的建设工作要点》的通知\n\n7月1日（星期四）前后，组织开展庆祝活动。\n\n2026年11月20日\n"
    assert found(t.format(2027), "fact.weekday") == []
    assert found(t.format(2026), "fact.weekday") == ["星期四"]


def test_two_weeks_of_working_days():
    assert found("2026年12月7日至18日，为期两周。", "fact.period") == []  # Monday to Friday
    assert found("2026年12月8日至19日，为期两周。", "fact.period") == ["两周"]


def test_date_of_the_next_title_is_not_the_laws():
    t = "落实《中华人民共和国档案法》关于信息化建设的要求和自{}起施行的《中华人民共和国档案法实施条例》。"
    assert found(t.format("2024年3月1日"), "fact.law_date") == []
    assert found(t.format("2024年1月1日"), "fact.law_date") == ["2024年1月1日"]  # against the 实施条例's row, not the 档案法's


def test_sun_yat_sen_anniversary_and_partition_by_retirement():
    assert found("在孙中山先生诞辰150周年之际，两岸同胞更应继承。\n\n2026年11月12日\n", "fact.anniversary") == ["150周年"]
    t = "全市共有离退休干部12486人，其中离休干部73人、退休干部{}人。"
    assert len(found(t.format(12315), "fact.total")) == 1
    assert found(t.format(12413), "fact.total") == []


def test_rate_of_archives_counted_in_juan():
    t = "馆藏纸质档案46.8万卷中已完成数字化31.2万卷，数字化率达到{}%。"
    assert found(t.format("68.7"), "fact.percentage") == ["68.7%"]
    assert found(t.format("66.7"), "fact.percentage") == []


def test_number_forms_of_round23():
    assert found("机关党委由7名委员组成，设书记1名；机关纪委由三名委员组成，设书记1名。", "format.number") == ["三名"]
    assert found("马万祺等四人获特别奖，获二、三等奖的作者共13人。", "format.number") == []
    assert found("学习中央八项规定及其实施细则精神，查摆整改问题27项。", "format.number") == []
    assert found("11月12-14日，由市委台办举办。", "format.range_dash") == ["-"]
    assert found("澄湾市科学技术协会\n2026年11月18号\n", "format.date") == ["2026年11月18号"]
    assert found("馆藏纸质档案468,000卷中已完成数字化31.2万卷。", "format.digit_grouping") == ["468,000"]


def test_round23_collocations_from_fresh40():
    cases = {
        "走访慰问离退休干部1260名次，对生病住院的。": "名次",
        "为避免不出现组织疏漏，请贵会明确。": "避免不出现",
        "对进一步加深两岸青年创新创业合作具有意义。": "加深",
        "科普工作的覆盖面和实效性不断扩大。": "扩大",
        "各位学员们，同志们：": "们",
        "同志们，在市委的坚强领导，市委党校办学质量不断提升。": "领导",
        "营造一站式综合服务平台，实现。": "营造",
        "活动进一步增强了两岸青年的相互了解。": "增强",
        "工作人员对群众反映的问题不以为然，既不记录。": "不以为然",
        "也有的学员学风差强人意，来党校学习心不在焉。": "差强人意",
    }
    for text, span in cases.items():
        assert found(text, "language.collocation") == [span], text
    for text in ("在市委的坚强领导下，办学质量不断提升。", "加深对合作的认识。", "营造良好氛围。", "增进两岸青年的相互了解。",
                 "对群众的诉求不以为意的现象仍然存在。", "比赛第3名次日返程。"):
        assert found(text, "language.collocation") == [], text


def test_round23_data_rows_from_fresh40():
    assert found("坚持一个中国政策和“九二共识”。", "political.term") == ["坚持一个中国政策"]
    assert found("介绍了支持台胞台企来华投资的政策措施。", "political.term") == ["台企来华"]
    assert found("同中国具体实际相结合、同中华传统文化相结合。", "political.term") == ["同中华传统文化相结合"]
    assert found("坚决纠治形式主义、官僚主义、享乐主义和铺张浪费。", "political.term") == ["享乐主义和铺张浪费"]
    assert found("严格执行《纸质档案数字化技术规范》（DA/T 31—2005）。", "policy.repealed") == ["DA/T 31—2005"]
    assert found("博学之，审问之，慎思之，明辩之，笃行之。", "language.typo") == ["明辩"]
    assert found("要为志愿服务活动提供必须的经费。", "language.context") == ["必须"]
    assert found("部分形成年代较早、纸张脆化的档案需先行修复。", "language.nearmiss") == []
