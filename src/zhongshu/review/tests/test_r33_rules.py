"""Round 33 (session 25): rules from the leftovers of the earlier sets and from fresh63–fresh66, each with a
case it must leave alone."""

from .helpers import found

# --- one matter per 请示, no request in a 报告 ------------------------------------------------------------------------

_QINGSHI = ("关于{title}的请示\n\n市人民政府：\n\n为改善办公条件，我局拟对机关办公楼进行维修改造。现将有关事项请示如下：\n\n"
            "（一）恳请市政府同意将上述项目列入2026年度维修改造计划。\n\n（二）恳请市政府同意我局{second}，用于保障工作需要。\n\n"
            "妥否，请批示。\n")


def test_round33_a_second_request_for_a_matter_of_its_own():
    doc = _QINGSHI.format(title="办公楼维修改造", second="增加公务用车编制3个")
    assert found(doc, "policy.one_matter") == ["恳请市政府同意我局增加公务用车编制3个，用于保障工作需要。"]
    # the title names it: the same matter
    assert found(_QINGSHI.format(title="办公楼维修改造暨公务用车编制", second="增加公务用车编制3个"), "policy.one_matter") == []
    # money and land for the project asked for are part of it
    assert found(_QINGSHI.format(title="办公楼维修改造", second="落实项目用地指标"), "policy.one_matter") == []


def test_round33_a_side_request_found_past_a_want_the_title_names():
    doc = ("关于更新部分市级机关公务用车的请示\n\n市人民政府：\n\n我局拟更新公务用车12辆。现将有关情况请示如下。\n\n"
           "恳请批准更新计划。为提升效率，一是拟增加充电桩12个；二是恳请批准我局下属的市机关公务用车服务中心核增事业编制3名。\n")
    assert found(doc, "policy.one_matter") == ["二是恳请批准我局下属的市机关公务用车服务中心核增事业编制3名。"]


def test_round33_a_report_asking_for_money_in_the_budget():
    report = "关于2026年全市生态环境质量状况的报告\n\n市人民政府：\n\n今年以来，全市空气质量持续改善。为巩固成效，{}。\n\n特此报告。\n"
    ask = "恳请市政府在2027年财政预算中安排大气污染防治专项资金3000万元"
    assert found(report.format(ask), "policy.report_with_request") == [ask[:-6]]
    assert found(report.format("我局将在2027年预算中安排专项资金3000万元"), "policy.report_with_request") == []
    assert found(report.replace("报告", "请示").format(ask), "policy.report_with_request") == []


# --- weekdays --------------------------------------------------------------------------------------------------------


def test_round33_the_eve_of_new_year_is_this_year_not_the_year_named():
    notice = ("关于做好2027年元旦期间值班工作的通知\n\n各部门：\n\n2027年元旦假期为1月1日（星期五）至1月3日（星期日）。\n"
              "节前准备。12月31日（星期{}）下午，各部门要开展一次安全检查。\n\n县人民法院\n2026年11月25日\n")
    assert found(notice.format("五"), "fact.weekday") == ["星期五"]  # 2026年12月31日 is a Thursday
    assert found(notice.format("四"), "fact.weekday") == []
    # a plan for next year sent out in December: its dates are the named year's
    plan = "关于印发《2027年工作要点》的通知\n\n7月1日（星期四）召开推进会。\n\n市委办公室\n2026年12月20日\n"
    assert found(plan, "fact.weekday") == []


def test_round33_a_plan_named_for_a_year_without_a_date_line():
    plan = "青岚市图书馆2025年全民阅读推广活动实施方案\n\n一、活动安排\n以4月23日（星期{}）世界读书日为节点，举办主题活动周。\n"
    assert found(plan.format("四"), "fact.weekday") == ["星期四"]
    assert found(plan.format("三"), "fact.weekday") == []


# --- figures ---------------------------------------------------------------------------------------------------------


