"""Round 24 (session 19): rules from fresh41 and fresh42, each with a case it must leave alone."""

from .helpers import found, rules

# --- from fresh41 (a province's 民宗委, 外办, 口岸办, 粮储局, 气象局, 防指办 and 地震局) ---------------------------------


def test_round24_typos_and_usage_from_fresh41():
    assert found("界时我办将派员参加。", "language.typo") == ["界时"]
    assert found("请与贵办亚洲处接恰确认。", "language.typo") == ["接恰"]
    assert found("代表团下塌江澜宾馆。", "language.typo") == ["下塌"]
    assert found("水库加大泻洪流量。", "language.typo") == ["泻洪"]
    assert found("持而不息纠治“四风”。", "language.typo") == ["持而不息"]
    assert found("负责礼宾秩序和翻译。", "language.typo") == ["礼宾秩序"]
    assert found("储备规模复合省定要求。", "language.typo") == ["复合省"]
    assert found("使用复合材料建设仓房。", "language.typo") == []
    assert found("修定《示范单位管理办法》。", "language.typo") == ["修定"]
    assert found("全面基本完成了年度目标任务。", "language.usage") == ["全面基本完成"]
    assert found("值班人员要必须在岗在位。", "language.usage") == ["要必须"]
    assert found("本次演练检验了队伍、锻炼了预案。", "language.usage") == ["检验了队伍、锻炼了预案"]


def test_round24_repealed_and_law_dates_from_fresh41():
    assert found("依据《粮食流通管理条例》（国务院令第407号）开展检查。", "policy.repealed") == ["国务院令第407号"]
    assert found("依据《粮食流通管理条例》（国务院令第740号）开展检查。", "policy.repealed") == []
    assert found("按照《宗教事务条例》（国务院令第426号）执行。", "policy.repealed") == ["国务院令第426号"]
    assert found("按照《中华人民共和国外国人入境出境管理法》做好管理。", "policy.repealed") == [
        "《中华人民共和国外国人入境出境管理法》"]
    assert found("依据《粮食安全省长责任制考核办法》开展考核。", "policy.repealed") == ["《粮食安全省长责任制考核办法》"]
    assert found("新修订的《中华人民共和国国境卫生检疫法》已于2024年1月1日起施行。", "fact.law_date") == ["2024年1月1日"]
    assert found("新修订的《中华人民共和国国境卫生检疫法》已于2025年1月1日起施行。", "fact.law_date") == []
    assert found("根据《中华人民共和国粮食安全保障法》开展检查。", "policy.law_name") == []
    assert found("根据《中华人民共和国粮食安全法》开展检查。", "policy.law_name") == ["《中华人民共和国粮食安全法》"]


def test_round24_nearmiss_leaves_likeness_and_place_frames():
    assert found("促进各民族像石榴籽一样紧紧抱在一起。", "language.nearmiss") == []
    assert found("奋力谱写中国式现代化江澜篇章。", "language.nearmiss") == []
    assert found("要防止民族像问题出现。", "language.nearmiss") == ["民族像"]


def test_round24_political_from_fresh41():
    assert found("增进各族群众对伟大祖国、中华文化、中华民族、中国共产党、中国特色社会主义的认同。",
                 "political.formulation_order") == ["伟大祖国、中华文化、中华民族、中国共产党、中国特色社会主义"]
    assert found("增进各族群众对伟大祖国、中华民族、中华文化、中国共产党、中国特色社会主义的认同。", "political") == []
    assert found("推动从减轻灾害风险向减少灾害损失转变。", "political.term") == ["从减轻灾害风险向减少灾害损失转变"]
    assert found("少数民族离不开汉族、各民族之间也相互离不开。", "political.term") == ["各民族之间也相互离不开"]
    assert found("出席：省发展改革委刘建国，省财政厅陈厅，省交通运输厅赵立群。", "political.informal_title") == ["陈厅"]
    assert found("市交通局和局属单位参加。", "political.informal_title") == []


