"""One scan of the text against every dictionary entry (all categories)."""

from __future__ import annotations

from ..model import Finding


def dictionary_scan(doc, kb):
    for start, end, p in kb.phrases.finditer(doc.text):
        h = p.payload
        yield Finding(start, end, h.category, h.severity, h.rule, h.message, h.suggestion)


RULES = (dictionary_scan,)
