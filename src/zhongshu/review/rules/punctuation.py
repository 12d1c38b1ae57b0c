"""Punctuation per GB/T 15834-2011 《标点符号用法》."""

from __future__ import annotations

import re

from ..document import CJK, after_last, finditer_at, first_of
from ..model import Finding

_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
_C = "[" + CJK + "“”‘’《》（）。，、；：！？]"
_HALF = re.compile(r"[,;:?!]")
_C_RX = re.compile(_C)
_CJK_RX = re.compile("[" + CJK + "]")
_HALF_PAREN = re.compile(r"\((?P<in>[^()\n]{0,60})\)")
_HALF_PERIOD = re.compile(r"\.(?=[ \t]*(?:\r?$|[" + CJK + r"“]))", re.M)
_HALF_QUOTE = re.compile(r'"(?P<in>[^"\n]{1,80})"')
_HALF_SINGLE = re.compile(r"'(?P<in>[" + CJK + r"][^'\n]{0,30}?[" + CJK + r"]|[" + CJK + r"])'")  # 开展'同心讲堂'活动
_HAS_CJK = re.compile("[" + CJK + "]")
_LONE_QUOTE = re.compile('"')
_HEADING_NO = re.compile(r"[ \t\u3000]*[一二三四五六七八九十]{1,3}")


def half_width(doc, kb):
    """Half-width , ; : ? ! ( ) . " used in Chinese text (GB/T 15834-2011, 4.1)."""
    text = doc.text
    for m in _HALF.finditer(text):
        s = m.start()
        if not (s and _C_RX.match(text, s - 1) or _CJK_RX.match(text, s + 1)):
            continue
        c = m.group(0)
        yield Finding(m.start(), m.end(), "format", "error", "format.halfwidth_punct",
                      f"中文文本中应使用全角标点“{_FULL[c]}”，不用半角“{c}”（GB/T 15834-2011）", _FULL[c])
    for m in _HALF_PAREN.finditer(text):
        inner = m.group("in")
        before = text[m.start() - 1 : m.start()]
        after = text[m.end() : m.end() + 1]
        if _HAS_CJK.search(inner) or _HAS_CJK.match(before) or _HAS_CJK.match(after):
            yield Finding(m.start(), m.end(), "format", "error", "format.halfwidth_punct",
                          "中文文本中应使用全角括号“（）”（GB/T 15834-2011）", f"（{inner}）")
    for m in _HALF_PERIOD.finditer(text):
        if not (m.start() and _CJK_RX.match(text, m.start() - 1)):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        if _HEADING_NO.fullmatch(text, line_start, m.start()):
            continue  # "二." is a heading separator, reported by format.heading_sep
        yield Finding(m.start(), m.end(), "format", "error", "format.halfwidth_punct",
                      "中文句末应使用句号“。”，不用半角点“.”（GB/T 15834-2011）", "。")
    for m in (_HALF_SINGLE.finditer(text) if "'" in text else ()):
        yield Finding(m.start(), m.end(), "format", "error", "format.halfwidth_punct",
                      "中文文本中应使用全角引号（GB/T 15834-2011）：单引号用于引号内，一般用双引号“”", f"“{m.group('in')}”")
    paired = set()
    for m in _HALF_QUOTE.finditer(text):
        paired.update((m.start(), m.end() - 1))
        if _HAS_CJK.search(m.group("in")):
            yield Finding(m.start(), m.end(), "format", "error", "format.halfwidth_punct",
                          "中文文本中应使用全角引号“”（GB/T 15834-2011）", f"“{m.group('in')}”")
    for m in (_LONE_QUOTE.finditer(text) if '"' in text else ()):
        s = m.start()
        if s in paired or not (s and _C_RX.match(text, s - 1) or _C_RX.match(text, s + 1)):
            continue
        line = text[text.rfind("\n", 0, s) + 1 : s]
        close = line.count("“") > line.count("”")  # 落实“见烟就查、见火就灭"要求: the closing half of a “
        yield Finding(s, s + 1, "format", "error", "format.halfwidth_punct",
                      "中文文本中应使用全角引号（GB/T 15834-2011）", "”" if close else "“")


