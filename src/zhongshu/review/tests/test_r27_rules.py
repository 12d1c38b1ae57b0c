"""Round 27 (session 22): the phrase files' shorthand and duplicate rows, and rules from fresh47 and fresh48, each
with a case it must leave alone."""

from zhongshu.review import default_reviewer
from zhongshu.review.knowledge import PHRASE_FILES
from zhongshu.review.dictionary import load_builtin

from .helpers import found

# --- the phrase files -----------------------------------------------------------------------------------------------


def test_round27_no_message_says_same_as_above():
    """“同上” in a data file means the row above's reason: a clerk must read that reason, never “同上”."""
    r = default_reviewer()
    for text in ("要加强与港澳台等国家的交流。", "坚持做优做强做大国有企业。", "推动物质文明与精神文明相协调的现代化。"):
        fs = [f for f in r.review(text).findings if f.rule == "political.term"]
        assert fs, text
        assert all("同上" not in f.message for f in fs)
    msg = next(f.message for f in r.review("推动物质文明与精神文明相协调的现代化。").findings if f.rule == "political.term")
    assert "用“和”不用“与”" in msg and "中国式现代化" in msg


def test_round27_phrase_files_have_each_wrong_form_once():
    """A later row silently replaced an earlier one with the same wrong form: each file lists a form once."""
    for name in PHRASE_FILES:
        keys = [row[0] for row in load_builtin(name).rows]
        dup = sorted({k for k in keys if keys.count(k) > 1})
        assert dup == [], (name, dup)


# --- a count after the list it sums up ------------------------------------------------------------------------------


def test_round27_count_right_after_its_list():
    assert found("对被判处管制、宣告缓刑、假释和暂予监外执行的三类罪犯依法实行社区矫正。", "fact.count") == ["三类"]
    assert found("推进道路、桥梁、隧道和涵洞等三类设施建设。", "fact.count") == ["三类"]
    assert found("重点围绕产业、人才、资金、土地三个方面开展调研。", "fact.count") == ["三个方面"]
    assert found("对被判处管制、宣告缓刑、假释和暂予监外执行的四类罪犯依法实行社区矫正。", "fact.count") == []
    assert found("聚焦教育、医疗等五大领域。", "fact.count") == []  # 等: two of five named
    assert found("增强“四个意识”、坚定“四个自信”、做到“两个维护”。", "fact.count") == []
    assert found("赠送省图书馆、市县两级档案馆。", "fact.count") == []
    assert found("把表彰大会、省委六届七次全会、计划工作会议、经济工作会议四个会套在一起开。", "fact.count") == []
    assert found("连续在第二、第三个春节送礼。", "fact.count") == []


# --- from fresh48 (a province's 商务厅, 文旅厅, 外办, 台办; a city's 统战部, 侨联, 民宗局; a 综合保税区) ---------------


def test_round27_verb_and_object_table():
    assert found("持续加快通关便利化水平，区内企业满意。", "language.collocation") == ["加快通关便利化水平"]
    assert found("扩大我省在东盟地区的知名度和影响力。", "language.collocation") == ["扩大我省在东盟地区的知名度"]
    assert found("为深刻吸收近年来国内外群众性活动拥挤踩踏事故教训，", "language.collocation") == ["吸收近年来国内外群众性活动拥挤踩踏事故教训"]
    assert found("建立了浓厚的民族团结氛围。", "language.collocation") == ["建立了浓厚的民族团结氛围"]
    assert found("加快提升服务水平。", "language.collocation") == []  # the nearer verb fits
    assert found("扩大高水平对外开放。", "language.collocation") == []
    assert found("营造人人关心创建、人人参与创建的浓厚氛围。", "language.collocation") == []
    assert found("进一步提升预报精度和预警覆盖面。", "language.collocation") == []


def test_round27_acts_in_the_wrong_order():
    assert found("完善并制定应急预案。", "language.order") == ["完善并制定"]
    assert found("对排查发现的问题要及时整改并发现。", "language.order") == ["整改并发现"]
    assert found("制定并完善应急预案。", "language.order") == []


def test_round27_speakers_counted_before_a_colon():
    text = "会议听取了3个单位的工作汇报：市商务局汇报了经贸合作情况，市外办汇报了团组管理情况，市侨联汇报了联谊工作情况，市文旅局汇报了交流合作情况。"
    assert found(text, "fact.count") == ["3个单位"]
    assert found(text.replace("3个", "4个"), "fact.count") == []


