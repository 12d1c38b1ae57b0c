"""Round 21: rules written before the blind sets fresh35/36 were read, and the rules from those sets."""

from .helpers import found


def test_an_idiom_slip_through_a_rarer_reading_of_a_polyphonic_character():
    # 解 xiè of 浑身解数, 艾 yì of 自怨自艾: readings soundalike.tsv leaves out (data/soundalike_minor.tsv)
    assert found("他使出浑身谢数，仍未完成任务。", "language.nearmiss") == ["浑身谢数"]
    assert found("不要自怨自义，要振作起来。", "language.nearmiss") == ["自怨自义"]
    assert found("他使出浑身解数，终于自怨自艾。", "language.nearmiss") == []
    # only in four-character idioms: the rarer reading makes no two-character slip (谢决 is not read as 解决)
    assert found("要切实谢决好群众反映的问题。", "language.nearmiss") == []


def test_outdated_schemes_and_terms():
    assert found("做好城镇居民基本养老保险和新型农村社会养老保险参保扩面工作。", "policy.outdated_scheme") == [
        "城镇居民基本养老保险", "新型农村社会养老保险"]
    assert found("做好城乡居民基本养老保险参保扩面工作。", "policy.outdated_scheme") == []
    assert found("根据村民委员会组织法，村民委员会每届任期三年。", "policy.outdated_scheme") == ["村民委员会每届任期三年"]
    assert found("根据村民委员会组织法，村民委员会每届任期五年。", "policy.outdated_scheme") == []


def test_a_regulation_cited_with_the_state_prefix():
    text = "专项整治对照《{}医疗保障基金使用监督管理条例》开展。"
    assert found(text.format("中华人民共和国"), "policy.law_name") == ["《中华人民共和国医疗保障基金使用监督管理条例》"]
    assert found(text.format(""), "policy.law_name") == []


def test_a_letter_asks_for_no_approval():
    letter = "岚江市人力资源和社会保障局\n\n关于开展联合检查的函\n\n市住房和城乡建设局：\n\n请贵局研究后将名单反馈我局，{}。\n"
    assert found(letter.format("并予批复"), "policy.closing") == ["并予批复"]
    assert found(letter.format("请予函复"), "policy.closing") == []


def test_a_revision_year_inside_the_title_and_before_a_short_name():
    assert found("依据《军人抚恤优待条例（2011年修订）》开展检查。", "policy.law_revision") == ["（2011年修订）"]
    assert found("依据《军人抚恤优待条例（2024年修订）》开展检查。", "policy.law_revision") == []
    assert found("依据《中华人民共和国农产品质量安全法》（2018年修正，以下简称农产品质量安全法）", "policy.law_revision") == ["2018年修正"]


def test_a_first_version_dated_before_its_adoption():
    assert found("《保障农民工工资支付条例》自2019年5月1日起施行以来，成效明显。", "fact.law_date") == ["2019年5月1日"]
    assert found("《保障农民工工资支付条例》自2020年5月1日起施行以来，成效明显。", "fact.law_date") == []
    assert found("渐进式延迟法定退休年龄改革自2024年1月1日起实施以来，我局积极推进。", "fact.law_date") == ["2024年1月1日"]


def test_several_requests_listed_in_one_qingshi():
    text = ("中共岚江市委组织部\n\n关于2027年度选调生招录计划的请示\n\n市委：\n\n为确保招录计划顺利实施，特提请：一是批准上述招录计划；"
            "二是由市政府在市级财政预算中安排专项经费120万元{}。\n\n以上请示，妥否，请批示。\n")
    assert found(text.format("；三是协调核增行政编制30名"), "policy.one_matter") != []
    assert found("为确保招录计划顺利实施，特提请：一是批准上述招录计划；二是组织好笔试面试。", "policy.one_matter") == []


def test_exhaustive_breakdowns_and_mixed_units():
    assert found("共追回医保基金及违约金386.42万元，其中追回基金312.58万元、收取违约金63.84万元。", "fact.total") != []
    assert found("共追回医保基金及违约金376.42万元，其中追回基金312.58万元、收取违约金63.84万元。", "fact.total") == []
    text = "慰问低保对象3126户、特困供养人员684人、重点优抚对象1052人，合计{}户（人）。"
    assert found(text.format("4962"), "fact.total") == ["4962户"]
    assert found(text.format("4862"), "fact.total") == []
    text = "全市计划走访慰问困难群众{}万户，其中城镇0.72万户、农村1.04万户。"
    assert found(text.format("1.86"), "fact.total") != []
    assert found(text.format("1.76"), "fact.total") == []


