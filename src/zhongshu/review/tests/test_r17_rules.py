"""Round 17: rules and data from the blind sets fresh27/28, the false alarms they showed, and the speed changes
(patterns rewritten to start with a literal, the phrase index by rare pairs) that must keep every finding."""

import re

from zhongshu.review.matcher import PhraseMatcher
from zhongshu.review.rules import fact, numbers, stated_sums

from .helpers import found


def test_a_fixed_formulation_with_one_item_left_out():
    text = ("坚持以马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想、习近平新时代中国特色社会主义思想为指导，"
            "统筹推进经济建设、政治建设、文化建设、社会建设“五位一体”总体布局，坚定道路自信、理论自信、制度自信，增强政治意识。")
    got = found(text, "political.formulation_missing")
    assert len(got) == 3 and got[1] == "经济建设、政治建设、文化建设、社会建设" and got[2] == "道路自信、理论自信、制度自信"
    complete = ("坚持马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想、科学发展观、习近平新时代中国特色社会主义思想，"
                "坚定道路自信、理论自信、制度自信、文化自信。")
    assert found(complete, "political.formulation_missing") == []
    # a list open at either end, or a prefix of a long formulation, is another list
    assert found("推进经济建设、政治建设、文化建设和社会建设。坚持马克思列宁主义、毛泽东思想、邓小平理论。",
                 "political.formulation_missing") == []


def test_order_of_the_mission_of_propaganda_work():
    assert found("紧紧围绕“举旗帜、聚民心、兴文化、育新人、展形象”的使命任务", "political.formulation_order") != []
    assert found("紧紧围绕“举旗帜、聚民心、育新人、兴文化、展形象”的使命任务", "political.formulation_order") == []


def test_meeting_names_take_no_title_marks():
    assert found("按照《全市防汛抗旱工作会议》部署要求。", "format.title_marks") == ["《全市防汛抗旱工作会议》"]
    assert found("印发《全市安全生产工作会议纪要》和《在全市工作会议上的讲话》。", "format.title_marks") == []


def test_anniversaries_from_a_summary_title_a_plan_year_and_a_speech_date():
    summary = "中共云川市委统战部2024年工作总结\n\n隆重纪念人民政协成立70周年，举办座谈会。2025年，将继续。"
    assert found(summary, "fact.anniversary") == ["70周年"]
    assert found(summary.replace("70周年", "75周年"), "fact.anniversary") == []
    assert found("今年是“十四五”规划收官之年，也是总体国家安全观提出10周年。", "fact.anniversary") == ["10周年"]
    assert found("今年是“十四五”规划收官之年，也是总体国家安全观提出11周年。", "fact.anniversary") == []
    speech = "（2025年6月24日）\n同志们，再过几天，我们将迎来中国共产党成立105周年。"
    assert found(speech, "fact.anniversary") == ["105周年"]
    assert found(speech.replace("105", "104"), "fact.anniversary") == []


def test_a_report_that_asks_for_approval():
    text = "岚溪市水利局关于2024年审计整改情况的报告\n\n市人民政府：\n　　现将整改情况报告如下。以上报告，请予审批。\n"
    assert found(text, "policy.report_with_request") == ["请予审批"]


def test_collocations_measure_words_and_de():
    assert found("要切实加强对项目建设的监督管理和质量，严格落实", "language.collocation") == ["加强对项目建设的监督管理和质量"]
    assert found("调动居民参与改造的积极性和主体作用，引导", "language.collocation") != []
    assert found("村民环保意识得到明显改善，建成", "language.collocation") == ["意识得到明显改善"]
    assert found("环保意识和人居环境得到改善。", "language.collocation") == []
    assert found("推动成员提高理论素养和工作作风，为", "language.collocation") == ["提高理论素养和工作作风"]
    assert found("深入田间地头聆听群众意见。", "language.collocation") == ["聆听群众意见"]
    assert found("拟新建一家小学，即城东第二小学。", "language.collocation") == ["家"]
    assert found("全市已有471家学校食堂实现明厨亮灶。", "language.collocation") == []
    assert found("选派驻村第一书记86个，实现全覆盖。", "language.collocation") == ["书记86个"]
    assert found("群众满意度明显的提升，各街道要总结。", "language.de") == ["的"]
    assert found("群众满意度有了明显的提升。", "language.de") == []


def test_context_cues_of_difang_and_yizhi():
    assert found("对126.5公里提防以及低洼易涝区域开展排查。", "language.context") == ["提防"]
    assert found("要时刻提防电信诈骗。", "language.context") == []
    assert found("监管稍有松懈，以至基金流失。", "language.context") == ["以至"]
    assert found("坚持以锲而不舍、驰而不息的韧劲纠治“四风”。", "language.context") == []


