"""事实关: a figure derived from others stated before it in the same paragraph.

* The gap between two growth rates (城镇居民…增长4.6%；农村居民…增长6.2%，增速快于城镇居民1.6个百分点).
* A yearly average over a stated period (“十五五”期间…完成投资5200亿元，年均1040亿元).
* A numbered range and its count (原1号至8号村民小组（共7个）: 8 − 1 + 1 = 8).
* A change in tenths (成) against its two figures (累计降雨量862毫米，较常年同期574毫米偏多3成: 5成).
* The gap of one named source of funds (…市级配套资金3860万元…。市级配套资金已安排2000万元，尚有缺口1680万元).
* A figure per head against the total and the population before it (人防工程面积286.5万平方米，常住人口153万人，人均人防工程面积
  1.9平方米).
* The next session of an event series against those held (已连续举办7届，2026年将举办第9届).
* A growth stated in times against its two figures (由1200人次增至3600人次，增长了3倍: 2倍).
* A share of a whole stated inside the 占 phrase (进出口总额412.6亿元，…，占全市进出口总额1316.8亿元的31.3%).
* The days between two dates against the count told after them (从9月1日启动签约到10月15日实现整村签约，仅用35天: 44).
* A time of day span against its stated length (15时50分至17时30分…，共120分钟: 100).
* A share restated as a figure of the whole before it in the sentence (共有定点药店186家，…抽查比例不低于30%，即不少于56家).
"""

from __future__ import annotations

import datetime
import re

from ..document import after_last, first_of
from ..model import Finding
from .fact import _MULT, _NUM_U, _decimals, _doc_year, _lead, _qty, cn_number, p_fmt
from .periods import average_off

_PARA = "\n"
_PCT = re.compile(r"(?P<x>\d+(?:\.\d+)?)\s*[%％]")
# …增长6.2%，增速快于城镇居民0.8个百分点
_GAP = re.compile(r"(?P<dir>快于|高于|慢于|低于)(?P<other>[\u4e00-\u9fff]{2,10}?)(?:增速|增幅|水平)?\s*(?P<c>\d+(?:\.\d+)?)\s*个百分点")


def rate_gaps(doc, kb):
    text = doc.text
    if "个百分点" not in text:
        return
    for m in _GAP.finditer(text):
        clause = after_last(text, "。；;！？\n", m.start())
        own = list(_PCT.finditer(text, clause, m.start()))
        if not own:
            continue
        para = text.rfind(_PARA, 0, m.start()) + 1
        at = text.rfind(m.group("other"), para, clause)
        if at < 0:
            continue
        other = _PCT.search(text, at + len(m.group("other")), clause)
        if other is None or other.start() - at > 40:
            continue
        b, a = float(own[-1].group("x")), float(other.group("x"))
        want = b - a if m.group("dir") in ("快于", "高于") else a - b
        c = float(m.group("c"))
        tol = 0.5 * 10 ** -max(_decimals(own[-1].group("x")), _decimals(other.group("x")), _decimals(m.group("c"))) + 1e-9
        if want > 0 and abs(want - c) > tol:
            yield Finding(m.start("c"), m.end(), "fact", "warning", "fact.percentage",
                          f"百分点差与前文不符：{own[-1].group(0)}与{m.group('other')}的{other.group(0)}相差"
                          f"{p_fmt(round(want, 6))}个百分点，文中为{m.group('c')}个百分点，请核对", f"{p_fmt(round(want, 6))}个百分点")


_UNIT = r"元|人|人次|个|家|项|公里|亩|吨|户|套|所|座|台"
# “十五五”期间，全省计划完成交通运输固定资产投资5200亿元，年均1300亿元
_YEARLY = re.compile(r"(?:(?P<plan>十[一二三四五六七八九]五)[”\"]?(?:时期|期间|规划期)|(?P<y1>\d{4})\s*[—\-－至到]\s*(?P<y2>\d{4})年(?:间|期间)?"
                     r"|(?:今后|未来|这|近|过去)(?P<n>[二三四五六七八九十\d]{1,2})年(?:间|内|来)?)"
                     r"(?P<mid>[^。；！？\n]{0,50}?)" + _lead(r"(?P<a>\d+(?:\.\d+)?)") + r"\s*(?P<am>[万亿]?)(?P<u>" + _UNIT + r")[，,]\s*"
                     r"年均(?:完成|投资|新增|增加|达到)?\s*(?P<y>\d+(?:\.\d+)?)\s*(?P<ym>[万亿]?)(?P=u)(?![%％\d])")


