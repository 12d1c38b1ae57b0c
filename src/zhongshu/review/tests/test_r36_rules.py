"""Round 36 (session 28): rules from fresh83–fresh86, each with a case it must leave alone."""

from .helpers import found


def test_round36_units_and_changes_of_time():
    # 通 (calls) is a unit; a change of days, hours or working days stated with both ends
    assert found("热线全年接听来电68420通，其中人工接听41052通，人工接听占比达到65%。", "fact.percentage") == ["65%"]
    assert found("热线全年接听来电68420通，其中人工接听41052通，人工接听占比达到60.0%。", "fact.percentage") == []
    assert found("平均住院日由8.6天缩短至7.9天，缩短了0.9天。", "fact.difference") == ["0.9天"]
    assert found("平均住院日由8.6天缩短至7.9天，缩短了0.7天。", "fact.difference") == []
    assert found("办理时限由20个工作日压缩至8个工作日，压缩了10个工作日。", "fact.difference") == ["10个工作日"]


def test_round36_parts_named_above_a_size():
    # 规模以上/限额以上 name a class of enterprise, not parts that overlap
    text = "随机抽取检查对象126家，其中规模以上工业企业48家、限额以上商贸企业39家、规模以上服务业企业27家、建筑业企业15家。"
    assert len(found(text, "fact.total")) == 1
    assert found(text.replace("126家", "129家"), "fact.total") == []


def test_round36_share_restated_as_a_figure():
    assert found("辖区内共有定点零售药店186家，首批抽查比例不低于30%，即不少于48家。", "fact.percentage") == ["48家"]
    assert found("辖区内共有定点零售药店186家，首批抽查比例不低于30%，即不少于56家。", "fact.percentage") == []
    assert found("全市186家药店中，抽查比例为30%，即55家。", "fact.percentage") == []


def test_round36_count_after_a_frame():
    assert found("医院是一所集医疗、教学、科研、预防于一体的三级甲等综合医院。", "fact.count") == []


def test_round36_words_of_audit_tax_and_hospitals():
    assert found("存在账实不附、个别项目超标准收费等问题。", "language.typo") == ["账实不附"]
    assert found("审计组要做到思维慎密、证据充分。", "language.typo") == ["思维慎密"]
    assert found("全年共计累计推送政策信息186万户次。", "language.usage") == ["共计累计"]
    assert found("省卫生健康委领导亲自莅临医院调研。", "language.usage") == ["亲自莅临"]
    assert found("着力提高干部作风和业务能力。", "language.collocation") == ["提高干部作风"]
    assert found("着力改进干部作风，提高业务能力。", "language.collocation") == []
    assert found("不断完善审计质量，防范审计风险。", "language.collocation") == ["完善审计质量"]
    assert found("各级领导干部不得利用职务权利修改统计资料。", "language.context") == ["权利"]
    assert found("业务需要往返多个窗口，以至纳税人多头跑、重复报资料。", "language.context") == ["以至"]
    assert found("按病种分值付费结算病例占住院病例的91.3%。", "language.context") == []
    assert found("加强住院病例书写质量管理。", "language.context") == ["病例"]
    assert found("部分部门之间数据共享的不够充分、更新不够及时。", "language.collocation") == ["的"]
    assert found("推动数据共享的不够充分的问题得到解决。", "language.collocation") == []
    assert found("结构持续优化的原因，主要得益于医疗服务收入占比提高。", "language.collocation") == ["得益于"]
    assert found("成绩的取得，主要得益于市委的坚强领导。", "language.collocation") == []


def test_round36_policy_and_political_rows():
    assert found("严格依照《医疗保障基金使用监督管理办法》开展检查。", "policy.repealed") == ["《医疗保障基金使用监督管理办法》"]
    assert found("严格依照《医疗保障基金使用监督管理条例》开展检查。", "policy.repealed") == []
    assert found("要严格按照《医院会计制度》编制决算。", "policy.repealed") == ["《医院会计制度》"]
    assert found("认真学习了中央八项规定及其实施办法精神。", "political.term") == ["中央八项规定及其实施办法精神"]
    assert found("把保障人民健康放在首要发展的战略位置。", "political.term") == ["放在首要发展的战略位置"]


