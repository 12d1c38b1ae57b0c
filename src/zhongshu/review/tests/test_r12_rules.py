"""Round 12: titles broken over lines, a 纪要's date under its 版头, political terms and bodies,
an outdated goal, a meeting's date before its name, shares of a named scope, breakdowns that cover
their whole, tiers summed after their parts, superseded rules and standards."""

import pytest

from zhongshu.review import Reviewer

from .helpers import found, rules_at


@pytest.fixture(scope="module")
def reviewer():
    return Reviewer()

DATED = "\n渠阳县人民政府办公室\n2025年3月4日\n"


def test_title_over_two_lines_is_read_for_its_genre():
    text = ("中共渠阳县委组织部\n关于举办2025年全县村（社区）党组织书记\n轮训班的请示报告\n\n县委：\n\n"
            "为提升村党组织书记能力，拟举办轮训班。\n\n妥否，请批示。\n")
    assert found(text, "policy.genre") == ["请示报告"]


def test_title_over_two_lines_ends_without_full_stop():
    text = "渠阳县自然资源局\n关于双河镇柳湾至岗头村道路改建工程\n临时用地的批复。\n\n双河镇人民政府：\n\n你镇报来的请示收悉。\n"
    assert found(text, "format.title_punct") == ["。"]


def test_recipient_under_a_two_line_title_needs_its_colon():
    text = ("中共渠阳县纪委\n关于2025年春节期间监督检查\n情况的通报\n\n各乡镇纪委，县直各单位\n\n"
            "为持续深化纠治“四风”，现将有关情况通报如下。\n")
    assert found(text, "format.recipient_colon") == ["位"]


def test_a_body_line_after_a_about_line_is_no_title():
    text = "关于做好春节期间值班工作\n各单位要高度重视，认真落实。\n"
    assert found(text, "format.title_punct") == []


@pytest.mark.parametrize("line, bad", [
    ("中共渠阳县委宣传部　　　　　　　　二〇二五年一月八日", "二〇二五年一月八日"),
    ("渠阳县人民政府办公室　　　　2025年01月08日", "2025年01月08日"),
])
def test_minutes_date_under_its_header(line, bad):
    text = f"县意识形态工作领导小组会议纪要\n\n{line}\n\n2025年1月6日上午，领导小组召开会议。\n"
    assert found(text, "format.date") == [bad]


def test_minutes_date_in_arabic_numerals_is_fine():
    text = "县意识形态工作领导小组会议纪要\n\n中共渠阳县委宣传部　　　　　　　　2025年1月8日\n\n会议认为。\n"
    assert found(text, "format.date") == []


@pytest.mark.parametrize("text, span", [
    ("严格落实中央八项规定精神及其实施细则，坚决反对“四风”。", "中央八项规定精神及其实施细则"),
    ("是当代中国马克思主义、二十世纪马克思主义。", "二十世纪马克思主义"),
    ("深入贯彻习近平法制思想。", "习近平法制思想"),
    ("促进政党关系、民族关系、宗教关系、阶层关系、海峡两岸关系和谐。", "阶层关系、海峡两岸关系"),
    ("人民政协是社会主义协商民主的主要渠道和专门协商机构。", "协商民主的主要渠道"),
    ("确保口粮基本自给、谷物绝对安全。", "口粮基本自给、谷物绝对安全"),
    ("坚持山水林田湖草一体化保护和系统治理。", "山水林田湖草"),
    ("深入推进扫黑除恶专项斗争，保持高压态势。", "扫黑除恶专项斗争"),
])
def test_round_12_political_terms(reviewer, text, span):
    assert "political.term" in rules_at(reviewer, text, span)


@pytest.mark.parametrize("text", [
    "坚持山水林田湖草沙一体化保护和系统治理。",
    "严格落实中央八项规定及其实施细则精神。",
    "扫黑除恶专项斗争开展以来，全县打掉涉恶团伙3个。",
    "常态化开展扫黑除恶斗争。",
])
def test_round_12_political_right_forms(reviewer, text):
    assert [f.rule for f in reviewer.review(text).findings if f.category == "political"] == []


def test_supervision_bureau_is_now_a_commission():
    assert found("对涉及的公职人员，另商请县监察局依法给予政务处分。", "policy.renamed_body") == ["监察局"]
    assert found("国家矿山安全监察局某局来我县检查。", "policy.renamed_body") == []


