"""Round 29 (session 23): rules from the leftovers of fresh49 and fresh50 and from fresh51–fresh54, each with a
case it must leave alone."""

from zhongshu.review import default_reviewer

from .helpers import found

# --- figures ---------------------------------------------------------------------------------------------------------


def test_round29_change_against_the_base_after_bi():
    assert found("全年完成调查地块126个，比上年的98个增加22个。", "fact.difference") == ["22个"]
    assert found("排查隐患126处，较上年同期的98处多22处。", "fact.difference") == ["22处"]
    assert found("全年完成调查地块126个，比上年的98个增加28个。", "fact.difference") == []
    assert found("受理案件98件，比上年的126件减少28件。", "fact.difference") == []
    assert found("受理案件98件，比上年的126件增加28件。", "fact.difference") == []  # words against figures: another slip
    assert found("新增就业1.26万人，比上年的9800人增加2800人。", "fact.difference") == []  # scales differ


def test_round29_named_period_and_its_days():
    assert found("2027年2月1日至4月30日为高火险期，共计100天。", "fact.period") == ["100天"]
    assert found("2027年2月1日至4月30日为高火险期，共计89天。", "fact.period") == []


# --- laws and documents ----------------------------------------------------------------------------------------------


def test_round29_effective_date_in_brackets_and_by_back_reference():
    assert found("重点研读《中华人民共和国土壤污染防治法》（2018年1月1日起施行）。", "fact.law_date") == ["2018年1月1日"]
    assert found("重点研读《中华人民共和国土壤污染防治法》（2019年1月1日起施行）。", "fact.law_date") == []
    text = "已依据《医疗保障基金使用监督管理条例》作出处理。该条例自{}起施行，明确规定了罚则。"
    assert found(text.format("2020年5月1日"), "fact.law_date") == ["2020年5月1日"]
    assert found(text.format("2021年5月1日"), "fact.law_date") == []
    # 该规定 names no 条例: the law before it is not the one meant
    assert found("依据《医疗保障基金使用监督管理条例》处理。该规定自2020年5月1日起施行。", "fact.law_date") == []


def test_round29_year_a_document_was_issued():
    assert found("要严格对照《中央生态环境保护督察工作规定》（2017年印发）有关要求。", "fact.law_date") == ["2017年"]
    assert found("要严格对照《中央生态环境保护督察工作规定》（2019年印发）有关要求。", "fact.law_date") == []
    assert found("对照国家卫生健康委等10部门2021年印发的《关于全面推进紧密型县域医疗卫生共同体建设的指导意见》。",
                 "fact.law_date") == ["2021年"]
    assert found("1999年公布的《森林法》", "fact.law_date") == []  # an older version the table may lack


# --- language --------------------------------------------------------------------------------------------------------


def test_round29_adverb_de_verb_after_a_subject():
    assert found("全县困难群众保障水平稳步的提高。", "language.de") == ["的"]
    assert found("“三改联动”有序的推进，全省累计完成改造。", "language.de") == ["的"]
    assert found("全县困难群众保障水平稳步地提高。", "language.de") == []
    assert found("实现了稳步的提高。", "language.de") == []


def test_round29_complement_before_another_daowei():
    assert found("把每一项工作做的扎实、做到位。", "language.de") == ["的"]
    assert found("把每一项工作做得扎实、做到位。", "language.de") == []


def test_round29_meeting_verb_with_activities():
    assert found("全年召开校园科技节、艺术节等活动。", "language.collocation") == ["召开校园科技节、艺术节等活动"]
    assert found("全年举办校园科技节、艺术节等活动。", "language.collocation") == []
    assert found("召开座谈会、报告会等活动。", "language.collocation") == []


def test_round29_yiwang():
    assert found("慢性病患者已往需要到县城复诊。", "language.typo") == ["已往"]
    assert found("车辆已往返3次。", "language.typo") == []


