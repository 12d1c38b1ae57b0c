"""Numbers per GB/T 15835-2011; web residue and mojibake."""

from __future__ import annotations

import re
from itertools import islice

from ..document import CJK, after_last, finditer_at, first_of
from ..model import Finding
from .fact import _AT_NUM, cn_number
from .fact import _CN_DIGITS as _CN_TO_ARABIC  # 〇零一…九 → 0–9

_SEP = re.compile(r"\d+(?:,\d+)+(?![\d,])")
_SEP_OK = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_LATIN_DIGIT = re.compile(r"[OolI]*[0-9][0-9OolI]*")
_ALNUM = re.compile(r"[A-Za-z0-9]")
_MIXED = re.compile(r"\d+[十百千](?:零)?\d+[十百千]?|[一二三四五六七八九两][十百千万亿]零?\d+|\d+[万亿]零?[一二三四五六七八九][千百十]")
_CJKC = re.compile(r"[\u4e00-\u9fff]")
_FULLWIDTH_DIGITS = re.compile(r"[０-９]+(?:[．.][０-９]+)?")
# Cheap necessary conditions (each begins with one character class, which re scans for in C):
# a grouped number has a digit, a comma and a digit in a row;
_DIGIT_COMMA_DIGIT = re.compile(r"\d,\d")
# a run of digits and O/o/l/I that is not all digits has a digit next to a letter;
_DIGIT_LETTER = re.compile(r"[0-9][OolI]")
_LETTER_DIGIT = re.compile(r"[OolI][0-9]")
# 扩大O.5个百分点: a letter O before a decimal point, between Chinese characters and a figure's unit
_LETTER_POINT = re.compile(r"(?<![A-Za-z0-9.])[Oo]\.\d+(?=个百分点|[%％倍万亿元])")
# each branch of _MIXED holds \d[十百千], \d[万亿]零?[一…九][千百十] or [一…两][十百千万亿]零?\d.
_MIXED_PRE_ARABIC = re.compile(r"\d[十百千]|\d[万亿]零?[一二三四五六七八九][千百十]")
_MIXED_PRE_CHINESE = re.compile(r"[一二三四五六七八九两][十百千万亿]零?\d")


def number_forms(doc, kb):
    text = doc.text
    for m in (_SEP.finditer(text) if _DIGIT_COMMA_DIGIT.search(text) else ()):
        if m.start() and text[m.start() - 1] in ".,":
            continue
        s = m.group(0)
        if not _SEP_OK.fullmatch(s) and "," in s:
            # "1,2" style lists are reported by the half-width comma rule when next to Chinese
            groups = s.split(",")
            if len(groups) == 2 and len(groups[1]) <= 2 and text[m.end() : m.end() + 1] in ("万", "亿"):
                yield Finding(m.start(), m.end(), "format", "error", "format.number_separator",
                              "小数点误作逗号：以“万”“亿”为单位的数值用小数点（GB/T 15835-2011）", s.replace(",", "."))
                continue  # 2,3万余人: 2.3万
            if all(len(g) <= 2 for g in groups) and len(groups) > 1 and len(groups[0]) <= 2 and not (
                    len(groups) == 2 and len(groups[1]) == 2 and text[m.start() - 1 : m.start()] != "第"
                    and "\u4e00" <= text[m.end() : m.end() + 1] <= "\u9fff"):
                continue  # (12,86家次: one number with a unit after it, its separator misplaced)
            yield Finding(m.start(), m.end(), "format", "error", "format.number_separator",
                          "千分撇位置不对：应从个位起每三位一组（GB/T 15835-2011 5.1.1.1）", _regroup(s))
    latin = _DIGIT_LETTER.search(text) or _LETTER_DIGIT.search(text)
    for m in (_LATIN_DIGIT.finditer(text) if latin else ()):
        s = m.group(0)
        if s.isdigit() or len(s) < 2:
            continue
        if (m.start() and _ALNUM.match(text, m.start() - 1)) or _ALNUM.match(text, m.end()):
            continue
        after = text[m.end() : m.end() + 1]
        inner = any(c in "OolI" for c in s[1:-1])
        lead = s[0] in "OolI" and len(s) >= 4 and s[1:].isdigit()  # O731-…, l3907458216
        if inner or lead or after in ("年", "月", "日", "号", "%", "元", "人", "万", "亿", "个", "件", "项", "次"):
            fixed = s.translate(str.maketrans("OolI", "0011"))
            yield Finding(m.start(), m.end(), "format", "error", "format.latin_digit",
                          f"数字中混入了拉丁字母（“{s}”中的 O/l/I 应为数字 0/1）", fixed)
    for m in (_LETTER_POINT.finditer(text) if "O." in text or "o." in text else ()):
        yield Finding(m.start(), m.end(), "format", "error", "format.latin_digit",
                      f"数字中混入了拉丁字母（“{m.group(0)}”中的 O 应为数字 0）", "0" + m.group(0)[1:])
    mixed = _MIXED_PRE_ARABIC.search(text) or _MIXED_PRE_CHINESE.search(text)
    for m in (_MIXED.finditer(text) if mixed else ()):
        yield Finding(m.start(), m.end(), "format", "warning", "format.mixed_numerals",
                      "同一数值中阿拉伯数字与汉字数字混用（GB/T 15835-2011 5.2.2），如“三千五百”或“3500”", None)
    for m in _mixed_dates(text):
        yield Finding(m.start(), m.end(), "format", "warning", "format.mixed_numerals",
                      "日期中阿拉伯数字与汉字数字混用：公文日期统一用阿拉伯数字（GB/T 15835-2011 4.1.1）", None)
    for m in _FULLWIDTH_DIGITS.finditer(text):
        fixed = m.group(0).translate(str.maketrans("０１２３４５６７８９．", "0123456789."))
        yield Finding(m.start(), m.end(), "format", "warning", "format.fullwidth_digit",
                      "阿拉伯数字应使用半角形式（GB/T 15835-2011 4.2）", fixed)