def test_round36_recipient_ending_in_bumen():
    text = "汀阳市统计局文件\n\n汀统发〔2026〕3号\n\n汀阳市统计局关于统计执法检查情况的通报\n\n各区、县统计局，市直有关部门。\n\n2025年，全市各级统计机构依法开展执法检查。\n"
    assert found(text, "format.recipient_colon") == ["。"]


def test_round36_nearer_whole_and_share_of_a_named_whole():
    text = "新增持证读者4.3万人，持证读者总数达到21.6万人，其中少儿读者7.8万人，占比为{}。"
    assert found(text.format("41.2%"), "fact.total") == []
    assert found(text.format("41.2%"), "fact.percentage") == ["41.2%"]
    assert found(text.format("36.1%"), "fact.percentage") == []
    text = "景区核定日最大承载量为4.8万人次，瞬时最大承载量为1.6万人次。暑期按照不超过日最大承载量80%即{}万人次的标准控制。"
    assert found(text.format("3.6"), "fact.percentage") == ["3.6万人次"]
    assert found(text.format("3.84"), "fact.percentage") == []


def test_round36_nth_weekday_of_a_month():
    text = "今年“文化和自然遗产日”（6月第二个星期六，即6月{}日）前后，活动时间为2026年6月8日至6月20日。"
    assert found(text.format(14), "fact.weekday") == ["6月14日"]
    assert found(text.format(13), "fact.weekday") == []
    assert found("2026年11月最后一个星期四，即11月27日。", "fact.weekday") == ["11月27日"]
    assert found("2026年5月的第三个星期日即5月17日为全国助残日。", "fact.weekday") == []


def test_round36_words_of_heritage_and_tourism():
    assert found("及时认真的受理游客投诉。", "language.de") == ["的"]
    assert found("项目建成后，将极大的改善古窑址的保存状况。", "language.de") == ["的"]
    assert found("这带来了极大的改善。", "language.de") == []
    assert found("坚持最小干预原则，切记大拆大建、拆真建假。", "language.collocation") == ["切记"]
    assert found("安全管理工作亟需加强。", "language.context") == ["亟需"]
    assert found("该项目亟需资金支持。", "language.context") == []
    assert found("不断提升展览品味。", "language.context") == ["品味"]
    assert found("本着“谁主管、谁负责”的原则下，把安全措施落实到岗位。", "language.collocation") == ["原则下"]
    assert found("本着“谁主管、谁负责”的原则，把安全措施落实到岗位。", "language.collocation") == []
    assert found("针对城墙周边违法建设问题上，要提出整治措施。", "language.collocation") == ["上"]
    assert found("在城墙周边违法建设问题上，要提出整治措施。", "language.collocation") == []
    assert found("市文物保护中心已对窖址东区开展勘探。", "language.typo") == ["窖址东区"]
    assert found("系统记录榫铆工艺等核心技艺。", "language.typo") == ["榫铆"]
    assert found("国家级非遗代表性项目岚溪难戏与现代舞台灯光结合。", "language.typo") == ["难戏"]
    assert found("扩大全社会关心支持文化遗产保护的浓厚氛围。", "language.collocation") != []
    for text in ("其中虫蛀、霉蚀、絮化、粘连等严重破损的120册。", "配备纸张纤维检测仪、纸浆补书机。",
                 "会议指出，本批拟认定人选中，45岁以下的占40%。"):
        assert found(text, "language.nearmiss") == [], text
    assert found("岚溪县文旅局。岚溪傩戏是流传于岚溪县及周边地区的古老剧种。", "language.nearmiss") == []
    assert found("暑期期间，各地要严格执行值班制度。", "language.usage") == []


def test_round36_policy_and_political_rows_of_heritage():
    assert found("请于4月10日前以专题请示报告形式报送省文物局。", "policy.genre") == ["请示报告"]
    assert found("对照2019年1月1日起施行的《中华人民共和国公共图书馆法》，全面开展自查。", "fact.law_date") == ["2019年1月1日"]
    assert found("对照2018年1月1日起施行的《中华人民共和国公共图书馆法》，全面开展自查。", "fact.law_date") == []
    assert found("方案获国家文物管理局批复。", "political.term") == ["国家文物管理局"]
    assert found("为建设中华现代文明贡献力量。", "political.term") == ["建设中华现代文明"]
    assert found("为建设中华民族现代文明贡献力量。", "political.term") == []
    assert found("统筹高质量发展和高质量安全。", "political.term") == ["高质量发展和高质量安全"]


