"""Round 22: rules written before the blind sets fresh37/38 were read, and the rules from those sets."""

from zhongshu.review import default_reviewer

from .helpers import found


def alarms(text: str, rule: str) -> list[str]:
    """Like ``found``, warnings and errors only (not info hints)."""
    return [text[f.start : f.end] for f in default_reviewer().review(text).findings if f.rule.startswith(rule) and f.severity != "info"]


def test_more_outdated_schemes():
    assert found("全县新农合参合率达到98%以上，新农保覆盖全体农村居民。", "policy.outdated_scheme") == ["新农合", "新农保"]
    assert found("王某某，现任市发展改革委副调研员，原为非领导职务。", "policy.outdated_scheme") == ["副调研员", "非领导职务"]
    assert found("提交营业执照、组织机构代码证复印件，缴纳营业税。", "policy.outdated_scheme") == ["组织机构代码证", "营业税"]
    # history and the current names are not reported
    assert found("营业税改征增值税后，原建档立卡贫困户均已纳入防止返贫监测，原新农合并入城乡居民医保。",
                 "policy.outdated_scheme") == []
    assert found("王某某，现任市发展改革委四级调研员。", "policy.outdated_scheme") == []


def test_formulations_of_mass_organisations_and_public_institutions():
    assert found("共青团是党的助手和后备队。", "political.term") == ["党的助手和后备队"]
    assert found("共青团是党的助手和后备军。", "political.term") == []
    assert found("人民政协是社会主义协商民主的重要渠道和专门协商机关。", "political.term") == ["专门协商机关"]
    assert found("坚持以旅塑文、以文彰旅。", "political.term") == ["以旅塑文、以文彰旅"]
    assert found("坚持以文塑旅、以旅彰文。", "political.term") == []
    assert found("医院实行院长负责制。", "political.term") == ["实行院长负责制"]
    assert found("医院实行党委领导下的院长负责制。", "political.term") == []


def test_a_plan_can_be_overachieved():
    assert found("年度计划投资90亿元，全年累计完成95.4亿元，完成率106%。", "fact.percentage") == []
    assert found("排查问题20个，已整改21个，整改完成率105%。", "fact.percentage") == ["105%"]


def test_a_rate_with_its_base_written_after_it():
    assert found("全市接待游客1260万人次，同比增长15%，上年同期为1150万人次。", "fact.percent") == ["15%"]
    assert found("全市接待游客1260万人次，同比增长9.6%，上年同期为1150万人次。", "fact.percent") == []
    assert found("实现营业收入5.6亿元，同比下降12%，上年为6.1亿元。", "fact.percent") == ["12%"]
    assert found("实现营业收入5.6亿元，同比下降8.2%，上年为6.1亿元。", "fact.percent") == []


def test_four_character_adverbials_before_a_verb():
    assert found("各部门卓有成效的开展了工作。", "language.de") == ["的"]
    assert found("各部门紧锣密鼓的推进项目建设。", "language.de") == ["的"]
    assert found("他们卓有成效的工作得到肯定。", "language.de") == []


def test_confusions_written_before_the_sets():
    assert found("各单位要认真检察安全隐患。", "language.context") == ["检察"]
    assert found("检察机关要依法履职，开展检察监督。", "language.context") == []
    assert found("公司组织员工进行岗前培训，试用相关法律规定。", "language.context") == ["试用"]
    assert found("新录用人员试用期为一年，期满考核合格后正式录用。", "language.context") == []
    assert found("他的讲话振动了全场。", "language.context") == ["振动"]
    assert found("设备运行时振动幅度较大。", "language.context") == []
    assert found("帮助困难群众安全温暖渡过寒冬。", "language.context") == ["渡过"]
    assert found("这次会议达到了预期的目地。", "language.typo") == ["的目地"]
    assert found("不要盲目地追求规模，项目地址在城东。", "language.typo") == []


def test_grouped_figures_are_read_whole_by_the_rules_of_figures():
    parts = "，其中政务实践岗位600个、企业实践岗位800个、公益服务岗位400个、其他岗位200个。"
    assert found("计划提供实践岗位2,000个以上" + parts, "fact.total") == []
    assert found("计划提供实践岗位2,100个" + parts, "fact.total") != []
    hits = [f for f in default_reviewer().review("全年完成投资1,200万元，同比增长20%，上年为1,100万元。").findings if f.rule == "fact.percent"]
    assert [f.message for f in hits] == ["增减幅度与数字不符：由1100万元到1200万元，增长约9.1%，文中为20%，请核对"]