# 十一月20日, 11月二十日, 2025年十一月: a date half in Chinese numerals
_CN_NUM = "〇零一二三四五六七八九十"
# (not 1996年六七月间: two neighbouring numbers for an approximation are written in Chinese)
_CN_MONTH = r"(?:十[一二]?|[一二三四五六七八九])月"
_CN_DAY = r"(?:[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日"
_MIXED_DATE = re.compile(_CN_MONTH + r"\d{1,2}日|(?<!\d)\d{1,2}月" + _CN_DAY + r"|(?<!\d)(?:19|20)\d\d年" + _CN_MONTH)


def _mixed_dates(text: str):
    """_MIXED_DATE matches, tried only around a 月 that has a digit on one side and a Chinese numeral on the
    other (a scan from every numeral would be slow: the pattern has no literal to start from)."""
    end = 0
    i = text.find("月")
    while i >= 0:
        before, after = text[i - 1 : i], text[i + 1 : i + 2]
        cn_before, cn_after = before != "" and before in _CN_NUM, after != "" and after in _CN_NUM
        if (cn_before and (after.isdigit() or "年" in text[max(0, i - 3) : i - 1])) or (before.isdigit() and cn_after):
            for s in range(max(end, i - 7), i):
                m = _MIXED_DATE.match(text, s)
                if m and m.end() > i and (not s or text[s - 1] not in _CN_NUM):
                    yield m
                    end = m.end()
                    break
        i = text.find("月", max(i + 1, end))


_PHONE_DASH = re.compile(r"(0(?<!\d0)\d{2,3})[—–－―](?=\d{7,8}(?!\d))")
_APPROX = re.compile(r"(?P<a>[1-9])、(?P<b>[1-9])(?![\d、])"
                     r"(?=名|人|个|次|篇|家|天|岁|倍|批|处|件|所|本|份|位|场|户|辆|台|周|小时|分钟|公里|万|年(?!级|度))")