def test_round33_a_part_with_its_own_breakdown_is_one_part():
    staff = ("全院在岗职工68人，其中卫生技术人员57人，包括执业（助理）医师19人、注册护士24人、药学人员5人、检验人员4人、"
             "影像人员5人；其他技术和管理人员{}人。")
    assert found(staff.format(11), "fact.total") == []
    assert len(found(staff.format(14), "fact.total")) == 1


def test_round33_a_total_named_as_its_parts_merged():
    visits = "全年完成门急诊{}万人次，其中门诊4.18万人次、急诊0.36万人次，同比增长7.4%。"
    assert len(found(visits.format("4.62"), "fact.total")) == 1
    assert found(visits.format("4.54"), "fact.total") == []
    # parts of another thing than the total: no closed breakdown
    assert found("预计参展企业约600家，其中境外企业80家左右，来自港澳台地区的参展企业约50家。", "fact.total") == []


def test_round33_shares_with_long_labels():
    s = "全市中医类诊疗总量386.5万人次，其中中医类医院占41.2%、基层医疗卫生机构中医诊疗占38.5%、综合医院等其他机构中医科室占{}%。"
    assert len(found(s.format("23.6"), "fact.share_sum")) == 1
    assert found(s.format("20.3"), "fact.share_sum") == []


def test_round33_a_named_whole_in_the_paragraph_before():
    text = ("截至2026年10月31日，我院共收到项目资金256.5万元。\n\n截至10月31日，项目资金累计支出227.9万元，执行率为88.8%，"
            "结余28.6万元，占到位资金的{}%。")
    assert found(text.format("11.2"), "fact.percentage") == []
    assert found(text.format("15.2"), "fact.percentage") == ["15.2%"]


def test_round33_points_to_a_bound():
    s = "中医类别执业医师占比由2025年的21.6%提高到25%以上，提高{}个百分点以上。"
    assert found(s.format("4.4"), "fact.percentage") == ["4.4个百分点"]
    assert found(s.format("3.4"), "fact.percentage") == []


def test_round33_a_deadline_put_to_the_addressee():
    letter = "学校传染病防控涉及面广。请贵局于11月{}日前将联络人名单反馈我中心。\n\n特此函商。\n\n临澜市疾病预防控制中心\n2026年11月18日\n"
    assert found(letter.format(16), "fact.date_order") == ["11月16日"]
    assert found(letter.format(25), "fact.date_order") == []


def test_round33_a_step_takes_the_year_written_in_it():
    plan = ("三、实施步骤\n（一）动员部署阶段（2026年12月1日至12月15日）。于12月15日前将实施方案报市卫生健康委。\n"
            "（二）总结提升阶段（2027年4月16日至5月31日）。于5月{}日前将工作总结报市卫生健康委。\n")
    assert found(plan.format(20), "fact.date_order") == []
    # no full date in the steps: the year of the 成文日期
    steps = "三、实施步骤\n（一）部署。于3月15日前报送方案。\n（二）总结。于3月{}日前报送总结。\n\n市卫生健康委\n2026年3月1日\n"
    assert found(steps.format(10), "fact.date_order") == ["3月10日"]


def test_round33_counts_and_percent_in_words():
    assert found("落实十八项医疗质量安全核心制度，完成12项、28项、36项检查。", "format.number") == []
    assert found("覆盖率达到25%，达标率41.2%，中医药技术方法的比例达到百分之八十以上。", "format.number") == ["百分之八十"]
    assert found("比例达到百分之八十以上，群众满意。", "format.number") == []  # no Arabic percentages to match


def test_round33_a_withheld_phone_number_is_no_mojibake():
    assert found("联系人：钱悦，联系电话：6235××××。", "format.mojibake") == []
    assert found("文件内容ÃÂ©ÃÂ¨ÃÂ乱码", "format.mojibake") != []


# --- political and policy --------------------------------------------------------------------------------------------


