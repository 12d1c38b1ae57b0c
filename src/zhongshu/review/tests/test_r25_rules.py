"""Round 25 (session 20): rules from fresh43 and fresh44 and leftovers of round 24, each with a case it must leave alone."""

from .helpers import found

# --- leftovers of round 24 ------------------------------------------------------------------------------------


def test_round25_observance_days_by_short_name_and_weekday_rule():
    assert found("办好“3·22”世界气象日宣传活动。", "fact.event_date") == ["3·22"]
    assert found("以“3·23”世界气象日为契机开展科普宣传。", "fact.event_date") == []
    assert found("结合“12·4”国家宪法日开展宣传。", "fact.event_date") == []
    assert found("2026年9月20日是第26个全民国防教育日。", "fact.event_date") == ["9月20日"]
    assert found("2026年9月19日是第26个全民国防教育日。", "fact.event_date") == []
    assert found("2026年3月12日是第47个植树节。", "fact.anniversary") == ["第47个"]
    assert found("2026年3月12日是第48个植树节。", "fact.anniversary") == []


def test_round25_period_day_count_is_exact_and_reads_the_whole_stay():
    stay = "拟于2026年12月7日（星期一）至12日（星期六）对我省进行友好访问，访问期间共{}天。"
    assert found(stay.format(5), "fact.period") == ["5天"]
    assert found(stay.format(6), "fact.period") == []
    assert found("培训于3月2日至6日举行，为期4天。", "fact.period") == ["4天"]
    assert found("培训于3月2日至6日举行，为期5天。", "fact.period") == []
    assert found("活动于3月2日至6日举行，期间开展实操，其中共2天。", "fact.period") == []


def test_round25_skip_level_recipient_of_a_village_or_a_county_unit():
    village = "柳塘镇杏林村民委员会关于申请村道改造资金的请示\n{}：\n　　我村……特此请示。\n"
    assert found(village.format("岚江县人民政府"), "policy.skip_level") == ["岚江县人民政府"]
    assert found(village.format("柳塘镇人民政府"), "policy.skip_level") == []
    bureau = "岚江县教育局关于申请校舍改造资金的请示\n{}：\n　　我局……特此请示。\n"
    assert found(bureau.format("澜州市人民政府"), "policy.skip_level") == ["澜州市人民政府"]
    assert found(bureau.format("澜州市教育局"), "policy.skip_level") == []
    assert found(bureau.format("县人民政府"), "policy.skip_level") == []
    assert found("岚江县人民政府关于申请资金的请示\n澜州市人民政府：\n　　我县……\n", "policy.skip_level") == []


# --- from fresh43 (a city's 数据局, 科技局, 工信局, 国动办, 营商环境建设局 and a 大数据产业园) ----------------------------


def test_round25_shares_points_daily_averages_validity_and_phases():
    assert found("其中“全程网办”事项2136项，占事项总数（2845项）的81.5%。", "fact.percentage") == ["81.5%"]
    assert found("其中“全程网办”事项2136项，占事项总数（2845项）的75.1%。", "fact.percentage") == []
    assert found("群众满意率94.3%，较第二季度（92.5%）上升2.1个百分点。", "fact.percentage") == ["2.1个百分点"]
    assert found("群众满意率94.3%，较第二季度（92.5%）上升1.8个百分点。", "fact.percentage") == []
    assert found("1至10月，热线共受理诉求152.6万件，日均超过6000件，按时办结率98.4%。", "fact.average") == ["6000件"]
    assert found("1至10月，热线共受理诉求152.6万件，日均超过6000件，按时办结率98.4%。", "fact.percentage") == []
    assert found("1至10月，热线共受理诉求152.6万件，日均超过5000件。", "fact.average") == []
    assert found("本办法自2026年12月1日起施行，有效期3年，至2028年11月30日止。", "fact.period") == ["2028年11月30日"]
    assert found("本办法自2026年12月1日起施行，有效期3年，至2029年11月30日止。", "fact.period") == []
    phases = "基地规划总建筑面积{}万平方米，分三期建设：一期4.5万平方米，依托现有厂房改造；二期5.5万平方米；三期3万平方米。"
    assert found(phases.format(12), "fact.sum") == ["12万平方米"]
    assert found(phases.format(13), "fact.sum") == []
    assert found("全市规模以上工业企业1268家，截至10月底，已有815家实施数字化改造，占比达到68.3%。", "fact.percentage") == ["68.3%"]
    assert found("全市规模以上工业企业1268家，截至10月底，已有815家实施数字化改造，占比达到64.3%。", "fact.percentage") == []
    assert found("全市算力总规模达到3000P，其中智能算力2100P，占比达到60%。", "fact.percentage") == ["60%"]


