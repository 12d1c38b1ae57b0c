"""Chinese line breaking on the character grid, and balanced title lines.

Widths are in grid cells: a full-width character is one cell, a half-width
one (digits, Latin) half a cell, as in 仿宋_GB2312. Rules (禁则, GB/T 15834
practice): no closing punctuation at the start of a line, no opening
punctuation at the end of one; a run of digits/Latin is not split. A violation
is resolved by pushing the last character of the line down (no hanging
punctuation), which is what Word and LibreOffice do with overflowPunct off.
"""

from __future__ import annotations

CLOSING = set("，。、；：？！）》」』】〕〗〙’”…—·%‰℃,.;:?!)]}>／")
OPENING = set("（《「『【〔〖〘‘“([{<")
_EPS = 1e-6


def cell_width(ch: str) -> float:
    o = ord(ch)
    if o < 0x1100 or 0xFF61 <= o <= 0xFFDC or 0x2000 <= o <= 0x200F:
        return 0.5
    return 1.0


# Word, WPS and LibreOffice put a little under a quarter em between a Chinese
# ideograph and a Latin letter or digit (autoSpaceDE/DN); so does the PDF.
# 3.5 pt is what LibreOffice was measured to use at 3号 with −0.3 pt tracking.
_CELL_PT = (156 * 72 / 25.4 - 16) / 27  # geometry.CELL
AUTOSPACE = 3.5 / _CELL_PT  # 3.5 pt in cells


def _ideograph(ch: str) -> bool:
    o = ord(ch)
    return 0x3400 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x2FFFF


def _latin(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch == "%")


# Per character: (cell width, class) with class 1 = ideograph, 2 = Latin/digit,
# 0 = other; a gap goes between classes 1 and 2 (product 2). Filled lazily.
_INFO: dict[str, tuple[float, int]] = {}


def _info(ch: str) -> tuple[float, int]:
    v = _INFO.get(ch)
    if v is None:
        v = _INFO[ch] = (cell_width(ch), 1 if _ideograph(ch) else 2 if _latin(ch) else 0)
    return v


def gap(prev: str, ch: str) -> float:
    if not prev or not ch:
        return 0.0
    return AUTOSPACE if _info(prev)[1] * _info(ch)[1] == 2 else 0.0


_WIDTHS: dict[str, float] = {}


def text_width(text: str) -> float:
    w = _WIDTHS.get(text)
    if w is not None:
        return w
    w = 0.0
    prev = 0
    info = _INFO
    for c in text:
        v = info.get(c) or _info(c)
        if prev * v[1] == 2:
            w += AUTOSPACE
        w += v[0]
        prev = v[1]
    if len(_WIDTHS) < 65536:  # pure function of the text: a bounded cache
        _WIDTHS[text] = w
    return w


def _is_word(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch in ".%-_/")


def _units(text: str) -> list[tuple[int, int]]:
    """Unbreakable units: a full-width char alone, or a run of ASCII word chars."""
    out, i, n = [], 0, len(text)
    while i < n:
        j = i + 1
        if _is_word(text[i]):
            while j < n and _is_word(text[j]):
                j += 1
        out.append((i, j))
        i = j
    return out


# What an office suite measures when it fills a line of 3号 text (the DOCX
# runs carry −0.3 pt tracking, DOCX_TRACKING_TWIPS): a full-width character
# advances 16 − 0.3 = 15.7 pt, a half-width one (digit, Latin letter, ASCII
# punctuation) 8 − 0.3 = 7.7 pt — the advance widths of the fonts, 1000 and 500
# units a 1000-unit em in 仿宋_GB2312 and in the substitutes (AR PL SungtiL GB,
# KaitiM GB), measured from the embedded fonts and from the character positions
# LibreOffice writes. The grid model above (one cell, half a cell = 7.89 pt)
# places characters; this one decides what fits a line. In cells:
_TRACK = 0.3
FIT_FULL = (16.0 - _TRACK) / _CELL_PT
FIT_HALF = (8.0 - _TRACK) / _CELL_PT


def fit_width(text: str) -> float:
    """Width of 3号 text as Word/LibreOffice measure it (cells), autospace included."""
    w = _FITS.get(text)
    if w is not None:
        return w
    w = 0.0
    prev = 0
    info = _INFO
    for c in text:
        v = info.get(c) or _info(c)
        if prev * v[1] == 2:
            w += AUTOSPACE
        w += FIT_FULL if v[0] == 1.0 else FIT_HALF
        prev = v[1]
    if len(_FITS) < 65536:
        _FITS[text] = w
    return w


_FITS: dict[str, float] = {}


