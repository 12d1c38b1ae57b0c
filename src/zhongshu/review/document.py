"""A draft split into lines, with the few structural facts rules share."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property

CJK = "\u3400-\u4dbf\u4e00-\u9fff"
_LINE = re.compile(r"[^\n]*")
_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])")
_PADDED = re.compile(r"(?<![\d.])0+(?=\d)")
_DOCNO = re.compile(r"[" + CJK + r"]{1,12}[〔\[［【(（]\s*(?:19|20)\d\d\s*[〕\]］】)）]\s*第?\s*\d+\s*号")
_GENRES = "决议|决定|命令|令|公报|公告|通告|意见|通知|通报|报告|请示|批复|议案|函|纪要"
_TITLE = re.compile(r"^\s*\S{0,40}关于\S.{0,80}?的(?:" + _GENRES + r"|[\u4e00-\u9fff]{1,4})[。．.]?\s*$")
# a title broken over lines: 关于举办2025年全县村（社区）党组织书记 / 轮训班的请示报告
_TITLE_HEAD = re.compile(r"^\s*\S{0,40}关于\S.{0,60}$")
_TITLE_TAIL = re.compile(r"^\s*\S{0,40}?的(?:" + _GENRES + r"|[\u4e00-\u9fff]{1,4})[。．.]?\s*$")
# the title of minutes, which names its meeting and no 关于: 澄岭市人民政府第二十三次常务会议纪要
_MINUTES_TITLE = re.compile(r"^\s*[\u4e00-\u9fff（）]{4,40}?会议纪要[。．.]?\s*$")


def unpad(f):
    """A finding made on ``Doc.figures``, its figures written without the zeros that stood for separators."""
    msg = _PADDED.sub("", f.message)
    sug = _PADDED.sub("", f.suggestion) if f.suggestion else f.suggestion
    return f if msg == f.message and sug == f.suggestion else replace(f, message=msg, suggestion=sug)


@dataclass(frozen=True, slots=True)
class Line:
    no: int  # 1-based
    start: int
    end: int  # end of content, before any "\r"
    text: str  # content without "\r"

    @property
    def stripped(self) -> str:
        return self.text.strip(" \t\u3000")

    @property
    def lead(self) -> int:
        """Offset of the first non-blank character."""
        return self.start + len(self.text) - len(self.text.lstrip(" \t\u3000"))


class Doc:
    def __init__(self, text: str):
        self.text = text
        self._shared: dict = {}

    def shared(self, key, build):
        """``build()`` once per document under ``key``: a scan two rules both read (the formulation items'
        runs) is made once."""
        got = self._shared.get(key)
        if got is None:
            got = self._shared[key] = build()
        return got

    @cached_property
    def pairs(self) -> set[int]:
        """The ``pairs.pair_key`` of every two adjacent characters (see ``pairs.pair_set``)."""
        from .pairs import pair_set  # noqa: PLC0415

        return pair_set(self.text)

    @cached_property
    def figures(self) -> "Doc":
        """The document as the rules of figures read it: a thousands separator between digits moved to the front
        as a zero (2,000个 → 02000个, 1,936,800 → 001936800), so a grouped figure is one number of its own value at
        the same offsets; the document itself when it groups none."""
        if "," not in self.text or not _GROUPED.search(self.text):
            return self
        return Doc(_GROUPED.sub(lambda m: "0" * m.group(0).count(",") + m.group(0).replace(",", ""), self.text))

    @cached_property
    def lines(self) -> list[Line]:
        out = []
        pos = 0
        text = self.text
        no = 0
        for raw in text.split("\n"):
            no += 1
            content = raw[:-1] if raw.endswith("\r") else raw
            out.append(Line(no, pos, pos + len(content), content))
            pos += len(raw) + 1
        return out

    def line_of(self, offset: int) -> Line:
        lines = self.lines
        lo, hi = 0, len(lines) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if lines[mid].start <= offset:
                lo = mid
            else:
                hi = mid - 1
        return lines[lo]

    @cached_property
    def nonblank(self) -> list[Line]:
        return [ln for ln in self.lines if ln.stripped]

    @cached_property
    def has_docno(self) -> bool:
        return any(_DOCNO.search(ln.text) for ln in self.nonblank[:8])

    @cached_property
    def title_index(self) -> int | None:
        """Index in ``nonblank`` of the 公文 title line, if one is recognisable."""
        lines = self.nonblank[:10]
        for i, ln in enumerate(lines):
            s = ln.stripped
            if "：" in s or "，" in s:
                continue
            if len(s) <= 90 and _TITLE.match(s):
                return i
            if _MINUTES_TITLE.match(s):  # the masthead (市政府常务会议纪要 / 第23期) may come before the title
                later = next((j for j in range(i + 1, len(lines)) if _MINUTES_TITLE.match(lines[j].stripped)), None)
                return i if later is None else later
            if _TITLE_HEAD.match(s) and not s.endswith(("。", "；")):
                for j in (i + 1, i + 2):  # the title's last line, which carries its 文种 and any full stop
                    t = lines[j].stripped if j < len(lines) else ""
                    if not t or "：" in t or "，" in t or "。" in t.rstrip("。．."):
                        break
                    if _TITLE_TAIL.match(t):
                        return j
        return None

    @property
    def title(self) -> Line | None:
        i = self.title_index
        return None if i is None else self.nonblank[i]

    @cached_property
    def genre(self) -> str | None:
        t = self.title
        if t is None:
            return None
        s = t.stripped.rstrip("。．.")
        if s.endswith(("请示报告", "请示函")):
            return "请示"
        m = re.search(r"(?:" + _GENRES + r")$", s)
        return m.group(0) if m else None


def after_last(text: str, marks: str, end: int, start: int = 0) -> int:
    """Where the text after the last of ``marks`` in ``text[start:end]`` begins, or ``start`` when there is none:
    the start of a sentence (marks "。！？；\n") or a clause (with "，") that ``end`` is in."""
    return max(start, max(text.rfind(c, start, end) for c in marks) + 1)


def first_of(text: str, marks: str, start: int, end: int | None = None, missing: int = -1) -> int:
    """The first position of any of ``marks`` in ``text[start:end]``, or ``missing`` when there is none (the end
    of the sentence ``start`` is in, with ``missing=len(text)``)."""
    return min((i for i in (text.find(c, start, end) for c in marks) if i >= 0), default=missing)


def finditer_at(rx: re.Pattern, starts: re.Pattern, text: str):
    """``rx.finditer(text)``, trying ``rx`` only where ``starts`` matches.

    For a regex ``rx`` that never matches the empty string and whose every match
    starts where ``starts`` matches; ``starts`` consumes at most one character
    (a first character, possibly with a lookahead), so that its finditer visits
    every such position. A regex with a cheap first character lets ``re`` skip
    the other positions in C instead of attempting ``rx`` at each of them.
    """
    end = 0
    match = rx.match
    for c in starts.finditer(text):
        p = c.start()
        if p < end:
            continue
        m = match(text, p)
        if m:
            yield m
            end = m.end()


def finditer_near(rx: re.Pattern, text: str, literal: str, back: int):
    """``rx.finditer(text)``, trying ``rx`` only up to ``back`` characters before ``literal``.

    For a regex ``rx`` whose every match contains ``literal`` starting at most
    ``back`` characters after the start of the match (so the first occurrence
    after any start is no further away either).
    """
    pos = 0
    match = rx.match
    find = text.find
    while True:
        k = find(literal, pos)
        if k < 0:
            return
        for s in range(max(pos, k - back), k + 1):
            m = match(text, s)
            if m:
                yield m
                pos = m.end()
                break
        else:
            pos = k + 1


_OPEN_QUOTES = "《“‘「『"
_CLOSE_QUOTES = "》”’」』"


def open_mark(text: str, p: int) -> str | None:
    """The innermost of 《 and the quotation marks left open before position p on its line (looking back
    60 characters), or None."""
    lo = max(text.rfind("\n", 0, p), p - 60)
    seg = text[lo + 1 : p]
    at, mark = -1, None
    for o, c in zip(_OPEN_QUOTES, _CLOSE_QUOTES):
        k = seg.rfind(o)
        if k > seg.rfind(c) and k > at:
            at, mark = k, o
    return mark


def inside_quotes(text: str, p: int) -> bool:
    """Whether position p is inside 《》 or quotation marks opened earlier on its line (looking back 60 characters)."""
    return open_mark(text, p) is not None
