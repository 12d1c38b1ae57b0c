"""事实关: a figure that restates others of the same document.

* A change stated with both ends (高新技术企业由528家增加到617家，净增79家): the change is the difference.
* A share of a target or of a whole in brackets (新增就业4.26万人，完成年度目标任务（5万人）的85.2%; 2136项，占事项总数
  （2845项）的81.5%): the share is the quotient.
* A whole named before 中 (23个问题中已完成整改19个，正在整改5个): the parts do not exceed it.
* A figure written again with two digits swapped (查办各类案件1326件 … 在查办的1236件案件中).
* What remains of a share after what was paid (市级承担4500万元 … 已拨付2000万元 … 剩余市级配套资金2500万元).
* A share of a total named after 占 and stated in an earlier paragraph (出口1486.3亿元 … 占出口总额的54.7%).
* A count and the list it announces after 即 or 分别为 (省级拓展事项6项，即…、…).
* A rate whose base is written after it (接待游客1260万人次，同比增长15%，上年同期为1150万人次).
* The number of items of minutes and the items that follow (研究了3项议题 … 一、… 二、… 三、… 四、…).
* Scores of the first places that do not fall (分列前三名，得分分别为96.2分、95.8分、96.5分).
* An excess over a figure named again after 超出 (核定床位800张，实际开放床位1020张，超出核定床位27.5%).
"""

from __future__ import annotations

import re

from ..document import after_last, first_of
from ..model import Finding
from .fact import _MULT, _UNITS, _decimals, _lead, _one_swap, _pct_tol, _qty, cn_number, p_fmt

def _num(units: str = "") -> str:
    """A figure with its scale and unit as a pattern with named groups ``{0}``, ``{0}m``, ``{0}u`` (format the prefix in);
    ``units`` are tried before the common ones (个工作日 before 个)."""
    return r"(?P<{0}>\d+(?:\.\d+)?)\s*(?P<{0}m>[万亿]?)(?P<{0}u>" + (units + "|" if units else "") + _UNITS + r")"


_NUM = _num()
_UP = r"增加|增长|提高|上升|扩大|增至|提升|延长|升至"
_DOWN = r"减少|下降|降低|压减|缩减|减至|缩短|压缩|降至|缩小"
# a change of a length of time (平均住院日由8.6天缩短至7.9天，缩短了0.7天), read only where both ends are stated
_NUM_T = _num("个工作日|工作日|天|小时|分钟")
# 由2024年底的528家增加到2025年底的617家，净增79家
_YEAR = r"(?:\d{4}年(?:底|末|初|年底|年末)?的?)?"
_CHANGE = re.compile(r"(?:由|从)[^，,。；\d\n]{0,12}?" + _YEAR + _NUM_T.format("a") + r"(?P<dir>" + _UP + "|" + _DOWN + r")(?:到|至|为)?"
                     r"[^，,。；\d\n]{0,12}?" + _YEAR + _NUM_T.format("b") + r"[，,]\s*(?:净|共|累计)?(?P<dir2>增加|增长|新增|提高|减少|下降|降低|净增|净减"
                     r"|缩短|延长|压缩|缩小)了?\s*" + _NUM_T.format("c") + r"(?![\d.%％])")
# 完成调查地块126个，比上年的98个增加22个: the figure, then the base after 比 and the change
_AGAINST = re.compile(_lead(_NUM.format("b")) + r"[，,]\s*(?:比|较)(?:上年|去年|上年同期|同期|上一年|上年度|\d{4}年(?:同期)?)的?\s*"
                      + _NUM.format("a") + r"(?P<dir>增加|增长|减少|下降|多|少|提高|上升|降低)了?\s*" + _NUM.format("c")
                      + r"(?![\d.%％])")
# 完成年度目标任务（5万人）的88.2% / 占事项总数（2845项）的81.5% / 仅为省定储备标准（600万元）的64.3%: the figure before it
# against the target or the whole in brackets
_TARGET = re.compile(r"(?:(?P<done>完成|(?:仅|只)?为|相当于)[^，,。；\d\n（(]{0,10}?|占[^\d，,。；！？\n]{0,12}?)[（(]" + _NUM.format("b")
                     + r"[）)](?(done)的|的?)\s*(?P<x>\d+(?:\.\d+)?)\s*[%％]")
_DONE_BEFORE = re.compile(_NUM.format("a") + r"[，,]\s*$")
# 23个问题中已完成整改19个，正在整改5个
_AMONG = re.compile(_lead(_NUM.format("t")) + r"(?P<what>[\u4e00-\u9fff]{1,6}?)中(?![心央国华层部小学医间期药介标断止转型等级外文职专直午旬秋原])"
                    r"[，,]?(?P<rest>[^。；\n]{4,120})")  # (1个市级中心、7个…: 中 of a word, no 其中)
_AMONG_HEAD = frozenset("，,。；：\n \t\u3000")  # what may stand before the whole (or before 在 and it)
_FIG = re.compile(_lead(_NUM.format("n")))  # a figure with its unit, not the tail of another number
_OVERLAP_WORDS = r"累计|其中|同比|比上年|增长|下降|平均|占"
_OVERLAPPING = re.compile(r"以上|以下|" + _OVERLAP_WORDS)
_OVERLAPPING_NOT_BOUND = re.compile(_OVERLAP_WORDS)  # (以上, 以下 bound classes of a measure: _bins)