_OPEN = {"“": "”", "‘": "’", "《": "》", "（": "）", "【": "】", "〔": "〕", "「": "」", "『": "』", "〈": "〉", "(": ")"}
_CLOSE = {v: k for k, v in _OPEN.items()}
_NAMES = {"“": "引号", "‘": "单引号", "《": "书名号", "（": "括号", "(": "括号", "【": "方头括号", "〔": "六角括号",
          "「": "直角引号", "『": "直角引号", "〈": "书名号", "”": "引号", "’": "单引号", "》": "书名号", "）": "括号",
          ")": "括号", "】": "方头括号", "〕": "六角括号", "」": "直角引号", "』": "直角引号", "〉": "书名号"}
_PAIR_CHARS = re.compile("[" + re.escape("".join(_OPEN) + "".join(_CLOSE)) + "]")
_LIST_MARK = re.compile(r"(?:^|(?<=[\s。；：，]))(?:\d{1,2}|[a-zA-Z一二三四五六七八九十])[)）]")


def pairs(doc, kb):
    """Unpaired quotes, brackets and 书名号 within a paragraph.

    A quotation running over several paragraphs legitimately leaves “ open
    when the next paragraph starts with “ (GB/T 15834-2011, 4.3.3.5).
    """
    lines = doc.lines
    nonblank_next = {}
    nxt = None
    for ln in reversed(lines):
        nonblank_next[ln.no] = nxt
        if ln.stripped:
            nxt = ln
    carried: list[tuple[str, int]] = []
    for ln in lines:
        t = ln.text
        if not _PAIR_CHARS.search(t):
            carried = []
            continue
        list_marks = {m.end() - 1 for m in _LIST_MARK.finditer(t)} if ")" in t or "）" in t else ()
        stack: list[tuple[str, int]] = carried
        carried = []
        for m in _PAIR_CHARS.finditer(t):
            c, i = m.group(0), m.start()
            if c in _OPEN and not (c == "‘" and stack and stack[-1][0] == "‘"):
                stack.append((c, i))
                continue
            if c in _CLOSE and c not in _OPEN:
                want = _CLOSE[c]
                if stack and (stack[-1][0] == want or {stack[-1][0], want} == {"(", "（"}):
                    o, oi = stack.pop()
                    if o != want:
                        yield Finding(ln.start + oi, ln.start + i + 1, "format", "error", "format.pair",
                                      "括号全角与半角混用，中文文本应统一使用全角“（）”", None)
                    continue
                if i in list_marks:
                    continue
                if any(o == want for o, _ in stack):
                    # crossing pairs such as 《…（…》…）
                    while stack and stack[-1][0] != want:
                        o, oi = stack.pop()
                        yield Finding(ln.start + oi, ln.start + i + 1, "format", "error", "format.pair",
                                      f"{_NAMES[o]}未正确配对（与其他标号交叉），缺少后半个“{_OPEN[o]}”", None)
                    stack.pop()
                    continue
                yield Finding(ln.start + _clause_start(ln.text, i), ln.start + i + 1, "format", "error", "format.pair",
                              f"{_NAMES[c]}缺少前半个“{want}”，成对标号应配对使用（GB/T 15834-2011）", None)
        stack = [(o, oi) for o, oi in stack if oi >= 0]  # (a title's opener carried from the line before, closed or not)
        if not stack:
            continue
        if len(stack) == 1 and ln.no < len(lines) and _wrapped_title(t, lines[ln.no].text, stack[0][0]):  # (no counts from 1)
            carried = [(stack[0][0], -1)]
            continue
        nb = nonblank_next.get(ln.no)
        for o, oi in stack:
            if o == "“" and nb is not None and nb.stripped.startswith("“"):
                continue  # multi-paragraph quotation
            yield Finding(ln.start + oi, ln.start + _clause_end(ln.text, oi), "format", "error", "format.pair",
                          f"{_NAMES[o]}缺少后半个“{_OPEN[o]}”，成对标号应配对使用（GB/T 15834-2011）", None)