def test_grouping_before_wan_only_when_it_is_clumsy_or_mixed():
    assert alarms("总投资3,260万元，其中补助1,840万元。", "format.digit_grouping") == []
    assert found("利润总额13,580万元。", "format.digit_grouping") == ["13,580"]
    assert found("总投资3,260万元，其中补助1840万元。", "format.digit_grouping") == ["3,260"]
    # 2026届, 2026级 are years, not ungrouped figures
    assert alarms("我校2026届毕业生6,730人，其中本科生4,350人。", "format.digit_grouping") == []


def test_subsets_named_by_what_their_members_did_may_overlap():
    t = "培训农村妇女580人，其中取得职业技能等级证书的432人，通过县妇联和家政企业对接实现就业的316人。"
    assert found(t, "fact.total") == []
    assert found("共23栋，其中需大修的8栋、中修的11栋、小修的6栋。", "fact.total") != []


def test_an_unpaired_mark_spans_its_clause():
    assert found("以“青创安澜·筑梦未来为主题，面向全市青年。", "format.pair") == ["“青创安澜·筑梦未来为主题，"]


def test_fresh38_language():
    assert found("进一步提升全社会支持青年创新创业的氛围。", "language.collocation") == ["提升全社会支持青年创新创业的氛围"]
    assert found("切实提高劳动者的获得，现就有关事项商请如下。", "language.collocation") == ["获得"]
    assert found("需要对原有楼体的进行整体改造。", "language.collocation") == ["对原有楼体的进行"]
    assert found("全市各基层团组织同步召开主题团日活动1260余场。", "language.collocation") == ["召开主题团日活动"]
    assert found("会议听取了教务处关于学士学位授予工作，同意提交审议。", "language.collocation") == ["工作"]
    assert found("会议听取了教务处关于学士学位授予工作的汇报。", "language.collocation") == []
    assert found("参会用人单位超过1,500家以上。", "language.collocation") == ["超过1,500家以上"]
    assert found("请于6月12日前将发言材料保送市政协研究室。", "language.context") == ["保送"]
    assert found("学校推荐3名学生保送研究生。", "language.context") == []
    assert found("发言材料控制在1500字左右以内，目前现阶段难以适应。", "language.usage") == ["左右以内", "目前现阶段"]
    assert found("在推动高质量发展中展现了巾帽风采。", "language.typo") == ["巾帽"]
    assert found("突出招大引强、招新引优。", "language.nearmiss") == []


def test_fresh38_political():
    assert found("传达学习全国政协主席王泸宁的讲话精神。", "political.leader_name") == ["王泸宁"]
    assert found("坚持以习近平新时期中国特色社会主义思想为指导。", "political.term") == ["习近平新时期中国特色社会主义思想"]
    assert found("人民政协是中国共产党领导的多党合作和民主协商的重要机构。", "political.term") == ["多党合作和民主协商的重要机构"]
    assert found("推进以人为本的新型城镇化。", "political.term") == []


def test_fresh38_fact():
    speech = "关于2026年工作的报告\n去年，我们隆重纪念中国人民抗日战争暨世界反法西斯战争胜利75周年。\n2026年1月10日"
    assert found(speech, "fact.anniversary") == ["75周年"]
    law = "今年是《中华人民共和国反家庭暴力法》施行{}周年。\n2026年3月1日"
    assert found(law.format("五"), "fact.anniversary") == ["五周年"]
    assert found(law.format("十"), "fact.anniversary") == []
    assert found("2018年召开的中国工会第十八次全国代表大会作出了部署。", "fact.event_date") != []
    notice = "会议定于2026年6月18日（星期四）上午9:00开始，会期1天。\n二、会议议程\n6月{}日上午，常委分组讨论。"
    assert found(notice.format(19), "fact.period") == ["6月19日"]
    assert found(notice.format(18), "fact.period") == []
    assert found("我院核定床位800张，实际开放床位1020张，超出核定床位22.5%。", "fact.percent") == ["22.5%"]
    assert found("我院核定床位800张，实际开放床位1020张，超出核定床位27.5%。", "fact.percent") == []