# 同比增长15%，上年同期为1150万人次: the base after the rate; the new figure is the last one before it
_BASE_AFTER = re.compile(r"(?P<dir>" + _UP + "|" + _DOWN + r")了?\s*(?P<x>\d+(?:\.\d+)?)\s*[%％][，,]\s*(?:上年|去年|\d{4}年)(?:同期|全年)?"
                         r"(?:为|是|有|仅为|只有)?\s*" + _lead(_NUM.format("b")) + r"(?![\d.%％])")


# 完成发电量528亿千瓦时，去年同期为502亿千瓦时，同比增长7.5%: the base between the figure and the rate
# (降水量1126毫米，常年同期为1012毫米，较常年同期偏多11.3%; 销售总额86.4亿元，上年为78.2亿元，同比增长10.5%)
_NUM_M = _num("毫米")
_BASE_BETWEEN = re.compile(_lead(_NUM_M.format("a")) + r"[，,]\s*(?:(?:上年|去年|\d{4}年|常年)同期|上年|去年|上年度)(?:为|是|有)?\s*"
                           + _lead(_NUM_M.format("b")) + r"[，,]\s*(?:同比|较(?:常年|上年|去年)同期|比上年|较上年)?(?P<dir>" + _UP + "|" + _DOWN
                           + r"|偏多|偏少|偏高|偏低)了?\s*(?P<x>\d+(?:\.\d+)?)\s*[%％]")


_BASE_ANCHOR = re.compile(r"(?:同期|上年|去年)(?:为|是|有)?\s*\d")


# 建成28条，比2025年底的20条增加8条，增长30%: the change in per cent is the amount against the base
_AMOUNT_AND_RATE = re.compile(r"比" + _YEAR + r"[^，,。；\d\n]{0,12}?的?" + _lead(_NUM.format("b")) + r"(?:增加|减少|多|少|增长|下降)了?\s*" + _NUM.format("c")
                              + r"[，,]\s*(?:同比)?(?:增长|下降|提高|减少|上升|降低)了?\s*(?P<x>\d+(?:\.\d+)?)\s*[%％]")


_EXCESS = re.compile(r"(?:超出|超过|高出|多出)(?P<what>[\u4e00-\u9fff]{2,8}?)(?P<x>\d+(?:\.\d+)?)\s*[%％]")


_RANKED = re.compile(r"(?:分列|位列|排名|位居|名列)[^。；\n\d]{0,4}?前(?:[二三四五六七八九十]|\d{1,2})(?:名|位)[^。；\n\d]{0,12}?"
                     r"(?:得分|总分|评分|分数|分值|指数)[^。；\n\d]{0,4}?分别为?(?P<list>\d+(?:\.\d+)?分?(?:、\d+(?:\.\d+)?分?)+)")


_AGENDA = re.compile(r"(?:研究|审议|讨论|议定)(?:了)?(?P<n>\d{1,2}|[一二三四五六七八九十]{1,3})(?:项|个)(?:议题|事项)")
_TOP_HEADING = re.compile(r"^[ \t\u3000]*[一二三四五六七八九十]{1,3}、(?P<head>[^\n]{0,12})", re.M)


def _cjk_pairs(s: str) -> set:
    """The two-character Chinese strings of ``s`` (the words two contexts may share)."""
    return {s[k : k + 2] for k in range(len(s) - 1) if "\u4e00" <= s[k] <= "\u9fff" and "\u4e00" <= s[k + 1] <= "\u9fff"}


def _fmt(m, g: str) -> str:
    return m.group(g) + m.group(g + "m") + m.group(g + "u")


def stated_change(doc, kb):
    text = doc.text
    if "由" not in text and "从" not in text:
        return
    for m in _CHANGE.finditer(text):
        up = re.fullmatch(_UP, m.group("dir")) is not None
        if up != (m.group("dir2") in ("增加", "增长", "新增", "提高", "净增", "延长")):
            continue  # the words disagree: another slip, or another reading
        yield from _difference(m, up)


def change_against_base(doc, kb):
    """完成调查地块126个，比上年的98个增加22个: the change is the figure less the base named after 比."""
    text = doc.text
    if "比" not in text and "较" not in text:
        return
    for m in _AGAINST.finditer(text):
        yield from _difference(m, m.group("dir") in ("增加", "增长", "多", "提高", "上升"))


def _difference(m, up: bool):
    (a, ua), (b, ub), (c, uc) = _qty(m, "a"), _qty(m, "b"), _qty(m, "c")
    if ua == ub == uc and (b > a) == up:  # (万人 against 人: a scale this check does not convert)
        want = abs(b - a)
        tol = 0.5 * 10 ** (-max(map(_decimals, (m.group("a"), m.group("b"), m.group("c"))))) * _MULT[m.group("cm")] + 1e-9
        if abs(want - c) > tol:
            shown = p_fmt(round(want / _MULT[m.group("cm")], 6)) + m.group("cm") + uc
            yield Finding(m.start("c"), m.end("cu"), "fact", "warning", "fact.difference",
                          f"增减数与前后两数不符：{_fmt(m, 'b' if up else 'a')}－{_fmt(m, 'a' if up else 'b')}"
                          f"＝{shown}，文中为{_fmt(m, 'c')}，请核对", shown)


