"""语言关: real-word confusions and fixed slips decided by context cues (``data/confusion_pairs.tsv``).

Each line of the data file names a written form, the form meant, and cue
words: cues for the meant form (after / before the written form) and cues
for the written form itself. The written form is reported only when a cue
for the meant form is present **and no cue for the written form is** — so
反应 is reported in 群众反应较大 (群众 before it) but not in 群众反应热烈
(热烈 is a cue of 反应 itself). Precision first: when in doubt, a cue is
left out.

Cue syntax (``|`` separates cues):

* ``问题~8`` — the cue may start up to 8 characters away (default 0:
  immediately adjacent); the window never crosses ，。；！？：… or a line end;
* ``强烈的问题!`` — a decisive cue: the form is reported even if a cue of
  its own side is present as well;
* ``*`` — the written form is (almost) never right: any context is a cue;
* ``^`` (before) / ``$`` (after) — the written form opens / closes a clause.

Findings are warnings with rule id ``language.context``. The written forms
are found with one regular expression (an alternation of literals).
"""

from __future__ import annotations

import functools
import re
from importlib import resources

from ..model import Finding

_STOP = set("，。；！？：\n\r,;!?:“”《》（）()")
_MAXWIN = 16


def _cues(field: str):
    out = []
    if not field or field == "-":
        return out
    for c in field.split("|"):
        c = c.strip()
        if not c:
            continue
        decisive = c.endswith("!")
        if decisive:
            c = c[:-1]
        win = 0
        if "~" in c:
            c, _, n = c.partition("~")
            win = int(n)
        out.append((c, win, decisive))
    return out


class Pair:
    __slots__ = ("wrong", "right", "r_after", "r_before", "o_after", "o_before", "why")

    def __init__(self, cols):
        cols = cols + ["-"] * (7 - len(cols))
        self.wrong, self.right = cols[0], cols[1]
        self.r_after, self.r_before = _cues(cols[2]), _cues(cols[3])
        self.o_after, self.o_before = _cues(cols[4]), _cues(cols[5])
        self.why = cols[6] if cols[6] != "-" else ""


@functools.lru_cache(maxsize=1)
def load_pairs():
    text = resources.files("zhongshu.review.data").joinpath("confusion_pairs.tsv").read_text(encoding="utf-8")
    by_wrong: dict[str, list[Pair]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        if len(cols) != 7:
            raise ValueError(f"confusion_pairs.tsv: bad line {line!r}")
        p = Pair(cols)
        by_wrong.setdefault(p.wrong, []).append(p)
    words = sorted(by_wrong, key=len, reverse=True)
    rx = re.compile("|".join(map(re.escape, words)))
    return rx, by_wrong


def _after(text: str, e: int) -> str:
    seg = text[e : e + _MAXWIN]
    for i, ch in enumerate(seg):
        if ch in _STOP:
            return seg[:i]
    return seg


def _before(text: str, s: int) -> str:
    seg = text[max(0, s - _MAXWIN) : s]
    for i in range(len(seg) - 1, -1, -1):
        if seg[i] in _STOP:
            return seg[i + 1 :]
    return seg


def _hit_after(seg: str, cues) -> tuple[bool, bool]:
    any_, decisive = False, False
    for c, win, dec in cues:
        if c == "*":
            any_ = True
            continue
        if c == "$":
            if not seg.strip("　 \t"):
                any_ = True
                decisive |= dec
            continue
        i = seg.find(c)
        if 0 <= i <= win:
            any_ = True
            decisive |= dec
    return any_, decisive


def _hit_before(seg: str, cues, at_start: bool) -> tuple[bool, bool]:
    any_, decisive = False, False
    for c, win, dec in cues:
        if c == "*":
            any_ = True
            continue
        if c == "^":
            if at_start:
                any_ = True
                decisive |= dec
            continue
        i = seg.rfind(c)
        if i >= 0 and len(seg) - (i + len(c)) <= win:
            any_ = True
            decisive |= dec
    return any_, decisive


def judge(text: str, s: int, e: int, p: Pair) -> bool:
    after, before = _after(text, e), _before(text, s)
    at_start = before.strip("　 \t") == ""
    ra, rda = _hit_after(after, p.r_after)
    rb, rdb = _hit_before(before, p.r_before, at_start)
    if not (ra or rb):
        return False
    if rda or rdb:
        return True
    oa, _ = _hit_after(after, p.o_after)
    ob, _ = _hit_before(before, p.o_before, at_start)
    return not (oa or ob)


def confusion(doc, kb):
    rx, by_wrong = load_pairs()
    text = doc.text
    for m in rx.finditer(text):
        s, e = m.span()
        for p in by_wrong[m.group()]:
            if judge(text, s, e, p):
                msg = f"疑似误用：此处应为“{p.right}”" + (f"（{p.why}）" if p.why else "")
                yield Finding(s, e, "language", "warning", "language.context", msg, p.right)
                break


RULES = (confusion,)
