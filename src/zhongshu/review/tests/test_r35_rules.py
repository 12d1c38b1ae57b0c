"""Round 35 (session 27): rules from the leftovers of fresh67 and fresh68 and from fresh71–fresh74, each with a
case it must leave alone."""

from zhongshu.review import default_reviewer

from .helpers import found

# --- idioms and words of the courts ---------------------------------------------------------------------------------


def test_round35_idioms_read_by_their_surface():
    assert found("他们的先进事迹罄竹难书。", "language.collocation") == ["罄竹难书"]
    assert found("犯罪团伙的罪行罄竹难书。", "language.collocation") == []
    assert found("他是这项改革的始作俑者，功不可没。", "language.collocation") == ["始作俑者"]
    assert found("可以说是全省矛调中心建设的始作俑者。", "language.collocation") == ["始作俑者"]
    assert found("他是这起事故的始作俑者，应依法追责。", "language.collocation") == []
    assert found("个别单位对初信初访不以为然，办理质量不高。", "language.collocation") == ["不以为然"]
    assert found("对这种说法，他不以为然，认为应当先调研。", "language.collocation") == []
    assert found("整改效果差强人意，满意度比去年低了5个百分点。", "language.collocation") == ["差强人意"]


def test_round35_words_of_the_courts():
    assert found("公安机关依法侦察此案。", "language.collocation") == ["侦察"]
    assert found("专案组历时两个多月缜密侦察，摸清了团伙架构。", "language.collocation") == ["侦察"]
    assert found("部队派出无人机侦察敌情。", "language.collocation") == []
    assert found("当事人不服可依法提出申述。", "language.collocation") == ["申述"]
    assert found("指导群众依法申述、理性维权。", "language.collocation") == ["申述"]
    assert found("他当场申述理由。", "language.collocation") == []
    assert found("检查机关依法对诉讼活动实行法律监督。", "language.context") == ["检查"]
    assert found("开展安全检查，检查机关单位食堂。", "language.context") == []
    assert found("对涉及违法犯罪的线索及时移送。", "language.context") == ["涉及"]
    assert found("涉及非法集资、预付式消费等矛盾纠纷。", "language.context") == []


def test_round35_period_and_mixed_structure():
    assert found("在社区矫正其间，严格落实报告制度。", "language.collocation") == ["其间"]
    assert found("他穿梭在其间，忙个不停。", "language.collocation") == []
    assert found("按照省司法厅的标准为准执行。", "language.collocation") == ["按照省司法厅的标准为准"]
    assert found("按照省司法厅的标准执行，以省里的解释为准。", "language.collocation") == []


def test_round35_measure_word_of_a_dispute():
    assert found("成功化解了一条长达十年的宅基地纠纷。", "language.collocation") == ["条"]
    assert found("全年化解一个矛盾纠纷。", "language.collocation") == ["个"]
    assert found("走出了一条化解纠纷的新路子。", "language.collocation") == []
    assert found("探索一条多元化解纠纷的新路子。", "language.collocation") == []


# --- format --------------------------------------------------------------------------------------------------------


def test_round35_approximation_with_liang():
    assert found("全年开展专项检查两、三次。", "format.punct_approx") == ["两、三"]
    assert found("一、二年级学生参加。", "format.punct_approx") == []


def test_round35_question_mark_of_a_reported_question():
    assert found("据了解，该县正在探索如何建立网格员培训机制？下一步将把资源下沉。", "format.punct_question") == ["？"]
    assert found("我们是不是应该思考如何做好这项工作？", "format.punct_question") == []
    assert found("如何做好这项工作？", "format.punct_question") == []


# --- fact ----------------------------------------------------------------------------------------------------------


def test_round35_weights_of_a_hundred_point_scale():
    s = "考评实行百分制，设六个考评项目：政治安全20分，扫黑除恶15分，矛盾纠纷化解20分，公共安全15分，基层治理15分，群众满意度20分。"
    assert len(found(s, "fact.sum")) == 1
    assert found(s.replace("群众满意度20分", "群众满意度15分"), "fact.sum") == []
    assert found("考核实行百分制，90分以上为优秀，80分以上为良好，60分以上为合格。", "fact.sum") == []