def yearly_averages(doc, kb):
    text = doc.text
    if "年均" not in text:
        return
    for m in _YEARLY.finditer(text):
        if m.group("plan"):
            years = 5
        elif m.group("y1"):
            years = int(m.group("y2")) - int(m.group("y1")) + 1
        else:
            years = cn_number(m.group("n"))
        if not years or years < 2 or years > 30 or re.search(r"其中|分别|以上|超过|同比", m.group("mid")):
            continue
        shown = average_off(m, "a", years, m.group("u"), 0.02)
        if shown:
            yield Finding(m.start("y"), m.end(), "fact", "warning", "fact.average",
                          f"年均数与总数不符：{m.group('a')}{m.group('am')}{m.group('u')}÷{years}年≈{shown}，"
                          f"文中为{m.group('y')}{m.group('ym')}{m.group('u')}，请核对", None)


_MONEY = r"(?P<{0}>\d+(?:\.\d+)?)\s*(?P<{0}m>[万亿]?)(?P<{0}u>元)"
# 市级配套资金已在年初预算中安排2000万元，尚有缺口1680万元
_ITEM_GAP = re.compile(r"(?P<item>[\u4e00-\u9fff]{1,8}(?:资金|经费|补助|配套))(?:目前)?已(?:[^，,。；;\d]{0,16}?)(?:安排|落实|到位|筹集|下达|拨付)了?(?:资金)?\s*"
                       + _lead(_MONEY.format("h")) + r"[，,]\s*(?:尚有|还有|仍有|存在)?(?:资金)?缺口(?:约为|约|为|达)?\s*" + _MONEY.format("g") + r"(?![\d%％])")


def _written(m, g: str) -> str:
    """An amount of _MONEY as written (2000万元)."""
    return m.group(g) + m.group(g + "m") + m.group(g + "u")


def item_gaps(doc, kb):
    text = doc.text
    for g in re.finditer("缺口", text):
        m = _ITEM_GAP.search(text, max(0, g.start() - 60), g.end() + 24)  # around each 缺口: the pattern opens with no literal
        if m is None or m.start("g") < g.end():
            continue
        item = m.group("item")
        para = text.rfind(_PARA, 0, m.start()) + 1
        needs = list(re.finditer(re.escape(item) + r"(?:为|约|共计|需要|需)?\s*" + _MONEY.format("n") + r"(?![\d%％])",
                                 text[max(para, m.start() - 400) : m.start()]))
        if len(needs) != 1:
            continue  # not named once before (or named with several figures): not read
        (need, _), (have, _), (gap, _) = _qty(needs[0], "n"), _qty(m, "h"), _qty(m, "g")
        if need <= have:
            continue
        scale = gap / float(m.group("g"))
        tol = 0.5 * 10 ** -_decimals(m.group("g")) * scale + 1e-9 * gap
        if abs(need - have - gap) > tol:
            want = p_fmt(round((need - have) / scale, 4))
            unit = m.group("gm") + m.group("gu")
            yield Finding(m.start("g"), m.end(), "fact", "warning", "fact.total",
                          f"缺口与前文数字不符：{item}{_written(needs[0], 'n')}，已安排{_written(m, 'h')}，"
                          f"缺口应为{want}{unit}，文中为{_written(m, 'g')}，请核对", f"{want}{unit}")


# 原1号至8号村民小组（共7个）
_COUNT_BRACKET = re.compile(r"[（(]共(?P<n>\d{1,4}|[两二三四五六七八九十]{1,3})(?:个|家|户|栋|幢|座|处|条|间|块|宗|组)[）)]")
_RANGE = re.compile(r"(?<![\d.])(?P<a>\d{1,4})号?(?:至|到|—|－|-|～|~)(?P<b>\d{1,4})号[\u4e00-\u9fff]{0,8}?$")


def range_counts(doc, kb):
    text = doc.text
    if "（共" not in text and "(共" not in text:
        return
    for m in _COUNT_BRACKET.finditer(text):
        r = _RANGE.search(text, max(0, m.start() - 24), m.start())
        if r is None:
            continue
        a, b = int(r.group("a")), int(r.group("b"))
        n = cn_number(m.group("n"))
        if n is None or b <= a or b - a + 1 == n:
            continue
        yield Finding(m.start("n"), m.end() - 1, "fact", "warning", "fact.total",
                      f"数目与编号范围不符：{a}号至{b}号共{b - a + 1}个，文中为{m.group('n')}个，请核对", f"{b - a + 1}")


