"""政治关: a national leader named with an office he has left (data/former_leaders.tsv).

国务院总理李克强 in a document of 2026 is a grave slip; 时任国务院总理李克强, 2016年李克强总理来我市视察 and a
document dated before the change are history. A sentence is history when it names 时任, 原, 曾, 生前…, or a
year no later than the one the office was left.
"""

from __future__ import annotations

import functools
import re

from ..dictionary import load_builtin
from ..document import after_last
from ..model import Finding
from .fact import _doc_year

_PAST = re.compile(r"时任|原任|曾任|曾经|曾|生前|逝世|去世|当年|那年|回忆|前任|原")
_YEAR = re.compile(r"((?:19|20)\d\d)年")
_SENT = "。！？；\n"


@functools.lru_cache(maxsize=1)
def _table():
    """name -> [(titles, (year, month) left, note)], and one regex of every name."""
    out: dict[str, list] = {}
    for r in load_builtin("former_leaders.tsv").rows:
        y, m = r[2].split("-")
        out.setdefault(r[0], []).append((tuple(sorted(r[1].split("|"), key=len, reverse=True)), (int(y), int(m)), r[3]))
    return out, re.compile("|".join(map(re.escape, out)))


def _title_at(text: str, s: int, e: int, titles) -> tuple[int, int, str] | None:
    """The title right before the name (国务院总理李克强) or right after it (李克强总理)."""
    for t in titles:
        if text.endswith(t, 0, s):
            return s - len(t), e, t
        if text.startswith(t, e):
            return s, e + len(t), t
    return None


def former_titles(doc, kb):
    text = doc.text
    table, rx = _table()
    year = None
    for m in rx.finditer(text):
        for titles, (left_y, left_m), note in table[m.group(0)]:
            at = _title_at(text, m.start(), m.end(), titles)
            if at is None:
                continue
            start = after_last(text, _SENT, m.start())
            ends = [i for i in (text.find(c, m.end()) for c in _SENT) if i >= 0]
            sentence = text[start : min(ends) if ends else len(text)]
            if _PAST.search(sentence) or any(int(y) <= left_y for y in _YEAR.findall(sentence)):
                continue
            if year is None:
                year = _doc_year(text) or 0
            if year and year <= left_y:
                continue  # a document of that time
            yield Finding(at[0], at[1], "political", "error", "political.leader_title",
                          f"领导职务已变更：{m.group(0)}已于{left_y}年{left_m}月不再担任{titles[0]}。{note}。"
                          f"叙述往事请写明“时任”", None)
            break


RULES = (former_titles,)