def test_round36_discipline_sanctions_and_limits():
    assert found("孙某某受到党内记过处分。", "policy.sanction") == ["党内记过处分"]
    assert found("吴某某受到党内严重警告处分。", "policy.sanction") == []
    assert found("给予其政务严重警告处分。", "policy.sanction") == ["政务严重警告处分"]
    assert found("给予其政务记过处分。", "policy.sanction") == []
    assert found("接待对象在10人以内的，陪餐人数不得超过5人。", "policy.limit") == ["5人"]
    assert found("接待对象在10人以内的，陪餐人数不得超过3人。", "policy.limit") == []
    assert found("对涉嫌违纪违法的问题线索，及时移交市人民检察院。", "policy.authority") == ["市人民检察院"]
    assert found("对涉嫌违纪违法的问题线索，及时移交市纪委监委。", "policy.authority") == []
    assert found("依据《中华人民共和国公职人员政务处分条例》给予处分。", "policy.repealed") != []
    assert found("按照《党政机关厉行节约反对浪费规定》执行。", "policy.repealed") != []
    text = "中共汀阳市委巡察工作领导小组\n\n关于开展第八轮巡察工作及增配巡察干部的请示\n\n市委：\n\n现请示如下。\n\n妥否，请批示。\n"
    assert found(text, "policy.one_matter") == ["及增配巡察干部"]


def test_round36_political_rows_of_discipline():
    assert found("中共中央政治局委员、中央纪委书记李希同志强调。", "political.leader_title") == ["中共中央政治局委员"]
    assert found("中共中央政治局常委、中央纪委书记李希同志强调。", "political.leader_title") == []
    assert found("中共中央政治局委员、中央组织部部长石泰峰同志出席。", "political.leader_title") == []
    assert found("推动党员干部学纪、明纪、知纪、守纪。", "political.formulation_order") == ["学纪、明纪、知纪、守纪"]
    assert found("坚持治病救人、惩前毖后。", "political.term") == ["治病救人、惩前毖后"]
    assert found("全面从严治党永远在路上，党的自我革命一直在路上。", "political.term") == ["党的自我革命一直在路上"]
    assert found("坚定“四个自信”、做到“两个坚持”。", "political.term") == ["做到“两个坚持”"]


def test_round36_words_and_forms_of_discipline():
    assert found("主动对号入坐，逐条认领。", "language.typo") == ["对号入坐"]
    assert found("各巡察组要格守巡察工作纪律。", "language.typo") == ["格守"]
    assert found("各巡察组要严格守住底线。", "language.typo") == []
    assert found("推动监督与治理同频共震。", "language.typo") == ["同频共震"]
    assert found("整治“吃拿卡耍”等问题。", "language.typo") == ["吃拿卡耍"]
    assert found("加强对领导班子行使权利的监督。", "language.context") == ["权利"]
    assert found("步步滑向深渊，以至最终身陷囹圄。", "language.context") == ["以至"]
    assert found("区纪委监委将对材料审核把关，确保事实准确、定性精准。", "language.context") == []
    assert found("每组4至5人左右，组长由领导小组确定。", "language.collocation") == ["4至5人左右"]
    assert found("每组4至5人，组长由领导小组确定。", "language.collocation") == []
    assert found("各单位要召开专题学习，传达本方案精神。", "language.collocation") == ["召开专题学习"]
    assert found("各单位要召开专题学习会，传达本方案精神。", "language.collocation") == []
    assert found("近年来，在区纪委监委的有力指导，镇纪委坚持推进工作。", "language.collocation") == ["指导"]
    assert found("近年来，在区纪委监委的有力指导下，镇纪委坚持推进工作。", "language.collocation") == []
    assert found("2025年第3季度，结合第二季度排查情况开展检查。", "format.mixed_numerals") == ["第3季度"]
    assert found("2025年第3季度开展检查。", "format.mixed_numerals") == []