def test_a_breakdown_of_an_earlier_figure_and_of_a_change():
    assert found("全市共设立基层立法联系点12个，覆盖7个县（市、区），其中设在乡镇的5个、村的4个、企业的2个、律师事务所的1个。",
                 "fact.total") == []
    assert found("拟招录选调生75名，比2026年增加5名。其中，定向招录毕业生45名，面向省内高校招录30名。", "fact.total") == []


def test_a_rate_against_the_base_after_jiao():
    text = "全市共有城乡低保对象2198户3575人，较上年同期的2316户减少118户，下降{}%。"
    assert found(text.format("6.1"), "fact.percent") == ["6.1%"]
    assert found(text.format("5.1"), "fact.percent") == []


def test_a_gap_of_places_counted_by_people():
    text = "新区现有幼儿园3所，可提供学位1080个。新区适龄幼儿入园需求达1460人，学位缺口{}个。"
    assert found(text.format("420"), "fact.total") == ["420个"]
    assert found(text.format("380"), "fact.total") == []


def test_working_days_sessions_and_quotas():
    text = "定于2026年12月7日至18日（共{}个工作日）开展检查。"
    assert found(text.format("8"), "fact.period") == ["8个工作日"]
    assert found(text.format("10"), "fact.period") == []
    text = "推荐年轻干部共180名，分3期举办，每期{}名。"
    assert found(text.format("50"), "fact.total") == ["50名"]
    assert found(text.format("60"), "fact.total") == []
    text = "同意大会代表名额为260名。妇女代表比例不低于25%，即不少于{}名。"
    assert found(text.format("60"), "fact.percentage") == ["60名"]
    assert found(text.format("65"), "fact.percentage") == []


def test_weekdays_early_next_year_after_a_late_date():
    text = "2026年11月26日\n\n全市中小学寒假自1月23日（星期{}）开始。"
    assert found(text.format("六"), "fact.weekday") == []  # 2027-01-23
    assert found(text.format("日"), "fact.weekday") == ["星期日"]


def test_minutes_title_and_bracket_headings():
    text = "澄岭市人民政府常务会议纪要\n\n第23期\n\n澄岭市人民政府第二十三次常务会议纪要{}\n\n会议研究了有关事项。\n"
    assert found(text.format("。"), "format.title_punct") == ["。"]
    assert found(text.format(""), "format.title_punct") == []
    text = "（一）加强队伍建设。\n\n1.充实力量。\n\n{}将经费列入预算。\n"
    assert found(text.format("2)"), "format.heading_sep") == ["2)"]
    assert found(text.format("2."), "format.heading_sep") == []


def test_formulations_of_round_21():
    assert found("坚持党的领导、依法治国、人民当家作主有机统一。", "political.formulation_order") == ["党的领导、依法治国、人民当家作主"]
    assert found("坚持党的领导、人民当家作主、依法治国有机统一。", "political.formulation_order") == []
    assert found("让军人成为全社会尊重的职业。", "political.term") == ["让军人成为全社会尊重的职业"]
    assert found("巩固马克思主义在意识形态领域的主导地位。", "political.term") == ["意识形态领域的主导地位"]


def test_language_of_round_21():
    assert found("实实在在的为基层干部松绑减负。", "language.de") == ["的"]
    assert found("这是一个实实在在的帮助。", "language.de") == []
    assert found("把全会精神学的更深更透。", "language.de") == ["的"]
    assert found("（一）基层监管能力不足。由于人员多为兼职，导致巡查难以全覆盖。", "language.collocation") == ["导致"]
    assert found("对群众工作不太熟习。", "language.collocation") == ["熟习"]
    assert found("他熟习业务。", "language.collocation") == []
    assert found("请登陆查阅。", "language.context") == ["登陆"]
    assert found("部队登陆作战。", "language.context") == []
    assert found("逐一排查，作到应查尽查。", "language.typo") == ["作到"]
    assert found("他们工作到深夜，被比作到了极点。", "language.typo") == []
    assert found("职工医保个人帐户可用于支付。", "language.typo") == ["帐户"]
    assert found("投放量不低于360屯。", "language.collocation") == ["屯"]
    assert found("防止出现乱收费现象的发生。", "language.collocation") == ["发生"]


def test_no_false_alarms_of_round_21():
    assert found("同步开好基层党组织组织生活会。", "language.duplicate") == []
    assert found("发展稻虾共作，通过一事一议筹资筹劳折资15万元，为种养户节约运费，配足配齐药品。", "language.nearmiss") == []
