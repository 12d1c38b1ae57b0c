"""Round 34 (session 26): rules from the leftovers of the earlier sets and from fresh67–fresh70, each with a
case it must leave alone."""

from .helpers import found

# --- 的 and 地 -------------------------------------------------------------------------------------------------------


def test_round34_adverb_of_a_clause_with_its_own_subject():
    assert found("会上，同学们认真的聆听，纷纷表示受益匪浅。", "language.de") == ["的"]
    assert found("民主党派市委会和市工商联积极的建言献策，全年提交调研报告36篇。", "language.de") == ["的"]
    # after a verb that takes the phrase as its object, or a 的 in the clause: a noun phrase
    assert found("会议对下一步工作进行了认真的研究，形成了共识。", "language.de") == []
    assert found("各部门的积极的配合，是完成任务的保证。", "language.de") == []


def test_round34_a_feeling_before_a_verb_of_saying():
    assert found("老住户刘阿姨高兴的说：“没想到老小区也能住上新房。”", "language.de") == ["的"]
    assert found("他高兴的说法得到了大家认同。", "language.de") == []


# --- weekdays of days written without their month ---------------------------------------------------------------------


def test_round34_weekday_of_a_day_carried_from_the_date_before():
    doc = ("关于强降雨过程气象服务情况的报告\n\n市人民政府：\n\n7月26日16时发布重要天气报告，27日（星期日）17时30分发布暴雨黄色预警信号。"
           "\n\n岳川市气象局\n2026年7月29日\n")
    assert found(doc, "fact.weekday") == ["星期日"]
    assert found(doc.replace("星期日", "星期一"), "fact.weekday") == []
    # the dated day's own weekday is of another year than the document's: the year carried is not known
    later = "学生自2027年1月16日（星期六）起放寒假，2月27日（星期六）、28日（星期日）返校报到。\n\n2026年11月20日\n"
    assert found(later, "fact.weekday") == []
    # a day before the dated one is of the next month
    assert found("7月30日召开调度会，3日（星期一）复盘。\n\n2026年8月5日\n", "fact.weekday") == []


# --- campaigns of study --------------------------------------------------------------------------------------------


def test_round34_a_campaign_held_in_another_year():
    assert found("二是纪法意识淡薄。2023年全党开展党纪学习教育以来，仍有个别党员心存侥幸。", "fact.campaign_year") == ["2023年"]
    assert found("2024年，全党集中开展党纪学习教育。", "fact.campaign_year") == []
    assert found("2021年以来开展党史学习教育，成效明显。", "fact.campaign_year") == []
    assert found("2025年巩固党纪学习教育成果。", "fact.campaign_year") == []


# --- political ------------------------------------------------------------------------------------------------------


def test_round34_the_last_item_of_a_quoted_formulation_replaced():
    doc = "协调推进“全面建设社会主义现代化国家、全面深化改革、全面依法治国、全面建成小康社会”战略布局。"
    assert found(doc, "political.formulation_item") == ["全面建成小康社会"]
    assert found(doc.replace("全面建成小康社会", "全面从严治党"), "political.formulation_item") == []


def test_round34_political_terms():
    assert found("中国式现代化是物质文明和政治文明相协调的现代化。", "political.term") == ["物质文明和政治文明相协调的现代化"]
    assert found("着力增强党组织组织功能和政治功能。", "political.term") == ["组织功能和政治功能"]
    assert found("围绕中心、服务大局，团结群众、鼓舞士气，成风化人、凝心聚力。", "political.term") == ["团结群众、鼓舞士气"]
    assert found("着力增强党组织政治功能和组织功能，团结群众、服务群众。", "political.term") == []


# --- policy ---------------------------------------------------------------------------------------------------------


def test_round34_a_huibao_sent_by_a_body_named_before_guanyu():
    doc = "白沙乡人民政府关于2025年秋冬季森林防火工作情况的汇报\n\n县人民政府：\n\n入冬以来，我乡扎实推进各项工作。\n"
    assert found(doc, "policy.genre") == ["汇报"]
    # a speech: 尊敬的各位领导
    assert found(doc.replace("县人民政府：", "尊敬的各位领导："), "policy.genre") == []


def test_round34_an_old_order_number():
    assert found("根据《养老机构管理办法》（民政部令第49号）和有关标准。", "policy.repealed") == ["民政部令第49号"]
    assert found("根据《养老机构管理办法》（民政部令第66号）和有关标准。", "policy.repealed") == []


# --- slips of shape: 人 for 入, 末 for 未 ---------------------------------------------------------------------------


