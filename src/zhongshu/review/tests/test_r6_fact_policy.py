"""Round 6: weekdays dated by the document, sums after their parts, money breakdowns, rates
without a verb, shares, changes against 较…的A, relative event dates, coming anniversaries,
five-year plan years, superseded Party regulations, extra requests in a 请示, 汇报 as a 文种,
regions listed among 国家, swapped canonical wording, 发文字号 after any 机关代字."""

from .helpers import found

DATED = "\n青溪县人民政府办公室\n2025年5月12日\n"


def test_weekday_year_from_document():
    assert found("排查结果请于5月20日（星期三）前报。" + DATED, "fact.weekday") == ["星期三"]
    assert found("排查结果请于5月20日（星期二）前报。" + DATED, "fact.weekday") == []
    # no dated line: the year is unknown
    assert found("排查结果请于5月20日（星期三）前报。", "fact.weekday") == []
    # a December document about January: the year may be the next one
    assert found("请于1月6日（星期二）前报送。\n2025年12月20日\n", "fact.weekday") == []


def test_sum_after_items():
    t = "风力灭火机20台，计9万元；灭火机8台，计20.8万元；卫星电话4部，计4.8万元。以上合计{}万元，拟从专项资金中列支。"
    assert found(t.format("36.6"), "fact.total") == ["36.6万元"]
    assert found(t.format("34.6"), "fact.total") == []
    t = "领导小组成员11人，各县（市、区）巡察办主任9人，被巡察党组织负责人18人，巡察组组长10人，共计{}人。"
    assert found(t.format(46), "fact.total") == ["46人"]
    assert found(t.format(48), "fact.total") == []
    # a clause that is not a part (其中, 新增…) leaves the sum alone
    assert found("全镇有党员120人，其中女党员30人，预备党员5人，共计155人。", "fact.total") == []


def test_money_breakdown_falling_short():
    assert found("本次慰问资金共计320万元，其中县级财政安排200万元、上级补助资金100万元。", "fact.total") != []
    assert found("本次慰问资金共计300万元，其中县级财政安排200万元、上级补助资金100万元。", "fact.total") == []
    assert found("支出救助资金1865万元，其中住院救助1420万元、门诊救助375万元、资助参保50万元。", "fact.total") != []
    # far below the total: a partial breakdown
    assert found("完成投资218亿元，其中产业项目82亿元、民生项目60亿元。", "fact.total") == []
    # parts marked as partial (已/累计…)
    assert found("下达资金500万元，其中已拨付300万元、已支出160万元。", "fact.total") == []


def test_rate_without_verb():
    assert found("累计纳入监测对象586户1873人，已消除风险412户，风险消除率73.1%。", "fact.percentage") == ["73.1%"]
    assert found("累计纳入监测对象586户1873人，已消除风险412户，风险消除率70.3%。", "fact.percentage") == []
    assert found("计划改造户厕650户，已完成585户，完成率85%。", "fact.percentage") == ["85%"]
    assert found("计划改造户厕650户，已完成585户，完成率90%。", "fact.percentage") == []
    # a growth rate is not a share
    assert found("计划投资50亿元，完成投资20亿元，增长率8%。", "fact.percentage") == []


def test_rate_against_stated_total_of_earlier_sentence():
    t = "巡察反馈问题共4个方面32个，逐项制定整改措施96条。截至10月底，已完成整改29个，整改完成率{}%。"
    assert found(t.format("92.6"), "fact.percentage") == ["92.6%"]
    assert found(t.format("90.6"), "fact.percentage") == []


def test_share_of_stated_whole():
    t = "全校共认定家庭经济困难学生2316人，占在校生总数15680人的{}%，其中特别困难学生702人。"
    assert found(t.format("16.8"), "fact.percentage") == ["2316人，占在校生总数15680人的16.8%"]  # from the part to the share (round 35)
    assert found(t.format("14.8"), "fact.percentage") == []


def test_change_against_previous_figure():
    assert found("实际到位资金32.5亿元，较上年同期的26亿元增长30%。", "fact.percent") == ["30%"]
    assert found("实际到位资金32.5亿元，较上年同期的26亿元增长25%。", "fact.percent") == []
    t = "今年共申报29项，其中重点项目5项、一般项目18项、青年项目6项，较上年的25项增长{}%。"
    assert found(t.format(20), "fact.percent") == ["20%"]
    assert found(t.format(16), "fact.percent") == []
    assert found("资产负债率控制在65%以内，较2025年末的67.5%下降3个百分点。", "fact.percent") == ["3个百分点"]
    assert found("资产负债率控制在65%以内，较2025年末的67.5%下降2.5个百分点。", "fact.percent") == []


def test_event_relative_date_and_range():
    dated = "\n2025年3月5日\n"
    assert found("去年10月召开的党的二十届三中全会，对全面从严治党作出部署。" + dated, "fact.event_date") != []
    assert found("去年7月召开的党的二十届三中全会，对全面从严治党作出部署。" + dated, "fact.event_date") == []
    assert found("党的二十届三中全会于2024年7月16日至18日在北京召开。", "fact.event_date") != []
    assert found("党的二十届三中全会于2024年7月15日至18日在北京召开。", "fact.event_date") == []