def target_share(doc, kb):
    """A share of a target (完成…（5万人）的…%) or of a whole (占…（2845项）的…%) given in brackets, against the figure
    written just before it."""
    text = doc.text
    if "）的" not in text and ")的" not in text:
        return
    for m in _TARGET.finditer(text):
        d = _DONE_BEFORE.search(text, max(0, m.start() - 24), m.start())
        if d is None or d.start() > 0 and text[d.start() - 1] in "0123456789.":
            continue
        (a, ua), (b, ub) = _qty(d, "a"), _qty(m, "b")
        if ua != ub or b == 0 or not m.group("done") and not 0 < a <= b:
            continue  # (a part of a whole is no larger than the whole; a target may be exceeded)
        got = a / b * 100
        if abs(got - float(m.group("x"))) > _pct_tol(m.group("x")):
            dec = max(_decimals(m.group("x")), 1)
            what = "完成比例与数字不符" if m.group("done") == "完成" else "比率与括号中的总数不符"
            yield Finding(m.start("x"), m.end(0), "fact", "warning", "fact.percentage",
                          f"{what}：{d.group('a')}{d.group('am')}{ua}÷{m.group('b')}{m.group('bm')}{ub}≈{got:.{dec}f}%，"
                          f"文中为{m.group('x')}%，请核对", f"{got:.{dec}f}%")


_SCOPE = re.compile(r"全[国省市县区镇乡村]")
_RANGE_BIN = re.compile(r"\d[万千百亿]?[元人户个吨亩]?(?:至|到|—|－|-|～|~)\d")


def _bins(rest: str) -> bool:
    """The parts are classes of a measure (收入50万元以上的6个、20万至50万元的9个、10万元以下的…): ranges, with at
    most one open class at each end — they cannot overlap."""
    return (_RANGE_BIN.search(rest) is not None and rest.count("以上") <= 1 and rest.count("以下") <= 1
            and not _OVERLAPPING_NOT_BOUND.search(rest))


def parts_among(doc, kb):
    text = doc.text
    if "中" not in text:
        return
    for m in _AMONG.finditer(text):
        k = m.start() - (text[m.start() - 1 : m.start()] == "在")
        if _SCOPE.match(text, max(0, k - 2), k):
            k -= 2  # 全镇18个行政村中: the whole with its scope
        if k > 0 and text[k - 1] not in _AMONG_HEAD:
            continue  # the whole heads its clause: 23个问题中… / 在86个项目中…
        total, unit = _qty(m, "t")
        rest = m.group("rest")
        if _OVERLAPPING.search(rest) and not _bins(rest):
            continue  # parts that overlap or reach beyond the whole
        parts = [p for p in _FIG.finditer(rest) if p.group("nu") == unit and not p.group("nm")]
        if len(parts) < 2:
            continue
        s = sum(float(p.group("n")) for p in parts)
        if s > total + 1e-9 and not m.group("tm"):
            at = m.start("rest")
            yield Finding(m.start("t"), at + parts[-1].end(), "fact", "warning", "fact.total",
                          f"分项之和大于总数：{m.group('t')}{unit}{m.group('what')}中，各项合计{p_fmt(s)}{unit}，请核对", None)


# 市级承担4500万元。…市级配套资金已拨付2000万元。…拨付剩余市级配套资金3500万元: what remains is the share less
# what was paid, when both are stated before it (the share named by a word the remainder's noun repeats)
_REMAINING = re.compile(r"(?:剩余|余下|尚未拨付|尚需拨付|其余)(?:的)?(?P<noun>[^，,。；\d\n]{0,10}?)" + _NUM.format("r"))
_PAID = re.compile(r"已(?:拨付|到位|下达|支付|兑付|落实|拨)(?:到位)?[^，,。；\d\n]{0,8}?" + _NUM.format("d"))


def remainder(doc, kb):
    text = doc.text
    if "剩余" not in text and "余下" not in text and "尚未拨付" not in text and "尚需拨付" not in text:
        return
    for m in _REMAINING.finditer(text):
        r, unit = _qty(m, "r")
        paid = [p for p in _PAID.finditer(text, max(0, m.start() - 1500), m.start()) if _qty(p, "d")[1] == unit]
        if not paid or not m.group("noun"):
            continue
        p = paid[-1]
        d = _qty(p, "d")[0]
        noun = _cjk_pairs(m.group("noun"))
        totals = [t for t in _FIG.finditer(text, max(0, p.start() - 400), p.start())
                  if _qty(t, "n")[1] == unit and _qty(t, "n")[0] > d
                  and noun & _cjk_pairs(text[max(0, t.start() - 10) : t.start()])]
        if not totals:
            continue
        t = totals[-1]
        want = _qty(t, "n")[0] - d
        if abs(want - r) > 0.5 * _MULT[m.group("rm")] * 10 ** (-_decimals(m.group("r"))) + 1e-9 and want > 0:
            shown = p_fmt(round(want / _MULT[m.group("rm")], 6)) + m.group("rm") + unit
            yield Finding(m.start("r"), m.end("ru"), "fact", "warning", "fact.difference",
                          f"剩余数与前文不符：前文总数为{_fmt(t, 'n')}，{p.group(0)}，剩余应为{shown}，文中为{_fmt(m, 'r')}，请核对", shown)


# 全县14个乡镇（街道）均应建成工作站。目前已建成9个，其余6个: done and the rest against the whole stated just before
_DONE_REST = re.compile(r"已(?:经)?(?:建成|完成|开工|启动|验收|办结|整改|到位|落实|签约|投用|投运|竣工)(?:整改)?" + _NUM.format("d")
                        + r"[，,]\s*(?:其余|剩余|余下)(?:的)?" + _NUM.format("r") + r"(?![\d.%％])")


