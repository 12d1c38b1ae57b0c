"""Round 13: breakdowns in brackets, periods counted with 共, money breakdowns whose labels start with 超,
shares of an age group, anniversaries being prepared, observances dated before the 成文日期, 附件 names in
书名号, 的/地/得 after more verbs, two collocations, 请示报告 to be written, and new entries."""

from .helpers import found

DATED = "\n\n青岚市民政局\n2025年12月16日\n"


def test_bracket_breakdown_that_falls_short_of_its_total():
    text = "参加基层项目177人（西部计划52人、“三支一扶”68人、特岗教师47人）。"
    assert found(text, "fact.total") == ["177人（西部计划52人、“三支一扶”68人、特岗教师47人）"]


def test_bracket_breakdown_that_adds_up_or_is_partial():
    assert found("全市共有养老机构56家（公办23家、民办33家）。", "fact.total") == []
    assert found("全市共有养老机构56家（其中公办23家、民办20家）。", "fact.total") == []
    assert found("全市共有养老机构56家（公办23家、民办10家）。", "fact.total") == []  # far short: a partial list
    assert found("培训干部120人（党员80人、女性50人）。", "fact.total") == []  # parts that overlap


def test_bracket_breakdown_that_exceeds_its_total():
    assert found("共办理案件40件（刑事25件、民事20件）。", "fact.total") == ["40件（刑事25件、民事20件）"]


def test_period_counted_with_gong():
    text = "工期为2025年7月10日至8月25日，共45天，确保开学前投入使用。"
    assert found(text, "fact.period") == ["45天"]
    assert found("工期为2025年7月10日至8月25日，共47天，确保开学前投入使用。", "fact.period") == []


def test_money_breakdown_with_a_label_starting_with_chao():
    text = ("共自查发现违规收费问题涉及金额86.7万元，其中重复收费32.4万元、超标准收费21.5万元、"
            "串换项目收费18.6万元、分解收费11.2万元，已全部退回。")
    assert found(text, "fact.total") != []
    ok = "涉及金额83.7万元，其中重复收费32.4万元、超标准收费21.5万元、串换项目收费18.6万元、分解收费11.2万元。"
    assert found(ok, "fact.total") == []


def test_sum_of_copies_counts_fen():
    text = "本次检查共抽查运行病历1260份、终末病历840份，合计2000份；现场检查312例。"
    assert found(text, "fact.total") == ["2000份"]
    assert found("共抽查运行病历1260份、终末病历840份，合计2100份。", "fact.total") == []


def test_share_of_an_age_group():
    text = "全市实名注册青年志愿者12.6万人，占全市14—35岁青年总数63万人的18.2%。"
    assert found(text, "fact.percentage") == ["12.6万人，占全市14—35岁青年总数63万人的18.2%"]  # the part, its whole and the share (round 35)
    assert found("全市实名注册青年志愿者12.6万人，占全市14—35岁青年总数63万人的20%。", "fact.percentage") == []


def test_anniversary_being_prepared():
    text = "一、工作进展\n　　筹备庆祝中国人民解放军建军97周年走访慰问活动，确保慰问金物在7月底前送达。" + DATED
    assert found(text, "fact.anniversary") == ["97周年"]
    ok = "一、工作进展\n　　筹备庆祝中国人民解放军建军98周年走访慰问活动。" + DATED
    assert found(ok, "fact.anniversary") == []


def test_observance_dated_before_the_signing_date_is_this_years():
    text = "一、工作进展\n　　5月18日，组织开展第34次全国助残日系列活动。" + DATED
    assert found(text, "fact.anniversary") == ["第34次"]
    assert found("一、工作进展\n　　5月18日，组织开展第35次全国助残日系列活动。" + DATED, "fact.anniversary") == []


def test_attachment_name_in_book_title_marks():
    text = "　　特此通知。\n\n　　附件：《青岚市养老服务提升行动任务分解表》\n" + DATED
    assert found(text, "format.attachment") == ["《青岚市养老服务提升行动任务分解表》"]
    assert found("　　特此通知。\n\n　　附件：青岚市养老服务提升行动任务分解表\n" + DATED, "format.attachment") == []


def test_de_di_de_after_more_verbs():
    assert found("要切实的担负起本单位课堂、讲座的管理责任。", "language.de") == ["的"]
    assert found("存在与专业实践结合的不够紧密等问题。", "language.de") == ["的"]
    assert found("两者结合的方式值得推广。", "language.de") == []


def test_collocations_of_wenti_and_jijixing():
    assert found("难以满足学生就餐问题。", "language.collocation") == ["满足学生就餐问题"]
    assert found("满足群众就餐需求，解决就餐问题。", "language.collocation") == []
    assert found("如何加强居民参与积极性仍是难题。", "language.collocation") == ["加强居民参与积极性"]
    assert found("加强宣传，调动居民参与积极性。", "language.collocation") == []


def test_qingshi_baogao_to_be_written():
    assert found("各单位将活动开展情况形成请示报告报市总工会。", "policy.genre") == ["请示报告"]
    assert found("严格执行重大事项请示报告制度。", "policy.genre") == []


def test_round13_entries():
    assert found("深入实施科教强国战略。", "political.term") == ["科教强国战略"]
    assert found("贯彻男女平等基本政策。", "political.term") == ["男女平等基本政策"]
    assert found("保持和增强共青团组织的政治性、先进性、人民性。", "political.formulation_item") == ["人民性"]
    assert found("依照《军人抚恤优待条例》（2011年修订）执行。", "policy.law_revision") == ["（2011年修订）"]
    assert found("市卫生和计划生育委员会：\n", "policy.renamed_body") == ["卫生和计划生育委员会"]
    assert found("书面报送市残联宣传文化部。", "policy.renamed_body") == []
    assert found("做好志愿者注册、服务时长纪录工作。", "language.context") == ["纪录"]
    for wrong in ("述求", "随防", "危机值", "窜换", "明橱亮灶"):
        assert found(f"办理居民{wrong}事项。", "language.typo") == [wrong], wrong


def test_round13_clean_words():
    assert found("根据学校校历安排，寒假放假。", "language") == []
    assert found("树立学为人师、行为世范的职业理想。", "language") == []


def test_round13_field_typos_load_and_leave_their_right_forms_alone():
    import itertools

    from zhongshu.review.dictionary import load_builtin

    rows = [r for r in load_builtin("typos.tsv").rows]
    assert len(rows) > 850
    # every wrong form is reported in plain text, and its right form is not
    for wrong, right, *_ in itertools.islice(rows[-300:], 0, None, 23):
        assert found(f"关于{wrong}的情况。", "language.typo") == [wrong], wrong
        assert found(f"关于{right}的情况。", "language.typo") == [], right
