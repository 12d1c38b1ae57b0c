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


# --- fresh59–fresh62 ------------------------------------------------------------------------------------------------


def test_round32_article_beyond_the_end_of_its_text():
    assert found("依据《党政机关公文处理工作条例》第四十六条关于公文审核的规定办理。", "policy.article_missing") == ["第四十六条"]
    assert found("按照《中国共产党章程》第三十二条、第五十八条的规定。", "policy.article_missing") == ["第五十八条"]
    assert found("依据《党政机关公文处理工作条例》第十九条、第四十二条办理。", "policy.article_missing") == []


def test_round32_pejorative_idioms_measure_words_and_efficiency():
    assert found("可以说我行是这一模式的始作俑者。", "language.collocation") == ["始作俑者"]
    assert found("这起事件的始作俑者已被查处。", "language.collocation") == []
    assert found("各单位要无所不用其极，把各项要求落实到位。", "language.collocation") == ["无所不用其极"]
    assert found("共收到提案812篇，经审查立案736件。", "language.collocation") == ["提案812篇"]
    assert found("清理腾退超标准办公室36栋。", "language.collocation") == ["办公室36栋"]
    assert found("切实为企业和群众降低办事成本和效率。", "language.collocation") == ["效率"]
    assert found("降低成本和提高效率并重。", "language.collocation") == []


def test_round32_words_of_fresh62():
    assert found("认真贯彻并学习党的二十大精神。", "language.order") == ["贯彻并学习"]
    assert found("不得以调剂为名变向扩大办公用房面积。", "language.context") == ["变向"]
    assert found("车辆突然变向行驶。", "language.context") == []
    assert found("平台运行必须的服务器和存储资源。", "language.context") == ["必须"]
    assert found("各项工作必须以经济建设为中心。", "language.context") == []
    assert found("向单位党组织说明情况、交待问题。", "language.typo") == ["交待问题"]
    assert found("部分车辆已达到报费标准。", "language.typo") == ["达到报费"]
    assert found("会议责承市信访局牵头。", "language.typo") == ["责承"]
    assert found("仍有个别承办单位答复的不够及时。", "language.de") == ["的"]


def test_round32_political_terms_of_fresh62():
    assert found("人民政协是社会主义协商民主的重要渠道和专门协调机构。", "political.term") == ["重要渠道和专门协调机构"]
    text = "港澳居民在办理上述事项时，可享受与{}居民同等的便利。"
    assert found(text.format("国内"), "political.mainland_hk_macao") == ["国内"]
    assert found(text.format("内地"), "political.mainland_hk_macao") == []
    assert found("香港、澳门的游客与国内外游客一样享受优惠。", "political.mainland_hk_macao") == []


def test_round32_spirit_of_a_meeting_takes_no_title_marks():
    assert found("重点述深入学习《党的二十届四中全会精神》情况。", "format.title_marks") == ["《党的二十届四中全会精神》"]
    assert found("学习《习近平谈治国理政》第五卷。", "format.title_marks") == []


def test_round32_false_alarms_of_fresh59_to_fresh62():
    assert found("租赁住房租金调整座谈会意见汇总", "language.context") == []
    assert found("依法依规化解矛盾。", "language.typo") == []
    for ok in ("保持国土调查数据的现势性。", "共12名裁判员参与执裁。", "两千多年建城史。", "拟改建的粮机厂闲置仓库。", "建议按楼层确定分摊比例。",
               "出席：顾承平、范志伦、傅宁远、江沛然、郝书涵、宁启泰、柏青云、谢昭明、卓婉清、林嘉树、穆宏达",
               "临澄市人民政府外事办公室：\n我局将派员赴临澄对竞赛组织进行指导。\n注重源头治理。临澄市体育局建立机制。"):
        assert found(ok, "language.nearmiss") == [], ok
    assert found("及时消除服务肓区。", "language.nearmiss") == ["肓区"]
    assert found("全市预计需调查变化图斑约13200个，其中柳溪区约3200个、樟湾区约4100个、清渠区约3600个、高新区约2300个。",
                 "fact.swapped_digits") == []
    assert found("两批共邀请港澳青少年120人，每批60人，其中香港青少年72人、澳门青少年48人。", "fact.total") == []
    assert found("累计接待群众5184人次，平均每个周六接待648人次，其中在职职工3240人次。", "fact.total") == []
    assert found("共接待群众648人次，其中在职职工3240人次。", "fact.total") == ["3240人次"]
    assert found("政协委员是人民政协履行职能的主体。", "language.collocation") == []
    title = "嘉川省博物馆关于举办“海上丝路——沿海地区\n出土文物精品展”的请示\n\n省文化和旅游厅：\n"
    assert found(title, "format.pair") == []
    assert found("关于举办“海上丝路展的请示\n\n省文化和旅游厅：\n", "format.pair") == ["“海上丝路展的请示"]


def test_round32_deadline_told_of_and_past():
    text = ("各县（区）气象局：\n根据市局年初工作安排，各县（区）气象局应于11月15日前报送冬季服务工作方案。截至11月15日，已有5个报送。\n"
            "\n岳川市气象局\n2026年11月16日\n")
    assert found(text, "fact.date_order") == []
    assert found(text.replace("根据市局年初工作安排，", "").replace("截至11月15日，已有5个报送。", ""), "fact.date_order") == ["11月15日"]


