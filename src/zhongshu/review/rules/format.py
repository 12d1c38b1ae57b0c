"""格式关: GB/T 9704-2012 structure recognisable in plain text."""

from __future__ import annotations

import re

from ..document import CJK
from ..model import Finding
from .fact import _SPEECH_DATE, cn_number

# The 机关代字 usually ends in 发/函/办…, but any abbreviation may stand before the year (青应急〔2025〕第12号,
# 临市监[2025]18号); with round brackets, which also enclose ordinary numbers, only after the usual endings.
_DOCNO = re.compile(
    r"(?P<lb>[〔\[［【(（{｛〈<])\s*(?P<y>\d{2,4})\s*(?P<nian>年)?"
    r"(?P<rb>[〕\]］】)）}｝〉>])\s*(?P<di>第)?\s*(?P<no>\d+)\s*号"
)
_USUAL_END = frozenset("发函字办电复令告通呈报")
_ORG_BEFORE = re.compile(r"[" + CJK + r"]{1,12}$")


_DOCNO_TAIL = re.compile(r"[ \t\u3000]*(?:$|\n|签发人)")


def _docno_line(text: str, start: int, end: int) -> bool:
    """The number stands on a line of its own (or before 签发人): the 发文字号 line, whatever the 机关代字
    ends with (岚文旅（2025）9号), not a bracketed number inside a sentence."""
    k = start
    while k > 0 and text[k - 1] in " \t\u3000":
        k -= 1
    return (k == 0 or text[k - 1] == "\n") and _DOCNO_TAIL.match(text, end) is not None


# 你委淮发改农经函〔2026〕87号《关于…的函》: a document cited by its number before its title
_NUMBER_BEFORE_TITLE = re.compile(r"〔\d{4}〕\d+号《")  # (the code before it: _ORG_BEFORE)


def citation_order(doc, kb):
    text = doc.text
    if "号《" not in text:
        return
    for m in _NUMBER_BEFORE_TITLE.finditer(text):
        o = _ORG_BEFORE.search(text, max(0, m.start() - 12), m.start())
        if o is None or text.find("》", m.end(), m.end() + 80) < 0:
            continue
        s = o.start()
        if text[s : s + 1] in "你贵" and text[s + 1 : s + 2] in "委局厅办部院司处":
            s += 2  # 你委淮发改农经函: the code after the addressee
        yield Finding(s, m.end() - 1, "format", "warning", "format.citation_order",
                      "引用公文应先引标题，后引发文字号（如“《关于……的函》（××〔2026〕87号）”）", None)


def document_number(doc, kb):
    text = doc.text
    for m in _DOCNO.finditer(text):
        b = m.start()
        while b > 0 and text[b - 1] in " \t\u3000":
            b -= 1
        o = _ORG_BEFORE.search(text, max(0, b - 12), b)
        if o is None and not ((b == 0 or text[b - 1] == "\n") and _docno_line(text, b, m.end())):
            continue  # (a number alone on its line, with no 机关代字: 〔2026〕05号 under the name of a 纪要)
        ostart = o.start() if o is not None else b
        y, no = m.group("y"), m.group("no")
        fixed = f"〔{y}〕{int(no)}号"  # replaces the span, which starts at the bracket
        problems = []
        lb = m.group("lb")
        if lb not in "〔[［【" and text[b - 1 : b] not in _USUAL_END and not _docno_line(text, ostart, m.end()):
            continue
        if lb != "〔" or m.group("rb") != "〕":
            problems.append("年份应使用六角括号“〔〕”")
        if len(y) != 4:
            problems.append("年份应写全称（4位）")
        if m.group("nian"):
            problems.append("年份后不加“年”字")
        if m.group("di"):
            problems.append("序号前不加“第”")
        if no.startswith("0"):
            problems.append("序号不编虚位（不加前导0）")
        if problems:
            yield Finding(m.start("lb"), m.end(), "format", "error", "format.docno",
                          "发文字号不规范：" + "；".join(problems) + "（GB/T 9704-2012 7.2.4）", fixed)


