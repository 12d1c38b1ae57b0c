"""The reviewer: loads the knowledge once, then runs every rule on a text."""

from __future__ import annotations

import os
import time
from typing import Iterable

from .document import Doc, unpad
from .knowledge import Knowledge
from .model import CATEGORIES, SEVERITIES, Finding, ReviewResult, sort_key
from .rules import ALL_RULES, FIGURE_RULES, OPTIONAL_RULES


class Reviewer:
    """Reusable, thread-safe after construction (rules keep no state)."""

    def __init__(self, extra_dicts: Iterable[str | os.PathLike] = (), nearmiss: bool | None = None,
                 homophone: bool = False):
        """``nearmiss``: the near-miss detector of everyday words (rules/nearmiss.py);
        None means its default (``rules.nearmiss.ENABLED_BY_DEFAULT``). ``homophone``: the corpus-statistics
        detector of real-word slips (rules/homophone.py), off by default."""
        from .rules.nearmiss import ENABLED_BY_DEFAULT  # noqa: PLC0415

        t0 = time.perf_counter()
        self.nearmiss = ENABLED_BY_DEFAULT if nearmiss is None else bool(nearmiss)
        self.kb = Knowledge.build(list(extra_dicts), nearmiss=self.nearmiss, homophone=homophone)
        self.rules = (*ALL_RULES, *OPTIONAL_RULES["homophone"]) if homophone else ALL_RULES
        self.load_seconds = time.perf_counter() - t0

    def review(self, text: str) -> ReviewResult:
        t0 = time.perf_counter()
        doc = Doc(text)
        raw: list[Finding] = []
        figures = doc.figures
        for rule in self.rules:
            if figures is not doc and rule in FIGURE_RULES:
                raw.extend(unpad(f) for f in rule(figures, self.kb))
            else:
                raw.extend(rule(doc, self.kb))
        findings = _settle(raw, self.kb.allowed_spans(text))
        elapsed = time.perf_counter() - t0
        by_cat = {c: 0 for c in CATEGORIES}
        by_sev = {s: 0 for s in SEVERITIES}
        for f in findings:
            by_cat[f.category] += 1
            by_sev[f.severity] += 1
        stats = {
            "chars": len(text),
            "lines": len(doc.lines),
            "findings": len(findings),
            "by_category": by_cat,
            "by_severity": by_sev,
            "elapsed_ms": round(elapsed * 1000, 3),
            "dictionary_entries": self.kb.entry_count,
        }
        return ReviewResult(text, findings, stats)

    def review_docx(self, source) -> ReviewResult:
        from .textio import docx_text

        return self.review(docx_text(source))


def _settle(raw: list[Finding], allowed: list[tuple[int, int]]) -> list[Finding]:
    """Sort, drop duplicates and findings inside whitelisted spans.

    Two findings on the same span keep only the gravest; a finding wholly
    inside a longer one from the same category is dropped as redundant (not inside
    an unpaired mark's, which runs to the end of its clause); of
    two political findings that overlap or touch (a misspelt 习近平 before
    新时代中国特色社会主义思想 also reads as the formulation without 习近平)
    only the gravest is kept.
    """
    raw.sort(key=sort_key)
    out: list[Finding] = []
    seen: set[tuple[int, int]] = set()
    for f in raw:
        if (f.start, f.end) in seen:
            continue
        if allowed and any(a <= f.start and f.end <= b for a, b in allowed):
            continue
        if out:
            p = out[-1]
            if (p.category == f.category and p.start <= f.start and f.end <= p.end
                    and (p.severity == "error" or p.rule == f.rule and (p.end == f.end or p.start == f.start))
                    and p.rule != "format.pair"):  # an unpaired mark's span runs to the end of its clause
                continue  # (one rule that finds one slip twice, on the phrase and on its verb; two rules of sums
                # that find one breakdown: 全市…128万平方米，其中…)
        if f.category == "political":
            k = next((i for i in range(len(out) - 1, max(-1, len(out) - 4), -1)
                      if out[i].category == "political" and out[i].start <= f.end and f.start <= out[i].end), None)
            if k is not None:
                if _grave(f) < _grave(out[k]):
                    out[k] = f
                seen.add((f.start, f.end))
                continue
        seen.add((f.start, f.end))
        out.append(f)
    out.sort(key=sort_key)
    return out


_RULE_RANK = {"political.leader_name": 0, "political.leader_title": 1}


def _grave(f: Finding) -> tuple:
    return ({"error": 0, "warning": 1, "info": 2}[f.severity], _RULE_RANK.get(f.rule, 5), -(f.end - f.start))
