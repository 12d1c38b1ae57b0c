"""Round 35 (session 27): rules from the leftovers of fresh67 and fresh68 and from fresh71–fresh74, each with a
case it must leave alone."""

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
    assert found("成功化解了一条长达十年的宅基地纠纷。", "language.collocation") == ["一条"]
    assert found("全年化解一个矛盾纠纷。", "language.collocation") == ["一个"]
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