def test_round32_words_of_fresh59_to_fresh61():
    cases = [
        ("更新升级已迫在眉急。", "language.idiom", ["迫在眉急"]),
        ("切实维护困难群众的住房权力。", "language.context", ["权力"]),
        ("没有依法行使行政处罚权利。", "language.context", ["权利"]),
        ("依法保障公民的合法权利。", "language.context", []),
        ("确保预警信息即使送达基层一线。", "language.context", ["即使"]),
        ("即使送达也无人响应。", "language.context", []),
        ("把好的政策付诸于实施。", "language.typo", ["付诸于"]),
        ("执法队员于11月2日到局报道。", "language.context", ["报道"]),
        ("历史脉落较为清晰。", "language.typo", ["脉落"]),
        ("我省运动员善长速度赛项目。", "language.typo", ["善长"]),
        ("完善长效管理机制。", "language.typo", []),
        ("坚持守创新，推出一批展览。", "language.typo", ["守创新"]),
        ("柳塘水库提坝背水坡出现渗漏。", "language.typo", ["提坝"]),
        ("清理楼道内推放的杂物。", "language.typo", ["推放"]),
        ("打造一只拉得出的队伍，一只队伍。", "language.typo", ["只队伍"]),
        ("结合中央生态环境保护督查反馈问题整改。", "language.typo", ["生态环境保护督查"]),
        ("雨势来的急，强降雨主要出现在夜间。", "language.de", ["的"]),
        ("为切实改善大气污染，确保完成任务。", "language.collocation", ["改善大气污染"]),
    ]
    for text, rule, want in cases:
        assert found(text, rule) == want, text


def test_round32_measure_words_and_estimates():
    cases = [
        ("购置执法记录仪300辆、移动执法终端120台。", ["记录仪300辆"]),
        ("单元加装电梯12栋。", ["电梯12栋"]),
        ("提交户口簿一张（原件及复印件）。", ["户口簿一张"]),
        ("新征集入藏文物326个。", ["文物326个"]),
        ("实现走访慰问126位台资企业全覆盖。", ["位"]),
        ("走访126位企业家。", []),
        ("有将近300多户家庭被退回。", ["多"]),
        ("隔离带宽度不小于20米左右。", ["左右"]),
        ("完成3条水库、47口山塘的排查。", ["条"]),
        ("象纺机新村这样建成早的小区。", ["象"]),
        ("组织开展了丰富多彩地社教活动。", ["地"]),
        ("已改造小区后续管理差强人意的问题。", ["差强人意"]),
        ("东道主代表团不孚众望，共获得金牌9枚。", ["不孚众望"]),
    ]
    for text, want in cases:
        assert found(text, "language.collocation") == want, text


def test_round32_political_and_policy_of_fresh59_to_fresh61():
    assert found("在以习近平同志为总书记的党中央坚强领导下。", "political.term") == ["以习近平同志为总书记的党中央"]
    assert found("做到“两个拥护”。", "political.term") == ["两个拥护"]
    assert found("增进了中台两地青年的相互了解。", "political.term") == ["中台两地"]
    assert found("坚持房子是用来住的、不是用来投资的定位。", "political.term") == ["是用来住的、不是用来投资的"]
    assert found("坚持常态救灾和非常态减灾相统一。", "political.term") == ["常态救灾和非常态减灾"]
    assert found("参考日本气象厅和台湾中央气象署等预报结果。", "political.term") == ["台湾中央气象署"]
    assert found("坚持精准治污、依法治污、科学治污。", "political.formulation_order") == ["精准治污、依法治污、科学治污"]
    assert found("会议同意由市台港澳办直接向中央港澳工作办公室请示。", "policy.skip_level") != []
    assert found("由省台港澳办直接向中央港澳工作办公室报告。", "policy.skip_level") == []
    assert found("对照《高层民用建筑设计防火规范》（GB 50045-95）开展检查。", "policy.repealed") == ["GB 50045-95"]
    assert found("正文\n依照《森林防火条例》第六十二条的规定。", "policy.article_missing") == ["第六十二条"]


def test_round32_law_in_force_before_it_was_made():
    assert found("现行《土地管理法》于2019年8月26日修正，自2019年1月1日起施行，各区要对照。", "fact.law_date") == ["2019年1月1日"]
    assert found("现行《土地管理法》于2019年8月26日修正，自2020年1月1日起施行。", "fact.law_date") == []


def test_round32_titles_in_the_wrong_marks():
    assert found("在临澄古镇举办《新春文创年货节》，组织非遗传承人参加。", "format.title_marks") == ["《新春文创年货节》"]
    assert found("举办《红楼梦》专题展。", "format.title_marks") == []
    assert found("依据“森林防火条例”等法规规定加大执法力度。", "format.title_marks") == ["“森林防火条例”"]
    assert found("贯彻“放管服”等改革要求。", "format.title_marks") == []
