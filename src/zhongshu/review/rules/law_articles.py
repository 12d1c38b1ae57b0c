"""政策关: a matter cited under an article of a law that does not hold it (黑社会性质组织 … 刑法第二百九十三条: that is
寻衅滋事; 城镇居民基本医疗保险 … 社会保险法第二十三条: that is 职工基本医疗保险), from data/law_articles.tsv.

Only a sentence that cites one article of the law and names matters of one entry of the table is judged:
a sentence that cites several articles, or names matters of several entries, may pair them either way."""

from __future__ import annotations

import functools
import re

from ..dictionary import load_builtin
from ..document import after_last, first_of
from ..model import Finding
from .fact import cn_number

_ANOTHER = re.compile(r"第(?:[一二三四五六七八九十百零〇]{1,7}|\d{1,3})条")
_STOPS = "。；！？\n"


@functools.lru_cache(maxsize=1)
def _table():
    """({law: {keyword: (articles, note)}}, citation regex, {law: keyword regex})."""
    laws: dict[str, dict[str, tuple[frozenset, str]]] = {}
    names: dict[str, str] = {}
    for r in load_builtin("law_articles.tsv").rows:
        law = r[0].split("|")[0]
        for name in r[0].split("|"):
            names[name] = law
        for word in r[1].split("|"):
            laws.setdefault(law, {})[word] = (frozenset(r[2].split("|")), r[3])
    alt = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    cite = re.compile(r"(?P<law>" + alt + r")》?(?:[（(][^）)》]{1,16}[）)])?第(?P<n>[一二三四五六七八九十百零〇]{1,7}|\d{1,3})条"
                      r"(?P<sub>之[一二三四五六])?")
    words = {law: re.compile("|".join(re.escape(w) for w in sorted(kw, key=len, reverse=True))) for law, kw in laws.items()}
    return laws, names, cite, words


def law_article(doc, kb):
    text = doc.text
    if "条" not in text or "法" not in text:
        return
    laws, names, cite, words = _table()
    for m in cite.finditer(text):
        n = int(m.group("n")) if m.group("n").isdigit() else cn_number(m.group("n"))
        if n is None:
            continue
        law = names[m.group("law")]
        cited = f"{n}{m.group('sub') or ''}"
        lo, hi = after_last(text, _STOPS, m.start()), first_of(text, _STOPS, m.end(), missing=len(text))
        if len(_ANOTHER.findall(text, lo, hi)) > 1:
            continue  # several articles in the sentence
        named = {laws[law][k.group(0)] for k in words[law].finditer(text, lo, hi)}
        if len(named) != 1:
            continue
        (articles, note), = named
        if cited not in articles:
            yield Finding(m.start("n") - 1, m.end(), "policy", "warning", "policy.law_article",
                          f"所写事项与所引条文不符：《{law}》{note}，请核对条文序号", None)


RULES = (law_article,)
