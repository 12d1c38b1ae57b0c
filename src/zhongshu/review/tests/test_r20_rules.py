"""Round 20: rules written before the blind sets fresh33/34 were read, and the rules from those sets."""

from .helpers import found


def test_a_share_of_a_whole_named_in_an_earlier_clause_or_after_its_figure():
    # the whole named in the clause before a bare 共N家
    text = "本次检查对象为纳入平台的统计调查对象，共40520家。全省共抽取检查对象2146家，占调查对象总数的{}%。"
    assert found(text.format("6.3"), "fact.percentage") == ["6.3%"]
    assert found(text.format("5.3"), "fact.percentage") == []
    # the whole named right after its figure (120家小微企业)
    text = "对全县120家小微企业开展了专题调研。调研企业中有融资需求的87家，占调研企业总数的{}%。"
    assert found(text.format("68.5"), "fact.percentage") == ["68.5%"]
    assert found(text.format("72.5"), "fact.percentage") == []
    # a figure of another thing after the number is not the whole
    assert found("全县120家医院开展了调研。调研企业中有融资需求的87家，占调研企业总数的68.5%。", "fact.percentage") == []


def test_a_gap_after_the_breakdown_of_the_need():
    text = ("经核查测算，全省养护工程资金需求共计12.6亿元。其中，预防性养护工程4.1亿元、修复养护工程5.3亿元、"
            "灾毁恢复重建3.2亿元。年初已安排转移支付资金8.4亿元，资金缺口{}亿元。")
    assert found(text.format("3.8"), "fact.total") == ["3.8亿元"]
    assert found(text.format("4.2"), "fact.total") == []


def test_the_gap_of_one_named_source_of_funds():
    text = ("项目总投资1.26亿元，资金来源为：中央财政补助资金5280万元，省级补助资金1640万元，市级配套资金3860万元，"
            "水电气等专营单位及居民出资1820万元。目前，市级配套资金已在年初预算中安排2000万元，尚有缺口{}万元。")
    assert found(text.format("1680"), "fact.total") == ["1680万元"]
    # a source with a long name is still a part of the list (no false sum)
    assert found(text.format("1860"), "fact.total") == []


def test_a_counted_sum_against_the_figures_of_the_sentence_before():
    text = ("分税种看，增值税712.6亿元，同比增长3.1%；企业所得税298.4亿元，同比下降2.3%；个人所得税96.7亿元，"
            "同比增长6.5%。三大税种合计{}亿元，占税收收入的62.7%。")
    assert found(text.format("1170.7"), "fact.total") == ["1170.7亿元"]
    assert found(text.format("1107.7"), "fact.total") == []
    # as many figures as counted, or none is read: a change (增收) is not a part
    assert found("增值税712.6亿元，增收20.1亿元；企业所得税298.4亿元。两大税种合计1000亿元。", "fact.total") == []


def test_a_two_sided_subject_against_a_one_sided_predicate():
    assert found("能否守住安全底线，是全市安全度汛的重要保证。", "language.collocation") == ["能否"]
    assert found("是否严格落实责任，是做好工作的前提。", "language.collocation") == ["是否"]
    # 关键 is two-sided; a 是否 inside the clause is not its subject
    assert found("能否抓好安全生产，关键在于落实责任。", "language.collocation") == []
    assert found("各地要认真检查是否落实到位，是做好工作的前提。", "language.collocation") == []


def test_more_dated_events():
    assert found("1936年1月召开的遵义会议是党的历史上生死攸关的转折点。", "fact.event_date") == ["1936年1月召开的遵义会议"]
    assert found("1935年1月召开的遵义会议是党的历史上生死攸关的转折点。", "fact.event_date") == []
    assert found("2024年1月6日至8日，二十届中央纪委四次全会在北京召开。", "fact.event_date") == ["2024年1月6日"]
    assert found("2025年1月6日至8日，二十届中央纪委四次全会在北京召开。", "fact.event_date") == []


def test_more_formulations_in_order():
    assert found("着力建设创新、宜居、韧性、美丽、文明、智慧的现代化人民城市。", "political.formulation_order") != []
    assert found("着力建设创新、宜居、美丽、韧性、文明、智慧的现代化人民城市。", "political.formulation_order") == []
    assert found("着力稳企业、稳就业、稳市场、稳预期。", "political.formulation_order") != []
    assert found("做到应审尽审、凡审必严、严肃问责。", "political.formulation_order") == []


def test_pure_adverbs_take_di():
    assert found("要尽快的完成整改任务。", "language.collocation") == ["的"]
    assert found("群众日益的增长的需要。", "language.collocation") == ["的"]
    assert found("要尽快地完成整改任务，不断的努力。", "language.collocation") == []


# -- from the sets (fresh33, fresh34) ------------------------------------------------------------

def test_a_total_against_its_numbered_paragraphs():
    text = ("拟申请专项资金{}万元，具体包括：\n\n（一）防汛物资320万元，主要用于购置冲锋舟；\n\n（二）森林防灭火物资180万元，"
            "主要用于购置水泵；\n\n（三）生活救助物资260万元，主要用于补充帐篷；\n\n（四）储备库改造100万元，主要用于建设系统。\n\n以上资金已测算。")
    assert found(text.format(880), "fact.total") == ["880万元"]
    assert found(text.format(860), "fact.total") == []
    # a list inside an item (（三）…分别为：1. …) is skipped, the items after it still count
    text = ("共安排审计项目{}个，具体如下：\n（一）预算执行审计1个。\n（二）专项审计调查4个，分别为：\n1. 资金审计调查；\n"
            "2. 基金审计调查；\n（三）政府投资项目审计5个。\n三、工作要求\n")
    assert found(text.format(10), "fact.total") == []
    assert found(text.format(12), "fact.total") == ["12个"]