def done_and_rest(doc, kb):
    text = doc.text
    if "其余" not in text and "剩余" not in text and "余下" not in text:
        return
    for m in _DONE_REST.finditer(text):
        (d, ud), (r, ur) = _qty(m, "d"), _qty(m, "r")
        if ud != ur:
            continue
        start = after_last(text, "。！？\n", after_last(text, "。！？\n", m.start()) - 1)  # this sentence and the one before
        totals = [t for t in _FIG.finditer(text, start, m.start()) if _qty(t, "n")[1] == ud and _qty(t, "n")[0] > d]
        if not totals or _OVERLAPPING_NOT_BOUND.search(text, totals[-1].end(), m.start()):
            continue
        t = totals[-1]
        want = _qty(t, "n")[0] - d
        if abs(want - r) > 1e-9 and not m.group("rm") and not m.group("dm") and not t.group("nm"):
            yield Finding(m.start("r"), m.end("ru"), "fact", "warning", "fact.difference",
                          f"剩余数与前文不符：前文总数为{_fmt(t, 'n')}，已完成{_fmt(m, 'd')}，其余应为{p_fmt(want)}{ur}，"
                          f"文中为{_fmt(m, 'r')}，请核对", f"{p_fmt(want)}{ur}")


# 出口1486.3亿元 … (next paragraph) 机电产品出口812.5亿元，增长11.6%，占出口总额的54.7%: a share of a total named
# after 占 and stated in an earlier paragraph (a total in the same paragraph is fact.rates'); reported when no
# earlier figure of that unit, whose words hold the total's name, gives the share
_SHARE_OF = re.compile(r"占(?:全[国省市县区镇])?(?P<whole>[\u4e00-\u9fff]{2,6}?)(?P<kind>总额|总量|总数|总规模|需求|总需求)的\s*"
                       r"(?P<x>\d+(?:\.\d+)?)\s*[%％]")


def share_of_earlier_total(doc, kb):
    text = doc.text
    if "占" not in text:
        return
    for m in _SHARE_OF.finditer(text):
        line = doc.line_of(m.start())
        nums = list(_FIG.finditer(text, after_last(text, "。；！？", m.start(), line.start), m.start()))
        if not nums:
            continue
        a, unit = _qty(nums[-1], "n")
        name = m.group("whole")
        if any(_qty(n, "n")[1] == unit for n in _FIG.finditer(text, line.start, nums[-1].start())):
            continue  # a figure of that unit earlier in the paragraph: fact.rates reads it
        # (the one written right after the name first: 其中，出口1486.3亿元 before 进出口总额2315.6亿元)
        cands = sorted((not text[max(0, n.start() - len(name)) : n.start()] == name, n.start(), _qty(n, "n")[0])
                       for n in _FIG.finditer(text, 0, line.start)
                       if _qty(n, "n")[1] == unit and _qty(n, "n")[0] > a and name in text[max(0, n.start() - 10) : n.start()])
        if not cands:
            continue
        x = float(m.group("x"))
        if any(abs(a / b * 100 - x) <= _pct_tol(m.group("x")) for *_, b in cands):
            continue
        b = cands[0][2]
        whole = p_fmt(round(b / _MULT[nums[-1].group("nm")], 6)) + nums[-1].group("nm") + unit
        yield Finding(m.start("x"), m.end(0), "fact", "warning", "fact.percentage",
                      f"比率与前文数字不符：前文{name}为{whole}，{_fmt(nums[-1], 'n')}÷{whole}≈{a / b * 100:.1f}%，"
                      f"文中为{m.group('x')}%，请核对", None)


# 省级拓展事项5项，即个体工商户开办、农村宅基地建房、…（six items）: a count and the list it announces
_COUNTED_LIST = re.compile(r"[，,]\s*(?:即|分别是|分别为)[：:]?(?P<body>[^。；！？\n]{4,200}?)(?=[。；！？\n]|$)")
_COUNT_BEFORE = re.compile(r"(?P<n>\d{1,2}|[二三四五六七八九十])(?P<u>项|个|类|方面|件|条|种)[^，,。；：:\d\n]{0,6}?$")


def _top_items(body: str) -> int:
    """Items of a list joined by 、 outside quotes and brackets (0: a clause, not a plain list)."""
    depth, n = 0, 1
    for c in body:
        if c in "“‘《（(":
            depth += 1
        elif c in "”’》）)":
            depth = max(0, depth - 1)
        elif c == "、" and depth == 0:
            n += 1
        elif c in "，,：:" and depth == 0:
            return 0  # a clause, not a plain list
    return n


# 同意你院增设以下4个专业：工业互联网技术、…、智能物流技术。: a count before a colon and a plain list after it
_COLON_LIST = re.compile(r"[：:](?<=[\u4e00-\u9fff][：:])(?P<body>[^。；！？\n，,：:]{4,200}?)(?=[。；！？\n]|$)")


_ENUMERATED = re.compile(r"\s*(?:[一二三四五六七八九十]是|首先|其一|[（(][一二三四五六七八九十\d]|\d)")


def counted_list(doc, kb):
    text = doc.text
    lists = [*_COUNTED_LIST.finditer(text)] if "即" in text or "分别" in text else []
    lists += [m for m in _COLON_LIST.finditer(text) if "、" in m.group("body") and not _ENUMERATED.match(m.group("body"))
              and all(len(x) <= 16 for x in m.group("body").split("、"))]  # (a plain list of names, not 一是…、…)
    for m in lists:
        c = _COUNT_BEFORE.search(text, max(0, m.start() - 12), m.start())
        if c is None or c.start() > 0 and (text[c.start() - 1].isdigit() or text[c.start() - 1] == "第"):
            continue  # (第二类：…: an ordinal)
        n = int(c.group("n")) if c.group("n").isdigit() else "一二三四五六七八九十".index(c.group("n")) + 1
        body = m.group("body")
        k = _top_items(body)
        joined = re.search(r"[和及与]", body[body.rfind("、") + 1 :]) is not None  # …、B和C: one item or two
        if k >= 2 and n not in (k, k + joined) and "等" not in body[-3:]:
            yield Finding(c.start("n"), c.end("u"), "fact", "warning", "fact.count",
                          f"数量与所列项不符：文中称{c.group('n')}{c.group('u')}，其后列出{k}项，请核对", f"{k}{c.group('u')}")