def test_misnamed_and_superseded_rules_and_political_terms():
    got = found("依据《中华人民共和国抗旱法》《优化营商环境实施条例》《中华人民共和国反电信诈骗法》执行。", "policy.repealed")
    assert got == ["《中华人民共和国抗旱法》", "《优化营商环境实施条例》", "《中华人民共和国反电信诈骗法》"]
    assert found("依据《优化营商环境条例》和《中华人民共和国反电信网络诈骗法》。", "policy.repealed") == []
    assert found("以树牢中华民族共同体意识为主线", "political.term") != []
    assert found("坚决维护习近平总书记的核心地位，坚决维护党中央权威", "political.term") != []


def test_typos_and_idioms_of_the_round():
    assert found("坚持五湖四海、任人为贤。", "language.idiom") == ["任人为贤"]
    assert found("对中央八项规定精神置若惘闻。", "language.idiom") == ["置若惘闻"]
    assert found("我局将积极配和贵局做好资料准备。", "language.typo") == ["积极配和"]
    assert found("搭配和使用，分配和调度。", "language.typo") == []
    assert found("由周秘书长主持。", "language.typo") == []
    assert found("新建蔬菜大蓬120亩，归集基础数椐2.36亿条。", "language.typo") == ["大蓬", "数椐"]


def test_near_miss_of_a_four_character_phrase_after_a_list_comma():
    # 周 is a surname, but a four-character variant is no name
    assert found("精心组织、周秘安排会务保障。", "language.nearmiss") == ["周秘安排"]


def test_breakdown_false_alarms_of_fresh28():
    schools = "全市现有中小学68所，其中小学41所、初中19所、普通高中5所、九年一贯制学校3所；幼儿园86所，其中公办幼儿园52所、民办幼儿园34所。"
    assert found(schools, "fact.total") == []
    assert found(schools.replace("学校3所", "学校8所"), "fact.total") != []
    relief = ("对低保对象8315人（其中城市1587人、农村6728人）和特困人员1342人（其中集中供养406人、分散供养936人），"
              "每人发放一次性生活补贴300元，共需资金289.71万元。")
    assert found(relief, "fact.total") == []
    phases = ("改造城镇老旧小区17个、城中村2个，新建口袋公园、街头绿地6个，配建停车设施。其中，一期重点实施7个老旧小区改造；"
              "二期重点推进2个城中村改造。")
    assert found(phases, "fact.total") == []
    assert found("为改变“等资金、等政策”的被动局面。", "format.comma_before_etc") == []
    assert found("包括省、市、等各级。", "format.comma_before_etc") != []


def test_patterns_rewritten_to_start_with_a_literal_match_as_before():
    # each pair: the pattern as it was (a look-behind first) and as it is; the same matches on text built to probe
    # the edges (start of text, a number continued by a digit or a point, a full-width comma)
    text = ("12.5万元，3,856名、4000余人，2024年3月1日起；12，500户；15-20亿元；0571—88886666；第123名企业；"
            "1998年、20251年；合计18人，共计20人，计12人；5%%；三次产业结构调整为12.5∶46.3∶40.2")
    pairs = [
        (r"(?<![\d.])" + fact._QTY.format("b"), fact._lead(fact._QTY.format("b"))),
        (r"(?<![\d.])((?:19|20)\d\d)年", fact._YEAR_ONLY.pattern),
        (r"(?<![\d，.])\d{1,3}(?:，\d{3})+(?![\d，])", r"\d(?<![\d，.]\d)\d{0,2}(?:，\d{3})+(?![\d，])"),
        (r"(?<![合共总小])计\s*\d+", r"计(?<![合共总小]计)\s*\d+"),
        (r"[%％]{2,}", numbers._DOUBLE_PCT.pattern),
        (r"(?:三次)?产业结构", r"(?:三次产业|产业)结构"),
    ]
    for old, new in pairs:
        a = [(m.span(), m.groups()) for m in re.finditer(old, text)]
        b = [(m.span(), m.groups()) for m in re.finditer(new, text)]
        assert a == b and a, (old, new)
    assert stated_sums._SECTORS.search(text) is not None


def test_phrase_matcher_indexed_by_a_rare_pair_finds_the_longest_match():
    m = PhraseMatcher()
    for t in ("服务对像", "服务对", "对像", "工作作凤", "作凤"):
        m.add(t, t)
    m.freeze(words=frozenset(("服务", "工作")))
    got = [(s, e, p.payload) for s, e, p in m.finditer("为服务对像提供，抓工作作凤建设，作凤")]
    assert got == [(1, 5, "服务对像"), (9, 13, "工作作凤"), (16, 18, "作凤")]
    assert m._anchors.keys() >= {"务对", "作作", "对像", "作凤"}  # 服务对像 is indexed by 务对, not by 服务


def test_a_named_year_outranks_the_plan_year_as_the_documents_year():
    # with one year named and no full date, that year is the document's: the plan-year statement is then checked
    # against it, not taken as the year itself
    assert found("2025年工作安排：今年是“十四五”开局之年。", "fact.plan_year") != []
    assert found("2021年工作安排：今年是“十四五”开局之年。", "fact.plan_year") == []
