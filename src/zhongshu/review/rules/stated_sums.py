"""事实关: figures that the same sentence states twice over.

* A total whose parts follow a colon and are counted (银团贷款总额120亿元，由以下3家银行全额分担：我行承贷45亿元，
  …承贷40亿元，…承贷30亿元): the parts, as many as the count says, add up to the total.
* A total whose parts follow in numbered paragraphs (申请专项资金880万元，具体包括：⏎（一）防汛抢险类物资320万元，
  …⏎（二）…180万元…): the parts, each the one figure of the total's unit in its paragraph's first clause, add up to it.
* A counted sum that opens a sentence (三大税种合计1170.7亿元) against the figures of its unit in the sentence
  before, when there are as many (增值税712.6亿元，同比增长3.1%；企业所得税298.4亿元…；个人所得税96.7亿元…).
* A change against the figure of the year before given in brackets (完成货物吞吐量2.46亿吨（2024年为2.35亿吨），
  同比增长8.2%): the percentage is the change between the two.
* A quarter and its months (2025年第二季度，7月至9月), and a quarter or half-year with its months in brackets
  (一季度（1—3月）, 前三季度（1—9月）, 上半年（1—6月）).
* The shares of the three sectors of an economy (三次产业结构调整为12.5∶46.3∶40.2) add up to 100.
* A number of people split into sessions of equal size (共180名，分3期举办，每期50名): sessions × size is the number.
* A quota restated as a count (代表名额为260名……妇女代表比例不低于25%，即不少于65名): the share of the paragraph's
  named whole, rounded either way.
* Parts listed with 、 and then summed (打掉涉黑组织3个、涉恶犯罪集团11个，合计打掉黑恶犯罪组织15个).
* A total and its allocation (共计120名。名额分配如下：各县（区）司法局各10名，共70名；…各5名，共30名).
"""

from __future__ import annotations

import math
import re

from ..document import after_last, first_of
from ..model import Finding
from .fact import _MULT, _UNITS, _decimals, _lead, _qty, _rounding_tol, cn_number, p_fmt

_NUM = r"(?P<{0}>\d+(?:\.\d+)?)\s*(?P<{0}m>[万亿]?)(?P<{0}u>" + _UNITS + r"|吨|标准箱)"
_COUNTED = re.compile(_lead(_NUM.format("t")) + r"[，,]?[^。；：:\n\d]{0,12}?(?:以下|下列|如下)(?P<k>[2-9二三四五六七八九])"
                      r"(?:家|个|项|所|户|类|部分|方面)[^。；：:\n\d]{0,12}?[：:](?P<body>[^。\n]{4,240}?)(?=。|\n|$)")
_PART = re.compile(_lead(_NUM.format("p")))
_PRIOR = re.compile(_lead(_NUM.format("a")) + r"[（(](?:\d{4}年|上年|去年|上年同期|去年同期)(?:同期)?(?:为|是)?"
                    + _NUM.format("b") + r"[）)][，,]?\s*(?:同比|比上年|较上年)?(?P<dir>增长|增加|提高|上升|下降|减少|降低)了?\s*"
                    r"(?P<x>\d+(?:\.\d+)?)\s*[%％]")


def _sum_off(m, parts) -> str | None:
    """The parts' sum in the total's unit (as written) when it strays from the total ``m`` (group t) beyond rounding."""
    total = _qty(m, "t")[0]
    s_ = sum(_qty(p, "p")[0] for p in parts)
    if abs(s_ - total) <= _rounding_tol([p.group("p") for p in parts]) * _MULT[m.group("tm")]:
        return None
    return p_fmt(round(s_ / _MULT[m.group("tm")], 6))


def counted_parts(doc, kb):
    text = doc.text
    if "：" not in text and ":" not in text:
        return
    for m in _COUNTED.finditer(text):
        k = cn_number(m.group("k"))
        unit = m.group("tu")
        parts = [p for p in _PART.finditer(m.group("body")) if p.group("pu") == unit]
        if k is None or len(parts) != k:
            continue
        shown = _sum_off(m, parts)
        if shown is None:
            continue
        yield Finding(m.start("t"), m.end("tu"), "fact", "warning", "fact.total",
                      f"总数与所列各项之和不符：总数{m.group('t')}{m.group('tm')}{unit}，冒号后所列{k}项合计"
                      f"{shown}{m.group('tm')}{unit}，请核对", None)


