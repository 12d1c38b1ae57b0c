"""One scan of the text against every dictionary entry (all categories).

A two-character miswriting of ``typos.tsv`` (己经, 报消) is dropped where it straddles two real
words — 自己经营 is 自己 + 经营, 本报消息 is 本报 + 消息 — by the near-miss detector's own test
(``nearmiss.explained``: a covering 3–4-character word or a frequent overlapping neighbour).
"""

from __future__ import annotations

import re

from ..document import after_last
from ..model import Finding
from .nearmiss import explained

_HISTORY_RULES = frozenset(("policy.outdated_scheme", "policy.renamed_body"))
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?:年|〕)")


def _told_as_history(text: str, start: int, message: str) -> bool:
    """2016年识别为建档立卡贫困户: a scheme or body named in a clause dated before it was changed (the year in the
    entry's reason) is history, not a current use."""
    changed = _YEAR.search(message)
    if changed is None:
        return False
    clause = text[after_last(text, "。；！？\n", start) : start]
    return any(int(y) <= int(changed.group(1)) for y in _YEAR.findall(clause[-24:]))


def dictionary_scan(doc, kb):
    text = doc.text
    index = getattr(kb, "nearmiss", None)
    for start, end, p in kb.phrases.finditer(text):
        h = p.payload
        if end - start == 2 and h.rule == "language.typo" and index is not None and explained(text, start, index, h.suggestion):
            continue
        if h.rule in _HISTORY_RULES and _told_as_history(text, start, h.message):
            continue
        yield Finding(start, end, h.category, h.severity, h.rule, h.message, h.suggestion)


RULES = (dictionary_scan,)