# 对判处管制、宣告缓刑、裁定假释和暂予监外执行的三类罪犯: a count right after the list it sums up
_COUNT_AFTER_LIST = re.compile(r"、(?P<last>[\u4e00-\u9fff“”]{1,15}?)(?:(?P<deng>等)?(?P<n>[两二三四五六七八九十])|(?P<deng2>等)?(?P<n2>\d{1,2}(?!\d)))(?P<u>个方面|个环节|个领域|"
                               r"大领域|大类|大工程|大行动|大任务|类|项|种|级|支队伍|个|名|位|家)"
                               r"(?!以上|以下|余|多|项目|级别|类别|种类|个人|个体|规定|主张|原则|纪律|禁令)")
_LIST_STOPS = "、，,。；;：:！？\n（）()《》"
_NOT_ITEM = re.compile(r"[和及与等的要应将把对在是为了着过第至到或几数近约两二三四五六七八九十]")
_LEVELS = frozenset("省市县区乡镇村")
_ORDINAL_NAME = re.compile(r"第[一二三四五六七八九十]+(?=[\u4e00-\u9fff]{2})")
_BODY_END = ("局", "委", "办", "厅", "院", "中心", "公司", "集团", "学校", "医院", "大学", "学院", "部", "所", "站", "会", "社", "馆", "队", "司")


def _item(s: str) -> bool:
    """A short plain item of a list: one to six characters (quotes aside), no 和/及/与/等/的, verb or number."""
    s = _ORDINAL_NAME.sub("", s.strip("“”"))  # 第一检察部: a body named by its ordinal
    return 0 < len(s) <= 6 and not _NOT_ITEM.search(s) and all("\u4e00" <= c <= "\u9fff" for c in s)


def listed_before(doc, kb):
    """A count right after a list joined by 、 that names a different number of items, off by one or two
    (A、B、C和D的三类…; with 等 before the count, only fewer than listed: 教育、医疗等五大领域 may name two of five)."""
    text = doc.text
    if "、" not in text:
        return
    for m in _COUNT_AFTER_LIST.finditer(text):
        last = m.group("last").removesuffix("的")
        parts = last.split("和", 1)
        if (not all(_item(x) for x in parts) or last.endswith(("“", "于一体")) or m.group("u") == "级" and len(_LEVELS.intersection(last)) > 1):
            continue  # the last item, or two joined by 和 (…裁定假释和暂予监外执行); 坚定“四个自信”: a term; 省、市县两级;
            # 集医疗、教学、科研、预防于一体的三级甲等医院: a frame, then a grade
        k, pos = 2, m.start()  # the last item (or two, joined by 和) and the one before this 、
        while True:
            before = after_last(text, _LIST_STOPS, pos)
            if text[before - 1 : before] != "、":
                break
            if not _item(text[before:pos]):
                k = 0  # a long item inside the list (省委六届七次全会、计划工作会议): its items cannot be counted
                break
            k, pos = k + 1, before - 1
        first = text[after_last(text, _LIST_STOPS, pos) : pos]
        if not first or re.fullmatch(r"[一二三四五六七八九十\d]+", first) or "第" in first[-3:] or re.search(r"\d", first):
            continue  # 一、产业、人才两个方面: a heading's number; 第二、第三个: ordinals
        k += len(parts) > 1
        deng = m.group("deng") or m.group("deng2")
        bodies = m.group("u") == "家" and last.endswith(_BODY_END)  # 市体育局、市第一人民医院6家成员单位: a list of bodies
        if m.group("u") in ("名", "位", "家") and not deng and not bodies:
            continue  # 相似经历、同样感情的三位妻子: people counted after their attributes, not a list
        if deng and len(parts) > 1 and parts[0][:2] == parts[1][:2]:
            k -= 1  # …、斗争精神和斗争本领等4个专题: B和C of one head is one item
        g = "n" if m.group("n") else "n2"  # 等3个 (Arabic only after 等 or of bodies: A、B3个 is B's own count)
        if g == "n2" and not deng and not bodies:
            continue
        n = int(m.group(g)) if g == "n2" else cn_number(m.group("n"))
        if k < 2 or abs(n - k) > 2 or (n >= k if deng else n == k):
            continue
        yield Finding(m.start(g), m.end("u"), "fact", "warning", "fact.count",
                      f"数量与所列项不符：前面列出{k}项，此处称{m.group(g)}{m.group('u')}，请核对", None)


# 会议听取了3个单位的工作汇报：市商务局汇报了…，市外办汇报了…，市侨联汇报了…，市文旅局汇报了…: a count of the
# speakers and the clauses that follow, one for each
_SPEAKERS = re.compile(r"(?P<n>\d{1,2}|[两二三四五六七八九十])个(?P<who>单位|部门|地方|乡镇|县（市、区）|县市区)的?(?:工作|情况)?"
                       r"(?P<verb>汇报|发言|交流发言)[：:](?P<body>[^。\n]{8,600})")