def test_round27_figures():
    assert found("进口整体通关时间压缩至28.6小时，较上年的36.2小时压缩了25.3%。", "fact.percent") == ["25.3%"]
    assert found("进口整体通关时间压缩至28.6小时，较上年的36.2小时压缩了21.0%。", "fact.percent") == []
    assert found("实际使用外资18.6亿美元，其中制造业11.2亿美元，占比65.2%。", "fact.percentage") == ["65.2%"]
    assert found("团组共8人（名单见附件），由省政府1人、省商务厅2人、省外办1人、省贸促会1人和重点企业代表4人组成。", "fact.total")
    assert found("团组共9人，由省政府1人、省商务厅2人、省外办1人、省贸促会1人和重点企业代表4人组成。", "fact.total") == []
    assert found("来自台湾的专家等86人，以及大陆有关部门、高校和企业代表120人，共计216人参加论坛。", "fact.total") == ["216人"]
    assert found("同意于2026年12月10日至11日举办“2026枫原国际友好城市合作论坛”，为期3天。", "fact.period") == ["3天"]
    assert found("内地与香港CEPA于2004年6月签署以来。", "fact.event_date") == ["2004年6月"]


def test_round27_npc_term_on_its_date():
    assert found("（2023年6月28日第十三届全国人民代表大会常务委员会第三次会议通过）", "policy.law_citation") == ["十三"]
    assert found("（2023年6月28日第十四届全国人民代表大会常务委员会第三次会议通过）", "policy.law_citation") == []
    assert found("2018年3月11日第十三届全国人民代表大会第一次会议通过", "policy.law_citation") == []
    assert found("2022年12月30日第十三届全国人民代表大会常务委员会第三十八次会议修订", "policy.law_citation") == []


def test_round27_statutory_figures_and_authority():
    text = "每场次预计参加人数达到5000人以上的游园属于大型群众性活动，由活动所在地文化和旅游主管部门依法实施安全许可。"
    assert found(text, "policy.rule_figure") == ["5000人"]
    assert found(text, "policy.authority") == ["活动所在地文化和旅游主管部门"]
    assert found("由活动所在地县级人民政府公安机关依法实施安全许可。", "policy") == []
    assert found("增加赔偿的金额为价款或者接受服务的费用的两倍。", "policy.rule_figure") == ["两倍"]


def test_round27_terms_and_words():
    assert found("贯彻“港人治港”“澳人治澳”、高度自主的方针。", "political.term")
    assert found("吸引台湾青年来华参访。", "political.term") == ["台湾青年来华"]
    assert found("深化中台农业合作。", "political.term") == ["中台农业"]
    assert found("建设数据中台。", "political.term") == []
    assert found("在就业、住房保障等方面上为台胞提供便利。", "language.collocation") == ["上"]
    assert found("在质量、品种等方面上档次。", "language.collocation") == []
    assert found("各地商务部门要主动的上门服务。", "language.de") == ["的"]
    assert found("提供热情的上门服务。", "language.de") == []
    assert found("个别场所存在未经审批善自扩建现象。", "language.context") == ["善自"]
    assert found("完善自身制度。", "language.context") == []
    assert found("二是设备老化，高峰时段查验能力差强人意；", "language.collocation") == ["差强人意"]


# --- from fresh47 (a city's 住建局, 城管局, 自然资源和规划局, 交通运输局 and a 城投 group) ------------------------------------


def test_round27_one_click_fixes_keep_the_phrase():
    """A suggestion replaces the reported span: for a pattern that names two words apart, the whole phrase is reported and
    the suggestion is the phrase corrected, not the one word put in place of the phrase."""
    r = default_reviewer()
    for text, want in (("虽然任务重，因此要加班。", "虽然任务重，但要加班。"),
                       ("加强行前教育，防止团组成员不出现违纪行为。", "加强行前教育，防止团组成员出现违纪行为。"),
                       ("要切实履行好耕地保护主体作用。", "要切实发挥好耕地保护主体作用。"),
                       ("只要坚持下去，才能成功。", "只有坚持下去，才能成功。"),
                       ("出动救生艇12辆。", "出动救生艇12艘。")):
        f = next(f for f in r.review(text).findings if f.rule == "language.collocation")
        assert text[: f.start] + f.suggestion + text[f.end :] == want