# 12日-14日, 11月12-14日 (the hyphen first: re scans for it)
_RANGE_HYPHEN = re.compile(r"(?P<h>[-－])(?:(?<=[日月].)|(?<=月\d.)|(?<=月\d\d.))(?=\d{1,2}[日月]|(?:次年|翌年|下年)\d{1,2}月)")
# 15-20亿元, 3-5个: a range of values with a hyphen (not 2021-2025年, not a code or a telephone number)
_NUM_RANGE_HYPHEN = re.compile(r"(\d(?<![\d.\-/A-Za-z－]\d)\d*(?:\.\d+)?)[-－](\d+(?:\.\d+)?)(?![\d.\-－])(?=[万亿千百]?(?:元|个|人|家|项|%|％|吨|亩|户|件|天|小时|公里|米|岁|倍|名|次|所|台|辆|分钟|周|批)|(?:(?<=[-－]\d)|(?<=[-－]\d\d))年(?!级|度|\d))")
# 5～10万元: in a range the 万 or 亿 of each number is written (5万～10万元), not left to the second
_WAN_RANGE = re.compile(r"[～~](?<=\d[～~])(?P<b>\d+(?:\.\d+)?)(?P<w>[万亿])(?=元|人|吨|亩|户|平方米|公里|册|件|株|头|只|套|个|家)")
_DOUBLE_PCT = re.compile(r"[%％][%％]+")
# （2027-2029年）: two years joined by a hyphen (a full-width － is left alone: some central titles print it); 上午8:30-11:30;
# 增加降水约10—20%: a range of percentages whose first number has lost its sign. Each pattern starts at its dash, which re
# scans for in C, and looks behind for the number before it.
_YEAR_RANGE_HYPHEN = re.compile(r"(?P<h>-)(?<=(?:19|20)\d\d-)(?<![\d\-/.]\d{4}-)(?=(?:19|20)\d\d年)")
# 1-10月, 1-9月份: two months joined by a hyphen (the first one or two digits with nothing numeric before them)
_MONTH_RANGE_HYPHEN = re.compile(r"(?P<h>[-－])(?<=\d[-－])(?=(?:[2-9]|1[0-2])月)")
_MONTH_FIRST = re.compile(r"(?<![\d.\-/:A-Za-z－])(?:[1-9]|1[0-2])$")
_CLOCK_RANGE = re.compile(r"(?P<h>[-－])(?<=\d:\d\d[-－])(?<![\d:]\d\d:\d\d[-－])(?=\d{1,2}:\d\d(?![\d:]))")
_PCT_RANGE = re.compile(r"[—～~–](?<=\d[—～~–])(?P<b>\d+(?:\.\d+)?)(?P<p>[%％])")
_PCT_RANGE_FIRST = re.compile(r"(?<![\d.%％\-])\d+(?:\.\d+)?$")
# 12，500户: digits grouped with a full-width comma before a unit
_FW_GROUPED = re.compile(r"\d(?<![\d，.]\d)\d{0,2}(?:，\d{3})+(?![\d，])(?=[万亿]?(?:户|人|元|个|家|项|件|吨|亩|名|次|所|台|辆|平方米|公里|万|亿))")
_SEP_CN = re.compile(r"\d(?<![\d,.]\d)\d{0,2}(?:,\d{3})+(?![\d,])")
# a number of four digits or more written without grouping, before a unit (not a year, a code or a telephone number)
_PLAIN_BIG = re.compile(r"\d(?<![\d,.\-A-Za-z/]\d)\d{3,}(?![\d,年号届级])(?=[\u4e00-\u9fff])(?<!12345)")
_PLAIN_WAN = re.compile(r"\d(?<![\d,.]\d)\d{3,}[万亿]")  # an ungrouped figure of four or more digits before 万/亿 (1840万元)
_DOT_DATE = re.compile(r"(?P<y>(?:19|20)\d\d)(?<![\d.A-Za-z]\d{4})\.(?P<m>\d{1,2})\.(?P<d>\d{1,2})(?![\d.])")
_SHORT_YEAR = re.compile(r"(?P<y>[12]\d)年度|(?<=[到至于在对自从])(?P<y2>[2-3]\d)年(?=底|末|初|年底|上半年|下半年|以来)")  # (到27年底)
_PHONE_DASH_PRE = re.compile(r"\d[—–－―]\d")  # in every _PHONE_DASH match
_APPROX_START = re.compile(r"[1-9](?=、[1-9])")  # where every _APPROX match starts