def test_round29_sum_after_a_list_opened_by_qizhong():
    text = "其中学校流感聚集性疫情3起、托幼机构诺如病毒感染聚集性疫情1起、养老机构流感聚集性疫情1起，共计{}起，均已处置。"
    assert found(text.format(6), "fact.total") == ["6起"]
    assert found(text.format(5), "fact.total") == []


def test_round29_award_sum_with_the_slip_of_shouyu():
    text = "决定授于桐溪县林业局等10个单位“先进集体”称号，授予周建军等25名同志“先进个人”称号，共计{}个（名）。"
    assert found(text.format(36), "fact.total") == ["36个"]
    assert found(text.format(35), "fact.total") == []


def test_round29_done_and_the_rest():
    text = "全县14个乡镇（街道）均应建成未成年人保护工作站。目前已建成9个，其余{}个要于2027年6月底前全部建成。"
    assert found(text.format(6), "fact.difference") == ["6个"]
    assert found(text.format(5), "fact.difference") == []


def test_round29_aforesaid_sum():
    assert found("原则同意安排资金1200万元，由县财政局统筹。上述1500万元资金要专款专用。", "fact.restated") == ["1500万元"]
    assert found("安排资金1200万元、300万元。上述1500万元资金要专款专用。", "fact.restated") == []  # the sum of both
    assert found("上述1500万元资金要专款专用。", "fact.restated") == []  # nothing before to compare


def test_round29_order_number_of_another_ministry():
    text = "未按照《高层民用建筑消防安全管理规定》（{}第5号）要求开展防火巡查。"
    assert found(text.format("公安部令"), "policy.document_number") == ["公安部令第5号"]
    assert found(text.format("应急管理部令"), "policy.document_number") == []


def test_round29_article_in_arabic_among_chinese_ones():
    lines = ["第一条　总则", "第二条　适用范围", "第三条　职责分工", "第四条　检查内容", "第{}条　网格检查组的主要职责", "第六条　附则"]
    assert found("\n".join(lines).format(5), "format.article_number") == ["第5条"]
    assert found("\n".join(lines).format(5), "format.article_sequence") == []  # the run goes on: no second finding
    assert found("\n".join(lines).format("五"), "format.article_number") == []
    arabic = "\n".join(f"第{k}条　内容" for k in range(1, 6))
    assert found(arabic, "format.article_number") == []  # a house style of its own, kept throughout


def test_round29_plan_year_from_year_and_month_dates():
    text = "今年是“十四五”规划开局之年。2026年9月至10月，调研组开展调研。截至2026年9月底，全县户籍人口28.4万人。"
    assert found(text, "fact.plan_year") == ["“十四五”规划开局之年"]
    assert found(text.replace("十四五", "十五五"), "fact.plan_year") == []


# --- false alarms of fresh51–fresh56's clean texts, each with the slip the rule still finds ------------------------


def test_round29_rate_whose_whole_stands_in_the_sentence_before():
    text = ("计划安排审计项目46个。截至2026年10月31日，已完成审计项目38个，正在实施6个，尚未启动2个，"
            "项目完成率为{}%。")
    assert found(text.format("82.6"), "fact.percentage") == []
    assert found(text.format("72.6"), "fact.percentage") == ["72.6%"]


def test_round29_breakdown_parts_without_figures_and_unrelated_criteria():
    assert found("已完成轮换0.93万吨，其中小麦、玉米已全部完成，稻谷完成0.28万吨，剩余0.12万吨。", "fact.total") == []
    assert found("2027年将有2名员额法官退休。从审判辅助力量看，现有法官助理31名、书记员46名。", "fact.total") == []
    assert found("全市共有养老机构56家。按性质分，公办28家，民办26家。", "fact.total") != []  # a 共 total still counts