def test_round34_ren_for_ru():
    assert found("调查研究不够深人，对农村残疾人就业的情况了解不全。", "language.typo") == ["深人"]
    assert found("加大财政资金投人，对薄弱村重点扶持。", "language.typo") == ["投人"]
    assert found("夜深人静时，值班人员仍坚守岗位；他是资深人士。", "language.typo") == []


def test_round34_mo_for_wei():
    assert found("全年有4项末按规定时限办结。", "language.collocation") == ["末"]
    assert found("末经联审的项目一律不得签约。", "language.collocation") == ["末"]
    assert found("期末经营情况良好，周末能否加班另行通知，学期末完成考试。", "language.collocation") == []


# --- fresh67–fresh70: figures and dates ------------------------------------------------------------------------------


def test_round34_end_date_before_start_and_years_counted():
    assert found("本年度森林防火期为2026年10月1日至2026年4月30日，其中春节为高火险期。", "fact.period") == ["2026年4月30日"]
    assert found("本年度森林防火期为2026年10月1日至2027年4月30日。", "fact.period") == []
    assert found("《方案》经营期为2026年至2035年，共12年。", "fact.period") == ["12年。"[:-1]]
    assert found("《方案》经营期为2026年至2035年，共10年。", "fact.period") == []


def test_round34_rate_with_a_year_in_its_clause():
    doc = "全省11个设区市中已有8个完成2025年度体检评估，完成率为{}%，其余3个市要抓紧补齐。"
    assert found(doc.format(80), "fact.percentage") == ["80%"]
    assert found(doc.format(72.7), "fact.percentage") == []


def test_round34_shares_of_a_change_and_of_sibling_classes():
    assert found("居住用地由75.97公顷减少为72.35公顷，占规划总用地的比例由40.76%下降为38.81%。", "fact.percentage") == []
    doc = "全省国有林场126个，其中公益一类事业单位占78.6%、公益二类事业单位占{}%。"
    assert found(doc.format(25.4), "fact.share_sum") == ["78.6%、公益二类事业单位占25.4%"]
    assert found(doc.format(21.4), "fact.share_sum") == []
    assert found("其中党员占62%、女性占41%。", "fact.share_sum") == []
    # a share with its whole named (占发案总数的31.2%) is the first of the run
    assert found("刷单返利类诈骗占发案总数的31.2%，虚假投资理财类占22.5%，冒充客服类占14.8%，虚假贷款类占9.6%，"
                 "其他类型合计占21.9%。", "fact.share_sum") == []


# --- fresh67–fresh70: format, language, policy --------------------------------------------------------------------


def test_round34_number_of_a_jiyao_alone_on_its_line():
    doc = "嵩临市地质灾害防治工作联席会议纪要\n\n〔2026〕05号\n\n嵩临市地质灾害防治工作联席会议办公室\n"
    assert found(doc, "format.docno") == ["〔2026〕05号"]
    assert found(doc.replace("05号", "5号"), "format.docno") == []
    assert found("〔2026〕05号文件已印发。", "format.docno") == []


def test_round34_collocations_of_fresh67():
    assert found("组织护林员召开森林防火和林业有害生物防治培训班4期。", "language.collocation") == ["召开森林防火和林业有害生物防治培训班"]
    assert found("新配备3座森林防火巡护无人机。", "language.collocation") == ["3座"]
    assert found("配备3个无人机小组，建设2座无人机机场。", "language.collocation") == []
    assert found("按部就班、等靠观望。", "format.comma_before_etc") == []


def test_round34_an_item_of_the_list_of_requests_for_another_matter():
    doc = ("关于申请安排2027年度耕地保护激励补偿资金的请示\n\n市人民政府：\n\n为确保完成任务，特提出以下请求：\n\n"
           "（一）将2027年度激励补偿资金预算安排为4500万元。\n\n（二）同意市不动产登记中心增加事业编制8名。\n\n妥否，请批示。\n")
    assert found(doc, "policy.one_matter") == ["同意市不动产登记中心增加事业编制8名。"]
    assert found(doc.replace("同意市不动产登记中心增加事业编制8名", "同意按因素法分配资金"), "policy.one_matter") == []


def test_round34_rows_of_the_trade():
    assert found("依据GB/T 21010-2007《土地利用现状分类》进行。", "policy.repealed") == ["GB/T 21010-2007"]
    assert found("由市政府法制办牵头。", "policy.renamed_body") == ["市政府法制办"]
    assert found("坚持党对政法工作的全面领导。", "political.term") == ["党对政法工作的全面领导"]
    assert found("按照国家司法部关于加强司法所建设的意见。", "political.term") == ["国家司法部"]
    assert found("依法保护不动产权力人的合法权益；对行使公权力人员实现监察全覆盖。", "language.typo") == ["权力人"]
    assert found("对于林区风光美轮美奂的林场。", "language.usage") == ["风光美轮美奂"]
