"""Round 14: earlier editions of a listed standard, weekdays inside a period that spans two years, the 成文日期
as the document's year, near-miss breakdowns, breakdowns in brackets, rates named for another figure, two
changes given with 分别, 名 and 人 in one sum, a law in force before it was adopted, side requests in a
请示, a cited 指示, dates half in Chinese numerals, and new entries."""

from .helpers import found


def test_any_earlier_edition_of_a_listed_standard():
    assert found("执行《食品添加剂使用标准》（GB 2760-2014）。", "policy.repealed") == ["GB 2760-2014"]
    assert found("执行GB 2760-2011的规定。", "policy.repealed") == ["GB 2760-2011"]
    assert found("参照《城市居住区规划设计规范》（GB 50180-93）。", "policy.repealed") == ["GB 50180-93"]
    assert found("执行GB 2760-2024和GB 50180-2018。", "policy.repealed") == []
    assert found("执行GB 2760-2026。", "policy.repealed") == []  # newer than the table knows: left alone


def test_weekday_inside_a_period_of_two_years():
    text = ("市局决定自2025年12月1日至2026年3月31日开展专项行动。市局将于12月1日（{}）召开动员会。"
            "\n\n云泽市交通运输局\n2025年11月24日\n")
    assert found(text.format("星期二"), "fact.weekday") == ["星期二"]
    assert found(text.format("星期一"), "fact.weekday") == []


def test_weekday_of_the_documents_year_after_an_older_year():
    text = "项目自2024年3月开工以来进展顺利。11月7日（星期五），市局组织召开推进会。\n\n市交通运输局\n2025年11月14日\n"
    assert found(text, "fact.weekday") == []
    assert found(text.replace("星期五", "星期三"), "fact.weekday") == ["星期三"]


def test_near_miss_breakdowns():
    assert found("日均处理生活垃圾1860吨，其中焚烧发电1320吨、厨余垃圾处理410吨、卫生填埋80吨。", "fact.total") != []
    assert found("新建基层网点46个，其中乡镇综合服务社18个、村级综合服务社26个。", "fact.total") != []
    assert found("新建基层网点46个，其中乡镇综合服务社18个、村级综合服务社28个。", "fact.total") == []
    assert found("总用地面积4.26公顷，其中净建设用地3.18公顷、代征道路用地0.72公顷、代征绿地0.26公顷。", "fact.total") != []
    assert found("总用地面积4.16公顷，其中净建设用地3.18公顷、代征道路用地0.72公顷、代征绿地0.26公顷。", "fact.total") == []


def test_breakdown_inside_brackets_ends_at_the_bracket():
    text = "对全市23座大中型水库（其中大型水库4座、中型水库{}座）、186座小型水库开展检查。"
    assert found(text.format(19), "fact.total") == []
    assert found(text.format(18), "fact.total") != []


def test_rate_named_for_another_figure():
    text = "全年发布预警信号118次，其中暴雨预警46次、雷电预警31次、高温预警24次，暴雨预警准确率达到92.4%。"
    assert found(text, "fact.percentage") == []
    text = "68个问题中，已整改到位57个，部分整改9个，正在整改2个，整改到位率86.8%。"
    assert found(text, "fact.percentage") == ["86.8%"]


def test_two_changes_given_with_fenbie():
    text = "全县共发生生产安全事故18起、死亡9人，与去年同期的24起、12人相比，分别下降25%和{}%。"
    assert found(text.format(30), "fact.change") == ["30%"]
    assert found(text.format(25), "fact.change") == []
    text = "全年接待游客320万人次、旅游收入28.6亿元，比上年的280万人次、25亿元分别增长{}%和14.4%。"
    assert found(text.format("14.3"), "fact.change") == []
    assert found(text.format("15.3"), "fact.change") == ["15.3%"]


def test_ming_and_ren_in_one_sum():
    text = "配备民警2名、辅警4名，另由管委会选派巡防队员3名，共计{}人，实行轮值。"
    assert found(text.format(8), "fact.total") == ["8人"]
    assert found(text.format(9), "fact.total") == []