def test_round36_figures_of_discipline():
    assert found("同时按照不低于30%的比例对47家三级企业进行抽查，即抽查三级企业12家。", "fact.percentage") == ["12家"]
    assert found("同时按照不低于30%的比例对47家三级企业进行抽查，即抽查三级企业15家。", "fact.percentage") == []
    assert found("镇纪委现有委员5名，其中专职纪检干部3名；各村（社区）均设立村务监督委员会，配备村级纪检委员19名。", "fact.total") == []
    assert found("巡察移交的9件问题线索，已办结7件，其中立案3件，给予处分4人；其余2件正在核查中。", "fact.total") == []
    assert found("巡察移交问题线索9件，已办结7件，其中立案3件、谈话提醒2件，其余1件正在核查。", "fact.total") != []


def test_round36_first_item_numbered_one_level_down():
    text = ("关于规范通报曝光工作的意见\n\n一、总体要求\n\n（一）坚持原则。内容甲。\n\n（二）突出重点。内容乙。\n\n"
            "二、规范通报曝光程序\n\n1.严格审核把关。内容丙。\n\n（二）注重保护隐私。内容丁。\n\n（三）把握时机节奏。内容戊。\n")
    assert found(text, "format.heading_level") == ["1"]
    assert found(text.replace("1.严格审核把关。内容丙。\n\n（二）", "（一）严格审核把关。\n\n1.内容丙。\n\n（二）"), "format.heading_level") == []


def test_round36_figures_of_reserves_and_weather():
    assert found("储备物资总价值386万元，仅为省定县级储备标准（600万元）的72.3%。", "fact.percentage") == ["72.3%"]
    assert found("储备物资总价值386万元，仅为省定县级储备标准（600万元）的64.3%。", "fact.percentage") == []
    assert found("汛期全市平均降水量1126毫米，常年同期为1012毫米，较常年同期偏多18.6%。", "fact.percent") == ["18.6%"]
    assert found("汛期全市平均降水量1126毫米，常年同期为1012毫米，较常年同期偏多11.3%。", "fact.percent") == []
    assert found("全系统实现销售总额86.4亿元，上年为78.2亿元，同比增长12.6%。", "fact.percent") == ["12.6%"]
    assert found("全系统实现销售总额86.4亿元，上年为78.2亿元，同比增长10.5%。", "fact.percent") == []
    text = "全市已建成人防工程面积286.5万平方米，城区常住人口153万人，人均人防工程面积{}平方米。"
    assert found(text.format("1.6"), "fact.average") == ["1.6平方米"]
    assert found(text.format("1.87"), "fact.average") == []
    text = "全市春耕化肥需求约21.5万吨，系统承担储备8.6万吨，占需求总量的{}%。"
    assert found(text.format(36), "fact.percentage") == ["36%"]
    assert found(text.format(40), "fact.percentage") == []
    assert found("共扦取检验样品215份，其中质量达标样品213份，质量达标率为99.1%；储存品质宜存样品209份，宜存率为97.2%。",
                 "fact.total") == []


def test_round36_words_of_reserves_and_weather():
    assert found("对于补贴标准动态调整问题上，建议参照省里做法。", "language.collocation") == ["上"]
    assert found("要严格按照省级储备库建设标准的要求下组织施工。", "language.collocation") == ["要求下"]
    assert found("推动气象灾害防御机制进一步提高，为全市发展提供保障。", "language.collocation") == ["提高"]
    assert found("不断增强工程完好率。", "language.collocation") == ["增强工程完好率"]
    assert found("第一时间向社会颁布预警信息。", "language.collocation") == ["颁布预警信息"]
    assert found("妥善安置受灾群众的基本生活。", "language.collocation") == ["安置受灾群众的基本生活"]
    assert found("仓房须经验收合格，方可起用储粮。", "language.context") == ["起用"]
    assert found("全市储备粮规模达到十八点六万吨，其中市级储备粮12万吨、县级6.6万吨。", "format.number") == ["十八点六"]
    assert found("要一点一滴做起。", "format.number") == []
    assert found("将全市126家学校、医院、危化品企业纳入重点监管。", "language.collocation") == []
    assert found("全市共有126家学校。", "language.collocation") == ["家"]
    for text in ("引导农民适时适价售粮。", "做到推陈储新、常储常新。", "储存时间过长导致品质劣变。",
                 "成员：钱瑞（市财政局）、殷国强（市应急管理局）、王敏（市民政局）。"):
        assert found(text, "language.nearmiss") == [], text
    assert found("这些问题是人力紧张、经费投入偏少的原因所致。", "language.usage") == ["的原因所致"]
    assert found("一直以来始终把管好储备粮作为检验的标尺。", "language.usage") == ["一直以来始终"]
    assert found("有的被擅自改变用途、挪做他用。", "language.typo") == ["挪做他用"]
    assert found("做到家喻户晓、人所皆知。", "language.typo") == ["人所皆知"]