# 累计降雨量862毫米，较常年同期574毫米偏多3成
_TENTHS = re.compile(r"(?:较|比)(?:常年|上年|去年|历年)?(?:同期)?(?:均值|平均)?的?\s*(?P<a>\d+(?:\.\d+)?)\s*(?P<u>毫米|亿元|万元|元|人次|人|吨|万吨|件|个)"
                     r"(?:相比)?[，,]?\s*(?P<dir>偏多|偏少|增加|减少|增长|下降|多|少)了?\s*(?P<x>\d|[一二两三四五六七八九])成")


_TENTH = re.compile(r"成(?<=[\d一二两三四五六七八九]成)")  # the literal first: a class first is slow to scan for


def tenths_changes(doc, kb):
    text = doc.text
    for t in _TENTH.finditer(text):
        m = _TENTHS.search(text, max(0, t.start() - 36), t.end())  # back from each 3成: the pattern opens with no literal
        if m is None or m.end() != t.end():
            continue
        sent = after_last(text, "。；！？\n", m.start())
        nows = list(re.finditer(r"(?<![\d.])(\d+(?:\.\d+)?)\s*" + m.group("u") + r"(?![\d%％])", text[sent : m.start()]))
        if not nows:
            continue
        now, base = float(nows[-1].group(1)), float(m.group("a"))
        up = m.group("dir") in ("偏多", "增加", "增长", "多")
        if base <= 0 or (now < base if up else now > base):
            continue
        got = abs(now - base) / base * 10
        x = cn_number(m.group("x"))
        if x is None or abs(got - x) <= 0.6:
            continue
        yield Finding(m.start("x"), m.end(), "fact", "warning", "fact.change",
                      f"增减幅度与数字不符：由{m.group('a')}{m.group('u')}到{nows[-1].group(0)}，{m.group('dir')}约{got:.1f}成，"
                      f"文中为{m.group('x')}成，请核对", None)


# 抽查比例不低于30%，即不少于56家: the share, then the figure it makes of a whole stated before it
# (按照不低于30%的比例对47家三级企业进行抽查，即抽查三级企业14家: the whole between the share and 即)
_SHARE_IS = re.compile(r"(?P<x>\d+(?:\.\d+)?)\s*[%％](?:的比例[^。；！？，,\n\d]{0,4}?(?=\d)[^。；！？，,\n]{1,24}?)?[，,]?\s*即"
                       r"(?:[^\d。；！？，,\n]{0,10}?(?:不少于|不低于|至少|不超过|不高于|最多|约|为|达到|有)?)\s*(?=\d)")


def _shares_before_ji(text: str):
    """_SHARE_IS matches, found from each 即 with a per cent sign in the 40 characters before it (a pattern that starts
    with a number is tried at every digit)."""
    end = 0
    i = text.find("即")
    while i >= 0:
        lo = max(end, i - 40)
        if "%" in text[lo:i] or "％" in text[lo:i]:
            for m in _SHARE_IS.finditer(text, lo, min(len(text), i + 24)):
                if m.end() > i and m.start() >= end:
                    end = m.end()
                    yield m
        i = text.find("即", i + 1)


def share_as_figure(doc, kb):
    text = doc.text
    if "即" not in text:
        return
    for m in _shares_before_ji(text):
        x = float(m.group("x"))
        fig = _NUM_U.match(text, m.end())
        if fig is None or not 0 < x < 100:
            continue
        u = fig.group("u")
        n = float(fig.group("n")) * _MULT[fig.group("m")]
        lo = after_last(text, "。；;！？\n", m.start())
        wholes = [float(p.group("n")) * _MULT[p.group("m")] for p in _NUM_U.finditer(text, lo, m.end()) if p.group("u") == u]
        wholes = [b for b in wholes if b > n]
        if not wholes:  # 日最大承载量为4.8万人次。…不超过日最大承载量80%即3.84万人次: the whole named before the share, earlier
            name = re.search(r"[\u4e00-\u9fff]{2,4}$", text[max(0, m.start() - 4) : m.start()])
            para = text.rfind("\n", 0, m.start()) + 1
            wholes = [float(p.group("n")) * _MULT[p.group("m")] for p in _NUM_U.finditer(text, para, lo)
                      if p.group("u") == u and name and name.group(0) in text[max(para, p.start() - 8) : p.start()]]
            wholes = [b for b in wholes if b > n]
        if not wholes:
            continue
        step = 10 ** -_decimals(fig.group("n")) * _MULT[fig.group("m")]
        if any(abs(b * x / 100 - n) < max(1, step) for b in wholes):
            continue  # (rounded either way: 186家的30%，即不少于56家 or 即55家)
        b = wholes[-1]
        scale = _MULT[fig.group("m")]
        shown = p_fmt(round(b * x / 100 / scale, 2)) + fig.group("m")
        yield Finding(fig.start(), fig.end(), "fact", "warning", "fact.percentage",
                      f"按比例推算的数与前文不符：{p_fmt(round(b / scale, 4))}{fig.group('m')}{u}×{m.group('x')}%≈{shown}{u}，"
                      f"文中为{fig.group(0)}，请核对", None)


