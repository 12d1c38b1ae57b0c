"""Round 7 of the language rules, from the misses of fresh6/fresh7, generalised by family.

* data/confusion_pairs.tsv: real-word pinyin slips (练习 for 联系, 精度 for 进度, 报道 for
  报到 …) and other frequent 公文 words of the same families;
* rules/language.py: 完善…力度, 召开…活动, 加强进一步 (word order), doubled characters
  that no word explains (在在, 各各, 居民民);
* data/usage.tsv: 悉数全部;
* 约为…30%左右, 大概…左右, 500余名…左右; verb + 的 + degree + four-character complement
  (推进的更加扎实有力).

Each class has a sentence where the slip must be reported and a sentence with the correct
use of the same words that must not be (so every test can fail both ways)."""

import pytest

from zhongshu.review.rules.confusion import confusion

from .helpers import found


class _Doc:
    def __init__(self, text):
        self.text = text


def _hits(text):
    return [(text[f.start:f.end], f.suggestion) for f in confusion(_Doc(text), None)]


PAIRS = [
    # (slip sentence, written, meant, correct use of the written form)
    ("街道办要加强与施工单位的日常练习，每周召开例会。", "练习", "联系", "组织学生反复练习，巩固所学知识。"),
    ("请于3日前告知联系人及练习电话。", "练习", "联系", "课后练习题由教研组统一编写。"),
    ("坚持领导干部密切练习群众。", "练习", "联系", "学员每天练习书法两小时。"),
    ("受联系降雨影响，水位持续上涨。", "联系", "连续", "与群众保持密切联系。"),
    ("全县规上工业增加值联系增长。", "联系", "连续", "加强与企业的联系。"),
    ("逐项梳理工程精度、资金支付和群众满意度。", "精度", "进度", "提高测量精度，确保放样准确。"),
    ("部分项目建设精度滞后。", "精度", "进度", "采用高精度北斗定位设备。"),
    ("立足本职、苦练机能、勇于创新。", "机能", "技能", "坚持锻炼，增强身体机能。"),
    ("请于8时30分前到陵园东门报道，服从统一安排。", "报道", "报到", "新闻媒体作了专题报道。"),
    ("新录用人员须按时报道。", "报道", "报到", "据报道，该活动吸引万余人参加。"),
    ("做好新闻报到和舆论引导工作。", "报到", "报道", "新生报到时间为9月1日。"),
    ("把开放审核与到期档案坚定工作统筹推进。", "坚定", "鉴定", "坚定理想信念，坚定不移推进改革。"),
    ("组织开展职业技能坚定。", "坚定", "鉴定", "政治立场坚定，旗帜鲜明。"),
    ("严管野外货源，严禁在林区烧荒。", "货源", "火源", "节日市场货源充足，价格平稳。"),
    ("严禁携带货源进山。", "货源", "火源", "商家积极组织货源。"),
    ("纳入国土空间归化和城市更新专项规划。", "归化", "规划", "该球员已归化入籍。"),
    ("加快编制村庄归化。", "归化", "规划", "外籍人员申请归化。"),
    ("进一步加强商品房预收资金监管。", "预收", "预售", "预收账款按合同约定结转。"),
    ("规范会计核算，及时清理预售账款。", "预售", "预收", "商品房预售资金全部存入监管账户。"),
    ("制定《假日旅游安全工作事实方案》。", "事实", "实施", "认定事实清楚，证据确凿。"),
    ("组织事实方案确定的各项任务。", "事实", "实施", "基本事实清楚，工作事实上已完成。"),
    ("加快补齐基础实施短板。", "实施", "设施", "制定基础设施实施方案，抓好组织实施。"),
    ("组织学生参加社会时间活动。", "时间", "实践", "每周劳动时间不少于1小时。"),
    ("坚持理论联系时间，学以致用。", "时间", "实践", "延长社会实践时间。"),
    ("妥善处置突发实践。", "实践", "事件", "在改革实践中探索创新。"),
    ("切实旅行监管职责。", "旅行", "履行", "组织职工开展疗休养旅行，签订旅行合同。"),
    ("认真旅行岗位职责。", "旅行", "履行", "这次旅行途中收获很多。"),
    ("强化民生报账，兜牢底线。", "报账", "保障", "村级财务实行集中报账制度。"),
    ("把背街小巷环境政治作为重点工作。", "政治", "整治", "提高政治站位，加强政治建设。"),
]


@pytest.mark.parametrize("slip,written,meant,ok", PAIRS)
def test_pair_reported(slip, written, meant, ok):
    assert (written, meant) in _hits(slip)


@pytest.mark.parametrize("slip,written,meant,ok", PAIRS)
def test_pair_correct_use_silent(slip, written, meant, ok):
    assert [h for h in _hits(ok) if h[0] == written] == []


LANG = [
    # (rule prefix, slip sentence, reported span, correct sentence)
    ("language.collocation", "不断完善监管力度，对违规挪用行为严肃处理。", "完善监管力度", "不断完善监管制度，加大监管力度。"),
    ("language.collocation", "二、召开志愿服务活动。各街道要组织志愿者参加。", "召开志愿服务活动", "召开志愿服务活动推进会，开展志愿服务活动。"),
    ("language.collocation", "各村要召开“清洁家园”活动，发动群众参与。", "召开“清洁家园”活动", "召开主题党日活动部署会议。"),
    ("language.collocation", "车辆管理处要加强进一步采购需求论证。", "加强进一步", "要进一步加强采购需求论证，推动进一步扩大开放。"),
    ("language.collocation", "努力提高进一步服务水平。", "提高进一步", "服务水平有待进一步提高。"),
    ("language.collocation", "非法集资约为上年的30%左右。", "约为上年的30%左右", "非法集资约为上年的30%，合约为期3个月左右。"),
    ("language.collocation", "大概1000人左右参加活动。", "大概1000人左右", "估计有1000人左右参加活动。"),
    ("language.collocation", "共有500余名干部群众左右参加。", "500余名干部群众左右", "把200余名35岁左右的青年充实到一线。"),
    ("language.de", "推动强省建设推进的更加扎实有力，为谱写新篇章。", "的", "这是改革推进的更加扎实有力的一年。"),
    ("language.usage", "挪用资金已悉数全部追回。", "悉数全部", "挪用资金已悉数追回，全部上缴国库。"),
    ("language.duplicate", "加强需求管理，在在采购活动各环节落实内控要求。", "在在", "现在在建项目12个，在在校生中开展教育。"),
    ("language.duplicate", "三、工作要求\n各各单位要高度重视公文质量。", "各各", "各单位、各部门要高度重视。"),
    ("language.duplicate", "开展入户宣传，居民民参与分类的积极性明显提高。", "民民", "发展全过程人民民主，保障居民参与。"),
    ("language.duplicate", "广大村民民主意识增强，党员员额充足。", None, "一座座新楼拔地而起，干干净净迎新春。"),
    ("language.duplicate", "街道办事处主任任总指挥。", None, "分管副主任任副总指挥，工作作了全面部署。"),
]


@pytest.mark.parametrize("rule,slip,span,ok", LANG)
def test_language_class(rule, slip, span, ok):
    if span is not None:
        assert span in found(slip, rule)
    else:
        assert found(slip, rule) == []  # a legitimate doubled character: 村民 + 民主, 主任 + 任
    assert found(ok, rule) == []