def number_usage(doc, kb):
    """Telephone numbers, approximate numbers, ranges and years (GB/T 15834-2011, GB/T 15835-2011)."""
    text = doc.text
    dashes = "—" in text or "－" in text or "–" in text or "―" in text
    for m in (_PHONE_DASH.finditer(text) if dashes and _PHONE_DASH_PRE.search(text) else ()):
        yield Finding(m.end() - 1, m.end(), "format", "error", "format.phone_dash",
                      "电话号码的区号与号码之间用短横线“-”，不用一字线或破折号（GB/T 15834-2011 4.13）", "-")
    for m in (finditer_at(_APPROX, _APPROX_START, text) if "、" in text else ()):
        if m.start() and text[m.start() - 1] in "0123456789.,、第":
            continue
        a, b = int(m.group("a")), int(m.group("b"))
        if b - a not in (1, 2):
            continue
        yield Finding(m.start(), m.end(), "format", "warning", "format.approx_number",
                      "相邻数字连用表示概数时不用顿号（GB/T 15834-2011 顿号用法）；阿拉伯数字的范围用浪纹线",
                      f"{a}～{b}")
    for m in (_RANGE_HYPHEN.finditer(text) if "-" in text or "－" in text else ()):
        start = m.start() - 1 if text[m.start() - 1] in "日月" else m.start()
        if not (start and text[start - 1].isdigit()):
            continue
        yield Finding(m.start("h"), m.end("h"), "format", "error", "format.range_dash",
                      "标示时间的起止用一字线“—”（或写“至”），不用短横线（GB/T 15834-2011 4.13 连接号）", "—")
    for m in (_NUM_RANGE_HYPHEN.finditer(text) if "-" in text or "－" in text else ()):
        yield Finding(m.start(), m.end(), "format", "warning", "format.range_dash",
                      "标示数值范围的起止用浪纹线“～”，不用短横线（GB/T 15834-2011 4.14）", f"{m.group(1)}～{m.group(2)}")
    for m in (_WAN_RANGE.finditer(text) if "～" in text or "~" in text else ()):
        a = re.search(r"(?<![\d.])\d+(?:\.\d+)?$", text[max(0, m.start() - 8) : m.start()])
        if a is not None:
            yield Finding(m.start() - len(a.group(0)), m.end("w"), "format", "warning", "format.range_unit",
                          f"数值范围中前一个数的“{m.group('w')}”不能省略，宜作“{a.group(0)}{m.group('w')}～{m.group('b')}{m.group('w')}”"
                          "（GB/T 15835-2011）", f"{a.group(0)}{m.group('w')}～{m.group('b')}{m.group('w')}")
    for m in (_YEAR_RANGE_HYPHEN.finditer(text) if "-" in text else ()):
        yield Finding(m.start("h"), m.end("h"), "format", "error", "format.range_dash",
                      "标示年份的起止用一字线“—”，不用短横线（GB/T 15834-2011 4.13 连接号）", "—")
    for m in (_MONTH_RANGE_HYPHEN.finditer(text) if "-" in text or "－" in text else ()):
        a = _MONTH_FIRST.search(text, max(0, m.start() - 2), m.start())
        if a is not None and int(a.group(0)) < int(text[m.end() : m.end() + 2].rstrip("月")):
            yield Finding(m.start("h"), m.end("h"), "format", "error", "format.range_dash",
                          "标示月份的起止用一字线“—”（或写“至”），不用短横线（GB/T 15834-2011 4.13 连接号）", "—")
    for m in (_CLOCK_RANGE.finditer(text) if "-" in text or "－" in text else ()):
        yield Finding(m.start("h"), m.end("h"), "format", "warning", "format.range_dash",
                      "标示时间的起止用一字线“—”（或写“至”），不用短横线（GB/T 15834-2011 4.13 连接号）", "—")
    for m in (_PCT_RANGE.finditer(text) if "%" in text or "％" in text else ()):
        a = _PCT_RANGE_FIRST.search(text, max(0, m.start() - 12), m.start())
        if a is None:
            continue
        yield Finding(a.start(), m.end(), "format", "warning", "format.pct_range",
                      "百分数范围的前后两个数都应带百分号（GB/T 15835-2011 如“15%～30%”）",
                      f"{a.group(0)}{m.group('p')}～{m.group('b')}{m.group('p')}")
    for m in (_DOUBLE_PCT.finditer(text) if "%" in text or "％" in text else ()):
        yield Finding(m.start() + 1, m.end(), "format", "error", "format.doubled_punct", "百分号重复", "")
    for m in (_FW_GROUPED.finditer(text) if "，" in text else ()):
        yield Finding(m.start(), m.end(), "format", "error", "format.digit_grouping",
                      "数字分节不能用全角逗号（GB/T 15835-2011）；公文中多位数一般不分节", m.group(0).replace("，", ""))
    grouped = list(_SEP_CN.finditer(text)) if "," in text and _DIGIT_COMMA_DIGIT.search(text) else ()
    plain = plain_wan = None
    for m in grouped:
        s0, e0 = m.start(), m.end()
        if not (s0 and _CJKC.match(text, s0 - 1) or _CJKC.match(text, e0)):
            continue
        if plain is None:
            plain = _PLAIN_BIG.search(text) is not None
        wan = text[e0 : e0 + 1] in ("万", "亿")
        if wan and m.group(0).count(",") == 1 and len(m.group(0)) <= 5:
            # 3,260万元 is reported when the document also writes 1840万元 (1,936,800万元 and 13,580万元 always)
            if plain_wan is None:
                plain_wan = _PLAIN_WAN.search(text) is not None
            wan = plain_wan
        big_wan = (not wan and len(m.group(0)) >= 6 and text[e0 : e0 + 1] != ""
                   and re.search(r"\d万" + re.escape(text[e0 : e0 + 1]), text) is not None)
        if plain or wan or big_wan:
            # 核定行政编制3,856名，实有3621名: a document groups digits one way (GB/T 15835-2011 5.1.2: 同一文件统一);
            # 1,936,800万元: a figure already in 万 or 亿 is written with a decimal (193.68亿元), not grouped
            # 馆藏档案468,000卷 … 已完成31.2万卷: the document counts the same thing in 万
            why = ("数值已以“万”“亿”为单位，不宜再用千分撇分节，可改用小数（如“193.68亿元”）" if wan else
                   "同一文件中多位数的写法应统一：别处不分节，此处用了千分撇（GB/T 15835-2011）" if plain else
                   f"同一文件中数字的写法应统一：别处以“万{text[e0]}”计，此处用千分撇分节（GB/T 15835-2011）")
            yield Finding(s0, e0, "format", "warning", "format.digit_grouping", why, m.group(0).replace(",", ""))
            continue
        yield Finding(s0, e0, "format", "info", "format.digit_grouping",
                      "公文正文中的数字一般不用千分撇分节（GB/T 15835-2011 允许分节，但同一文件应统一）",
                      m.group(0).replace(",", ""))
    for m in (_DOT_DATE.finditer(text) if "." in text else ()):
        y, mo, d = (int(m.group(k)) for k in ("y", "m", "d"))
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            continue
        if not ((m.start() and _CJKC.match(text, m.start() - 1)) or _CJKC.match(text, m.end())):
            continue  # a date in a table, a file name or a version number
        yield Finding(m.start(), m.end(), "format", "warning", "format.date_dots",
                      "公文正文中的日期应写作“××××年×月×日”，不用圆点分隔（GB/T 15835-2011）", f"{y}年{mo}月{d}日")
    for m in (_SHORT_YEAR.finditer(text) if "年" in text else ()):
        if m.start() and text[m.start() - 1] in "0123456789.０１２３４５６７８９":
            continue
        y = m.group("y") or m.group("y2")
        yield Finding(m.start(), m.start() + 3, "format", "error", "format.short_year",
                      "年份不能简写，应写全四位（GB/T 15835-2011）", "20" + y + "年")


