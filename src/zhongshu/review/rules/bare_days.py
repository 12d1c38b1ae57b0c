"""事实关: the weekday of a day written without its month (7月26日16时发布重要天气报告，27日（星期日）17时30分…):
the month is that of the date before it in the same sentence, when the day comes after it in that month; and a day named
by its place in the month (6月第二个星期六，即6月13日) against the date written with it."""

from __future__ import annotations

import calendar
import datetime
import re

from ..document import after_last
from ..model import Finding
from .fact import _WD, _WD_NAME, _day, _doc_year, _excused_weekday

# a day without month before its weekday; not the end of a range (12月7日至12日（星期六）: rules of periods)
_BARE = re.compile(r"(?<![\d月年至到—－\-～~])(?P<d>[1-9]|[12]\d|3[01])[日号][（(](?P<wd>(?:星期|周)(?P<w>[一二三四五六日天]))[）)]")
_FULL = re.compile(r"(?:(?P<y>(?:19|20)\d\d)年)?(?P<m>1[0-2]|[1-9])月(?P<d>[1-9]|[12]\d|3[01])[日号]")
_BACK = 80  # characters looked back for the dated day
_WEEKDAY_AFTER = re.compile(r"[（(](?:星期|周)(?P<w>[一二三四五六日天])[）)]")
_YEAR_DATE = re.compile(r"((?:19|20)\d\d)年\d{1,2}月")


def _carried_year(text: str, end: int) -> int | None:
    """The year of the last date written with its year before ``end`` (2027年1月16日…2月27日), else the document's."""
    last = None
    for last in _YEAR_DATE.finditer(text, 0, end):
        pass
    return int(last.group(1)) if last is not None else _doc_year(text)


def bare_days(doc, kb):
    text = doc.text
    if "星期" not in text and "周" not in text:
        return
    for m in _BARE.finditer(text):
        lo = max(after_last(text, "。；！？\n", m.start()), m.start() - _BACK)
        prior = None
        for p in _FULL.finditer(text, lo, m.start()):
            prior = p
        if prior is None or re.search(r"\d[日号]", text[prior.end() : m.start()]):
            continue  # no dated day before it in the sentence, or another bare day between (the chain is not followed)
        mo, d0, d = int(prior.group("m")), int(prior.group("d")), int(m.group("d"))
        if d <= d0:
            continue  # 26日 … 3日: the next month, or a slip of another kind
        year = int(prior.group("y")) if prior.group("y") else _carried_year(text, prior.start())
        day, dated = (_day(year, mo, d), _day(year, mo, d0)) if year is not None else (None, None)
        if day is None or dated is None:
            continue
        own = _WEEKDAY_AFTER.match(text, prior.end())
        if own and dated.weekday() != _WD[own.group("w")]:
            continue  # the dated day's own weekday is of another year: which one is not known
        want = _WD[m.group("w")]
        actual = day.weekday()
        if actual == want or not prior.group("y") and _excused_weekday(doc, year, mo, d, want, None):
            continue
        yield Finding(m.start("wd"), m.end("wd"), "fact", "error", "fact.weekday",
                      f"星期与日期不符：{year}年{mo}月{d}日是星期{_WD_NAME[actual]}（“{d}日”承前为{mo}月）",
                      m.group("wd")[:-1] + _WD_NAME[actual])


# 文化和自然遗产日（6月第二个星期六，即6月13日）: the n-th weekday of a month, then its date
_NTH = re.compile(r"(?:(?P<y>(?:19|20)\d\d)年)?(?P<m>1[0-2]|[1-9])月(?:的)?(?:第(?P<n>[一二三四1-4])个|最后一个)(?:星期|周)(?P<w>[一二三四五六日天])"
                  r"[，,）)]?\s*(?:即|为|是|今年为|今年是|(?P<yy>(?:19|20)\d\d)年为)?\s*(?:(?:19|20)\d\d年)?(?P<m2>1[0-2]|[1-9])月(?P<d>[1-9]|[12]\d|3[01])日")


def nth_weekday(doc, kb):
    text = doc.text
    if "个星期" not in text and "个周" not in text:
        return
    for m in _NTH.finditer(text):
        if m.group("m") != m.group("m2"):
            continue
        year = int(m.group("y") or m.group("yy")) if m.group("y") or m.group("yy") else _carried_year(text, m.start())
        if year is None:
            continue
        mo, w = int(m.group("m")), "一二三四五六日".index(m.group("w").replace("天", "日"))
        days = [d for d in range(1, calendar.monthrange(year, mo)[1] + 1) if datetime.date(year, mo, d).weekday() == w]
        want = days[-1] if m.group("n") is None else days["一二三四1234".index(m.group("n")) % 4]
        which = f"第{m.group('n')}个" if m.group("n") else "最后一个"
        if int(m.group("d")) != want:
            yield Finding(m.start("m2"), m.end("d") + 1, "fact", "error", "fact.weekday",
                          f"日期与“第几个星期几”不符：{year}年{mo}月{which}星期{m.group('w')}是{mo}月{want}日，请核对",
                          f"{mo}月{want}日")


RULES = (bare_days, nth_weekday)