def _wrapped_title(line: str, nxt: str, opener: str) -> bool:
    """A title written over two lines with its quotation or 书名号 broken by the wrap (嘉川省博物馆关于举办“海上丝路——沿海地区 /
    出土文物精品展”的请示): a short line with no sentence mark, and the next line closes the mark before opening another."""
    close = _OPEN[opener]
    k = nxt.find(close)
    return (len(line.strip()) <= 40 and not any(c in line for c in "。；！？，") and k >= 0
            and not (0 <= nxt.find(opener) < k))


_DOUBLE = re.compile(r"([，。、；：])\1+|[，。、；：][，。、；：]|[！？]{3,}|(?<![.…])\.{3,6}(?![.…])|。{3}")
# every match of _DOUBLE starts with two of these marks in a row (rare outside errors)
_DOUBLE_START = re.compile(r"[，。、；：！？.](?=[，。、；：！？.])")
_ETC = re.compile(r"……[ \t]*等(?!等)|、(?<=[^\s\d一二三四五六七八九十（(]、)[ \t]*等(?![级待候同于到量额比价值式号腰距高宽长速效次第重分靠])", re.M)


_CLAUSE_MARKS = "，。；！？：,;!?:"


def _clause_end(line: str, at: int) -> int:
    """Where the clause of an unclosed mark at ``at`` ends (the missing half is somewhere before it): the span
    reported runs from the mark to there, the mark that ends the clause included (以“青创安澜·筑梦未来为主题，…;
    （见表1。: the half is missing before the 。)."""
    end = first_of(line, _CLAUSE_MARKS, at + 1)
    return end + 1 if end >= 0 else len(line.rstrip())


def _clause_start(line: str, at: int) -> int:
    """Where the clause of a closing mark without its opening half starts."""
    return after_last(line, _CLAUSE_MARKS, at)


def doubled(doc, kb):
    """Doubled or clashing punctuation: ，， 。。 ，。 、。 ...  (…… and —— are legal)."""
    text = doc.text
    for m in finditer_at(_DOUBLE, _DOUBLE_START, text):
        s = m.group(0)
        if s.startswith("."):
            prev = text[m.start() - 1 : m.start()]
            if not _HAS_CJK.match(prev):
                continue
            yield Finding(m.start(), m.end(), "format", "error", "format.doubled_punct",
                          "省略号应使用“……”（GB/T 15834-2011 4.11）", "……")
            continue
        if s == "。。。":
            yield Finding(m.start(), m.end(), "format", "error", "format.doubled_punct",
                          "省略号应使用“……”，不用三个句号（GB/T 15834-2011 4.11）", "……")
            continue
        keep = s[-1] if s[0] in "、，" and s[-1] in "。；：" else s[0]
        yield Finding(m.start(), m.end(), "format", "error", "format.doubled_punct",
                      f"标点符号重复或连用不当：“{s}”", keep)
    for m in _ETC.finditer(text):
        if m.group(0).startswith("…"):
            yield Finding(m.start(), m.end(), "format", "warning", "format.ellipsis_etc",
                          "省略号与“等”“等等”不能同时使用（GB/T 15834-2011 4.11.3）", "等")
        else:
            item = after_last(text, "“‘（(，、；：。！？\n", m.start())
            if text.startswith("等", item):
                continue  # “等资金、等政策”: 等 (wait for) heads each item, a verb and no 等 of a list
            yield Finding(m.start(), m.start() + 1, "format", "error", "format.comma_before_etc",
                          "“等”前不加顿号（GB/T 15834-2011 4.5.3）", "")