def test_round35_count_after_deng_of_fewer_than_listed():
    assert found("决定授予第一检察部、第二检察部、第三检察部、第五检察部等3个集体称号。", "fact.count") == ["3个"]
    assert found("决定授予第一检察部、第二检察部、第三检察部、第五检察部等4个集体称号。", "fact.count") == []
    # the count of the last item, not of the list; B和C of one head is one item
    assert found("新建省级企业技术中心2个、工程研究中心1个。", "fact.count") == []
    assert found("开设党性教育、履职能力、斗争精神和斗争本领等3个专题模块。", "fact.count") == []
    assert found("有着相似经历、同样感情的三位妻子。", "fact.count") == []


# --- policy --------------------------------------------------------------------------------------------------------


def test_round35_crime_under_another_article():
    s = "依照《中华人民共和国刑法》第二百九十三条，以组织、领导、参加黑社会性质组织罪判处。"
    assert found(s, "policy.law_article") == ["第二百九十三条"]
    assert found(s.replace("二百九十三", "二百九十四"), "policy.law_article") == []
    assert found("依照刑法第三百八十三条对贪污罪判处。", "policy.law_article") == []
    assert found("以危险驾驶罪依照刑法第一百三十三条之一判处。", "policy.law_article") == []
    # several articles or several crimes in one sentence: not judged
    assert found("以寻衅滋事罪、敲诈勒索罪依照刑法第二百九十三条判处。", "policy.law_article") == []


def test_round35_law_issued_by_a_body_in_a_year_cited_as_basis():
    s = "依据1988年国务院发布的《森林防火条例》，每日制作发布全市森林火险气象等级预报。"
    assert found(s, "policy.law_revision") == ["1988年国务院发布的《森林防火条例》"]
    assert found("1988年国务院发布的《森林防火条例》，标志着森林防火工作走上法治轨道。", "policy.law_revision") == []


def test_round35_parts_in_wan_among_plain_counts():
    s = "全省共设立五级林长4.6万名，其中省级林长12名、市级林长186名、县级林长1920名、乡级林长1.2万名、村级林长3.6万名。"
    assert found(s, "fact.total")
    assert found(s.replace("4.6万名", "5万名"), "fact.total") == []


# --- fresh71–fresh74 --------------------------------------------------------------------------------------------------


def test_round35_article_of_the_social_insurance_law():
    s = "依据《中华人民共和国社会保险法》第二十三条关于城镇居民基本医疗保险的规定，做好参保登记。"
    assert found(s, "policy.law_article") == ["第二十三条"]
    assert found(s.replace("二十三", "二十五"), "policy.law_article") == []


def test_round35_dates_out_of_order():
    assert found("本起疫情首例病例发病时间为11月10日，末例病例发病时间为11月8日。", "fact.date_order") == ["11月8日"]
    assert found("首例病例发病时间为11月2日，末例病例发病时间为11月8日。", "fact.date_order") == []
    assert found("（三）总结提升阶段（12月26日至12月20日）。", "fact.period") == ["12月20日"]
    assert found("（三）总结阶段（12月26日至1月20日）。", "fact.period") == []
    assert found("项目建设期为2027年3月至2026年12月。", "fact.period") == ["2026年12月"]
    assert found("项目建设期为2026年3月至2027年12月。", "fact.period") == []


def test_round35_difference_of_rates_in_points():
    s = "全市中小学生总体近视率从上年的52.5%降至51.2%，下降了1.3%。"
    assert found(s, "fact.percentage") == ["1.3%"]
    assert found("近视率由50%降至40%，下降了20%。", "fact.percentage") == []


def test_round35_base_between_the_figure_and_the_rate():
    s = "1—10月，集团完成发电量528亿千瓦时，去年同期为502亿千瓦时，同比增长7.5%，未发生较大事故。"
    assert found(s, "fact.percent") == ["7.5%"]
    assert found(s.replace("7.5%", "5.2%"), "fact.percent") == []


def test_round35_breakdowns():
    # grades of one scale do not overlap
    assert found("全年在校生6280人，其中高级工班2460人、预备技师班1130人、中级工班2790人。", "fact.total")
    assert found("全年在校生6380人，其中高级工班2460人、预备技师班1130人、中级工班2790人。", "fact.total") == []
    # a figure for each, a rate as the head, parts with their own sum, another statement after the semicolon
    assert found("全院共选派健康副校长24名，每所学校2名，其中儿科、眼科、骨科各4名，按原则搭配。", "fact.total") == []
    assert found("存煤总量198.6万吨，按当前日均耗煤量5.4万吨计算，可用37天。其中，临溪电厂存煤42.3万吨，北沙电厂存煤71.5万吨，"
                 "云塘电厂存煤46.2万吨，白石电厂存煤38.6万吨。", "fact.total") == []
    assert found("合作社达到1126家；其中，国家级示范社3家、省级示范社17家、市级示范社42家，各级示范社合计62家。", "fact.total") == []
    assert found("合作社发展到27家，其中省级示范社2家；家庭茶场发展到64家；规模以上加工企业4家。", "fact.total") == []