_END_PUNCT = "。．.，,；;：:！!"


# the title of an attached document on a line of its own (…物业服务质量提升行动方案。 after 附件 or at the top of
# the attachment): a short line that names a document kind and has no other punctuation than 《》“”（）
_ATTACHED_TITLE = re.compile(r"[ \t\u3000]*(?!特此|现|请|经|按照|根据|为|以上|此|附件|如|详见|[（(]?[一二三四五六七八九十\d]+[、.．）)])"
                             r"(?P<body>[^，,；;：:。！？!?、\s]{4,38}?)(?:实施方案|工作方案|行动方案|方案|办法|规定|细则|规则|"
                             r"实施意见|工作要点|要点|计划|制度|指引|清单|标准)[。．.]$")
# …a sentence that ends in such a word (国家实行无偿献血制度。 项目已纳入重点项目清单。) is no title
_SENTENCE_VERB = re.compile(r"要|将|已|应|须|请|是|同意|纳入|列入|制定|印发|执行|按照|完成|落实|实行|推行|建立|提倡|鼓励|坚持|开展|加强")


def title(doc, kb):
    t = doc.title
    s = t.text.rstrip(" \t\u3000") if t is not None else ""
    if s and s[-1] in _END_PUNCT:
        end = t.start + len(s)
        yield Finding(end - 1, end, "format", "error", "format.title_punct",
                      "公文标题末尾不加标点符号（GB/T 9704-2012 7.3.1）", "")
    for ln in doc.lines:
        m = _ATTACHED_TITLE.match(ln.text.rstrip(" \t\u3000")) if ln is not t else None
        if m and not _SENTENCE_VERB.search(m.group("body")):
            end = ln.start + len(ln.text.rstrip(" \t\u3000"))
            yield Finding(end - 1, end, "format", "error", "format.title_punct",
                          "标题末尾不加标点符号（GB/T 9704-2012 7.3.1）", "")


_RECIPIENT_END = re.compile(r"(?:人民政府|部门|各单位|各直属单位|各处室|委员会|党委|党组|局|厅|办公室|办|公司|"
                            r"各街道|各乡镇|各镇|各学校|市委|县委|区委|省委|政府|各成员单位|各科室|领导|企业|办事处|分局|支队|大队|"
                            r"中心|集团|各有关单位|有关单位|机构)[，,。；;]?$")
_DOCNO_LINE = re.compile(r"[^，。；\n]{1,12}[〔\[【（(［]\s*\d{4}\s*[〕\]】）)］]\s*第?\d+号\s*$")


_AUTHOR_UNDER = re.compile(r"(?:调研报告|工作总结|总结|讲话|发言|述职报告|述职述廉报告|汇报材料|经验材料|典型材料|调查报告|专题报告|经验做法)$")


def recipient(doc, kb):
    i = doc.title_index
    if i is None or i + 1 >= len(doc.nonblank):
        return
    k = i + 1
    if _DOCNO_LINE.match(doc.nonblank[k].stripped) and k + 1 < len(doc.nonblank):
        k += 1  # a 发文字号 written under the title
    ln = doc.nonblank[k]
    s = ln.text.rstrip(" \t\u3000")
    if s.endswith("：") and len(s) <= 80 and _RECIPIENT_END.search(s[:-1]):
        for i in (i for i, c in enumerate(s) if c == "；"):  # 各县（市、区）教育局；市直各学校：
            yield Finding(ln.start + i, ln.start + i + 1, "format", "warning", "format.recipient_colon",
                          "主送机关之间用顿号或逗号分隔，不用分号（GB/T 9704-2012 7.3.2）", "，")
    if s.endswith("："):
        return
    if _AUTHOR_UNDER.search(doc.nonblank[i].stripped) and not any(c in s for c in "，,、"):
        return  # 关于…的调研报告 / 澜江市发展和改革委员会: the author under a report's title, not a 主送机关
    if s.endswith(":"):
        return  # the half-width colon is reported by the punctuation rule
    if k + 1 < len(doc.nonblank) and _SPEECH_DATE.match(doc.nonblank[k + 1].stripped):
        return  # 澜州市营商环境建设局 / （2026年11月17日）: the author and date under a 汇报's or speech's title
    if len(ln.stripped) <= 60 and _RECIPIENT_END.search(s):
        end = ln.start + len(s)
        if s[-1] in "，,。；;":
            yield Finding(end - 1, end, "format", "error", "format.recipient_colon",
                          "主送机关后应使用全角冒号“：”（GB/T 9704-2012 7.3.2）", "：")
        else:
            yield Finding(end - 1, end, "format", "error", "format.recipient_colon",
                          "主送机关后缺少全角冒号“：”（GB/T 9704-2012 7.3.2）", s[-1] + "：")