def test_fresh38_format_and_policy():
    assert found("重点做好以下工作：1、开展主题活动；2.组织慰问。", "format.heading_sep") == ["1、"]
    assert found("时间安排在1、2月份。", "format.heading_sep") == []
    qingshi = ("关于内科住院综合楼扩建项目立项的请示\n\n市卫生健康委员会：\n\n恳请同意我院扩建项目立项。"
               "同时申请增加人员编制150名，用于补充医护人员。\n\n妥否，请批示。\n")
    assert found(qingshi, "policy.one_matter") != []
    assert found("拟邀请来自美国、德国、台湾等12个国家和地区的专家。", "political.region_as_state") == ["台湾"]


def test_fresh37_fact():
    money = ("上半年，全市共获得中央和省级下达补贴资金2.6亿元，市级安排配套资金0.4亿元，合计3亿元。"
             "截至6月30日，已兑付补贴资金2.31亿元，兑付率{}%。")
    assert found(money.format(77), "fact.percentage") == []
    assert found(money.format(87), "fact.percentage") == ["87%"]
    assert found("东湖区、临江区、潇北区分列前三名，得分分别为96.2分、95.8分、96.5分。", "fact.rank") == ["96.5"]
    assert found("东湖区、临江区、潇北区分列前三名，得分分别为96.5分、95.8分、95.2分。", "fact.rank") == []
    minutes = ("会议传达学习了全省经济形势分析会精神，研究了{}项议题。现纪要如下：\n一、会议传达学习了全省会议精神\n"
               "二、会议审议了更新改造方案\n三、会议研究了停车设施建设\n四、会议听取了民营经济发展情况汇报\n五、会议研究了清欠工作\n")
    assert found(minutes.format(3), "fact.count") == ["3项议题"]
    assert found(minutes.format(4), "fact.count") == []
    assert found(minutes.format(5), "fact.count") == []


def test_fresh37_policy_and_political():
    assert found("市旅游局、市商务局要联合开展促消费活动。", "policy.renamed_body") == ["市旅游局"]
    assert found("市文化广电旅游局、市商务局要联合开展促消费活动。", "policy.renamed_body") == []
    assert found("依据《旅行社管理条例》和《公共机构节约能源条例》。", "policy.repealed") == [
        "《旅行社管理条例》", "《公共机构节约能源条例》"]
    plan = "关于2026年工作要点的通知\n编制完成《潇州市文化和旅游发展“十四五”规划》。做好“十四五”规划实施情况总结评估。\n2026年2月10日"
    assert found(plan, "policy.outdated_plan") == ["十四五"]
    assert found(plan.replace("2026年2月10日", "2024年2月10日").replace("2026年", "2024年"), "policy.outdated_plan") == []
    assert found("以国内大循环为主体、国内国际双循环相互补充的新发展格局。", "political.term") == ["国内国际双循环相互补充"]
    assert found("以中国特色现代化全面推进中华民族伟大复兴。", "political.term") == ["以中国特色现代化"]


def test_fresh37_language_and_format():
    assert found("坚决防止重特大安全事故不发生。", "language.collocation") == ["防止重特大安全事故不发生"]
    assert found("游客出行主要以短途游、近郊游为主。", "language.collocation") == ["主要以短途游、近郊游为主"]
    assert found("切实加强项目建设质量，确保完成。", "language.collocation") == ["加强项目建设质量"]
    assert found("加强对养老服务质量、安全、运营等方面的监督检查。", "language.collocation") == []
    assert found("我们将着力优化夜间交通接驳短板。", "language.collocation") == ["优化夜间交通接驳短板"]
    assert found("实事求是的填写考核评分表。", "language.de") == ["的"]
    assert found("媒体对我市整治成效进行了报到。", "language.context") == ["报到"]
    assert found("确需修善的，给于批评，退还租凭用房，做好资金调济。", "language.typo") == ["修善", "给于", "租凭", "调济"]
    assert found("市财政局要协调济南市有关部门。", "language.typo") == []
    assert found("运行费用与去年同比下降6.3%。", "language.usage") == ["与去年同比"]
    assert found("出席：陈立新、刘建国、周晓敏，马俊峰、王志刚", "format.list_punct") == ["，"]
    assert found("出席：陈立新、刘建国、周晓敏、马俊峰、王志刚", "format.list_punct") == []
