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
are found with a character-class pre-filter and a look-up by their first two
characters (``_index``), which stays fast as the list grows.
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


class Side:
    """The cues of one side (meant / written form) in one direction, indexed for speed:
    adjacent cues (window 0, by far the commonest) are looked up by slicing the
    segment at each cue length; only windowed cues are searched for."""

    __slots__ = ("star", "anchor", "anchor_dec", "exact", "exact_dec", "lens", "windowed")

    def __init__(self, cues, anchor: str):
        self.star = any(c == "*" for c, _, _ in cues)
        anchors = [dec for c, _, dec in cues if c == anchor]
        self.anchor = bool(anchors)
        self.anchor_dec = any(anchors)
        plain = [(c, w, d) for c, w, d in cues if c not in ("*", "^", "$")]
        self.exact = frozenset(c for c, w, _ in plain if w == 0)
        self.exact_dec = frozenset(c for c, w, d in plain if w == 0 and d)
        self.lens = tuple(sorted({len(c) for c in self.exact}))
        self.windowed = tuple((c, w, d) for c, w, d in plain if w > 0)

    def __bool__(self):
        return self.star or self.anchor or bool(self.exact) or bool(self.windowed)


class Pair:
    __slots__ = ("wrong", "right", "r_after", "r_before", "o_after", "o_before", "why")

    def __init__(self, cols):
        cols = cols + ["-"] * (7 - len(cols))
        self.wrong, self.right = cols[0], cols[1]
        self.r_after, self.r_before = Side(_cues(cols[2]), "$"), Side(_cues(cols[3]), "^")
        self.o_after, self.o_before = Side(_cues(cols[4]), "$"), Side(_cues(cols[5]), "^")
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


_STOP_CLASS = "[" + re.escape("".join(sorted(_STOP))) + "]"
_STOP_RX = re.compile(_STOP_CLASS)
_LAST_STOP_RX = re.compile(".*" + _STOP_CLASS, re.S)
_BLANK = "\u3000 \t"


def _after(text: str, e: int) -> str:
    m = _STOP_RX.search(text, e, e + _MAXWIN)
    return text[e : m.start()] if m else text[e : e + _MAXWIN]


def _before(text: str, s: int) -> str:
    seg = text[max(0, s - _MAXWIN) : s]
    m = _LAST_STOP_RX.match(seg)
    return seg[m.end() :] if m else seg


def _hit_after(seg: str, side: Side) -> tuple[bool, bool]:
    any_, decisive = side.star, False
    if side.anchor and not seg.strip(_BLANK):
        any_ = True
        decisive = side.anchor_dec
    exact = side.exact
    for n in side.lens:
        c = seg[:n]
        if c in exact:
            any_ = True
            if c in side.exact_dec:
                decisive = True
    for c, win, dec in side.windowed:
        i = seg.find(c)
        if 0 <= i <= win:
            any_ = True
            decisive |= dec
    return any_, decisive


def _hit_before(seg: str, side: Side, at_start: bool) -> tuple[bool, bool]:
    any_, decisive = side.star, False
    if side.anchor and at_start:
        any_ = True
        decisive = side.anchor_dec
    exact = side.exact
    k = len(seg)
    for n in side.lens:
        if n > k:
            break
        c = seg[k - n :]
        if c in exact:
            any_ = True
            if c in side.exact_dec:
                decisive = True
    for c, win, dec in side.windowed:
        i = seg.rfind(c)
        if i >= 0 and k - (i + len(c)) <= win:
            any_ = True
            decisive |= dec
    return any_, decisive


def judge(text: str, s: int, e: int, p: Pair) -> bool:
    after, before = _after(text, e), _before(text, s)
    at_start = before.strip(_BLANK) == ""
    ra, rda = _hit_after(after, p.r_after)
    rb, rdb = _hit_before(before, p.r_before, at_start)
    if not (ra or rb):
        return False
    if rda or rdb:
        return True
    oa, _ = _hit_after(after, p.o_after)
    if oa:
        return False
    ob, _ = _hit_before(before, p.o_before, at_start)
    return not ob


@functools.lru_cache(maxsize=1)
def _index():
    """A fast finder for the written forms. One alternation of a few hundred
    literals makes ``re`` try every branch at each position whose character
    starts some form; instead a character-class pattern finds the positions
    whose first character starts a form and whose second character can follow
    (or which hold a one-character form), and the forms are then looked up by
    their first two characters, longest first."""
    _, by_wrong = load_pairs()
    multi = [w for w in by_wrong if len(w) > 1]
    single = "".join(sorted(w for w in by_wrong if len(w) == 1))
    first = "".join(sorted({w[0] for w in multi} | set(single)))
    second = "".join(sorted({w[1] for w in multi}))
    alts = []
    if second:
        alts.append(f"(?=[{re.escape(second)}])")
    if single:
        alts.append(f"(?<=[{re.escape(single)}])")
    cand = re.compile(f"[{re.escape(first)}](?:{'|'.join(alts)})")
    by_bigram: dict[str, list[str]] = {}
    for w in sorted(multi, key=len, reverse=True):
        by_bigram.setdefault(w[:2], []).append(w)
    return cand, by_bigram, frozenset(single)


def _matches(text: str):
    """(start, end, form) of the written forms, leftmost-longest and not overlapping
    (what ``load_pairs()[0].finditer`` yields)."""
    cand, by_bigram, single = _index()
    last = 0
    for m in cand.finditer(text):
        s = m.start()
        if s < last:
            continue
        forms = by_bigram.get(text[s : s + 2])
        if forms:
            for w in forms:
                if text.startswith(w, s):
                    last = s + len(w)
                    yield s, last, w
                    break
            else:
                forms = None
            if forms:
                continue
        if text[s] in single:
            last = s + 1
            yield s, last, text[s]


def confusion(doc, kb):
    _, by_wrong = load_pairs()
    text = doc.text
    for s, e, w in _matches(text):
        for p in by_wrong[w]:
            if judge(text, s, e, p):
                msg = f"疑似误用：此处应为“{p.right}”" + (f"（{p.why}）" if p.why else "")
                yield Finding(s, e, "language", "warning", "language.context", msg, p.right)
                break


RULES = (confusion,)