def test_round33_session_and_plenum_names():
    assert found("第十四届全国人民代表大会第四次全体会议审议批准了纲要。", "political.session_name") == ["全体会议"]
    assert found("第十四届全国人民代表大会第四次会议第三次全体会议审议批准了纲要。", "political.session_name") == []
    assert found("中国共产党第二十届中央委员会第四次会议审议通过。", "political.session_name") == ["中央委员会第四次会议"]
    assert found("中国共产党第二十届中央委员会第四次全体会议审议通过。", "political.session_name") == []
    assert found("市第十五届人民代表大会常务委员会第二十次会议、政协澜州市第十届委员会第五次会议。", "political.session_name") == []


def test_round33_a_plenum_document_credited_to_another_plenum():
    s = "为深入贯彻党的{}审议通过的《中共中央关于制定国民经济和社会发展第十五个五年规划的建议》，"
    assert found(s.format("二十届三中全会"), "political.plenum_document") == ["二十届三中全会"]
    assert found(s.format("二十届四中全会"), "political.plenum_document") == []
    assert found("学习十九届六中全会精神和《中共中央关于党的百年奋斗重大成就和历史经验的决议》", "political.plenum_document") == []


def test_round33_bodies_laws_and_standards():
    assert found("落实国务院金融稳定发展委员会的部署。", "policy.renamed_body") == ["国务院金融稳定发展委员会"]
    assert found("报送国家市场监督管理局。", "political.term") == ["国家市场监督管理局"]
    assert found("报送国家市场监督管理总局。", "political.term") == []
    for cite in ("《中华人民共和国增值税暂行条例》", "《中华人民共和国进出口关税条例》", "《金融机构反洗钱规定》",
                 "《非法金融机构和非法金融业务活动取缔办法》"):
        assert found(f"根据{cite}有关规定办理。", "policy.repealed") == [cite]
    assert found("按照《综合医院建设标准》（建标110-2008）规划。", "policy.repealed") == ["建标110-2008"]
    assert found("依据《中华人民共和国中医药法》第七十二条规定。", "policy.article_missing") == ["第七十二条"]
    assert found("依据《中华人民共和国中医药法》第六十三条规定。", "policy.article_missing") == []
    assert found("《中华人民共和国献血法》第二十六条", "policy.article_missing") == ["第二十六条"]


# --- language --------------------------------------------------------------------------------------------------------


def test_round33_words_and_collocations():
    cases = {
        "以“原始股上市”等名义盅惑群众": "盅惑",
        "确保具备足够的代尝能力": "代尝",
        "认真撰写民主生活会对照检察材料": "对照检察",
        "老年人风险意识单薄": "意识单薄",
        "切实为纳税人缴费人造成便利": "造成便利",
        "今年累计发放支农支小在贷款42.3亿元": "支农支小在贷款",
        "吸引市民1200余人参予体验": "参予",
        "存在饮片储存不规范、泡制记录不完整等问题": "泡制",
        "畅通双向诊绿色通道": "双向诊",
        "未按期整改的科室，一律都取消评先资格": "一律都",
        "全市7个县（区）均全部建立了红十字会": "均全部",
    }
    for text, slip in cases.items():
        assert slip in found(text, "language.typo"), text
    assert found("浸泡制作药酒，泡制药酒需时三个月", "language.typo") == []
    assert found("新修订的《中华人民共和国反洗钱法》自2025年1月1日起实行。", "language.collocation") == ["实行"]
    assert found("本办法自2025年1月1日起实行。", "language.collocation") == []
    assert found("一名快递企业因拖欠派费引发群体性事件", "language.collocation") == ["名"]
    assert found("对进出口额前100名企业开展月度跟踪，3名企业负责人参加", "language.collocation") == []
    assert found("仅第46周就发生3例流感聚集性疫情", "language.collocation") == ["3例"]
    assert found("按照床护比要求配制相应的医护人员", "language.collocation") == ["配制"]
    assert found("对一些“小节”不以为然，抱有侥幸心理", "language.collocation") == ["不以为然"]
    assert found("对此不以为然，认为方案不可行", "language.collocation") == []