def test_round27_fact_rules_of_fresh47():
    assert found("2026年计划改造186公里，截至10月底已完成158公里，完成年度计划的87.4%。", "fact.percentage") == ["87.4%"]
    assert found("2026年计划改造186公里，截至10月底已完成158公里，完成年度计划的84.9%。", "fact.percentage") == []
    assert found("计划改造老旧小区126个，截至10月底已全部开工，完工131个。", "fact.total") == ["131个"]
    assert found("计划改造126个，完工131个，超额完成任务。", "fact.total") == []
    text = "决定对以下3个项目予以通报批评：\n1.甲项目；\n2.乙项目；\n3.丙项目；\n4.丁项目。\n"
    assert found(text, "fact.count") == ["3个项目"]
    assert found(text.replace("3个", "4个"), "fact.count") == []
    assert found("集中供热面积1.28亿平方米，其中热电联产0.86亿平方米、锅炉房0.31亿平方米、清洁能源0.13亿平方米。", "fact.total")
    assert found("新开通公交线路6条、优化调整14条、撤并3条，共涉及线路25条。", "fact.total") == ["25条"]
    steps = ("三、申报程序\n（一）摸底。于2026年12月15日前完成。\n（二）申报。截止到2027年1月15日。\n"
             "（三）审核。于2027年1月10日前完成联合审核。\n四、工作要求\n")
    assert found(steps, "fact.date_order") == ["2027年1月10日"]
    assert found(steps.replace("1月10日", "1月30日"), "fact.date_order") == []
    target = "到2030年，公共交通机动化出行分担率达到35%以上；到2035年，公共交通机动化出行分担率达到32%以上。"
    assert found(target, "fact.target")
    assert found(target.replace("35%", "30%"), "fact.target") == []


def test_round27_policy_rules_of_fresh47():
    assert found("控制性详细规划报送审批前向社会公告，公示期为20日；报经市人大常委会批准后实施。", "policy") == ["20日", "市人大常委会"]
    assert found("控制性详细规划报送审批前向社会公告，公示期为30日。", "policy") == []
    assert found("其中一起造成3人死亡，属于一般事故。", "policy.rule_figure") == ["一般事故"]
    assert found("其中一起造成2人死亡，属于一般事故。", "policy.rule_figure") == []
    assert found("重大建设项目难以避让永久基本农田的，报省级人民政府批准。", "policy.authority") == ["省级人民政府"]
    assert found("新建、扩建、改建的城市道路交付使用后3年内不得挖掘。", "policy.rule_figure") == ["3年"]
    assert found("应当由专有部分面积占比二分之一以上的业主且人数占比三分之二以上的业主参与表决。", "policy.rule_figure") == ["二分之一"]
    assert found("执行《室外排水设计规范》（GB 50014-2006）。", "policy.repealed") == ["GB 50014-2006"]


def test_round27_format_rules_of_fresh47():
    assert found("并对接《十五五》时期全市重大项目布局。", "format.title_marks") == ["《十五五》"]
    assert found("同比增长百分之十二点三。", "format.number") == ["百分之十二点三"]
    assert found("办公室编　　26年11月23日", "format.date") == ["26年"]
    assert found("2026年11月23日", "format.date") == []
    arts = "第十条  甲。\n第十一条  乙。\n第十二条  丙。\n第十二条  丁。\n第十四条  戊。\n"
    assert found(arts, "format.article_sequence") == ["第十二条"]
    assert found(arts.replace("第十二条  丁", "第十三条  丁"), "format.article_sequence") == []
    assert found("详见表1（见表1。下表", "format.pair") == ["（见表1。"]


def test_round27_language_rules_of_fresh47():
    assert found("申报时间截止到2027年1月15日止，逾期不予受理。", "language.collocation") == ["止"]
    assert found("各有关部门要各行其是、密切配合。", "language.collocation") == ["各行其是"]
    assert found("提前两个月竣工，不孚众望。", "language.collocation") == ["不孚众望"]
    assert found("只有把红线守住了，根基就牢固了。", "language.collocation") == ["只有把红线守住了，根基就"]
    assert found("公交服务质量能否提升，关键在于线网布局科学合理。", "language.collocation") == ["能否"]
    assert found("公交服务质量能否提升，关键在于线网布局是否科学。", "language.collocation") == []
    assert found("经过认真研究和深入调查，", "language.order") == ["研究和深入调查"]
    assert found("在全集团营造学习先进、争当先进的良好局面，", "language.collocation") == ["营造学习先进、争当先进的良好局面"]


def test_round27_a_heading_out_of_sequence_is_reported_once():
    assert found("一、甲\n三、乙\n三、丙\n", "format.heading_sequence") == ["三"]
    assert found("一、甲\n二、乙\n二、丙\n四、丁\n", "format.heading_sequence") == ["二"]
    assert found("一、甲\n三、乙\n四、丙\n", "format.heading_sequence") == ["三"]
    assert found("（一）甲\n（二）乙\n（四）丙\n（五）丁\n", "format.heading_sequence") == ["（四）"]


def test_round27_terms_of_taiwan_and_overseas_chinese_work():
    assert found("基层涉台干部专业能力有待提升。", "language.nearmiss") == []