_SPEAKERS_AT = re.compile(r"(?:汇报|发言)[：:]")  # where every _SPEAKERS match has its colon: found first, then the count


def speakers(doc, kb):
    """A count of the bodies heard before the colon, against the clauses that follow it (…汇报了…，…汇报了…)."""
    text = doc.text
    if "汇报：" not in text and "发言：" not in text and "汇报:" not in text and "发言:" not in text:
        return
    for at in _SPEAKERS_AT.finditer(text):
        m = _SPEAKERS.search(text, max(0, at.start() - 20), at.end() + 600)
        if m is None or m.end("verb") != at.start() + 2:
            continue
        verb = m.group("verb")[-2:]
        k = sum(1 for c in re.split(r"[，,；;]", m.group("body")) if 2 <= c.find(verb) <= 16)
        n = cn_number(m.group("n"))
        if k >= 2 and n != k:
            yield Finding(m.start("n"), m.end("who"), "fact", "warning", "fact.count",
                          f"数量与下文不符：此处为{m.group('n')}个{m.group('who')}，冒号后列了{k}个{m.group('who')}的{m.group('verb')}，请核对",
                          None)


# 2026年计划改造186公里，截至10月底已完成158公里，完成年度计划的87.4%: the share of the plan done, against the plan's
# figure and the figure done earlier in the sentence
_PLAN_SHARE = re.compile(r"完成(?:了)?(?:年度|全年|本年度|今年|当年)?(?:计划|目标任务|目标|任务)(?:的)?\s*(?P<x>\d+(?:\.\d+)?)\s*[%％]")
_PLAN_FIG = re.compile(r"计划(?!内|外)[^，,。；\d]{0,12}?" + _NUM.format("b") + r"(?![\d.%％])")
_DONE_FIG = re.compile(r"(?:完成|建成|竣工|完工|改造|实施|开工)(?:了)?[^，,。；\d]{0,8}?" + _NUM.format("a") + r"(?![\d.%％])")


def plan_share(doc, kb):
    """完成年度计划的X% after the plan's figure and the figure done: the share is their quotient."""
    text = doc.text
    if "计划" not in text:
        return
    for m in _PLAN_SHARE.finditer(text):
        sent = after_last(text, "。！？；\n", m.start())
        plan = _PLAN_FIG.search(text, sent, m.start())
        if plan is None and sent and text[sent - 1] == "。":
            # 年度计划投资682亿元。截至10月底，累计完成投资593亿元，完成年度计划的91.3%: the plan in the sentence before
            units = {(d.group("au"), d.group("am")) for d in _DONE_FIG.finditer(text, sent, m.start())}
            plans = [p for p in _PLAN_FIG.finditer(text, after_last(text, "。！？；\n", sent - 1), sent - 1)
                     if text[max(0, p.start() - 2) : p.start()] in ("年度", "全年") and (p.group("bu"), p.group("bm")) in units]
            plan = plans[-1] if len(plans) == 1 else None
        if plan is None:
            continue
        done = [d for d in _DONE_FIG.finditer(text, max(plan.end(), sent), m.start())
                if (d.group("au"), d.group("am")) == (plan.group("bu"), plan.group("bm"))]
        if len(done) != 1:
            continue  # none, or several figures done (of which the share may be of one)
        a, b, x = float(done[0].group("a")), float(plan.group("b")), float(m.group("x"))
        if b == 0:
            continue
        got = a / b * 100
        if abs(got - x) > _pct_tol(m.group("x")) + 0.05:
            yield Finding(m.start("x"), m.end(), "fact", "warning", "fact.percentage",
                          f"比率与前文数字不符：{done[0].group('a')}÷{plan.group('b')}≈{got:.1f}%，文中为{m.group('x')}%，请核对", f"{got:.1f}%")


_FINISHED = re.compile(r"(?:完工|竣工|建成)(?:了)?[^，,。；\d]{0,6}?" + _NUM.format("a") + r"(?![\d.%％])")
_OVER_PLAN = re.compile(r"超额|超过|超出|超计划|突破|多于")


def finished_over_plan(doc, kb):
    """计划改造老旧小区126个，…已全部开工，完工131个: more finished than planned, in one sentence that says no 超额."""
    text = doc.text
    if "计划" not in text:
        return
    for plan in _PLAN_FIG.finditer(text):
        end = first_of(text, "。！？；\n", plan.end(), missing=len(text))
        if _OVER_PLAN.search(text, plan.end(), end):
            continue
        for d in _FINISHED.finditer(text, plan.end(), end):
            if (d.group("au"), d.group("am")) == (plan.group("bu"), plan.group("bm")) and float(d.group("a")) > float(plan.group("b")):
                yield Finding(d.start("a"), d.end("au"), "fact", "warning", "fact.total",
                              f"完成数大于计划数：计划{plan.group('b')}{plan.group('bm')}{plan.group('bu')}，此处完工"
                              f"{d.group('a')}{d.group('am')}{d.group('au')}，请核对", None)
                break


_FIGURE = re.compile(r"(?P<n>\d(?<![\d.]\d)\d{3,})(?![\d.])\s*(?P<u>" + _UNITS + r")")


