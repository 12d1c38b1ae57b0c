"""Round 18: rules written before the blind sets fresh29/30 were read (cited document numbers against their
issuer, breakdowns by one criterion, events held more than once), and the rules from those sets."""

from .helpers import found


def test_a_cited_document_number_with_another_issuers_code():
    got = found("根据《国务院关于加快发展银发经济增进老年人福祉的意见》（国办发〔2024〕1号）精神", "policy.document_number")
    assert got == ["国办发"]
    assert found("根据《国务院办公厅关于加快发展银发经济的意见》（国办发〔2024〕1号）", "policy.document_number") == []
    assert found("根据《国务院办公厅关于加快发展银发经济的意见》（国发〔2024〕1号）", "policy.document_number") == ["国发"]
    assert found("按照《中共中央 国务院关于学习运用“千万工程”经验的意见》（国发〔2024〕1号）", "policy.document_number") == ["国发"]
    # a local government and its general office: X政发 / X政办发
    assert found("按照《青川省人民政府办公厅关于优化营商环境的若干措施》（青政发〔2025〕8号）", "policy.document_number") == ["青政发"]
    assert found("按照《青川省人民政府关于优化营商环境的若干措施》（青政办发〔2025〕8号）", "policy.document_number") == ["青政办发"]
    assert found("按照《青川省人民政府关于优化营商环境的若干措施》（青政发〔2025〕8号）", "policy.document_number") == []
    # a ministry's own code is not checked
    assert found("按照《财政部关于加强预算管理的通知》（财预〔2025〕12号）", "policy.document_number") == []


def test_a_breakdown_by_one_criterion_adds_up_to_its_total():
    assert found("全市共有养老机构56家。按性质分，公办28家，民办26家。", "fact.total") != []
    assert found("全市共有养老机构56家。按性质分，公办28家，民办28家。", "fact.total") == []
    assert found("共组织培训12期，培训干部1500人次。分层次看，县级干部培训3期、科级干部培训5期、一般干部培训3期。", "fact.total") != []
    # two totals of the unit before it, or a per-head figure: whose parts they are is not clear
    assert found("抽检385批次，不合格8批次；餐饮环节抽检159批次。从食品类别看，蔬菜类抽检110批次，粮食类抽检60批次。",
                 "fact.total") == []
    assert found("全省居民人均可支配收入36842元。按常住地分，城镇居民48926元，农村居民23105元。", "fact.total") == []
    # 分 inside a clause heads no breakdown
    assert found("全市共有养老机构56家，要分类看待，公办28家、民办20家。", "fact.total") == []


def test_source_governance_of_disputes_is_su_yuan():
    assert found("深化溯源治理，推动矛盾纠纷源头化解，万人成讼率下降12%。", "language.collocation") == ["溯源治理"]
    assert found("加强法院与综治中心对接，深化溯源治理。", "language.collocation") == ["溯源治理"]
    assert found("开展入河排污口溯源治理，水质稳定达标。", "language.collocation") == []
    assert found("坚持诉源治理，推进调解工作。", "language.collocation") == []


def test_passable_read_as_unsatisfying_before_complaints():
    assert found("部分单位服务质量差强人意，群众意见较大。", "language.collocation") == ["差强人意"]
    assert found("这部作品差强人意。", "language.collocation") == []


def test_an_event_held_more_than_once_is_checked_against_the_occurrence_of_its_year():
    assert found("中央民族工作会议于2021年8月27日至28日在北京召开。", "fact.event_date") == []
    assert found("2014年9月28日至29日，中央民族工作会议在北京召开。", "fact.event_date") == []
    assert found("中央民族工作会议于2021年9月27日至28日在北京召开。", "fact.event_date") != []
    # a year between two occurrences that held none
    assert found("中央民族工作会议于2019年8月召开。", "fact.event_date") != []
    # after the last year the table knows, or before a series' first row that was not the first meeting: unknown
    assert found("2027年8月召开的中央民族工作会议", "fact.event_date") == []
    assert found("1999年9月召开的中央民族工作会议", "fact.event_date") == []
    # before the first meeting of its name (首次)
    assert found("在2019年11月召开的中央全面依法治国工作会议上", "fact.event_date") != []
    # a month and day without the year: right when any occurrence's
    assert found("8月27日至28日，中央民族工作会议在北京召开", "fact.event_date") == []
    assert found("9月27日至28日，中央民族工作会议在北京召开", "fact.event_date") != []
    # a numbered occurrence is its own
    assert found("第二次中央新疆工作座谈会于2020年9月召开", "fact.event_date") != []