def test_round27_awards_summed():
    text = ("经研究，决定授予工程管理部等8个集体“2026年度先进集体”称号，授予王立强等20名同志“2026年度先进个人”称号，"
            "共计表彰先进集体和先进个人30个（名）。")
    assert found(text, "fact.total") == ["30个"]
    assert found(text.replace("30个", "28个"), "fact.total") == []


def test_round27_no_data_file_repeats_a_row():
    """A row written twice (a law's version added again) reads as two versions of one text."""
    from pathlib import Path

    from zhongshu.review import knowledge

    data = Path(knowledge.__file__).parent / "data"
    for path in sorted(data.glob("*.tsv")):
        rows = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
        assert len(rows) == len(set(rows)), path.name


# --- from fresh49 (a county's 教育局, 卫健局, 医保局, 民政局, a 卫生院 and a 中学) ---------------------------------------


def test_round28_rules_of_fresh49():
    assert found("由2025年的58.2%提高到61.5%，提高了4.3个百分点；", "fact.percentage") == ["4.3个百分点"]
    text = "全县共有城市低保对象1236户2015人，农村低保对象5482户9367人，合计6718户11482人；"
    assert found(text, "fact.total") == ["11482人"]
    assert found(text.replace("11482人", "11382人"), "fact.total") == []
    assert found("领导小组下设5个专项检查小组：\n1.甲\n2.乙\n3.丙\n4.丁\n", "fact.count") == ["5个专项检查小组"]
    assert found("今年是“十五五”开局之年。", "fact.plan_year") == []  # no year: nothing to check against
    speech = "在全县民政工作推进会上的讲话\n（2026年11月26日）\n\n四中全会于2025年10月20日至23日召开，2025年10月23日闭幕。今年是“十五五”开局之年。"
    assert found(speech, "fact.plan_year") == []
    assert found("小学、初中班额分别不超过45人、55人。", "policy.rule_figure") == ["55人"]
    assert found("初中书面作业平均完成时间不超过60分钟。", "policy.rule_figure") == ["60分钟"]
    assert found("部分农村学校办学条件仍然差强人意。", "language.collocation") == ["差强人意"]
    assert found("调研发现，大多数老年人普遍希望获得护理。", "language.collocation") == ["普遍"]
    r = default_reviewer()
    t = "在县委的领导和全体教职工的共同努力，学校工作取得新进展。"
    f = next(f for f in r.review(t).findings if f.rule == "language.collocation")
    assert t[: f.start] + f.suggestion + t[f.end :] == "在县委的领导和全体教职工的共同努力下，学校工作取得新进展。"
    assert found("科学家们在联名信中呼吁各国必须共同努力，采取措施。", "language.collocation") == []
    assert found("确保监管效能显著增加。", "language.collocation") == ["增加"]
    assert found("产量增加与效益增加相分离。", "language.collocation") == []
    assert found("着力提高农村学校办学条件。", "language.collocation") == ["提高农村学校办学条件"]
    assert found("广大教师竞竞业业、默默奉献。", "language.idiom") == ["竞竞业业"]


# --- from fresh50 (a province's 生态环境厅, 林草局, 气象局, 水利厅; a city's 应急管理局 and 消防救援支队) ---------------------


def test_round28_rules_of_fresh50():
    assert found("较常年同期偏多近两成左右。", "language.collocation") == ["左右"]
    assert found("准确的预报了强降雨落区。", "language.collocation") == ["准确的预报了"]
    assert found("服务工作不孚众望，获得省领导批示肯定。", "language.collocation") == ["不孚众望"]
    assert found("切记麻痹大意和侥幸心理。", "language.collocation") == ["切记"]
    assert found("腐蚀、泄露风险较高。", "language.context") == ["泄露"]
    assert found("数据泄露风险事件27起。", "language.context") == []
    assert found("加大跟踪抽查频次。", "language.collocation") == []
    assert found("全省防汛应急响应由高到低分为三级。", "policy.rule_figure") == ["三级"]
    assert found("全省上下要反复学习《习近平生态文明思想》。", "format.title_marks") == ["《习近平生态文明思想》"]
    assert found("学习《习近平生态文明思想学习纲要》。", "format.title_marks") == []
    letter = "关于商请支持开展宣传的函\n\n县消防救援大队：\n\n现商请贵队给予支持。\n\n特此函复。\n"
    assert found(letter, "policy.closing") == ["特此函复"]
    reply = "关于支持开展宣传的复函\n\n县教育局：\n\n你局来函收悉。同意。\n\n特此函复。\n"
    assert found(reply, "policy.closing") == []
    assert found("坚决稳妥推进碳达峰碳中和。", "political.term") == ["坚决稳妥推进碳达峰碳中和"]