def test_two_changes_against_last_years_figures_in_a_bracket():
    text = "全市共发生生产安全事故23起、死亡19人，同比分别下降11.5%和{}%（去年同期分别为26起、22人）。"
    assert found(text.format("15.6"), "fact.change") == ["15.6%"]
    assert found(text.format("13.6"), "fact.change") == []


def test_doses_and_figures_per_head():
    assert found("全市共接种疫苗38.6万剂次，其中老年人接种21.4万剂次，占53.4%。", "fact.percentage") == ["53.4%"]
    assert found("全年完成抽检12368批次，抽检量达到每千人3.3批次，问题发现率3.1%。", "fact.percentage") == []
    # a whole further back than the window: a sibling run of shares of 312
    text = ("上半年共受理来信来访312件次，已办结297件次，办结率95.2%，信访总量同比下降9.6%，镇村两级调解矛盾纠纷286起，调解成功278起。"
            "从构成看，涉及征地拆迁的98件次，占31.4%；涉及劳资纠纷的76件次，占24.4%；涉及邻里纠纷的63件次，占20.2%；其他事项75件次，占24.0%。")
    assert found(text, "fact.percentage") == []


def test_a_whole_divided():
    text = "全镇共划分网格{}个，分为城镇网格12个、农村网格64个、专属网格8个（学校、医院等），每个网格配备1名网格员。"
    assert found(text.format(86), "fact.total") != []
    assert found(text.format(84), "fact.total") == []
    assert found("共有学员120名，分为3个班，每班40名。", "fact.total") == []


def test_numbered_ranges_and_changes_in_tenths():
    assert found("析出原1号至8号村民小组（共7个），与2个小区合并。", "fact.total") == ["7个"]
    assert found("析出原1号至8号村民小组（共8个），与2个小区合并。", "fact.total") == []
    assert found("累计降雨量862毫米，较常年同期574毫米偏多3成。", "fact.change") == ["3成"]
    assert found("累计降雨量862毫米，较常年同期574毫米偏多5成。", "fact.change") == []


def test_the_session_that_approved_a_plan_and_a_dated_visit():
    assert found("贯彻十四届全国人大三次会议审议批准的“十五五”规划纲要。", "fact.event_date") == ["十四届全国人大三次会议"]
    assert found("贯彻十四届全国人大四次会议审议批准的“十五五”规划纲要。", "fact.event_date") == []
    assert found("2015年8月，习近平同志在浙江安吉余村考察时首次提出这一理念。", "fact.event_date") == ["2015年8月"]
    assert found("2005年8月，习近平同志在浙江安吉余村考察时首次提出这一理念。", "fact.event_date") == []


def test_a_leaders_name_beside_his_body():
    text = "学习贯彻二十届中央纪委五次全会精神和{}同志所作的工作报告。"
    assert found(text.format("李熙"), "political.leader_name") == ["李熙"]
    assert found(text.format("李希"), "political.leader_name") == []
    assert found("李熙同志指出，要加强管理。", "political.leader_name") == []  # a namesake: no body named


def test_a_regulation_cited_by_a_superseded_number():
    assert found("依据《医疗器械监督管理条例》（国务院令第680号）开展检查。", "policy.repealed") == ["国务院令第680号"]
    assert found("依据《医疗器械监督管理条例》（国务院令第739号）开展检查。", "policy.repealed") == []
    # an amending decision leaves the text its number
    assert found("依据《危险化学品安全管理条例》（国务院令第591号）开展检查。", "policy.repealed") == []


def test_mixed_patterns_and_collocations_from_the_sets():
    cases = {
        "坚决杜绝重大食品安全事故的发生率。": "发生率",
        "根据国务院安委会部署要求为依据，结合实际。": "根据国务院安委会部署要求为依据",
        "着力提升企业安全管理水平和从业人员素质得到明显提高，坚决遏制。": "企业安全管理水平和从业人员素质得到明显提高",
        "干部群众的积极性得到充分发扬。": "发扬",
        "普遍存在“有人干事、无钱办事”的问题较为突出。": "“有人干事、无钱办事”的问题较为突出",
        "每个乡镇至少需要配备3名以上专职人员。": "需要配备3名以上",
        "随着气温逐渐降低，使呼吸道传染病进入流行期。": "使",
        "各村要切实扛起网格化管理主体，把履职情况纳入考核。": "扛起网格化管理主体",
        "脱贫户收入水平明显加快。": "加快",
        "加快补齐农村基础设施短板和公共服务水平。": "水平",
        "必须引起我们的高度重视起来。": "起来",
    }
    for text, span in cases.items():
        assert found(text, "language.collocation") == [span], text
    for text in ("切实扛起主体责任，", "发展水平加快提升。", "目前至少承担1项省部级以上的科研项目。", "根据规定，以实际成本为依据。"):
        assert found(text, "language.collocation") == [], text
    assert found("对处理不到位、化解的不彻底的信访事项再次核查。", "language.collocation") == ["的"]
    assert found("对排查出的隐患认真的逐项整改。", "language.de") == ["的"]
    assert found("要对全市进行认真的逐项检查。完成对供配电系统的全面检修。", "language.de") == []