def test_round35_shares_and_rates_left_alone():
    assert found("收回有效问卷81份，其中希望提供融资对接服务的占67.9%，希望提供创业辅导的占58.0%，希望减免租金的占44.4%。",
                 "fact.share_sum") == []
    assert found("问卷显示，选择居家养老的占68.2%，选择社区养老的占21.5%，选择机构养老的占13.3%。", "fact.share_sum")
    assert found("安置到机关事业单位和国有企业的86人，安置满意率达到100%。", "fact.percentage") == []
    assert found("检查费27万元（按检测阳性率10%、每人150元计算）。", "fact.percentage") == []


def test_round35_format():
    assert found("降幅比1—9月扩大O.5个百分点。", "format.latin_digit") == ["O.5"]
    assert found("请于2026年12月31号前报送。", "format.date") == ["号"]
    assert found("乡村振兴工作简报\n第012期\n", "format.number") == ["012"]


def test_round35_language():
    assert found("验收合格后既可按程序拨付尾款。", "language.collocation") == ["既"]
    assert found("验收合格后既可拨付尾款，也可抵扣。", "language.collocation") == []
    assert found("资产评估结果报我委备案后，既作为确定增资价格的参考依据。", "language.collocation") == ["既"]
    assert found("坚持即抓新建，又抓改造提升。", "language.collocation") == ["即"]
    assert found("镇党委做出“蜜柚+”全产业链发展部署。", "language.collocation") == ["做出"]
    assert found("为经济发展做出决定性贡献。", "language.collocation") == []
    assert found("市疾控中心做了学生视力监测结果专题发言。", "language.collocation") == ["做了学生视力监测结果专题发言"]
    assert found("近三成以上的学生未按时复查。", "language.collocation") == ["以上"]
    assert found("出现上述问题的原因，主要是投入不足造成的。", "language.collocation")
    assert found("原因是多方面的、复杂的，但这些问题并不是物价涨幅低造成的。", "language.collocation") == []
    assert found("新建和修复灌排渠道23座。", "language.collocation") == ["渠道23座"]
    assert found("新投产风电场3台、集中式光伏电站4座。", "language.collocation") == ["风电场3台"]
    assert found("公司所属燃煤机组稳定的保持顶峰运行。", "language.collocation") == ["的"]
    assert found("增资款应按时足额的缴付到位。", "language.collocation") == ["的"]
    assert found("全市40座中小学开展技术指导。", "language.collocation") == ["座"]
    assert found("推动更多企业趋之若鹜地参与绿色工厂创建。", "language.collocation") == ["趋之若鹜"]
    assert found("整机制造、检测服务的较为完整的产业链条。", "language.de") == []
    assert found("内容真实、来源清楚、保存的较为完好的档案资料。", "language.de") == ["的"]


def test_round35_names_and_terms_left_alone():
    assert found("二中学高二（5）班学生林晓雨说：“每天坚持跑步。”", "language.nearmiss") == []
    assert found("澄阳市教育局\n\n澄教联发[2026]1号\n", "language.nearmiss") == []
    assert found("于12月底前将落实情况汇总报局党组。", "language.nearmiss") == []


# --- fresh69 and fresh70, read after the round's first rules had been measured on them ---------------------------------