def test_round25_policy_from_fresh43():
    assert found("本批复与国家法律法规不一致的，以本批复为准。", "policy.authority") == ["以本批复为准"]
    assert found("本办法与上级规定不一致的，以上级规定为准。", "policy.authority") == []
    assert found("对成长性好的企业，由市科技局直接认定为高新技术企业。", "policy.authority") == ["市科技局直接认定为高新技术企业"]
    assert found("对首次认定为国家高新技术企业的，给予30万元奖励。", "policy.authority") == []
    assert found("行政机关应当自受理行政许可申请之日起三十日内作出行政许可决定。", "policy.time_limit") == ["三十日"]
    assert found("行政机关应当自受理行政许可申请之日起二十日内作出行政许可决定。", "policy.time_limit") == []
    assert found("由园区管委会以请示形式直接报省人民政府。", "policy.skip_level") == ["园区管委会以请示形式直接报省人民政府"]
    assert found("由市政府直接报省人民政府。", "policy.skip_level") == []
    cited = "根据《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》《{}》等法律法规。"
    assert found(cited.format("政府信息公开条例"), "policy.law_name") == ["政府信息公开条例"]
    assert found(cited.format("中华人民共和国政府信息公开条例"), "policy.law_name") == []
    assert found("符合《信息安全技术　个人信息安全规范》（GB/T 35273—2017）的要求。", "policy.repealed") == ["GB/T 35273—2017"]


def test_round25_language_and_political_from_fresh43():
    assert found("项目立项等工作进展的较为缓慢。", "language.de") == ["的"]
    assert found("大会的举办有力的推动了市场建设。", "language.de") == ["的"]
    assert found("给予有力的支持。", "language.de") == []
    assert found("入库数量实现了快速地增长。", "language.collocation") == ["地"]
    assert found("进一步加大数据共享的力度和范围。", "language.collocation") == ["范围"]
    assert found("截至10月底止，已有815家。", "language.collocation") == ["止"]
    assert found("截至10月底，已有815家。", "language.collocation") == []
    assert found("你局要在要充分论证的基础上会同有关部门。", "language.collocation") == ["要"]
    assert found("主要座落在青湾区。", "language.typo") == ["座落"]
    assert found("到堪培拉、维多利亚州和南澳演出。", "language.typo") == []
    assert found("坚持面向世界科技前沿、面向经济主战场、面向国家重大需求，以科技创新引领产业创新。",
                 "political.formulation_missing") == ["面向世界科技前沿、面向经济主战场、面向国家重大需求"]
    assert found("每年9月的第三个星期六为全民国防教育日。", "fact.anniversary") == []


# --- from fresh44 (party offices of a bank's, a tobacco monopoly's, a grid company's and a postal provincial branch) ----


def test_round25_fact_from_fresh44():
    assert found("贷款余额365.2亿元，较年初增加41.8亿元，增长11.2%。", "fact.percent") == ["11.2%"]
    assert found("贷款余额365.2亿元，较年初增加41.8亿元，增长12.9%。", "fact.percent") == []
    assert found("2027年是中国共产党成立106周年，也是中国人民解放军建军90周年。\n\n某局\n2026年11月25日\n",
                 "fact.anniversary") == ["90周年"]
    villages = "全县共有行政村186个，已建成服务站142个，覆盖率76.3%，尚有{}个行政村未实现覆盖。"
    assert found(villages.format(48), "fact.sum") == ["48个"]
    assert found(villages.format(44), "fact.sum") == []
    assert found("集中整改期为3个月，自2026年11月1日起至2027年3月31日止。", "fact.period") == ["3个月，自2026年11月1日起至2027年3月31日"]
    assert found("集中整改期为3个月，自2026年11月1日起至2027年1月31日止。", "fact.period") == []


def test_round25_policy_and_language_from_fresh44():
    assert found("严格执行讨论决定干部任免事项须有半数以上委员到会的规定。", "policy.rule_figure") == ["半数以上"]
    assert found("讨论决定干部任免事项，必须有三分之二以上成员到会。", "policy.rule_figure") == []
    assert found("单位负责人接到报告后，应当于2小时内向事故发生地县级以上人民政府报告。", "policy.rule_figure") == ["2小时"]
    assert found("单位负责人接到报告后，应当于1小时内向事故发生地县级以上人民政府报告。", "policy.rule_figure") == []
    assert found("党支部委员会会议一般每季度召开1次。", "policy.rule_figure") == ["每季度"]
    assert found("党员大会一般每季度召开1次，支部委员会会议一般每月召开1次。", "policy.rule_figure") == []
    assert found("切实加大风险识别的精准性和及时性。", "language.collocation") == ["加大"]
    assert found("确保各项整改任务落实地扎实有效。", "language.collocation") == ["地"]
    assert found("落实地方政府责任。", "language.collocation") == []
    assert found("有针对性的制定改进措施。", "language.collocation") == ["的"]
    assert found("制定有针对性的措施。", "language.collocation") == []
    assert found("日前将整改情况报安全监察部。", "policy.renamed_body") == []
    assert found("提前做好防覆冰准备。", "language.nearmiss") == []
    assert found("坚决做到“两个维护”，增强“四个意识”、坚定“四个自信”，不断提高政治判断力。", "political.formulation_order") == []
    assert found("做到“两个维护”、增强“四个意识”、坚定“四个自信”。", "political.formulation_order") != []
    assert found("中共滨江省烟草专卖局（公司）党组\n党组会议纪要\n", "language.duplicate") == []