def test_poverty_fight_as_a_current_task():
    assert found("我们把打赢脱贫攻坚战作为全乡中心工作。" + DATED, "political.outdated_goal") == ["打赢脱贫攻坚战"]
    assert found("2019年，我们把打赢脱贫攻坚战作为全乡中心工作。" + DATED, "political.outdated_goal") == []
    assert found("我们把打赢脱贫攻坚战作为全乡中心工作。\n渠阳县人民政府\n2019年3月4日\n", "political.outdated_goal") == []


@pytest.mark.parametrize("text, span", [
    ("认真学习2024年7月18日至21日召开的党的二十届三中全会精神。", "2024年7月18日至21日召开的党的二十届三中全会"),
    ("学习2022年11月召开的党的二十大精神。", "2022年11月召开的党的二十大"),
])
def test_meeting_date_before_its_name(text, span):
    # the date and the name are marked together: either may be the slip (2025年10月召开的党的二十届三中全会)
    assert found(text, "fact.event_date") == [span]


@pytest.mark.parametrize("text", [
    "认真学习2024年7月15日至18日召开的党的二十届三中全会精神。",
    "学习2022年10月召开的党的二十大精神。",
    "2024年7月在北京召开的党的二十届三中全会。",
])
def test_meeting_date_before_its_name_right(text):
    assert found(text, "fact.event_date") == []


def test_share_of_a_named_scope():
    text = "全乡18个村集体经济收入全部超过10万元，其中超过50万元的村有5个，占全乡村总数的{}%。"
    assert found(text.format("35.7"), "fact.percentage") == ["35.7%"]
    assert found(text.format("27.8"), "fact.percentage") == []
    assert found("全县受理信访1200件，网上信访220件，占全省信访总数的3%。", "fact.percentage") == []


@pytest.mark.parametrize("text, bad", [
    ("全县共有农村供水工程426处，其中千吨万人供水工程12处、千人以上供水工程58处、千人以下供水工程346处。", True),
    ("全县共有农村供水工程416处，其中千吨万人供水工程12处、千人以上供水工程58处、千人以下供水工程346处。", False),
    ("2025年全县建设高标准农田3.2万亩，其中新建2.1万亩、改造提升1.2万亩。", True),
    ("2025年全县建设高标准农田3.3万亩，其中新建2.1万亩、改造提升1.2万亩。", False),
    ("全县共有党员2300名，其中新发展党员60名、女党员800名。", False),
])
def test_breakdowns_that_cover_their_whole(text, bad):
    assert bool(found(text, "fact.total")) is bad


def test_tiers_summed_after_their_parts():
    text = "全县共设立县级林长11名、乡级林长86名、村级林长312名，合计{}名。"
    assert found(text.format(419), "fact.total") == ["419名"]
    assert found(text.format(409), "fact.total") == []


@pytest.mark.parametrize("text, span", [
    ("认真落实《中国共产党统一战线工作条例（试行）》。", "《中国共产党统一战线工作条例（试行）》"),
    ("按照《高标准农田建设 通则》（GB/T 30600-2014）的要求。", "GB/T 30600-2014"),
])
def test_round_12_superseded(text, span):
    assert span in found(text, "policy.")


@pytest.mark.parametrize("text, span", [
    ("新修订的森林法于2019年12月28日经十三届全国人大常委会第十五次会议审议通过，自2021年7月1日起施行。", "2021年7月1日"),
    ("深入宣传贯彻2024年1月1日起施行的《中华人民共和国粮食安全保障法》。", "2024年1月1日"),
    ("新修订的《中华人民共和国档案法》自2020年1月1日起施行。", "2020年1月1日"),
    ("《民法典》自2021年2月1日起施行以来，", "2021年2月1日"),
])
def test_law_effective_dates(text, span):
    assert found(text, "fact.law_date") == [span]


@pytest.mark.parametrize("text", [
    "新修订的森林法于2019年12月28日经审议通过，自2020年7月1日起施行。",
    "《中华人民共和国档案法》自1988年1月1日起施行。",           # the first version
    "《安全生产法》自2014年12月2日起施行。",                    # before the latest version: an older one the table may lack
    "根据《安全生产法》，本办法自2025年3月1日起施行。",          # another subject
    "根据《安全生产法》和省里要求，我市于2025年3月1日起实施新的检查制度。",
    "森林法实施条例自2018年3月1日起施行。",                     # a longer name
])
def test_law_effective_dates_left_alone(text):
    assert found(text, "fact.law_date") == []


