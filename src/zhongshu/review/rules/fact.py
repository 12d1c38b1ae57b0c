"""事实关: dates, weekdays, totals, percentages, well-known events."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache

from ..dictionary import load_builtin
from ..document import after_last, first_of
from ..model import Finding

_CN_DIGIT = {"〇": 0, "○": 0, "零": 0, "Ｏ": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}
_CN = "〇○零Ｏ一二三四五六七八九十百"


def cn_number(s: str) -> int | None:
    """Parse 二〇二六 / 十二 / 二十三 / 一百 / 75; None when not a number."""
    if s.isdigit():
        return int(s)
    if all(c in _CN_DIGIT for c in s):  # digit by digit, as in years
        return int("".join(str(_CN_DIGIT[c]) for c in s))
    total, cur = 0, 0
    for c in s:
        if c in _CN_DIGIT:
            cur = _CN_DIGIT[c]
        elif c == "十":
            total += (cur or 1) * 10
            cur = 0
        elif c == "百":
            total += (cur or 1) * 100
            cur = 0
        else:
            return None
    return total + cur


_NUM = r"(?:\d{1,4}|[" + _CN + r"]{1,4})"
_DATE = re.compile(
    r"(?:(?P<y>\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*)?(?P<m>\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*"
    r"(?:(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号])?"
)
_HAS_MONTH = re.compile(r"[\d一二三四五六七八九十]\s*月")
_WEEKDAY = re.compile(r"\s*[（(，,]?\s*(?:星期|礼拜|周)(?P<w>[一二三四五六日天])\s*[）)]?")
_WD = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_WD_NAME = "一二三四五六日"


# What _DATE can read before its 月: digits, 〇…十, 年 and white space (\d is str.isdecimal, \s str.isspace).
_DATE_HEAD = frozenset("〇○零一二三四五六七八九十年")


def _date_matches(text: str, lo: int):
    """``_DATE.finditer(text, lo)``, trying _DATE only just before each 月.

    A match takes the first 月 after its start, and everything between the two
    is a _DATE_HEAD character, a digit or white space; so a match can only start
    in the run of such characters that ends at a 月.
    """
    head = _DATE_HEAD
    match = _DATE.match
    end = lo
    q = text.find("月", lo)
    while q >= 0:
        b = q
        while b > end and ((c := text[b - 1]) in head or c.isdecimal() or c.isspace()):
            b -= 1
        for s in range(max(b, end), q):
            m = match(text, s)
            if m:
                yield m
                end = m.end()
                break
        q = text.find("月", max(q + 1, end))


_LAW_EVENT = re.compile(r"(?:起)?(?:施行|实施|生效)|[^，。；\n]{0,30}?(?:会议)?(?:通过|修正|修订|颁布|公布)")


def _dates(text):
    """Yield (match, year or None, month, day or None) with the year carried forward."""
    year = None
    for first in _HAS_MONTH.finditer(text):
        break
    else:
        return
    for m in _date_matches(text, max(0, first.start() - 12)):
        y = cn_number(m.group("y")) if m.group("y") else None
        mo = cn_number(m.group("m"))
        d = cn_number(m.group("d")) if m.group("d") else None
        if y is not None:
            year = y
        # skip month counts such as "3个月", handled by the regex; skip "12月份"
        yield m, y, year, mo, d


def dates(doc, kb):
    text = doc.text
    span = None  # the last period written with two full dates (2025年12月1日至2026年3月31日)
    prev = None  # (end, date) of the last full date
    last_month = None  # the month of the last date written with its year
    prev_md = None  # (end, (month, day)) of the last date written without its year
    law_year = False  # the year carried comes from the day a law was passed or took effect (自2025年5月1日起施行)
    for m, y, year, mo, d in _dates(text):
        if mo is None:
            continue
        if y is not None:
            law_year = _LAW_EVENT.match(text, m.end()) is not None
        if y is not None and 1 <= mo <= 12:
            last_month = mo
        if y is not None and d is not None and 1 <= mo <= 12:
            full = _day(y, mo, d)
            if full and prev and text[prev[0] : m.start()].strip() in _SPAN_SEP:
                if prev[1] < full:
                    span = (prev[1], full)
                elif prev[1] > full and text[prev[0] : m.start()].strip():
                    # 防火期为2026年10月1日至2026年4月30日: the end before the start
                    yield Finding(m.start(), m.end(), "fact", "error", "fact.period",
                                  f"起止日期颠倒：结束日期（{y}年{mo}月{d}日）早于开始日期"
                                  f"（{prev[1].year}年{prev[1].month}月{prev[1].day}日）", None)
            prev = (m.end(), full) if full else None
        elif y is None and d is not None and 1 <= mo <= 12:
            # （12月26日至12月20日）: a range of days without a year, the end before the start (not across a new year)
            if (prev_md and text[prev_md[0] : m.start()].strip() in ("至", "到") and (mo, d) < prev_md[1]
                    and prev_md[1][0] - mo < 6):
                yield Finding(m.start(), m.end(), "fact", "error", "fact.period",
                              f"起止日期颠倒：结束日期（{mo}月{d}日）早于开始日期（{prev_md[1][0]}月{prev_md[1][1]}日）", None)
        ranged = (bool(prev_md) and m.start() - prev_md[0] <= 10  # the end of a range (…日（星期一）至12月31日)
                  and _WEEKDAY.sub("", text[prev_md[0] : m.start()]).strip() in ("至", "到", "—", "－", "-", "～"))
        prev_md = (m.end(), (mo, d)) if d is not None else None  # (2027年3月18日至3月12日: the start may have its year)
        if not 1 <= mo <= 12:
            if re.fullmatch(r"[一二三四五六七八九]{2}", m.group("m")):
                continue  # 1996年六七月间: two neighbouring months, an approximation
            if y is not None or d is not None:
                yield Finding(m.start("m"), m.end("m") + 1, "fact", "error", "fact.date_invalid",
                              f"日期不存在：没有“{mo}月”", None)
            continue
        if d is None:
            continue
        leap_ok = year if year is not None else 2024
        last = calendar.monthrange(leap_ok, mo)[1]
        if not 1 <= d <= last:
            yield Finding(m.start(), m.end(), "fact", "error", "fact.date_invalid",
                          f"日期不存在：{mo}月没有{d}日" + (f"（{year}年{mo}月只有{last}天）" if year else ""), None)
            continue
        w = _WEEKDAY.match(text, m.end())
        if w and year is None:
            # 5月20日（星期三） before any full date: the year of the document's 成文日期/header.
            # A date that fits the following year (a December notice about January) is left alone.
            doc_year = _doc_year(text)
            if doc_year is None and len(ty := _heading_years(doc)) == 1:
                doc_year = ty[0]  # 青岚市图书馆2025年全民阅读推广活动实施方案 with no date line: the year of the plan
            if doc_year is None or not 1900 <= doc_year < 2100:
                continue
            if mo <= 3 and re.search(rf"{doc_year}年(?:1[012])月", text):
                continue  # a year-end document about January–March: the year is not known
            if _day(doc_year, mo, d) is None:
                continue
            year = doc_year
        elif w and y is None and span and span[0].year != span[1].year:
            # 12月1日（星期二） after 2025年12月1日至2026年3月31日: the year that puts it inside the period
            inside = [k for k in (span[0].year, span[1].year) if (day := _day(k, mo, d)) and span[0] <= day <= span[1]]
            if len(inside) == 1:
                year = inside[0]
        coming = False
        if w and y is None and year is not None and not ranged and (signed := _signed_date(text)) is not None:
            far, near = _day(year, mo, d), _day(signed.year, mo, d)
            if far and near and ((far - signed).days > 300 or law_year and (signed - far).days > 300) and -7 <= (near - signed).days <= 300:
                year = signed.year  # 12月31日（星期五） after 2027年元旦 in a notice signed 2026年11月25日: the coming 12月31日
                coming = True  # (not excused by the weekday of the year named: 2027年12月31日 is a Friday; nor the year of a
                # law's date: …2025年5月1日起施行…，培训班定于12月11日（星期四） in a notice signed 2026年11月25日)
        if w and year is not None and 1900 <= year <= 2100:
            day = _day(year, mo, d)
            if day is None:
                continue
            actual, want = day.weekday(), _WD[w.group("w")]
            if actual == want:
                continue
            if not coming and y is None and _excused_weekday(doc, year, mo, d, want, last_month):
                continue
            yield Finding(w.start("w") - (2 if text[w.start("w") - 2 : w.start("w")] in ("星期", "礼拜") else 1),
                          w.end("w"), "fact", "error", "fact.weekday",
                          f"星期与日期不符：{year}年{mo}月{d}日是星期{_WD_NAME[actual]}",
                          f"星期{_WD_NAME[actual]}")


_TITLE_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)年")


def _excused_weekday(doc, year: int, mo: int, d: int, want: int, last_month: int | None) -> bool:
    """A yearless date whose weekday is wrong for ``year`` but right for another year the document may mean."""
    text = doc.text
    signed = _signed_date(text)

    def fits(y):  # (not a year after the signing: 2027年12月31日 is a Friday, but the 12月31日 before 2027年元旦 is not)
        alt = _day(y, mo, d)
        return alt is not None and alt.weekday() == want and (signed is None or (alt - signed).days <= 300)

    if (doc_year := _doc_year(text)) and doc_year != year and fits(doc_year):
        return True  # 项目自2024年3月开工……11月7日（星期五）in a 2025 document: the weekday of the document's year will do
    if _summary_year(text) is None and any(fits(ty) for ty in _title_years(doc)):
        return True  # 7月1日（星期四） in 《2027年…工作要点》 sent out in 2026: the year the title names
    # 2026年11月26日 … 寒假自1月23日（星期六）: after a date late in a year, January–March may be the next year's
    return bool(last_month and last_month >= 10 and mo <= 3 and (nxt := _day(year + 1, mo, d)) and nxt.weekday() == want)


def _heading_years(doc) -> tuple[int, ...]:
    """The years of the title, or of a first line that reads as one (a plan's name without 关于)."""
    if doc.title is not None:
        return _title_years(doc)
    first = doc.nonblank[0].stripped if doc.nonblank else ""
    if len(first) > 40 or any(c in first for c in "，。；：,;:"):
        return ()
    return tuple({int(m.group(1)) for m in _TITLE_YEAR.finditer(first)})


def _title_years(doc) -> tuple[int, ...]:
    """The years the document's title names (关于印发《2027年…工作要点》的通知)."""
    title = doc.title
    return tuple({int(m.group(1)) for m in _TITLE_YEAR.finditer(title.text)}) if title is not None else ()


_SPAN_SEP = ("至", "到", "—", "－", "-", "～", "~", "—至")


def _day(year: int, mo: int, d: int) -> dt.date | None:
    """The date, or None when there is no such day."""
    try:
        return dt.date(year, mo, d)
    except ValueError:
        return None


# -- totals ------------------------------------------------------------------
# A number that does not continue another: (?<![\d.])\d+ with the look-behind moved after the first digit. The
# matches are the same, but a pattern that starts with a digit lets re skip ahead to the next digit in C instead
# of trying the look-behind at every position (about 2× faster over a document).
_AT_NUM = r"\d(?<![\d.]\d)(?<!\d[ \u2009\u2005]\d)\d*"  # (not the tail of a number grouped with spaces: 2 160份)


def _lead(p: str) -> str:
    r"""``p``, a pattern that starts with a number (``(?P<a>\d+``), as one that does not continue another number."""
    return p.replace(r"\d+", _AT_NUM, 1)


_UNITS = "亿千瓦时|万千瓦时|千瓦时|万千瓦|千瓦|万人次|万剂次|万名|万个|万家|万所|万台|万辆|万套|万张|万条|剂次|亿美元|万美元|美元|万件|万次|万份|人次|人|名|个|家|通(?![过知报道信讯用行报])|项|件|所|户|次|台|辆|篇|条|座|栋|幢|处|场|批|期|套|张|份|册|卷|宗|起|例|万人|万元|亿元|元|吨|万吨|亩|万亩|万户|公里|公顷|亿平方米|万平方米|平方米|平方公里|亿立方米|万立方米|立方米|PB|P(?![A-Za-z])"
_TOTAL = re.compile(r"(?:共有|共计|总计|合计|总共|总数为|总数|共|全[市县区省局]共?有?|发现|查出|排查出|新增)(?P<what>[^\d，,。；、\n]{0,8}?)\s*(?P<n>\d+(?:\.\d+)?)\s*(?P<u>" + _UNITS + ")")
_PART = re.compile(r"(?P<label>[^\d，,、；。（）()]{0,12}?)(?P<n>\d+(?:\.\d+)?)\s*(?P<u>" + _UNITS + ")")
_SENT_END = re.compile(r"[。；！？\n]")
_OVERLAP = re.compile(r"党员|女性|女干部|少数民族|(?<!规模)(?<!限额)以上|以下|以内|高级|正高|副高|博士|硕士|研究生|新增|新建|重点|"
                      r"省级|国家级|市级|县级|含|超过|不足|达到|同比|增加|减少|增长|下降|分别|已|累计|占|平均|其余|另有")


# 计划完成投资86.5亿元，其中… / 处理58人，其中…: a figure with no 共/合计 before it heads a breakdown too; only parts
# that exceed it are reported (parts below it may leave some out)
_BARE_TOTAL = re.compile(r"(?P<n>" + _AT_NUM + r"(?:\.\d+)?)\s*(?P<u>" + _UNITS + r")(?=[，,]\s*其中)")


def _total_heads(text):
    """(match, bare) of each total: those after 共/合计…, then the bare ones that are not one of them."""
    marked = list(_TOTAL.finditer(text))
    ends = {m.end() for m in marked}
    yield from ((m, False) for m in marked)
    if "其中" in text:
        yield from ((m, True) for m in _BARE_TOTAL.finditer(text) if m.end() not in ends)


_CHANGE_WORDS = re.compile(r"比|较|同比|增加|减少|增长|下降|提高|降低|净增|新增")
_AVERAGE = re.compile(r"平均|每个|每天|每周|每月|日均|周均|月均|年均|场均|次均")
# 每所学校2名，其中…各4名: a figure for each, no whole (the clause's 每 and its measure word just before the figure)
_EACH = re.compile(r"每(?:所|个|家|户|人|名|位|村|校|班|组|批|期|场|车|队|单位)[\u4e00-\u9fff]{0,4}?$")
_PER_HEAD = ("每人", "每户", "每家", "每村", "人均", "户均", "每批", "每期", "每组", "每班", "每场", "每团", "每队", "每车")
_BARE_NOT_AFTER = re.compile(r"(?:超过|以上|不足|达到|达|约|均|每[人户家个村]?|近|逾|不少于|不低于|\d[,，])\s*$")


_FUND_LABELS = ("资金", "投资", "补助", "拨款", "自筹")


def _bare_head_ok(text, m) -> bool:
    """A bare figure heads a breakdown when it is no threshold (超过10万元，其中…) and no item of a list
    (灭火机24台、细水雾灭火机6台，其中…: the whole is both)."""
    if _BARE_NOT_AFTER.search(text, max(0, m.start() - 3), m.start()):
        return False
    start = after_last(text, "，,。；;：:\n", m.start())
    if _CHANGE_WORDS.search(text, start, m.start()):
        return False  # 比上年增加了20家，其中…: a change, not a whole
    return "、" not in text[start : m.start()] and text[start - 1 : start] not in ("、",) and not (
        start and text[start - 1] in "，," and "、" in text[after_last(text, "。；;：:\n", start - 1) : start])


_DIVIDED = re.compile(r"[，,](?:(?:共)?(?:分为|分成|划分为)(?![\d一二三四五六七八九十两几]+(?:类|个方面|种|档|级|批|组|期|段|步))"
                      r"|由)")  # 团组共8人，由省政府1人、…和企业代表4人组成 (由 when the sentence ends in 组成)


def totals(doc, kb):
    text = doc.text
    for m, bare in _total_heads(text):
        if (text[max(0, m.start("n") - 2) : m.start("n")] in _PER_HEAD or _AVERAGE.search(text, after_last(text, "，,。；\n", m.start("n")), m.start("n"))
                or _EACH.search(text, max(0, m.start("n") - 8), m.start("n"))):
            continue  # 老党员每人800元，其中年满90周岁的每人1000元: a rate per head, not a whole (平均每个周六接待648人次，其中…)
        end_m = _SENT_END.search(text, m.end())
        stop = end_m.start() if end_m else len(text)
        seg = text[m.end() : stop]
        k, kw, divided = seg.find("其中"), 2, False
        if k < 0 or k > 24:
            d = _DIVIDED.search(seg, 0, 26)
            if d is None or bare or d.group(0).endswith("由") and "组成" not in seg[d.end() :]:
                continue
            k, kw, divided = d.start(), len(d.group(0)), True  # 共划分网格86个，分为城镇网格12个、…: the whole divided
        seg_start = m.end() + k + kw
        pre = seg[:k]
        if not divided and any(p.group("u") == m.group("u") for p in _PART.finditer(pre)):
            continue  # 新增持证读者4.3万人，持证读者总数达到21.6万人，其中…: the parts are of the nearer whole
        if pre.count("（") + pre.count("(") > pre.count("）") + pre.count(")"):
            # 23座大中型水库（其中大型水库4座、中型水库19座）、186座小型水库: the breakdown ends with its bracket
            close = first_of(text, "）)", seg_start, stop)
            stop = close if close >= 0 else stop
        # parenthesised sub-breakdowns are not parts of this total
        part_text = re.sub(r"[（(][^）)]*[）)]", lambda x: " " * len(x.group(0)), text[seg_start:stop])
        clause = re.split(r"[，,](?=[^，,]*(?:其中|另|此外|同时|比|较|控制在|限额|以内|不超过))", part_text)[0]  # …，控制在债务限额61.50亿元以内: a limit, not a part
        if bare:
            if not _bare_head_ok(text, m):
                continue
            sources = [p for p in _PART.finditer(re.split(r"[；;。]", clause)[0]) if p.group("u") == m.group("u")]
            if not (len(sources) == 2 and all(p.group("label").rstrip().endswith(_FUND_LABELS) for p in sources)
                    and sum(float(p.group("n")) for p in sources) > float(m.group("n"))):
                clause = re.split(r"[，,；;。]", clause)[0]  # only the parts listed with 、 right after 其中
            # (…3860万元，其中中央和省级补助资金2700万元，县级配套资金1260万元: two sources of funds that exceed the whole)
        parts = [p for p in _PART.finditer(clause) if p.group("u") == m.group("u")]
        if not parts or bare and any(clause[p.end("u") : p.end("u") + 2] in ("以上", "以下", "左右") for p in parts):
            continue
        total = float(m.group("n"))
        values = [float(p.group("n")) for p in parts]
        closed_at = next((i for i in range(2, len(values)) if abs(sum(values[:i]) - total) < 1e-9), 0)
        if closed_at:  # 企业5家，其中…1家、…4家；…非居民燃气用户1260家: the parts close at the total, the rest is another list
            parts, values = parts[:closed_at], values[:closed_at]
        labels = [p.group("label") for p in parts]
        span = (m.start(), seg_start + parts[-1].end())
        over = [p for p, v in zip(parts, values) if v > total]
        # 男/女, and 其中城镇0.72万户、农村1.04万户: the two sides of one line, closed even under a bare figure
        strong = (len(parts) == 2 and ("男" in labels[0] and "女" in labels[1] or "女" in labels[0] and "男" in labels[1])
                  or _town_country(labels))
        # "其中重大隐患6处、一般隐患836处": a last part named 一般/其他/其余 closes the breakdown
        partition = strong or (len(parts) >= 2 and re.match(r"[^\d]{0,2}(?:一般|其他|其余|其它|剩余)", labels[-1].lstrip("、，, ")) is not None)
        partition = (partition or divided or _complementary(labels) or _opposed(labels) or _inside_outside(labels) or _either_side(labels)
                     or _enumerated(text, m.start(), labels))
        if over:
            p = over[0]
            yield Finding(seg_start + p.start("n"), seg_start + p.end("u"), "fact", "error", "fact.total",
                          f"分项数大于总数：总数为{m.group('n')}{m.group('u')}，此项为{p.group('n')}{p.group('u')}", None)
            continue
        if len(parts) < 2 or abs(sum(values) - total) < 1e-9:
            continue
        joined = "".join(labels)
        s = sum(values)
        tol = 0.5 * 10 ** -max(map(_decimals, (p.group("n") for p in parts))) * len(parts)  # the parts' rounding
        if _named_parts(text, m, labels):
            if abs(s - total) > tol + 1e-9:
                s_txt = p_fmt(round(s, 6))
                yield Finding(span[0], span[1], "fact", "warning", "fact.total",
                              f"分项之和与总数不符：总数{m.group('n')}{m.group('u')}，分项合计{s_txt}{m.group('u')}，请核对", None)
            continue
        # sources of funds (中央资金、省级资金、市县资金、社会资本及其他资金) do not overlap when they add up to more than the whole
        overlap = _OVERLAP.search(joined) and not (s > total and all(lb.rstrip().endswith(("资金", "投资", "投入")) for lb in labels))
        overlap = overlap or _attribute_parts(labels)
        if overlap and s > total and _levels(joined):
            overlap = False  # 高级工班2460人、预备技师班1130人、中级工班2790人: grades that do not overlap
        if bare and not strong and (s <= total + tol or overlap or _MONEY_OPEN.search(joined) or partition
                                    or _sum_stated_before(text, m, s)):
            continue
        # a partial breakdown (sum below the total) is normal unless it is 男/女
        if not partition and (overlap or s < total) and not _money_closed(m.group("u"), labels, s, total):
            continue
        s_txt = str(int(s)) if s == int(s) else f"{s:g}"
        yield Finding(span[0], span[1], "fact", "error" if partition else "warning", "fact.total",
                      f"分项之和与总数不符：总数{m.group('n')}{m.group('u')}，分项合计{s_txt}{m.group('u')}，请核对", None)


def _levels(joined: str) -> bool:
    """The parts are the grades of one scale (高级 and 中级 or 初级; 正高级 and 副高级): disjoint."""
    return "高级" in joined and ("中级" in joined or "初级" in joined) and not _OVERLAP_NOT_LEVEL.search(joined)


_OVERLAP_NOT_LEVEL = re.compile(r"党员|女性|女干部|少数民族|以上|以下|博士|硕士|研究生|新增|新建|含|累计|其余|另有")


def _attribute_parts(labels) -> bool:
    """Every part is named by a clause of what its members did or have (培训580人，其中取得职业技能等级证书的432人，
    通过…实现就业的316人): subsets that may overlap, not a partition."""
    return all(lb.rstrip().endswith("的") and len(lb.strip("、，, ")) >= 7 for lb in labels)  # not 需大修的8栋、中修的11栋


_COMPONENT_SEP = re.compile(r"及|和|与|、")


def _named_parts(text: str, m, labels: list[str]) -> bool:
    """The whole names its components and the breakdown gives one part for each, in order (共追回医保基金及违约金
    386.42万元，其中追回基金312.58万元、收取违约金63.84万元): then it is complete, and the parts must add up."""
    start = after_last(text, "，,。；;：:\n", m.start("n"))
    comps = _COMPONENT_SEP.split(text[start : m.start("n")])
    if len(comps) < 2 or len(comps) != len(labels):
        return False
    tails = [c.strip()[-2:] for c in comps]
    return all(len(t) == 2 and lb.rstrip().endswith(t) for t, lb in zip(tails, labels))


_NEG = ("没有", "未", "非", "无", "不")


def _sum_stated_before(text: str, m, s: float) -> bool:
    """The parts add up to a figure of the unit earlier in the sentence (联系点12个，覆盖7个县（市、区），其中…的5个、
    …的4个、…的2个、…的1个): the breakdown is of that figure, not of the one right before 其中."""
    sent = after_last(text, "。！？；\n", m.start())
    return any(abs(float(t.group("n")) - s) < 1e-9 for t in _NUM_T.finditer(text, sent, m.start()) if t.group("u") == m.group("u"))


_TOWN = ("城镇", "城市", "城区")


def _town_country(labels) -> bool:
    """Two parts named 城镇 (城市, 城区) and 农村, nothing else: they split a whole."""
    if len(labels) != 2:
        return False
    a, b = (lb.strip("、，,；;：: ") for lb in labels)
    return a in _TOWN and b == "农村" or b in _TOWN and a == "农村"


def _complementary(labels) -> bool:
    """其中发现问题的单位23家、未发现问题的单位31家: a thing and its negation split the whole."""
    if len(labels) != 2:
        return False
    a, b = (lb.strip("、，,；;：: ") for lb in labels)
    if len(a) < 2 or len(b) < 2:
        return False
    for x, y in ((a, b), (b, a)):
        for neg in _NEG:
            i = y.find(neg)
            if i >= 0 and y[:i] + y[i + len(neg):] == x:
                return True
    return a.replace("有", "", 1) == b.replace("无", "", 1) != a or b.replace("有", "", 1) == a.replace("无", "", 1) != b


def _merged_label(before: str, labels) -> bool:
    """门急诊4.62万人次，其中门诊…、急诊…; 进出口总额…，其中进口…、出口…: the total names the parts merged into one word,
    right before its figure."""
    heads = [re.sub(r"[约共近计达为]+$", "", re.sub(r"^[、，,；;：:\s]*(?:其中)?", "", lb))[-2:] for lb in labels]
    if len(heads) < 2 or any(len(h) < 2 or not _CJK_ONLY.fullmatch(h) for h in heads):
        return False
    union = set("".join(heads))
    m = _TOTAL_WORD.search(before)
    return len(union) >= 3 and m is not None and len(m.group("w")) >= len(union) and set(m.group("w")[-len(union):]) == union


_CJK_ONLY = re.compile(r"[\u4e00-\u9fff]+")
_TOTAL_WORD = re.compile(r"(?P<w>[\u4e00-\u9fff]{3,4}?)(?:总额|总量|总数|总计|合计)?(?:达到|达|为|共|约)?$")


_ABOVE = re.compile(r"(?P<k>[\u4e00-\u9fff\d]{1,4}?)(?:及)?以上")
_NEW_BUILT = re.compile(r"新建|新增")
_REBUILT = re.compile(r"改造|改建|扩建|续建|提升|维修|整治|提质")


def _either_side(labels) -> bool:
    """其中…千人以上供水工程58处、千人以下供水工程346处 (both sides of one threshold), or
    其中新建2.1万亩、改造提升1.2万亩 (the new and the rebuilt): the parts cover the whole."""
    above = {m.group("k") for lb in labels for m in _ABOVE.finditer(lb)}
    if any(k + "以下" in lb for lb in labels for k in above):
        return True
    return (len(labels) == 2 and any(_NEW_BUILT.search(lb) and not _REBUILT.search(lb) for lb in labels)
            and any(_REBUILT.search(lb) and not _NEW_BUILT.search(lb) for lb in labels))


# the two kinds of one division: 政府投资项目58个、社会投资项目88个 split the projects between them
_OPPOSED = (("政府投资", "社会投资"), ("专职", "兼职"), ("线上", "线下"), ("在职", "退休"),
            ("城镇职工", "城乡居民"), ("户籍", "外来"), ("离休", "退休"))


def _opposed(labels) -> bool:
    if len(labels) != 2:
        return False
    a, b = labels
    return any(x in a and y in b or y in a and x in b for x, y in _OPPOSED)


_INSIDE = re.compile(r"(?P<place>[国境省市县区镇乡村])内")
_OUTSIDE = re.compile(r"(?P<place>[国境省市县区镇乡村])外")


def _inside_outside(labels) -> bool:
    """其中县内就近就业1.12万人、省内县外就业1.35万人、省外就业1.29万人: parts inside and outside the
    same place (省内…省外) cover the whole."""
    if len(labels) < 2:
        return False
    inside = [{m.group("place") for m in _INSIDE.finditer(lb)} for lb in labels]
    outside = [{m.group("place") for m in _OUTSIDE.finditer(lb)} for lb in labels]
    return any(p in o for i, a in enumerate(inside) for p in a for j, o in enumerate(outside) if i != j)


_COUNT_OF = re.compile(r"(?P<k>\d{1,2}|[一二三四五六七八九十]{1,3})个(?P<noun>[\u4e00-\u9fff]{1,3})")


def _enumerated(text, at, labels, fewer: bool = False) -> bool:
    """全区7个街道…共计231条，其中滨江街道41条、…（7 parts, each a 街道): the parts name every member.
    With ``fewer``: the parts name fewer members than counted (8个街道, seven listed)."""
    if len(labels) < (2 if fewer else 3):
        return False
    sent = after_last(text, "。！？；\n", at)
    names = [lb.strip("、，,；;：: ") for lb in labels]
    if len(set(names)) != len(names):
        return False
    for c in _COUNT_OF.finditer(text, sent, at):
        k = cn_number(c.group("k"))
        if k is None or (k <= len(labels) if fewer else k != len(labels)):
            continue
        noun = c.group("noun")
        for j in range(len(noun), 0, -1):
            if all(n.endswith(noun[:j]) and len(n) > j for n in names):
                return True
    return False


# -- percentages ---------------------------------------------------------------
_UP = "增长|增加|上升|提高|提升|扩大"
_DOWN = "下降|减少|降低|下滑|缩减|回落"
_X = r"(?P<xs>(?P<x>\d+(?:\.\d+)?)\s*[%％])"
_AB = (r"(?:由|从)(?:\d{4}年(?:\d{1,2}月)?(?:底|末|初)?)?(?:[^\d，,。；%％]{0,8}?的)?\s*(?P<a>\d+(?:\.\d+)?)\s*(?P<ua>[万亿千百]?)(?:[^\d，,。；%％]{0,6}?)\s*(?P<dir2>" + _UP + "|" + _DOWN +
       r")?(?:到|至)(?:\d{4}年(?:\d{1,2}月)?(?:底|末|初)?(?:[^\d，,。；%％]{0,4}?的)?)?\s*(?P<b>\d+(?:\.\d+)?)\s*(?P<ub>[万亿千百]?)")
_PCT1 = re.compile(r"(?P<dir>" + _UP + "|" + _DOWN + r")了?\s*" + _X + r"[，,]?\s*" + _AB)
_UP_RATE = ("增幅", "涨幅")
_PCT2 = re.compile(_AB + r"(?P<fill>[^。；%％\d]{0,12}?)(?P<dir>" + _UP + "|" + _DOWN + r"|增幅|涨幅|降幅|减幅|精简|压减|压缩)了?(?:比例|幅度|比率)?(?:达到|达|为)?\s*" + _X)

# 压缩至28.6小时，较上年的36.2小时压缩了25.3%: the new figure first, then the old one after 较/比
_PCT3 = re.compile(r"(?:" + _UP + "|" + _DOWN + r"|压缩|缩短)(?:到|至)\s*(?P<b>\d+(?:\.\d+)?)\s*(?P<ub>[万亿千百]?)[^\d，,。；%％]{0,4}?[，,]?\s*"
                   r"(?:较|比)(?:上年|去年|\d{4}年)(?:同期|底|末|全年)?的?\s*(?P<a>\d+(?:\.\d+)?)\s*(?P<ua>[万亿千百]?)[^\d，,。；%％]{0,4}?"
                   r"(?P<fill>)(?P<dir>" + _UP + "|" + _DOWN + r"|增幅|涨幅|降幅|减幅|压缩|缩短)了?(?:比例|幅度)?(?:达到|达|为)?\s*" + _X)


def percentages(doc, kb):
    text = doc.text
    seen = set()
    for rx in (_PCT1, _PCT2, _PCT3):
        for m in rx.finditer(text):
            if m.group("ua") != m.group("ub") and m.group("ua") and m.group("ub"):
                continue
            a, b, x = float(m.group("a")), float(m.group("b")), float(m.group("x"))
            if a == 0 or m.start() in seen:
                continue
            if m.group("dir") in ("精简", "压减", "压缩") and re.search(r"[，,][^，,]", m.group("fill") or ""):
                continue  # 申请材料由28份减少到8份，办理时间压缩了75%: the cut of another quantity
            if "年均" in m.group(0) or "平均" in m.group(0) or "每年" in m.group(0):
                continue  # 由56.2亿元增加到84.3亿元，年均增长10.7%: a yearly rate, not the whole change
            seen.add(m.start())
            up = m.group("dir") in _UP.split("|") or m.group("dir") in _UP_RATE
            actual = (b - a) / a * 100 if up else (a - b) / a * 100
            if actual < 0:
                yield Finding(m.start(), m.end(), "fact", "error", "fact.percent",
                              f"增减方向与数字矛盾：由{m.group('a')}到{m.group('b')}，不是“{m.group('dir')}”", None)
                continue
            tol = max(0.6, abs(actual) * 0.02)
            if abs(actual - x) > tol:
                yield Finding(m.start("xs"), m.end("xs"), "fact", "error", "fact.percent",
                              f"百分比与数字不符：由{m.group('a')}到{m.group('b')}，{m.group('dir')}约{actual:.1f}%，不是{m.group('x')}%",
                              f"{actual:.1f}%")


# -- events --------------------------------------------------------------------
_FULL_DATE = r"(?P<y>\d{4})年(?:(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})日)?)?"


_BEFORE_DATE = re.compile(_FULL_DATE + r"(?:至\d{1,2}日|—\d{1,2}日)?[，,]?\s*(?:在[^，。；\n]{1,8}?)?$")
_AFTER_DATE = re.compile(r"[^，。；\d\n]{0,8}?(?:于|是在|在)\s*" + _FULL_DATE)
_PAREN_DATE = re.compile(r"[（(]" + _FULL_DATE + r"(?:召开|举行|开幕)?[）)]")  # 党的二十大（2021年10月）召开以来
# 2024年7月18日至21日召开的党的二十届三中全会: the date and the verb before the event's name
_BEFORE_HELD = re.compile(_FULL_DATE + r"(?:(?:至|—|-)(?P<e>\d{1,2})日)?\s*(?:在[^，。；\n]{1,8}?)?(?:胜利|隆重)?(?:召开|举行)的$")
_MEETING_VERB = re.compile(r"(?:在[^，。；\n]{1,8}?)?(?P<verb>胜利召开|召开|隆重开幕|开幕|隆重举行|举行|胜利闭幕|闭幕)(?!后|以来|一周年|周年|之后|前夕|之际|的)")
_FOUNDING_TAIL = re.compile(r"(?![\d一二三四五六七八九十百]|周年|以来|后|之后|初期|前|时|的|精神|报告|以前)")


@lru_cache(maxsize=8)
def _event_index(events: tuple):
    """Alias -> the event's occurrences ((start, end_date, note, founding), in table order): one for most
    events, several for a series held again under the same name (中央民族工作会议 2014, 2021); and the last
    year the table knows."""
    lookup: dict[str, list] = {}
    for aliases, start, end_date, note in events:
        founding = all(a.endswith(("成立", "回归", "施行", "起义", "祖国", "主权")) for a in aliases)
        for a in aliases:
            lookup.setdefault(a, []).append((start, end_date, note, founding))
    rx = re.compile("|".join(re.escape(a) for a in sorted(lookup, key=len, reverse=True)))
    horizon = max(start[0] for _, start, _, _ in events)  # the last year the table knows
    return rx, lookup, horizon


def _occurrence(occs: list, y: int, horizon: int):
    """The occurrence a date of year ``y`` must match: the only one, or the series' one of that year. A year of a
    series with none is a slip up to ``horizon`` (the last year the table knows: a later year may hold one it
    does not list) and, before the series' first row, only when that row says it was the first (首次); then the
    nearest occurrence is checked, with every occurrence in the note. None: no check."""
    if len(occs) == 1:
        return occs[0]
    same = [o for o in occs if o[0][0] <= y <= (int(o[1][:4]) if o[1] else o[0][0])]
    if same:
        return same[0]
    first = min(occs, key=lambda o: o[0])
    if y > horizon or y < first[0][0] and "首次" not in first[2]:
        return None
    near = min(occs, key=lambda o: abs(o[0][0] - y))
    return (near[0], near[1], "；".join(o[2] for o in occs), near[3])


def _month_day_ok_any(occs: list, md, verb: str) -> bool:
    return any(_month_day_ok(o[0], o[1], md, verb) for o in occs)


def events(doc, kb):
    text = doc.text
    rx, lookup, horizon = _event_index(tuple(kb.events))
    for a in rx.finditer(text):
        occs = lookup[a.group(0)]
        founding = occs[0][3]
        hits = []
        tail = (_FOUNDING_TAIL if founding else _MEETING_VERB).match(text, a.end())
        if tail:
            b = _BEFORE_DATE.search(text[max(0, a.start() - 40) : a.start()])
            if b:
                hits.append((b, max(0, a.start() - 40), tail.groupdict().get("verb") or ""))
            elif not founding and (md := _BEFORE_MD.search(text, max(0, a.start() - 24), a.start())):
                # 10月20日至23日，党的十九届四中全会在北京召开: month and day are the event's whatever the year
                if not _month_day_ok_any(occs, md, tail.group("verb")):
                    note = "；".join(o[2] for o in occs)
                    yield Finding(md.start(), a.end(), "fact", "error", "fact.event_date",
                                  f"日期与史实不符：{note}（请核对日期或会议名称）", None)
        if not hits and not founding and (h := _BEFORE_HELD.search(text[max(0, a.start() - 40) : a.start()])) and h.group("m"):
            y, mo, d = int(h.group("y")), int(h.group("m")), int(h.group("d")) if h.group("d") else None
            if (occ := _occurrence(occs, y, horizon)) is None:
                continue
            start, end_date, note, _ = occ
            if h.group("e") and d and end_date:
                ok = (y, mo, d) == start and int(h.group("e")) == int(end_date.split("-")[2])
            else:
                ok = _date_ok(start, end_date, y, mo, d)
            if not ok:
                base = max(0, a.start() - 40)
                yield Finding(base + h.start("y"), a.end(), "fact", "error", "fact.event_date",
                              f"日期与史实不符：{note}（请核对日期或会议名称）", None)
            continue
        m = _AFTER_DATE.match(text, a.end()) or (None if founding else _PAREN_DATE.match(text, a.end()))
        if m:
            r = _RANGE_TAIL.match(text, m.end())
            occ = _occurrence(occs, int(m.group("y")), horizon)
            if r and m.group("d") and occ and occ[1]:
                # 于2024年7月16日至18日召开: both ends of the range must be the event's
                start, end_date, note, _ = occ
                y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
                e_y, e_m, e_d = (int(x) for x in end_date.split("-"))
                if (y, mo, d) != start or (int(r.group("m") or mo), int(r.group("d"))) != (e_m, e_d):
                    yield Finding(m.start("y"), r.end(), "fact", "error",
                                  "fact.event_date", f"日期与史实不符：{note}", None)
                continue
            hits.append((m, 0, ""))
        b = _REL_BEFORE.search(text, max(0, a.start() - 24), a.start())
        if b and not hits:
            y = int(b.group("y")) if b.group("y") else None
            if y is None:
                doc_year = _doc_year(text)
                if doc_year is None:
                    continue
                y = doc_year - {"今年": 0, "本年": 0, "去年": 1, "上年": 1, "前年": 2}[b.group("rel")]
            mo = int(b.group("m")) if b.group("m") else None
            d = int(b.group("d")) if b.group("d") else None
            if (occ := _occurrence(occs, y, horizon)) is None:
                continue
            start, end_date, note, _ = occ
            if not _date_ok(start, end_date, y, mo, d):
                yield Finding(b.start(), a.end(), "fact", "error", "fact.event_date",
                              f"日期与史实不符：{note}", None)
        for m, base, verb in hits:
            y = int(m.group("y"))
            mo = int(m.group("m")) if m.group("m") else None
            d = int(m.group("d")) if m.group("d") else None
            if (occ := _occurrence(occs, y, horizon)) is None:
                continue
            start, end_date, note, _ = occ
            if d is not None and verb.endswith("开幕"):
                if (y, mo, d) == start:
                    continue
            elif d is not None and verb.endswith("闭幕") and end_date:
                if (y, mo, d) == tuple(int(x) for x in end_date.split("-")):
                    continue
            elif _date_ok(start, end_date, y, mo, d):
                continue
            end = m.end("d") + 1 if d else (m.end("m") + 1 if mo else m.end("y") + 1)
            yield Finding(base + m.start("y"), base + end, "fact", "error", "fact.event_date",
                          f"日期与史实不符：{note}", None)


# 学习贯彻党的二十届三中全会精神……，全会于2024年7月召开后: 全会/大会 at the head of a clause stands for the
# event of that kind named last in the paragraph
_BACK_REF = re.compile(r"(?P<kind>[全大]会)(?:于|是在|在)\s*" + _FULL_DATE
                       + r"(?:至\d{1,2}日|—\d{1,2}日)?(?:在[^，。；\n]{1,8}?)?(?:胜利|隆重)?(?P<verb>召开|举行|开幕|闭幕)")


def event_back_refs(doc, kb):
    text = doc.text
    if "全会" not in text and "大会" not in text:
        return
    rx, lookup, horizon = _event_index(tuple(kb.events))
    for m in _BACK_REF.finditer(text):
        if text[m.start() - 1 : m.start()] not in ("，", ",", "。", "；", ";", "\n") and text[m.start() - 2 : m.start()] not in ("本次", "此次", "这次", "该次"):
            continue  # 市委全会于…: a plenary session of its own, not the one named before
        line = doc.line_of(m.start())
        named = list(rx.finditer(text, max(line.start, m.start() - 150), m.start()))
        if not named:
            continue
        alias = named[-1].group(0)
        if not (alias.endswith("全会") if m.group("kind") == "全会" else alias.endswith(("大会", "大")) and not alias.endswith("全会")):
            continue
        y = int(m.group("y"))
        if (occ := _occurrence(lookup[alias], y, horizon)) is None:
            continue
        start, end_date, note, _ = occ
        mo = int(m.group("m")) if m.group("m") else None
        d = int(m.group("d")) if m.group("d") else None
        if d is not None and m.group("verb") == "开幕":
            ok = (y, mo, d) == start
        elif d is not None and m.group("verb") == "闭幕" and end_date:
            ok = (y, mo, d) == tuple(int(x) for x in end_date.split("-"))
        else:
            ok = _date_ok(start, end_date, y, mo, d)
        if not ok:
            end = m.end("d") + 1 if d else (m.end("m") + 1 if mo else m.end("y") + 1)
            yield Finding(m.start("y"), end, "fact", "error", "fact.event_date", f"日期与史实不符：{note}", None)


_BEFORE_MD = re.compile(r"(?P<m>\d(?<![\d年]\d)\d?)月(?P<d>\d{1,2})日(?:(?:至|—|－|-)(?P<d2>\d{1,2})日)?[，,]?\s*(?:在[^，。；\n]{1,8}?)?$")


def _month_day_ok(start, end_date, md, verb: str) -> bool:
    """A date without its year (md: groups m, d, d2) against an event's days."""
    first = start[1:]
    last = tuple(int(x) for x in end_date.split("-"))[1:] if end_date else first
    mo, d = int(md.group("m")), int(md.group("d"))
    if md.group("d2"):
        return (mo, d) == first and (mo, int(md.group("d2"))) == last
    if verb.endswith("开幕"):
        return (mo, d) == first
    if verb.endswith("闭幕"):
        return (mo, d) == last
    return first <= (mo, d) <= last


_RANGE_TAIL = re.compile(r"\s*(?:至|—|－|-|～|~)\s*(?:(?P<m>\d{1,2})月)?(?P<d>\d{1,2})日")
# 去年10月召开的党的二十届三中全会 / 2024年10月举行的…: a date, relative or not, before "召开的"
_REL_BEFORE = re.compile(r"(?P<when>(?:(?P<y>\d{4})年|(?P<rel>今年|本年|去年|上年|前年))(?:(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})日)?)?)"
                         r"(?:在[^，。；\n]{1,8}?)?(?:胜利|隆重)?(?:召开|举行|闭幕|开幕)的(?:党的|中国共产党)?$")


def _date_ok(start, end_date, y, mo, d) -> bool:
    s = dt.date(*start)
    e = dt.date(*(int(x) for x in end_date.split("-"))) if end_date else s
    if mo is None:
        return s.year <= y <= e.year
    if d is None:
        return (s.year, s.month) <= (y, mo) <= (e.year, e.month)
    try:
        return s <= dt.date(y, mo, d) <= e
    except ValueError:
        return True  # impossible dates are reported by fact.date_invalid


_ANNIV_TAIL = r"(?P<n>\d{1,3}|[一二三四五六七八九十百]{1,5})周年"


# 2025年 / 今年 / 去年 / 明年 before an anniversary: the year it is of (named_year)
YEAR_NAMED = r"(?:(?P<y>\d{4})年|(?P<this>今年|本年|(?P<last>去年)|(?P<next>明年)))"


def named_year(text: str, m) -> int | None:
    """The year a match of YEAR_NAMED names: its digits, or the document's year, one back for 去年 and one on for
    明年; with no match (None), the document's year."""
    if m is not None and m.group("y"):
        return int(m.group("y"))
    year = _doc_year(text)
    if year is None or m is None:
        return year
    return year - bool(m.group("last")) + bool(m.group("next"))


@lru_cache(maxsize=4)
def _anniv_rx(aliases: tuple) -> dict:
    """The anniversary patterns over the names of data/anniversaries.tsv (longest first)."""
    alias = "(?P<alias>" + "|".join(map(re.escape, sorted(set(aliases), key=len, reverse=True))) + ")" + _ANNIV_TAIL
    return {
        "dated": re.compile(YEAR_NAMED + r"[^。；！？\n]{0,30}?" + alias),
        "ahead": re.compile(r"(?P<verb>迎接|喜迎|献礼|向|筹备(?:庆祝|纪念)|(?:即将|将)迎来)" + alias),
        # 组织参加纪念中国人民抗日战争暨世界反法西斯战争胜利70周年主题党日活动 with no year in the sentence:
        # an activity of the document's year (or the year before or after it)
        "undated": re.compile(alias + r"(?P<what>主题|系列|活动|之际|到来之际|来临之际|前夕|为契机)"),
        # 围绕庆祝新中国成立75周年，组织开展…: a celebration the document's year holds — not the speech given at one
        # (在庆祝中国共产党成立100周年大会上的讲话), which is cited for years after
        "celebrate": re.compile(r"(?:庆祝|纪念)" + alias + r"(?![^。；！？\n，,]{0,12}?(?:大会|讲话|座谈会|时|上))"),
        "any": re.compile(alias),
    }


def _anniv_bases(kb) -> dict[str, int]:
    """Each name of data/anniversaries.tsv -> the year counted from."""
    return {a: y for aliases, y, _ in kb.anniversaries for a in aliases}


def _anniv_months(kb) -> dict[str, int]:
    """Each name of data/anniversaries.tsv whose note dates it to a month (1921年7月) -> that month; built once
    per knowledge base."""
    cached = getattr(kb, "_anniv_months", None)
    if cached is not None and cached[0] is kb.anniversaries:
        return cached[1]
    out = {}
    for aliases, y, note in kb.anniversaries:
        mm = re.match(rf"{y}年(\d{{1,2}})月", note)
        if mm:
            out.update(dict.fromkeys(aliases, int(mm.group(1))))
    kb._anniv_months = (kb.anniversaries, out)
    return out


def _before_anniversary(text: str, year: int, month: int | None) -> bool:
    """The document is signed in ``year`` before the anniversary's month (2025年6月20日 for 七一)."""
    if not month:
        return False
    signed = _signed_date(text) or _speech_date(text)
    return signed is not None and signed.year == year and signed.month < month


_SPEECH_DATE = re.compile(r"^[ \t\u3000]*[（(](?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日[）)][ \t\u3000]*$", re.M)


def _speech_date(text: str) -> dt.date | None:
    """The date a speech was given, on its own line in brackets under the title (（2025年6月24日）)."""
    m = _SPEECH_DATE.search(text, 0, 400)
    return _match_date(m) if m else None


def _anniv(kb, which: str):
    return _anniv_rx(tuple(_anniv_bases(kb)))[which]


def anniversaries(doc, kb):
    if "周年" not in doc.text:
        return
    bases = _anniv_bases(kb)
    for m in _anniv(kb, "dated").finditer(doc.text):
        base = bases.get(m.group("alias"))
        n = cn_number(m.group("n"))
        if base is None or n is None or (year := named_year(doc.text, m)) is None:  # 今年: the document's year
            continue
        want = year - base
        if n != want and n != want + 1 and want > 0:
            # "+1" tolerates anniversaries prepared the year before
            yield Finding(m.start("n"), m.end("n") + 2, "fact", "error", "fact.anniversary",
                          f"周年数不符：{m.group('alias')}于{base}年，到{year}年是{want}周年", f"{want}周年")


def anniversaries_ahead(doc, kb):
    """以优异成绩迎接中国共产党成立106周年, 筹备庆祝建军98周年 with no year in the sentence: the coming
    anniversary is the one of the document's year or of the next year."""
    text = doc.text
    if "周年" not in text:
        return

    def undated(m) -> bool:
        if m.group("verb") == "向" and not text.startswith("献礼", m.end()):
            return False
        sent = after_last(text, "。！？；\n", m.start())
        return not re.search(r"\d{4}年|今年|本年|明年", text[sent : m.start()])  # dated: the rule above

    months = _anniv_months(kb)
    for m, base, n, year in _against_doc_year(text, kb, filter(undated, _anniv(kb, "ahead").finditer(text))):
        want = year - base
        if _before_anniversary(text, year, months.get(m.group("alias"))):
            # 2025年6月20日 for 七一: this year's anniversary is still to come, next year's is not the one meant
            if want > 0 and n != want:
                yield Finding(m.start("n"), m.end("n") + 2, "fact", "error", "fact.anniversary",
                              f"周年数不符：{m.group('alias')}于{base}年，文件成文于{year}年、当年的纪念日之前，"
                              f"即将到来的是{want}周年", f"{want}周年")
            continue
        if want > 0 and n not in (want, want + 1):
            yield Finding(m.start("n"), m.end("n") + 2, "fact", "error", "fact.anniversary",
                          f"周年数不符：{m.group('alias')}于{base}年，文件成文于{year}年，即将到来的是{want}或{want + 1}周年", None)


# -- round 7: a change stated as an amount and a percentage; 同比下降X%（去年同期为B） ----------------
_BASE_U = r"(?:元|人次|人|名|个|家|项|件|户|次|台|辆|吨|亩|公里|起|例|条|所|套|张|千瓦时|平方米|标准箱|万人|公斤|千克|斤|立方米|公顷)"
_QTY = r"(?P<{0}>\d+(?:\.\d+)?)\s*(?P<{0}m>[万亿千]?)(?P<{0}u>" + _BASE_U + ")"
_MULT = {"": 1, "千": 1e3, "万": 1e4, "亿": 1e8}
# 完成1856.2亿元，比上年增加82.4亿元，同比增长6.8% (found from the comma before 比/较)
# (较上年同期的2316户减少118户，下降6.1%: the base written after 较 is the one the rate is of)
_AMOUNT_PCT = re.compile(r"[比较](?:上年|去年|\d{4}年|年初|上年末|上月末|上季末|上月|上季度)?(?:同期)?(?:的?" + _QTY.format("p") + r")?(?P<d1>增加|增长|多|减少|下降|少)了?\s*"
                         + _QTY.format("d") + r"[，,]\s*(?:同比|比上年|较上年|比去年|较去年)?(?:同期)?(?P<dir>" + _UP + "|" + _DOWN
                         + r")了?\s*(?P<x>\d+(?:\.\d+)?)\s*[%％]")
_QTY_END = re.compile(_lead(_QTY.format("b")) + r"$")
# 接报诈骗警情386起，同比下降21.4%（去年同期为478起） (found from the bracket after the percentage)
_PCT_BRACKET = re.compile(r"[%％]\s*[（(](?:去年|上年|\d{4}年)(?:同期)?(?:为|是|有|：|:)?\s*" + _QTY.format("b") + r"[）)]")
_PCT_BEFORE = re.compile(_lead(_QTY.format("a")) + r"[，,]\s*(?:同比|比上年|较上年|比去年|较去年)?(?:同期)?(?P<dir>" + _UP + "|" + _DOWN
                         + r")了?\s*(?P<x>\d+(?:\.\d+)?)\s*$")


def _qty(m, g: str) -> tuple[float, str]:
    return float(m.group(g)) * _MULT[m.group(g + "m")], m.group(g + "u")


def _pct_off(x_str: str, got: float) -> bool:
    dec = _decimals(x_str)
    return abs(got - float(x_str)) > max(0.5 * 10 ** (-dec) + 0.05, abs(got) * 0.01)


def change_amounts(doc, kb):
    text = doc.text
    if "%" not in text and "％" not in text:
        return
    for m in _AMOUNT_PCT.finditer(text):
        if text[m.start() - 1 : m.start()] not in ("，", ","):
            continue
        up1 = m.group("d1") in ("增加", "增长", "多")
        if up1 != (m.group("dir") in _UP.split("|")):
            continue
        d, ud = _qty(m, "d")
        change = f"{m.group('d1')}{m.group('d')}{m.group('dm')}{m.group('du')}"
        if m.group("p"):  # 较上年同期的2316户减少118户: the base is written
            prev, up = _qty(m, "p")
            if up != ud:
                continue
            said = f"上年{m.group('p')}{m.group('pm')}{m.group('pu')}、{change}，"
        else:
            mb = _QTY_END.search(text, max(0, m.start() - 17), m.start() - 1)
            if mb is None:
                continue
            b, ub = _qty(mb, "b")
            if ub != ud:
                continue
            prev = b - d if up1 else b + d
            said = (f"现值{mb.group('b')}{mb.group('bm')}{mb.group('bu')}、{change}，"
                    f"上年约{p_fmt(round(prev / _MULT[mb.group('bm')], 2))}{mb.group('bm')}{mb.group('bu')}，")
        if d == 0 or prev <= 0:
            continue
        got = d / prev * 100
        if _pct_off(m.group("x"), got):
            yield Finding(m.start("x"), m.end(0), "fact", "warning", "fact.percent",
                          f"增减幅度与数字不符：{said}幅度约{got:.1f}%，文中为{m.group('x')}%，请核对", f"{got:.1f}%")
    for mk in _PCT_BRACKET.finditer(text):
        m = _PCT_BEFORE.search(text, max(0, mk.start() - 40), mk.start())
        if m is None:
            continue
        (a, ua), (b, ub) = _qty(m, "a"), _qty(mk, "b")
        if ua != ub or b == 0:
            continue
        up = m.group("dir") in _UP.split("|")
        got = (a - b) / b * 100 if up else (b - a) / b * 100
        if got < 0:
            yield Finding(m.start("dir"), mk.end(0), "fact", "error", "fact.percent",
                          f"增减方向与数字矛盾：去年同期{mk.group('b')}{mk.group('bm')}{mk.group('bu')}，今年{m.group('a')}{m.group('am')}{m.group('au')}，不是“{m.group('dir')}”", None)
        elif _pct_off(m.group("x"), got):
            yield Finding(m.start("x"), mk.end(0), "fact", "warning", "fact.percent",
                          f"增减幅度与数字不符：由{mk.group('b')}{mk.group('bm')}{mk.group('bu')}到{m.group('a')}{m.group('am')}{m.group('au')}，{m.group('dir')}约{got:.1f}%，文中为{m.group('x')}%，请核对",
                          f"{got:.1f}%")


# -- round 7: a sum from a count and an amount each; counts restated ---------------------------------
# 对全区600户困难职工家庭，每户发放慰问金1000元，共计50万元
_PER_EACH = re.compile(r"每(?P<u2>户|人|名|家|个|所|村|辆|台|套|件|处)"
                       r"[^\d，,。；\n]{0,12}?(?P<a>\d+(?:\.\d+)?)\s*(?P<am>[万千]?)元(?:[^\d，,。；\n]{0,4})?[，,]\s*(?:共计|合计|总计|共|计)"
                       r"[^\d，,。；\n]{0,8}?(?P<t>\d+(?:\.\d+)?)\s*(?P<tm>[万亿]?)元")
_PER_COUNT = re.compile(r"(?P<n>" + _AT_NUM + r")\s*(?P<u>户|人|名|家|个|所|村|辆|台|套|件|处|个单位)(?P<mid>[^。；！？\n\d]{0,30}?)$")
_SAME_COUNT = {"人": "人名", "名": "人名"}


def per_each(doc, kb):
    text = doc.text
    if "每" not in text:
        return
    for m in _PER_EACH.finditer(text):
        c = _PER_COUNT.search(text, max(0, m.start() - 40), m.start())
        if c is None:
            continue
        u, u2 = c.group("u")[-1], m.group("u2")
        if u != u2 and not (u in _SAME_COUNT and u2 in _SAME_COUNT[u]):
            continue
        if re.search(r"不超过|最高|最多|以内|平均|约|不低于|起|至少|左右", c.group("mid") + m.group(0)):
            continue  # a ceiling or an average: the sum is not the product
        if c.group("mid").count("）") > c.group("mid").count("（"):
            continue  # 特困人员1342人（其中集中供养406人、分散供养936人），每人…: the count in brackets is a part of one
        want = int(c.group("n")) * float(m.group("a")) * _MULT[m.group("am")]
        got = float(m.group("t")) * _MULT[m.group("tm")]
        if abs(want - got) > 0.005 * want:
            w = want / _MULT[m.group("tm")]
            yield Finding(m.start("t"), m.end(0), "fact", "warning", "fact.total",
                          f"合计与单价×数量不符：{c.group('n')}{c.group('u')}×{m.group('a')}{m.group('am')}元＝{p_fmt(round(w, 4))}{m.group('tm')}元，"
                          f"文中为{m.group('t')}{m.group('tm')}元，请核对", f"{p_fmt(round(w, 4))}{m.group('tm')}元")


# 上述68个全宗的审核工作 … / 4支抢险队伍全员在岗 after 全宗86个 / 组建应急抢险队伍3支: the same things
# counted again, differently. Only a restatement that names the whole (上述/以上/前述/这/全部/所有 before the
# count, 全员/全体 after the noun) is checked, against the one count of that noun earlier in the document.
_R_UNITS = _UNITS + "|支|盏|门"
_RESTATE_LIT = re.compile(r"上述|以上|前述|全部|所有|全员|全体|(?<=[，,。；\n要])对")
_WIDER_WHOLE = re.compile(r"辖区|全[国省市区县镇乡州]|本[省市区县镇乡]|[省市区县镇乡]内|街道")
_RESTATE_PRE = re.compile(r"(?P<k>\d+)\s*(?P<u>" + _R_UNITS + r")(?P<noun>[\u4e00-\u9fff]{2,6}?)(?=[的和及与在，,。；、\s]|$)")
_RESTATE_PAIR = re.compile(r"(?P<k>\d+)\s*(?P<u>" + _R_UNITS + r")(?P<noun>[\u4e00-\u9fff]{2})")
_RESTATE_POST = re.compile(r"(?P<k>" + _AT_NUM + r")\s*(?P<u>" + _R_UNITS + r")(?P<noun>[\u4e00-\u9fff]{2,6}?)$")


def _one_swap(a: str, b: str) -> bool:
    """``b`` is ``a`` with two neighbouring digits swapped."""
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def restated_counts(doc, kb):
    text = doc.text
    for lit in _RESTATE_LIT.finditer(text):
        if lit.group(0) in ("全员", "全体"):
            if not text[lit.start() - 1 : lit.start()].isalpha():
                continue
            m = _RESTATE_POST.search(text, max(0, lit.start() - 12), lit.start())
        else:
            if not text[lit.end() : lit.end() + 1].isdigit():
                continue
            if lit.group(0) in ("全部", "所有") and _WIDER_WHOLE.search(text[max(0, lit.start() - 4) : lit.start()]):
                continue  # 辖区全部9个社区 after a pilot in 3 of them: a wider whole, not a restatement
            m = (_RESTATE_PRE if lit.group(0) != "对" else _RESTATE_PAIR).match(text, lit.end())
        if m is None:
            continue
        k, u, noun = m.group("k"), m.group("u"), m.group("noun")
        before = text[: min(m.start(), lit.start())]
        if not before:
            continue
        if re.search(r"(?<![\d.])" + k + r"\s*" + re.escape(u) + r"(?![\d%％])", before):
            continue  # the same count is stated before: the restatement may refer to it
        nouns = {noun[i:] for i in range(0, len(noun) - 1)}
        alts = "|".join(re.escape(x) for x in sorted(nouns, key=len, reverse=True))
        found = set()
        for e in re.finditer(r"(?:" + alts + r")(?:共|共计|合计|总数)?(?P<n>\d+)\s*" + re.escape(u) + r"(?![\d%％])"
                             r"|(?<![\d.])(?P<n2>\d+)\s*" + re.escape(u) + r"(?:" + alts + r")", before):
            found.add(e.group("n") or e.group("n2"))
        if len(found) != 1:
            continue
        (n,) = found
        if float(n) != float(k) and (lit.group(0) != "对" or _one_swap(n, k)):
            # 要对68件积案逐案…: with no word of the whole before it, only a count with two digits swapped
            yield Finding(m.start("k"), m.end("u"), "fact", "warning", "fact.total",
                          f"前后数字不一致：前文为{n}{u}{noun}，此处为{k}{u}，请核对", f"{n}{u}")


# 授予…等5个单位…；授予…等20名同志…；授予…等8个班组…。以上共表彰先进集体13个、先进个人22名: a summary of
# several sums, each against the counts of its unit in the paragraph before; checked when one of its sums
# (of two counts or more) agrees, which shows the paragraph is the list being summed.
_SUMMARY = re.compile(r"(?:以上|上述)(?:共|共计|合计|总计)(?:表彰|奖励|命名|授予|评选出?|认定|涉及|有|计)?(?P<body>[^。；！？\n]{4,60})")
_SUMMARY_PART = re.compile(r"(?P<n>\d+(?:\.\d+)?)\s*(?P<u>" + _UNITS + r")(?![\d%％])")


def summary_sums(doc, kb):
    text = doc.text
    if "以上" not in text and "上述" not in text:
        return
    for m in _SUMMARY.finditer(text):
        parts = list(_SUMMARY_PART.finditer(text, m.start("body"), m.end("body")))
        if len(parts) < 2 or len({p.group("u") for p in parts}) != len(parts):
            continue
        line = doc.line_of(m.start())
        before = text[line.start : m.start()]
        vals = {}
        for t in _NUM_T.finditer(before):
            vals.setdefault(t.group("u"), []).append(float(t.group("n")))
        agree = any(len(vals.get(p.group("u"), ())) >= 2 and abs(sum(vals[p.group("u")]) - float(p.group("n"))) < 1e-6 for p in parts)
        if not agree:
            continue
        for p in parts:
            v = vals.get(p.group("u"))
            if v and abs(sum(v) - float(p.group("n"))) > 1e-6:
                yield Finding(p.start(), p.end(), "fact", "warning", "fact.total",
                              f"合计与前文所列之和不符：前文各项合计{p_fmt(round(sum(v), 6))}{p.group('u')}，此处为{p.group('n')}{p.group('u')}，请核对",
                              f"{p_fmt(round(sum(v), 6))}{p.group('u')}")


# -- round 7: ordinal days, weekday before its date, undated anniversaries -------------------
# 今年9月30日是第十一个烈士纪念日 / 2026年3月8日是第116个“三八”国际妇女节: the rows of anniversaries.tsv
# whose 4th column is 第N个 (2nd column: the year of the first one; 5th: the fixed day, MM-DD or 05-SUN3).
@lru_cache(maxsize=1)
def _ordinal_days():
    table = {}
    for r in load_builtin("anniversaries.tsv").rows:
        if len(r) >= 4 and r[3] == "第N个":
            for a in r[0].split("|"):
                table[a] = (int(r[1]), r[4] if len(r) > 4 else "", r[2])
    alias = "|".join(re.escape(a) for a in sorted(table, key=len, reverse=True))
    rx = re.compile(r"第(?P<n>\d{1,3}|[一二三四五六七八九十百]{1,5})(?:个|届|次)(?!星期|周|礼拜)(?P<gap>[“”\"‘’「」]?[^，,。；！？\n\d第]{0,6}?[”\"’」]?)(?P<alias>" + alias + ")")
    return table, rx


@lru_cache(maxsize=1)
def _month_observances():
    """The month-long observances of anniversaries.tsv (安全生产月: M06) and a pattern of a month named as one."""
    table, _ = _ordinal_days()
    months = {a: (int(v[1][1:]), v[2]) for a, v in table.items() if v[1].startswith("M")}
    alias = "|".join(re.escape(a) for a in sorted(months, key=len, reverse=True))
    return months, re.compile(r"(?P<m>\d(?<![\d月]\d)\d?)月份?(?:是|为|将迎来|迎来)(?:全国|我国)?[“\"]?(?P<alias>" + alias + ")")


def observance_month(doc, kb):
    """即将到来的7月是全国“安全生产月”: a month-long observance named for the wrong month (no ordinal: with one,
    ordinal_days reports it)."""
    text = doc.text
    if "月”" not in text and "月是" not in text:
        return
    months, rx = _month_observances()
    for m in rx.finditer(text):
        want, note = months[m.group("alias")]
        if int(m.group("m")) != want:
            yield Finding(m.start("m"), m.end("m") + 1, "fact", "error", "fact.event_date",
                          f"月份与活动不符：{m.group('alias')}在每年{want}月（{note}）", f"{want}月")


_ORD_DATE = re.compile(r"(?:(?P<y>\d{4})年)?(?P<m>\d{1,2})月(?P<d>\d{1,2})日(?:[（(][^）)]{1,4}[）)])?(?:是|为|，?迎来)(?:我国|全国)?$")
_ORD_MONTH = re.compile(r"(?P<m>\d(?<![\d月]\d)\d?)月份?(?:是|为|，?迎来)(?:我国|全国)?$")
_ORD_DATE_AFTER = re.compile(r"[”\"’」]?\s*[（(](?:(?P<y>\d{4})年)?(?P<m>\d{1,2})月(?P<d>\d{1,2})日[）)]")
_ORD_YEAR = re.compile(r"(?P<y>\d{4})年|(?P<rel>今年|本年|明年|去年|今天|今日)")  # 今天是第十二个烈士纪念日: the day of the speech


def _fixed_day(code: str, year: int | None):
    """(month, day) of a fixed day; 05-SUN3: the third Sunday of May of ``year``; None for a day that is not
    fixed (""), a weekday rule without its year, or a whole month (M06: 安全生产月)."""
    if not code or code.startswith("M"):
        return None
    mo, rest = code.split("-")
    if rest[:3] in _WEEKDAY_CODES:
        if year is None:
            return None
        k = int(rest[3:])
        first = dt.date(year, int(mo), 1)
        return int(mo), 1 + (_WEEKDAY_CODES.index(rest[:3]) - first.weekday()) % 7 + 7 * (k - 1)
    return int(mo), int(rest)


_WEEKDAY_CODES = ("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN")  # date.weekday() order


_MONTH_DAY = re.compile(r"(\d(?<![\d年]\d)\d?)月(\d{1,2})日")


def ordinal_days(doc, kb):
    text = doc.text
    if "第" not in text:
        return
    table, rx = _ordinal_days()
    for m in rx.finditer(text):
        first, code, note = table[m.group("alias")]
        sent = after_last(text, "。！？；\n", m.start())
        before = text[sent : m.start()]
        years = list(_ORD_YEAR.finditer(before))
        explicit = None
        if years:
            y = years[-1]
            if y.group("y"):
                explicit = int(y.group("y"))
            else:
                doc_year = _doc_year(text)  # cached per text
                if doc_year is not None:
                    explicit = doc_year + {"今年": 0, "本年": 0, "明年": 1, "去年": -1}.get(y.group("rel"), 0)
        mm = _ORD_MONTH.search(before) if code.startswith("M") else None
        if mm and int(mm.group("m")) != int(code[1:]):  # 今年5月是全国第24个“安全生产月”: a month-long observance
            yield Finding(sent + mm.start("m"), sent + mm.end("m") + 1, "fact", "error", "fact.event_date",
                          f"月份与活动不符：{m.group('alias')}在每年{int(code[1:])}月（{note}）", f"{int(code[1:])}月")
            continue
        dm, base = _ORD_DATE.search(before), sent
        if dm is None:  # 在第12个国家宪法日（12月4日）到来之际: the date in brackets after the name
            dm, base = _ORD_DATE_AFTER.match(text, m.end()), 0
        if dm:
            y = int(dm.group("y")) if dm.group("y") else explicit
            if y is None:
                doc_year = _doc_year(text)  # cached per text
                y = doc_year
            want_day = _fixed_day(code, y) if y is None or 1900 < y < 2100 else None
            if want_day and (int(dm.group("m")), int(dm.group("d"))) != want_day:
                yield Finding(base + dm.start("m"), base + dm.end("d") + 1, "fact", "error", "fact.event_date",
                              f"日期与纪念日不符：{m.group('alias')}是{want_day[0]}月{want_day[1]}日（{note}）",
                              f"{want_day[0]}月{want_day[1]}日")
                continue
        n = cn_number(m.group("n"))
        if n is None:
            continue
        if explicit is not None:
            ok = {explicit - first + 1}
            year = explicit
        else:  # undated: the year of the document (or the one before or after it)
            doc_year = _doc_year(text)  # cached per text
            if doc_year is None:
                weekday_year = _year_of_weekday(before, first)
                if weekday_year is not None and weekday_year - first + 1 != n:  # 4月15日（星期二）是第9个…: 2025
                    yield Finding(m.start(), m.start("gap"), "fact", "error", "fact.anniversary",
                                  f"届次不符：第一个{m.group('alias')}在{first}年，按所写的星期推算为{weekday_year}年，"
                                  f"是第{weekday_year - first + 1}个", None)
                continue
            year = doc_year
            ok = {doc_year - first, doc_year - first + 1, doc_year - first + 2}
            md = _MONTH_DAY.findall(before)
            signed = _signed_date(text) if md else None
            if signed is not None and signed.year == doc_year and 1 <= int(md[-1][0]) <= 12:
                ok = {doc_year - first + 1}  # 5月18日，开展第34次全国助残日 in a report dated that December (or a plan
                # dated in April for 5月12日…): this year's
        if year - first + 1 <= 0 or n in ok:
            continue
        yield Finding(m.start(), m.start("gap"), "fact", "error", "fact.anniversary",
                      f"届次不符：第一个{m.group('alias')}在{first}年，{year}年是第{year - first + 1}个",
                      None)


_DATE_WEEKDAY = re.compile(r"(?P<m>\d{1,2})月(?P<d>\d{1,2})日[（(]?(?:星期|周)(?P<w>[一二三四五六日天])")


def _year_of_weekday(before: str, first: int) -> int | None:
    """The one year from ``first`` to next year whose month and day fall on the weekday written with them
    (4月15日（星期二） → 2025) — or the latest such year when the one before it is more than five years
    earlier — else None."""
    dm = _DATE_WEEKDAY.search(before)
    if dm is None:
        return None
    mo, d, want = int(dm.group("m")), int(dm.group("d")), _WD[dm.group("w")]
    days = [_day(y, mo, d) for y in range(first, dt.date.today().year + 2)]
    if None in days:  # no such day in some year (2月29日): the weekday fixes nothing
        return None
    years = [day.year for day in days if day.weekday() == want]
    return years[-1] if years and (len(years) == 1 or years[-1] - years[-2] > 5) else None


@lru_cache(maxsize=1)
def _dated_days():
    """The fixed days of anniversaries.tsv written right after a date: 以6月19日“国际档案日”为契机."""
    table, _ = _ordinal_days()
    fixed = {a: v for a, v in table.items() if _fixed_day(v[1], None)}
    alias = "|".join(re.escape(a) for a in sorted(fixed, key=len, reverse=True))
    return fixed, re.compile(r"(?P<m>\d(?<!\d\d)\d?)(?:月(?P<d>\d{1,2})日\s*(?:第(?:\d{1,3}|[一二三四五六七八九十百]{1,5})个)?\s*[“\"「]?"
                             r"|(?P<sep>[·•．.])(?P<d2>\d{1,2})[”\"」](?:全国|世界|国际|中国)?)(?P<alias>" + alias + r")")


def dated_days(doc, kb):
    """A fixed day named right after a date that is not its date (6月19日“国际档案日”: 6月9日), or after
    its short name (“3·22”世界气象日: 3月23日)."""
    text = doc.text
    if "日" not in text:
        return
    table, rx = _dated_days()
    for m in rx.finditer(text):
        _first, code, note = table[m.group("alias")]
        want = _fixed_day(code, None)
        d = m.group("d") or m.group("d2")
        if want and (int(m.group("m")), int(d)) != want:
            yield Finding(m.start("m"), m.end("d") + 1 if m.group("d") else m.end("d2"), "fact", "error", "fact.event_date",
                          f"日期与纪念日不符：{m.group('alias')}是{want[0]}月{want[1]}日（{note}）",
                          f"{want[0]}月{want[1]}日" if m.group("d") else f"{want[0]}{m.group('sep')}{want[1]}")


# 上周五（9月18日）/ 星期三（3月11日）: the weekday written before its date
_WD_BEFORE = re.compile(r"(?:星期|礼拜|周)(?P<w>[一二三四五六日天])\s*[（(]\s*(?:(?P<y>\d{4})年)?(?P<m>\d{1,2})月(?P<d>\d{1,2})日\s*[）)]")


def weekday_before(doc, kb):
    text = doc.text
    if "（" not in text and "(" not in text:
        return
    for m in _WD_BEFORE.finditer(text):
        mo, d = int(m.group("m")), int(m.group("d"))
        if m.group("y"):
            year = int(m.group("y"))
        else:
            doc_year = _doc_year(text)  # cached per text
            if doc_year is None:
                return
            if mo <= 3 and re.search(rf"{doc_year}年(?:1[012])月", text):
                continue
            year = doc_year
        try:
            actual = dt.date(year, mo, d).weekday()
        except ValueError:
            continue
        if actual != _WD[m.group("w")]:
            yield Finding(m.start(), m.end(), "fact", "error", "fact.weekday",
                          f"星期与日期不符：{year}年{mo}月{d}日是星期{_WD_NAME[actual]}", None)


_DATED = re.compile(r"\d{4}年|今年|本年|明年|去年|上年|前年|当年|那年|年前|曾|时任")


def anniversaries_undated(doc, kb):
    text = doc.text
    if "周年" not in text:
        return

    def undated(m) -> bool:
        sent = after_last(text, "。！？；\n", m.start())
        head = text[sent : m.start()]
        return not (_DATED.search(head) or re.search(r"(?:迎接|喜迎|献礼|向|筹备)$", head))  # dated, or 迎接…: the rules above

    matches = {m.start("n"): m for rx in (_anniv(kb, "undated"), _anniv(kb, "celebrate")) for m in rx.finditer(text)}
    months = _anniv_months(kb)
    summed = _summary_year(text)
    if summed is not None:  # 白沙镇2025年工作总结: what it celebrated, it celebrated in 2025
        bases = _anniv_bases(kb)
        for m in filter(undated, (matches[k] for k in sorted(matches))):
            base, n = bases.get(m.group("alias")), cn_number(m.group("n"))
            if base is not None and n is not None and summed - base > 1 and n != summed - base:
                yield Finding(m.start("n"), m.end("n") + 2, "fact", "error", "fact.anniversary",
                              f"周年数不符：{m.group('alias')}于{base}年，本文总结{summed}年的工作，"
                              f"{summed}年是{summed - base}周年", f"{summed - base}周年")
        return
    for m, base, n, year in _against_doc_year(text, kb, filter(undated, (matches[k] for k in sorted(matches)))):
        want = year - base
        if want > 1 and n == want + 1 and _before_anniversary(text, year, months.get(m.group("alias"))):
            yield Finding(m.start("n"), m.end("n") + 2, "fact", "error", "fact.anniversary",
                          f"周年数不符：{m.group('alias')}于{base}年，文件成文于{year}年、当年的纪念日之前，"
                          f"应为{want}周年", f"{want}周年")
            continue
        if want > 1 and n not in (want - 1, want, want + 1):
            yield Finding(m.start("n"), m.end("n") + 2, "fact", "error", "fact.anniversary",
                          f"周年数不符：{m.group('alias')}于{base}年，文件成文于{year}年前后，应为{want - 1}—{want}周年", None)


_YEAR_MARK = re.compile(r"\d{4}年|今年|本年|去年|明年|当年|届时|那年")


def anniversaries_together(doc, kb):
    """今年是中华人民共和国成立75周年、澳门回归祖国20周年: anniversaries named in one sentence fall in one
    year. When they point to different years, the one off the document's year (or off the year most of
    them point to) is reported."""
    text = doc.text
    if text.count("周年") < 2:
        return
    bases = _anniv_bases(kb)
    by_sent: dict[int, list] = {}
    for m in _anniv(kb, "any").finditer(text):
        n = cn_number(m.group("n"))
        if n is None or re.search(r"第|前|曾|时任|去年|明年", text[m.start() - 12 : m.start()].split("，")[-1]):
            continue  # 第…, a past anniversary
        sent = after_last(text, "。！？；\n", m.start()) - 1
        marks = [x.start() for x in _YEAR_MARK.finditer(text, sent + 1, m.start())]
        key = marks[-1] if marks else sent  # 2019年…70周年，今年…25周年: two times in one sentence
        by_sent.setdefault(key, []).append((m, bases[m.group("alias")] + n))
    for key, found in by_sent.items():
        years = [y for _, y in found]
        if len(set(years)) < 2:
            continue
        doc_year = _doc_year(text)
        named = int(text[key : key + 4]) if text[key : key + 4].isdigit() else None  # 2027年是…106周年，也是…建军90周年
        ref = named if named in years else doc_year if doc_year in years else max(set(years), key=years.count)
        if ref != named and doc_year not in years and years.count(ref) * 2 <= len(years):
            continue
        for m, y in found:
            if y != ref:
                n = ref - bases[m.group("alias")]
                yield Finding(m.start("n"), m.end("n") + 2, "fact", "error", "fact.anniversary",
                              f"周年数不符：同一句中其他纪念日都在{ref}年，{m.group('alias')}于{ref - n}年，到{ref}年是{n}周年", f"{n}周年")


# 今年是“十五五”规划开局之年: five-year plans run 2006–2010 (十一五), 2011–2015, 2016–2020,
# 2021–2025 (十四五), 2026–2030 (十五五) — the plans' own 纲要 (新华社发布)
_PLAN_YEAR = re.compile(r"(?P<when>今年|明年|去年|(?P<y>\d{4})年)(?:是|为|作为|既是|也是)[^。；！？\n]{0,24}?[“\"]?(?P<plan>十[一二三四五六七八九]五)[”\"]?"
                        r"(?:规划|时期)?(?:的)?(?P<what>开局之年|开篇之年|起步之年|开局年|第一年|收官之年|收官年|最后一年|决胜之年)")


def _plan_first(plan: str) -> int:
    """The first year of a five-year plan (十一五 → 2006, 十四五 → 2021)."""
    return 2006 + 5 * (cn_number(plan[1]) - 1)


_PLAN_HINT = re.compile(r"十[一二三四五六七八九]五[”\"]?(?:规划|时期)?(?:的)?(?:开局|开篇|起步|第一年|收官|最后一年|决胜)")


# 到2031年即“十五五”末: the end of a plan named by its year
_PLAN_END = re.compile(r"(?P<y>\d{4})年(?:即|，即|也就是|（)[“\"]?(?P<plan>十[一二三四五六七八九]五)[”\"]?(?:规划)?(?:期末|末|时期末)")


def plan_years(doc, kb):
    text = doc.text
    for m in (_PLAN_END.finditer(text) if "五”末" in text or "五末" in text or "期末" in text else ()):
        end = _plan_first(m.group("plan")) + 4
        if int(m.group("y")) != end:
            yield Finding(m.start("y"), m.end("y") + 1, "fact", "error", "fact.plan_year",
                          f"五年规划年份不符：“{m.group('plan')}”规划期为{end - 4}—{end}年，规划期末是{end}年", f"{end}年")
    for h in _PLAN_HINT.finditer(text):
        m = _PLAN_YEAR.search(text, max(0, h.start() - 32), h.end() + 4)
        if m is None or m.start("plan") != h.start():
            continue
        first = _plan_first(m.group("plan"))
        if m.group("y"):
            y = int(m.group("y"))
        else:
            dy = _doc_year(text)
            if dy is None:
                return
            y = dy + {"今年": 0, "明年": 1, "去年": -1}[m.group("when")]
        want = first if m.group("what") in ("开局之年", "开篇之年", "起步之年", "开局年", "第一年") else first + 4
        if y != want:
            yield Finding(m.start("plan") - (1 if text[m.start("plan") - 1] in "“\"" else 0), m.end("what"), "fact", "error",
                          "fact.plan_year", f"五年规划年份不符：“{m.group('plan')}”规划期为{first}—{first + 4}年，"
                          f"{m.group('what')}是{want}年，此处为{y}年", None)


_FULL_YMD = re.compile(r"((?:19|20)\d\d)年\d{1,2}月\d{1,2}日")


def _against_doc_year(text: str, kb, matches):
    """(match, base year, N, the document's year) for each anniversary match (groups alias, n) whose base
    year and N are known; none is yielded when the document has no year (``_doc_year``, cached per text)."""
    bases = _anniv_bases(kb)
    for m in matches:
        base = bases.get(m.group("alias"))
        n = cn_number(m.group("n"))
        if base is None or n is None:
            continue
        year = _doc_year(text)  # cached per text
        if year is None:
            return
        yield m, base, n, year


_CN_YMD = re.compile(r"([〇零一二三四五六七八九]{4})年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日")
_CN_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")
_YM = re.compile(r"((?:19|20)\d\d)年\d{1,2}月(?!\d)")
_YEAR_ONLY = re.compile(r"((?:19|20)(?<![\d.]\d\d)\d\d)年")


_SUMMARY_TITLE = re.compile(r"(?<![\d—\-－～~至到])(\d{4})年(?:度)?[^\n]{0,30}?(?:(?:工作)?总结|述职(?:述廉|述责)?报告)")
# 今年是“十四五”规划收官之年: 2025 (the plans run 2016–2020, 2021–2025, 2026–2030)
_PLAN_PERIOD_YEAR = re.compile(r"(?:今年|本年)(?:是|为)“?(?P<plan>十[三四五]五)”?(?:规划)?的?(?P<what>收官|开局)之年")


def _summary_year(text: str) -> int | None:
    """The year a summary is of, from its title in the first lines (白沙镇人民政府2025年工作总结和2026年工作打算)."""
    for line in text.lstrip().split("\n", 3)[:3]:
        m = _SUMMARY_TITLE.search(line)
        if m:
            return int(m.group(1))
    return None


@lru_cache(maxsize=4)  # asked by several rules of one document
def _doc_year(text: str) -> int | None:
    """The year most full dates of the document carry (its date line, header, meeting dates); without
    a full date, the one year the document names (召开2025年迎峰度夏…部署会), if it names only one, else the
    year of 今年是“十四五”规划收官之年 (2025). The 成文日期 comes first: a plan signed 2025年11月24日 names
    2026 more often than 2025."""
    signed = _signed_date(text) or _speech_date(text)  # (a speech's date in brackets under its title: 会议于2025年… named twice)
    if signed is not None:
        return signed.year
    years = [int(y) for y in _FULL_YMD.findall(text)]
    if not years:  # a date line in Chinese numerals (二〇二五年一月十日: a format slip, but a date all the same)
        years = [int(y.translate(_CN_DIGITS)) for y in _CN_YMD.findall(text)]
    if not years:  # year and month (截至2026年9月底): the year of the facts reported, when most of them name it
        ym = [int(y) for y in _YM.findall(text)]
        if ym and 2 * ym.count(max(set(ym), key=ym.count)) >= len(ym):
            years = ym
    if not years:
        named = set(_YEAR_ONLY.findall(text))
        if len(named) == 1:
            return int(named.pop())
        plan = _PLAN_PERIOD_YEAR.search(text)  # with no year named, or several
        return _plan_first(plan.group("plan")) + (4 if plan.group("what") == "收官" else 0) if plan else None
    return max(set(years), key=lambda y: (years.count(y), y))


_POINTS = re.compile(r"(?:由|从)(?:\d{4}年(?:底|末)?的?)?[^\d，,。；%％]{0,8}?(?P<a>\d+(?:\.\d+)?)\s*[%％][^\d，,。；%％]{0,10}?(?P<dir>" + _UP + "|" + _DOWN +
                     r"|降|升)(?:到|至)[^\d，,。；%％]{0,6}?(?P<b>\d+(?:\.\d+)?)\s*[%％](?:以上|左右|以下)?[，,]?\s*(?:" + _UP + "|" + _DOWN +
                     r")了?\s*(?P<z>\d+(?:\.\d+)?)\s*个百分点")


# 近视率从上年的52.5%降至51.2%，下降了1.3%: the difference of two rates is 1.3个百分点 (1.3% would be a relative change)
_PCT_DIFF = re.compile(_POINTS.pattern.replace(r"(?P<z>\d+(?:\.\d+)?)\s*个百分点", r"(?P<z>\d+(?:\.\d+)?)\s*[%％](?![\d%％])"))


def _percent_for_points(text: str):
    for m in _PCT_DIFF.finditer(text):
        a, b, z = float(m.group("a")), float(m.group("b")), float(m.group("z"))
        if a and abs(abs(b - a) - z) <= 0.051 and abs(abs(b - a) / a * 100 - z) > 0.051:
            yield Finding(m.start("z"), m.end(0), "fact", "warning", "fact.percentage",
                          f"两个百分数之差应以“百分点”表示：由{m.group('a')}%到{m.group('b')}%相差{m.group('z')}个百分点"
                          f"（相对变化为{abs(b - a) / a * 100:.1f}%）", f"{m.group('z')}个百分点")


# 首例病例发病时间为11月10日，末例病例发病时间为11月8日: the last case before the first
_FIRST_LAST = re.compile(r"首(?:例|起|发)[^。；\n]{0,16}?(?P<am>\d{1,2})月(?P<ad>\d{1,2})日[^。；\n]{0,30}?末(?:例|次|起)[^。；\n]{0,16}?"
                         r"(?P<bm>\d{1,2})月(?P<bd>\d{1,2})日")


# 项目建设期为2027年3月至2026年12月: a period of months whose end comes before its start
_YM_RANGE = re.compile(r"月(?:(?<=\d年\d月)|(?<=\d年\d\d月))(?:份)?(?:至|到|—|－|-|～)(?P<y2>\d{4})年(?P<m2>\d{1,2})月(?!\d{1,2}日)")
_YM_START = re.compile(r"(?P<y1>\d{4})年(?P<m1>\d{1,2})$")  # tried back from the 月 of a _YM_RANGE


def first_last(doc, kb):
    for m in (_YM_RANGE.finditer(doc.text) if "年" in doc.text else ()):
        st = _YM_START.search(doc.text, max(0, m.start() - 7), m.start())
        if st is None:
            continue
        a, b = (int(st.group("y1")), int(st.group("m1"))), (int(m.group("y2")), int(m.group("m2")))
        if b < a:
            yield Finding(m.start("y2"), m.end(), "fact", "error", "fact.period",
                          f"起止日期颠倒：结束时间（{b[0]}年{b[1]}月）早于开始时间（{a[0]}年{a[1]}月）", None)
    if "末" not in doc.text:
        return
    for m in _FIRST_LAST.finditer(doc.text):
        a, b = (int(m.group("am")), int(m.group("ad"))), (int(m.group("bm")), int(m.group("bd")))
        if b < a and a[0] - b[0] < 6:  # (12月28日 … 1月3日: the next year)
            yield Finding(m.start("bm"), m.end(), "fact", "warning", "fact.date_order",
                          f"日期先后矛盾：末例（末次）的日期{b[0]}月{b[1]}日早于首例的{a[0]}月{a[1]}日，请核对", None)


# 1—10月…同比增长6.8%…；1—9月为增长6.5%，累计增速回落0.3个百分点: the pace rose, so it did not 回落
_PACE = re.compile(r"(?:\d{1,2}(?:—|－|-|至)\d{1,2}月|[一二三]季度|上半年)(?:份)?(?:为|是)?(?:同比)?(?P<neg>增长|下降)?(?P<y>\d+(?:\.\d+)?)[%％][，,]\s*"
                   r"(?:累计)?增速(?:比[^，,。；\d]{0,8})?(?P<dir>回落|下降|放缓|加快|提高|回升|提升)(?P<z>\d+(?:\.\d+)?)个百分点")
_PACE_NOW = re.compile(r"(?:增长|增速为?|增速达)(?P<x>\d+(?:\.\d+)?)[%％]")


def growth_pace(doc, kb):
    text = doc.text
    if "增速" not in text:
        return
    for m in _PACE.finditer(text):
        if m.group("neg") == "下降":
            continue  # a fall against a rise: not one scale
        lo = after_last(text, "。！？\n", m.start())
        now = list(_PACE_NOW.finditer(text, lo, m.start()))
        if not now:
            continue
        x, y, z = float(now[0].group("x")), float(m.group("y")), float(m.group("z"))
        up = m.group("dir") in ("加快", "提高", "回升", "提升")
        if x == y or (x > y) == up and abs(abs(x - y) - z) <= 0.051:
            continue
        right = ("加快" if x > y else "回落") if (x > y) != up else m.group("dir")
        yield Finding(m.start("dir"), m.end(), "fact", "warning", "fact.percentage",
                      f"增速变化与数字不符：由{m.group('y')}%到{now[0].group('x')}%，应为{right}{abs(x - y):.1f}个百分点，请核对",
                      f"{right}{abs(x - y):.1f}个百分点")


def points(doc, kb):
    """由62%提高到71%，提高了8个百分点: the difference of two percentages, in points."""
    if "%" in doc.text or "％" in doc.text:
        yield from _percent_for_points(doc.text)
    for m in _POINTS.finditer(doc.text):
        a, b, z = float(m.group("a")), float(m.group("b")), float(m.group("z"))
        if abs(abs(b - a) - z) > 0.051:
            yield Finding(m.start("z"), m.end(0), "fact", "error", "fact.percentage",
                          f"百分点计算有误：由{m.group('a')}%到{m.group('b')}%相差{abs(b - a):.4g}个百分点", None)


_RATE = re.compile(r"(?:[\u4e00-\u9fff]{1,4}率(?:为|达到|达|是)?|占[^\d，,。；%％\n]{0,20}?的?|占比为?)\s*(?P<x>\d+(?:\.\d+)?)\s*[%％]")
# 586户1873人: a count in two units, one after the other; 5.6万亩, 600万元: a magnitude before the unit;
# 种 for rates only (抽检图书120种，其中合格118种，合格率…): kinds listed under a total overlap too often to be summed
_NUM_U = re.compile(r"(?P<n>" + _AT_NUM + r"(?:\.\d+)?)\s*(?P<m>[万亿]?)(?P<u>" + _UNITS + r"|种)(?:(?![\d%％])|(?=\d+\s*(?:人|名)(?![\d%％])))")
_NEGATION = re.compile(r"[不未无非]")
# 占全市规模以上服务业营业收入的31.6%: the whole named after 占, its last word (收入) found before its figure
_WHOLE_SUFFIX = re.compile(r"(?:总数|总量|总额|总和|总计|数|量|额)$")


def _whole_name(g0: str, x: str) -> str:
    """The whole named in 占…的X% (占年度计划的 → 年度计划; 占贷款额的 → 贷款), or ""."""
    whole = g0[1 : g0.rfind(x)].rstrip(" 的")
    if whole.startswith("比"):
        return ""
    whole = _WHOLE_SUFFIX.sub("", whole)
    return whole if len(whole) >= 2 else ""


def _common(a: str, b: str) -> int:
    """Length of the longest common substring of two short strings."""
    for k in range(min(len(a), len(b)), 0, -1):
        if any(a[i : i + k] in b for i in range(len(a) - k + 1)):
            return k
    return 0


_STEM_UNITS = (("里程", ("公里", "千米", "米")), ("资金", ("元", "万元", "亿元")), ("投资", ("元", "万元", "亿元")),
               ("户数", ("户",)), ("人数", ("人", "名")))


def rates(doc, kb):
    """整改率/覆盖率/占…%: a rate right after "A U", checked against a larger "B U" of the
    same unit earlier in the paragraph; reported only when no such B gives the rate. A rate
    named for the complement of its numerator (不合格12批次，合格率98.1%) is 1 − A/B; a whole
    named after 占 (占全市营业收入的) is looked for only among figures of that name."""
    text = doc.text
    for m in _RATE.finditer(text):
        x = float(m.group("x"))
        if x > 100 or text[m.start("x") - 1 : m.start("x")] in ("由", "从"):
            continue  # (占规划总用地的比例由40.76%下降为38.81%: a share before and after a change, of a whole not given)
        g0 = m.group(0)
        stem0 = g0.split("率")[0]
        if "满意" in stem0:
            continue  # 安置满意率达到100%: a survey of those served, not a share of the figures before it
        if not g0.startswith("占") and ((stem0.endswith(_CAN_EXCEED_STEM) and not stem0.endswith(("成功", "有效")))
                                        or any(c in g0 for c in "增长涨降")):
            continue  # 增长率, 利润率…: not a part of a whole
        line = doc.line_of(m.start())
        lo = max(line.start, m.start() - 160)
        named = not m.group(0).startswith("占")
        sent_start = after_last(text, "。！？；", m.start()) - lo
        window = text[lo : m.start()]
        # (a year is no count: 11个设区市中已有8个完成2025年度体检评估，完成率为…)
        nums = [p for p in _NUM_U.finditer(window) if not (p.group("u") == "年" and re.fullmatch(r"(?:19|20)\d\d", p.group("n")))]
        kind = next((units for key, units in _STEM_UNITS if key in stem0), None)
        if kind is not None:  # 里程完成率 after …386公里、投资4.8亿元: the rate counts 公里, not the money after them
            nums = [p for p in nums if p.group("u") in kind]
        if len(nums) < 2:
            continue
        last = nums[-1]
        gap = window[last.end() :]
        if ((gap.strip("，, ") and len(gap) > 4 and not (g0.startswith("占比") and len(gap) <= 16 and gap.endswith("，")
                                                          and not _GAP_MARKS.search(gap, 0, len(gap) - 1))
             and not _stem_in_gap(gap, g0) and not _label_again(window, last, gap, g0))
                or any(c in gap for c in "。；！？")):
            continue  # the rate does not follow its numerator (已有815家实施数字化改造，占比…: its clause, then 占比)
        if any(c in gap for c in "）)（("):
            continue  # the number is an aside in brackets (同比增长23.5%（去年同期为1200件），占…): not the numerator,
            # or the rate is (检查费27万元（按检测阳性率10%、每人150元计算）: the basis of a calculation)
        scope = ""
        if g0.startswith("占") and re.search(r"总(?:数|量|额|计|和)的", g0) and not re.search(r"\d", g0[:-len(m.group("x")) - 1]):
            scope = g0[1:3] if re.match(r"占[全本][国省市县区镇乡村]", g0) else ""
            if not scope:
                continue  # 占同期受理案件总数的18.7%: the whole is named, not given
            # 全乡18个村…，占全乡村总数的35.7%: the whole is the figure the same scope (全乡) counts
        if window[max(0, last.start() - 1) : last.start()] in ("近", "约", "超", "逾", "破", "过"):
            continue  # 其中到户近5亿元，占…: an approximate numerator
        if re.search(r"(?:每[千万百十]?[人户家个天日月年]|[人户日月年]均|平均)[^，,；;\d]{0,4}$", window[max(0, last.start() - 10) : last.start()]):
            continue  # 抽检量达到每千人3.3批次，问题发现率3.1%: a figure per head is no numerator
        rate_clause = window[after_last(window, "，,；。", len(window)) :] + stem0
        if named and _rate_of_another(window, nums, last, rate_clause):
            continue
        unit = last.group("u")
        a = float(last.group("n")) * _MULT[last.group("m")]
        noun = window[max(0, last.start() - 2) : last.start()]
        # 问题共…32个。…已完成整改29个，整改完成率…: progress (已…) against a total stated with 共
        clause_at = after_last(window, "，,。；", last.start())
        done = "已" in window[clause_at : last.start()]
        whole = "" if named else _whole_name(g0, m.group("x"))
        # a named rate (化解率, 整改率) reaches before its sentence only to a number of the same thing:
        # 发现隐患852处 … 整改到位隐患803处，整改率为…; not 受理信访事项2316件 … 化解积案36件，化解率…
        head = window[max(0, sent_start) : last.start()]
        cands = [p for p in nums[:-1] if p.group("u") == unit and float(p.group("n")) * _MULT[p.group("m")] > a
                 and (not named or p.start() >= sent_start or window[max(0, p.start() - 2) : p.start()] == noun
                      or (done and "共" in window[max(0, p.start() - 8) : p.start()])
                      or window[max(0, p.start() - 2) : p.start()] in ("合计", "共计", "总计")  # …，合计3亿元。…已兑付2.31亿元，兑付率77%
                      or _named_again(window[max(0, p.start() - 8) : p.start()], head))
                 and (whole or "占" not in window[p.end() : p.end() + 3])  # 刷单类131起，占33.9%；投资类87起，占…: a sibling
                 and not (named and (r := _OWN_RATE.match(window, p.end())) and g0.startswith(r.group("name")))]
        # 乡镇化解35件，化解率56.5%；县直部门化解12件，化解率…: a sibling with its own rate of the same name
        if scope:
            cands = [p for p in cands if scope in window[max(0, p.start() - 8) : p.start()]]
        qz = window.rfind("其中", max(sent_start, 0), last.start())
        if (qz >= 0 and not any(c in window[qz : last.start()] for c in "；。，")
                and any(qz < p.start() < last.start() and p.group("u") == last.group("u") for p in nums)):
            continue  # …其中上缴国库2100万元、…、完善相关手续1500万元，整改率为87.6%: the last of several parts is no numerator
        if whole and cands:
            # 总人口21346人，其中老年人5218人 … 占老年人口的: the figures whose name shares most with the whole
            score = [_common(whole, window[max(0, p.start() - 8) : p.start()]) for p in cands]
            best = max(score)
            cands = [p for p, k in zip(cands, score) if k == best >= 2]
        if not cands or a == 0:
            continue
        bs = [float(p.group("n")) * _MULT[p.group("m")] for p in cands]
        tol = _pct_tol(m.group("x"))
        # 不合格样品12批次，总体合格率为98.1%: the rate of what the numerator is not
        rate_name = stem0 if named else ""
        complement = named and bool(_NEGATION.search(window[clause_at : last.start()])) != bool(_NEGATION.search(rate_name))
        reduced = named and re.search(r"[减降]|压缩|缩小", rate_name) is not None  # 由1086家压减至41家，压减率96.2%: what went
        if any(abs(a / b * 100 - x) <= tol or ((complement or reduced) and abs(100 - a / b * 100 - x) <= tol) for b in bs):
            continue
        lab_a = bool(_NEGATION.search(window[max(0, last.start() - 4) : last.start()]))
        if any(lab_a != bool(_NEGATION.search(window[max(0, p.start() - 4) : p.start()])) and abs(a / (a + b) * 100 - x) <= tol
               for p, b in zip(cands, bs)):
            continue  # 合格3198批次，不合格62批次，不合格率为1.90%: a count and its complement make the whole
        same = [float(p.group("n")) * _MULT[p.group("m")] for p in nums if p.group("u") == unit and p.start() >= sent_start]
        wider = [float(p.group("n")) * _MULT[p.group("m")] for p in nums if p.group("u") == unit] if named else same
        pair = [float(p.group("n")) * _MULT[p.group("m")] for p in nums[:-1] if p.group("u") == unit]
        if any(abs(a / (b1 + b2) * 100 - x) <= tol for b1, b2 in zip(pair, pair[1:]) if b1 + b2 > a):
            continue  # 对…38名第一书记和76名工作队员进行了轮换，新选派人员中，35岁以下的41名，占36.0%: two figures make the whole
        if any(abs((a1 + a2) / b2 * 100 - x) <= tol for a1, a2 in zip(same, same[1:]) for b2 in wider if b2 > a1 + a2):
            continue  # 120个小区中，优秀的36个、良好的58个、合格的19个、不合格的7个，优良率为78.3%: two parts make the numerator
        if any(0 < a2 < b2 and abs(a2 / b2 * 100 - x) <= tol for a2 in same for b2 in wider):
            continue  # 27个问题中已整改到位23个，部分整改3个，正在整改1个，整改到位率85.2%: the rate's own part (its whole
            # may stand in the sentence before: 计划安排项目46个。…已完成38个，正在实施6个，尚未启动2个，完成率为82.6%)
        if any(p.group("u") == unit and (bv := float(p.group("n")) * _MULT[p.group("m")]) > a and abs(a / bv * 100 - x) <= tol
               for p in _NUM_U.finditer(text, max(0, line.start - 600) if whole else line.start, lo if whole else m.start())):
            continue  # 受理312件次…；…其他事项75件次，占24.0%: the whole is further back in the paragraph (or is a figure
            # with a share of its own: 流转面积3.96万亩，占…50.8%。…流入家庭农场1.38万亩、占34.8%); a named whole
            # may stand in the paragraph before (共收到…资金256.5万元。…结余28.6万元，占到位资金的11.2%)
        b, bt = bs[-1], cands[-1].group(0)
        got = 100 - a / b * 100 if complement else a / b * 100
        how = f"1－{last.group(0)}÷{bt}" if complement else f"{last.group(0)}÷{bt}"
        yield Finding(m.start("x"), m.end(0), "fact", "warning", "fact.percentage",
                      f"比率与前文数字不符：{how}≈{got:.1f}%，文中为{m.group('x')}%，请核对", None)


_GAP_MARKS = re.compile(r"[\d、，,（(]")  # a figure, a list or an aside between a numerator and its rate's clause


def _label_again(window: str, last, gap: str, g0: str) -> bool:
    """其中社区民警12名，社区民警占比达到…: the clause of the rate names again what its numerator counts."""
    label = gap.lstrip("，, ")
    return (g0.startswith("占比") and gap[:1] in "，," and 2 <= len(label) <= 8
            and window[max(0, last.start() - len(label)) : last.start()] == label)


def _stem_in_gap(gap: str, g0: str) -> bool:
    """已有148个完成改造，完成率为…: the clause after the numerator names the rate's own verb (完成), so
    the rate is of that number even with a few words between (a year among them is no figure: 完成2025年度体检评估)."""
    gap = re.sub(r"(?<!\d)(?:19|20)\d\d年", "年", gap)
    if "率" not in g0 or len(gap) > 12 or not gap.endswith(("，", ",")) or _GAP_MARKS.search(gap, 0, len(gap) - 1):
        return False
    stem = g0.split("率")[0][-2:]
    return len(stem) == 2 and stem in gap


def _rate_of_another(window, nums, last, stem: str) -> bool:
    """其中暴雨预警46次、…、高温预警24次，暴雨预警准确率达到92.4%: the rate is named for another figure
    of the list (暴雨预警), not for the number just before it, whose part of a whole it is not."""
    label = lambda p: window[max(0, p.start() - 4) : p.start()]  # noqa: E731
    if label(last) in stem:
        return False
    return any(len(lb := label(p)) == 4 and re.fullmatch(r"[\u4e00-\u9fff]{4}", lb) and lb in stem and not stem.endswith(lb)
               for p in nums[:-1])  # 整改到位57个…，整改到位率: the rate of that figure, checked as usual


def _named_again(label: str, head: str) -> bool:
    """The thing a figure counts is named again at the head of the rate's sentence: 违法用地图斑164个 …
    对违法用地图斑，已完成整改151个，整改率为… (the label's last three characters)."""
    label = re.sub(r"[^\u4e00-\u9fff]", "", label)
    return len(label) >= 3 and label[-3:] in head


def _rounding_tol(nums: list[str]) -> float:
    """How far a sum of the figures ``nums`` may stray from their total by the rounding of decimal parts."""
    dec = max(map(_decimals, nums))
    return (0.5 * 10 ** (-dec) * len(nums) if dec else 0) + 1e-9


def _decimals(num: str) -> int:
    """Decimal places written in a number (\"98.1\" → 1, \"42\" → 0)."""
    return len(num.split(".")[1]) if "." in num else 0


def _pct_tol(num: str) -> float:
    """How far a computed percentage may be from one written as ``num``: half its last place, and a little more."""
    return 0.5 * 10 ** (-_decimals(num)) + 0.011


def p_fmt(v: float) -> str:
    return str(int(v)) if v == int(v) else f"{v:g}"


_IN_OF_B = re.compile(r"(?P<b>\d+(?:\.\d+)?)\s*(?P<u>" + _UNITS + r")[^，,。；！？\d\n]{0,14}?$")
_IN_OF = re.compile(r"中[，,]?(?:已有|共有|有|仅有|只有)"
                    r"(?P<a>\d+(?:\.\d+)?)\s*(?P<ua>" + _UNITS + r")[^。；！？\d%％\n]{0,30}?(?:[\u4e00-\u9fff]{1,4}率(?:为|达到|达|是)?|占(?:比为?)?)"
                    r"\s*(?P<x>\d+(?:\.\d+)?)\s*[%％]")
_DAYS_RATE = re.compile(r"全年[^。；！？\n]{0,20}?(?P<a>\d{2,3})\s*天[^。；！？\d\n]{0,12}?[\u4e00-\u9fff]{1,4}率(?:为|达到|达|是)\s*(?P<x>\d+(?:\.\d+)?)\s*[%％]")
_OVER_100 = re.compile(r"率(?:稳定在|保持在|达到|达|为|是|提高到|提升到|超过)?\s*(?P<x>\d+(?:\.\d+)?)\s*[%％](?P<up>以上)?")
_RATE_NAME = re.compile(r"[\u4e00-\u9fff]{1,6}率$")
_CAN_EXCEED_STEM = ("回报", "利润", "周转", "容积", "溢价", "收益", "倍", "放大", "变化", "超额", "利", "税", "汇", "频", "效", "功")
_CAN_EXCEED = ("增长率", "增速", "回报率", "利润率", "周转率", "容积率", "溢价率", "收益率", "倍率", "放大率", "变化率", "涨幅率", "超额率",
               "拨备覆盖率", "流动性覆盖率", "偿付能力充足率", "净稳定资金比例")  # (拨备 ÷ 不良贷款: 215.6% is usual)


def _share_finding(m, a_str: str, b_str: str, what: str, shown_dec: int | None, over: bool = False) -> Finding | None:
    """A warning on the percentage ``m.group("x")`` when a ÷ b does not round to it (to its own decimals);
    ``shown_dec``: decimals of the computed share in the message (None: the text's, at least one);
    ``over``: a may exceed b (a target overachieved)."""
    a, b, x = float(a_str), float(b_str), float(m.group("x"))
    if b == 0 or (a > b and not over):
        return None
    dec = _decimals(m.group("x"))
    if abs(a / b * 100 - x) <= _pct_tol(m.group("x")):
        return None
    shown = max(dec, 1) if shown_dec is None else shown_dec
    return Finding(m.start("x"), m.end(0), "fact", "warning", "fact.percentage",
                   f"{what}：{a_str}÷{b_str}≈{a / b * 100:.{shown}f}%，文中为{m.group('x')}%，请核对",
                   f"{a / b * 100:.{dec}f}%")


def rates_more(doc, kb):
    """B U 中有 A U …，覆盖率为 X%;  全年优良天数 N 天，优良率 X%;  a share above 100%."""
    text = doc.text
    if "%" not in text and "％" not in text:
        return
    for m in _IN_OF.finditer(text):
        mb = _IN_OF_B.search(text, max(0, m.start() - 24), m.start())
        if mb is None or mb.group("u") != m.group("ua"):
            continue
        f = _share_finding(m, m.group("a"), mb.group("b"), "比率与前文数字不符", 1)
        if f:
            yield f
    for m in _DAYS_RATE.finditer(text):
        a, x = float(m.group("a")), float(m.group("x"))
        if all(abs(a / d * 100 - x) > _pct_tol(m.group("x")) for d in (365, 366)):
            yield Finding(m.start("x"), m.end(0), "fact", "warning", "fact.percentage",
                          f"比率与天数不符：{m.group('a')}÷365≈{a / 365 * 100:.1f}%，文中为{m.group('x')}%，请核对", None)
    for m in _OVER_100.finditer(text):
        name = _RATE_NAME.search(text, max(0, m.start() - 6), m.start() + 1)
        name = name.group(0) if name else "率"
        x = float(m.group("x"))
        if name.endswith(_CAN_EXCEED) or "增" in name or "长" in name:
            continue
        if name.endswith("完成率") and "整改" not in name:
            continue  # 年度计划完成率106%: a plan can be overachieved; 整改完成率 cannot
        if x > 100 or (x == 100 and m.group("up")):
            yield Finding(m.start("x"), m.end(0), "fact", "error", "fact.percentage",
                          f"“{name}”是部分占整体的比率，不会超过100%", None)


_INCOME = r"人均可支配收入(?:达到|为|是|达)?\s*(?P<{0}>\d{{1,3}}(?:[ ,，]?\d{{3}})*(?:\.\d+)?)\s*(?P<{0}u>万?)元"
_URBAN = re.compile(r"城镇(?:常住)?居民" + _INCOME.format("v"))
_RURAL = re.compile(r"农村(?:常住)?居民" + _INCOME.format("v"))
_RATIO = re.compile(r"城乡居民(?:人均可支配)?收入(?:之)?比(?:值)?(?:为|是|由[^，。；\n]{0,10}?(?:缩小|下降|降低|扩大)(?:到|至)|缩小到|缩小至|缩小为|降至|降为|下降到|达到)?\s*"
                    r"(?P<r>\d+(?:\.\d+)?)(?:\s*[∶:]\s*1)?")


def _money(m) -> float:
    v = float(re.sub(r"[ ,，]", "", m.group("v")))
    return v * 10000 if m.group("vu") else v


def income_ratio(doc, kb):
    """城乡居民收入比 against the urban and rural incomes stated in the same paragraph."""
    text = doc.text
    if "收入比" not in text and "收入之比" not in text:
        return
    for m in _RATIO.finditer(text):
        line = doc.line_of(m.start())
        seg = text[line.start : m.start()]
        u = list(_URBAN.finditer(seg))
        r = list(_RURAL.finditer(seg))
        if not u or not r:
            continue
        ur, rr = _money(u[-1]), _money(r[-1])
        if rr == 0:
            continue
        want = ur / rr
        dec = _decimals(m.group("r"))
        if abs(want - float(m.group("r"))) > 0.5 * 10 ** (-dec) + 0.006:
            yield Finding(m.start("r"), m.end(0), "fact", "error", "fact.ratio",
                          f"城乡居民收入比与前文不符：{u[-1].group('v')}元÷{r[-1].group('v')}元≈{want:.2f}，文中为{m.group('r')}",
                          f"{want:.{max(dec, 2)}f}" + ("∶1" if "∶" in m.group(0) else (":1" if ":" in m.group(0) else "")))


_QIZHONG = re.compile(r"其中[，,：:]?")
_NEXT_STATEMENT = re.compile(r"[；;](?=[^；;。\d]{0,12}?(?:发展到|达到|增至|增加到|新增|建成|培育|累计|设立|设置|配备|组建|成立))")
_SUM_WORD = re.compile(r"合计|共计|总计|小计")
_SUB_PARTS = re.compile(r"(?<=[人个家件名项元户所座])[，,](?:包括|含)[^；;。]*(?=[；;])")
_RATE_HEAD = re.compile(r"(?:日均|月均|年均|平均|每日|每天)[\u4e00-\u9fff]{0,4}$")  # 按当前日均耗煤量5.4万吨计算: a rate, no total
_CHANGED_BY = re.compile(r"(?:增加|减少|增长|下降|提高|降低|净增|多|少)了?$")
# 按性质分，公办28家，民办26家 / 分层级看，… / 从类型看，…: a breakdown by one criterion, whose parts make the whole
_PARTITION = re.compile(r"(?:按|分|从)(?P<by>[\u4e00-\u9fff]{1,6}?)(?<!以来)(?:划分|分|来看|上看|看)[，,：:]")
# a part's unit -> the larger units of the same kind a total may be given in, with their factor
_SCALED = {"万元": {"亿元": 1e4}, "元": {"万元": 1e4, "亿元": 1e8}, "吨": {"万吨": 1e4}, "亩": {"万亩": 1e4},
           "人": {"万人": 1e4}, "人次": {"万人次": 1e4}, "平方米": {"万平方米": 1e4},
           **{u: {"万" + u: 1e4} for u in "名个家所台辆套张条"}, "万千瓦时": {"亿千瓦时": 1e4}, "千瓦时": {"万千瓦时": 1e4, "亿千瓦时": 1e8},
           "千瓦": {"万千瓦": 1e4}}
# 乡级林长1.2万名、村级林长3.6万名 among parts counted in 名: one unit, the 万 a multiplier
_WAN_COUNT = {"万" + u: u for u in "名个家所台辆套张条"}
_THREE_IND = ("第一产业", "第二产业", "第三产业")


def _common_tail(labels) -> str:
    """The characters every label ends with (产业类项目, 基础设施类项目 → 项目)."""
    if not labels or not all(labels):
        return ""
    k = 0
    while k < min(map(len, labels)) and len({lb[-1 - k] for lb in labels}) == 1:
        k += 1
    return labels[0][len(labels[0]) - k :]


def _is_cjk_char(c: str) -> bool:
    return len(c) == 1 and "\u4e00" <= c <= "\u9fff"


def breakdowns(doc, kb):
    """A breakdown after 其中 against the last number of the same unit before it: in the same
    sentence (实施重点项目126个，完成投资218亿元，其中产业项目82个…) or, after “。其中”, in the
    sentence before. Reported when a part or the sum exceeds the total, or when a closed
    breakdown (男/女, 一般/其他, the three industries) does not add up."""
    text = doc.text
    partitions = list(_PARTITION.finditer(text)) if "看" in text or "分，" in text or "分：" in text else []
    for q in sorted((*_QIZHONG.finditer(text), *partitions), key=lambda m: m.start()):
        by_criterion = not q.group(0).startswith("其中")
        if by_criterion and text[q.start() - 1 : q.start()] not in ("。", "，", "；", "\n", ""):
            continue  # 要分类看，… / 按月分… inside a clause: no breakdown's head
        start = q.end()
        end_m = _SENT_END2.search(text, start)
        stop = end_m.start() if end_m else len(text)
        nxt = text.find("其中", start, stop)
        if nxt >= 0:  # …3所；幼儿园86所，其中…: the number before the next 其中 is its total, no part of this one
            k = nxt - 1 if text[nxt - 1 : nxt] in ("，", ",") else nxt
            cut = max(text.rfind(c, start, k) for c in "；，、")
            stop = cut if cut > start else nxt
        if text[q.start() - 1 : q.start()] in ("（", "("):  # （其中大型水库4座、中型水库19座）、186座小型水库
            close = text.find("）" if text[q.start() - 1] == "（" else ")", start, stop)
            stop = close if close >= 0 else stop
        part_text = re.sub(r"[（(][^）)]*[）)]", lambda x: " " * len(x.group(0)), text[start:stop])
        # 其中卫生技术人员57人，包括执业医师19人、注册护士24人…；其他人员11人: a part's own breakdown up to the semicolon
        part_text = _SUB_PARTS.sub(lambda x: " " * len(x.group(0)), part_text)
        part_text = _PARTS_END.split(part_text, 1)[0]
        part_text = _NEXT_STATEMENT.split(part_text, 1)[0]  # …2家；家庭茶场发展到64家: another count, not a part
        parts = list(_PART.finditer(part_text))
        if any(_SUM_WORD.search(p.group("label")) and p.group("u") == parts[0].group("u") for p in parts[1:]):
            continue  # 国家级示范社3家、…，各级示范社合计148家: the parts have their own sum, a subset of the whole
        if len(parts) < 2:
            continue
        if re.search(r"[，,；]", part_text[: parts[0].start()].lstrip("，,：: ")):
            continue  # 其中小麦、玉米已全部完成，稻谷完成0.28万吨，剩余…: some parts are named without a figure
        # sentence (or, after "。其中", the sentence before) that holds the total
        before_end = q.start()
        if text[before_end - 1 : before_end] == "。":
            before_end -= 1
        sent_start = after_last(text, "。！？\n", before_end)
        before = text[sent_start : q.start()]
        wan = {p.group("u") for p in parts} & _WAN_COUNT.keys()
        mixed = {u for u in wan if _WAN_COUNT[u] in {p.group("u") for p in parts}}  # 1920名、1.2万名: one unit
        base = {u: _WAN_COUNT[u] for u in mixed}
        for unit in dict.fromkeys(base.get(p.group("u"), p.group("u")) for p in parts):
            ps = [p for p in parts if base.get(p.group("u"), p.group("u")) == unit]
            if len(ps) < 2:
                continue
            units = (unit, "项") if unit == "个" else (unit,)
            tots = [t for t in _NUM_T.finditer(before) if t.group("u") in units]
            scale = 1.0
            if not tots and unit in _SCALED:
                # 已整改问题金额1.68亿元，其中上缴国库2100万元、…: a total in a larger unit of the same kind
                tots = [t for t in _NUM_T.finditer(before) if t.group("u") in _SCALED[unit]]
                scale = _SCALED[unit][tots[-1].group("u")] if tots else 1.0
            if not tots or by_criterion and (len(tots) > 1 or scale != 1.0 or "其中" in before
                                              or _AVERAGED.search(before, max(0, tots[0].start() - 8), tots[0].start())):
                continue  # a breakdown by criterion: only under the one total of its unit, not per head
            # 共登记2846件次，比上年同期的3070件次下降7.3%。其中…: last year's figure is a base, not the total
            # 拟招录75名，比2026年增加5名。其中…: a change is no total either
            t = next((t for t in reversed(tots) if not _COMPARED.search(before, max(0, t.start() - 8), t.start())
                      and not _CHANGED_BY.search(before, max(0, t.start() - 4), t.start())
                      and not _RATE_HEAD.search(before, max(0, t.start() - 8), t.start())), tots[-1])
            if before[max(0, t.start("n") - 2) : t.start("n")] in _PER_HEAD or "每" in before[max(0, t.start() - 6) : t.start()]:
                continue  # 老党员每人800元，其中年满90周岁的每人1000元: a rate per head, not a whole
            if (by_criterion and not _shares_word(q.group("by") + "|" + "|".join(p.group("label") for p in ps),
                                                  before[max(0, t.start() - 16) : t.end() + 8])
                    and not re.search(r"共|总|合计|全[国省市县区镇乡]", before[max(0, t.start() - 16) : t.start()])):
                continue  # 2027年将有2名员额法官退休。从审判辅助力量看，法官助理31名…: the criterion is not the total's
            tail = _common_tail([p.group("label").strip("、，, ") for p in ps]).rstrip("有为是共达").lstrip("的")
            if len(tail) >= 2 and _is_cjk_char(before[t.end() : t.end() + 1]) and tail not in before[t.end() : t.end() + 8]:
                continue  # 分配给8个党支部包联，其中产业类项目17个…: the parts count 项目, the figure before counts 党支部
            noun = _NOUN_AFTER.match(part_text, ps[0].end())
            if noun and noun.group(0) in before and noun.group(0) not in before[max(0, t.start() - 8) : t.end() + 4]:
                continue  # 改造老旧小区17个…绿地6个。其中，一期…7个老旧小区: the parts count another total than the last
            if t.group("u") not in units:
                scale = _SCALED[unit][t.group("u")]
            total = float(t.group("n")) * scale
            values = [float(p.group("n")) * (1e4 if p.group("u") in base else 1) for p in ps]
            labels = "".join(p.group("label") for p in ps)
            plain = [p.group("n") for p in ps if p.group("u") not in base]
            tol = max((_rounding_tol(plain) if plain else 0)  # and each 1.2万 may stand for 11,500–12,499
                      + sum(0.5 * 10 ** (-_decimals(p.group("n"))) * 1e4 for p in ps if p.group("u") in base), 0.5 * 10 ** (-_decimals(t.group("n"))) * scale + 1e-9)
            closed = (by_criterion
                      or all(p.group("label").lstrip("、，, ").startswith("原") for p in ps)  # a merger: 原青湾镇…、原石溪乡…
                      or re.match(r"[^\d]{0,2}(?:一般|其他|其余|其它|剩余)", ps[-1].group("label").lstrip("、，, ")) is not None
                      or all(k in labels for k in _THREE_IND)
                      or all(k in labels for k in ("国家级", "省级", "市级")) and "以上" not in labels  # the tiers of 市级以上
                      or "省级以上" in before[max(0, t.start() - 16) : t.start()] and len(ps) == 2
                      and all(k in labels for k in ("国家级", "省级")) and "以上" not in labels  # 省级以上…96个，其中国家级…、省级…
                      or _inside_outside([p.group("label") for p in ps])
                      or (len(ps) == 2 and "男" in labels and "女" in labels)
                      or _complementary([p.group("label") for p in ps])
                      or _merged_label(before[max(0, t.start() - 8) : t.start()], [p.group("label") for p in ps])
                      or _either_side([p.group("label") for p in ps])
                      or _enumerated(text, q.start(), [p.group("label") for p in ps]))
            ts, te = sent_start + t.start("n"), start + ps[-1].end("u")  # the total and its breakdown
            if any(abs(sum(values[:k]) - total) <= tol for k in range(2, len(values))):
                continue  # 立案412件，其中…351件、…61件；不予立案的74件: the breakdown closed before later items
            if any(v > total + tol for v in values):
                if (by_criterion or text[q.start() - 1 : q.start()] == "。") and all(v > total + tol for v in values):
                    continue  # 将有2名员额法官退休。从审判辅助力量看，法官助理31名、书记员46名: every part exceeds it, no whole
                    # (…追究刑事责任的案件4起。其中，…46起，…31起: the parts of an earlier figure than the last)
                if noun and noun.group(0) not in before[max(0, t.start() - 12) : t.end() + 4]:
                    continue  # 完工41个。其中，126个老旧小区改造项目…: a count of another thing than the total's
                yield Finding(ts, te, "fact", "warning", "fact.total",
                              f"分项数大于总数：总数为{t.group('n')}{t.group('u')}，请核对", None)
                continue
            s_ = sum(values)
            if abs(s_ - total) <= tol:
                continue
            if any(x is not t and x.group("u") == t.group("u") and abs(float(x.group("n")) * scale - s_) <= tol for x in tots):
                continue  # 联系点12个，覆盖7个县（市、区），其中…5个、…4个、…2个、…1个: the parts make the earlier figure
            para = doc.line_of(q.start()).start
            if any(x.group("u") == t.group("u") and abs(float(x.group("n")) * scale - s_) <= tol
                   for x in _NUM_T.finditer(text, para, sent_start)):
                continue  # 共发生案件1842起…。共破获1166起…。从诈骗类型看，…: the parts make a figure earlier in the paragraph
            if (re.match(r"[^\d]{0,2}(?:其余|剩余|另外)", ps[-1].group("label").lstrip("、，,；; "))
                    and any(abs(float(x.group("n")) * scale - total - values[-1]) <= tol for x in tots if x is not t)):
                continue  # 问题线索9件，已办结7件，其中立案3件…；其余2件正在核查中: the rest of the earlier whole
            money = (_money_closed(unit, [p.group("label") for p in ps], s_, total)
                     or (_counts_closed(unit, [p.group("label") for p in ps], [p.group("n") for p in ps], s_, total)
                         and not _enumerated(text, q.start(), [p.group("label") for p in ps], fewer=True)))
            if s_ > total or closed or money:
                if (_OVERLAP.search(labels) or _attribute_parts([p.group("label") for p in ps])) and not closed and not money:
                    continue
                yield Finding(ts, te, "fact", "error" if closed else "warning", "fact.total",
                              f"分项之和与总数不符：总数{t.group('n')}{t.group('u')}，其中各项合计{p_fmt(round(s_, 6))}{unit}，请核对", None)


def _shares_word(a: str, b: str) -> bool:
    """Two strings with a two-character Chinese string in common."""
    return any(a[k : k + 2] in b for k in range(len(a) - 1))


_AVERAGED = re.compile(r"人均|平均|户均|村均|均为|每")
_COMPARED = re.compile(r"(?:比|较|同比|上年|去年|同期)[^，,。；\d]{0,5}$")
_MONEY = ("元", "万元", "亿元")
# 其中县级财政安排200万元、上级补助资金100万元 / 其中住院救助1420万元、门诊救助375万元: the parts of a sum of
# money by source or by use are meant to add up; words that make a part overlap or leave a remainder
# (含, 以上, 累计, 已, 新增…) keep the breakdown open.
_MONEY_OPEN = re.compile(r"以上|以下|以内|含|超过|不足|达到|同比|增加|减少|增长|下降|分别|已|累计|占|平均|其余|另有|新增|"
                         r"重点|用于|主要|部分|首批|第一批|先期|预拨|已拨|到位|完成|其中|约|近|超(?=\s*$)|余(?=\s*$)|剩余|余下|结余")


def _money_closed(unit, labels, s, total) -> bool:
    """A money breakdown of two or more parts whose sum falls short of the total by at most 10%."""
    if unit not in _MONEY or len(labels) < 2 or not 0.9 * total <= s < total:
        return False
    if any(not lb.strip("、，,；; ") or lb[-1:].isspace() for lb in labels):
        return False  # 24 360元: a number with a space separator is not read whole
    return not any(_MONEY_OPEN.search(lb) for lb in labels)


_MEASURES = ("公顷", "亩", "平方米", "平方公里", "公里", "吨")  # parts with decimals (3.18公顷) are exact measures


def _counts_closed(unit, labels, numbers, s, total) -> bool:
    """其中乡干部28人、村干部56人、护林员和保洁员26人 under 120人: three or more exact counts that come within
    10% of the total (two within 5%: 乡镇综合服务社18个、村级综合服务社26个 under 46个), with no word that
    makes a part overlap or leave a remainder, are meant to add up."""
    if unit in _MONEY or unit[0] in "万亿" or len(labels) < 2 or not (0.9 if len(labels) > 2 else 0.95) * total <= s < total:
        return False  # two parts (机关干部36人、村干部100人 of 150人) may leave others out: only a near miss counts
    if (any("." in n for n in numbers) and unit not in _MEASURES) or any(not lb.strip("、，,；; ") or lb[-1:].isspace() for lb in labels):
        return False
    joined = "".join(labels)
    return not (_MONEY_OPEN.search(joined) or _OVERLAP.search(joined))


_SENT_END2 = re.compile(r"[。！？\n]")
_NOUN_AFTER = re.compile(r"[\u4e00-\u9fff]{2,4}")  # 7个老旧小区改造: the noun counted
_PARTS_END = re.compile(r"[，,；;](?=已|另|此外|同时|比|较|均|全部|共|累计|占|同比|分别|合计|总计|目前|截至|平均|控制在|不超过|低于)"
                        r"|[；;](?=获|完成|实现|新增|开展|组织|办理|举办|落实|争取|引进|培训|发放|授权)"
                        r"|[，,](?=[^，,；;。\d]{4,}[；;])"  # …51座，主要表现为坝坡滑塌…；水闸损毁89座: a clause of words ends the parts
                        r"|[，,](?=[^，,；;。\d]{0,8}?率(?:为|达|是|达到)?\s*\d)")  # 达标样品213份，达标率为99.1%；宜存样品209份: a part
# measured on its own (each part against the whole, another criterion after the rate)
_NUM_T = re.compile(r"(?P<n>" + _AT_NUM + r"(?:\.\d+)?)\s*(?P<u>" + _UNITS + r")(?![%％])")


# -- sums announced after their parts ---------------------------------------------
_ABOVE_SUM = re.compile(r"(?:以上|上述)(?:各项|几项|[\u4e00-\u9fff]{1,2}项|(?P<k>\d)项)?(?:合计|共计|总计|共)\s*(?P<n>\d+(?:\.\d+)?)\s*(?P<u>" + _UNITS + r")(?![\d%％])")
_ITEM_SUM = re.compile(r"计(?<![合共总小]计)\s*(?P<n>\d+(?:\.\d+)?)\s*(?P<u>" + _UNITS + r")(?![\d%％])")
_TAIL_SUM = re.compile(r"(?:共计(?:表彰|评选出?|命名)[\u4e00-\u9fff]{0,12}?|共计|合计|总计|共涉及(?:[\u4e00-\u9fff]{1,4}?))\s*(?P<n>\d+(?:\.\d+)?)\s*(?P<u>" + _UNITS + r")(?![%％])(?!\d+(?:\.\d+)?\s*[%％])")  # (合计6718户11482人: a second count may follow)
_TIER = re.compile(r"(?:国家|省|市|县|区|乡|镇|村|组)级")
_CLAUSE_NUM = re.compile(r"(?P<n>" + _AT_NUM + r"(?:\.\d+)?)\s*(?P<u>" + _UNITS + r")$")


_PERSONS = {"名": "人"}
_SUM_LABEL = re.compile(r"[，,](?:(?:全[国省市县区镇乡村部体]|以上|上述|各项)[^\d，,。；;、：:（）()]{0,6})?$")
_GROUP_COUNT = re.compile(r"\d+\s*(?:支|个|家|所|组|班)$")
_AWARD = re.compile(r"授[予于]|表彰|命名")  # (授于, the slip of 授予, still names an award)
_SECOND_COUNT = re.compile(r"\s*(?P<n>\d+(?:\.\d+)?)\s*(?P<u>" + _UNITS + r")(?![\d%％])")
_PAIR_END = re.compile(r"(?P<n1>\d+(?:\.\d+)?)\s*(?P<u1>" + _UNITS + r")\s*(?P<n2>\d+(?:\.\d+)?)\s*(?P<u2>" + _UNITS + r")$")
_MEMBERS = re.compile(r"(?:共有|有|共)?(?:队员|人员|成员|学员|职工|志愿者|工作人员)")
_ALT_UNIT = re.compile(r"[（(](?P<u>户|人|名|人次|户次)[）)]")
# before 合计 every part is listed: degrees and ranks (博士学位186人、硕士学位1524人) are parts, not overlaps
# (重点优抚对象 names a group, not an attribute of some of the other parts)
_OVERLAP_LISTED = re.compile(_OVERLAP.pattern.replace("高级|正高|副高|博士|硕士|研究生|", "").replace("重点|", ""))


def listed_sums(doc, kb):
    """以上合计36.6万元 after items 计9万元；计20.8万元…, and 成员11人，主任9人，…，共计46人:
    a sum stated after its listed parts must equal their sum."""
    text = doc.text
    if "计" not in text and "共涉及" not in text:
        return
    for m in (_ABOVE_SUM.finditer(text) if "以上" in text or "上述" in text else ()):
        line = doc.line_of(m.start())
        before = text[line.start : m.start()]
        u = m.group("u")
        vals = [float(i.group("n")) for i in _ITEM_SUM.finditer(before) if i.group("u") == u]
        if len(vals) < 2:  # 电脑20台，12万元；打印机10台，3万元。以上合计15万元
            vals = []
            for seg in re.split(r"[；;。]", before)[:-1] if re.search(r"[；;。]$", before.rstrip("，, ")) else re.split(r"[；;。]", before):
                c = _CLAUSE_NUM.search(seg.rstrip("，,。 "))
                if c and c.group("u") == u:
                    vals.append(float(c.group("n")))
        if len(vals) < 2 and not before.strip(" \t\u3000"):
            vals = _headed_items(doc, line, u, int(m.group("k") or 0))
        if len(vals) < 2:
            continue
        yield from _sum_finding(m, vals)
    for m in _TAIL_SUM.finditer(text):
        head = _SUM_LABEL.search(text, max(0, m.start() - 11), m.start())  # ，全县扑火力量共计421人
        if head is None:
            continue
        sent = after_last(text, "。！？；;：:\n", m.start())
        seg = re.sub(r"[（(][^）)]*[）)]", lambda x: " " * len(x.group(0)), text[sent : head.start()])
        clauses = _numbered_items(seg)
        tiers = [t.group(0) for c in clauses if (t := _TIER.search(c))]
        if len(tiers) >= 2 and len(set(tiers)) == len(tiers):
            clauses = [_TIER.sub("", c) for c in clauses]  # 县级林长11名、乡级林长86名、村级林长312名，合计…: tiers, not overlaps
        second = _SECOND_COUNT.match(text, m.end())
        if second is not None:  # 城市低保对象1236户2015人，农村低保对象5482户9367人，合计6718户11482人: two counts a part
            pairs = []
            for c in reversed(clauses):
                pr = _PAIR_END.search(c.rstrip(" ，,"))
                if pr is None or (pr.group("u1"), pr.group("u2")) != (m.group("u"), second.group("u")):
                    break
                pairs.append(pr)
            lead = clauses[: len(clauses) - len(pairs)]
            if len(pairs) >= 2 and not any(x.group("u") in (m.group("u"), second.group("u")) for c in lead for x in _NUM_T.finditer(c)):
                yield from _sum_finding(m, [float(pr.group("n1")) for pr in pairs])
                yield from _sum_finding(second, [float(pr.group("n2")) for pr in pairs])
                continue
        vals = []
        units = {_PERSONS.get(m.group("u"), m.group("u"))}
        if (alt := _ALT_UNIT.match(text, m.end())) is not None:
            units.add(_PERSONS.get(alt.group("u"), alt.group("u")))  # 合计4962户（人）: parts in 户 and in 人
        used = 0
        for c in reversed(clauses):
            n = _CLAUSE_NUM.search(c)
            if n is None and _AWARD.search(c):
                nums = [x for x in _NUM_T.finditer(c) if _PERSONS.get(x.group("u"), x.group("u")) in units]
                n = nums[0] if len(nums) == 1 else None  # 授予…等8个集体“…”称号: the one count of an award clause
            if vals and _GROUP_COUNT.search(c) and _MEMBERS.match(clauses[len(clauses) - used]):
                used += 1  # 县级专业扑火队1支、队员45人: the team counted before its members
                continue
            if not n or _PERSONS.get(n.group("u"), n.group("u")) not in units or _OVERLAP_LISTED.search(c) or "其中" in c:
                break  # 民警2名、辅警4名，…巡防队员3名，共计8人: 名 and 人 count the same
            vals.append(float(n.group("n")))
            used += 1
        lead = clauses[: len(clauses) - used]
        same = "|".join(u for u in _UNITS.split("|") if _PERSONS.get(u, u) in units)
        if len(vals) < 2 or any(re.search(r"\d\s*(?:" + same + ")|其中", c) or _OVERLAP_LISTED.search(c)
                                or re.search(r"\d", c) and c.rstrip(" ，,").endswith("中") for c in lead):
            continue  # every clause of the sentence is a part (甲11人，乙9人，丙18人，共计46人), after a lead-in (经测算，) at most
            # or a count of another unit (现设5个内设机构，核定行政编制18名、事业编制42名，合计62名), unless it names a
            # wider whole the parts are among (全县12所卫生院中，6所…)
        yield from _sum_finding(m, vals)


def _numbered_items(seg: str) -> list[str]:
    """The clauses of ``seg`` split at commas and 、, a piece without a digit joined to the next one: its label goes on
    (大陆有关部门、高校和企业代表120人 is one part)."""
    out: list[str] = []
    for clause in re.split(r"[，,]", seg):
        pending = ""
        for piece in clause.split("、"):
            if pending:
                piece = pending + "、" + piece
            if re.search(r"\d", piece):
                out.append(piece)
                pending = ""
            else:
                pending = piece
        if pending:
            out.append(pending)
    return out


_ITEM_HEAD = re.compile(r"[ \t\u3000]*(?:[（(][一二三四五六七八九十]{1,2}[）)]|[一二三四五六七八九十]{1,2}、|\d{1,2}[.．])")
_LINE_AMOUNT = re.compile(r"(?P<n>\d+(?:\.\d+)?)\s*(?P<u>" + _UNITS + r")(?![\d%％])")


def _headed_items(doc, line, unit: str, count: int) -> list[float]:
    """（一）…预算42万元。（二）…预算18.5万元。（三）… on the lines before 以上3项合计68万元: the last amount in ``unit`` of
    each numbered line right before it (``count`` of them when the sum says how many)."""
    lines = doc.nonblank
    i = next((k for k, ln in enumerate(lines) if ln.start == line.start), None)
    vals: list[float] = []
    while i:
        i -= 1
        t = lines[i].text
        if not _ITEM_HEAD.match(t):
            break
        amounts = [a for a in _LINE_AMOUNT.finditer(t) if a.group("u") == unit]
        if not amounts:
            break  # the heading above the items (一、项目建设内容)
        vals.append(float(amounts[-1].group("n")))
    return vals if len(vals) >= 2 and (not count or count == len(vals)) else []


def _sum_finding(m, vals):
    s_ = round(sum(vals), 6)
    total = float(m.group("n"))
    dec = max((len(str(v).split(".")[1]) if v != int(v) else 0) for v in vals)
    if abs(s_ - total) <= 1e-6 + (0.5 * 10 ** (-dec) * len(vals) if dec else 0):
        return
    yield Finding(m.start("n"), m.end("u"), "fact", "warning", "fact.total",
                  f"合计与所列各项之和不符：所列各项合计{p_fmt(s_)}{m.group('u')}，文中为{m.group('n')}{m.group('u')}，请核对", None)


# -- closed lists: 资金来源为：…; 4项支出共计…，分别…、…、…和… ---------------------------------------
_AMOUNT = r"(?P<{0}>\d+(?:\.\d+)?)\s*(?P<{0}m>[万亿千]?)(?P<{0}u>" + _UNITS + ")"
# 项目总投资24.5亿元，资金来源为：资本金6.5亿元、银行贷款14亿元、专项债券3.5亿元: the sources of the
# whole sum (not 资金来源主要为, not a part 其中…)
_FUNDING = re.compile(r"(?:总投资|投资总额|总预算|总概算|总经费|经费总额|共需资金|所需资金|资金需求)(?:约|为|共计|合计|达)?\s*"
                      + _AMOUNT.format("t") + r"[，,；;。]\s*(?:资金来源|资金筹措|筹资方式|资金构成|筹资渠道)(?:方案)?(?:为|是|如下|包括)?[：:，,]?"
                      r"(?!\s*(?:主要|部分|之一|尚|暂))")
# 压减会议费、差旅费、公务接待费和办公经费4项支出共计1.86亿元，分别压减0.32亿元、…: 分别 after a total of
# N named items, followed by N figures of its unit
_RESPECTIVELY = re.compile(r"(?:(?P<k>\d{1,2}|[两二三四五六七八九十]{1,2})(?:项|个|类|笔|批|所|家)[^，,。；;\d]{0,8}?)?(?:共计|合计|总计|共)\s*"
                           + _AMOUNT.format("t") + r"(?![\d%％])[，,]\s*$")
_RESPECTIVELY_TAIL = re.compile(r"分别(?:为|是|达|完成|实现|压减|减少|节约|安排|投入|下达|拨付|发放|支出|增加)?")
_FUNDING_WORD = re.compile(r"资金来源|资金筹措|筹资方式|资金构成|筹资渠道")
_LIST_PART = re.compile(r"\s*(?P<label>[^\d，,。；;：:%％\n]{0,16}?)" + _AMOUNT.format("n") + r"(?![\d%％])\s*(?P<sep>[、，,]|和|及|与|以及)?")
_LIST_OPEN = re.compile(r"约|近|超|余|多|以上|以下|不足|不到|其中|含|累计|同比|增长|下降|平均")


def _list_parts(text, at, unit):
    """The _LIST_PART matches of figures of the base unit ``unit`` listed from ``at``, up to the end of the list."""
    parts = []
    pos = at
    while True:
        p = _LIST_PART.match(text, pos)
        if p is None or p.group("nu").lstrip("万亿千") != unit and p.group("nu") != unit:
            break
        parts.append(p)
        pos = p.end()
        if not p.group("sep"):
            break
    return parts


def _amount(m, g):
    """(value in the base unit, base unit) of an _AMOUNT group: 1.5万人 → (15000, 人)."""
    u = m.group(g + "u")
    mult = _MULT[m.group(g + "m")]
    if u[0] in "万亿" and len(u) > 1:
        mult, u = mult * _MULT[u[0]], u[1:]
    return float(m.group(g)) * mult, u


def _closed_list_heads(text):
    """(head match with the total, end of the head) of 资金来源 and 分别 lists."""
    for w in _FUNDING_WORD.finditer(text):
        m = _FUNDING.search(text, max(0, w.start() - 30), w.end() + 8)
        if m and m.start() < w.start() < m.end():
            yield m, m.end(), "资金来源"
    for w in _RESPECTIVELY_TAIL.finditer(text):
        m = _RESPECTIVELY.search(text, max(0, w.start() - 40), w.start())
        if m:
            yield m, w.end(), "分别所列"


def closed_lists(doc, kb):
    text = doc.text
    for m, head_end, what in _closed_list_heads(text):
        total, unit = _amount(m, "t")
        if total == 0:
            continue
        parts = _list_parts(text, head_end, unit)
        if len(parts) < 2 or parts[-1].group("sep") and parts[-1].group("sep") not in "，,":
            continue  # a list that goes on past what was read
        if any(_LIST_OPEN.search(p.group("label")) for p in parts):
            continue
        if what != "资金来源":
            k = m.group("k")
            if k:
                want = cn_number(k)
            else:  # 会议费、差旅费和接待费共计…: the items named before the total
                head = text[after_last(text, "，,。；;：:\n", m.start()) : m.start()]
                want = len(re.findall(r"、|和|及|与", head)) + 1 if re.search(r"、", head) else None
            if want != len(parts):
                continue
            if any(p.group("label").strip() for p in parts[1:]) != bool(parts[0].group("label").strip()) and k is None:
                continue
        values = [_amount(p, "n")[0] for p in parts]
        s_ = sum(values)
        # decimal parts are rounded (0.32亿元, 0.41亿元 …): the sum may be off by half a unit of the last place each
        dec = max(_decimals(p.group("n")) for p in parts)
        mult = max(_amount(p, "n")[0] / float(p.group("n")) for p in parts if float(p.group("n")))
        tol = (0.5 * 10 ** -dec * mult * len(parts) if dec else 0) + 1e-9 * total
        t_dec = _decimals(m.group("t"))
        if t_dec < dec:  # 共计1.9亿元 over parts of two decimals: the total is rounded
            tol += 0.5 * 10 ** -t_dec * total / float(m.group("t"))
        if abs(s_ - total) <= tol:
            continue
        scale = total / float(m.group("t"))
        yield Finding(m.start("t"), parts[-1].end("nu"), "fact", "warning", "fact.total",
                      f"分项之和与总数不符：总数{m.group('t')}{m.group('tm')}{m.group('tu')}，{what}各项合计"
                      f"{p_fmt(round(s_ / scale, 6))}{m.group('tm')}{m.group('tu')}，请核对", None)


# -- a gap against what is needed and what is at hand ------------------------------------------
# 经测算共需资金1860万元。目前已落实1020万元，省级补助360万元，尚有资金缺口480万元;  年度预算600万元已支出
# 486.5万元，还需支出约260万元，资金缺口约146.5万元: gap = needed − at hand + already spent, when every figure
# of the unit in the sentence (and the one before, when the need is stated there) is one of the three.
_GAP = re.compile(r"缺口(?:约为|约|为|达|共|合计)?\s*" + _AMOUNT.format("g") + r"(?![\d%％])")
_GAP_SPENT = re.compile(r"已(?:支出|使用|花费|用去|消耗|支付)")
_GAP_UNSURE = re.compile(r"拨付|发放")  # paid out, or received: either
_GAP_HAVE = re.compile(r"已|现有|扣除|到位|争取|落实|筹措|筹集|自筹|补助|预算|安排|下达|下拨|余额|结余|库存|可用|可提供")
_HEADS = frozenset(("个", "人", "名"))
_PLACES = re.compile(r"学位|床位|岗位|名额|座位|铺位|车位")
_GAP_NEED = re.compile(r"需|总投资|应发放|应支付|应拨付|计划投资")
_GAP_STILL = re.compile(r"还需|尚需|仍需|还要")
_GAP_SUM = re.compile(r"合计|共计|总计")
_APPROX = re.compile(r"约|近|左右|预计|估算|测算")
_GAP_AMOUNT = re.compile(_lead(_AMOUNT.format("n")) + r"(?![\d%％])")


def gaps(doc, kb):
    text = doc.text
    if "缺口" not in text:
        return
    for g in _GAP.finditer(text):
        gap, unit = _amount(g, "g")
        line = doc.line_of(g.start())
        sent = after_last(text, "。！？", g.start(), line.start)
        have = 0.0
        parts_need, sum_need = 0.0, None
        spent = still = False  # 已支出…: the need must be what is still needed (还需…)
        known = True
        approx = bool(_APPROX.search(text[max(sent, g.start() - 4) : g.start()]))
        units = {unit}
        if unit in _HEADS and _PLACES.search(text, sent, g.end()):
            units = _HEADS  # 学位1080个…需求达1460人，学位缺口420个: places are counted by the people they take
        for scope in ("this", "before"):
            if scope == "before":
                if (parts_need or sum_need is not None) and have or sent <= line.start:
                    break
                end, sent = sent - 1, after_last(text, "。！？", sent - 1, line.start)
                if text[sent:end].lstrip().startswith("其中") and sent > line.start:
                    # 需求共计12.6亿元。其中，A 4.1亿元、B 5.3亿元。已安排8.4亿元，缺口…: the need is before its breakdown
                    end, sent = sent - 1, after_last(text, "。！？", sent - 1, line.start)
            else:
                end = g.start()
            cls, prev_end = None, sent
            for a in _GAP_AMOUNT.finditer(text, sent, end):
                label = text[prev_end : a.start()]
                prev_end = a.end()
                v, u = _amount(a, "n")
                if u not in units:
                    continue
                cut = max(label.rfind(c) for c in "，,；;：:")
                clause = label[cut + 1 :]
                if _GAP_SPENT.search(clause):
                    cls = "spent"
                elif _GAP_UNSURE.search(clause) and not _GAP_NEED.search(clause):
                    known = False
                    break
                elif _GAP_HAVE.search(clause):
                    cls = "have"
                elif _GAP_NEED.search(clause):
                    cls = "need"
                elif _GAP_SUM.search(clause) and cls == "need":
                    cls = "sum"
                elif cls is None or cut >= 0 or not label.lstrip().startswith(("、", "和", "及")):
                    known = False  # a figure that is none of the three (and does not go on a list: 、市级资金2200万元)
                    break
                approx = approx or bool(_APPROX.search(clause))
                if cls == "spent":
                    have -= v
                    spent = True
                elif cls == "have":
                    have += v
                elif cls == "need":
                    parts_need += v
                    still = still or bool(_GAP_STILL.search(clause))
                else:
                    sum_need = v
                    cls = "need"
            if not known:
                break
        if not known or not have or not (parts_need or sum_need) or spent and not still:
            continue
        wants = {parts_need - have} | ({sum_need - have} if sum_need is not None else set())
        dec = _decimals(g.group("g"))
        scale = gap / float(g.group("g")) if float(g.group("g")) else 1
        tol = 0.5 * 10 ** -dec * scale + 1e-9 * gap
        if approx:
            tol = max(tol, 0.1 * gap)
        if all(w <= 0 for w in wants) or any(abs(w - gap) <= tol for w in wants):
            continue
        w = sorted(wants)[-1] if sum_need is None else sum_need - have
        yield Finding(g.start("g"), g.end("gu"), "fact", "warning", "fact.total",
                      f"缺口与前文数字不符：按前文所需与已有数计算，缺口约为{p_fmt(round(w / scale, 4))}{g.group('gm')}{g.group('gu')}，"
                      f"文中为{g.group('g')}{g.group('gm')}{g.group('gu')}，请核对", None)


# -- shares and comparisons -------------------------------------------------------
_SHARE = re.compile(r"占(?:[^\d，,。；%％\n]|\d{1,3}(?:[—－\-~～至]\d{1,3})?周?岁(?:及?以上|以下)?){0,12}?(?P<b>\d+(?:\.\d+)?)\s*(?P<ub>" + _UNITS + r")的?\s*(?P<x>\d+(?:\.\d+)?)\s*[%％]")
_SHARE_A = re.compile(r"(?P<a>" + _AT_NUM + r"(?:\.\d+)?)\s*(?P<ua>" + _UNITS + r")(?:[\u4e00-\u9fff]{1,12}?(?<![的了过着]))?[，,]\s*$")  # (486名在职党员到社区报到，占…)
_CMP = r"(?:较|比|与)(?:\d{4}年)?(?:(?!增|减|多|少|降|升|提高|扩大|缩小)[^\d，,。；%％\n]){0,8}?的?"  # not 较年初增加21.37亿元: a change, not a base
# 降雨量640毫米，较常年同期的520毫米偏多23.1%: measures of weather and supply besides counts and money
_V_UNITS = _UNITS + "|毫米|小时|微克/立方米|毫克/立方米|毫克/升|立方米|千瓦时|标准箱"
_V_UP, _V_DOWN = _UP + "|偏多|偏高", _DOWN + "|偏少|偏低"
_VERSUS = re.compile(_CMP + r"\s*(?P<a>\d+(?:\.\d+)?)\s*(?P<ua>[万亿千百]?)(?P<u>" + _V_UNITS + r"|[%％])(?:相比|相较)?[，,]?\s*(?P<dir>" + _V_UP + "|" + _V_DOWN +
                     r")了?\s*(?P<x>\d+(?:\.\d+)?)\s*(?P<xu>[%％]|个百分点)")
_NUM_ANY = re.compile(r"(?P<n>" + _AT_NUM + r"(?:\.\d+)?)\s*(?P<m>[万亿千百]?)(?P<u>" + _V_UNITS + r"|[%％])")


# 实现利润总额38.6亿元，完成年度目标42亿元的92%;  完成投资2460亿元，为年度计划3000亿元的82%: the part of a
# target done, or one figure as a percentage of another (may pass 100%)
_DONE_OF = re.compile(r"(?:完成|为|相当于)[^\d，,。；%％\n]{0,10}?(?P<b>\d+(?:\.\d+)?)\s*(?P<ub>" + _UNITS + r")的\s*(?P<x>\d+(?:\.\d+)?)\s*[%％]")


# 小麦占46.2%、玉米占38.5%、大豆及其他作物占17.6%: shares of one whole listed side by side (each 占 right
# before its figure, the whole named once for all) add up to at most 100%, and to 100% when the last part
# is the rest (其他, 其余). Parts that may overlap (党员, 女性, 大专以上) are left alone.
# (占发案总数的31.2%: the whole named between 占 and the figure)
_SHARE_FIG = re.compile(r"(?:所占比重|占比|比重|占(?:[^\d，,。；;%％、\n]{1,10}?的)?)(?:为|达|约)?\s*(?P<x>\d+(?:\.\d+)?)\s*[%％](?=[、，,；;。]|$)")
_LABEL = re.compile(r"[\u4e00-\u9fff]{1,18}$")  # (基层医疗卫生机构中医诊疗占38.5%)
_REST = re.compile(r"其他|其它|其余|剩余")
_NOT_PARTS = re.compile(r"各$|由|改为|变为|调整为")  # 中央和地方各占50%，改为中央占80%: two splits, not one


_WISH = re.compile(r"希望|期待|期望|需要|关注|盼望")
_ORDINALS = "一二三四五六七八九甲乙丙丁"
_SIBLING_PAIRS = ({"城镇", "农村"}, {"城市", "农村"}, {"男性", "女性"}, {"境内", "境外"}, {"省内", "省外"}, {"市内", "市外"},
                  {"公办", "民办"}, {"线上", "线下"}, {"国有", "民营"}, {"本地", "外地"})


def _siblings(run) -> bool:
    """Two shares of sibling classes, which no item can be in both (公益一类…占78.6%、公益二类…占25.4%; 城镇…、农村…):
    two are enough to be over 100 %."""
    if len(run) != 2:
        return False
    a, b = (lab.removeprefix("其中") for _, lab in run)
    if len(a) == len(b) and (diff := [i for i in range(len(a)) if a[i] != b[i]]) and len(diff) == 1:
        return a[diff[0]] in _ORDINALS and b[diff[0]] in _ORDINALS
    return any(a.startswith(tuple(p)) and b.startswith(tuple(p)) and a[:2] != b[:2] for p in _SIBLING_PAIRS)


def share_runs(doc, kb):
    text = doc.text
    if "%" not in text and "％" not in text:
        return
    runs: list[list] = []  # [(match, label)]
    for m in _SHARE_FIG.finditer(text):
        prev = runs[-1][-1][0] if runs else None
        between = text[prev.end() : m.start()] if prev is not None else ""
        if prev is not None and between[:1] in ("、", "，", ",", "；", ";") and 2 <= len(between) <= 19 and _LABEL.fullmatch(between[1:]):
            runs[-1].append((m, between[1:]))
        else:
            lab = _LABEL.search(text, max(0, m.start() - 12), m.start())
            if lab is not None:
                runs.append([(m, lab.group(0))])
    for run in runs:
        rest = _REST.search(run[-1][1]) is not None
        if len(run) < (2 if rest or _siblings(run) else 3) or any(_OVERLAP.search(lab) or _NOT_PARTS.search(lab) for _, lab in run):
            continue
        if any(_WISH.match(lab.removeprefix("其中")) for _, lab in run):
            continue  # 希望提供融资对接服务的占67.9%、…: wishes in a survey, several chosen by one person
        total = sum(float(m.group("x")) for m, _ in run)
        tol = sum(_pct_tol(m.group("x")) for m, _ in run)
        if total > 100 + tol or rest and total < 100 - tol:
            yield Finding(run[0][0].start("x"), run[-1][0].end(0), "fact", "error", "fact.share_sum",
                          f"各部分占比之和为{p_fmt(round(total, 2))}%，" + ("应为100%" if rest else "超过100%"), None)


# 光伏收益的50%用于支付公益性岗位工资，30%用于村内小型公益事业，25%用于临时救助: shares of one sum, given by use
_USED_FOR = re.compile(r"(?<![\d.])(?P<x>\d+(?:\.\d+)?)\s*[%％](?:左右|以上|以内)?(?:的资金|的收益|的经费)?(?:用于|用来|用作|投向|安排)")


def allocation_shares(doc, kb):
    text = doc.text
    if "用" not in text and "投向" not in text:
        return
    for line in doc.nonblank:
        t = line.text
        if "%" not in t and "％" not in t:
            continue
        for sent in re.finditer(r"[^。！？]+", t):
            runs = list(_USED_FOR.finditer(sent.group(0)))
            if len(runs) < 3 or any(w in sent.group(0) for w in ("不低于", "不少于", "不超过", "最高", "至少", "分别")):
                continue
            total = sum(float(m.group("x")) for m in runs)
            if total > 100 + sum(_pct_tol(m.group("x")) for m in runs):
                base = line.start + sent.start()
                yield Finding(base + runs[0].start("x"), base + runs[-1].end("x") + 1, "fact", "error", "fact.share_sum",
                              f"各项用途的比例之和为{p_fmt(round(total, 2))}%，超过100%，请核对", None)


# 2025年7月1日至9月30日，为期两个月: a period's stated length against its two dates (days counted both
# ends in; a month is 28–31 days, a week 7, a year 365–366; 半年 is six months). Found from its tail (为期…).
_PERIOD_TAIL = re.compile(r"(?:为期|历时|持续|共计|共)(?P<n>\d{1,3}|[一二两三四五六七八九十半]{1,3})个?(?P<u>工作日|月|天|日|周|星期|年)(?!内)")
_PERIOD_DATES = (r"(?:(?P<y1>\d{4})年)?(?P<m1>\d{1,2})月(?P<d1>\d{1,2})日(?:[（(](?:星期|周)[一二三四五六日天][）)])?起?(?:至|到|—|－|-|～|~)"
                 r"(?:(?P<y2>\d{4})年)?(?:(?P<m2>\d{1,2})月)?(?P<d2>\d{1,2})日(?:[（(](?:星期|周)[一二三四五六日天][）)])?止?")
_PERIOD = re.compile(_PERIOD_DATES + r"[，,（(]?\s*$")
# 2027年2月1日至4月30日为高火险期，共计89天: the dates name a period, then its length
_PERIOD_NAMED = re.compile(_PERIOD_DATES + r"为[\u4e00-\u9fff“”]{1,14}?(?:期|阶段|时段)[，,]\s*$")
# 拟于12月7日（星期一）至12日（星期六）对我省进行友好访问，访问期间共5天: the dates earlier in the sentence, when the
# length is the whole stay's (期间共, 为期, 历时)
_PERIOD_FAR = re.compile(_PERIOD_DATES + r"(?:[^。；！？\n\d“《]|“[^”。\n]{1,30}”|《[^》。\n]{1,30}》){1,40}?(?:期间|活动|访问|会议|培训)?$")
# (a name in quotes or a title may hold digits: 举办“2026枫原国际友好城市合作论坛”，为期3天)
# months with no statutory holiday and no working weekend (国务院办公厅 holiday notices): working days are Monday–Friday
_PLAIN_MONTHS = frozenset((3, 7, 8, 11, 12))


def _period_days(m, doc_year: int | None) -> int | None:
    y1 = int(m.group("y1")) if m.group("y1") else None
    y2 = int(m.group("y2")) if m.group("y2") else None
    m1, d1, d2 = int(m.group("m1")), int(m.group("d1")), int(m.group("d2"))
    m2 = int(m.group("m2")) if m.group("m2") else m1
    y1 = y1 or y2 or doc_year or 2025
    y2 = y2 or (y1 if (m2, d2) >= (m1, d1) else y1 + 1)
    try:
        return (dt.date(y2, m2, d2) - dt.date(y1, m1, d1)).days + 1
    except ValueError:
        return None  # an impossible date: fact.date_invalid


def _period_start(m, doc_year: int | None) -> dt.date | None:
    y1 = int(m.group("y1") or m.group("y2") or doc_year or 0)
    try:
        return dt.date(y1, int(m.group("m1")), int(m.group("d1"))) if y1 else None
    except ValueError:
        return None


# 集中整改期为3个月，自2026年11月1日起至2027年3月31日止: the length first, then the dates
_LEN_THEN_DATES = re.compile(r"(?:期|期限|时间)为(?P<n>\d{1,3}|[一二两三四五六七八九十半]{1,3})个?(?P<u>月|天|年)[，,]\s*(?:自|从)?" + _PERIOD_DATES)


def _stated_periods(text: str):
    """(length match, dates match) pairs: the length after the dates (为期…), or before them (期为3个月，自…)."""
    for t in _PERIOD_TAIL.finditer(text):  # no literal gate: 共 stands in almost every text
        m = _PERIOD.search(text, max(0, t.start() - 40), t.start())
        if m is None and text[max(0, t.start() - 4) : t.start()].rstrip().endswith(("期，", "期,", "段，", "段,")):
            m = _PERIOD_NAMED.search(text, max(0, t.start() - 60), t.start())  # (only a clause that ends in …期，)
        if m is None and (t.group(0)[:2] in ("为期", "历时") or text[t.start() - 2 : t.start()] == "期间"):
            m = _PERIOD_FAR.search(text, max(0, t.start() - 80), t.start())
            if m is not None and "其中" in text[m.end("d2") : t.start()]:
                m = None
        if m is not None:
            yield t, m
    if "期为" in text or "期限为" in text or "时间为" in text:
        for t in _LEN_THEN_DATES.finditer(text):
            yield t, t


def periods(doc, kb):
    text = doc.text
    for t, m in _stated_periods(text):
        n = 0.5 if t.group("n") == "半" else cn_number(t.group("n"))
        if not n:
            continue
        year = _doc_year(text)  # cached per text
        days = _period_days(m, year)
        if days is None or days <= 0:
            continue
        u = t.group("u")
        if u == "工作日":
            first = _period_start(m, year)
            if first is None or any(d.month not in _PLAIN_MONTHS for d in (first, first + dt.timedelta(days - 1))):
                continue  # a holiday or a working weekend may fall inside
            work = sum(1 for k in range(days) if (first + dt.timedelta(k)).weekday() < 5)
            if n != work:
                yield Finding(t.start("n"), t.end("u"), "fact", "error", "fact.period",
                              f"工作日数与起止日期不符：{first.year}年{first.month}月{first.day}日起共{days}天，"
                              f"其中工作日{work}个，不是{t.group('n')}个", f"{work}个工作日")
            continue
        if u == "月" or u == "年":
            months = n * 12 if u == "年" else n
            lo, hi = months * 28 - 2, months * 31 + 2
            ok = lo <= days <= hi
        elif u in ("周", "星期"):
            ok = n * 7 - 1 <= days <= n * 7 + 1
            if not ok and days == n * 7 - 2 and (first := _period_start(m, year)) and first.weekday() == 0:
                ok = True  # 12月7日至18日，为期两周: Monday to Friday, weeks of working days
        else:
            ok = n == days
        if not ok:
            yield Finding(t.start("n"), t.end("u") if t is not m else m.end("d2") + 1, "fact", "error", "fact.period",
                          f"期限与起止日期不符：起止日期共{days}天，不是“{t.group('n')}{'个' if u == '月' else ''}{u}”", None)


# 项目建设工期24个月（2025年7月至2026年12月）: a length in months (or years) next to the months it spans,
# counted whole: July 2025 to December 2026 is 18 months (17 counted exclusively); 三年（2024—2026年）is 3
_SPAN_MONTHS = re.compile(r"(?P<n>\d{1,3}|[一二两三四五六七八九十]{1,3})个月[（(](?P<y1>\d{4})年(?P<m1>\d{1,2})月(?:份)?(?:至|到|—|－|-|～|~)"
                          r"(?:(?P<y2>\d{4})年)?(?P<m2>\d{1,2})月(?:份)?(?:底|末)?[）)]")
_SPAN_YEARS = re.compile(r"(?<![\d.])(?P<n>\d|[一二两三四五六七八九十])年(?:行动|计划|规划|攻坚|专项|工作)?[^（(，。；\n\d]{0,10}?$")
_YEAR_RANGE = re.compile(r"[（(](?P<y1>\d{4})(?:年)?(?:至|到|—|－|-|～|~)(?P<y2>\d{4})年[）)]")
# 经营期为2026年至2035年，共12年: the years of a range, then their count
_YEARS_THEN_COUNT = re.compile(r"(?<!\d)(?P<y1>(?:19|20)\d\d)年?(?:至|到|—|－|～|~)(?P<y2>(?:19|20)\d\d)年[，,]?(?:共|共计|为期|历时)"
                               r"(?P<n>\d{1,2}|[一二两三四五六七八九十]{1,3})个?年(?![度级底末初])")


def months_off(n: int | None, y1: int, m1: int, y2: int, m2: int) -> int | None:
    """The months from m1 of y1 to m2 of y2, both counted, when ``n`` months is neither that nor one fewer (counted
    from the start to the end); None when ``n`` agrees or is unknown."""
    whole = (y2 - y1) * 12 + m2 - m1 + 1
    return whole if n and whole > 0 and n not in (whole, whole - 1) else None


def month_spans(doc, kb):
    text = doc.text
    if "（" not in text and "(" not in text and "共" not in text and "为期" not in text and "历时" not in text:
        return
    for m in _SPAN_MONTHS.finditer(text) if "个月（" in text or "个月(" in text else ():
        n = cn_number(m.group("n"))
        y1, m1 = int(m.group("y1")), int(m.group("m1"))
        y2, m2 = int(m.group("y2") or y1), int(m.group("m2"))
        whole = months_off(n, y1, m1, y2, m2)
        if whole:
            yield Finding(m.start("n"), m.end("n") + 2, "fact", "error", "fact.period",
                          f"期限与起止年月不符：{y1}年{m1}月至{y2}年{m2}月共{whole}个月，不是“{m.group('n')}个月”", f"{whole}个月")
    for m in _YEARS_THEN_COUNT.finditer(text):
        n, whole = cn_number(m.group("n")), int(m.group("y2")) - int(m.group("y1")) + 1
        if n and whole > 0 and n != whole:
            yield Finding(m.start("n"), m.end(), "fact", "error", "fact.period",
                          f"期限与起止年份不符：{m.group('y1')}年至{m.group('y2')}年共{whole}年，不是“{m.group('n')}年”", f"{whole}年")
    for r in _YEAR_RANGE.finditer(text):
        m = _SPAN_YEARS.search(text, max(0, r.start() - 16), r.start())
        if m is None:
            continue
        n = cn_number(m.group("n"))
        whole = int(r.group("y2")) - int(r.group("y1")) + 1
        if n and whole > 0 and n != whole:
            yield Finding(m.start("n"), m.end("n") + 1, "fact", "error", "fact.period",
                          f"期限与起止年份不符：{r.group('y1')}年至{r.group('y2')}年共{whole}年，不是“{m.group('n')}年”", None)


# 共查出问题236个，截至8月底，已完成整改198个，正在整改34个，尚未整改6个: done, in progress and not yet
# started cover every item counted before them
_STATES = re.compile(r"已[^，,。；、\d]{0,8}?(?P<a>\d+)\s*(?P<u>" + _UNITS + r")[，,、；;]\s*"
                     r"(?:(?:正在|仍在|在)[^，,。；、\d]{0,8}?(?P<b>\d+)\s*(?P=u)[，,、；;]\s*)?"
                     r"(?:尚未|未|暂未|还未|仍未)[^，,。；、\d]{0,8}?(?P<c>\d+)\s*(?P=u)(?![\d%％])")
_STATE_TOTAL = re.compile(r"(?:共|共计|合计|总计|查出|发现|排查出?|梳理出?|交办|涉及|反馈|指出)[^，,。；\d]{0,10}?"
                          r"(?P<n>\d+)\s*(?P<u>" + _UNITS + r")(?![\d%％])")


def progress_states(doc, kb):
    text = doc.text
    if "已" not in text or "未" not in text:
        return
    for m in _STATES.finditer(text):
        sent = after_last(text, "。！？\n", m.start())
        totals_ = [t for t in _STATE_TOTAL.finditer(text, sent, m.start()) if t.group("u") == m.group("u")]
        if len(totals_) != 1 or any(n.group("u") == m.group("u") for n in _NUM_T.finditer(text, totals_[0].end(), m.start())):
            continue  # no total, or another count of the same unit in between
        t = totals_[0]
        parts = [int(m.group(k)) for k in ("a", "b", "c") if m.group(k)]
        if sum(parts) != int(t.group("n")):
            yield Finding(t.start("n"), m.end(), "fact", "warning", "fact.total",
                          f"分项之和与总数不符：总数{t.group('n')}{t.group('u')}，已、正在、尚未各项合计{sum(parts)}{t.group('u')}，请核对", None)


# 你委2025年7月18日《关于…的函》收悉 in a reply dated 2025年7月10日: what is answered cannot be dated after
# the answer (the 成文日期: the last line that is a date and nothing else)
_RECEIVED = re.compile(r"(?:(?P<y>\d{4})年|(?<=[你贵][局委办厅司处院部社会县区市镇乡])|(?<=你公司|你单位|贵单位|贵公司))"
                       r"(?P<m>\d{1,2})月(?P<d>\d{1,2})日[^。；\n]{0,80}?收悉")  # (你局11月26日报来的…: the year of the reply)
_DATE_LINE = re.compile(r"^\s*(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日\s*$", re.M)


def _match_date(m) -> dt.date | None:
    """The date of a match with groups y, m, d, or None when there is no such day (2月30日: fact.date_invalid)."""
    try:
        return dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None


# 二〇二六年十一月二十日 on the signature line (a format slip of its own, format.written_date): still the date signed
_CN_DATE_LINE = re.compile(r"^\s*(?P<y>[〇零一二三四五六七八九]{4})年(?P<m>[一二三四五六七八九十]{1,3})月(?P<d>[一二三四五六七八九十]{1,3})日\s*$", re.M)


class _CnDateLine:
    """A Chinese-numeral date line read as an Arabic one: group() gives digits, start() and end() its match's."""

    def __init__(self, m):
        self._m = m
        self.start = m.start

    def group(self, name):
        v = self._m.group(name)
        return v.translate(_CN_DIGITS) if name == "y" else str(cn_number(v))


@lru_cache(maxsize=4)  # asked by _doc_year, ordinal_days and received_after
def _signed_line(text: str):
    """The match of the 成文日期: the last line that is a full date and nothing else, or None."""
    last = None
    for last in _DATE_LINE.finditer(text):
        pass
    if last is None and "〇" in text:
        for m in _CN_DATE_LINE.finditer(text):
            last = _CnDateLine(m)
    return last


def _signature(text: str):
    """(the 成文日期 line's match, its date), each None when missing."""
    last = _signed_line(text)
    return last, _match_date(last) if last else None


def _signed_date(text: str) -> dt.date | None:
    return _signature(text)[1]


def received_after(doc, kb):
    text = doc.text
    if "收悉" not in text:
        return
    last, signed = _signature(text)
    if signed is None:
        return
    for m in _RECEIVED.finditer(text, 0, last.start()):
        got = _match_date(m) if m.group("y") else _day(signed.year, int(m.group("m")), int(m.group("d")))
        if got is not None and got > signed:
            yield Finding(m.start("y") if m.group("y") else m.start("m"), m.end("d") + 1, "fact", "error",
                          "fact.received_after", f"来文日期{got.year}年{got.month}月{got.day}日晚于本文成文日期"
                          f"{signed.year}年{signed.month}月{signed.day}日", None)


# 各部门须于11月13日前将清单报…, in a notice signed 2026年11月17日: a deadline already past when the notice is signed
_DEADLINE = re.compile(r"(?:(?:须|请|务必|应|应当|要|需|必须)(?:贵(?:局|委|厅|办|院|校|会|单位|部门|公司|中心)|你(?:局|委|厅|办|单位|公司)"
                       r"|各(?:[市县区州乡镇]|地|单位|部门|学校|院校|园区|乡镇|街道)(?:（[市县区州]）)?(?:、各(?:[市县区州乡镇]|地|单位|部门|园区|乡镇|街道))?)?"
                       r"|(?<![\u4e00-\u9fff])各(?:[市县区州乡镇]|地|单位|部门|学校|院校)(?:（[市县区州]）)?)(?:在|于)(?:(?P<y>20\d\d)年)?(?P<m>\d{1,2})月(?P<d>\d{1,2})日(?:[（(]星期.[）)])?(?:前|之前|以前)")


# 中共临澄市直属机关工作委员会办公室　　　　2026年11月19日: the date on the header line of 纪要 and 简报
_HEADER_DATE = re.compile(r"[\u4e00-\u9fff）][ \t\u3000]{2,}(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日[ \t\u3000]*$", re.M)


# 告知企业于2026年11月16日前补充提交价格资料，届时我关将依法确定…: a date told of as still to come (届时) in a text signed after it
_DUE_THEN = re.compile(r"于(?:(?P<y>20\d\d)年)?(?P<m>\d{1,2})月(?P<d>\d{1,2})日(?:前|之前)[^。；！？\n]{0,40}?[，,]届时")


def deadline_past(doc, kb):
    text = doc.text
    if "日前" not in text and "日之前" not in text and "）前" not in text:
        return
    last, signed = _signature(text)
    if signed is None and (h := _HEADER_DATE.search(text, 0, 300)) is not None:
        signed = _match_date(h)  # (a 纪要 is signed by its header)
    if signed is None:
        return
    stop = last.start() if last else len(text)
    for m in (*_DEADLINE.finditer(text, 0, stop), *_DUE_THEN.finditer(text, 0, stop)):  # (one slip found by both: one span)
        due = _day(int(m.group("y") or signed.year), int(m.group("m")), int(m.group("d")))
        if due is None or not 0 < (signed - due).days < 120:
            continue
        sent = text[after_last(text, "。！？；\n", m.start()) : m.start()]
        if "年初" in sent or "原定" in sent or f"截至{m.group('m')}月{m.group('d')}日" in text[m.end() : m.end() + 80]:
            continue  # 根据市局年初工作安排，…应于11月15日前报送…。截至11月15日，已有5个…: a deadline told of, and past
        yield Finding(m.start("y") if m.group("y") else m.start("m"), m.end("d") + 1, "fact", "warning", "fact.date_order",
                      f"时限早于成文日期：本文{signed.year}年{signed.month}月{signed.day}日成文，"
                      f"要求{due.month}月{due.day}日前完成，时限已过，请核对", None)


# 一、会议时间 2026年12月3日（星期四）上午9时 … 请于12月4日（星期五）17时前将参会回执报送…: the reply asked for after
# the meeting it is for. The meeting's date: the first date after 会议时间 or the 定于…召开 date; the reply: a 于…前
# deadline in the sentence of a 回执, 报名 or the names of those attending.
_MEETING_DATE = re.compile(r"(?:会议时间|活动时间|培训时间|举办时间|召开时间)[：:\s一二三四五六七八九十、（）()]{0,8}?(?:(?P<y>\d{4})年)?(?P<m>\d{1,2})月(?P<d>\d{1,2})日"
                           r"|定于(?:(?P<y2>\d{4})年)?(?P<m2>\d{1,2})月(?P<d2>\d{1,2})日[^。；\n]{0,30}?(?:召开|举行|举办)")
_REPLY_BY = re.compile(r"于(?P<m>\d{1,2})月(?P<d>\d{1,2})日(?:[（(](?:星期|周).[）)])?(?:[上下中]午)?(?:\d{1,2}[时点](?:\d{1,2}分)?|\d{1,2}:\d\d)?(?:前|之前|以前)"
                       r"(?=[^。；\n]{0,30}?(?:回执|报名|参会人员|参训人员|人员名单))")


def reply_after_meeting(doc, kb):
    text = doc.text
    if "前" not in text or "回执" not in text and "报名" not in text and "名单" not in text:
        return
    mt = _MEETING_DATE.search(text)
    if mt is None:
        return
    m_, d_ = (mt.group("m"), mt.group("d")) if mt.group("m") else (mt.group("m2"), mt.group("d2"))
    year = mt.group("y") or mt.group("y2")
    year = int(year) if year else _doc_year(text)
    if year is None:
        return
    held = _day(year, int(m_), int(d_))
    if held is None:
        return
    for r in _REPLY_BY.finditer(text):
        due = _day(year, int(r.group("m")), int(r.group("d")))
        if due is not None and 0 < (due - held).days < 60:
            yield Finding(r.start("m"), r.end("d") + 1, "fact", "warning", "fact.date_order",
                          f"报送时限晚于会议（活动）日期：会议在{held.month}月{held.day}日，要求{due.month}月{due.day}日前报送，请核对", None)


# 会议应到董事9名，实到董事9名，董事王启明因公务原因未能出席: someone absent, yet all present
_ATTEND = re.compile(r"应到(?P<w1>[\u4e00-\u9fff]{0,4}?)(?P<a>\d+)(?P<u>名|人)[，,、]\s*实到(?P<w2>[\u4e00-\u9fff]{0,4}?)(?P<b>\d+)(?P=u)")
_ABSENT = re.compile(r"缺席|请假|未能?出席|未能?参加|未到会|未参会|委托[^。；\n]{0,12}?(?:出席|代为|表决)")


def attendance(doc, kb):
    text = doc.text
    if "实到" not in text:
        return
    for m in _ATTEND.finditer(text):
        absent = _ABSENT.search(text, m.end(), m.end() + 60) if m.group("a") == m.group("b") else None
        if absent is not None:
            gap = text[m.end() : absent.start()]
            if "。" in gap.rstrip("。") or "列席" in gap:
                continue  # the absence is told of another meeting or of those attending without a vote
            yield Finding(m.start("b"), m.end(), "fact", "warning", "fact.count",
                          f"出席人数与缺席情况不符：应到{m.group('a')}{m.group('u')}、实到{m.group('b')}{m.group('u')}，"
                          f"后文又有人缺席，请核对", None)


def shares(doc, kb):
    """认定学生2316人，占在校生总数15680人的16.8%;  实现利润38.6亿元，完成年度目标42亿元的91.9%:
    the share against its two numbers."""
    text = doc.text
    if "%" not in text and "％" not in text:
        return
    for rx, over in ((_SHARE, False), (_DONE_OF, True)):
        for m in rx.finditer(text):
            ma = _SHARE_A.search(text, max(0, m.start() - 28), m.start())
            if ma is None or ma.group("ua") != m.group("ub"):
                continue
            f = _share_finding(m, ma.group("a"), m.group("b"), "比率与数字不符", None, over)
            if f:  # the span from the part to the share: any of the three figures may be the wrong one
                yield replace(f, start=ma.start("a"))


# 核查发现存在数据差错的企业63家，占抽查企业总数的15% after 共抽取“四上”企业420家 in an earlier paragraph:
# the whole is named, not given, and is looked for among earlier figures of the same unit whose name ends
# like the whole (企业420家) and whose clause holds a character of the whole's qualifier (抽查 → 共抽取…)
# or, when the whole has none (占企业总数的), a word of totality (共, 总, 合计, 全部).
_OF_NAMED_TOTAL = re.compile(r"(?P<a>" + _AT_NUM + r"(?:\.\d+)?)\s*(?P<ua>" + _UNITS + r")[，,]\s*(?:约|共)?占"
                             r"(?P<whole>[\u4e00-\u9fff“”]{2,10}?)$")
_OF_TOTAL_TAIL = re.compile(r"总(?:数|量|额)的\s*(?P<x>\d+(?:\.\d+)?)\s*[%％]")
_TOTALITY = re.compile(r"共|总|合计|全部|累计")
_QUALIFIER_SKIP = frozenset("全市县区省镇乡本各所有的在同期")
_NAME_TAIL = re.compile(r"(?:[”\"]|总数|数|为|达|有|共计|共|\s)+$")


_NAME_AFTER = re.compile(r"[\u4e00-\u9fff]{0,3}?")


_OWN_RATE = re.compile(r"[，,]\s*(?P<name>[\u4e00-\u9fff]{0,4}率)(?:为|达到?|是)?\s*\d")


def _names_whole(text: str, p, whole: str) -> bool:
    """Whether the figure ``p`` counts the whole named by 占…总数的: its name ends like the whole (企业420家,
    or, in the clause before a bare 共40520家, 统计调查对象，共40520家; or right after it, 120家小微企业) and its
    clause holds a character of the whole's qualifier (抽查 → 共抽取…) or, when there is none, a word of totality."""
    clean = lambda s: s.replace("“", "").replace("”", "")  # noqa: E731
    clause_at = after_last(text, "，,。；;：:\n", p.start())
    own = clean(text[max(clause_at, p.start() - 20) : p.start()])
    pre, extra = _NAME_TAIL.sub("", own), ""
    if not pre and clause_at and text[clause_at - 1] in "，,":  # 对象，共40520家: the name closes the clause before
        before = after_last(text, "，,。；;：:\n", clause_at - 1)
        pre, extra = _NAME_TAIL.sub("", clean(text[max(before, clause_at - 21) : clause_at - 1])), own
    k = next((k for k in range(len(whole), 1, -1) if pre.endswith(whole[-k:])), 0)
    if k:
        qual = set(whole[:-k]) - _QUALIFIER_SKIP
        rest = pre[:-k] + extra
        return bool(qual & set(rest)) if qual else bool(_TOTALITY.search(rest))
    clause_end = first_of(text, "，,。；;\n", p.end(), missing=len(text))
    after = clean(text[p.end() : clause_end])
    k = next((k for k in range(len(whole), 1, -1) if whole[-k:] in after[: k + 3]), 0)
    modifiers = after[: after.find(whole[-k:])] if k else ""
    if not k or modifiers.strip("的") and not _NAME_AFTER.fullmatch(modifiers):
        return False  # 120家小微企业 / 120家企业中: a figure of the thing named, its name right after it
    qual = set(whole[:-k]) - _QUALIFIER_SKIP
    return bool(qual & set(clean(text[clause_at:clause_end]))) if qual else bool(_TOTALITY.search(text[clause_at : p.start()]))


def named_totals(doc, kb):
    text = doc.text
    if "总数的" not in text and "总量的" not in text and "总额的" not in text:
        return
    for tail in _OF_TOTAL_TAIL.finditer(text):
        m = _OF_NAMED_TOTAL.search(text, max(0, tail.start() - 32), tail.start())
        if m is None:
            continue
        whole = m.group("whole").replace("“", "").replace("”", "")
        unit, a = m.group("ua"), float(m.group("a"))
        sent = after_last(text, "。！？；\n", m.start())
        cands = [p for p in _NUM_T.finditer(text, 0, sent)
                 if p.group("u") == unit and float(p.group("n")) > a and _names_whole(text, p, whole)]
        if not cands:
            continue
        x_str = tail.group("x")
        dec, tol = _decimals(x_str), _pct_tol(x_str)
        x = float(x_str)
        if any(abs(a / float(p.group("n")) * 100 - x) <= tol for p in cands):
            continue
        b = cands[-1].group("n")
        yield Finding(tail.start("x"), tail.end(0), "fact", "warning", "fact.percentage",
                      f"比率与前文数字不符：前文{whole}数为{b}{unit}，{m.group('a')}{unit}÷{b}{unit}≈{a / float(b) * 100:.{max(dec, 1)}f}%，"
                      f"文中为{x_str}%，请核对", f"{a / float(b) * 100:.{dec}f}%")


def versus(doc, kb):
    """实际到位资金32.5亿元，较上年同期的26亿元增长30%;  共申报29项，…，较上年的25项增长20%;
    控制在65%以内，较2025年末的67.5%下降3个百分点: the change against the figure of the sentence
    (any number of the same unit before 较 in the sentence may be the new figure; reported only
    when none of them gives the stated change)."""
    text = doc.text
    for m in _VERSUS.finditer(text):
        pct_unit = m.group("u") in ("%", "％")
        points = m.group("xu") == "个百分点"
        if points != pct_unit:
            continue  # 较上年的67.5%增长3% is a relative change of a rate: not checked
        sent = after_last(text, "。！？；;\n", m.start())
        seg = text[sent : m.start()]
        a = float(m.group("a"))
        if a == 0:
            continue
        unit = ("%" if pct_unit else m.group("u"))
        bs = [float(n.group("n")) for n in _NUM_ANY.finditer(seg)
              if ("%" if n.group("u") in ("%", "％") else n.group("u")) == unit and n.group("m") == m.group("ua")
              and not re.match(r"\d", seg[n.end():n.end() + 1])]
        if pct_unit:  # 65%以内 / 67.5%: only the last rate of the sentence is the new one
            bs = bs[-1:]
        if not bs:
            continue
        x = float(m.group("x"))
        up = m.group("dir") in _V_UP.split("|")
        dec = _decimals(m.group("x"))
        if points:
            got = [(b - a) if up else (a - b) for b in bs]
            tol = 0.051  # a difference of two rates is exact: 67.5% → 65% is 2.5 points, not 3
        else:
            got = [((b - a) if up else (a - b)) / a * 100 for b in bs]
            tol = max(0.6, 0.5 * 10 ** (-dec) + 0.05)
        if any(abs(g - x) <= max(tol, abs(g) * 0.02 if not points else 0) for g in got):
            continue
        g = got[-1] if pct_unit else got[0]
        what = "个百分点" if points else "%"
        yield Finding(m.start("x"), m.end("xu"), "fact", "warning", "fact.percent",
                      f"增减幅度与数字不符：由{m.group('a')}{m.group('ua')}{m.group('u')}到本句数字，{m.group('dir')}约{g:.1f}{what}，文中为{m.group('x')}{what}，请核对", None)


RULES = (dates, first_last, growth_pace, totals, breakdowns, listed_sums, closed_lists, gaps, percentages, points, rates, rates_more, shares,
         named_totals, versus, income_ratio, events, event_back_refs, anniversaries, anniversaries_ahead, anniversaries_together, plan_years,
         ordinal_days, observance_month, allocation_shares, dated_days, weekday_before, anniversaries_undated, share_runs, periods, month_spans, progress_states, received_after, deadline_past, reply_after_meeting, attendance, change_amounts, per_each, restated_counts, summary_sums)