_CN_NUM = "一二三四五六七八九十"
_H1 = re.compile(r"[ \t\u3000]*(?P<n>[" + _CN_NUM + r"]{1,3})(?P<sep>、|，|,|\.|．|：|:|[ \u3000](?=\S))")
_H2 = re.compile(r"[ \t\u3000]*(?P<lb>[（(])(?P<n>[" + _CN_NUM + r"]{1,3})(?P<rb>[）)])(?P<sep>、|，|,|\.|．|：|:)?")
_H3 = re.compile(r"[ \t\u3000]*(?P<n>\d{1,2})(?P<sep>\.|．|、|，|,|\)|）)(?!\d)")
_H4 = re.compile(r"[ \t\u3000]*(?P<lb>[（(])(?P<n>\d{1,2})(?P<rb>[）)])(?P<sep>、|，|,|\.|．)?")
_RESET = re.compile(r"[ \t\u3000]*(?:附件\s*\d*\s*$|附件\s*\d+|附件\s*[：:]|附表|抄送|主题词)")
_LEVEL_NAME = {1: "一、", 2: "（一）", 3: "1.", 4: "（1）"}


def _fmt(level: int, n: int) -> str:
    cn = _to_cn(n)
    return {1: f"{cn}、", 2: f"（{cn}）", 3: f"{n}.", 4: f"（{n}）"}[level]


