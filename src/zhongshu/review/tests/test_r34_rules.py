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
