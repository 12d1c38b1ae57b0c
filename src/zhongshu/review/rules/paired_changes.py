"""事实关: two figures compared with two earlier ones, and the two rates of change given with 分别.

共发生生产安全事故18起、死亡9人，与去年同期的24起、12人相比，分别下降25%和30%: each rate is
(base − now) ÷ base (增长: (now − base) ÷ base), the first rate for the first figure. Reported when a
rate is off by more than its rounding; the figures are read only when the sentence gives exactly two
bases after 与/比/较, or in a bracket right after the rates (同比分别下降11.5%和13.6%（去年同期分别为26起、22人）),
and two figures of the same units before them.
"""

from __future__ import annotations

import re

from ..document import after_last
from ..model import Finding
from .fact import _DOWN, _NUM_T, _UP, _pct_tol, p_fmt

_RATES = re.compile(r"分别(?P<dir>" + _UP + "|" + _DOWN + r")了?\s*(?P<x1>\d+(?:\.\d+)?)\s*[%％]\s*(?:和|、|与)\s*"
                    r"(?P<x2>\d+(?:\.\d+)?)\s*[%％]")
_BRACKET = re.compile(r"\s*[（(](?:去年|上年)(?:同期)?(?:分别)?(?:为|是)?(?P<body>[^）)]{3,24})[）)]")
_BASE = re.compile(r"(?:与|比|较)(?:上年|去年|上年同期|去年同期|同期|上月|上季度|\d{4}年(?:同期)?)[^\d，,。；]{0,6}?(?=\d)")


def paired_changes(doc, kb):
    text = doc.text
    if "分别" not in text:
        return
    for m in _RATES.finditer(text):
        sent = after_last(text, "。；！？\n", m.start())
        head = text[sent : m.start()]
        base = None
        for base in _BASE.finditer(head):
            pass
        if base is not None:
            bases = list(_NUM_T.finditer(head, base.end()))
            if len(bases) != 2 or re.search(r"[，,]", head[base.end() : bases[-1].start()]):
                continue  # the two bases are listed together: 与去年同期的24起、12人相比
            nows = list(_NUM_T.finditer(head, 0, base.start()))
        elif b := _BRACKET.match(text, m.end()):  # 同比分别下降11.5%和13.6%（去年同期分别为26起、22人）
            bases = list(_NUM_T.finditer(b.group("body")))
            if len(bases) != 2:
                continue
            nows = list(_NUM_T.finditer(head))
        else:
            continue
        units = [b.group("u") for b in bases]
        if units[0] != units[1]:
            picked = [next((f for f in reversed(nows) if f.group("u") == u), None) for u in units]
        else:
            picked = nows[-2:] if len(nows) >= 2 and all(f.group("u") == units[0] for f in nows[-2:]) else [None]
        if len(picked) != 2 or None in picked or picked[0].start() > picked[1].start():
            continue
        down = m.group("dir") in _DOWN.split("|")
        for now, was, g in zip(picked, bases, ("x1", "x2")):
            a, b, x = float(now.group("n")), float(was.group("n")), float(m.group(g))
            if b == 0 or (a > b if down else a < b):
                break  # the figures are not read as the text means them
            got = (b - a) / b * 100 if down else (a - b) / b * 100
            if abs(got - x) > _pct_tol(m.group(g)):
                yield Finding(m.start(g), m.end(g) + 1, "fact", "warning", "fact.change",
                              f"变化幅度与前文数字不符：由{was.group(0)}到{now.group(0)}，"
                              f"{'下降' if down else '增长'}{p_fmt(round(got, 1))}%，文中为{m.group(g)}%，请核对", None)


RULES = (paired_changes,)