def test_law_in_force_before_it_was_adopted():
    assert found("《中华人民共和国粮食安全保障法》自2023年6月1日起施行。", "fact.law_date") == ["2023年6月1日"]
    assert found("《中华人民共和国粮食安全保障法》自2024年6月1日起施行。", "fact.law_date") == []


QINGSHI = "县司法局关于建设公共法律服务中心的请示\n\n县人民政府：\n　　为……，现请示如下。\n{}\n　　以上请示，妥否，请批示。\n"


def test_side_request_in_a_qingshi():
    body = "　　（一）同意建设公共法律服务中心。\n　　（二）将建设资金186万元纳入预算。\n　　（三）同时批准为我局增配执法执勤用车2辆。"
    assert found(QINGSHI.format(body), "policy.one_matter") == ["同时批准为我局增配执法执勤用车2辆。"]
    body = "　　恳请县政府拨付资金186万元。同时，恳请县政府同意为我局增加2名事业编制。"
    assert found(QINGSHI.format(body), "policy.one_matter") == ["同时，恳请县政府同意为我局增加2名事业编制。"]
    body = "　　恳请县政府拨付资金186万元，同时做好资金监管。"
    assert found(QINGSHI.format(body), "policy.one_matter") == []


def test_cited_zhishi():
    text = "为贯彻落实县委办公室《关于做好2026年元旦春节期间安全稳定工作的指示》精神，现通知如下。"
    assert found(text, "policy.genre") == ["指示"]
    assert found("学习《关于如何执行土地政策决定的指示》，由邓小平同志提议，1942年……", "policy.genre") == []
    assert found("学习中共中央《关于加强党的建设的指示》。", "policy.genre") == []


def test_dates_half_in_chinese_numerals():
    assert found("十一月20日，市城管局召开推进会。", "format.mixed_numerals") == ["十一月20日"]
    assert found("2025年十月召开。", "format.mixed_numerals") == ["2025年十月"]
    assert found("1996年六七月间，泾县遭受洪涝灾害。", "format.mixed_numerals") == []
    assert found("1996年六七月间，泾县遭受洪涝灾害。", "fact.date_invalid") == []


def test_round14_entries():
    assert found("县综治委各成员单位要落实责任。", "policy.renamed_body") == ["综治委"]
    assert found("认真贯彻国家粮食局和省局部署。", "policy.renamed_body") == ["国家粮食局"]
    assert found("牢记“对党忠诚、服务人民、纪律严明、执法公正”的总要求。", "political.formulation") != []
    assert found("牢记“对党忠诚、纪律严明、赴汤蹈火、竭诚为民”训词精神。", "political.formulation") == []
    assert found("坚持稳中求进工作基调。", "political.term") == ["稳中求进工作基调"]
    assert found("坚持稳中求进工作总基调。", "political.term") == []
    assert found("按照“建好、管好、养好、运营好”的要求。", "political.term") == ["建好、管好、养好、运营好"]
    assert found("强化刑事侦察与技术侦查的协同。", "language.typo") == ["刑事侦察"]
    assert found("做好安全稳定工作是当前首当其冲的任务。", "language.collocation") == ["首当其冲的"]
    assert found("不断加大全民反诈意识。", "language.collocation") == ["加大全民反诈意识"]
    assert found("专项斗争力度加大禁毒意识深入人心。", "language.collocation") == []
    assert found("严格执行并建立工程质量安全巡查制度。", "language.collocation") == ["执行并建立"]
    assert found("农村电商发展成效差强人意，与先进地区相比差距明显。", "language.collocation") == ["差强人意"]
    assert found("导致险情不能及时发现，以至发生坍塌事故。", "language.context") == ["以至"]
    assert found("对社区矫正活动开展巡回检察4次。", "language.context") == []
    assert found("预计约需要10个工作日左右。", "language.collocation") != []


def test_round14_formulation_slips():
    assert found("坚决拥护以习近平同志为首的党中央。", "political.term") == ["以习近平同志为首的党中央"]
    assert found("坚决拥护以习近平同志为核心的党中央。", "political.term") == []
    assert found("着力解决人民群众急难忧盼问题。", "political.term") == ["急难忧盼"]
    assert found("推进社会治理，坚持党委领导、政府主导、部门协同。", "political.term") == []  # 反诈、平安建设的机制表述
