"""Round 22: rules written before the blind sets fresh37/38 were read, and the rules from those sets."""

from .helpers import found


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