def test_already_miswritten_with_the_preposition():
    assert found("目前项目以经完成主体工程，进入装修阶段。", "language.context") == ["以经"]
    assert found("坚持以经济建设为中心，以经审计的数据为准。", "language.context") == []


def test_bearing_the_brunt_needs_a_blow_in_its_sentence():
    assert found("优化营商环境，政务服务首当其冲。", "language.collocation") == ["首当其冲"]
    assert found("沿河低洼地带一旦遭遇强降雨，往往首当其冲。", "language.collocation") == []


def test_a_cited_national_law_that_does_not_exist():
    got = found("依据《中华人民共和国安全生产管理法》第二十条", "policy.law_name")
    assert got == ["《中华人民共和国安全生产管理法》"]
    assert found("依据《中华人民共和国安全生产法》第二十条和《中华人民共和国民营经济促进法》", "policy.law_name") == []
    # repealed laws exist (repealed.tsv reports them); a draft is no law yet
    assert found("《中华人民共和国合同法》", "policy.law_name") == []
    assert found("《中华人民共和国检察公益诉讼法》（草案）", "policy.law_name") == []


# -- rules from fresh29/30 ------------------------------------------------------------------------------------


def test_a_change_with_both_ends_stated():
    assert found("高新技术企业由2024年底的528家增加到2025年底的617家，净增79家。", "fact.difference") == ["79家"]
    assert found("高新技术企业由528家增加到617家，增加89家。", "fact.difference") == []
    assert found("全区户籍人口从12.6万人减少到11.9万人，减少0.5万人。", "fact.difference") == ["0.5万人"]


def test_a_share_of_a_target_in_brackets():
    assert found("全市城镇新增就业4.26万人，完成年度目标任务（5万人）的88.2%；", "fact.percentage") == ["88.2%"]
    assert found("全市城镇新增就业4.26万人，完成年度目标任务（5万人）的85.2%；", "fact.percentage") == []


def test_parts_under_a_whole_named_before_zhong():
    assert found("截至6月17日，23个问题中已完成整改19个，正在整改5个。", "fact.total") != []
    assert found("截至6月17日，23个问题中已完成整改19个，正在整改4个。", "fact.total") == []


def test_a_figure_with_two_neighbouring_digits_swapped():
    text = "全年查办各类案件1326件，罚没款4186万元。在查办的1236件案件中，食品类案件占比最高。"
    assert found(text, "fact.swapped_digits") == ["1236件"]
    # no shared words around the two figures: two different counts
    assert found("接待游客1326人次，其中外地游客占六成。另有志愿者服务1236人次。", "fact.swapped_digits") == []


def test_a_remainder_against_the_share_and_what_was_paid():
    text = ("按照分担比例，市级承担4500万元。目前市级配套资金已拨付2000万元。\n"
            "恳请市政府协调拨付剩余市级配套资金3500万元。")
    assert found(text, "fact.difference") == ["3500万元"]
    assert found(text.replace("3500万元", "2500万元"), "fact.difference") == []


def test_a_share_of_a_total_stated_in_an_earlier_paragraph():
    text = ("全省进出口总额2315.6亿元。其中，出口1486.3亿元，增长9.1%。\n"
            "机电产品出口812.5亿元，增长11.6%，占出口总额的58.7%。")
    assert found(text, "fact.percentage") == ["58.7%"]
    assert found(text.replace("58.7%", "54.7%"), "fact.percentage") == []


def test_a_count_and_the_list_it_announces():
    assert found("省级拓展事项5项，即个体工商户开办、农村宅基地建房、证照联办、灵活就业参保、义务教育入学、企业年报。",
                 "fact.count") == ["5项"]
    assert found("桃园村党委下设4个党支部，分别为：第一党支部、第二党支部、河湾党支部和茶叶产业党支部。", "fact.count") == []


