"""事实关: a figure followed by its breakdown in brackets.

参加基层项目177人（西部计划52人、“三支一扶”68人、特岗教师47人）: the parts, every item of the bracket a
figure of the total's unit, add up to the total. Reported when they exceed it, or fall short of it by
at most 20 % (a slip in the arithmetic, not a partial list); a bracket that says it is partial (其中, 含,
主要, 等) or parts that may overlap (党员, 女性, 以上…) are left alone.
"""

from __future__ import annotations

import re

from ..model import Finding
from ..document import first_of
from .fact import _AT_NUM, _OVERLAP, _UNITS, _rounding_tol, p_fmt

_TOTAL_BEFORE = re.compile(r"(?P<n>" + _AT_NUM + r"(?:\.\d+)?)\s*(?P<u>" + _UNITS + r")$")
_ITEM = re.compile(r"(?P<label>[^\d]{0,12}?)(?P<n>\d+(?:\.\d+)?)\s*(?P<u>" + _UNITS + r")")
_PARTIAL = re.compile(r"^(?:其中|含|包括|包含|如|主要|均|分别|约|另|同比|比|较)|等$|以上$|左右$")
_SPLIT = re.compile(r"[、，,；;]|(?<=[\u4e00-\u9fff])(?:和|及)(?=[^\d]{0,12}\d)")


def bracket_sums(doc, kb):
    text = doc.text
    at = -1
    while True:
        at = first_of(text, "（(", at + 1, len(text))
        if at < 0:
            return
        t = _TOTAL_BEFORE.search(text, max(0, at - 16), at)
        if t is None:
            continue
        close = first_of(text, "）)", at + 1, at + 90)
        if close < 0:
            continue
        body = text[at + 1 : close]
        if "（" in body or "(" in body or "\n" in body or _PARTIAL.search(body):
            continue
        items = [x.strip() for x in _SPLIT.split(body)]
        parts = [_ITEM.fullmatch(x) for x in items]
        unit = t.group("u")
        if len(parts) < 2 or not all(p and p.group("u") == unit for p in parts):
            continue  # every item a figure of the total's unit: a breakdown, not a remark
        labels = "".join(p.group("label") for p in parts)
        if _OVERLAP.search(labels) or any(not p.group("label").strip("“”\" ") for p in parts):
            continue
        total = float(t.group("n"))
        values = [float(p.group("n")) for p in parts]
        tol = _rounding_tol([p.group("n") for p in parts])
        s = sum(values)
        if abs(s - total) <= tol or s < total and s < 0.8 * total:
            continue
        yield Finding(t.start("n"), close + 1, "fact", "warning", "fact.total",
                      f"括号内各项之和与总数不符：总数{t.group('n')}{unit}，括号内各项合计{p_fmt(round(s, 6))}{unit}，请核对", None)


RULES = (bracket_sums,)