def nesting(doc, kb):
    """GB/T 15834-2011 4.15.3.3 and 4.1.3.3: a 书名号 inside a 书名号 becomes 〈〉, a quotation
    inside a quotation takes ‘’."""
    for ln in doc.lines:
        t = ln.text
        if "《" not in t and t.count("“") < 2:
            continue
        for opn, cls, inner, what in (("《", "》", "〈〉", "书名号内再用书名号时，内层应改用单书名号“〈〉”"),
                                       ("“", "”", "‘’", "引号内再用引号时，内层应改用单引号“‘’”")):
            depth = 0
            stack = []
            for i, ch in enumerate(t):
                if ch == opn:
                    depth += 1
                    stack.append(i)
                elif ch == cls and depth:
                    depth -= 1
                    j = stack.pop()
                    if depth >= 1:
                        yield Finding(ln.start + j, ln.start + i + 1, "format", "warning", "format.nesting",
                                      what + "（GB/T 15834-2011）", inner[0] + t[j + 1 : i] + inner[1])


_COMMA_DENG = re.compile(r"[，,]等(?![到待候同级于额量比价效距值次第待])(?=[\u4e00-\u9fff])")
_PHRASE_STOP = re.compile(r"“(?P<in>[^“”，。：；！？\n]{2,10})。”(?=[\u4e00-\u9fff，；])")


_CJK_PREV = re.compile(r"[\u4e00-\u9fff”》）]")


def comma_deng_quote_stop(doc, kb):
    """“A、B，等”: no comma before 等; “……不放过。”在句中: the full stop goes outside (GB/T 15834-2011)."""
    text = doc.text
    for m in _COMMA_DENG.finditer(text):
        if not (m.start() and _CJK_PREV.match(text, m.start() - 1)):
            continue
        clause_start = after_last(text, "，。；！？\n", m.start()) - 1
        if "、" not in text[clause_start + 1 : m.start()]:
            continue
        yield Finding(m.start(), m.end(), "format", "error", "format.comma_before_deng",
                      "列举之后的“等”前不加逗号（GB/T 15834-2011）", "等")
    for m in _PHRASE_STOP.finditer(text):
        if not (m.start() and _CJK_PREV.match(text, m.start() - 1)) or text[m.start() - 1] in "”》）":
            continue
        p = m.end("in")
        yield Finding(p, p + 1, "format", "warning", "format.quote_stop",
                      "引号内是句中引用的词语而不是完整的句子，句号应放在引号外或删去（GB/T 15834-2011 引号用法）", "")


# 按照《全市防汛抗旱工作会议》部署: a meeting is no book, article or document; its name takes no 书名号
_MEETING_TITLE = re.compile(r"《(?P<in>[^《》\n]{2,30}?(?:工作会议|常务会议|专题会议|全体会议|代表大会|座谈会|推进会|部署会|动员会|"
                            r"调度会|现场会|电视电话会议|联席会议))》")


# 学习《党的二十届四中全会精神》: the spirit of a meeting is no document either
_SPIRIT_TITLE = re.compile(r"《(?P<in>[^《》\n]{2,24}?(?:全会|大会|会议|讲话|指示|批示)精神)》")
# 组织1次《政府开放日》活动: an event's name is no title either (it takes quotation marks)
_EVENT_TITLE = re.compile(r"《(?P<in>[^《》\n]{2,16}?(?:日|周|月|节|季|行动|进[\u4e00-\u9fff]{1,3}|下乡))》”?(?=(?:主题)?(?:活动|系列活动|宣传活动))")
# 依据“森林防火条例”等法规: a law or regulation named in quotation marks instead of 书名号
_QUOTED_LAW = re.compile(r"“(?P<in>(?:中华人民共和国)?[\u4e00-\u9fff]{2,20}?(?:法|条例|办法|规定|细则|准则))”(?=等?(?:法律|法规|规章|规定|有关规定|的规定|第[一二三四五六七八九十百\d]+条))")
# 在临澄古镇举办《新春文创年货节》: a festival or fair held is an event too
_HELD_TITLE = re.compile(r"《(?<=(?:举办|举行|承办|主办|参加|组织|开幕|启动|开展)《)(?P<in>[^《》\n]{2,16}?(?:节|周|季|博览会|展销会|交易会|运动会|大赛|论坛|庙会|集市|嘉年华"
                         r"|模拟测试|模拟考试|比赛|竞赛|演练|展演))》")