def _to_cn(n: int) -> str:
    if n <= 10:
        return " 一二三四五六七八九十"[n]
    if n < 20:
        return "十" + " 一二三四五六七八九"[n - 10].strip()
    return _CN_NUM[n // 10 - 1] + "十" + (" 一二三四五六七八九"[n % 10].strip())


# 二、主要工作及成效： — a heading on its own line ends with no colon (三、会议议定以下事项： introduces a list: kept)
_HEADING_COLON = re.compile(r"(?![^\n]*(?:以下|如下|下列|同意|包括|确定的))[^，。；：:\n]{2,24}[：:][ \t\u3000]*$")


def headings(doc, kb):
    """Separators and continuity of 一、 （一） 1. （1） (GB/T 9704-2012 7.3.3)."""
    last = [None, None, None, None, None]  # last number seen at each level
    corrected = [None, None, None, None, None]  # the number due where the last one was reported out of sequence
    in_attach = False
    orphan = None
    for ln in doc.lines:
        t = ln.text
        if not t or t.isspace():
            continue
        if _RESET.match(t):
            last = [None] * 5
            in_attach = t.lstrip(" \t\u3000").startswith(("附件：", "附件:"))
            continue
        if in_attach and _H3.match(t):
            continue  # numbered lines of the 附件说明
        in_attach = False
        level = None
        for lv, rx in ((2, _H2), (4, _H4), (1, _H1), (3, _H3)):
            m = rx.match(t)
            if m:
                level = lv
                break
        if level is None:
            continue
        if level in (1, 2) and _HEADING_COLON.match(t, m.end()):
            colon = ln.start + len(t.rstrip(" \t\u3000")) - 1
            yield Finding(colon, colon + 1, "format", "warning", "format.heading_punct",
                          "单独成行的标题末尾不加冒号（GB/T 9704-2012 7.3.3；GB/T 15834-2011）", "")
        n = cn_number(m.group("n"))
        if n is None or n == 0:
            continue
        sep = m.group("sep")
        s0 = ln.start
        if level == 1 and sep != "、":
            if sep in (" ", "\u3000") and len(t.strip()) > 30:
                continue  # "一 二 三" style prose, not a heading
            yield Finding(s0 + m.start("sep"), s0 + m.end("sep"), "format", "error", "format.heading_sep",
                          "第一层标题序号“一”后应使用顿号“、”（GB/T 9704-2012 7.3.3；GB/T 15834-2011）", "、")
        elif level in (2, 4) and sep:
            yield Finding(s0 + m.start("sep"), s0 + m.end("sep"), "format", "error", "format.heading_sep",
                          "带括号的序号后不再加标点（如“（一）”“（1）”后不加顿号或点号）（GB/T 15834-2011）", "")
        elif level == 3 and sep in (")", "）"):
            yield Finding(s0 + m.start("n"), s0 + m.end("sep"), "format", "error", "format.heading_sep",
                          f"序号“{m.group('n')}{sep}”不规范：第三层用“{m.group('n')}.”，第四层用“（{m.group('n')}）”（GB/T 9704-2012 7.3.3）",
                          f"{m.group('n')}.")
        elif level == 3 and sep not in (".", "．"):
            yield Finding(s0 + m.start("sep"), s0 + m.end("sep"), "format", "error", "format.heading_sep",
                          "阿拉伯数字序号后应使用下脚点“.”，不用顿号或逗号（GB/T 15834-2011）", ".")
        bracketed = level in (2, 4)
        num_at = s0 + m.start("n") - (1 if bracketed else 0)  # the number, with its brackets
        num_end = s0 + m.end("rb" if bracketed else "n")
        if level == 4 and last[4] is None and last[3] is None and last[2] is not None and n != 1:
            # （2） where （三） belongs: a second-level item numbered like the fourth level
            n = last[2] + 1
            want = _fmt(2, n)
            yield Finding(num_at, num_end, "format", "error", "format.heading_level",
                          f"标题层次有误：此处接在“{_fmt(2, last[2])}”之后，应为“{want}”（第二层用“（一）”，第四层才用“（1）”；"
                          "GB/T 9704-2012 7.3.3）", want)
            last[2] = n
            last[3] = last[4] = None
            continue
        if level == 3 and n == 1 and last[2] is None and last[1] is not None:
            orphan = (num_at, num_end)  # 三、… / 1.严格审核把关 / （二）…: a first item that should be （一）
        elif level == 2 and n == 2 and last[2] is None and orphan is not None:
            yield Finding(orphan[0], orphan[1], "format", "error", "format.heading_level",
                          "标题层次有误：其后同级标题为“（二）”，此处应为“（一）”（GB/T 9704-2012 7.3.3）", "（一）")
            last[2] = 1
        if level < 3:
            orphan = None
        prev = last[level]
        if prev == n == 1 and level < 4 and last[level + 1] is None:
            # （一）开展…清查 / （一）以…为基础 / 2.重点排查…: the same first number twice in a row, no item under the
            # first one; the second is an item of the next level (1.) or a slip
            yield Finding(num_at, num_end, "format", "error", "format.heading_sequence",
                          f"标题序号重复：上一个标题也是“{_fmt(level, 1)}”；若是下一层标题，应为“{_fmt(level + 1, 1)}”", None)
            continue
        fixed, corrected[level] = corrected[level], None
        if prev is not None and n != prev + 1 and n != 1 and not (fixed is not None and n == fixed + 1):
            # (a restart at 一 begins a new part; after 一、三、 or 二、二、 the next is read against the number that was
            # due, so 一、三、三、 and 一、二、二、四、 are reported once)
            want = _fmt(level, prev + 1)
            corrected[level] = prev + 1
            yield Finding(num_at, num_end, "format", "error", "format.heading_sequence",
                          f"标题序号不连续：上一个是“{_fmt(level, prev)}”，此处应为“{want}”", want.rstrip("、."))
        last[level] = n
        for lower in range(level + 1, 5):
            last[lower] = None


_INLINE = re.compile(r"(?:^|(?<=[。；：:！？，\s]))(?:(?P<a>[一二三四五六七八九十])是|第(?P<b>[一二三四五六七八九十])(?=[，、]))")


def inline_sequence(doc, kb):
    """一是……二是……四是 / 第一，……第三， within one paragraph."""
    for ln in doc.lines:
        if "是" not in ln.text and "第" not in ln.text:
            continue
        seqs = {"a": [], "b": []}
        for m in _INLINE.finditer(ln.text):
            key = "a" if m.group("a") else "b"
            seqs[key].append((cn_number(m.group(key)), m))
        for key, items in seqs.items():
            if len(items) < 2 or items[0][0] != 1:
                continue
            for (p, _), (n, m) in zip(items, items[1:]):
                if n != p + 1:
                    want = _to_cn(p + 1)
                    yield Finding(ln.start + m.start(key), ln.start + m.end(key), "format", "warning",
                                  "format.inline_sequence",
                                  f"序数不连续：前一项为“{_to_cn(p)}”，此处应为“{want}”", want)
                    break


_ATTACH = re.compile(r"[ \t\u3000]*附\s*件\s*[：:]\s*(?P<body>.*)$")
_BOOK_NAME = re.compile(r"\s*(《([^《》\n]+)》)[。．；;，,、]?$")
_ATTACH_ITEM = re.compile(r"[ \t\u3000]*(?P<n>\d{1,2})(?P<sep>[.．、，,])")


def attachments(doc, kb):
    """附件说明: 附件：1.×××  (numbered with “.”, names without closing punctuation)."""
    lines = doc.lines
    for i, ln in enumerate(lines):
        m = _ATTACH.match(ln.text)
        if not m:
            continue
        block = [(ln, m.start("body"))]
        for nxt in lines[i + 1 : i + 12]:
            if _ATTACH_ITEM.match(nxt.text):
                block.append((nxt, 0))
            else:
                break
        for bl, off in block:
            item = _ATTACH_ITEM.match(bl.text, off)
            if item and item.group("sep") not in ".．":
                yield Finding(bl.start + item.start("sep"), bl.start + item.end("sep"), "format", "error",
                              "format.attachment", "附件说明的序号后应使用下脚点“.”（GB/T 9704-2012 7.3.4）", ".")
            s = bl.text.rstrip(" \t\u3000")
            name = _BOOK_NAME.match(s, item.end() if item else off)
            if name:  # 附件：《…任务分解表》: the name as the attachment is titled, without 书名号
                yield Finding(bl.start + name.start(1), bl.start + name.end(1), "format", "warning", "format.attachment",
                              "附件说明中的附件名称不加书名号，照录附件标题即可（GB/T 9704-2012 7.3.4）", name.group(2))
            if s and s[-1] in "。．；;，,、" and len(s) > off + 1:
                end = bl.start + len(s)
                yield Finding(end - 1, end, "format", "error", "format.attachment",
                              "附件名称后不加标点符号（GB/T 9704-2012 7.3.4）", "")


_DATE_LINE = re.compile(
    r"[ \t\u3000]*(?:[\u4e00-\u9fff（）()]{2,40}[ \t\u3000]{2,})?(?P<date>(?P<y>\d{4}|[〇○零一二三四五六七八九Ｏ]{4})年(?P<m>\d{1,2}|[一二三四五六七八九十]{1,3})月"
    r"(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})日)[ \t\u3000]*$"
)
# 2026.11.25 / 2026-11-25 on the date line of the signature
_DOTTED_DATE_LINE = re.compile(r"[ \t\u3000]*(?:[\u4e00-\u9fff（）()]{2,40}[ \t\u3000]{2,})?(?P<date>(?P<y>(?:19|20)\d\d)(?:(?P<sep>[.．/\-－])"
                               r"(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})|年(?P<m2>\d{1,2})月(?P<d2>\d{1,2})(?P<hao>号)))[ \t\u3000]*$")
_ZERO_DATE = re.compile(r"(?<![\d.])(?:\d{4}年)?(?:0\d月(?:\d{1,2}[日号])?|\d{1,2}月0\d[日号])")
_ZERO_PRE = re.compile(r"年0\d|月0\d|0\d月")  # alternatives that start with a literal: re scans for them in C
_LEADING_ZERO = re.compile(r"(?:^|(?<=年)|(?<=月))0\d")


_ANNEX_PAGE = re.compile(r"附件\s*\d{0,2}")


def written_date(doc, kb):
    """成文日期: Arabic numerals, year in full, no leading zeros (GB/T 9704-2012 7.3.5.4)."""
    date_lines = set()
    nb = doc.nonblank
    # the signature's date, a 纪要's under its 版头, or the date before an attachment's page (附件 on a line of its own)
    before_annex = [nb[i - 1] for i in range(9, len(nb) - 12) if "附件" in nb[i].text and _ANNEX_PAGE.fullmatch(nb[i].stripped)]
    candidates = (*nb[:8], *before_annex, *nb[8:][-12:])
    for ln in candidates:
        m = _DATE_LINE.match(ln.text)
        if not m:
            continue
        date_lines.add(ln.no)
        y, mo, d = (cn_number(m.group(k)) for k in ("y", "m", "d"))
        if None in (y, mo, d):
            continue
        fixed = f"{y}年{mo}月{d}日"
        if m.group("date") != fixed:
            arabic = m.group("y").isdigit() and m.group("m").isdigit()
            why = "不编虚位（不加前导0）" if arabic else "应使用阿拉伯数字"
            yield Finding(ln.start + m.start("date"), ln.start + m.end("date"), "format", "error", "format.date",
                          f"成文日期{why}，年份写全称（GB/T 9704-2012 7.3.5.4）", fixed)
    for ln in candidates:
        m = _DOTTED_DATE_LINE.match(ln.text)
        if m is None:
            continue
        mo, d = int(m.group("m") or m.group("m2")), int(m.group("d") or m.group("d2"))
        if 1 <= mo <= 12 and 1 <= d <= 31:
            how = "用“号”" if m.group("hao") else "用“.”“-”“/”分隔"
            yield Finding(ln.start + m.start("date"), ln.start + m.end("date"), "format", "error", "format.date",
                          f"成文日期用阿拉伯数字将年、月、日标全，不{how}（GB/T 9704-2012 7.3.5.4）", f"{m.group('y')}年{mo}月{d}日")
    if not _ZERO_PRE.search(doc.text):
        return
    for m in _ZERO_DATE.finditer(doc.text):
        if not _LEADING_ZERO.search(m.group(0)):
            continue
        if doc.line_of(m.start()).no in date_lines:
            continue
        fixed = _LEADING_ZERO.sub(lambda z: z.group(0)[1], m.group(0))
        yield Finding(m.start(), m.end(), "format", "warning", "format.date",
                      "日期中的月、日不加前导0（GB/T 9704-2012 7.3.5.4；GB/T 15835-2011）", fixed)


# 重点做好以下工作：1、开展…；2.组织…: an Arabic number in running text takes a full stop too (GB/T 15834-2011)
_INLINE_DUN = re.compile(r"(?<=[：；:;])(?<!\d[:：])[ \t\u3000]*(?P<n>\d{1,2})(?P<sep>、)(?=[\u4e00-\u9fff])")


def inline_numbers(doc, kb):
    text = doc.text
    if "、" not in text:
        return
    for m in _INLINE_DUN.finditer(text):
        if text[max(0, m.start() - 4) : m.start()].endswith(("附件：", "附件:")):
            continue  # the 附件说明 is format.attachment's
        yield Finding(m.start("n"), m.end("sep"), "format", "warning", "format.heading_sep",
                      "阿拉伯数字序号后应使用下脚点“.”，不用顿号（GB/T 15834-2011）", m.group("n") + ".")


RULES = (document_number, citation_order, title, recipient, headings, inline_sequence, inline_numbers, attachments, written_date)