def test_a_merger_breakdown_adds_up():
    text = "调整后，青湾镇行政区域面积为186.4平方公里（其中原青湾镇112.7平方公里、原石溪乡63.7平方公里）。"
    assert found(text, "fact.total") != []
    assert found(text.replace("186.4", "176.4"), "fact.total") == []


def test_a_breakdown_ends_at_a_clause_of_words():
    text = ("水库受损57座，其中中型水库6座、小型水库51座，主要表现为坝坡滑塌、溢洪道冲毁；水闸损毁89座；"
            "灌溉渠道损毁1236处。")
    assert found(text, "fact.total") == []


def test_a_complement_count_and_its_rate():
    assert found("经检验，合格3198批次，不合格62批次，不合格率为1.90%。", "fact.percentage") == []


def test_closing_formulas_of_another_genre():
    letter = "关于商请协助做好安全保障工作的函\n\n市公安局：\n\n请贵局给予大力支持。\n\n特此请示。\n"
    assert found(letter, "policy.closing") == ["特此请示"]
    assert found(letter.replace("特此请示", "特此函告"), "policy.closing") == []
    reply = "关于补助资金安排有关事项的复函\n\n省交通运输厅：\n\n你厅来函收悉。经研究，现批复如下：\n"
    assert found(reply, "policy.closing") == ["现批复如下"]


def test_a_listed_second_request_for_staff():
    text = ("关于拨付老旧小区改造配套资金的请示\n\n市人民政府：\n\n我局恳请市政府：一是协调市财政局尽快拨付剩余配套资金2500万元；"
            "二是同意为市老旧小区改造服务中心增加事业编制3名。\n")
    assert found(text, "policy.one_matter") != []


def test_mainland_opposite_hong_kong_and_states_with_taiwan():
    assert found("进一步深化国内与香港在现代服务业领域的合作。", "political.mainland_hk_macao") == ["国内"]
    assert found("对美国、日本、韩国、台湾等主要国家的进出口总体保持稳定。", "political.region_as_state") != []
    assert found("凭港澳居民来往大陆通行证办理", "political.term") == ["港澳居民来往大陆通行证"]


def test_a_group_of_the_core_values_before_its_name():
    text = "张贴“富强、民主、文明、和谐，自由、平等、公正、法治，爱国、敬业、诚信、友爱”社会主义核心价值观公益广告"
    assert found(text, "political.formulation_item") == ["友爱"]


def test_titles_and_numbers_of_fresh29_and_30():
    assert found("认真贯彻《中华人民共和国食品安全法》和《食品安全法》实施条例", "format.title_marks") == ["《食品安全法》实施条例"]
    assert found("每年至少组织1次《政府开放日》活动", "format.title_marks") == ["《政府开放日》"]
    assert found("阅读《平凡的世界》活动", "format.title_marks") == []
    assert found("全区共检查生产经营单位12,86家次", "format.number_separator") == ["12,86"]
    assert found("非遗工坊带动就业2,3万余人。", "format.number_separator") == ["2,3"]
    assert found("见第1,2条", "format.number_separator") == []


def test_collocations_of_fresh29_and_30():
    for text, word in (("已市级创业孵化示范基地建设为契机，新认定4家", "已"),
                       ("7月下旬在全市召开户外广告安全隐患排查整治专项行动，由王建平牵头", "召开户外广告安全隐患排查整治专项行动"),
                       ("在省委、省政府的坚强领导下，使全省交通运输系统攻坚克难", "使"),
                       ("要坚持实事求是，切记“一刀切”。", "切记")):
        assert found(text, "language.collocation") == [word], text
    assert found("今年已将该项目列为重点，已成为全省样板。", "language.collocation") == []
    assert found("召开专项行动动员会。", "language.collocation") == []
    assert found("着力加大项目前期工作质量，用好专项债", "language.collocation") != []
    assert found("签约项目质量明显增多。", "language.collocation") != []


def test_names_the_near_miss_detector_leaves_alone():
    assert found("街道协调区属国有企业禾川城发物业服务有限公司承接物业", "language.nearmiss") == []
    assert found("临溪区晓园街道党工委副书记", "language.nearmiss") == []
    assert found("确保责任人知责、明责、履责。", "language.nearmiss") == []
