"""政策关: a crime cited under an article of the 刑法 that does not hold it (黑社会性质组织 … 刑法第二百九十三条: that
is 寻衅滋事; 黑社会性质组织 is 第二百九十四条), from data/crime_articles.tsv.

Only a sentence that cites one article of the 刑法 and names crimes of one article of the table is judged:
a sentence that cites several articles, or names crimes of several articles, may pair them either way."""

from __future__ import annotations

import functools
import re

from ..dictionary import load_builtin
from ..model import Finding
from .fact import cn_number

_CITE = re.compile(r"刑法》?(?:[（(][^）)》]{1,16}[）)])?第(?P<n>[一二三四五六七八九十百零〇]{1,7}|\d{1,3})条(?P<sub>之[一二三四五六])?")
_ANOTHER = re.compile(r"第(?:[一二三四五六七八九十百零〇]{1,7}|\d{1,3})条")
_STOPS = "。；！？\n"


@functools.lru_cache(maxsize=1)
def _table():
    allowed: dict[str, tuple[frozenset, str]] = {}
    for r in load_builtin("crime_articles.tsv").rows:
        for word in r[0].split("|"):
            allowed[word] = (frozenset(r[1].split("|")), r[2])
    rx = re.compile("|".join(re.escape(w) for w in sorted(allowed, key=len, reverse=True)))
    return allowed, rx


def _sentence(text: str, s: int, e: int) -> tuple[int, int]:
    lo = max(text.rfind(c, 0, s) for c in _STOPS) + 1
    ends = [k for k in (text.find(c, e) for c in _STOPS) if k >= 0]
    return lo, min(ends) if ends else len(text)


def crime_article(doc, kb):
    text = doc.text
    if "刑法" not in text:
        return
    allowed, rx = _table()
    for m in _CITE.finditer(text):
        n = int(m.group("n")) if m.group("n").isdigit() else cn_number(m.group("n"))
        if n is None:
            continue
        cited = f"{n}{m.group('sub') or ''}"
        lo, hi = _sentence(text, m.start(), m.end())
        if len(_ANOTHER.findall(text, lo, hi)) > 1:
            continue  # several articles in the sentence
        named = {allowed[k.group(0)] for k in rx.finditer(text, lo, hi)}
        if len(named) != 1:
            continue
        (articles, note), = named
        if cited not in articles:
            yield Finding(m.start("n") - 1, m.end(), "policy", "warning", "policy.crime_article",
                          f"罪名与所引刑法条文不符：{note}，请核对条文序号", None)


RULES = (crime_article,)
