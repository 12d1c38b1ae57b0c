"""政治关: a document of a plenary session of the Central Committee credited to another plenum (党的二十届三中全会审议通过的
《中共中央关于制定国民经济和社会发展第十五个五年规划的建议》: the 四中全会 adopted it), from data/plenum_documents.tsv."""

from __future__ import annotations

import functools
import re

from ..dictionary import load_builtin
from ..model import Finding

_NTH = "一二三四五六七八九"
# 党的二十届三中全会 / 十九届中央委员会第五次全体会议, then up to 16 characters (审议通过的, 作出的) before the title
_PLENUM = re.compile(r"(?P<term>十[七八九]|二十)届(?:(?P<n>[一二三四五六七八九])中全会|中央委员会第(?P<n2>[一二三四五六七八九])次全体会议)"
                     r"(?P<gap>[^。；！？《\n]{0,16}?)《(?P<title>[^《》\n]{4,80})》")


@functools.lru_cache(maxsize=1)
def _table() -> dict:
    out = {}
    for r in load_builtin("plenum_documents.tsv").rows:
        for title in r[0].split("|"):
            out[title] = (r[1], r[2], r[3])
    return out


def plenum_documents(doc, kb):
    text = doc.text
    if "全会" not in text and "全体会议" not in text:
        return
    table = _table()
    for m in _PLENUM.finditer(text):
        row = table.get(m.group("title"))
        gap = m.group("gap")
        if row is None or not re.search(r"通过|作出|审议|制定", gap) or "和" in gap or "、" in gap:
            continue  # (十九届六中全会精神和《…》: two things named, not the document's maker)
        term, nth, note = row
        n = m.group("n") or m.group("n2")
        if (m.group("term"), n) != (term, nth):
            yield Finding(m.start(), m.end("n") + 3 if m.group("n") else m.end("n2") + 5, "political", "error",
                          "political.plenum_document",
                          f"《{m.group('title')}》是{note}，不是{m.group('term')}届{n}中全会", f"{term}届{nth}中全会")


RULES = (plenum_documents,)
