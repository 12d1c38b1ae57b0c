"""事实关: a change in points against the earlier value in brackets, a daily average over a named period, the last day
of a term of validity, phases against their total and the rest of a total (a share of a whole in brackets:
``stated_changes.target_share``).

* 群众满意率94.3%，较第二季度（92.5%）上升2.1个百分点: 94.3 − 92.5 = 1.8.
* 1至10月，热线共受理诉求152.6万件，日均超过6000件: 152.6万 ÷ 304天 ≈ 5020.
* 自2026年12月1日起施行，有效期3年，至2028年11月30日止: three years run to 2029年11月30日.
* 总建筑面积12万平方米，分三期建设：一期4.5万平方米，…；二期5.5万平方米，…；三期3万平方米: the phases make 13.
* 共有行政村186个，已建成…服务站142个，覆盖率76.3%，尚有48个行政村未实现覆盖: 186 − 142 = 44.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from ..document import first_of
from ..model import Finding
from .fact import _MULT, _decimals, _doc_year, _lead, cn_number, p_fmt

_NUM = r"(?P<{0}>\d+(?:\.\d+)?)\s*(?P<{0}m>[万亿]?)"
_UP = "上升|提高|提升|增加|增长"
_DOWN = "下降|降低|减少|回落"
# 群众满意率94.3%，较第二季度（92.5%）上升2.1个百分点 / 较上年（为92.5%）提高…
_POINTS_BRACKET = re.compile(r"(?P<cur>\d+(?:\.\d+)?)\s*[%％][，,]\s*(?:较|比)[^\d，,。；！？\n%％]{1,12}?[（(](?:为|的)?\s*(?P<prev>\d+(?:\.\d+)?)\s*[%％][）)]"
                             r"(?P<dir>" + _UP + "|" + _DOWN + r")了?\s*(?P<c>\d+(?:\.\d+)?)\s*个百分点")


def points_bracket(doc, kb):
    text = doc.text
    if "个百分点" not in text:
        return
    for m in _POINTS_BRACKET.finditer(text):
        cur, prev, c = float(m.group("cur")), float(m.group("prev")), float(m.group("c"))
        up = m.group("dir") in _UP.split("|")
        want = cur - prev if up else prev - cur
        places = max(_decimals(m.group("cur")), _decimals(m.group("prev")), _decimals(m.group("c")))
        if want <= 0:
            yield Finding(m.start("dir"), m.end(), "fact", "warning", "fact.percentage",
                          f"升降方向与数字不符：由{m.group('prev')}%到{m.group('cur')}%是"
                          f"{'下降' if up else '上升'}{p_fmt(round(abs(want), places))}个百分点，请核对", None)
        elif abs(want - c) > 0.5 * 10 ** -places + 1e-9:
            yield Finding(m.start("c"), m.end(), "fact", "warning", "fact.percentage",
                          f"百分点差与数字不符：{m.group('cur')}%与{m.group('prev')}%相差{p_fmt(round(want, places))}个百分点，"
                          f"文中为{m.group('c')}个百分点，请核对", f"{p_fmt(round(want, places))}个百分点")


_SPAN = (r"(?:(?P<m1>\d{1,2})月?(?:至|到|—|－|-|～|~)(?P<m2>\d{1,2})月(?:份)?|(?P<named>全年|上半年|下半年|前三季度|"
         r"第?[一二三四]季度))")
# 1至10月，热线共受理群众和企业诉求152.6万件，日均超过6000件
_DAILY = re.compile(_SPAN + r"(?:[，,]|以来)?(?P<mid>[^。；！？\n]{0,40}?)" + _lead(_NUM.format("t")) + r"(?P<u>件|人次|次|人|辆|吨|元)[，,]\s*"
                    r"(?:日均|平均每天|每天平均)(?P<q>超过|超|逾|达到|达|约|近|接近)?\s*" + _NUM.format("y") + r"(?P=u)(?![%％\d])")
_QUARTERS = {"一": (1, 3), "二": (4, 6), "三": (7, 9), "四": (10, 12)}
_NAMED = {"全年": (1, 12), "上半年": (1, 6), "下半年": (7, 12), "前三季度": (1, 9)}


def _days(year: int, m1: int, m2: int) -> int | None:
    if not 1 <= m1 <= m2 <= 12:
        return None
    return sum(calendar.monthrange(year, k)[1] for k in range(m1, m2 + 1))


def daily_average(doc, kb):
    text = doc.text
    if "日均" not in text and "平均每天" not in text and "每天平均" not in text:
        return
    for m in _DAILY.finditer(text):
        if re.search(r"其中|分别|同比|增长|下降", m.group("mid")):
            continue
        named = m.group("named")
        if named:
            m1, m2 = _QUARTERS[named[-3]] if named.endswith("季度") and named != "前三季度" else _NAMED[named]
        else:
            m1, m2 = int(m.group("m1")), int(m.group("m2"))
        year = _doc_year(text) or 2025
        days = _days(year, m1, m2)
        if not days:
            continue
        total = float(m.group("t")) * _MULT[m.group("tm")]
        y = float(m.group("y")) * _MULT[m.group("ym")]
        got = total / days
        q = m.group("q") or ""
        rounding = max(0.5 * 10 ** -_decimals(m.group("y")) * _MULT[m.group("ym")],
                       0.5 * 10 ** -_decimals(m.group("t")) * _MULT[m.group("tm")] / days)
        if q in ("超过", "超", "逾"):
            off = got < y - rounding
        elif q in ("近", "接近"):
            off = got > y + rounding or got < 0.8 * y
        else:
            off = abs(got - y) > max(rounding, 0.03 * y)
        if off:
            shown = p_fmt(round(got / _MULT[m.group("ym")], 1 if m.group("ym") else 0))
            yield Finding(m.start("y"), m.end(), "fact", "warning", "fact.average",
                          f"日均数与总数不符：{m.group('t')}{m.group('tm')}{m.group('u')}÷{days}天（{m1}月至{m2}月）≈"
                          f"{shown}{m.group('ym')}{m.group('u')}，文中为{q}{m.group('y')}{m.group('ym')}{m.group('u')}，请核对", None)


# 自2026年12月1日起施行，有效期3年，至2028年11月30日止
_VALIDITY = re.compile(r"自?(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日起(?:施行|实施|执行|生效)[，,]\s*有效期(?:为)?"
                       r"(?P<n>\d{1,2}|[一二两三四五六七八九十])年[，,]?\s*(?:至|到)(?P<y2>\d{4})年(?P<m2>\d{1,2})月(?P<d2>\d{1,2})日")


def _plus_years(day: dt.date, n: int) -> dt.date:
    try:
        return day.replace(year=day.year + n)
    except ValueError:  # 2月29日
        return day.replace(year=day.year + n, day=28)


def validity_end(doc, kb):
    text = doc.text
    if "有效期" not in text:
        return
    for m in _VALIDITY.finditer(text):
        n = 2 if m.group("n") == "两" else cn_number(m.group("n"))
        try:
            start = dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
            end = dt.date(int(m.group("y2")), int(m.group("m2")), int(m.group("d2")))
        except ValueError:
            continue  # an impossible date: fact.date_invalid
        if not n:
            continue
        last = _plus_years(start, n)
        if end not in (last - dt.timedelta(days=1), last):
            want = last - dt.timedelta(days=1)
            yield Finding(m.start("y2"), m.end(), "fact", "error", "fact.period",
                          f"有效期截止日期与起始日期不符：自{start.year}年{start.month}月{start.day}日起{m.group('n')}年，"
                          f"应至{want.year}年{want.month}月{want.day}日", f"{want.year}年{want.month}月{want.day}日")


_PHASE_UNITS = r"万平方米|平方米|平方公里|公顷|万亩|亩|公里|亿元|万元|个|套|栋|户|MW|兆瓦"
# 总建筑面积12万平方米，分三期建设： / 总投资8.6亿元，分两期实施：
_PHASED = re.compile(_lead(_NUM.format("t")) + r"(?P<u>" + _PHASE_UNITS + r")[，,]\s*分(?P<k>[两二三四五六七八九十2-9])(?:期|批)(?:建设|实施|推进|开发|建成)?[：:，,]")
_PHASED_GATE = re.compile(r"分[两二三四五六七八九十2-9][期批]")
_PHASE = re.compile(r"(?:^|[：:，,；;。])\s*(?P<no>[一二三四五六七八九十])期(?:工程|项目)?[^\d，,；;。]{0,8}?" + _NUM.format("v") + r"(?P<u>" + _PHASE_UNITS + r")")


def phased_total(doc, kb):
    """A total built in phases (分三期建设：一期…二期…三期…) against the sum of the phases' figures of its unit."""
    text = doc.text
    if _PHASED_GATE.search(text) is None:
        return
    for m in _PHASED.finditer(text):
        k = 2 if m.group("k") in ("两", "二") else cn_number(m.group("k"))
        scope = text[m.end() - 1 : min(first_of(text, "\n", m.end(), missing=len(text)), m.end() + 240)]
        parts = [p for p in _PHASE.finditer(scope) if p.group("u") == m.group("u")]
        if not k or len(parts) != k or [cn_number(p.group("no")) for p in parts] != list(range(1, k + 1)):
            continue
        total = float(m.group("t")) * _MULT[m.group("tm")]
        got = sum(float(p.group("v")) * _MULT[p.group("vm")] for p in parts)
        places = max(_decimals(m.group("t")), *(_decimals(p.group("v")) for p in parts))
        if abs(got - total) > 0.5 * 10 ** -places * _MULT[m.group("tm")] * k + 1e-9:
            shown = p_fmt(round(got / _MULT[m.group("tm")], places))
            yield Finding(m.start("t"), m.end("u"), "fact", "error", "fact.sum",
                          f"分期之和与总数不符：{k}期合计{shown}{m.group('tm')}{m.group('u')}，文中总数为{m.group('t')}{m.group('tm')}{m.group('u')}，请核对",
                          f"{shown}{m.group('tm')}{m.group('u')}")