def swapped_digits(doc, kb):
    """Two figures of one unit in a paragraph, four digits or more, the second the first with two neighbouring digits
    swapped and a word of the first's context again next to it: one figure copied wrong."""
    text = doc.text
    groups: dict[tuple, list] = {}
    for f in _FIGURE.finditer(text):
        groups.setdefault(("".join(sorted(f.group("n"))), f.group("u")), []).append(f)
    for figs in groups.values():
        for j, f2 in enumerate(figs[1:], 1):
            line = doc.line_of(f2.start())
            for f1 in figs[:j]:
                if f1.start() < line.start or not _one_swap(f1.group("n"), f2.group("n")):
                    continue
                between = text[f1.end() : f2.start()]
                if "、" in between and not any(c in between for c in "。；！？"):
                    continue  # items of one list (柳溪区约3200个、…、高新区约2300个): figures of their own
                c1 = _cjk_pairs(text[max(line.start, f1.start() - 8) : f1.start()])
                if not c1 & _cjk_pairs(text[max(line.start, f2.start() - 8) : f2.end() + 6]):
                    continue
                yield Finding(f2.start("n"), f2.end("u"), "fact", "warning", "fact.swapped_digits",
                              f"与前文数字不一致：前文为{f1.group('n')}{f1.group('u')}，此处为{f2.group('n')}{f2.group('u')}，"
                              "疑为数字颠倒，请核对", f1.group("n") + f1.group("u"))
                break


def _rate_agrees(got: float, x: str) -> bool:
    """A computed change in per cent against the one written: within 0.6 points, the written one's last place or 2 %."""
    return abs(got - float(x)) <= max(0.6, _pct_tol(x), got * 0.02)


def _percent_off(m, got: float, told: str) -> Finding | None:
    """A warning on the rate ``m.group("x")`` when it disagrees with ``got`` (the change in per cent the figures give)."""
    if _rate_agrees(got, m.group("x")):
        return None
    return Finding(m.start("x"), m.end("x") + 1, "fact", "warning", "fact.percent",
                   f"增减幅度与数字不符：{told}约{got:.1f}%，文中为{m.group('x')}%，请核对", f"{got:.{_decimals(m.group('x'))}f}%")


def base_after(doc, kb):
    text = doc.text
    if "%" not in text and "％" not in text:
        return
    for m in _BASE_AFTER.finditer(text):
        b, ub = _qty(m, "b")
        sent = max(after_last(text, "。；！？\n", m.start()), m.start() - 80)  # the sentence, at most 80 back
        figs = [f for f in _FIG.finditer(text, sent, m.start()) if f.group("nu") == ub]
        if not figs or b == 0:
            continue
        a = float(figs[-1].group("n")) * _MULT[figs[-1].group("nm")]
        up = re.fullmatch(_UP, m.group("dir")) is not None
        if (a > b) != up or a == b:
            continue  # the words disagree with the figures: another reading
        f = _percent_off(m, abs(a - b) / b * 100, f"由{_fmt(m, 'b')}到{_fmt(figs[-1], 'n')}，{m.group('dir')}")
        if f:
            yield f


def base_between(doc, kb):
    text = doc.text
    if "同期" not in text and "上年" not in text and "去年" not in text:
        return
    seen = -1
    for anchor in _BASE_ANCHOR.finditer(text):  # (the pattern starts with a number: tried only before each anchor)
        m = _BASE_BETWEEN.search(text, max(seen + 1, anchor.start() - 24), anchor.end() + 48)
        if m is None or m.start() <= seen or not m.start() < anchor.start() < m.end():
            continue
        seen = m.start()
        (a, ua), (b, ub) = _qty(m, "a"), _qty(m, "b")
        up = re.fullmatch(_UP + "|偏多|偏高", m.group("dir")) is not None
        if ua != ub or b == 0 or a == b or (a > b) != up:
            continue
        f = _percent_off(m, abs(a - b) / b * 100, f"由{_fmt(m, 'b')}到{_fmt(m, 'a')}，{m.group('dir')}")
        if f:
            yield f


def amount_and_rate(doc, kb):
    text = doc.text
    if "比" not in text or "%" not in text and "％" not in text:
        return
    for m in _AMOUNT_AND_RATE.finditer(text):
        (b, ub), (c, uc) = _qty(m, "b"), _qty(m, "c")
        if ub != uc or b == 0:
            continue
        f = _percent_off(m, c / b * 100, f"比{_fmt(m, 'b')}增减{_fmt(m, 'c')}，幅度")
        if f:
            yield f


def excess(doc, kb):
    text = doc.text
    if "%" not in text and "％" not in text:
        return
    for m in _EXCESS.finditer(text):
        what = m.group("what")
        sent = after_last(text, "。！？；\n", m.start())
        figs = list(_FIG.finditer(text, sent, m.start()))
        base = next((f for f in figs if text[max(sent, f.start() - len(what) - 2) : f.start()].rstrip("为是有共计达").endswith(what)), None)
        if base is None or base is figs[-1] or figs[-1].group("nu") != base.group("nu"):
            continue
        a, b = _qty(base, "n")[0], _qty(figs[-1], "n")[0]
        if a <= 0 or b <= a:
            continue
        got = (b - a) / a * 100
        if _rate_agrees(got, m.group("x")):
            continue
        yield Finding(m.start("x"), m.end("x") + 1, "fact", "warning", "fact.percent",
                      f"超出比例与数字不符：{_fmt(figs[-1], 'n')}比{what}{_fmt(base, 'n')}多{p_fmt(round((b - a) / _MULT[base.group('nm')], 6))}"
                      f"{base.group('nm')}{base.group('nu')}，约{got:.1f}%，文中为{m.group('x')}%，请核对", f"{got:.{_decimals(m.group('x'))}f}%")