_PER_HEAD = re.compile(r"人均(?P<what>[\u4e00-\u9fff]{0,10}?)(?:为|达到|达|约|超过)?\s*(?P<x>\d+(?:\.\d+)?)\s*(?P<u>平方米|元|万元|吨|公斤|千克|亩|册|件)")
_PEOPLE = re.compile(r"(?P<n>\d+(?:\.\d+)?)\s*(?P<m>万?)(?:人|名)(?![次均])")
_AMOUNT = re.compile(r"(?P<n>\d+(?:\.\d+)?)\s*(?P<m>[万亿]?)(?P<u>平方米|元|吨|公斤|千克|亩|册|件)")


def per_head(doc, kb):
    text = doc.text
    if "人均" not in text:
        return
    for m in _PER_HEAD.finditer(text):
        what = m.group("what")
        lo = max(after_last(text, "。！？\n", m.start()), m.start() - 120)
        people = list(_PEOPLE.finditer(text, lo, m.start()))
        amounts = [a for a in _AMOUNT.finditer(text, lo, m.start()) if a.group("u") == m.group("u")
                   and len(what) >= 2 and what[-2:] in text[max(lo, a.start() - 10) : a.start()]]
        if len(people) != 1 or len(amounts) != 1:
            continue  # (one population and one total of the thing counted per head, named alike)
        p, a = people[0], amounts[0]
        heads = float(p.group("n")) * (1e4 if p.group("m") else 1)
        total = float(a.group("n")) * _MULT[a.group("m")]
        if heads == 0:
            continue
        got = total / heads
        x = float(m.group("x"))
        if abs(got - x) <= max(0.5 * 10 ** -_decimals(m.group("x")), 0.02 * x):
            continue
        dec = max(_decimals(m.group("x")), 1)
        yield Finding(m.start("x"), m.end("u"), "fact", "warning", "fact.average",
                      f"人均数与前文不符：{a.group(0)}÷{p.group(0)}≈{got:.{dec}f}{m.group('u')}，文中为{m.group('x')}{m.group('u')}，请核对",
                      f"{got:.{dec}f}{m.group('u')}")


# 春耕化肥需求约21.5万吨，系统承担储备8.6万吨，占需求总量的40%: the whole named after 占 (需求总量) and stated before
_NAMED_WHOLE = re.compile(r"占(?P<name>[\u4e00-\u9fff]{2,6}?)总(?:量|数|额)的?(?P<x>\d+(?:\.\d+)?)\s*[%％]")


def named_whole(doc, kb):
    text = doc.text
    if "总" not in text or "占" not in text:
        return
    for m in _NAMED_WHOLE.finditer(text):
        lo = after_last(text, "。！？；\n", m.start())
        figs = list(_NUM_U.finditer(text, lo, m.start()))
        if len(figs) < 2 or text[figs[-1].end() : m.start()].strip("，, "):
            continue  # the part must stand right before 占
        part = figs[-1]
        name = m.group("name")
        wholes = [p for p in figs[:-1] if p.group("u") == part.group("u")
                  and re.search(re.escape(name) + r"[^\d，,。；]{0,4}$", text[max(lo, p.start() - len(name) - 4) : p.start()])]
        if len(wholes) != 1:
            continue
        b = float(wholes[0].group("n")) * _MULT[wholes[0].group("m")]
        a = float(part.group("n")) * _MULT[part.group("m")]
        if not 0 < a < b:
            continue
        got = a / b * 100
        dec = _decimals(m.group("x"))
        if abs(got - float(m.group("x"))) <= max(0.5 * 10 ** -dec, 0.05) + 0.05:
            continue
        yield Finding(m.start("x"), m.end(), "fact", "warning", "fact.percentage",
                      f"比率与前文数字不符：{part.group(0)}÷{wholes[0].group(0)}≈{got:.{max(dec, 1)}f}%，文中为{m.group('x')}%，请核对",
                      f"{got:.{dec}f}%")


