"""Round 29 (session 23): rules from the leftovers of fresh49 and fresh50 and from fresh51–fresh54, each with a
case it must leave alone."""

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