def prior_year_change(doc, kb):
    text = doc.text
    if "（" not in text and "(" not in text:
        return
    for m in _PRIOR.finditer(text):
        if m.group("au") != m.group("bu"):
            continue
        (a, _), (b, _), x = _qty(m, "a"), _qty(m, "b"), float(m.group("x"))
        if b == 0:
            continue
        up = m.group("dir") in ("增长", "增加", "提高", "上升")
        got = (a - b) / b * 100 if up else (b - a) / b * 100
        dec = _decimals(m.group("x"))
        if abs(got - x) <= 0.5 * 10 ** (-dec) + 0.06:
            continue
        yield Finding(m.start("x"), m.end(0), "fact", "warning", "fact.percent",
                      f"增减幅度与括号内上年数字不符：由{m.group('b')}{m.group('bm')}{m.group('bu')}到"
                      f"{m.group('a')}{m.group('am')}{m.group('au')}，{m.group('dir')}约{got:.1f}%，文中为{m.group('x')}%，请核对",
                      f"{got:.{max(dec, 1)}f}%")


_QUARTER = re.compile(r"第(?P<q>[一二三四1-4])季度[）)]?[（(，,]?\s*(?P<a>\d{1,2})月(?:份)?(?:至|到|—|－|-|～|~)(?P<b>\d{1,2})月"
                      r"|(?P<a2>\d{1,2})月(?:份)?(?:至|到|—|－|-|～|~)(?P<b2>\d{1,2})月[（(，,]\s*(?:\d{4}年)?第(?P<q2>[一二三四1-4])季度")
_QUARTERS = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_DASH = r"\s*[—–\-－~～至到]{1,2}\s*"
# the months in brackets after a period: 一季度（1—3月）, 前三季度（1—9月）, 上半年（1—6月）, 下半年（7—12月）
_PERIOD = re.compile(r"(?:(?P<first>前)?(?:第)?(?P<q>[一二三四1-4])(?:季度|季)|(?P<half>上半年|下半年))\s*[（(]\s*(?P<a>\d{1,2})月?"
                     + _DASH + r"(?P<b>\d{1,2})月(?:份)?\s*[）)]")
_PERIOD_AT = re.compile(r"(?:季度?|半年)\s*[（(]")


