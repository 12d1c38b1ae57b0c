"""Turning review findings into highlighted pieces of text for the templates."""

from __future__ import annotations

try:
    from zhongshu.review.model import CATEGORY_NAMES, SEVERITY_NAMES
except Exception:  # the reviewer package failed to load; labels still work
    CATEGORY_NAMES = {"political": "政治", "policy": "政策", "fact": "事实", "format": "格式", "language": "语言"}
    SEVERITY_NAMES = {"error": "错误", "warning": "警告", "info": "提示"}


def labelled(findings: list[dict]) -> list[dict]:
    out = []
    for i, f in enumerate(findings):
        out.append({**f, "index": i, "category_label": CATEGORY_NAMES.get(f["category"], f["category"]), "severity_label": SEVERITY_NAMES.get(f["severity"], f["severity"])})
    return out


def pieces(text: str, findings: list[dict]) -> list[dict]:
    """Non-overlapping segments: {"text", "finding" or None}; overlaps go to the first (gravest)."""
    order = sorted(labelled(findings), key=lambda f: (f["start"], {"error": 0, "warning": 1}.get(f["severity"], 2)))
    out, pos = [], 0
    for f in order:
        s, e = max(f["start"], pos), min(f["end"], len(text))
        if s >= e:
            continue
        if s > pos:
            out.append({"text": text[pos:s], "finding": None})
        out.append({"text": text[s:e], "finding": f})
        pos = e
    if pos < len(text):
        out.append({"text": text[pos:], "finding": None})
    return out


def apply(text: str, finding: dict) -> str:
    """Accept a suggestion: replace the finding's span with its suggestion."""
    if finding.get("suggestion") is None:
        return text
    return text[: finding["start"]] + finding["suggestion"] + text[finding["end"]:]