def break_lines(text: str, first: float, rest: float, *, body: bool = True) -> list[str]:
    """Break `text` into lines of at most `first` cells (first line) then `rest`.

    body=True: 3号 body text as the office suites fill it (`fit_width`); the
    PDF squeezes a line that is wider on the grid into the 版心. body=False:
    the plain grid measure (版记 lines, table cells). No hanging punctuation
    either way (see docx_render: overflowPunct).
    """
    if not text:
        return [""]
    units = _units(text)
    measure = fit_width if body else text_width
    widths = [measure(text[a:b]) for a, b in units]
    lines: list[str] = []
    u = 0
    while u < len(units):
        cap = first if not lines else rest
        w, v = 0.0, u
        while v < len(units):
            g = gap(text[units[v - 1][1] - 1], text[units[v][0]]) if v > u else 0.0
            if w + g + widths[v] > cap + _EPS:
                break
            w += g + widths[v]
            v += 1
        if v == u:  # a single unit wider than the line: split it by character
            a, b = units[u]
            k = a
            while k < b and text_width(text[a : k + 1]) <= cap + _EPS:
                k += 1
            k = max(k, a + 1)
            units[u : u + 1] = [(a, k), (k, b)]
            widths[u : u + 1] = [measure(text[a:k]), measure(text[k:b])]
            continue
        if v < len(units):
            # 禁则: push characters down until the break is legal
            k = v
            while k > u + 1 and (text[units[k][0]] in CLOSING or text[units[k - 1][1] - 1] in OPENING):
                k -= 1
            if k > u + 1 or not (text[units[k][0]] in CLOSING):
                v = k
        lines.append(text[units[u][0] : units[v - 1][1]])
        u = v
    return lines


# ---- titles -------------------------------------------------------------

_AFTER = ("关于", "、", "和", "与", "及", "暨", "的", "年", "对", "等")
_BEFORE = ("《", "的", "工作", "有关", "情况", "实施", "方案", "办法", "规定", "意见", "通知", "报告", "请示", "决定", "批复")
_NO_BREAK_PAIRS = ("人民", "政府", "办公", "公室", "关于", "进一", "一步", "加强", "工作", "管理", "实施", "方案", "通知",
                   "报告", "请示", "决定", "批复", "意见", "会议", "纪要", "城乡", "环境", "综合", "整治", "安全", "生产")


def _break_cost(title: str, k: int) -> float:
    a, b = title[k - 1], title[k]
    if b in CLOSING or a in OPENING or (_is_word(a) and _is_word(b)):
        return 1000.0
    depth = 0
    for ch in title[:k]:
        depth += ch in "《“（" 
        depth -= ch in "》”）"
    cost = 0.0 if depth == 0 else 30.0
    if title[k - 1 : k + 1] in _NO_BREAK_PAIRS:
        cost += 60.0
    motivated = False
    if any(title[:k].endswith(w) for w in _AFTER):
        cost -= 8.0
        motivated = True
    if any(title[k:].startswith(w) for w in _BEFORE):
        cost -= 6.0
        motivated = True
    # an unmotivated break between two characters may split a word
    return cost + (0.0 if motivated else 100.0)


def split_title(title: str, max_cells: float) -> list[str]:
    """Balanced lines (梯形/菱形), each at most `max_cells` wide, breaking at
    the most word-like places."""
    total = text_width(title)
    if total <= max_cells:
        return [title]
    n = int(total // max_cells) + (1 if total % max_cells else 0)
    best: tuple[float, list[str]] | None = None
    for lines_n in (n, n + 1):
        res = _best_split(title, lines_n, max_cells)
        if res and (best is None or res[0] < best[0]):
            best = res
        if best and best[0] < 100:  # one more line only to avoid splitting a word
            break
    return best[1] if best else break_lines(title, max_cells, max_cells)


def _best_split(title: str, parts: int, cap: float):
    target = text_width(title) / parts
    memo: dict[tuple[int, int], tuple[float, list[int]] | None] = {}

    def go(start: int, left: int):
        key = (start, left)
        if key in memo:
            return memo[key]
        if left == 1:
            w = text_width(title[start:])
            r = None if w > cap + _EPS else (4 * (w - target) ** 2, [])
            memo[key] = r
            return r
        best = None
        for k in range(start + 1, len(title) - left + 2):
            w = text_width(title[start:k])
            if w > cap + _EPS:
                break
            sub = go(k, left - 1)
            if sub is None:
                continue
            # prefer the upper line not shorter than the lower (梯形)
            cost = 4 * (w - target) ** 2 + _break_cost(title, k) + sub[0]
            if best is None or cost < best[0]:
                best = (cost, [k] + sub[1])
        memo[key] = best
        return best

    r = go(0, parts)
    if r is None:
        return None
    cuts = [0] + r[1] + [len(title)]
    return r[0], [title[a:b] for a, b in zip(cuts, cuts[1:])]