# 开展《最美庭院》评选活动: what is chosen by a 评选 is no title (a title under 评选 is a law's: 《民法典》…, left alone)
_AWARD_TITLE = re.compile(r"《(?P<in>[^《》\n]{2,12}?)(?<![法典例定则划要])》(?=评选|评比|创评|创建活动)")


# 推行《红色物业》服务模式, 举办第十二届《匠心杯》职业技能竞赛: a model's or a cup's name is no title either
_MODEL_TITLE = re.compile(r"《(?P<in>[^《》\n]{2,12}?)》(?=服务模式|工作模式|模式|品牌|工作法|工作机制)|《(?P<cup>[^《》\n]{2,10}?杯)》")
# 你区“关于调整优化社区党组织设置的请示”（澄委〔2026〕47号）收悉: a document's title takes 书名号
_QUOTED_DOC = re.compile(r"“(?P<in>关于[^“”\n]{2,60}?的(?:请示|报告|函|意见|通知|方案))”(?=[（(]|收悉|已收悉)")
# 该帖经《桐溪县融媒体中心》栏目转交: a body's name is no title (a newspaper or a programme may take 书名号, the body
# that runs it does not)
_BODY_TITLE = re.compile(r"《(?P<in>[^《》\n]{2,16}?(?:融媒体中心|新闻中心|管理局|委员会|办公室|集团|有限公司|协会|研究院|研究所|人民政府))》")


def meeting_title(doc, kb):
    text = doc.text
    for m in (_QUOTED_LAW.finditer(text) if "”" in text else ()):
        yield Finding(m.start(), m.end(), "format", "warning", "format.title_marks",
                      "法律法规的名称用书名号，不用引号（GB/T 15834-2011 4.15）", f"《{m.group('in')}》")
    for m in (_QUOTED_DOC.finditer(text) if "“关于" in text else ()):
        yield Finding(m.start(), m.end(), "format", "warning", "format.title_marks",
                      "引用公文的标题用书名号，不用引号（GB/T 15834-2011 4.15）", f"《{m.group('in')}》")
    if "《" not in text:
        return
    for m in _MODEL_TITLE.finditer(text):
        name = m.group("in") or m.group("cup")
        yield Finding(m.start(), m.end(), "format", "warning", "format.title_marks",
                      "工作模式、品牌、赛事的名称不是书名、篇名或文件名，不加书名号，可用引号（GB/T 15834-2011 4.15）", f"“{name}”")
    for m in _BODY_TITLE.finditer(text):
        yield Finding(m.start(), m.end(), "format", "warning", "format.title_marks",
                      "机构名称不是书名、篇名或文件名，不加书名号（GB/T 15834-2011 4.15）", m.group("in"))
    for m in (_MEETING_TITLE.finditer(text) if "会" in text else ()):
        yield Finding(m.start(), m.end(), "format", "warning", "format.title_marks",
                      "会议名称不是书名、篇名或文件名，不加书名号（GB/T 15834-2011 4.15）", m.group("in"))
    for m in (_SPIRIT_TITLE.finditer(text) if "精神》" in text else ()):
        yield Finding(m.start(), m.end(), "format", "warning", "format.title_marks",
                      "会议精神、讲话精神不是书名、篇名或文件名，不加书名号（GB/T 15834-2011 4.15）", m.group("in"))
    events = list(_EVENT_TITLE.finditer(text)) if "活动" in text else []
    events += _AWARD_TITLE.finditer(text) if "评" in text or "创建" in text else ()
    events += _HELD_TITLE.finditer(text)
    for m in events:
        yield Finding(m.start(), m.end(), "format", "warning", "format.title_marks",
                      "活动名称不是书名、篇名或文件名，不加书名号，可用引号（GB/T 15834-2011 4.15）", f"“{m.group('in')}”")