def test_round35_fresh69_fresh70():
    assert found("严格落实《城镇燃气管理条例》（国务院令第583号，自2012年3月1日起施行）。", "fact.law_date") == ["2012年3月1日"]
    assert found("严格落实《城镇燃气管理条例》（国务院令第583号，自2011年3月1日起施行）。", "fact.law_date") == []
    assert found("展会时间为2027年3月18日至3月12日，拟组织企业23家。", "fact.period") == ["3月12日"]
    s = "经费拟按以下比例筹措：申请市级财政补助60%，景区管委会自筹35%，社会赞助及招商收入15%，合计100%。"
    assert found(s, "fact.sum") == ["100%"]
    assert found(s.replace("60%", "50%"), "fact.sum") == []
    assert found("二0二六年，面对外需收缩。", "format.mixed_numerals") == ["二0二六"]
    assert found("如何让党建工作融入项目建设，这是我们必须回答好的课题？下一步", "format.punct_question") == ["？"]
    assert found("并逐户核查经营者是否具备相应的履约能力？截至11月25日", "format.punct_question") == ["？"]
    assert found("这是我们的课题，对不对？", "format.punct_question") == []
    assert found("2月游客稀少，景区几乎万人空巷，冬季旅游产品有待丰富。", "language.collocation") == ["万人空巷"]
    assert found("国庆期间万人空巷，争睹盛况。", "language.collocation") == []
    assert found("每条街区至少引进1名品牌首店。", "language.collocation") == ["1名"]
    assert found("检查了三个门店。", "language.collocation") == []
    assert found("要牵头开展一次专题会议，充分听取意见。", "language.collocation") == ["开展"]
    assert found("充分调动公交专用道的路权保障作用。", "language.collocation") == ["调动公交专用道的路权保障作用"]
    assert found("充分调动各方面积极性，发挥作用。", "language.collocation") == []
    assert found("本季度核查处置的比较及时，但仍有问题。", "language.collocation") == ["的"]
    s = "会议指出，通过今年汛期的实战检验，使我们深刻认识到短板。"
    assert [f.severity for f in default_reviewer().review(s).findings if f.rule == "language.collocation"] == ["warning"]


def test_round35_diagnosis_by_a_teacher():
    s = "对疑似存在精神障碍的学生，由心理健康教育教师作出初步诊断后，通知家长带学生就诊。"
    assert found(s, "policy.authority") == ["由心理健康教育教师作出初步诊断"]
    assert found("对疑似存在精神障碍的学生，由精神科执业医师作出诊断。", "policy.authority") == []


def test_round35_letter_asking_the_body_above():
    head = "禾丰县农业农村局\n禾农函〔2026〕27号\n\n关于商请同意调整部分乡村振兴补助资金项目的函\n\n{rec}：\n\n经研究，商请同意调整。\n\n禾丰县农业农村局\n2026年11月23日\n"
    assert found(head.format(rec="县人民政府"), "policy.document_type") == ["函"]
    assert found(head.format(rec="禾丰县财政局"), "policy.document_type") == []
    up = "临溪市工业和信息化局\n\n关于商请支持精密仪器产业集群申报的函\n\n{rec}：\n\n恳请支持。\n\n临溪市工业和信息化局\n2026年11月20日\n"
    assert found(up.format(rec="岱川省工业和信息化厅"), "policy.document_type") == ["函"]
    assert found(up.format(rec="岱川省科学技术厅"), "policy.document_type") == []


def test_round35_rows_of_the_older_sets():
    assert found("严格落实乡村振兴实绩考核自度。", "language.typo") == ["考核自度"]
    assert found("以钉钉子精神抓好各项任务落时。", "language.typo") == ["任务落时"]
    assert found("汛期期间共组织会商研判26次。", "language.usage") == ["汛期期间"]
    assert found("国庆假期期间加强值守。", "language.usage") == []


# --- fresh75–fresh78 (written mid-session, measured blind at the commits before they were read) ------------------------


def test_round35_fresh75():
    assert found("社区组建了一只由教师、医生、律师等组成的志愿服务队伍。", "language.collocation") == ["只"]
    assert found("对困难党员群众的关心关爱可谓无所不至。", "language.collocation") == ["无所不至"]
    assert found("切实改善新闻舆论的传播力、引导力。", "language.collocation") == ["改善新闻舆论的传播力"]
    assert found("进一步提高网格员队伍结构。", "language.collocation") == ["提高网格员队伍结构"]
    assert found("各社区每季度至少召开一项“三方联席会议”。", "language.collocation") == ["召开一项"]
    assert found("把此次活动作为增强对民营经济人士思想政治引领的重要抓手。", "language.collocation") == ["增强对民营经济人士思想政治引领"]
    assert found("桂香社区的做法不但在全国产生了积极影响，而且在全省引起了广泛关注。", "language.collocation") == ["全省"]
    assert found("部分支部记录简单，象学习记录照抄照搬、会议记录千篇一律。", "language.collocation") == ["象"]
    assert found("河北省平山县象角村村民的决心未动摇。", "language.collocation") == []
    assert found("涉及全区62个社区“两委”，既社区党组织委员会和社区居民委员会。", "language.collocation") == ["既"]
    assert found("不管是开工还是竣工，既有庆典，则有报道。", "language.collocation") == []
    assert found("推行《红色物业》服务模式。", "format.title_marks") == ["《红色物业》"]
    assert found("你区“关于调整优化社区党组织设置的请示”（澄委〔2026〕47号）收悉。", "format.title_marks") == [
        "“关于调整优化社区党组织设置的请示”"]
    assert found("形成持续热烈的宣传声势。", "language.de") == []
    s = "全年确定36个项目，分配给8个党支部包联，其中产业类项目17个、基础设施类项目12个、社会民生类项目7个。"
    assert found(s, "fact.total") == []
    s = ("学习《中华人民共和国民营经济促进法》。该法于2025年4月30日经第十四届全国人民代表大会常务委员会第十五次会议通过，"
         "自2025年5月1日起施行。")
    assert found(s, "fact.law_date") == ["2025年5月1日"]
    s = ("该法自2025年5月20日起施行。\n\n二、时间安排\n\n专题培训班定于12月11日（星期四）在市委党校开班。\n\n中共泓州市委统战部\n\n"
         "2026年11月25日\n")
    assert found("《中华人民共和国民营经济促进法》" + s, "fact.weekday") == ["星期四"]