def test_round33_verbs_and_their_objects():
    assert found("营造快递包装回收长效机制。", "language.collocation") == ["营造快递包装回收长效机制"]
    assert found("切实提高医务人员服务态度；", "language.collocation") == ["提高医务人员服务态度"]
    assert found("对加强区域金融合作持积极态度", "language.collocation") == []


def test_round33_confusions_in_context():
    assert found("清收费用不能及时到位，以至风险有向社会公众蔓延的苗头。", "language.context") == ["以至"]
    assert found("按照有关规定依法查出，并督促发布者整改。", "language.context") == ["查出"]
    assert found("在病房改造和设备安装其间，合理安排医疗服务。", "language.context") == ["其间"]
    assert found("家属表示理解并体量医护人员的工作", "language.context") == ["体量"]
    assert found("经济体量不断扩大", "language.context") == []


def test_round33_repeats_and_names_left_alone():
    assert found("开辟专用通道，做到即到即查即放。", "language.duplicate") == []
    assert found("柳塘镇、桐山镇、马坪乡等5家乡镇卫生院派驻医生", "language.nearmiss") == []
    assert found("11月中旬开展一次全院安全生产大检查，全年组织院党委理论学习中心组学习12次", "language.nearmiss") == []
    assert found("要深入开展《廉洁文化进科室》活动", "format.title_marks") == ["《廉洁文化进科室》"]


# --- fresh64 and fresh65 ---------------------------------------------------------------------------------------------


def test_round33_more_figures_and_dates():
    assert found("光伏收益的50%用于支付公益性岗位工资，30%用于村内小型公益事业，25%用于临时救助。", "fact.share_sum") != []
    assert found("光伏收益的50%用于支付公益性岗位工资，30%用于村内小型公益事业，20%用于临时救助。", "fact.share_sum") == []
    assert found("到2031年即“十五五”末，经营性收入10万元以上的村达到60个。", "fact.plan_year") == ["2031年"]
    assert found("到2030年即“十五五”末，经营性收入10万元以上的村达到60个。", "fact.plan_year") == []
    notice = "（一）网络申报。{}于2026年11月20日前完成参赛项目网络申报。\n\n省科学技术协会\n2026年11月25日\n"
    assert found(notice.format("各市（州）"), "fact.date_order") == ["2026年11月20日"]
    assert found("请各乡镇、各园区于11月10日前报送清单。\n\n县招商办\n2026年11月20日\n", "fact.date_order") == ["11月10日"]
    rotation = "对任期届满的38名第一书记和76名工作队员进行了轮换，新选派人员中，35岁以下的41名，占{}%。"
    assert found(rotation.format("36.0"), "fact.percentage") == []
    assert found(rotation.format("46.0"), "fact.percentage") == ["46.0%"]


def test_round33_a_scheme_named_in_its_own_time_is_history():
    assert found("王某家住金坳村，2016年识别为建档立卡贫困户，2019年脱贫。", "policy.outdated_scheme") == []
    assert found("要加强对建档立卡贫困户的帮扶。", "policy.outdated_scheme") == ["建档立卡贫困户"]


def test_round33_more_policy_and_political_rows():
    assert found("根据《职业学校学生实习管理规定》（教职成〔2016〕3号）要求", "policy.repealed") == ["教职成〔2016〕3号"]
    assert found("教育、科技、人才是全面建设社会主义现代化国家的基础性、全局性支撑", "political.term") == ["基础性、全局性支撑"]
    assert found("依据《中华人民共和国乡村振兴促进法》第八十二条的规定", "policy.article_missing") == ["第八十二条"]
    assert found("该帖经《桐溪县融媒体中心》“民声直通车”栏目转交", "format.title_marks") == ["《桐溪县融媒体中心》"]
    assert found("在溪东区实验中学组织开展《全区体育中考模拟测试》，全区12所初中参加", "format.title_marks") != []