@pytest.mark.parametrize("text, span", [
    ("新建和维护防火隔离代32公里。", "隔离代"),                       # a 公文 term's last character
    ("水库实行空库运行，并清除了溢洪到内的阻水障碍物。", "溢洪到"),
    ("落实“县—乡—村—网格”五级网格划管理，每个网格配备网格员。", "网格划"),
    ("县政协转来了《关于加快推进小型水库除险加故和中型灌区续建配套的提案》。", "除险加故"),  # inside a cited title
])
def test_round_12_nearmiss(reviewer, text, span):
    assert any(f.rule == "language.nearmiss" and span in text[f.start : f.end] for f in reviewer.review(text).findings)


@pytest.mark.parametrize("text", [
    "多为群众办实事、解难题。",             # 办实|事: the changed character makes a word with the next
    "各单位应急等部门要加强值守。",
    "学习《关于加强新时代法治宣传教育工作的意见》。",
])
def test_round_12_nearmiss_left_alone(reviewer, text):
    assert not any(f.rule == "language.nearmiss" for f in reviewer.review(text).findings)


@pytest.mark.parametrize("text, rule, span", [
    ("各单位要要紧扣重要时间节点，策划推出宣传报道。", "language.duplicate", "要要"),
    ("确需外出的，应当提前想县委办公室报备。", "language.collocation", "想"),
    ("有关情况要及时想上级报告。", "language.collocation", "想"),
])
def test_round_12_language(reviewer, text, rule, span):
    assert rule in rules_at(reviewer, text, span)


@pytest.mark.parametrize("text", [
    "这件事要要紧吗？",
    "我们想向县委办公室报告。",
    "他想到县委办公室汇报工作。",
    "要想群众之所想、急群众之所急。",
])
def test_round_12_language_left_alone(reviewer, text):
    assert not any(f.category == "language" and f.severity != "info" for f in reviewer.review(text).findings)


@pytest.mark.parametrize("text, rule, span", [
    ("推动数据要素市场化配制改革。", "language.context", "配制"),
    ("还与9家企业达成投资意象，储备了一批优质项目。", "language.context", "意象"),
    ("推动科技成果转换为现实生产力。", "language.typo", "成果转换"),
    ("节约财政资金大约1200万元以上。", "language.collocation", "大约1200万元以上"),
    ("园区企业营业收入较上年同比增长12.3%。", "language.usage", "较上年同比"),
    ("企业普遍反映资金压力极待缓解。", "language.typo", "极待"),
    ("逐一明确恰谈内容和合作方式。", "language.typo", "恰谈"),
    ("参展、设立海外舱等投入较大。", "language.nearmiss", "海外舱"),
    ("坚定“三个自信”，做到“两个维护”。", "political.term", "“三个自信”"),
    ("推动中港经贸合作走深走实。", "political.term", "中港经贸"),
    ("认真落实中央网络安全和信息化领导小组的部署。", "policy.renamed_body", "中央网络安全和信息化领导小组"),
    ("会同市工商局实现企业开办全流程1个工作日办结。", "policy.renamed_body", "工商局"),
])
def test_round_12_fresh17(reviewer, text, rule, span):
    assert rule in rules_at(reviewer, text, span)


@pytest.mark.parametrize("text", [
    "扩大高水平对外开放，支持外贸企业稳订单、拓市场。",
    "药剂科按比例配制消毒液。",
    "诗歌中的意象十分丰富。",
    "约有三分之一的企业反映订单减少。",
    "关于全市民营经济发展情况的调研报告\n\n澜江市发展和改革委员会\n\n为深入贯彻落实有关要求，现将调研情况报告如下。\n",
])
def test_round_12_fresh17_left_alone(reviewer, text):
    assert [f.rule for f in reviewer.review(text).findings if f.severity != "info"] == []


def test_monetary_policy_of_2025():
    text = "实施更加积极的财政政策和稳健的货币政策，用好政策红利。\n澜江市商务局\n{}年3月4日\n"
    assert found(text.format(2025), "political.outdated_goal") == ["稳健的货币政策"]
    assert found(text.format(2024), "political.outdated_goal") == []
    assert found("2024年，实施稳健的货币政策。\n澜江市商务局\n2025年3月4日\n", "political.outdated_goal") == []


