"""事实关: periods and averages a figure restates.

* A five-year plan with its years in brackets (“十五五”（2026—2030年）): 十一五 is 2006–2010, each next one
  five years on (the plans' own 纲要).
* A per-head average after its total and count in one sentence (发放补贴120万元，惠及800人，人均1500元).
* A five-year plan drafted after its period has ended (2026年：编制完成《…“十四五”规划》): the next one is meant.
* A works period in months against the months it starts and ends in (2026年3月开工、10月底完工，工期6个月).
* A meeting's programme on a day after the meeting has ended (2026年6月18日开始，会期1天 … 6月19日上午，分组讨论).
* Phases of a plan that overlap (全面实施阶段（2027年1月至2029年6月）… 总结验收阶段（2028年7月至12月）): a later
  phase starts in a month before the one before it has ended.
* 今年（2026年）是…有效衔接过渡期的最后一年: the five-year 过渡期 after 脱贫攻坚 ran 2021–2025 (中共中央、国务院《关于实现巩固
  拓展脱贫攻坚成果同乡村振兴有效衔接的意见》, 2020年12月).
* A rate's target for a later year below its target for an earlier one (到2030年…分担率达到35%以上；到2035年…达到32%以上).
* Steps of a procedure whose deadlines go back (申报程序：（一）…12月15日前…（二）…截止到2027年1月15日…（三）…于2027年
  1月10日前完成联合审核): a later step due before the one before it.
"""

from __future__ import annotations

import datetime as dt
import re

from ..document import after_last
from ..model import Finding
from .fact import YEAR_NAMED, _MULT, _day, _decimals, _doc_year, _lead, _plan_first, cn_number, months_off, named_year, p_fmt
from .stated_sums import _DASH

_PLAN_SPAN = re.compile(r"(?P<plan>十[一二三四五六七八九]五)[”\"]?(?:规划)?(?:时期|期间|期)?\s*[（(]\s*(?P<a>(?:19|20)\d\d)年?"
                        + _DASH + r"(?P<b>(?:19|20)\d\d)年?\s*[）)]")


def plan_periods(doc, kb):
    text = doc.text
    if "五" not in text:
        return
    for m in _PLAN_SPAN.finditer(text):
        first = _plan_first(m.group("plan"))
        a, b = int(m.group("a")), int(m.group("b"))
        if (a, b) != (first, first + 4):
            yield Finding(m.start("a"), m.end("b") + (1 if text[m.end("b"):m.end("b") + 1] == "年" else 0), "fact", "error",
                          "fact.plan_year", f"五年规划年份不符：“{m.group('plan')}”规划期为{first}—{first + 4}年，"
                          f"文中写作{a}—{b}年", f"{first}—{first + 4}" + m.group(0)[m.end("b") - m.start():].rstrip("）) ")[:1])


_PLAN_DRAFTED = re.compile(r"(?:编制|制定|起草|出台|印发|研究制定|启动编制|修编)(?:完成|出)?[^，。；\n]{0,24}?[“\"]?(?P<plan>十[一二三四五六七八九]五)[”\"]?"
                           r"[\u4e00-\u9fff]{0,6}?规划(?!实施|执行|评估|总结|中期|完成情况|目标任务|确定)")


def plan_outdated(doc, kb):
    text = doc.text
    if "规划" not in text:
        return
    year = None
    for m in _PLAN_DRAFTED.finditer(text):
        year = year or _doc_year(text)
        last = _plan_first(m.group("plan")) + 4
        if year is None or year <= last:
            continue
        nxt = "十" + "一二三四五六七八九十"["一二三四五六七八九".index(m.group("plan")[1]) + 1] + "五"
        yield Finding(m.start("plan"), m.end("plan"), "policy", "warning", "policy.outdated_plan",
                      f"“{m.group('plan')}”规划期到{last}年已结束，{year}年编制的应是“{nxt}”规划，请核对", nxt)