def test_coming_anniversary_and_plan_year():
    assert found("以优异成绩迎接中国共产党成立106周年。\n2025年12月17日\n", "fact.anniversary") == ["106周年"]
    assert found("以优异成绩迎接中国共产党成立105周年。\n2025年12月17日\n", "fact.anniversary") == []
    # a past celebration is history, not the coming anniversary
    assert found("深入学习庆祝中国共产党成立100周年大会上的重要讲话。\n2025年12月17日\n", "fact.anniversary") == []
    assert found("今年是“十五五”规划开局之年，做好安全生产工作意义重大。\n（2025年10月28日）\n", "fact.plan_year") != []
    assert found("今年是“十四五”规划收官之年，做好安全生产工作意义重大。\n（2025年10月28日）\n", "fact.plan_year") == []
    assert found("明年是“十五五”规划开局之年。\n2025年10月28日\n", "fact.plan_year") == []


def test_superseded_party_regulations_and_rules():
    assert found("严格按照《中国共产党巡视工作条例》（2017年修订）开展整改。", "policy.law_revision") == ["（2017年修订）"]
    assert found("严格按照《中国共产党巡视工作条例》（2024年修订）开展整改。", "policy.law_revision") == []
    assert found("学习《中国共产党纪律处分条例》（2018年修订）。", "policy.law_revision") != []
    assert found("学习《中国共产党纪律处分条例》（2023年修订）。", "policy.law_revision") == []
    assert found("执行《中华人民共和国会计法》（2017年修正）。", "policy.law_revision") != []
    assert found("执行《中华人民共和国会计法》（2024年修正）。", "policy.law_revision") == []
    assert found("对照《普通高等学校学生管理规定》（教育部令第21号），修订制度。", "policy.repealed") != []
    assert found("对照《普通高等学校学生管理规定》（教育部令第41号），修订制度。", "policy.repealed") == []


QINGSHI = "青溪县应急管理局\n关于购置森林防灭火装备的请示\n\n县人民政府：\n　　我局拟购置一批应急救援装备，共需资金36.6万元，恳请县人民政府批准。\n{}\n　　妥否，请批示。\n\n青溪县应急管理局\n2025年3月6日\n"


def test_second_request_in_qingshi():
    assert found(QINGSHI.format("　　另外，因我局人员紧张，恳请县人民政府批准增加事业编制2名。"), "policy.one_matter") != []
    assert found(QINGSHI.format("　　另，为增强凝聚力，恳请同意将福利费标准提高至1500元。"), "policy.one_matter") != []
    # a further explanation of the same request is not a second request
    assert found(QINGSHI.format("　　另外，采购工作将严格按照政府采购有关规定执行。"), "policy.one_matter") == []
    # the same sentence in a 报告 is not checked for 一文一事
    assert found(QINGSHI.replace("的请示", "的报告").format("　　另外，恳请县人民政府批准增加事业编制2名。"), "policy.one_matter") == []


def test_huibao_title_with_recipient():
    t = "青溪县招商服务中心\n\n关于2025年1—10月招商引资工作情况的汇报\n\n县人民政府：\n　　今年以来，我中心……\n"
    assert found(t, "policy.genre") == ["汇报"]
    # an internal 汇报 without 主送机关 or 发文字号 is not a 公文
    t = "关于桃源乡信访工作情况的汇报\n\n　　今年以来，桃源乡……现将有关情况汇报如下。\n"
    assert found(t, "policy.genre") == []


def test_region_among_states():
    assert found("并积极对接日本、韩国、台湾等国家的客商。", "political.region_as_state") == ["台湾等国家"]
    assert found("与英国、新加坡、台湾等国家的9所高校建立合作关系。", "political.region_as_state") == ["台湾等国家"]
    # with 国家和地区 the list is no longer one of states, but 台湾 next to foreign states is still written 中国台湾
    # (round 22: a warning on 台湾 alone, not on the list)
    assert found("与英国、新加坡、台湾等国家和地区的9所高校建立合作关系。", "political.region_as_state") == ["台湾"]
    assert found("与英国、新加坡、中国台湾等国家和地区的9所高校建立合作关系。", "political.region_as_state") == []
    assert found("与英国、新加坡等国家及台湾地区的高校建立合作关系。", "political.region_as_state") == []


def test_outdated_and_swapped_formulations():
    t = "协调推进全面建成小康社会、全面深化改革、全面依法治国、全面从严治党。"
    assert found(t, "political") != []
    assert found(t.replace("全面建成小康社会", "全面建设社会主义现代化国家"), "political") == []
    assert found("到2020年全面建成小康社会，是党的十八大提出的目标。", "political") == []
    assert found("坚决维护党中央权威和统一集中领导。", "political") != []
    assert found("坚决维护党中央权威和集中统一领导。", "political") == []


def test_docno_any_abbreviation():
    assert found("青溪县应急管理局\n\n青应急〔2025〕第12号\n\n关于……的通报\n", "format.docno") == ["〔2025〕第12号"]
    assert found("临江市市场监督管理局\n\n临市监[2025]18号\n\n关于……的通知\n", "format.docno") == ["[2025]18号"]
    assert found("青溪县应急管理局\n\n青应急〔2025〕12号\n\n关于……的通报\n", "format.docno") == []
    # round brackets after an ordinary word are not a 发文字号
    assert found("见附件（2025）第3号表格。", "format.docno") == []