@pytest.mark.parametrize("text, bad", [
    ("四、项目建设工期24个月（2025年7月至2026年12月）。", "24个月"),
    ("制定三年行动计划（2024—2027年）。", "三年"),
])
def test_month_and_year_spans(text, bad):
    assert found(text, "fact.period") == [bad]


@pytest.mark.parametrize("text", [
    "四、项目建设工期18个月（2025年7月至2026年12月）。",
    "实施三年行动（2024—2026年）。",
    "为期6个月（2025年3月至8月）。",
])
def test_month_and_year_spans_right(text):
    assert found(text, "fact.period") == []


def test_done_in_progress_and_not_started_cover_the_total():
    text = "审计共查出问题{}个，截至2025年8月底，已完成整改198个，正在整改34个，尚未整改6个。"
    assert found(text.format(236), "fact.total") == ["236个，截至2025年8月底，已完成整改198个，正在整改34个，尚未整改6个"]
    assert found(text.format(238), "fact.total") == []
    assert found("反馈问题52个，已整改47个，未整改4个。", "fact.total") == ["52个，已整改47个，未整改4个"]
    assert found("反馈问题52个，其中重点问题12个，已整改47个，未整改4个。", "fact.total") == []


@pytest.mark.parametrize("text, bad", [
    ("南区配套基础设施建设推进的较慢，存量低效用地盘活不够。", True),
    ("高校院所成果在本地转化的不够充分。", True),
    ("推进得较慢的项目要加快。", False),
])
def test_verb_de_degree_complement(reviewer, text, bad):
    assert ("language.de" in {f.rule for f in reviewer.review(text).findings}) is bad


@pytest.mark.parametrize("text", [
    "推动党员干部学纪、知纪、明纪、守纪。",
    "深入开展访企拓岗促就业专项行动。",
    "推动二级以下医院转型为护理院或者康复医院。",
])
def test_known_terms_are_not_slips(reviewer, text):
    assert not any(f.rule == "language.nearmiss" for f in reviewer.review(text).findings)


@pytest.mark.parametrize("text, span", [
    ("设立规模5亿元的“专精特心”产业引导基金。", "专精特心"),
    ("深化“一网统办”改革，推动高频政务服务事项网上办理。", "一网统办"),
])
def test_slip_of_a_gongwen_term_in_quotes(reviewer, text, span):
    assert any(f.rule == "language.nearmiss" and text[f.start : f.end] == span for f in reviewer.review(text).findings)


def test_coined_quoted_slogans_left_alone(reviewer):
    text = "开展“联乡、帮村、扶户”活动，推行“河畅、水清”工程。"
    assert not any(f.rule == "language.nearmiss" for f in reviewer.review(text).findings)


def test_exact_counts_in_chinese_numerals_among_arabic_ones():
    text = "全市新增外贸企业58家、项目126个、平台33个，新增有进出口实绩企业{}，外贸发展新动能加快成长。"
    assert found(text.format("三十二家"), "format.number") == ["三十二家"]
    assert found(text.format("32家"), "format.number") == []
    assert found(text.format("三十多家"), "format.number") == []
    assert found(text.format("近三百家"), "format.number") == []
    assert found("新增有进出口实绩企业三十二家，五十六个民族。", "format.number") == []


@pytest.mark.parametrize("text, span", [
    ("明确以城乡供水一休化为方向。", "一休"),      # 体/休 (data/shape_hand.tsv)
    ("其中新造油荼林4200亩。", "油荼"),            # 茶/荼
])
def test_hand_listed_shape_pairs(reviewer, text, span):
    assert any(f.rule == "language.nearmiss" and span in text[f.start : f.end] for f in reviewer.review(text).findings)


@pytest.mark.parametrize("text", [
    "为深刻汲取近期建筑施工领域生产安全事故教训。",
    "市域内企业跨县（区）迁移的，应当依法办理。",
    "推广名优茶机采技术，杜绝使用禁限用农药。",
])
def test_hand_listed_shape_pairs_left_alone(reviewer, text):
    assert not any(f.rule == "language.nearmiss" for f in reviewer.review(text).findings)