def test_round35_fresh76():
    assert found("建成省级幸福河湖28条，比2025年底的20条增加8条，增长30%。", "fact.percent") == ["30%"]
    assert found("建成省级幸福河湖28条，比2025年底的20条增加8条，增长40%。", "fact.percent") == []
    assert found("全省现有省级以上工业园区96个，其中国家级18个、省级76个。", "fact.total")
    assert found("全省现有省级以上工业园区94个，其中国家级18个、省级76个。", "fact.total") == []
    assert found("工程累计完成投资2.37亿元，占总投资3.12亿元的76.9%。", "fact.percentage") == ["2.37亿元，占总投资3.12亿元的76.9%"]
    assert found("中共中央办公厅、国务院办公厅于2017年12月印发《关于全面推行河长制的意见》以来", "fact.law_date") == ["2017年"]
    assert found("严格落实《排污许可管理条例》（2021年1月1日起施行）。", "fact.law_date") == ["2021年1月1日"]
    assert found("企业废水执行《污水综合排放标准》（GB 8978-88）三级标准。", "policy.repealed") == ["GB 8978-88"]
    assert found("改造拦河闸坝12台。", "language.collocation") == ["闸坝12台"]
    assert found("储备冲锋舟12艘、移动泵站6台。", "language.collocation") == []
    assert found("厂内新增板框压滤脱水机2座。", "language.collocation") == ["脱水机2座"]
    assert found("环保平台在预警和溯源方面取得了积极作用。", "language.collocation") == ["取得了"]
    assert found("确实加强园区水环境监管。", "language.context") == ["确实"]
    assert found("这个问题确实存在。", "language.context") == []
    assert found("11家单位未按排污许可证规定的频次开展自行监测。", "language") == []
    assert found("园区企业废水经厂内预处理后接入园区污水厂。", "language.nearmiss") == []
    s = ("关于申请污泥处置项目补助资金的请示\n\n市生态环境局：\n\n（一）恳请贵局安排补助资金200万元。\n\n"
         "（二）另，我厂职工周转宿舍建设用地尚未落实，恳请贵局协调市自然资源和规划局予以解决。\n\n妥否，请批示。\n")
    assert found(s, "policy.one_matter")


def test_round35_fresh77():
    assert found("我市接连发生3件生产安全事故。", "language.collocation") == ["件"]
    assert found("7个县（区）中有6个火灾起数同比下降。", "language.collocation") == []
    assert found("进一步加大企业应急处置能力。", "language.collocation") == ["加大企业应急处置能力"]
    assert found("着力完善防洪工程体系短板。", "language.collocation")
    assert found("安全生产工作抓的紧不紧、实不实，直接关系群众安危。", "language.de") == ["的"]
    s = "我们必须清醒认识到，能否把火灾隐患消除在萌芽状态，是做好冬春火灾防控工作的重要保障。"
    assert found(s, "language.collocation")
    s = "企业负责人接到报告后，未按照《生产安全事故报告和调查处理条例》规定在2小时内向园区报告。"
    assert found(s, "policy.rule_figure") == ["2小时"]
    assert found("举办中港消防救援技术交流活动。", "political.term") == ["中港消防"]
    assert found("依据安全生产法第九十九条查处的案件4起。其中，依据第九十九条查处的案件46起，依据第一百零二条查处的案件31起。",
                 "fact.total") == []
    assert found("重点检查井口、风井和地面高位水池，检查入井人员防滑措施。", "language.nearmiss") == []