def _regroup(s: str) -> str:
    digits = s.replace(",", "")
    out = []
    while len(digits) > 3:
        out.insert(0, digits[-3:])
        digits = digits[:-3]
    out.insert(0, digits)
    return ",".join(out)


_HTML = re.compile(r"</?(?:p|br|div|span|a|img|table|tr|td|th|strong|b|i|u|em|font|ul|ol|li|h[1-6]|section|"
                   r"article|style|script|iframe|meta|sup|sub)(?:\s[^<>\n]{0,200})?/?>", re.I)
_ENTITY = re.compile(r"&(?:nbsp|amp|lt|gt|quot|apos|ldquo|rdquo|lsquo|rsquo|mdash|ndash|hellip|middot|emsp|ensp|"
                     r"#\d{2,6}|#x[0-9a-fA-F]{2,5});?", re.I)
_TRACKING = re.compile(r"https?://[^\s，。；“”]*?[?&](?:utm_[a-z]+|spm|from|isappinstalled|share_token|scene|srcid|"
                       r"sharer_[a-z]+|wfr|mpshare|chksm|sessionid|timestamp|share_source|xsec_token|vd_source)=[^\s，。；“”]*")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_MARKDOWN = re.compile(r"\*\*[^*\n]{1,60}\*\*|^#{1,6}[ \t]+\S|^[ \t]*[-*][ \t]+(?=[" + CJK + r"])", re.M)


_BUTTON = r"【(?:打印本页|打印此页|关闭窗口|关闭本页|返回顶部|收藏本页|加入收藏|字体[：:]?\s*大\s*中\s*小|分享到)】"
_PAGE_CHROME = re.compile(_BUTTON + r"(?:[ \t\u3000]*" + _BUTTON + ")*")


def web_residue(doc, kb):
    text = doc.text
    for m in _HTML.finditer(text):
        yield Finding(m.start(), m.end(), "format", "error", "format.web_residue",
                      "网页残留：HTML 标签应删除", "")
    for m in _ENTITY.finditer(text):
        yield Finding(m.start(), m.end(), "format", "error", "format.web_residue",
                      "网页残留：HTML 字符实体（如 &nbsp;）应删除或换成对应字符", " " if "nbsp" in m.group(0).lower() else None)
    for m in _TRACKING.finditer(text):
        yield Finding(m.start(), m.end(), "format", "warning", "format.web_residue",
                      "网址带有分享/跟踪参数，应删去问号后的参数或改用正式网址", m.group(0).split("?")[0])
    for m in _INVISIBLE.finditer(text):
        if m.start() == 0 and m.group(0) == "\ufeff":
            continue
        yield Finding(m.start(), m.end(), "format", "warning", "format.invisible_char",
                      f"不可见字符（U+{ord(m.group(0)):04X}），多为网页或其他软件复制带入，应删除", "")
    for m in (_PAGE_CHROME.finditer(text) if "】" in text else ()):
        yield Finding(m.start(), m.end(), "format", "error", "format.web_residue",
                      "网页残留：页面按钮文字（如【打印本页】【关闭窗口】）应删除", "")
    for m in _MARKDOWN.finditer(text):
        yield Finding(m.start(), m.end(), "format", "warning", "format.web_residue",
                      "Markdown 排版符号残留（** 或 # 或列表符号），公文中应删除", m.group(0).strip("*# -\t"))