_AMOUNT = r"(?P<{0}>\d+(?:\.\d+)?)\s*(?P<{0}m>[万亿]?)元"
_HEADS = {"人": "人", "名": "人", "户": "户", "家": "家", "个": "个", "所": "所", "村": "村"}
# 发放补贴资金120万元，惠及困难群众800人，人均1500元 / 共…N户…户均…元
_PER_HEAD = re.compile(_lead(_AMOUNT.format("t")) + r"[，,]?(?P<mid>[^。；！？\n\d]{0,16}?)(?P<n>\d+(?:\.\d+)?)\s*(?P<nm>万?)"
                       r"(?P<u>人|名|户|家|个村|个|所)(?!次)[^。；！？\n\d]{0,10}?(?P<per>人均|户均|家均|村均|平均每(?:人|户|家|村|个|所))[\u4e00-\u9fff]{0,4}?"
                       r"(?P<q>约|近|超过|超|达|达到|为)?\s*" + _AMOUNT.format("y") + r"(?![\d.])")
_PER_UNIT = {"人均": "人", "户均": "户", "家均": "家", "村均": "村"}


def average_off(m, t: str, n: float, unit: str, rel: float, total_rounding: bool = False) -> str | None:
    """The average of the total in groups ``t``/``tm`` over ``n``, shown in the unit of groups ``y``/``ym``
    (万元), when it is not the ``y`` written: beyond the last digit of ``y``, ``rel`` of it and, with
    ``total_rounding``, the total's own rounding spread over ``n``. None when they agree or there is nothing to divide."""
    y = float(m.group("y")) * _MULT[m.group("ym")]
    if n == 0 or y == 0:
        return None
    got = float(m.group(t)) * _MULT[m.group(t + "m")] / n
    tol = max(0.5 * 10 ** (-_decimals(m.group("y"))) * _MULT[m.group("ym")], y * rel)
    if total_rounding:
        tol = max(tol, 0.5 * 10 ** (-_decimals(m.group(t))) * _MULT[m.group(t + "m")] / n)
    if abs(got - y) <= tol:
        return None
    return p_fmt(round(got / _MULT[m.group("ym")], 2)) + m.group("ym") + unit


def per_head(doc, kb):
    text = doc.text
    if "均" not in text:
        return
    pos = 0
    while (i := text.find("均", pos)) >= 0:
        pos = i + 1
        m = _PER_HEAD.search(text, max(0, i - 72), i + 24)
        if m is None or not m.start("per") <= i < m.end("per"):
            continue
        unit = m.group("u")[-1]
        per = m.group("per")
        if _PER_UNIT.get(per, per[-1:]) != _HEADS.get(unit, unit):
            continue
        if re.search(r"其中|分别|以上|以下|超过|不足|累计|另|和|以及|、|(?<![惠涉普波危])及", m.group("mid")):
            continue  # the count is a part of the total, or one of several
        n = float(m.group("n")) * _MULT[m.group("nm")]
        shown = average_off(m, "t", n, "元", 0.1 if m.group("q") in ("约", "近", "超过", "超") else 0.02, total_rounding=True)
        if shown:
            yield Finding(m.start("y"), m.end(0), "fact", "warning", "fact.average",
                          f"平均数与总数、人数不符：{m.group('t')}{m.group('tm')}元÷{m.group('n')}{m.group('nm')}{m.group('u')}"
                          f"≈{shown}，文中为{m.group('y')}{m.group('ym')}元，请核对", None)