def test_round36_policy_and_political_rows_of_reserves():
    assert found("从事粮食收购的企业须持有粮食收购许可证。", "policy.outdated_scheme") == ["粮食收购许可证"]
    text = "沅屏市粮食和物资储备局\n\n关于商请安排储备粮轮换费用补贴的函\n\n沅屏市财政局：\n\n现将有关情况请示如下。\n"
    assert found(text, "policy.genre") == ["现将有关情况请示如下"]
    assert found(text.replace("的函", "的请示"), "policy.genre") == []
    assert found("人民防空实行长期准备、全面建设、平战结合的方针。", "political.term") == ["长期准备、全面建设、平战结合"]
    assert found("实现“监测精密、预报精准、服务精确”目标。", "political.term") == ["预报精准、服务精确"]
    assert found("坚持以防为主、防救抗相结合。", "political.term") == ["防救抗相结合"]
    assert found("粮食安全是“国之大事”。", "political.term") == ["“国之大事”"]
    assert found("推动公共安全治理模式向事中预防转型。", "political.term") == ["向事中预防转型"]
    assert found("学习借鉴香港、新加坡等国家城市地下空间利用的做法。", "political.region_as_state") != []


def test_round36_rows_of_rural_governance():
    assert found("守住不发生规模性返贫致贫红线。", "political.term") == ["不发生规模性返贫致贫红线"]
    assert found("实现“小事不出村、大事不出镇、矛盾不出县”。", "political.term") == ["大事不出镇、矛盾不出县"]
    assert found("对涉及港澳台及其他国外投资企业的劳资纠纷。", "political.term") == ["港澳台及其他国外"]
    assert found("对脱贫不稳定户等检测对象开展排查。", "language.context") == ["检测"]
    assert found("食品检测机构出具检测报告。", "language.context") == []
    assert found("启用一批政治素质好、群众基础好的党员。", "language.context") == ["启用"]
    assert found("正式启用新的印章，重新启用原先的设备。", "language.context") == []
    assert found("两户村民因宅基地界限争执多年。", "language.context") == ["界限"]
    assert found("把一线作为培养锻炼、考查识别干部的重要平台。", "language.context") == ["考查"]
    assert found("要打破按资排辈，优先提拔使用。", "language.typo") == ["按资排辈"]
    assert found("根据有关规定，村“两委”每届任期三年。", "policy.outdated_scheme") == ["“两委”每届任期三年"]
    assert found("依照《中国共产党支部工作条例》的规定。", "policy.repealed") == ["《中国共产党支部工作条例》"]
    assert found("依照《中国共产党支部工作条例（试行）》的规定。", "policy.repealed") == []
    assert found("县委在县内媒体公布接访时间、地点和接访领导，方便群众反映诉求。", "language.collocation") == []


def test_round36_the_two_sessions_agree():
    text = "2026年3月18日，县委常委会传达学习了十四届全国人大{}次会议和全国政协十四届四次会议精神。"
    assert found(text.format("三"), "political.session_name") == ["三"]
    assert found(text.format("四"), "political.session_name") == []