def test_round35_fresh78():
    assert found("对子企业资金实行集中统一管理。只有子企业资金归集率低于80%，就要约谈企业主要负责人。", "language.collocation") == ["只有"]
    assert found("这些人这样做的理由只有一条，就是因为他是劳模。", "language.collocation") == []
    assert found("召开企业所得税汇算清缴辅导既重点税源企业座谈会。", "language.collocation") == ["既"]
    assert found("资本金主要用于母基金出资和城市更新项目资本金为主，改革成本另列。", "language.collocation") == ["为主"]
    assert found("如何加强纳税人的税法遵从意识仍是难点。", "language.collocation")
    assert found("开展铸牢中华民族共同体意识教育。", "language.collocation") == []
    assert found("开展精准推送，增强办税效率。", "language.collocation")
    assert found("债务风险防控首当其冲，要作为年底前的头号任务。", "language.collocation") == ["首当其冲"]
    assert found("加强对区县库款保障水平的监测。", "language.collocation") == []
    assert found("《中华人民共和国审计法》（2021年10月23日修正，2021年12月1日起施行）", "fact.law_date") == ["2021年12月1日"]
    assert found("请按照《财政专项扶贫资金管理办法》（财农〔2017〕8号）管理使用资金。", "policy.repealed")
    s = "（三）总结验收阶段：2027年11月1日（星期一）至12月31日（星期五）。\n\n泓州市国有资本投资运营集团有限公司\n\n2026年11月27日\n"
    assert found(s, "fact.weekday") == []
    assert found("2027年一般公共财政预算收入按增长5%左右测算。", "policy.outdated_scheme") == ["一般公共财政预算"]


def test_round35_shares_and_sums_of_fresh75():
    s = "全年共有486名在职党员到社区报到，占应报到人数520名的95.2%，认领服务岗位312个。"
    assert found(s, "fact.percentage") == ["486名在职党员到社区报到，占应报到人数520名的95.2%"]
    assert found(s.replace("95.2%", "93.5%"), "fact.percentage") == []
    s = "参训学员中民主党派成员40名、无党派人士15名、新的社会阶层人士25名，共90名。"
    assert found(s, "fact.total") == ["90名"]
    assert found(s.replace("共90名", "共80名"), "fact.total") == []


def test_round35_bracketed_items_summed():
    s = "同意取消柘岭村圈舍项目（80万元）、下湾村冷藏库项目（75万元）、联丰村产业路项目（60万元），上述3个项目资金合计218万元。"
    assert found(s, "fact.total") == ["218万元"]
    assert found(s.replace("218万元", "215万元"), "fact.total") == []


def test_round35_pace_of_growth():
    s = "1—10月，工业增加值同比增长6.8%，比全省高1.2个百分点；1—9月为增长6.5%，累计增速回落0.3个百分点。"
    assert found(s, "fact.percentage") == ["回落0.3个百分点"]
    assert found(s.replace("增长6.8%", "增长6.2%"), "fact.percentage") == []


def test_round35_plan_in_the_sentence_before():
    s = "全市纳入年度计划的重大项目共215个，年度计划投资682亿元。截至10月底，累计完成投资593亿元，完成年度计划的91.3%。"
    assert found(s, "fact.percentage") == ["91.3%"]
    assert found(s.replace("91.3%", "87.0%"), "fact.percentage") == []


def test_round35_force_after_a_longer_object():
    assert found("按月分析收入进度，加强对重点税源企业的监控力度。", "language.collocation") == ["加强对重点税源企业的监控力度"]
    assert found("扩大算力券规模和加大人才引进支持力度。", "language.collocation") == []


def test_round35_rate_counts_the_unit_its_name_says():
    # 里程完成率 counts 公里, not the money after them; 投资完成率 counts the money
    assert found("全年计划改造农村公路420公里、投资5亿元，已完成投资4.0亿元，里程完成率91.9%。", "fact.percentage") == []
    assert found("全年计划投资5亿元，已完成投资4.0亿元，投资完成率91.9%。", "fact.percentage") == ["91.9%"]


def test_round35_terms_of_roads_post_and_parties():
    assert found("全年完成路面病害处治12.6万平方米。", "language.context") == []
    assert found("对突发事件处治到位。", "language.context") == ["处治"]
    for text in ("冬季采用冷补料对坑槽进行临时修补。", "推广插电式混合动力公交车80辆。", "快递中转袋循环使用率达到95%。",
                 "项目节余资金按规定收回。", "民盟市委副主委程立平作交流发言。"):
        assert found(text, "language.nearmiss") == [], text
