"""One scan of the text against every dictionary entry (all categories).

A two-character miswriting of ``typos.tsv`` (己经, 报消) is dropped where it straddles two real
words — 自己经营 is 自己 + 经营, 本报消息 is 本报 + 消息 — by the near-miss detector's own test
(``nearmiss.explained``: a covering 3–4-character word or a frequent overlapping neighbour).
"""

from __future__ import annotations

from ..model import Finding
from .nearmiss import explained


def dictionary_scan(doc, kb):
    text = doc.text
    index = getattr(kb, "nearmiss", None)
    for start, end, p in kb.phrases.finditer(text):
        h = p.payload
        if end - start == 2 and h.rule == "language.typo" and index is not None and explained(text, start, index, h.suggestion):
            continue
        yield Finding(start, end, h.category, h.severity, h.rule, h.message, h.suggestion)


RULES = (dictionary_scan,)