def test_round36_figures_of_schools():
    assert found("同意你院增设以下4个专业：工业互联网技术、新能源汽车检测与维修技术、智能物流技术。", "fact.count") == ["4个"]
    assert found("同意你院增设以下3个专业：工业互联网技术、新能源汽车检测与维修技术、智能物流技术。", "fact.count") == []
    assert found("主要有两项任务：一是建立一个新体系、与国际接轨的标准；二是完善制度。", "fact.count") == []
    assert found("第二类：篮球运球、足球运球、排球垫球。", "fact.count") == []
    assert found("下午15时50分至17时30分开展课后服务，每天安排2个时段，共120分钟。", "fact.period") == ["120分钟"]
    assert found("下午15时50分至17时30分开展课后服务，每天安排2个时段，共100分钟。", "fact.period") == []
    assert found("春季学期资助学生412人，秋季学期资助436人，全年合计858人次。", "fact.total") == ["858人次"]
    assert found("春季学期资助学生412人，秋季学期资助436人，全年合计848人次。", "fact.total") == []
    assert found("安全教育日（每年3月最后一个星期一，今年为3月23日）。2026年1月5日", "fact.weekday") == ["3月23日"]
    assert found("校外培训机构由“双减”前的1086家压减至41家，压减率96.2%。", "fact.percentage") == []
    assert found("校外培训机构由“双减”前的1086家压减至41家，压减率90.2%。", "fact.percentage") == ["90.2%"]


def test_round36_words_and_rows_of_schools():
    assert found("“能吃上热乎饭真好！”学生王雨萱开心的说。", "language.de") == ["的"]
    assert found("要将学生安全得交到家长手中。", "language.de") == ["得"]
    assert found("过去一年，由于县委、县政府的坚强领导下，教育事业发展成效明显。", "language.collocation") != []
    assert found("家庭经济困难学生鉴定工作是精准资助的前提。", "language.context") == ["鉴定"]
    assert found("对经鉴定具有重要价值的档案，鉴定结果及时反馈。", "language.context") == []
    assert found("配备必须的实训设备和场地。", "language.context") == ["必须"]
    assert found("进一步深化校企合作力度。", "language.collocation") == ["深化校企合作力度"]
    assert found("全年查处隐性变异培训问题27起。", "language.typo") == ["隐性变异"]
    assert found("全面推进“县管校骋”管理改革。", "language.typo") == ["县管校骋"]
    assert found("落实立德树人中心任务。", "political.term") == ["立德树人中心任务"]
    assert found("引导学生铸就中华民族共同体意识。", "political.term") == ["铸就中华民族共同体意识"]
    assert found("建设更高质量的平安中国。", "political.term") == ["建设更高质量的平安中国"]
    assert found("认真落实“安全第一、预防为主”的方针。", "political.term") != []
    assert found("各地依据《校外培训机构行政处罚办法》开展整治。", "policy.repealed") != []
    assert found("将安全工作要求以县教育局指示形式下发各学校。", "policy.genre") == ["指示"]
    text = "按照《国家中长期教育改革和发展规划纲要（2010—2020年）》的要求，我局拟于2026年公开招聘教师。2026年2月3日"
    assert found(text, "policy.expired_plan") != []
    assert found(text.replace("国家中长期教育改革和发展规划纲要（2010—2020年）", "教育强国建设规划纲要（2024—2035年）"), "policy.expired_plan") == []
    text = "霁川市教育局\n\n关于做好暑期安全工作的通知\n\n各县（市、区）教育局；市直各学校：\n\n为做好工作。\n"
    assert found(text, "format.recipient_colon") == ["；"]


def test_round36_foreign_affairs_and_taiwan():
    assert found("坚持外交大权在中央，严格执行因公出国（境）管理规定。", "political.term") == ["外交大权在中央"]
    assert found("进一步促进香港与中国青年交流。", "political.term") == ["香港与中国"]
    assert found("促进香港与中国内地青年交流。", "political.term") == []
    assert found("共建“一路一带”。", "political.term") == ["一路一带"]
    assert found("团组出访英国、法国、香港等国家和地区。", "political.region_as_state") == []  # (和地区 names 香港)
    assert found("邀请台湾农业科研机构及国立中兴大学等参会。", "political.taiwan_term") == ["国立"]
    assert found("要认真贯彻《中华人民共和国反分裂国家法》。", "policy.law_name") == ["《中华人民共和国反分裂国家法》"]
    assert found("要认真贯彻《反分裂国家法》。", "policy.law_name") == []
    assert found("2025年，我们隆重纪念台湾光复70周年。", "fact.anniversary") == ["70周年"]
    text = "全面准确、坚定不移贯彻“一国两制”、“港人治港”、“澳人治澳”、高度自治的方针。"
    assert found(text, "format.marked_items_deng") == []
    assert found("深入开展“双随机”、“一公开”检查。", "format.marked_items_deng") == ["、"]