# 《中华人民共和国食品安全法》实施条例: the regulation's title is one name, 《中华人民共和国食品安全法实施条例》
_SPLIT_TITLE = re.compile(r"《(?P<law>[^《》\n]{2,30}?(?:法|条例))》(?P<tail>实施条例|实施细则)(?![\u4e00-\u9fff]{0,6}》)")


def split_title(doc, kb):
    text = doc.text
    for m in (_SPLIT_TITLE.finditer(text) if "实施" in text and "《" in text else ()):
        yield Finding(m.start(), m.end(), "format", "warning", "format.title_marks",
                      f"“{m.group('tail')}”是法规名称的一部分，书名号应标在全称外（GB/T 15834-2011 4.15）",
                      f"《{m.group('law')}{m.group('tail')}》")


# 出席：陈立新、刘建国、周晓敏，马俊峰、王志刚: one comma in a list of names joined by 顿号
_ATTENDANCE = re.compile(r"^[ \t\u3000]*(?:出席|列席|参加|参会|请假|缺席|出席人员|列席人员|参会人员)[：:](?P<names>[^\n]+)$", re.M)
_NAME_COMMA = re.compile(r"(?<=[\u4e00-\u9fff])，(?=[\u4e00-\u9fff]{2,4}(?:[、，]|$))")


def attendance_list(doc, kb):
    text = doc.text
    for m in _ATTENDANCE.finditer(text):
        names = m.group("names").rstrip(" \t\u3000。")
        if "、" not in names or "，" not in names:
            continue
        items = re.split(r"[、，]", names)
        if not all(1 < len(x) <= 4 for x in items):
            continue  # not a list of names alone (列席：市政府办公室、…，…)
        for c in _NAME_COMMA.finditer(text, m.start("names"), m.start("names") + len(names)):
            yield Finding(c.start(), c.end(), "format", "warning", "format.list_punct",
                          "并列的人名之间应统一使用顿号“、”（GB/T 15834-2011）", "、")


# 《中华人民共和国对外关系法》、《外宾接待经费管理办法》: a 顿号 between marked items (GB/T 15834-2011 4.5.3.5)
_MARKED_DENG = re.compile(r"(?<=[》”])、(?=[《“])")


def _with_plain_item(text: str, at: int, opening: str, closing: str) -> bool:
    """The list of marked items around the 顿号 at ``at`` also holds an item without marks, before or after them."""
    j = at
    while True:  # forward over “…”、“…”、 to the item after the last marked one
        k = text.find(closing, j + 2, j + 40)
        if k < 0 or text[j + 1 : j + 2] != opening:
            return False
        if text[k + 1 : k + 2] != "、":
            break
        if text[k + 2 : k + 3] != opening:
            return "\u4e00" <= text[k + 2 : k + 3] <= "\u9fff"
        j = k + 1
    i = text.rfind(opening, max(0, at - 40), at)  # back to the first marked item, then the one before it
    while i > 0 and text[i - 1] == "、" and i >= 2 and text[i - 2] == closing:
        i = text.rfind(opening, max(0, i - 42), i - 2)
        if i < 0:
            return False
    return i >= 2 and text[i - 1] == "、" and "\u4e00" <= text[i - 2] <= "\u9fff"