def quarter_months(doc, kb):
    text = doc.text
    if "季" not in text and "半年" not in text:
        return
    yield from _bracketed_months(text)
    if "季度" not in text:
        return
    for m in _QUARTER.finditer(text):
        q = _QUARTERS[m.group("q") or m.group("q2")]
        a, b = int(m.group("a") or m.group("a2")), int(m.group("b") or m.group("b2"))
        if (a, b) == (3 * q - 2, 3 * q) or not (1 <= a < b <= 12 and b - a == 2):
            continue
        at = m.start("q") - 1 if m.group("q") else m.start("q2") - 1
        right = "一二三四"[(b - 1) // 3] if b % 3 == 0 and a % 3 == 1 else None
        yield Finding(at, at + 4, "fact", "error", "fact.quarter",
                      f"季度与月份不符：第{'一二三四'[q - 1]}季度是{3 * q - 2}月至{3 * q}月，文中为{a}月至{b}月",
                      f"第{right}季度" if right else None)


def _bracketed_months(text):
    """A period and the months in brackets after it, looked for from 季/半年 and its bracket."""
    for h in _PERIOD_AT.finditer(text):
        m = _PERIOD.search(text, max(0, h.start() - 3), h.end() + 16)
        if m is None or m.start() > h.start():
            continue
        if m.group("half"):
            want = (1, 6) if m.group("half") == "上半年" else (7, 12)
            name = m.group("half")
        else:
            q = _QUARTERS[m.group("q")]
            want = (1 if m.group("first") else 3 * q - 2, 3 * q)
            name = m.group(0)[: m.start("a") - m.start()].rstrip("（( ")
        got = (int(m.group("a")), int(m.group("b")))
        if got != want:
            yield Finding(m.start("a"), m.end("b") + 1, "fact", "error", "fact.period",
                          f"月份与时段不符：{name}是{want[0]}—{want[1]}月，文中写作{got[0]}—{got[1]}月",
                          f"{want[0]}—{want[1]}月")


_SECTORS = re.compile(r"(?:三次产业|产业)(?:结构|比例|比重)(?:调整为|优化为|为|是|达到|由[^。；，\n]{0,30}?调整为)\s*"
                      r"(?P<a>\d+(?:\.\d+)?)\s*[∶:：]\s*(?P<b>\d+(?:\.\d+)?)\s*[∶:：]\s*(?P<c>\d+(?:\.\d+)?)(?![\d.∶:：])")


def sector_shares(doc, kb):
    text = doc.text
    if "产业" not in text:
        return
    for m in _SECTORS.finditer(text):
        nums = [m.group(k) for k in "abc"]
        total = sum(map(float, nums))
        if abs(total - 100) <= _rounding_tol(nums) + 0.1 or total < 90:  # 1∶2∶3: a ratio, not shares
            continue
        yield Finding(m.start("a"), m.end("c"), "fact", "warning", "fact.total",
                      f"三次产业结构各项之和应为100，文中合计{p_fmt(round(total, 6))}，请核对", None)


_ENUM_HEAD = re.compile(_lead(_NUM.format("t")) + r"(?![\d%％])[，,]?\s*(?:具体|主要)?(?:包括|如下|安排如下|构成如下|分配如下|明细如下|用于以下[^：:\n]{0,8})"
                        r"[：:][ \t　]*\n")
_COLON_END = re.compile(r"\n(?<=[：:]\n)|\n(?<=[：:][ \t　]\n)")  # the literal first: a class first is slow to scan for
_ENUM_ITEM = re.compile(r"[ \t　]*(?:\n[ \t　]*)*(?P<no>（[一二三四五六七八九十]{1,3}）|\([一二三四五六七八九十]{1,3}\)|（\d{1,2}）|\d{1,2}[.．、](?!\d)|"
                        r"[一二三四五六七八九十]{1,3}是|第[一二三四五六七八九十]{1,3}[，,、])(?P<head>[^，,；;。\n]{0,40})")


def enumerated_sums(doc, kb):
    text = doc.text
    if "：\n" not in text and ":\n" not in text:
        return
    for c in _COLON_END.finditer(text):
        m = _ENUM_HEAD.search(text, max(0, c.start() - 42), c.end())  # from each colon that ends a line
        if m is None or m.end() != c.end():
            continue
        unit, pos, parts, style = m.group("tu"), m.end() - 1, [], None
        while (it := _ENUM_ITEM.match(text, pos)) is not None:
            kind = re.sub(r"[一二三四五六七八九十\d]+", "N", it.group("no"))
            pos = text.find("\n", it.end())
            if style not in (None, kind):  # an item of a list within an item: (三)…分别为：⏎1. …
                if pos < 0:
                    break
                continue
            style = kind
            nums = [p for p in _PART.finditer(it.group("head")) if p.group("pu") == unit]
            if len(nums) != 1:
                parts = []  # an item without its one figure: the list is not read
                break
            parts.append(nums[0])
            if pos < 0:
                break
        if len(parts) < 2:
            continue
        shown = _sum_off(m, parts)
        if shown is None:
            continue
        yield Finding(m.start("t"), m.end("tu"), "fact", "warning", "fact.total",
                      f"总数与下列各项之和不符：总数{m.group('t')}{m.group('tm')}{unit}，下列{len(parts)}项合计"
                      f"{shown}{m.group('tm')}{unit}，请核对", f"{shown}{m.group('tm')}{unit}")


# 三大税种合计1170.7亿元 / 两项合计 / 以上三个项目共计: a sum of as many figures as it counts, at a sentence's start
_COUNTED_AFTER = re.compile(r"(?:(?<=[。；;\n])|^)\s*(?:以上|上述)?(?P<k>[2-9二三四五六七八九两])(?:大|项|个|类|种|家|所|笔)"
                            r"[\u4e00-\u9fff]{0,6}?(?:合计|共计|总计)(?:为|达)?\s*" + _lead(_NUM.format("t")) + r"(?![\d%％])")
_SUM_WORD = re.compile(r"合计|共计|总计")
_CHANGED = re.compile(r"(?:增长|增加|增收|减少|减收|下降|降低|上升|提高|多|少|为|占|较|比|超过?|近|约|达到?|预算|目标)了?\s*$")


def counted_sums(doc, kb):
    text = doc.text
    for w in _SUM_WORD.finditer(text):
        m = _COUNTED_AFTER.search(text, max(0, w.start() - 16), w.end() + 20)  # around each 合计: no literal opens the pattern
        if m is None or m.start("t") < w.end():
            continue
        end = m.start("k") - (2 if text[m.start("k") - 2 : m.start("k")] in ("以上", "上述") else 0)
        end = text.rfind("。", 0, end)
        if end <= 0 or "\n" in text[end : m.start("k")]:
            continue
        start = after_last(text, "。！？\n", end)
        unit, k = m.group("tu"), cn_number(m.group("k"))
        parts = [p for p in _PART.finditer(text, start, end) if p.group("pu") == unit]
        if k is None or len(parts) != k or any(_CHANGED.search(text[max(start, p.start() - 6) : p.start()]) for p in parts):
            continue
        shown = _sum_off(m, parts)
        if shown is None:
            continue
        yield Finding(m.start("t"), m.end("tu"), "fact", "warning", "fact.total",
                      f"合计与前句所列之和不符：前句{k}项合计{shown}{m.group('tm')}{unit}，此处为{m.group('t')}{m.group('tm')}{unit}，请核对",
                      f"{shown}{m.group('tm')}{unit}")


# 共180名，分3期举办，每期50名 (no 约, 左右, 不超过…: an exact size)
_SESSIONS = re.compile(r"每(?P<w>期|批|班|轮)(?P<m>\d{1,4})(?P<u>名|人)(?![\d%％])(?!左右|以内|以上|以下|上下)")
_SESSIONS_HEAD = re.compile(r"(?P<n>\d{1,5})(?P<u>名|人)[^。；！？\n\d]{0,12}?分(?P<k>\d{1,2}|[二三四五六七八九十])(?P<w>期|批|个班次|个班|轮)"
                            r"[^。；！？\n\d]{0,10}?$")


def session_sizes(doc, kb):
    text = doc.text
    if "每" not in text:
        return
    for m in _SESSIONS.finditer(text):
        h = _SESSIONS_HEAD.search(text, max(0, m.start() - 40), m.start())
        if h is None or h.group("w")[-1] != m.group("w") or re.search(r"约|不超过|不少于|原则上|最多|最少|左右", h.group(0)):
            continue
        n, size = int(h.group("n")), int(m.group("m"))
        k = cn_number(h.group("k"))
        if k and k * size != n:
            yield Finding(m.start("m"), m.end("u"), "fact", "warning", "fact.total",
                          f"人数与期数不符：共{n}{h.group('u')}分{k}{h.group('w')}，每{m.group('w')}{size}{m.group('u')}合计{k * size}{m.group('u')}，请核对", None)


# 每日三班轮换，每班12小时: shifts of a day cover 24 hours
_SHIFTS = re.compile(r"(?:每日|每天|全天)(?P<n>[两二三四]|[2-4])班(?:轮换|倒|轮值|值守)?[，,、]?\s*每班(?P<h>\d{1,2}|[六八十]|十二)(?:个)?小时")


def shifts(doc, kb):
    text = doc.text
    if "每班" not in text:
        return
    for m in _SHIFTS.finditer(text):
        n, h = cn_number(m.group("n")), cn_number(m.group("h"))
        if n and h and n * h != 24:
            yield Finding(m.start("h"), m.end(), "fact", "warning", "fact.count",
                          f"班次与时长不符：每日{m.group('n')}班，每班应为{p_fmt(24 / n)}小时（{n}×{h}＝{n * h}小时，不是24小时）",
                          f"{p_fmt(24 / n)}小时" if 24 % n == 0 else None)


_QUOTA = re.compile(r"(?P<x>\d{1,2}(?:\.\d+)?)\s*[%％][，,]\s*即(?:不少于|不低于|不超过|不多于|最少|最多|至少|为)?(?P<n>\d{1,5})(?P<u>名|人)(?![\d%％])")
_QUOTA_WHOLE = re.compile(r"(?:名额|总数|总人数|总名额|定额)(?:为|是|共|总计|共计)?(?P<t>\d{1,6})(?P<u>名|人)")


def quota_counts(doc, kb):
    text = doc.text
    if "即" not in text:
        return
    for m in _QUOTA.finditer(text):
        line = doc.line_of(m.start())
        wholes = [w for w in _QUOTA_WHOLE.finditer(text, line.start, m.start()) if w.group("u") == m.group("u")]
        if len(wholes) != 1:
            continue  # no whole named in the paragraph, or several: which one is unknown
        want = int(wholes[0].group("t")) * float(m.group("x")) / 100
        if int(m.group("n")) not in (math.floor(want + 1e-9), math.ceil(want - 1e-9)):
            yield Finding(m.start("n"), m.end("u"), "fact", "warning", "fact.percentage",
                          f"人数与比例不符：{wholes[0].group('t')}{m.group('u')}的{m.group('x')}%约为{p_fmt(round(want, 2))}{m.group('u')}，"
                          f"文中为{m.group('n')}{m.group('u')}，请核对", None)


# 考核总分100分，其中粮食生产40分、粮食储备20分、…、党政同责履职20分: the parts of a score are the whole of it
_SCORE_TOTAL = re.compile(r"(?:(?:总分|满分|总分值|分值)(?:为|是|共)?\s*(?P<t>\d{1,4})分|(?P<hundred>百分制))[，,（(：:]?\s*"
                          r"(?:其中|包括|分别为|具体为|设[^：:，,。；\n]{0,10}?)?[：:]?")  # 考评实行百分制，设六个考评项目：…20分，…15分
_SCORE_LIMIT = re.compile(r"以上|以下|及以上|及以下|至|-|～|~|以内")
_SCORE_PART = re.compile(r"(?<![\d.])(?P<v>\d{1,3}(?:\.\d)?)分(?![钟之数值类级])")


def score_parts(doc, kb):
    text = doc.text
    if "总分" not in text and "满分" not in text and "分值" not in text and "百分制" not in text:
        return
    for m in _SCORE_TOTAL.finditer(text):
        end = first_of(text, "。；\n）)", m.end(), missing=len(text))
        parts = list(_SCORE_PART.finditer(text, m.end(), end))
        if len(parts) < 2 or any(p.start() > m.end() and text[p.start() - 1] in "得扣减加" for p in parts):
            continue  # 得…分 / 扣…分: scores given or taken, not the weights of the parts
        if m.group("hundred") and (len(parts) < 3 or any(_SCORE_LIMIT.match(text, p.end()) for p in parts)):
            continue  # 百分制: only a list of weights (not 90分以上为优秀, thresholds of the grades)
        total = 100 if m.group("hundred") else int(m.group("t"))
        got = sum(float(p.group("v")) for p in parts)
        if abs(got - total) > 1e-6:
            # the total and the whole list: any weight may be the wrong one
            s, e = m.start("hundred") if m.group("hundred") else m.start("t"), parts[-1].end()
            yield Finding(s, e, "fact", "error", "fact.sum",
                          f"分项分值之和与总分不符：各项合计{p_fmt(got)}分，总分为{total}分，请核对", None)


# 申请市级财政补助60%，景区管委会自筹35%，社会赞助及招商收入15%，合计100%: shares listed and summed after them
_PCT_ITEM = r"[\u4e00-\u9fff（）()]{1,16}?(?:占|为)?\d+(?:\.\d+)?[%％]"
_PCT_TOTAL = re.compile(r"(?:合计|共计|总计)(?:为|占)?\s*(?P<t>\d+(?:\.\d+)?)[%％]")
_PCT_LIST = re.compile(r"(?P<list>" + _PCT_ITEM + r"(?:[，,、；;]" + _PCT_ITEM + r"){1,8})[，,；;]\s*$")  # tried back from the total
_PCT_NUM = re.compile(r"(?P<x>\d+(?:\.\d+)?)[%％]")


def summed_shares(doc, kb):
    text = doc.text
    if "合计" not in text and "共计" not in text and "总计" not in text:
        return
    for m in _PCT_TOTAL.finditer(text):
        lo = after_last(text, "。！？\n：:", m.start(), max(0, m.start() - 200))
        lst = _PCT_LIST.search(text, lo, m.start())
        if lst is None:
            continue
        xs = [x.group("x") for x in _PCT_NUM.finditer(lst.group("list"))]
        got, total = sum(float(x) for x in xs), float(m.group("t"))
        if abs(got - total) > sum(0.5 * 10 ** -(len(x.split(".")[1]) if "." in x else 0) for x in xs if "." in x) + 1e-9:
            yield Finding(m.start("t"), m.end(), "fact", "error", "fact.sum",
                          f"各项比例之和与合计不符：各项合计{p_fmt(round(got, 4))}%，文中为{m.group('t')}%，请核对", None)


# 柘岭村肉牛养殖圈舍建设项目（80万元）、…冷藏库项目（75万元）、…硬化项目（60万元），上述3个项目资金合计218万元: the items'
# sums in brackets, counted and summed after them
_COUNTED_SUM = re.compile(r"(?:上述|以上)(?P<k>\d{1,2}|[两二三四五六七八九十])(?:个|项|笔)[^，,。；\d\n]{0,10}?(?:合计|共计|总计|共)(?:为)?"
                          r"(?P<t>\d+(?:\.\d+)?)(?P<u>万元|亿元|元)")
_BRACKET_MONEY = re.compile(r"[（(](?P<v>\d+(?:\.\d+)?)(?P<u>万元|亿元|元)[）)]")


def bracket_items_sum(doc, kb):
    text = doc.text
    if "上述" not in text and "以上" not in text:
        return
    for m in _COUNTED_SUM.finditer(text):
        k = int(m.group("k")) if m.group("k").isdigit() else cn_number(m.group("k").replace("两", "二"))
        lo = after_last(text, "。；！？\n", m.start())
        items = [b for b in _BRACKET_MONEY.finditer(text, lo, m.start()) if b.group("u") == m.group("u")]
        if k is None or len(items) != k:
            continue
        got = sum(float(b.group("v")) for b in items)
        if abs(got - float(m.group("t"))) > 1e-6:
            yield Finding(m.start("t"), m.end("u"), "fact", "warning", "fact.total",
                          f"合计数与前列各项之和不符：前列{k}项合计{p_fmt(round(got, 4))}{m.group('u')}，此处为{m.group('t')}{m.group('u')}，请核对",
                          f"{p_fmt(round(got, 4))}{m.group('u')}")


# 核定…合计10220名…；实有在编人员9857名，空编373名: the vacancies are the posts less the staff
_VACANT = re.compile(r"实有(?:在编人员|在编|人员)?(?P<b>\d+)名[，,、]?\s*(?P<k>空编|缺编|超编)(?P<c>\d+)名")
_POSTS = re.compile(r"(?:合计|共计|总计|核定[\u4e00-\u9fff]{0,8}?)(?P<a>\d+)名")
# 全年计划开展3轮常规巡察，每轮巡察8个单位，全年共巡察26个单位: rounds times the count of each, the whole
_PER_ROUND = re.compile(r"(?P<n>\d+|[一二两三四五六七八九十])(?P<r>轮|批|期|组)[^。；！？\n\d]{0,16}?[，,]\s*每(?P=r)[^，。；\d]{0,10}?(?P<m>\d+)个?(?P<u>个|家|名|人|所|项)"
                        r"[^。；！？\n\d]{0,8}?[，,]\s*[^。；！？\n\d]{0,6}?共[^，。；\d]{0,6}?(?P<t>\d+)个?(?P=u)")


def vacancies(doc, kb):
    text = doc.text
    if "编" not in text:
        return
    for m in _VACANT.finditer(text):
        posts = list(_POSTS.finditer(text, after_last(text, "。！？\n", m.start(), max(0, m.start() - 90)), m.start()))
        if not posts:
            continue
        a, b, c = int(posts[-1].group("a")), int(m.group("b")), int(m.group("c"))
        want = b - a if m.group("k") == "超编" else a - b
        if want > 0 and c != want:
            yield Finding(m.start("c"), m.end("c") + 1, "fact", "error", "fact.sum",
                          f"{m.group('k')}人数与前文不符：核定{a}名、实有{b}名，{m.group('k')}应为{want}名，请核对", f"{want}名")


def per_round(doc, kb):
    text = doc.text
    if not any(w in text for w in ("每轮", "每批", "每期", "每组")):
        return
    for m in _PER_ROUND.finditer(text):
        n = cn_number(m.group("n"))
        want = n * int(m.group("m")) if n else None
        if want and int(m.group("t")) != want:
            yield Finding(m.start("t"), m.end("t") + 1, "fact", "error", "fact.sum",
                          f"总数与前文不符：{m.group('n')}{m.group('r')}、每{m.group('r')}{m.group('m')}{m.group('u')}，"
                          f"共应为{want}{m.group('u')}，请核对", f"{want}{m.group('u')}")


# 春季学期资助学生412人，秋季学期资助436人，全年合计858人次: the two halves of a year and their sum (a head counted in each
# half is a 人次 of the year)
_HALVES = re.compile(r"(?P<p1>春季学期|上半年|上学期|第一学期)[^。；！？\n\d]{0,30}?(?P<a>\d+)(?P<au>人次|人|名|户|家|个|件|项)[，,；;]\s*"
                     r"(?P<p2>秋季学期|下半年|下学期|第二学期)[^。；！？\n\d]{0,30}?(?P<b>\d+)(?P<bu>人次|人|名|户|家|个|件|项)[，,；;]\s*"
                     r"(?:全年|全学年|两学期|全年度)?(?:合计|共计|累计|共)(?P<c>\d+)(?P<cu>人次|人|名|户|家|个|件|项)")
_AS_VISITS = {"人": "人次", "名": "人次"}


def halves_summed(doc, kb):
    text = doc.text
    if "半年" not in text and "学期" not in text:
        return
    for m in _HALVES.finditer(text):
        units = {_AS_VISITS.get(m.group(g), m.group(g)) for g in ("au", "bu", "cu")}
        if len(units) != 1:
            continue
        want = int(m.group("a")) + int(m.group("b"))
        if int(m.group("c")) != want:
            yield Finding(m.start("c"), m.end("cu"), "fact", "warning", "fact.total",
                          f"合计数与前两项之和不符：{m.group('a')}＋{m.group('b')}＝{want}，文中为{m.group('c')}，请核对",
                          f"{want}{m.group('cu')}")


_SUMMED = re.compile(r"[，,]\s*(?:(?:合计|共计|总计)[^，,。；\d\n]{0,12}?|共(?=\d))" + _lead(_NUM.format("t")))  # (…25名，共90名)
_NOT_PARTS = re.compile(r"其中|以上|以下|同比|增长|下降|增加|减少|累计|平均|分别|占|比上年|较上年|超过|不足|约|近")


def summed_after(doc, kb):
    text = doc.text
    if "计" not in text and "共" not in text:
        return
    for m in _SUMMED.finditer(text):
        start = after_last(text, "。；：:\n，,", m.start())
        clause = text[start : m.start()]
        if clause.startswith("其中"):
            clause = clause[2:]  # 其中学校疫情3起、托幼机构疫情1起，共计4起: the parts the 共计 adds up
        if "、" not in clause or _NOT_PARTS.search(clause):
            continue
        parts = list(_PART.finditer(clause))
        if len(parts) < 2 or any(p.group("pu") != m.group("tu") for p in parts) or len(parts) != clause.count("、") + 1:
            continue
        shown = _sum_off(m, parts)
        if shown is not None:
            yield Finding(m.start("t"), m.end("tu"), "fact", "warning", "fact.total",
                          f"合计数与前列各项之和不符：前列{len(parts)}项合计{shown}{m.group('tm')}{m.group('tu')}，"
                          f"此处为{m.group('t')}{m.group('tm')}{m.group('tu')}，请核对", None)


_ALLOCATED = re.compile(r"(?:分配|分解|安排|分布)如下[：:]")
_ALLOC_TOTAL = re.compile(r"(?:共计|合计|总计|共)" + _lead(_NUM.format("t")))
_ALLOC_PART = re.compile(r"共" + _lead(_NUM.format("p")))


def allocation(doc, kb):
    text = doc.text
    if "如下" not in text:
        return
    for a in _ALLOCATED.finditer(text):
        totals = list(_ALLOC_TOTAL.finditer(text, max(0, a.start() - 120), a.start()))
        if not totals:
            continue
        m = totals[-1]
        end = first_of(text, "\n", a.end(), missing=len(text))
        parts = [p for p in _ALLOC_PART.finditer(text, a.end(), end) if p.group("pu") == m.group("tu")]
        if len(parts) < 2:
            continue
        shown = _sum_off(m, parts)
        if shown is not None:
            yield Finding(m.start("t"), m.end("tu"), "fact", "warning", "fact.total",
                          f"总数与分配数之和不符：总数{m.group('t')}{m.group('tm')}{m.group('tu')}，下文分配合计{shown}"
                          f"{m.group('tm')}{m.group('tu')}，请核对", None)


RULES = (shifts, summed_after, allocation, score_parts, summed_shares, bracket_items_sum, vacancies, per_round, counted_parts, enumerated_sums, counted_sums, prior_year_change, quarter_months, sector_shares, session_sizes,
         quota_counts, halves_summed)