def test_round29_party_committee_of_a_commission_and_split_repeats():
    assert found("中共云岫省人民政府国有资产监督管理委员会委员会：", "language.duplicate") == []
    assert found("加快推进新设社区警务区警务室建设。", "language.duplicate") == []
    assert found("县供销合作社社属各企业：", "language.duplicate") == []
    assert found("要认真贯彻贯彻中央精神。", "language.duplicate") == ["贯彻"]  # a word repeated: the second copy


def test_round29_doubled_character_reported_on_both_copies():
    text = "各成员单位要要进一步完善常态化防止返贫监测机制。"
    r = default_reviewer().review(text)
    f = next(f for f in r.findings if f.rule == "language.duplicate")
    assert text[f.start : f.end] == "要要" and f.suggestion == "要"


def test_round29_brunt_under_a_cold_wave_and_passable_said_right():
    assert found("入冬以来低温雨雪冰冻天气增多，山区高速公路首当其冲，各单位要提前储备物资。", "language.collocation") == []
    assert found("学院的就业工作只能说差强人意，与学校的要求还有差距。", "language.collocation") == []
    assert found("部分单位整改效果差强人意，存在屡审屡犯问题。", "language.collocation") == ["差强人意"]


# --- figures and dates -----------------------------------------------------------------------------------------------


def test_round29_reply_dated_before_the_request():
    text = "你局{}报来的《关于建设零工市场的请示》收悉。经研究，现批复如下。\n\n鹤溪县人力资源和社会保障局\n2026年11月24日"
    assert found(text.format("11月26日"), "fact.received_after") == ["11月26日"]
    assert found(text.format("11月20日"), "fact.received_after") == []


def test_round29_deadline_past_at_signing_or_at_the_meeting():
    text = "各庭须于{}前将长期未结案件清单报审管办。\n\n县人民法院\n2026年11月17日"
    assert found(text.format("11月13日"), "fact.date_order") == ["11月13日"]
    assert found(text.format("11月30日"), "fact.date_order") == []
    minutes = "中共临澄市直属机关工作委员会办公室　　　　2026年11月19日\n\n会议纪要\n\n一是各单位要于{}前报送总结。"
    assert found(minutes.format("11月16日"), "fact.date_order") == ["11月16日"]
    assert found(minutes.format("11月26日"), "fact.date_order") == []


def test_round29_attendance_and_shifts():
    text = "会议应到董事9名，实到董事{}名，董事王启明因公务原因未能出席，书面委托董事长代为表决。"
    assert found(text.format(9), "fact.count") == ["9名"]
    assert found(text.format(8), "fact.count") == []
    assert found("实行每日三班轮换，每班12小时。", "fact.count") == ["12小时"]
    assert found("实行每日三班轮换，每班8小时。", "fact.count") == []


def test_round29_weekday_of_a_coming_day_after_next_years_dates():
    text = "2027年元旦假期为1月1日（星期五）至1月3日。12月31日（{}）下午，各部门开展安全检查。\n\n县人民法院\n2026年11月25日"
    assert found(text.format("星期五"), "fact.weekday") == ["星期五"]
    assert found(text.format("星期四"), "fact.weekday") == []


def test_round29_number_grouped_with_a_space_is_one_number():
    assert found("发放问卷2 160份，收回有效问卷2 087份，有效回收率为96.6%。", "fact.percentage") == []


def test_round29_law_year_since_and_grouped_formulations():
    assert found("《中华人民共和国统计法》自1985年颁布实施以来，对于保障统计", "fact.law_date") == ["1985年"]
    assert found("《中华人民共和国统计法》自1983年颁布实施以来，对于保障统计", "fact.law_date") == []
    text = "各级部门牢固树立{}，坚持人民至上、生命至上。"
    assert found(text.format("大局意识、政治意识、核心意识、看齐意识"), "political.formulation_order") != []
    assert found(text.format("政治意识、大局意识、核心意识、看齐意识"), "political.formulation_order") == []


# --- format ----------------------------------------------------------------------------------------------------------