_SESSION = re.compile(r"(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日[^。；\n]{0,30}?会期(?P<n>\d{1,2}|[一二三四五六七八九十半]{1,2})天")
_SLOT = re.compile(r"(?<![\d年])(?P<m>\d{1,2})月(?P<d>\d{1,2})日(?:[（(]星期.[）)])?(?:上午|下午|晚上|全天)")
_DAYS = {"半": 1, "一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def session_days(doc, kb):
    text = doc.text
    if "会期" not in text:
        return
    m = _SESSION.search(text)
    if m is None:
        return
    n = int(m.group("n")) if m.group("n").isdigit() else _DAYS.get(m.group("n"))
    try:
        start = dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return  # an impossible date is fact.date_invalid's
    if not n:
        return
    end = start + dt.timedelta(days=n - 1)
    for s in _SLOT.finditer(text, m.end()):
        if "前" in text[s.end() : s.end() + 12]:
            continue  # 6月20日上午下班前报送: a deadline after the meeting, not its programme
        try:
            day = dt.date(start.year, int(s.group("m")), int(s.group("d")))
        except ValueError:
            continue
        if end < day <= end + dt.timedelta(days=10):
            yield Finding(s.start(), s.end("d") + 1, "fact", "warning", "fact.period",
                          f"日期与会期不符：会议{start.month}月{start.day}日开始、会期{m.group('n')}天，"
                          f"应于{end.month}月{end.day}日结束，此处为{day.month}月{day.day}日，请核对", None)


# 项目原定于2026年3月开工、10月底完工，工期6个月: March to the end of October is eight months (seven counted
# from the start of the work to its end, when it starts late in March)
_WORKS = re.compile(r"(?:(?P<y1>(?:19|20)\d\d)年)?(?P<m1>\d{1,2})月(?:上旬|中旬|下旬|初|底|中)?(?:开工|动工|启动)[，,、]\s*"
                    r"(?:(?P<y2>(?:19|20)\d\d)年)?(?P<m2>\d{1,2})月(?:上旬|中旬|下旬|初|底|末|中)?(?:前)?(?:完工|竣工|建成|完成)[，,]\s*"
                    r"(?:总|建设|施工)?工期(?:为|约)?(?P<n>\d{1,2}|[一二三四五六七八九十]{1,3})个月")


def works_months(doc, kb):
    text = doc.text
    if "工期" not in text:
        return
    for m in _WORKS.finditer(text):
        n = cn_number(m.group("n"))
        y1 = int(m.group("y1") or 2000)
        y2 = int(m.group("y2") or y1)
        m1, m2 = int(m.group("m1")), int(m.group("m2"))
        if not (1 <= m1 <= 12 and 1 <= m2 <= 12):
            continue
        if not m.group("y2") and m2 < m1:
            y2 += 1  # 11月开工、次年3月完工
        whole = months_off(n, y1, m1, y2, m2)
        if whole:
            yield Finding(m.start("n"), m.end(), "fact", "error", "fact.period",
                          f"工期与起止月份不符：{m1}月开工、{m2}月完工，前后共{whole}个月，不是“{m.group('n')}个月”", f"{whole}个月")


# 协议有效期三年，自2027年1月1日起至2030年12月31日止: a term in years (or months) before the two dates that bound it
_TERM_WORDS = ("有效期", "期限", "服务期", "聘期", "任期", "租期", "合作期", "试行期")
_TERM = re.compile(r"(?:" + "|".join(_TERM_WORDS) + r")(?:为|是)?(?P<n>\d{1,2}|[一二两三四五六七八九十]{1,3})(?P<u>年|个月)[，,]?\s*(?:自|从)?"
                   r"(?P<y1>(?:19|20)\d\d)年(?P<m1>\d{1,2})月(?P<d1>\d{1,2})日(?:起)?" + _DASH
                   + r"(?P<y2>(?:19|20)\d\d)年(?P<m2>\d{1,2})月(?P<d2>\d{1,2})日")


def term_dates(doc, kb):
    text = doc.text
    if not any(w in text for w in _TERM_WORDS):
        return
    for m in _TERM.finditer(text):
        n = cn_number(m.group("n"))
        try:
            a = dt.date(int(m.group("y1")), int(m.group("m1")), int(m.group("d1")))
            b = dt.date(int(m.group("y2")), int(m.group("m2")), int(m.group("d2"))) + dt.timedelta(days=1)
        except ValueError:
            continue  # an impossible date: fact.date_invalid
        months = (b.year - a.year) * 12 + b.month - a.month + (b.day - a.day) / 31
        want = n * 12 if m.group("u") == "年" else n
        if not n or abs(months - want) < 0.5:
            continue
        got = round(months)
        said = f"{got // 12}年" if m.group("u") == "年" and got % 12 == 0 else f"{got}个月"
        yield Finding(m.start("n"), m.end("u"), "fact", "error", "fact.period",
                      f"期限与起止日期不符：{a.year}年{a.month}月{a.day}日至{m.group('y2')}年{m.group('m2')}月{m.group('d2')}日"
                      f"共{said}，不是“{m.group('n')}{m.group('u')}”", said)


# 动员部署阶段（2026年12月）, 全面实施阶段（2027年1月至2029年6月）, 总结验收阶段（2028年7月—12月）
_PHASE = re.compile(r"阶段\s*[（(](?P<y1>(?:19|20)\d\d)年(?P<m1>\d{1,2})(?:月(?:\d{1,2}日)?)?[上中下]?旬?"
                    r"(?:(?:至|" + _DASH + r")(?:(?P<y2>(?:19|20)\d\d)年)?(?P<m2>\d{1,2})月(?:\d{1,2}日)?(?:[上中下]旬|底|末)?)?\s*[）)]")


def phases(doc, kb):
    text = doc.text
    if "阶段" not in text:
        return
    prev = None
    for m in _PHASE.finditer(text):
        y1, m1 = int(m.group("y1")), int(m.group("m1"))
        y2 = int(m.group("y2")) if m.group("y2") else y1
        m2 = int(m.group("m2")) if m.group("m2") else m1
        if not (1 <= m1 <= 12 and 1 <= m2 <= 12) or (y2, m2) < (y1, m1):
            prev = None
            continue
        if prev is not None and (y1, m1) < prev[0]:
            p = prev[1]
            g = "m2" if p.group("m2") else "m1"
            at = p.start("y2") if p.group("y2") else p.start("m2") if g == "m2" else p.start("y1")
            yield Finding(at, p.end(g) + 1, "fact", "warning", "fact.period",
                          f"阶段时间交叉：前一阶段到{prev[0][0]}年{prev[0][1]}月，后一阶段自{y1}年{m1}月开始，请核对", None)
        prev = ((y2, m2), m)


_YEAR_NAMED = re.compile(YEAR_NAMED)
_TRANSITION = re.compile(r"有效衔接(?:5年|五年)?过渡期的?(?P<at>最后一年|收官之年|开局之年|第(?P<n>[一二三四五1-5])年)")


def transition_year(doc, kb):
    text = doc.text
    if "过渡期" not in text:
        return
    for m in _TRANSITION.finditer(text):
        named = list(_YEAR_NAMED.finditer(text, after_last(text, "。！？；\n", m.start()), m.start()))
        if not named:
            continue  # (…过渡期的最后一年 with no year named in the sentence: a year the text does not state)
        year = named_year(text, named[-1])
        at = m.group("at")
        want = 2025 if at in ("最后一年", "收官之年") else 2021 if at == "开局之年" else 2020 + cn_number(m.group("n"))
        if year is not None and year != want:
            yield Finding(m.start("at"), m.end("at"), "fact", "warning", "fact.period",
                          f"年份不符：巩固拓展脱贫攻坚成果同乡村振兴有效衔接过渡期为2021—2025年，{want}年是其“{at}”，此处所说的是{year}年", None)


_STEPS_HEAD = re.compile(r"[ \t\u3000]*[一二三四五六七八九十]{1,2}、[^\n]{0,12}?(?:程序|步骤|流程|时间安排|进度安排|工作安排|阶段安排|方法步骤)")
_TOP = re.compile(r"[ \t\u3000]*[一二三四五六七八九十]{1,2}、")
_STEP = re.compile(r"[ \t\u3000]*(?:[（(][一二三四五六七八九十]{1,2}[）)]|\d{1,2}[.．](?!\d))")
_DUE = re.compile(r"(?P<by>截止到?|截至)?(?P<date>(?:(?P<y>(?:19|20)\d\d)年)?(?P<m>\d{1,2})月(?P<d>\d{1,2})日)(?:[（(]星期.[）)])?"
                  r"(?P<end>前|之前|以前|止)?")


def step_dates(doc, kb):
    """In a section of steps (申报程序, 实施步骤…), each step's first deadline is not before the previous step's."""
    text = doc.text
    if "月" not in text:
        return
    lines = doc.nonblank
    year = _doc_year(text)
    for i, ln in enumerate(lines):
        if not _STEPS_HEAD.match(ln.text):
            continue
        prev = None
        y = year
        for step in lines[i + 1 :]:
            if _TOP.match(step.text):
                break
            if not _STEP.match(step.text):
                continue
            m = None
            held = None  # the step's own time written before its deadline (在2027年4月10日至5月16日期间…，并于3月1日前备案)
            for d in _DUE.finditer(step.text):
                if d.group("y"):
                    y = int(d.group("y"))  # （2026年12月1日至12月15日）…于12月15日前: the year last written in the step
                if d.group("by") or d.group("end"):
                    m = d
                    break
                if held is None and y is not None:
                    held = _day(y, int(d.group("m")), int(d.group("d")))
            if m is None:
                continue
            if y is None:
                break
            try:
                due = dt.date(y, int(m.group("m")), int(m.group("d")))
            except ValueError:
                break
            if prev is not None and due < prev and not (held is not None and held >= prev):
                yield Finding(step.start + m.start("date"), step.start + m.end("date"), "fact", "warning", "fact.date_order",
                              f"步骤时间顺序不符：此步骤的时限（{due.year}年{due.month}月{due.day}日）早于上一步骤的时限"
                              f"（{prev.year}年{prev.month}月{prev.day}日），请核对", None)
            prev = due


_BY_YEAR = re.compile(r"到(?P<y>20\d\d)年")
_RATE_TARGET = re.compile(r"(?P<label>[\u4e00-\u9fff]{2,16}?(?:率|比重|占比|比例))(?:要|将|稳定|力争)?(?:达到|提高到|提升到|提高至|提升至|达)\s*"
                          r"(?P<x>\d+(?:\.\d+)?)\s*[%％](?P<up>以上)?")


def target_years(doc, kb):
    """A rate's 以上 target for a later year below its target for an earlier year, in one paragraph."""
    text = doc.text
    if "到20" not in text:
        return
    for ln in doc.nonblank:
        t = ln.text
        years = list(_BY_YEAR.finditer(t))
        if len(years) < 2:
            continue
        seen: list = []  # (year, label, match)
        for m in _RATE_TARGET.finditer(t):
            y = next((int(b.group("y")) for b in reversed(years) if b.start() < m.start()), None)
            if y is None or not m.group("up"):
                continue
            label = m.group("label")
            for y0, l0, m0 in seen:
                short, long_ = sorted((l0, label), key=len)
                if y0 < y and len(short) >= 4 and long_.endswith(short[-4:]) and float(m.group("x")) < float(m0.group("x")):
                    yield Finding(ln.start + m0.start("x"), ln.start + m.end("x") + 1, "fact", "warning", "fact.target",
                                  f"目标前后矛盾：{y0}年目标为{m0.group('x')}%以上，{y}年目标反而为{m.group('x')}%以上，请核对", None)
            seen.append((y, label, m))


RULES = (works_months, plan_periods, plan_outdated, per_head, session_days, term_dates, phases, transition_year, step_dates,
         target_years)
