"""政策关: what a document may not claim — to prevail over the law, a power another level holds, a statutory time
limit stated wrongly.

* 本批复与国家法律法规不一致的，以本批复为准: a 批复 (通知, 办法…) cannot prevail over laws and regulations
  (《立法法》: a lower norm that conflicts with a higher one yields; the usual wording is 以国家法律法规为准).
* 由市科技局直接认定为高新技术企业: 高新技术企业 are recognised by the provincial 认定机构 (科技, 财政, 税务 together;
  《高新技术企业认定管理办法》, 国科发火〔2016〕32号, 第八条、第九条), never by a city or county bureau.
* 行政机关应当自受理行政许可申请之日起三十日内作出行政许可决定: twenty days (《行政许可法》第四十二条).
* 自收到申请之日起15个工作日内予以答复 (政府信息公开): 20 working days since the 2019 revision (《政府信息公开条例》
  第三十三条; the 2007 text said 15).
* 讨论决定干部任免事项须有半数以上委员到会: 三分之二以上 (《党政领导干部选拔任用工作条例》).
* 单位负责人接到报告后，应当于2小时内向…报告 (生产安全事故): 1小时 (《生产安全事故报告和调查处理条例》第九条).
* 党支部委员会会议一般每季度召开1次: 每月 (《中国共产党支部工作条例（试行）》: 党员大会每季度, 支部委员会会议和党小组会每月).
* 施工单项合同估算价在200万元以上的依法招标: 400万元 (《必须招标的工程项目规定》, 2018, 第五条).
* 临时用地期限一般不超过五年: 二年 (《土地管理法》第五十七条).
* 信访事项应当自受理之日起90日内办结: 60日 (《信访工作条例》); 调解协议生效之日起六十日内申请司法确认: 三十日
  (《人民调解法》第三十三条); 醉酒驾驶 每100毫升50毫克以上: 80毫克 (GB 19522-2024).
* 由心理健康教育教师作出初步诊断 (精神障碍): only a psychiatrist diagnoses (《精神卫生法》第二十九条).
"""

from __future__ import annotations

import re

from ..model import Finding
from .fact import cn_number

_OVERRIDE = re.compile(r"与(?:国家|上级)?(?:有关)?(?:法律|法律法规|法律、(?:行政)?法规|法律、法规|法规|上位法)[^，。；\n]{0,12}?(?:不一致|相抵触|抵触|冲突|不符)的?[，,]\s*"
                       r"(?P<at>以本(?:批复|通知|办法|规定|意见|方案|实施方案|决定|细则|规则|公告|通告|函|纪要|文件)为准)")


def overrides_law(doc, kb):
    text = doc.text
    if "为准" not in text:
        return
    for m in _OVERRIDE.finditer(text):
        yield Finding(m.start("at"), m.end("at"), "policy", "error", "policy.authority",
                      "下级文件不能优于法律法规：与法律法规不一致的，应以国家法律法规为准（《中华人民共和国立法法》）",
                      "以国家法律法规为准")


_HIGH_TECH = re.compile(r"(?:由|经)(?P<at>(?:市|县|区|州|园区|开发区|管委会)[\u4e00-\u9fff]{0,10}?(?:局|委|委员会|管委会|政府))"
                        r"(?:直接|统一|负责)?(?:认定|评定|确认)为(?:国家级?)?高新技术企业")


def high_tech_by_city(doc, kb):
    text = doc.text
    if "高新技术企业" not in text:
        return
    for m in _HIGH_TECH.finditer(text):
        yield Finding(m.start("at"), m.end(), "policy", "warning", "policy.authority",
                      "高新技术企业由省级科技、财政、税务部门组成的认定机构认定（《高新技术企业认定管理办法》第八条、第九条），"
                      "市县部门不能直接认定；可写作“推荐申报”或“认定为市级科技型企业”", None)


