"""Round 29 (session 23): rules from the leftovers of fresh49 and fresh50 and from fresh51–fresh54, each with a
case it must leave alone."""

from .helpers import found

# --- figures ---------------------------------------------------------------------------------------------------------


def test_round29_change_against_the_base_after_bi():
    assert found("全年完成调查地块126个，比上年的98个增加22个。", "fact.difference") == ["22个"]
    assert found("排查隐患126处，较上年同期的98处多22处。", "fact.difference") == ["22处"]
    assert found("全年完成调查地块126个，比上年的98个增加28个。", "fact.difference") == []
    assert found("受理案件98件，比上年的126件减少28件。", "fact.difference") == []
    assert found("受理案件98件，比上年的126件增加28件。", "fact.difference") == []  # words against figures: another slip
    assert found("新增就业1.26万人，比上年的9800人增加2800人。", "fact.difference") == []  # scales differ


def test_round29_named_period_and_its_days():
    assert found("2027年2月1日至4月30日为高火险期，共计100天。", "fact.period") == ["100天"]
    assert found("2027年2月1日至4月30日为高火险期，共计89天。", "fact.period") == []


# --- laws and documents ----------------------------------------------------------------------------------------------


def test_round29_effective_date_in_brackets_and_by_back_reference():
    assert found("重点研读《中华人民共和国土壤污染防治法》（2018年1月1日起施行）。", "fact.law_date") == ["2018年1月1日"]
    assert found("重点研读《中华人民共和国土壤污染防治法》（2019年1月1日起施行）。", "fact.law_date") == []
    text = "已依据《医疗保障基金使用监督管理条例》作出处理。该条例自{}起施行，明确规定了罚则。"
    assert found(text.format("2020年5月1日"), "fact.law_date") == ["2020年5月1日"]
    assert found(text.format("2021年5月1日"), "fact.law_date") == []
    # 该规定 names no 条例: the law before it is not the one meant
    assert found("依据《医疗保障基金使用监督管理条例》处理。该规定自2020年5月1日起施行。", "fact.law_date") == []


def test_round29_year_a_document_was_issued():
    assert found("要严格对照《中央生态环境保护督察工作规定》（2017年印发）有关要求。", "fact.law_date") == ["2017年"]
    assert found("要严格对照《中央生态环境保护督察工作规定》（2019年印发）有关要求。", "fact.law_date") == []
    assert found("对照国家卫生健康委等10部门2021年印发的《关于全面推进紧密型县域医疗卫生共同体建设的指导意见》。",
                 "fact.law_date") == ["2021年"]
    assert found("1999年公布的《森林法》", "fact.law_date") == []  # an older version the table may lack


# --- language --------------------------------------------------------------------------------------------------------


def test_round29_adverb_de_verb_after_a_subject():
    assert found("全县困难群众保障水平稳步的提高。", "language.de") == ["的"]
    assert found("“三改联动”有序的推进，全省累计完成改造。", "language.de") == ["的"]
    assert found("全县困难群众保障水平稳步地提高。", "language.de") == []
    assert found("实现了稳步的提高。", "language.de") == []


def test_round29_complement_before_another_daowei():
    assert found("把每一项工作做的扎实、做到位。", "language.de") == ["的"]
    assert found("把每一项工作做得扎实、做到位。", "language.de") == []


def test_round29_meeting_verb_with_activities():
    assert found("全年召开校园科技节、艺术节等活动。", "language.collocation") == ["召开校园科技节、艺术节等活动"]
    assert found("全年举办校园科技节、艺术节等活动。", "language.collocation") == []
    assert found("召开座谈会、报告会等活动。", "language.collocation") == []


def test_round29_yiwang():
    assert found("慢性病患者已往需要到县城复诊。", "language.typo") == ["已往"]
    assert found("车辆已往返3次。", "language.typo") == []
