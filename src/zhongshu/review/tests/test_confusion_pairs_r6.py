"""Round 6 of data/confusion_pairs.tsv: pinyin-IME slips that give another real word
(公式 for 公示, 转向 for 专项, 手里 for 受理 ...).

Each pair has a sentence where the slip must be reported (with the meant word as the
suggestion) and a sentence where the written form is used correctly and must not be."""

import pytest

from zhongshu.review.rules.confusion import confusion


class _Doc:
    def __init__(self, text):
        self.text = text


def _hits(text):
    return [(text[f.start:f.end], f.suggestion) for f in confusion(_Doc(text), None)]


CASES = [
    # (slip sentence, written, meant, correct use of the written form)
    ("乡镇卫生院是辖区接种工作的责任主题。", "主题", "主体", "本次活动主题鲜明，扎实开展主题教育。"),
    ("决定开展12月主体党日活动。", "主体", "主题", "压实党委主体责任，激发市场主体活力。"),
    ("在村务公开栏公式不少于5天。", "公式", "公示", "按照公式计算补贴金额。"),
    ("扎实推进农村人居环境政治提升。", "政治", "整治", "提高政治站位，加强政治建设。"),
    ("充分认识当前防汛形式的严峻性。", "形式", "形势", "各地采取多种形式开展宣传。"),
    ("研究背街小巷改造转向资金安排事宜。", "转向", "专项", "工作重心由管理转向治理。"),
    ("每日17时前保送县领导小组办公室。", "保送", "报送", "他被保送读研究生。"),
    ("经合适测算，尚需安排资金。", "合适", "核实", "选择合适的时机。"),
    ("提供全程待办服务。", "待办", "代办", "及时处理待办事项。"),
    ("全县共手里群众信访事项428件。", "手里", "受理", "权力握在手里。"),
    ("对办结事项开展电话回放。", "回放", "回访", "调取监控回放录像。"),
    ("让更多群众从产业发展中收益。", "收益", "受益", "村集体经济收益稳步增长。"),
    ("把更多经历投入到抓落实上。", "经历", "精力", "有丰富的基层工作经历。"),
    ("按照《困难学生认定实时办法》开展认定。", "实时", "实施", "对水位进行实时监测。"),
    ("部属第八轮巡察任务。", "部属", "部署", "中央部属高校。"),
    ("健全防止返贫致贫机智。", "机智", "机制", "他机智勇敢。"),
    ("部分装备老话严重。", "老话", "老化", "老话说得好。"),
    ("极易引发安全世故。", "世故", "事故", "此人老于世故。"),
    ("开展建后管护视点。", "视点", "试点", "新闻视点栏目。"),
    ("放假其间，值班人员须保持通讯畅通。", "其间", "期间", "这其间，他多次到现场。"),
    ("例行节约、反对浪费。", "例行", "厉行", "例行公事。"),
    ("组织开展安全检察。", "检察", "检查", "公益诉讼检察工作。"),
    ("坚持连接从政。", "连接", "廉洁", "网络连接顺畅。"),
    ("给予党籍处分。", "党籍", "党纪", "开除党籍。"),
    ("深入学习总书记重要指使精神。", "指使", "指示", "他受人指使。"),
    ("镇党委书籍主持召开会议。", "书籍", "书记", "阅读红色书籍。"),
    ("组建防汛抢鲜救灾队伍。", "抢鲜", "抢险", "游客争相抢鲜品尝。"),
    ("完善应激管理体系。", "应激", "应急", "出现应激反应。"),
    ("毫不放松抓好疫情防空工作。", "防空", "防控", "人民防空工作。"),
    ("严防学生逆水事故发生。", "逆水", "溺水", "逆水行舟，不进则退。"),
    ("一般公共预算之处增长5%。", "之处", "支出", "存在的不足之处。"),
    ("落实学生自助政策。", "自助", "资助", "自助服务终端。"),
    ("课题按期解题。", "解题", "结题", "引导学生解题思路。"),
    ("规范电子病例书写。", "病例", "病历", "新增确诊病例。"),
    ("取得职业医师资格证书。", "职业", "执业", "加强职业技能培训。"),
    ("加强农田水里设施建设。", "水里", "水利", "孩子掉进水里。"),
    ("健全防治返贫动态监测和帮扶机制。", "防治", "防止", "加强病虫害防治工作。"),
    ("做好农作物病虫害防止工作。", "防止", "防治", "防止发生安全事故。"),
    ("严禁截流挪用惠农资金。", "截流", "截留", "实施大江截流。"),
    ("加强人民调节委员会建设。", "调节", "调解", "发挥市场调节作用。"),
    ("开通政策资讯热线。", "资讯", "咨询", "提供最新资讯。"),
    ("法定实现内办结。", "实现", "时限", "全面实现小康。"),
    ("申请行政附议。", "附议", "复议", "代表联名附议。"),
    ("学习先进实际。", "实际", "事迹", "从实际出发。"),
]


@pytest.mark.parametrize("slip,written,meant,correct", CASES)
def test_slip_reported(slip, written, meant, correct):
    assert (written, meant) in _hits(slip)


@pytest.mark.parametrize("slip,written,meant,correct", CASES)
def test_correct_use_not_reported(slip, written, meant, correct):
    assert written in correct
    assert [h for h in _hits(correct) if h[0] == written] == []


def test_finder_agrees_with_plain_alternation():
    # the fast finder must give the same spans as one leftmost-longest alternation
    from zhongshu.review.rules.confusion import _matches, load_pairs

    rx, _ = load_pairs()
    texts = [slip + correct for slip, _, _, correct in CASES] + ["拔拨籍侯主题主体市长市场拨付", "籍此", "侯考"]
    for t in texts:
        assert [m.span() for m in rx.finditer(t)] == [(s, e) for s, e, _ in _matches(t)]