_MOJIBAKE = re.compile(
    r"锟斤拷|烫烫|屯屯|葺葺|\ufffd+|[\ue000-\uf8ff]+|"
    r"(?:Ã[\x80-\xbf]|Â[\xa0-\xbf]|â€[\x80-\xbf\u2018-\u203a\u02c6\u0152\u0153\u0160\u0161\u0178\u017d\u017e]?|ï¼[\x80-\xbf]|ã€[\x80-\xbf])+|"
    r"[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]{3,}|[锛銆鈥鈹鈻]"  # (not × or ÷: 联系电话：6235××××, a number withheld)
)


_MOJI_PRE = re.compile("[锟烫屯葺\ufffd\ue000-\uf8ff\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff锛銆鈥鈹鈻]")


def mojibake(doc, kb):
    if not _MOJI_PRE.search(doc.text):
        return
    for m in _MOJIBAKE.finditer(doc.text):
        yield Finding(m.start(), m.end(), "format", "error", "format.mojibake",
                      "乱码：文字编码转换出错（如“锟斤拷”“烫烫烫”、替换字符或 UTF-8/GBK 错读），请从原稿重新复制", None)


_PCT_WORD = re.compile(r"百分之\s*\d+(?:\.\d+)?")
# 同比增长百分之十二点三: a statistic with a decimal written in words; 26年11月23日: a date's year cut to two digits
_PCT_CN_DECIMAL = re.compile(r"百分之(?P<i>[一二三四五六七八九十]{1,3})点(?P<f>[零〇一二三四五六七八九]{1,3})")
_PCT_CN_WHOLE = re.compile(r"百分之(?P<i>[一二三四五六七八九十]{1,3})(?![点一二三四五六七八九十])")
_SHORT_DATE = re.compile(r"(?P<y>\d(?<![\dA-Za-z.\-/年]\d)\d)年(?P<m>\d{1,2})月(?P<d>\d{1,2})日")  # a digit first: re scans for it
_ARABIC_QIAN = re.compile(_AT_NUM + r"(?:亿\d+)?[千百](?=万|亿|元|人|个|多|余)"
                          r"|" + _AT_NUM + r"[万亿]\d+[千百](?=[\u4e00-\u9fff])")  # 128万5千件: 128.5万件
_CN_DIGITS = "一二三四五六七八九十"
_APPROX_CN = re.compile(r"(?<![第" + _CN_DIGITS + r"])([一两二三四五六七八九])、([二三四五六七八九十])"
                        r"(?=[个名人天次项件家所位篇本条句份户批轮遍趟倍岁]|年(?!级)|小时|分钟|公里|[万千百](?:元|人|户|个|名|家|亩|吨))")  # 增收三、四万元, 两、三次
_CN_YEAR_ZERO = re.compile(r"[一二三四五六七八九〇零][一二三四五六七八九〇零0]{0,2}0[一二三四五六七八九〇零0]{0,2}(?=年)")  # 二0二六年
_CN_ZERO = re.compile(r"0(?:(?<=[一二三四五六七八九〇零]0)|(?=[一二三四五六七八九〇零]))")  # a 0 beside a Chinese numeral
_ISSUE_ZERO = re.compile(r"第(?P<n>0\d{1,3})期")  # 简报 第012期
_QUARTER_DIGIT = re.compile(r"第(?P<n>[1-4])季度")  # 第3季度 beside 第二季度 (a 定型 ordinal of the year's quarters)
_DATE_HAO = re.compile(r"月(?:(?<=\d{4}年\d月)|(?<=\d{4}年\d\d月))\d{1,2}(?P<h>号)(?![楼院房室栋线门令文])")  # 2026年12月31号前报送
_DIGIT_QIAN = re.compile(r"\d[千百]")  # in every _ARABIC_QIAN match
_APPROX_CN_START = re.compile(r"[一两二三四五六七八九](?=、[二三四五六七八九十])")  # where every _APPROX_CN match starts