# 共有行政村186个，已建成村级寄递物流综合服务站142个，覆盖率76.3%，尚有48个行政村未实现覆盖
_REMAIN = re.compile(r"共有?(?P<w>[\u4e00-\u9fff]{0,8}?)(?P<n>\d+)(?P<u>个|家|户|所|座|处|项|件|人|名)[，,][^。；！？\n]{0,20}?已(?P<done>[^。；！？\n\d]{0,16}?)"
                     r"(?P<a>\d+)(?P=u)(?P<mid>[^。；！？\n]{0,30}?)(?:尚有|还有|仍有|剩余)(?P<b>\d+)(?P=u)[^，,。；\n]{0,10}?(?:未|没有|尚未)")


def remaining(doc, kb):
    """A total, the part done and the part still to do, in one sentence: the rest is the total less the part done."""
    text = doc.text
    if "尚有" not in text and "还有" not in text and "仍有" not in text and "剩余" not in text:
        return
    for m in _REMAIN.finditer(text):
        if re.search(r"\d+" + re.escape(m.group("u")), m.group("mid")) or re.search(r"其中|累计|新增|今年", m.group("done")):
            continue  # another count of the same unit between them: not a two-way split
        n, a, b = int(m.group("n")), int(m.group("a")), int(m.group("b"))
        if a < n and n - a != b:
            yield Finding(m.start("b"), m.end("b") + len(m.group("u")), "fact", "error", "fact.sum",
                          f"剩余数与总数不符：共{n}{m.group('u')}，已{m.group('done')}{a}{m.group('u')}，"
                          f"尚余{n - a}{m.group('u')}，文中为{b}{m.group('u')}，请核对", f"{n - a}{m.group('u')}")


RULES = (points_bracket, daily_average, validity_end, phased_total, remaining)
