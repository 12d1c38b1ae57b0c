"""Round 15: anniversaries against each other in one sentence, 的/得 in 得 series, 报告 with requests, the
maker of a law or a 条例, editions cited by the year they were issued, digit grouping, misused idioms,
collocations and measure words, formulations with one item replaced, outdated congresses, 批复 to a 报告,
dates with dots, totals in a larger unit, and the false alarms of fresh21–24."""

from zhongshu.review import default_reviewer

from .helpers import found


def warned(text: str, rule: str) -> list[str]:
    """Spans of warning- and error-severity findings of ``rule`` (not the info hints)."""
    return [text[f.start : f.end] for f in default_reviewer().review(text).findings if f.rule == rule and f.severity != "info"]

DATED_2024 = "\n\n临澜市侨联\n2024年8月26日\n"
DATED_2025 = "\n\n临澜市委宣传部\n2025年2月26日\n"


def test_anniversaries_in_one_sentence_fall_in_one_year():
    assert found("今年是中华人民共和国成立75周年、澳门回归祖国20周年。" + DATED_2024, "fact.anniversary") == ["20周年"]
    assert found("今年是中华人民共和国成立75周年、澳门回归祖国25周年。" + DATED_2024, "fact.anniversary") == []
    assert found("今年是中华人民共和国成立75周年，也是人民政协成立70周年。" + DATED_2024, "fact.anniversary") == ["70周年"]
    assert found("聚焦庆祝新中国成立75周年、纪念中国人民抗日战争暨世界反法西斯战争胜利80周年等节点。" + DATED_2025,
                 "fact.anniversary") == ["75周年"]
    # two times in one sentence: each anniversary keeps its own year
    assert found("2019年庆祝了新中国成立70周年，今年又迎来澳门回归25周年。" + DATED_2024, "fact.anniversary") == []


def test_de_in_a_series_of_de_complements():
    assert found("确保人才引得进、留的住、用得好。", "language.de") == ["的"]
    assert found("确保人才引得进、留得住、用得好。", "language.de") == []
    assert found("这是他的书、她的笔、我的本。", "language.de") == []
    assert found("凡保存的较为完好的档案资料，均可捐赠。", "language.de") == ["的"]
    assert found("大家热烈的讨论了参政党建设的目标。", "language.de") == ["的"]
    assert found("会上进行了热烈的讨论。", "language.de") == []


def test_report_with_a_request_and_reply_to_a_report():
    report = "关于2025年机构编制工作情况的报告\n\n市委编委：\n\n今年以来，{}。\n\n特此报告。\n"
    assert found(report.format("任务明显增加，恳请市委编委批准为我办增核行政编制2名"), "policy.report_with_request") != []
    assert found(report.format("任务明显增加，我们将统筹调剂解决"), "policy.report_with_request") == []
    reply = "关于同意设立资源开发公司的批复\n\n地铁集团：\n\n你公司《关于设立资源开发公司的{}》（澜地铁〔2025〕6号）收悉。现批复如下。\n"
    assert found(reply.format("报告"), "policy.reply_to_report") == ["报告"]
    assert found(reply.format("请示"), "policy.reply_to_report") == []


def test_who_makes_laws_and_regulations():
    assert found("根据国务院2020年修订的《中华人民共和国档案法》，", "policy.issuer") == ["国务院"]
    assert found("严格执行国家发展改革委发布的《政府投资条例》。", "policy.issuer") == ["国家发展改革委"]
    assert found("国务院公布的《政府投资条例》", "policy.issuer") == []
    assert found("根据省人大常委会制定的《河东省安全生产条例》", "policy.issuer") == []
    assert found("1991年国务院发布的《道路交通事故处理办法》", "policy.issuer") == []


def test_an_edition_cited_by_the_year_it_was_issued():
    assert found("严格落实2015年印发的《干部教育培训工作条例》。", "policy.law_revision") != []
    assert found("1984年颁布的《中华人民共和国民族区域自治法》，根据宪法制定。", "policy.law_revision") == []
    assert found("根据《中华人民共和国电力法》（2015年修正）", "policy.law_revision") == ["（2015年修正）"]
    assert found("根据《中华人民共和国电力法》（2018年修正）", "policy.law_revision") == []