def test_round24_collocations_from_fresh41():
    assert found("提升公众气象防灾减灾意识的提高。", "language.collocation") == ["的提高"]
    assert found("人才的提高越来越依赖于人的素质的提高。", "language.collocation") == []
    assert found("进一步降低整体通关时间。", "language.collocation") == ["降低"]
    assert found("最大限度解决了人民群众的生命财产安全。", "language.collocation") == ["解决"]
    assert found("解决群众安全问题。", "language.collocation") == []
    assert found("农民收入增加了得到提高。", "language.collocation") == ["了得到"]
    assert found("设立监管场地，即有利于拓宽进口渠道，又有利于满足消费需求。", "language.collocation") == ["即"]
    assert found("暴雨预警准确率达89.6%，较上年提高2.3%。", "language.collocation") == ["%"]
    assert found("暴雨预警准确率达89.6%，较上年提高2.3个百分点。", "language.collocation") == []
    assert found("确保每个乡镇至少有有一个应急供应网点。", "language.collocation") == ["有"]
    assert found("所有有一定规模的企业都要参加。", "language.collocation") == []
    assert found("全面提升乡镇（街道）先期处置，做到小震不出事。", "language.collocation") == ["处置"]
    assert found("全面提升乡镇先期处置能力。", "language.collocation") == []


def test_round24_facts_from_fresh41():
    assert found("协议有效期三年，自2027年1月1日起至2030年12月31日止。", "fact.period") == ["三年"]
    assert found("协议有效期三年，自2027年1月1日起至2029年12月31日止。", "fact.period") == []
    assert found("聘期2年，自2026年3月1日至2028年2月28日。", "fact.period") == []
    text = "考核总分100分，其中粮食生产40分、粮食储备20分、流通与应急保障15分、节粮减损10分、党政同责履职20分。"
    assert found(text, "fact.sum") == [text[text.index("100分") : text.rindex("分") + 1]]
    assert found("满分100分，其中日常工作60分、年终考核40分。", "fact.sum") == []
    assert found("总分100分，得分85分、扣分15分。", "fact.sum") == []


def test_round24_format_from_fresh41():
    assert found("依据《中华人民共和国对外关系法》、《外宾接待经费管理办法》执行。", "format.marked_items_deng") == ["、"]
    assert found("依据《中华人民共和国对外关系法》《外宾接待经费管理办法》执行。", "format.marked_items_deng") == []
    assert found("提质增效三年行动方案（2027-2029年）", "format.range_dash") == ["-"]
    assert found("电话0871-20261234", "format.range_dash") == []
    assert found("累计增加降水约10—20%。", "format.pct_range") == ["10—20%"]
    assert found("累计增加降水约10%—20%。", "format.pct_range") == []


def test_round24_policy_from_fresh41():
    assert found("会议同意由省口岸办直接向国务院报送扩大开放的请示。", "policy.skip_level") == ["省口岸办直接向国务院报送"]
    assert found("会议同意由省人民政府向国务院报送扩大开放的请示。", "policy.skip_level") == []
    assert found("由市应急局直接向市政府报告。", "policy.skip_level") == []
    qingshi = ("江澜省民族宗教事务委员会\n关于召开全省民族团结进步表彰会议的请示\n\n江澜省人民政府：\n"
               "拟于12月召开会议，恳请批准。对复查不合格的单位予以撤销命名；另，拟申请追加专项资金800万元，一并请予审批。\n"
               "\n江澜省民族宗教事务委员会\n2026年11月20日\n抄送：各市、州民族宗教事务局。\n")
    assert "policy.one_matter" in rules(qingshi)
    assert found(qingshi, "policy.qingshi_copy") == ["各市、州民族宗教事务局"]


# --- from fresh42 (a county's 县委办, 统战部, 编办, 保密局, 机要局, 巡察办, 党史研究室, a 街道 and a 村) --------------------------


def test_round24_typos_usage_and_terms_from_fresh42():
    assert found("严禁善自复制秘密文件。", "language.typo") == ["严禁善自"]
    assert found("未经批准善自复制秘密文件。", "language.typo") == ["善自复制"]
    assert found("望诸君善自珍重。", "language.typo") == []
    assert found("已威及办事群众安全。", "language.typo") == ["威及"]
    assert found("错别字等批漏时有发生。", "language.typo") == ["批漏"]
    assert found("严格文字较对。", "language.typo") == ["文字较对"]
    assert found("避免出现低级错误，遗笑大方。", "language.typo") == ["遗笑大方"]
    assert found("核消撤并事业单位编制4名。", "language.typo") == ["核消"]
    assert found("全年启用党外干部4名。", "language.typo") == ["启用党外干部"]
    assert found("他激动得不能自已。", "language.typo") == []
    assert found("会议审议并听取了县民宗局的汇报。", "language.usage") == ["审议并听取"]
    assert found("要认真贯彻并深刻领会全会精神。", "language.usage") == ["认真贯彻并深刻领会"]
    assert found("县委常委、统战部长杨慧敏同志作报告。", "political.term") == ["常委、统战部长"]
    assert found("传达全省组织部长座谈会精神。", "political.term") == []
    assert found("落实台胞回国投资项目3个。", "political.term") == ["台胞回国"]