def test_round29_document_number_forms():
    assert found("栖川县人民法院\n\n栖法〔2026年〕58号\n", "format.docno") == ["〔2026年〕58号"]
    assert found("你委淮发改农经函〔2026〕87号《关于征求意见的函》收悉。", "format.citation_order") == ["淮发改农经函〔2026〕87号"]
    assert found("你委《关于征求意见的函》（淮发改农经函〔2026〕87号）收悉。", "format.citation_order") == []


def test_round29_hyphen_ranges_and_short_years():
    assert found("计划3-5年内累计投入。", "format.range_dash") == ["3-5"]
    assert found("每年11月-次年3月是农田水利建设的黄金期。", "format.range_dash") == ["-"]
    assert found("到27年底，全市数字经济核心产业增加值突破900亿元。", "format.short_year") == ["27年"]
    assert found("规划期为2021—2025年。", "format.range_dash") == []


# --- language --------------------------------------------------------------------------------------------------------


def test_round29_language_rows_of_the_round():
    cases = {
        "值班期间严禁值班人员不得饮酒。": "language.collocation",
        "比例大约控制在30%左右。": "language.collocation",
        "一般性支出降低了2倍。": "language.collocation",
        "我市从2021年开始起实施年轻干部培养工程。": "language.collocation",
        "研讨会期间中，与会专家围绕工业互联网发言。": "language.collocation",
        "是实现全年目标任务的必须条件，大家务必保持清醒。": "language.collocation",
        "对犯罪嫌疑人的询问笔录存在内容简单问题。": "language.context",
        "个别单位存在违规扣压涉案财物问题。": "language.context",
        "应急、公安等部门快速反映，10分钟内抵达现场。": "language.context",
        "严格打击制售假劣农资违法行为。": "language.usage",
        "追回医保基金1200多万余元。": "language.usage",
    }
    for text, rule in cases.items():
        assert found(text, rule) != [], text
    for text in ("各单位必须设施齐全。", "帮带的必须是困难户。", "及时反映工作动态。", "暴雨期间中心城区出现积水。",
                 "从2021年开始起草规划。", "降低了一倍。"):
        assert found(text, "language.collocation") == [] and found(text, "language.context") == [], text


def test_round29_political_rows_of_the_round():
    for text in ("坚持政治建警、从严治警、改革强警、科技兴警。", "坚持和发扬新时代“枫桥经验”。", "坚持稳中求快工作总基调。",
                 "做到早处置、早报告、早发现。", "坚决拥护党中央权威和集中统一领导。"):
        assert [f for f in default_reviewer().review(text).findings if f.category == "political"], text
    assert not [f for f in default_reviewer().review("坚持政治建警、改革强警、科技兴警、从严治警。").findings
                if f.category == "political"]


# --- round 31 (fresh57, fresh58) -------------------------------------------------------------------------------------


def test_round31_rows_and_their_neighbours():
    assert found("截至2026年10月底为止，全市共有低保对象。", "language.collocation") == ["截至2026年10月底为止"]
    assert found("截至目前为止，全市共有低保对象。", "language.usage") == ["截至目前为止"]  # the row with its suggestion
    assert found("给予5～10万元创业担保贷款。", "format.range_unit") == ["5～10万"]
    assert found("给予5万～10万元创业担保贷款。", "format.range_unit") == []
    assert found("各部门要对26年以来受理的信访事项开展排查。", "format.short_year") == ["26年"]
    assert found("会议通过并讨论了《实施方案》。", "language.order") == ["通过并讨论"]
    assert found("最好的方式就是发扬先烈遗志。", "language.collocation") == ["发扬先烈遗志"]
    assert found("按照交通部关于加快智慧港口建设的部署。", "policy.renamed_body") == ["交通部关于"]
    assert found("各交通部门要加强协作。", "policy.renamed_body") == []
    assert found("开展有针对性的指导服务。", "language.collocation") == []
    assert found("要有针对性的制定帮扶计划。", "language.collocation") == ["的"]
