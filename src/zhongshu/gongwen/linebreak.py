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