def number_style(doc, kb):
    """GB/T 15835-2011: no mixing of 百分之 with Arabic digits, no Arabic digit before 千/百;
    GB/T 15834-2011 (4.5.3.5): adjacent numerals giving an approximation take no 顿号 (三四个)."""
    text = doc.text
    for m in _PCT_WORD.finditer(text):
        yield Finding(m.start(), m.end(), "format", "error", "format.number",
                      "“百分之”与阿拉伯数字混用；统计数字应写作“" + m.group(0)[3:].strip() + "%”（GB/T 15835-2011）",
                      m.group(0)[3:].strip() + "%")
    for m in (_ARABIC_QIAN.finditer(text) if _DIGIT_QIAN.search(text) else ()):
        yield Finding(m.start(), m.end(), "format", "warning", "format.number",
                      "阿拉伯数字不与“千”“百”连用，宜写作“3000万”“3.2亿”之类（GB/T 15835-2011）", None)
    for m in (_PCT_CN_DECIMAL.finditer(text) if "百分之" in text else ()):
        whole = cn_number(m.group("i"))
        if whole is None:
            continue
        frac = m.group("f").translate(_CN_TO_ARABIC)
        yield Finding(m.start(), m.end(), "format", "warning", "format.number",
                      "带小数的百分数是统计数字，宜用阿拉伯数字（GB/T 15835-2011）", f"{whole}.{frac}%")
    if "百分之" in text and text.count("%") + text.count("％") >= 2:
        for m in _PCT_CN_WHOLE.finditer(text):  # 比例达到百分之八十以上 in a text that writes 25%, 41.2%
            if "规定" in text[after_last(text, "。！？\n", m.start()) : m.start()]:
                continue  # 按照法律规定，…不得低于可分配盈余的百分之六十: the words of the law, quoted
            n = cn_number(m.group("i"))
            if n is not None:
                yield Finding(m.start(), m.end(), "format", "warning", "format.number",
                              "百分数是统计数字，宜用阿拉伯数字，与全文一致（GB/T 15835-2011）", f"{n}%")
    for m in (_CN_YEAR_ZERO.finditer(text) if _CN_ZERO.search(text) else ()):
        yield Finding(m.start(), m.end(), "format", "warning", "format.mixed_numerals",
                      "汉字数字中混入了阿拉伯数字“0”，应为“〇”（二〇二六年），公文日期宜用阿拉伯数字", m.group(0).replace("0", "〇"))
    for m in (_ISSUE_ZERO.finditer(text) if "期" in text else ()):
        yield Finding(m.start("n"), m.end("n"), "format", "warning", "format.number",
                      "期号不编虚位（“第012期”应为“第12期”）", m.group("n").lstrip("0"))
    if "季度" in text and re.search(r"第?[一二三四]季度", text):
        for m in _QUARTER_DIGIT.finditer(text):
            q = "一二三四"[int(m.group("n")) - 1]
            yield Finding(m.start(), m.end(), "format", "warning", "format.mixed_numerals",
                          f"季度序数前后写法不一致：本文其他处用汉字（如“第二季度”），此处宜作“第{q}季度”", f"第{q}季度")
    for m in (_DATE_HAO.finditer(text) if "号" in text else ()):
        yield Finding(m.start("h"), m.end("h"), "format", "warning", "format.date",
                      "公文日期写“日”不写“号”（2026年12月31日）", "日")
    for m in (_SHORT_DATE.finditer(text) if "年" in text else ()):
        yield Finding(m.start("y"), m.end("y") + 1, "format", "warning", "format.date",
                      f"日期的年份应写全（“{m.group('y')}年”应写作四位数年份，GB/T 15835-2011）", None)
    for m in finditer_at(_APPROX_CN, _APPROX_CN_START, text):
        a, b = _CN_DIGITS.index(m.group(1).replace("两", "二")), _CN_DIGITS.index(m.group(2))
        if b != a + 1:
            continue
        yield Finding(m.start(), m.end(), "format", "warning", "format.punct_approx",
                      "相邻两数字连用表示概数，中间不用顿号（GB/T 15834-2011，如“三四个”）", m.group(1) + m.group(2))


# 新增有进出口实绩企业三十二家 in a report that counts 58家, 126个 in Arabic digits: an exact count of eleven or
# more is written in Arabic digits (GB/T 15835-2011 4.1.1, 5.1), consistently in one document
_MEASURE = "家个项人名件户所台辆次场篇条座处批套栋宗起例"
_CN_COUNT = re.compile(r"(?<![第几数近约逾超上成好一二三四五六七八九十百千两])(?P<n>(?:[一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九]百(?:零?[一二三四五六七八九]?十?[一二三四五六七八九]?)?))"
                       r"(?P<u>[" + _MEASURE + r"])(?![多余几来])")
_ARABIC_COUNT = re.compile(r"\d(?<![\d.]\d)\d+(?:\.\d+)?(?:万|亿)?[" + _MEASURE + r"]")
_CN_COUNT_START = re.compile("[一二三四五六七八九十]")  # where _CN_COUNT can start (its lookbehind makes re try every position)
_NAMED_SET = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:核心制度|规定|禁令|准则|纪律|原则|戒律)")
_CUSTOMARY = ("五十六个民族", "十二个字", "十个坚持", "十个明确", "十四个坚持", "十三个方面")


def _counts_in_arabic(text: str) -> bool:
    """The text counts in Arabic digits (three counts or more): one that counts in Chinese numerals throughout is
    consistent, and chinese_counts and chinese_decimals leave it alone."""
    return len(list(islice(_ARABIC_COUNT.finditer(text), 3))) == 3