def test_round33_more_language():
    typos = {"贵厅对我会工作一向给予热枕支持": "热枕", "入选全省党建工作标秆院系": "标秆", "鼓励学生勇跃参加": "勇跃",
             "设置捡录、候考等环节": "捡录", "严禁抄袭剽窃和学术不断行为": "学术不断行为", "全体党员要高度视本次活动": "高度视",
             "共受理复合申请47件": "复合申请", "要把学习贯彻工作贯彻始终": "贯彻始终", "努力将舆情消弥在萌芽状态": "消弥"}
    for text, slip in typos.items():
        assert slip in found(text, "language.typo"), text
    assert found("从战略高度视之，意义重大", "language.typo") == []
    assert found("在潜移默华中培养科学兴趣", "language.nearmiss") == ["潜移默华"]
    assert found("混肴视听，引起群众恐慌", "language.nearmiss") == ["混肴"]
    assert found("坚持因户实策，对有劳动能力的监测户", "language.nearmiss") == ["因户实策"]
    colloc = {"新建400米标准塑胶跑道一座": "跑道一座", "学生对新增的排球项目趋之若鹜": "趋之若鹜",
              "该视频内容纯属不刊之论，却引起恐慌": "不刊之论", "各乡镇无所不用其极地拓宽增收渠道": "无所不用其极",
              "新闻通稿由县委宣传部统一颁布。": "颁布", "拍摄制作一篇反映第一书记事迹的专题片": "一篇",
              "用心用情服务好广大客商们。": "们", "特色农产品在展会上炙手可热": "炙手可热",
              "配制数量充足、结构合理的专兼职教师队伍": "配制"}
    for text, slip in colloc.items():
        assert slip in found(text, "language.collocation"), text
    assert found("我们诚挚地欢迎广大读者对我们的版面提出意见", "language.collocation") == []
    assert found("共播发稿件86篇，其中图文稿件40篇、短视频12条", "language.collocation") == []
    assert found("将有效改善沿线群众出行难问题", "language.collocation") != []
    assert found("切实增强干部队伍的精神面貌", "language.collocation") != []
    assert found("陪伴学生渡过了紧张而充实的一年", "language.context") == ["渡过"]
    assert found("纳入初中学业水平考试考察范围", "language.context") == ["考察"]
    assert found("组织干部赴外地考察学习", "language.context") == []


def test_round33_trade_terms_left_alone():
    for text in ("印发全省职业院校技能大赛赛项承办校遴选工作的通知", "50米跑、坐位体前屈、一分钟跳绳",
                 "复测结果与原测结果的一致率达到98%", "宣讲、移风易俗、助老扶幼等内容", "从屋顶摔落受伤"):
        assert found(text, "language.duplicate") + found(text, "language.nearmiss") == [], text


def test_round33_a_step_held_after_the_last_with_a_filing_before():
    plan = ("三、时间安排\n（一）免考申请。须于2027年3月19日前提出申请。\n"
            "（二）现场考试。各市在2027年4月10日至5月16日期间确定考试日期，并于2027年3月{}日前将实施方案报省教育厅备案。\n")
    assert found(plan.format(1), "fact.date_order") == []
    steps = "三、时间安排\n（一）免考申请。须于2027年3月19日前提出申请。\n（二）方案备案。须于2027年3月1日前将实施方案报省教育厅备案。\n"
    assert found(steps, "fact.date_order") == ["2027年3月1日"]


def test_round33_a_past_date_told_of_as_to_come():
    letter = ("我关已于11月12日与企业开展价格磋商，并告知企业于2026年11月{}日前补充提交价格资料，届时我关将依法确定计税价格。\n\n"
              "市海关\n2026年11月26日\n")
    assert found(letter.format(16), "fact.date_order") == ["2026年11月16日"]
    assert found(letter.format(30), "fact.date_order") == []
