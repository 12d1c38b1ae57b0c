"""Round 32 (session 24): rules from the leftovers of fresh57 and fresh58 and from fresh59–fresh62, each with a
case it must leave alone."""

from .helpers import found

# --- dates and events ------------------------------------------------------------------------------------------------


def test_round32_today_is_the_ordinal_day_of_the_speech_year():
    speech = "在烈士纪念日公祭活动上的讲话\n（2026年9月30日）\n今天是第{}个烈士纪念日。"
    assert found(speech.format("十二"), "fact.anniversary") == ["第十二个"]
    assert found(speech.format("十三"), "fact.anniversary") == []


def test_round32_reply_asked_after_the_meeting():
    notice = ("关于召开推进会的通知\n一、会议时间\n2026年12月3日（星期四）上午9时，会期半天。\n"
              "二、有关要求\n请于12月{}日（星期{}）17时前将参会回执报送管委会办公室。\n")
    assert found(notice.format(4, "五"), "fact.date_order") == ["12月4日"]
    assert found(notice.format(1, "二"), "fact.date_order") == []
    # a registration period is no meeting date
    assert found("报名时间：11月20日至11月25日。请于11月25日前将报名表报送。", "fact.date_order") == []


def test_round32_received_after_a_signature_in_chinese_numerals():
    reply = "你局2026年11月{}日报来的《关于泊位工程初步设计审批的请示》收悉。经研究，批复如下。\n\n沅海省交通运输厅\n二〇二六年十一月二十日\n"
    assert found(reply.format(26), "fact.received_after") == ["2026年11月26日"]
    assert found(reply.format(16), "fact.received_after") == []


def test_round32_trade_events():
    assert found("自《区域全面经济伙伴关系协定》（RCEP）于2021年1月1日正式生效以来，外贸增长。", "fact.event_date") == ["2021年1月1日"]
    assert found("自《区域全面经济伙伴关系协定》（RCEP）于2022年1月1日正式生效以来，外贸增长。", "fact.event_date") == []
    assert found("RCEP于2020年11月15日签署。", "fact.event_date") == []  # the signing, not the entry into force
    assert found("自第一届中国国际进口博览会于2019年11月在上海举办以来，我市连续参展。", "fact.event_date") == ["2019年11月"]
    assert found("自第一届中国国际进口博览会于2018年11月在上海举办以来，我市连续参展。", "fact.event_date") == []


# --- documents cited -------------------------------------------------------------------------------------------------


def test_round32_cited_number_with_the_issuer_in_the_title():
    text = "根据《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔{}〕52号）和省有关规定。"
    assert found(text.format(2016), "policy.document_number") == ["国发〔2016〕52号"]
    assert found(text.format(2015), "policy.document_number") == []


# --- Hong Kong, Macao and Taiwan -------------------------------------------------------------------------------------


def test_round32_only_the_regions_before_countries_and_regions():
    assert found("邀请香港、澳门、台湾等国家和地区青年共同参与。", "political.region_as_state") == ["国家和地区"]
    assert found("邀请日本、韩国等国家和地区青年共同参与。", "political.region_as_state") == []
    assert found("邀请美国、香港、台湾等国家和地区青年共同参与。", "political.region_as_state") == ["台湾"]


def test_round32_routes_to_hong_kong_are_not_international():
    assert found("主要服务于至香港、澳门的国际班轮航线船舶。", "political.region_as_state") == ["国际"]
    assert found("香港国际机场航班增加，开通至新加坡的国际航线。", "political.region_as_state") == []


# --- numbers and 得 --------------------------------------------------------------------------------------------------


def test_round32_decimal_in_chinese_numerals():
    lead = "全港有泊位42个，锚地13处，企业128家。"
    assert found(lead + "总面积二点三平方公里。", "format.number") == ["二点三"]
    assert found(lead + "增长十二点五个百分点。", "format.number") == ["十二点五"]
    assert found(lead + "下午三点五十分开会，过着三点一线的生活。", "format.number") == []
    # a paragraph that writes its figures in words throughout
    assert found(lead + "\n日供水仅二点三万吨，可解决十三万人口用水。", "format.number") == []


def test_round32_recovered_de_complement():
    assert found("全市消费市场恢复的较好。", "language.de") == ["的"]
    assert found("经济恢复的势头持续向好。", "language.de") == []


def test_round32_verbs_and_their_objects():
    assert found("更好提高群众多样化、品质化的消费需求。", "language.collocation") == ["提高群众多样化、品质化的消费需求"]
    assert found("更好满足人民群众日益增长的品质化消费水平。", "language.collocation") == ["满足人民群众日益增长的品质化消费水平"]
    assert found("项目建成后，可满足全县新增农资储备能力3万吨。", "language.collocation") == ["满足全县新增农资储备能力"]
    assert found("引导党员干部不断加强政治意识和宗旨意识。", "language.collocation") == ["加强政治意识"]
    for ok in ("提高需求侧管理能力。", "满足群众需求，提高服务水平。", "加强意识形态工作。", "要扩大生产能力。"):
        assert found(ok, "language.collocation") == [], ok


def test_round32_purpose_and_avoidance():
    assert found("请申报人员切忌在规定时间内完成网上申报。", "language.collocation") == ["切忌"]
    assert found("做到应归尽归，以免日后查考利用。", "language.collocation") == ["以免"]
    assert found("加强日常监管，以便出现拖欠零工报酬等问题。", "language.collocation") == ["以便"]
    for ok in ("切忌急于求成。", "及时整改，以免出现问题。", "以便发生问题时及时处置。", "以便及时发现问题。", "以免使用不当。"):
        assert found(ok, "language.collocation") == [], ok


def test_round32_system_put_into_use():
    assert found("要及时起用线上零工服务功能。", "language.context") == ["起用"]
    assert found("及时起用一批年轻干部服务基层。", "language.context") == []


def test_round32_object_after_an_adverb_and_a_noun_with_dui():
    # 有效 is no verb 有 that governs the object; 对象 is no preposition 对
    assert found("开展咨询600余人次，有效普及了居民的防诈骗意识。", "language.collocation") == ["普及了居民的防诈骗意识"]
    assert found("有效减少了社区矫正对象的再犯罪率。", "language.collocation") == ["减少了社区矫正对象的再犯罪率"]
    assert found("有效减少了事故的发生率。", "language.collocation") == ["减少了事故的发生率"]
    assert found("有效降低了事故的发生率。", "language.collocation") == []
    assert found("通过“奖励学习”计划来增加青年人的就业率。", "language.collocation") == []
