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