def test_round24_language_from_fresh42():
    assert found("对群众反映的问题和隐患，要将其及时的上报。", "language.de") == ["的"]
    assert found("作出及时的处置，", "language.de") == []
    assert found("统战工作要做的更实、更细、更有温度。", "language.collocation") == ["的"]
    assert found("我们要做的更多工作还在后面。", "language.collocation") == []
    assert found("我村迫切的希望县政府给予资金支持。", "language.collocation") == ["的"]
    assert found("这是群众最迫切的希望。", "language.collocation") == []
    assert found("充分发挥县工商联桥梁纽带，引导民营企业参与。", "language.collocation") == ["桥梁纽带"]
    assert found("充分发挥县工商联桥梁纽带作用，引导民营企业参与。", "language.collocation") == []


def test_round24_facts_from_fresh42():
    assert found("现设5个内设机构，核定行政编制18名、事业编制42名，合计62名。", "fact.total") == ["62名"]
    assert found("全县12所卫生院中，6所卫生院改造共需资金1860万元，设备更新共需资金740万元，合计2500万元。", "fact.total") == []
    items = "（一）主体工程，预算42万元。\n（二）室外配套工程，预算18.5万元。\n（三）设施设备购置，预算9.5万元。\n以上3项合计{}万元。"
    assert found(items.format(68), "fact.total") == ["68万元"]
    assert found(items.format(70), "fact.total") == []
    text = "合计10220名，较2025年末减少46名；实有在编人员9857名，空编{}名。"
    assert found(text.format(373), "fact.sum") == ["373名"]
    assert found(text.format(363), "fact.sum") == []
    rounds = "全年计划开展3轮常规巡察，每轮巡察8个单位，全年共巡察{}个单位。"
    assert found(rounds.format(26), "fact.sum") == ["26个"]
    assert found(rounds.format(24), "fact.sum") == []


def test_round24_format_policy_political_from_fresh42():
    assert found("每日受理时间为上午8:30-11:30、下午14:30至17:00。", "format.range_dash") == ["-"]
    assert found("每日受理时间为上午8:30-11:30、下午14:30至17:00。", "format.heading_sep") == []
    assert found("以“同心·桐行”为主题开展'同心讲堂'活动12场。", "format.halfwidth_punct") == ["'同心讲堂'"]
    signed = ("关于印发方案的通知\n\n各乡镇党委：\n\n现将方案印发给你们。\n\n附件：实施方案\n\n中共桐岭县委党史研究室\n"
              "{}\n\n附件\n\n实施方案\n\n一、总体要求\n\n二、主要任务\n\n三、工作安排\n\n四、保障措施\n\n五、有关要求\n\n（一）加强领导。\n\n"
              "（二）压实责任。\n\n（三）注重实效。\n\n（四）严格督查。\n\n（五）及时总结。\n\n（六）加强宣传。\n")
    assert found(signed.format("二〇二六年三月十日"), "format.date") == ["二〇二六年三月十日"]
    assert found(signed.format("2026年3月10日"), "format.date") == []
    assert found("2026年，建设宜居宜业和美乡村，全面建成小康社会，经村党总支提议。", "political.outdated_goal") == ["全面建成小康社会"]
    assert found("2026年，全面建成小康社会取得伟大历史性成就，全面建成小康社会的目标已经实现。", "political.outdated_goal") == []
    report = ("桐岭县机构编制委员会办公室\n关于2026年度机构编制工作情况的报告\n\n市委编办：\n\n现将有关情况报告如下。\n\n"
              "恳请市委编办为我县核增事业编制15名。\n\n以上报告妥否，请批示。\n")
    assert found(report, "policy.report_with_request") == ["恳请市委编办为我县核增", "妥否，请批示"]