def rank_order(doc, kb):
    text = doc.text
    if "前" not in text or "分别" not in text:
        return
    for m in _RANKED.finditer(text):
        items = list(re.finditer(r"\d+(?:\.\d+)?", m.group("list")))
        values = [float(i.group(0)) for i in items]
        for k in range(1, len(values)):
            if values[k] > values[k - 1]:
                at = m.start("list") + items[k].start()
                yield Finding(at, m.start("list") + items[k].end(), "fact", "warning", "fact.rank",
                              f"名次与分数不符：按名次排列的分数应依次不高于前一名，此处{items[k].group(0)}高于前一名的{items[k - 1].group(0)}，请核对", None)
                break


def agenda_items(doc, kb):
    text = doc.text
    if "议题" not in text and "事项" not in text:
        return
    for m in _AGENDA.finditer(text):
        n = cn_number(m.group("n"))
        heads = list(_TOP_HEADING.finditer(text, m.end()))
        if n is None or len(heads) < 2 or n == len(heads):
            continue
        if n == len(heads) - 1 and "传达" in heads[0].group("head"):
            continue  # 传达学习了…精神，研究了4项议题: the first item is the report heard, not an 议题
        yield Finding(m.start("n"), m.end(), "fact", "warning", "fact.count",
                      f"数量与下文不符：此处为{m.group('n')}{m.group(0)[m.end('n') - m.start():]}，下文列了{len(heads)}项，请核对", None)
        return


# 拟与贵公司在以下三个方面开展合作：(a line break, then the headings 一、…四、); 研究了以下两个事项：（一）…（三）: a count
# announced at the end of a line, and the headings of the level that follows it, in sequence
_HEADED_COUNT = re.compile(r"(?:以下|如下|下设)(?P<n>[两二三四五六七八九]|\d)(?P<u>(?:个|项)?(?:方面|事项|议题|问题)|项|点|条|个(?:项目|单位|企业|集体|案例|典型案例)"
                           r"|家(?:单位|企业|医院|机构)|起(?:案例|典型案例|事故|案件)?|名同志|个(?:专项)?(?:检查|工作|督导)?(?:小组|组))[^\n。；]{0,16}?[：:][ \t\u3000]*\n")
_LEVEL_HEADING = re.compile(r"[ \t\u3000]*(?:(?P<a>[一二三四五六七八九十])、|[（(](?P<b>[一二三四五六七八九十])[）)]|(?P<c>\d{1,2})[.．](?!\d))")


def headed_items(doc, kb):
    text = doc.text
    if "以下" not in text and "如下" not in text and "下设" not in text:
        return
    for m in _HEADED_COUNT.finditer(text):
        level, k, pos = None, 0, m.end()
        while pos < len(text):
            end = first_of(text, "\n", pos, missing=len(text))
            h = _LEVEL_HEADING.match(text, pos, end)
            pos = end + 1
            if h is None:
                continue
            lv = "a" if h.group("a") else "b" if h.group("b") else "c"
            level = level or lv
            if lv != level:
                if lv < level:
                    break  # a heading above the list's level ends it
                continue  # (items under an item)
            if h.group(lv) != (str(k + 1) if lv == "c" else _CN_ORD[k]):
                break
            k += 1
            if k >= len(_CN_ORD):
                break
        if level == "a" and _TOP_HEADING.search(text, 0, m.start()):
            continue  # top headings after a count inside a section are not all its items
        g = m.group("n")
        n = cn_number(g)
        if k >= 2 and k != n:
            yield Finding(m.start("n"), m.end("u"), "fact", "warning", "fact.count",
                          f"数量与下文不符：此处为{g}{m.group('u')}，下文列了{k}项，请核对", None)


# 提出三点要求：一是…；二是…；三是…；四是…: a count announced before 一是, and the 是-items of its paragraph
_SHI_COUNT = re.compile(r"(?P<n>[两二三四五六七八九]|\d)(?P<u>点|个方面|项|条|个)(?:[\u4e00-\u9fff]{0,4})[：:]\s*(?=一是)")
_SHI_ITEM = re.compile(r"(?:^|[；;。！？：:，,\s])([一二三四五六七八九十])是")
_CN_ORD = "一二三四五六七八九十"


def shi_items(doc, kb):
    text = doc.text
    if "一是" not in text:
        return
    for m in _SHI_COUNT.finditer(text):
        g = m.group("n")
        n = cn_number(g)
        k, start = 0, m.end() - 1
        while start < len(text):
            end = first_of(text, "\n", start + 1, missing=len(text))
            for it in _SHI_ITEM.finditer(text, start, end):
                if _CN_ORD.index(it.group(1)) == k:
                    k += 1
            if k >= 10 or not text[end + 1 : end + 6].lstrip("\u3000 ").startswith(_CN_ORD[k] + "是"):
                break  # the list goes on in the next paragraph only if that paragraph starts with the next 是-item
            start = end
        if k >= 2 and k != n:
            yield Finding(m.start("n"), m.end("u"), "fact", "warning", "fact.count",
                          f"数量与所列项不符：文中称{m.group('n')}{m.group('u')}，其后列出“一是”至“{_CN_ORD[k - 1]}是”{k}项，请核对",
                          f"{_CN_ORD[k - 1] if k != 2 else '两'}{m.group('u')}")


RULES = (stated_change, change_against_base, target_share, parts_among, swapped_digits, remainder, done_and_rest, share_of_earlier_total, counted_list, listed_before, speakers, plan_share, finished_over_plan, base_after, base_between, amount_and_rate, excess, rank_order, agenda_items,
         shi_items, headed_items)