_CLOCK_SPAN = re.compile(r"(?P<h1>[01]?\d|2[0-3])(?:时|点|[:：])(?P<m1>[0-5]\d)分?(?:至|到|—|－|～|~|-)(?P<h2>[01]?\d|2[0-3])(?:时|点|[:：])(?P<m2>[0-5]\d)分?")
_SPAN_TOLD = re.compile(r"共(?:计)?(?P<n>\d+(?:\.\d+)?)\s*(?P<u>分钟|个小时|小时)")


def clock_span(doc, kb):
    text = doc.text
    if "共" not in text:
        return
    for told in _SPAN_TOLD.finditer(text):  # (found from the rare 共N分钟, then the span looked for before it)
        lo = max(after_last(text, "。；\n", told.start()), told.start() - 60)
        spans = list(_CLOCK_SPAN.finditer(text, lo, told.start()))
        if len(spans) != 1:
            continue  # (two spans before one total: a day's sessions, not checked)
        m = spans[0]
        span = int(m.group("h2")) * 60 + int(m.group("m2")) - int(m.group("h1")) * 60 - int(m.group("m1"))
        minutes = float(told.group("n")) * (1 if told.group("u") == "分钟" else 60)
        if span > 0 and abs(span - minutes) >= 1:
            yield Finding(told.start("n"), told.end(), "fact", "warning", "fact.period",
                          f"时长与起止时间不符：{m.group(0)}共{span}分钟，文中为{told.group('n')}{told.group('u')}，请核对",
                          f"{span}分钟" if told.group("u") == "分钟" else None)


_NUM_TIMES = r"(?P<{0}>\d+(?:\.\d+)?)\s*(?P<{0}m>[万亿]?)(?P<{0}u>人次|人|户|家|个|件|项|元|吨|辆|台|套)"


# 已连续成功举办7届，2026年将举办第9届
_SESSIONS_HELD = re.compile(r"已(?:连续|成功|连续成功|累计)?(?:举办|召开)(?:了)?(?P<n>\d{1,3}|[一二三四五六七八九十]{1,3})(?P<u>届|次|期)"
                            r"[^。；！？\n]{0,30}?(?:将|拟|计划)(?:举办|召开)第(?P<m>\d{1,3}|[一二三四五六七八九十]{1,3})(?P=u)")


def next_session(doc, kb):
    text = doc.text
    if "已" not in text or "第" not in text:
        return
    for m in _SESSIONS_HELD.finditer(text):
        n, k = cn_number(m.group("n")), cn_number(m.group("m"))
        if n is not None and k is not None and k != n + 1:
            yield Finding(m.start("m") - 1, m.end(), "fact", "warning", "fact.count",
                          f"届次不符：已举办{m.group('n')}{m.group('u')}，下一{m.group('u')}应为第{n + 1}{m.group('u')}，请核对",
                          f"第{n + 1}{m.group('u')}")


# 服务人数由2023年的1200人次增至2025年的3600人次，增长了3倍 (3600 is three times 1200: it grew by two times)
_YEAR_OF = r"(?:(?:19|20)\d\d年(?:底|末|初)?的?)?"
_TIMES = re.compile(r"(?:由|从)[^，,。；\d\n]{0,12}?" + _YEAR_OF + _NUM_TIMES.format("a") + r"[^，,。；\d\n]{0,4}?(?:增至|增加到|增长到|增加至|增长至|提高到|提高至|上升到|上升至|达到)"
                    r"[^，,。；\d\n]{0,12}?" + _YEAR_OF + _NUM_TIMES.format("b") + r"[，,]\s*(?:增长|增加|提高|翻)了?(?P<n>\d+(?:\.\d+)?|[一二三四五六七八九十两])倍")