# (cue that must stand in the text, the pattern (group "at": the figure written; group "n", if any: its number), the
# right number (None: any figure the pattern finds is wrong), the right figure, the rule and what it says, the rule's name)
_FIGURES = (
    ("行政许可", re.compile(r"(?:受理)?行政许可申请之日起(?P<at>(?P<n>[一二三四五六七八九十]{1,3}|\d{1,3})日)内作出(?:行政许可)?决定"),
     20, "二十日", "《中华人民共和国行政许可法》第四十二条：应当自受理行政许可申请之日起二十日内作出行政许可决定（经批准可延长十日）",
     "policy.time_limit"),
    ("信息公开", re.compile(r"(?:收到|受理)(?:政府信息公开)?申请之日起(?P<at>(?P<n>[一二三四五六七八九十]{1,3}|\d{1,3})个工作日)内(?:予以)?答复"),
     20, "20个工作日", "《中华人民共和国政府信息公开条例》（2019年修订）第三十三条：不能当场答复的，应当自收到申请之日起20个工作日内予以答复",
     "policy.time_limit"),
    ("干部任免", re.compile(r"干部任免[^。；！？\n]{0,20}?(?P<at>半数以上|过半数|二分之一以上|一半以上)(?:的)?(?:委员|成员|常委)?到会"),
     None, "三分之二以上", "《党政领导干部选拔任用工作条例》：讨论决定干部任免事项，必须有三分之二以上成员到会", "policy.rule_figure"),
    ("事故", re.compile(r"负责人接到(?:事故)?报告后[，,]?[^。；！？\n]{0,40}?(?:应当|规定)(?:在|于)(?P<at>(?:[2-9]|[二两三四五六七八九]|\d{2})个?小时)内"),
     None, "1小时", "《生产安全事故报告和调查处理条例》第九条：单位负责人接到报告后，应当于1小时内向事故发生地县级以上人民政府"
     "安全生产监督管理部门和负有安全生产监督管理职责的有关部门报告", "policy.rule_figure"),
    ("支部", re.compile(r"(?:党)?支部委员会(?:会议)?(?:原则上|一般)?(?P<at>每(?:季度|两个月|半年|年))(?:至少)?召开"),
     None, "每月", "《中国共产党支部工作条例（试行）》：支部委员会会议一般每月召开1次（党员大会一般每季度召开1次）", "policy.rule_figure"),
    ("党小组", re.compile(r"党小组会(?:议)?(?:原则上|一般)?(?P<at>每(?:季度|两个月|半年|年))(?:至少)?召开"),
     None, "每月", "《中国共产党支部工作条例（试行）》：党小组会一般每月召开1次", "policy.rule_figure"),
    ("信访", re.compile(r"信访事项(?:应当|应)?(?:自受理之日起|在受理之日起)(?P<at>(?P<n>[一二三四五六七八九十]{1,3}|\d{1,3})日)内办结"),
     60, "60日", "《信访工作条例》（2022年）：信访事项应当自受理之日起60日内办结；情况复杂的，经批准可以适当延长，但延长期限不得超过30日",
     "policy.time_limit"),
    ("司法确认", re.compile(r"自调解协议生效之日起(?P<at>(?P<n>[一二三四五六七八九十]{1,3}|\d{1,3})日)内共同向(?:有管辖权的)?人民法院申请司法确认"),
     30, "三十日", "《中华人民共和国人民调解法》第三十三条：双方当事人可以自调解协议生效之日起三十日内共同向人民法院申请司法确认",
     "policy.time_limit"),
    ("醉酒", re.compile(r"每100毫升(?P<at>(?P<n>\d{2,3})毫克)以上的醉酒"),
     80, "80毫克", "《车辆驾驶人员血液、呼气酒精含量阈值与检验》（GB 19522-2024）：血液酒精含量大于或等于80mg/100mL为醉酒驾车",
     "policy.rule_figure"),
    ("施工单项合同", re.compile(r"施工单项合同估算价在?(?P<at>(?P<n>\d{2,4})万元)(?:人民币)?以上"),
     400, "400万元", "《必须招标的工程项目规定》（国家发展改革委令第16号）第五条：施工单项合同估算价在400万元人民币以上的，必须招标",
     "policy.rule_figure"),
    ("临时", re.compile(r"临时(?:使用土地|用地)的?(?:使用)?期限一般不(?:得)?超过(?P<at>(?P<n>[一二两三四五六七八九十]|\d{1,2})年)"),
     2, "二年", "《中华人民共和国土地管理法》第五十七条：临时使用土地期限一般不超过二年", "policy.rule_figure"),
    ("群众性活动", re.compile(r"每场次预计参加人数(?:达到|在)?(?P<at>(?P<n>\d{3,5})人)以上"),
     1000, "1000人", "《大型群众性活动安全管理条例》第二条：大型群众性活动是指法人或者其他组织面向社会公众举办的每场次预计参加人数"
     "达到1000人以上的活动", "policy.rule_figure"),
    ("安全许可", re.compile(r"由(?P<at>(?:(?!公安)[^，。；、\n]){2,20}?(?:主管部门|部门|机关|委员会|政府))(?:依法)?(?:实施|负责)安全许可"),
     None, "公安机关", "《大型群众性活动安全管理条例》第十一条：大型群众性活动的安全许可由活动所在地县级人民政府公安机关实施"
     "（预计参加人数在5000人以上的，由设区的市级人民政府公安机关或者直辖市人民政府公安机关实施）", "policy.authority"),
    ("接受服务的费用", re.compile(r"价款或者接受服务的费用的(?P<at>(?P<n>[一二两三四五六七八九十]|\d{1,2})倍)"),
     3, "三倍", "《中华人民共和国消费者权益保护法》第五十五条：经营者提供商品或者服务有欺诈行为的，增加赔偿的金额为消费者购买商品的"
     "价款或者接受服务的费用的三倍；增加赔偿的金额不足五百元的，为五百元", "policy.rule_figure"),
    ("老旧小区", re.compile(r"建成(?:于|年代在)?(?P<at>(?P<n>(?:19|20)\d\d)年)底?(?:以)?前的?(?:、[^，。；]{0,30}?)?(?:的)?(?:城镇)?(?:老旧小区|住宅小区)"),
     2000, "2000年", "《国务院办公厅关于全面推进城镇老旧小区改造工作的指导意见》（国办发〔2020〕23号）：重点改造2000年底前建成的老旧小区",
     "policy.rule_figure"),
    ("规划", re.compile(r"(?:详细规划|总体规划|专项规划|规划草案|规划)[^。；]{0,40}?(?:公告|公示)[^。；]{0,10}?(?:期为|时间为|期限为)"
                        r"(?P<at>(?P<n>\d{1,2}|[一二三四五六七八九十]{1,3})(?:日|天))"),
     (">=", 30), "三十日", "《中华人民共和国城乡规划法》第二十六条：城乡规划报送审批前，组织编制机关应当依法将城乡规划草案予以公告，"
     "公告的时间不得少于三十日", "policy.time_limit"),
    ("控制性详细规划", re.compile(r"控制性详细规划[^。]{0,120}?(?:报经|报请|报|经)(?P<at>(?:市|县|区)?人大常委会|(?:市|县|区)?人民代表大会常务委员会)(?:审议)?批准"),
     None, "本级人民政府", "《中华人民共和国城乡规划法》第十九条：城市的控制性详细规划经本级人民政府批准后，报本级人民代表大会常务委员会和"
     "上一级人民政府备案", "policy.authority"),
    ("专有部分面积", re.compile(r"专有部分面积占比(?P<at>(?!三分之二)(?:[一二三四五六七八九十]分之[一二三四五六七八九十]|过半数|半数))以上的业主且人数占比"),
     None, "三分之二", "《中华人民共和国民法典》第二百七十八条：业主共同决定事项，应当由专有部分面积占比三分之二以上的业主且人数占比三分之二"
     "以上的业主参与表决", "policy.rule_figure"),
    ("永久基本农田", re.compile(r"(?:占用|避让|涉及)永久基本农田[^。]{0,40}?报(?:经)?(?P<at>省级人民政府|省人民政府|省政府)(?:审核)?批准"),
     None, "国务院", "《中华人民共和国土地管理法》第四十四条、第四十六条：永久基本农田转为建设用地的、征收永久基本农田的，由国务院批准",
     "policy.authority"),
    ("应急响应", re.compile(r"(?:防汛|抗旱|防台|防汛抗旱)[^。；]{0,8}?应急响应[^。；]{0,10}?分为(?P<at>(?P<n>[二三五六]|[2356])级)"),
     None, "四级", "《国家防汛抗旱应急预案》：防汛抗旱应急响应分为Ⅰ、Ⅱ、Ⅲ、Ⅳ四级", "policy.rule_figure"),
    ("班额", re.compile(r"(?:小学|初中)[^。；]{0,20}?班额[^。；]{0,6}?分别不超过45人、(?P<at>(?P<n>\d{2})人)"),
     50, "50人", "教育部关于义务教育学校消除大班额的要求：小学每班不超过45人，初中每班不超过50人",
     "policy.rule_figure"),
    ("作业", re.compile(r"初中[^。；]{0,16}?书面作业平均完成时间不超过(?P<at>(?P<n>\d{2,3})分钟)"),
     90, "90分钟", "中共中央办公厅、国务院办公厅《关于进一步减轻义务教育阶段学生作业负担和校外培训负担的意见》（2021年）：初中书面作业"
     "平均完成时间不超过90分钟", "policy.rule_figure"),
    ("城市道路", re.compile(r"新建、扩建、改建的城市道路交付使用后(?P<at>(?P<n>\d|[一二两三四五六七八九十])年)内"),
     5, "5年", "《城市道路管理条例》第三十三条：因工程建设需要挖掘城市道路的，…新建、扩建、改建的城市道路交付使用后5年内、大修的"
     "城市道路竣工后3年内不得挖掘", "policy.rule_figure"),
)