def chinese_counts(doc, kb):
    text = doc.text
    if "十" not in text and "百" not in text:
        return
    if not _counts_in_arabic(text):
        return
    for m in finditer_at(_CN_COUNT, _CN_COUNT_START, text):
        n = cn_number(m.group("n"))
        if n is None or n < 11:
            continue
        if any(c in text[max(0, m.start() - 4) : m.end() + 4] for c in _CUSTOMARY) or text[m.end() : m.end() + 1] in "年月日届":
            continue
        if _NAMED_SET.match(text, m.end()):
            continue  # 十八项医疗质量安全核心制度, 中央八项规定: a named set of rules, not a statistic
        yield Finding(m.start(), m.end(), "format", "warning", "format.number",
                      f"统计数字宜用阿拉伯数字，与全文一致：“{m.group(0)}”宜写作“{n}{m.group('u')}”（GB/T 15835-2011）",
                      f"{n}{m.group('u')}")


# 设书记1名、副书记1名；机关纪委由三名委员组成: a count of three to nine in Chinese numerals in a sentence that counts
# the same unit in Arabic digits (persons and households only: 八项规定, 十件民生实事 are names; not after 等: 霍英东等四人)
_SMALL_CN = re.compile(r"(?<![第前后这那每近约逾超几数等一二三四五六七八九十百千])(?P<n>[三四五六七八九])(?P<u>[名人家户])(?![多余])")
_SMALL_START = re.compile("[三四五六七八九]")


def small_counts(doc, kb):
    text = doc.text
    for m in finditer_at(_SMALL_CN, _SMALL_START, text):
        sent = text[after_last(text, "。！？\n", m.start()) : first_of(text, "。！？\n", m.end(), missing=len(text))]
        if re.search(r"(?<![\d.])\d{1,3}" + m.group("u") + r"(?![\u4e00-\u9fff]{0,1}[次])", sent):
            yield Finding(m.start(), m.end(), "format", "warning", "format.number",
                          f"同一句中计数的写法应一致：“{m.group(0)}”宜写作“{cn_number(m.group('n'))}{m.group('u')}”（GB/T 15835-2011）",
                          f"{cn_number(m.group('n'))}{m.group('u')}")


# 总面积二点三平方公里, 增长三点五个百分点: a measured figure with a decimal written in Chinese numerals (GB/T 15835-2011
# 5.1.1: figures of measurement and statistics use Arabic digits); a whole number in words (三十个) is chinese_counts' matter
_CN_DECIMAL = re.compile(r"点(?<=[一二三四五六七八九十两零〇]点)(?P<f>[〇零一二三四五六七八九]{1,3})(?P<u>万|亿|平方|公里|千米|米|吨|元|倍|个百分点|公顷|亩|千瓦|"
                         r"立方米|公斤|千克|[%％])")

_DIGIT = re.compile(r"\d")
_CN_FIGURE = re.compile(r"[一二三四五六七八九十百千两〇零](?:万|亿|千|百)?(?:万|亿|元|吨|公里|千米|平方|亩|千瓦|个百分点|人|户|家|名)|百分之")


_ARABIC_DECIMAL = re.compile(r"\d\.\d+\s*(?:万|亿)?(?:吨|元|亩|公里|千米|平方米|平方公里|立方米|公顷|千瓦|%|％)")


def chinese_decimals(doc, kb):
    text = doc.text
    if "点" not in text or not (_counts_in_arabic(text) or _ARABIC_DECIMAL.search(text)):
        return  # (a text that writes its other decimals in Arabic digits: 其中市级储备粮12万吨、县级储备粮6.6万吨)
    for m in _CN_DECIMAL.finditer(text):
        s = m.start()
        while s > 0 and text[s - 1] in "一二三四五六七八九十两零〇百千" and m.start() - s < 5:
            s -= 1
        whole = cn_number(text[s : m.start()].replace("两", "二"))
        frac = m.group("f").translate(_CN_TO_ARABIC)
        if whole is None or (s and text[s - 1] in "第"):
            continue
        line = doc.line_of(s)
        para = text[line.start : s] + "□" + text[m.end("u") : line.end]
        if not _DIGIT.search(para) or _CN_FIGURE.search(para):
            continue  # a paragraph that writes figures in Chinese numerals (日供水五万吨，可解决十三万人口): its style
        figure = f"{whole}.{frac}"
        yield Finding(s, m.start("u"), "format", "warning", "format.number",
                      f"计量、统计数字中的小数应使用阿拉伯数字：“{text[s : m.start('u')]}”宜写作“{figure}”（GB/T 15835-2011）", figure)


RULES = (number_forms, number_usage, web_residue, mojibake, number_style, chinese_counts, small_counts, chinese_decimals)