def times_growth(doc, kb):
    text = doc.text
    if "倍" not in text:
        return
    for m in _TIMES.finditer(text):
        if m.group("au") != m.group("bu"):
            continue
        a = float(m.group("a")) * _MULT[m.group("am")]
        b = float(m.group("b")) * _MULT[m.group("bm")]
        n = m.group("n")
        told = float(n) if n[0].isdigit() else cn_number(n)  # (cn_number reads 两 as 2)
        if not a or told is None:
            continue
        grew = b / a - 1
        if abs(grew - told) > 0.05 * max(1.0, told) and abs(b / a - told) <= 0.05 * max(1.0, told):
            yield Finding(m.start("n"), m.end(), "fact", "warning", "fact.percent",
                          f"倍数表述有误：由{m.group('a')}{m.group('am')}{m.group('au')}到{m.group('b')}{m.group('bm')}{m.group('bu')}，"
                          f"是原来的{p_fmt(round(b / a, 2))}倍，增长了{p_fmt(round(grew, 2))}倍（“增长了N倍”不含原数），请核对",
                          f"增长了{p_fmt(round(grew, 2))}倍")


# 片区实现进出口总额412.6亿元，同比增长14.2%，占全市进出口总额1316.8亿元的38.5%: the whole with its figure inside the 占 phrase
_SHARE_OF_STATED = re.compile(r"占(?P<name>[^，,。；\d\n]{2,14}?)(?P<b>\d+(?:\.\d+)?)\s*(?P<bm>[万亿]?)(?P<bu>元|美元|吨|人次|人|户|家|个|件)的(?P<x>\d+(?:\.\d+)?)\s*[%％]")


def share_of_stated_whole(doc, kb):
    text = doc.text
    if "占" not in text:
        return
    for m in _SHARE_OF_STATED.finditer(text):
        lo = after_last(text, "。；！？\n", m.start())
        parts = [p for p in _NUM_U.finditer(text, lo, m.start()) if p.group("u") == m.group("bu")]
        if len(parts) != 1:
            continue  # (one figure of the unit in the sentence before 占: its numerator)
        a = float(parts[0].group("n")) * _MULT[parts[0].group("m")]
        b = float(m.group("b")) * _MULT[m.group("bm")]
        if not 0 < a < b:
            continue
        got = a / b * 100
        dec = _decimals(m.group("x"))
        if abs(got - float(m.group("x"))) > 0.5 * 10 ** -dec + 0.05:
            yield Finding(m.start("x"), m.end(), "fact", "warning", "fact.percentage",
                          f"比率与数字不符：{parts[0].group(0)}÷{m.group('b')}{m.group('bm')}{m.group('bu')}≈{got:.{max(dec, 1)}f}%，"
                          f"文中为{m.group('x')}%，请核对", f"{got:.{dec}f}%")


_DATE_TO_DATE = re.compile(r"从(?:(?P<y1>(?:19|20)\d\d)年)?(?P<m1>1[0-2]|[1-9])月(?P<d1>[12]\d|3[01]|[1-9])日[^。；！？\n\d]{0,16}?(?:到|至)"
                           r"(?:(?P<y2>(?:19|20)\d\d)年)?(?P<m2>1[0-2]|[1-9])月(?P<d2>[12]\d|3[01]|[1-9])日[^。；！？\n\d]{0,20}?[，,]?\s*"
                           r"(?:仅|只|共|前后|历时|总共)?(?:用了?|历时|耗时)(?P<n>\d{1,3})天")


def days_between(doc, kb):
    text = doc.text
    if "天" not in text or "从" not in text:
        return
    for m in _DATE_TO_DATE.finditer(text):
        y1 = int(m.group("y1")) if m.group("y1") else _doc_year(text)
        if y1 is None:
            continue
        y2 = int(m.group("y2")) if m.group("y2") else y1 + (1 if int(m.group("m2")) < int(m.group("m1")) else 0)
        try:
            a = datetime.date(y1, int(m.group("m1")), int(m.group("d1")))
            b = datetime.date(y2, int(m.group("m2")), int(m.group("d2")))
        except ValueError:
            continue
        diff, n = (b - a).days, int(m.group("n"))
        if diff > 0 and n not in (diff, diff + 1):
            yield Finding(m.start("n"), m.end(), "fact", "warning", "fact.period",
                          f"天数与起止日期不符：{a.month}月{a.day}日到{b.month}月{b.day}日相隔{diff}天（首尾都算为{diff + 1}天），"
                          f"文中为{n}天，请核对", None)


RULES = (rate_gaps, yearly_averages, item_gaps, range_counts, tenths_changes, share_as_figure, per_head, named_whole, clock_span, next_session, times_growth, share_of_stated_whole, days_between)