def marked_items_deng(doc, kb):
    """标有书名号（引号）的并列成分之间通常不用顿号; one with a bracketed note between (》（…）、《) is left alone."""
    text = doc.text
    if "》、《" not in text and "”、“" not in text:
        return
    for m in _MARKED_DENG.finditer(text):
        if (text[m.start() - 1], text[m.end()]) not in (("》", "《"), ("”", "“")):
            continue
        what = "书名号" if text[m.end()] == "《" else "引号"
        if _with_plain_item(text, m.start(), text[m.end()], text[m.start() - 1]):
            continue  # 贯彻“一国两制”、“港人治港”、“澳人治澳”、高度自治的方针: a list with an item unmarked keeps its 顿号
        yield Finding(m.start(), m.end(), "format", "warning", "format.marked_items_deng",
                      f"标有{what}的并列成分之间通常不用顿号（GB/T 15834-2011 4.5.3.5）", "")


# 对接《十五五》时期全市重大项目布局, 学习《习近平生态文明思想》: a plan period or a body of thought is no title; 书名号
# mark the name of a document (《“十五五”规划纲要》, 《习近平生态文明思想学习纲要》)
_NO_TITLE = re.compile(r"《(?P<p>十[一二三四五六七八九]?五|[一二三四五六七八九]五|习近平(?:新时代中国特色社会主义|生态文明|法治|强军|外交|经济|文化)思想)》")


def plan_in_title_marks(doc, kb):
    text = doc.text
    if "五》" not in text and "思想》" not in text:
        return
    for m in _NO_TITLE.finditer(text):
        what = "思想体系" if m.group("p").endswith("思想") else "规划时期"
        yield Finding(m.start(), m.end(), "format", "error", "format.title_marks",
                      f"“{m.group('p')}”是{what}，不是书名，不用书名号（GB/T 15834-2011 4.15）", m.group("p") if what == "思想体系" else f"“{m.group('p')}”")


# 探索如何建立…机制？: a question only reported (探索, 研究, 思考 + 如何, 是否…) is no question: GB/T 15834-2011 4.2.3.1
_REPORTED_Q = re.compile(r"(?:探索|研究|思考|考虑|了解|讨论|弄清|搞清|明确|商议|谋划|研判|分析|调查|核查|检查|核实|排查|审查|查看|评估|确认|判断)"
                         r"(?:[\u4e00-\u9fff]{0,8}?)(?:如何|怎样|怎么|是否|能否|哪些|为什么)")
# 如何让党建工作融入项目建设，这是我们必须回答好的课题？: the question is the subject of a statement
_STATED_Q = re.compile(r"[，,](?:这|此)(?:是|就是|正是|也是|都是)[^，,？]*$")
_ASKED = re.compile(r"吗|呢|吧|是不是|能不能|要不要|有没有|会不会|可不可以|难道|岂|何尝|还是|谁|哪里|哪儿|何在|几何|多少")


def reported_question(doc, kb):
    text = doc.text
    q = text.find("？")
    while q >= 0:
        lo = after_last(text, "。！？；\n", q)
        sentence = text[lo:q]
        m = _REPORTED_Q.search(sentence)
        stated = _STATED_Q.search(sentence)
        if m is not None and not _ASKED.search(sentence, m.end()) and not _ASKED.search(sentence, 0, m.start()) \
                and "“" not in sentence[m.end():] and "：" not in sentence:
            yield Finding(q, q + 1, "format", "warning", "format.punct_question",
                          "句中“" + m.group(0) + "……”不表示疑问（宾语是疑问形式的陈述句），句末应使用句号（GB/T 15834-2011）", "。")
        elif stated is not None and not _ASKED.search(stated.group(0)) and "“" not in stated.group(0):
            yield Finding(q, q + 1, "format", "warning", "format.punct_question",
                          "句末分句“" + stated.group(0)[1:] + "”是陈述句，句末应使用句号（GB/T 15834-2011）", "。")
        q = text.find("？", q + 1)


RULES = (reported_question, half_width, pairs, doubled, nesting, comma_deng_quote_stop, meeting_title, split_title, attendance_list, marked_items_deng,
         plan_in_title_marks)