def test_digit_grouping_inconsistent_or_before_wan():
    assert warned("全市核定行政编制3,856名，实有3621名。", "format.digit_grouping") == ["3,856"]
    assert warned("贷款余额1,936,800万元。", "format.digit_grouping") == ["1,936,800"]
    assert warned("累计清运垃圾1,286吨。", "format.digit_grouping") == []
    assert found("累计投递包裹128万5千件。", "format.number") == ["128万5千"]


def test_misused_idioms():
    assert found("汛期压力较大，首当其冲是要抓好防汛准备。", "language.collocation") == ["首当其冲"]
    assert found("公司机关首当其冲，封停车辆。", "language.collocation") == []
    assert found("七月流火，我县已连续多日高温。", "language.collocation") == ["七月流火"]
    assert found("新能源汽车成为炙手可热的商品。", "language.collocation") == ["炙手可热"]
    assert found("取得了事倍功半的效果。", "language.collocation") != []
    assert found("市政府将鼎力支持。", "language.collocation") != []
    assert found("感谢贵单位的鼎力支持。", "language.collocation") == []


def test_collocations_and_measure_words():
    for text in ("以提高营商环境为抓手。", "帮助企业提升短板、解决难题。", "就实施情况召开执法检查，", "进一步提升整改步伐，",
                 "主办单位面商率不低于95%以上，", "约200余座桥梁", "原因是部分单位重视不够造成的。", "群众满意度明显增强。",
                 "已为146名企业提供服务。", "新增一架应急发电车。", "新增4辆全回转拖轮。"):
        assert found(text, "language.collocation") != [], text
    for text in ("加快改革步伐。", "组织120名企业负责人参加。", "对进出口额前100名企业开展跟踪。", "新增3架无人机。",
                 "这样的效果即使称不上高明，但至少也是一种办法。"):
        assert found(text, "language.collocation") == [], text


def test_a_formulation_with_one_item_replaced():
    assert found("坚持信念坚定、为民服务、勤政务实、敢于担当、清正廉明的新时代好干部标准。",
                 "political.formulation_item") == ["清正廉明"]
    assert found("做好科技金融、绿色金融、普惠金融、养老金融、互联网金融五篇大文章。",
                 "political.formulation_item") == ["互联网金融"]
    assert found("做好科技金融、绿色金融、普惠金融、养老金融、数字金融五篇大文章。", "political.formulation_item") == []


def test_outdated_congress_and_a_region_among_states():
    text = "深入学习贯彻党的十九大和十九届历次全会精神。\n\n市机关事务管理局\n2025年1月10日\n"
    assert found(text, "political.outdated_congress") == ["十九大"]
    assert found(text.replace("十九大和十九届历次", "二十大和二十届历次"), "political.outdated_congress") == []
    assert found(text.replace("2025年", "2019年"), "political.outdated_congress") == []
    assert found("积极引进台湾、新加坡等国家的图书版权。", "political.region_as_state") != []
    assert found("来自台湾的企业家与日本、韩国等国家的代表座谈。", "political.region_as_state") == []


def test_dates_with_dots_and_totals_in_a_larger_unit():
    assert found("请于2025.11.28前报送。", "format.date_dots") == ["2025.11.28"]
    assert found("表1（2025.3.1）", "format.date_dots") == []
    text = "已整改问题金额{}亿元，其中上缴国库2100万元、归还原资金渠道3500万元、调整有关账目9200万元、完善相关手续1500万元。"
    assert found(text.format("1.73"), "fact.total") != []
    assert found(text.format("1.63"), "fact.total") == []
    assert found("全市事业单位由1286个精简至952个，精简比例为28%。", "fact.percent") == ["28%"]
    assert found("全市事业单位由1286个精简至952个，精简比例为26%。", "fact.percent") == []


def test_false_alarms_of_round_15():
    assert found("全行存款余额286.45亿元，较年初增加21.37亿元，增长8.06%。", "fact.percent") == []
    assert found("政府债务余额57.32亿元，其中一般债务余额25.10亿元、专项债务余额32.22亿元，控制在债务限额61.50亿元以内。",
                 "fact.total") == []
    assert found("已整改16800万元，其中上缴国库2100万元、归还原资金渠道3500万元、完善相关手续1500万元，整改率为87.6%。",
                 "fact.percentage") == []
    assert found("我委于2024年3月启动孵化体系建设。", "language.nearmiss") == []
    assert found("严禁收寄禁寄物品。", "language.nearmiss") == []
    assert found("简单以留痕多少评判工作好坏。", "language.typo") == []
    assert found("这就是海内外翘首期盼的盛会。", "language.nearmiss") == []