def test_round36_figures_of_foreign_affairs():
    assert found("交流会已连续成功举办7届，2026年将举办第9届。", "fact.count") == ["第9届"]
    assert found("交流会已连续成功举办7届，2026年将举办第8届。", "fact.count") == []
    assert found("服务人数由2023年的1200人次增至2025年的3600人次，增长了3倍。", "fact.percent") == ["3倍"]
    assert found("服务人数由2023年的1200人次增至2025年的3600人次，增长了2倍。", "fact.percent") == []
    text = "片区实现进出口总额412.6亿元，同比增长14.2%，占全市进出口总额1316.8亿元的{}%。"
    assert found(text.format("38.5"), "fact.percentage") == ["38.5%"]
    assert found(text.format("31.3"), "fact.percentage") == []


def test_round36_words_of_foreign_affairs():
    assert found("由于各级侨联组织的共同努力，使全年工作获得通报表扬。", "language.collocation") == ["使"]
    assert found("由于各级侨联组织的共同努力，全年工作获得通报表扬。", "language.collocation") == []
    assert found("接待工作要本着对等、节俭、务实为原则。", "language.collocation") == ["为原则"]
    assert found("各方围绕深化地方合作签署了广泛共识。", "language.collocation") == ["签署了广泛共识"]
    assert found("力争进一步提高旅客通关等候时间。", "language.collocation") == ["提高旅客通关等候时间"]
    assert found("建立健全完善外资项目服务机制。", "language.usage") == ["建立健全完善"]
    assert found("各级侨联干部不惜余力联系服务侨胞。", "language.typo") == ["不惜余力"]
    for text in ("交流会在台湾农民、农会和农企中取得了积极反响。", "组织在港汀阳籍乡亲开展联谊活动。",
                 "两市间贸易额约3.6亿美元。"):
        assert found(text, "language.nearmiss") == [], text
    assert found("围绕侨资企业发展、侨乡振兴等课题开展调研。", "language.usage") == []


def test_round36_housing():
    assert found("从2025年9月1日启动签约到10月15日实现整村签约，仅用35天。", "fact.period") == ["35天"]
    assert found("从2025年9月1日启动签约到10月15日实现整村签约，仅用45天。", "fact.period") == []
    assert found("因城施策支持刚性和改善性住房需求。", "language.collocation") == []
    assert found("要改善群众住房需求。", "language.collocation") != []
    assert found("全年召开消防演练36场。", "language.collocation") == ["召开消防演练"]
    assert found("照监管协议办理资金划转，有效的防范资金风险。", "language.de") == ["的"]
    assert found("加强监管，有效的防范是关键。", "language.de") == []
    assert found("切实维护被征收群众的合法权益不受侵害。", "language.collocation") == ["权益不受侵害"]
    assert found("大力推动项目复工复产，切实维护购房群众。", "language.collocation") == ["维护购房群众"]
    assert found("销售情况差强人意，去化周期仍然偏长。", "language.collocation") == ["差强人意"]
    assert found("对因资金链断裂、以至项目停工的，引入国有企业。", "language.context") == ["以至"]
    assert found("以“汇报”文种正式行文报送市住房和城乡建设局。", "policy.genre") == ["汇报"]
    assert found("严格依照《国有土地上房屋征收补偿条例》实施征收。", "policy.repealed") != []
    assert found("坚持房子是用来住的、不是用来炒作的定位。", "political.term") == ["不是用来炒作的"]
    assert found("加快建立多主体供给、多渠道保障、租售并举的住房制度。", "political.term") == ["租售并举"]
    assert found("在内地就业的港澳台同胞均可缴存住房公积金。", "political.term") != []
    assert found("以台湾护照作为身份证明文件办理。", "political.term") == ["台湾护照"]