def stated_figures(doc, kb):
    """A time limit, quorum or frequency that a law or Party regulation sets, written with another figure."""
    text = doc.text
    for cue, rx, want, right, why, rule in _FIGURES:
        if cue not in text:
            continue
        for m in rx.finditer(text):
            if isinstance(want, tuple):  # (">=", least): a floor the law sets
                n = cn_number(m.group("n"))
                if n is None or n >= want[1]:
                    continue
            elif want is not None and cn_number(m.group("n")) == want:
                continue
            yield Finding(m.start("at"), m.end("at"), "policy", "warning", rule,
                          f"法定期限有误：{why}" if rule == "policy.time_limit" else f"与规定不符：{why}", right)



# 一起造成3人死亡，…属于一般事故: the grade the 条例 gives a death toll (《生产安全事故报告和调查处理条例》第三条)
_ACCIDENT = re.compile(r"(?:造成|致)(?P<n>\d{1,3}|[一二两三四五六七八九十]{1,3})人死亡[^。]{0,40}?(?:属于|为|构成|定性为|认定为)(?P<at>特别重大|重大|较大|一般)(?:生产安全)?事故")
_GRADES = ((30, "特别重大"), (10, "重大"), (3, "较大"), (0, "一般"))


def accident_grade(doc, kb):
    text = doc.text
    if "死亡" not in text:
        return
    for m in _ACCIDENT.finditer(text):
        n = cn_number(m.group("n"))
        if n is None:
            continue
        right = next(g for least, g in _GRADES if n >= least)
        if right != m.group("at"):
            yield Finding(m.start("at"), m.end("at") + 2, "policy", "warning", "policy.rule_figure",
                          f"事故等级与死亡人数不符：造成{m.group('n')}人死亡的是{right}事故（《生产安全事故报告和调查处理条例》第三条：3人以上10人以下"
                          f"死亡为较大事故，10人以上30人以下为重大事故，30人以上为特别重大事故）", right + "事故")


# 由心理健康教育教师作出初步诊断: a mental disorder is diagnosed by a psychiatrist (《精神卫生法》第二十九条), never by a teacher
_DIAGNOSIS = re.compile(r"由(?P<who>(?:心理健康教育|心理|专职心理|兼职心理)?(?:教师|老师)|班主任|辅导员|社工|社会工作者|网格员|心理咨询师)"
                        r"[^，。；！？\n]{0,6}?作出[^，。；！？\n]{0,4}?诊断")


def diagnosis_by_teacher(doc, kb):
    text = doc.text
    if "诊断" not in text or "精神" not in text and "心理" not in text:
        return
    for m in _DIAGNOSIS.finditer(text):
        yield Finding(m.start(), m.end(), "policy", "warning", "policy.authority",
                      f"精神障碍的诊断应当由精神科执业医师作出（《中华人民共和国精神卫生法》第二十九条），{m.group('who')}只能初步识别、"
                      "及时转介", None)


RULES = (overrides_law, high_tech_by_city, stated_figures, accident_grade, diagnosis_by_teacher)
