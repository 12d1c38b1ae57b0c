"""事实关: figures that the same sentence states twice over.

* A total whose parts follow a colon and are counted (银团贷款总额120亿元，由以下3家银行全额分担：我行承贷45亿元，
  …承贷40亿元，…承贷30亿元): the parts, as many as the count says, add up to the total.
* A change against the figure of the year before given in brackets (完成货物吞吐量2.46亿吨（2024年为2.35亿吨），
  同比增长8.2%): the percentage is the change between the two.
"""

from __future__ import annotations

import re

from ..model import Finding
from .fact import _MULT, _UNITS, _rounding_tol, cn_number, p_fmt

_NUM = r"(?P<{0}>\d+(?:\.\d+)?)\s*(?P<{0}m>[万亿]?)(?P<{0}u>" + _UNITS + r"|吨|标准箱)"
_COUNTED = re.compile(r"(?<![\d.])" + _NUM.format("t") + r"[，,]?[^。；：:\n\d]{0,12}?(?:以下|下列|如下)(?P<k>[2-9二三四五六七八九])"
                      r"(?:家|个|项|所|户|类|部分|方面)[^。；：:\n\d]{0,12}?[：:](?P<body>[^。\n]{4,240}?)(?=。|\n|$)")
_PART = re.compile(r"(?<![\d.])" + _NUM.format("p"))
_PRIOR = re.compile(r"(?<![\d.])" + _NUM.format("a") + r"[（(](?:\d{4}年|上年|去年|上年同期|去年同期)(?:同期)?(?:为|是)?"
                    + _NUM.format("b") + r"[）)][，,]?\s*(?:同比|比上年|较上年)?(?P<dir>增长|增加|提高|上升|下降|减少|降低)了?\s*"
                    r"(?P<x>\d+(?:\.\d+)?)\s*[%％]")


def _value(m, g: str) -> float:
    return float(m.group(g)) * _MULT[m.group(g + "m")]


def counted_parts(doc, kb):
    text = doc.text
    if "：" not in text and ":" not in text:
        return
    for m in _COUNTED.finditer(text):
        k = cn_number(m.group("k")) if not m.group("k").isdigit() else int(m.group("k"))
        unit = m.group("tu")
        parts = [p for p in _PART.finditer(m.group("body")) if p.group("pu") == unit]
        if k is None or len(parts) != k:
            continue
        total = _value(m, "t")
        values = [_value(p, "p") for p in parts]
        s = sum(values)
        if abs(s - total) <= _rounding_tol([p.group("p") for p in parts]) * _MULT[m.group("tm")]:
            continue
        shown = p_fmt(round(s / _MULT[m.group("tm")], 6))
        yield Finding(m.start("t"), m.end("tu"), "fact", "warning", "fact.total",
                      f"总数与所列各项之和不符：总数{m.group('t')}{m.group('tm')}{unit}，冒号后所列{k}项合计"
                      f"{shown}{m.group('tm')}{unit}，请核对", None)


def prior_year_change(doc, kb):
    text = doc.text
    if "（" not in text and "(" not in text:
        return
    for m in _PRIOR.finditer(text):
        if m.group("au") != m.group("bu"):
            continue
        a, b, x = _value(m, "a"), _value(m, "b"), float(m.group("x"))
        if b == 0:
            continue
        up = m.group("dir") in ("增长", "增加", "提高", "上升")
        got = (a - b) / b * 100 if up else (b - a) / b * 100
        dec = len(m.group("x").split(".")[1]) if "." in m.group("x") else 0
        if abs(got - x) <= 0.5 * 10 ** (-dec) + 0.06:
            continue
        yield Finding(m.start("x"), m.end(0), "fact", "warning", "fact.percent",
                      f"增减幅度与括号内上年数字不符：由{m.group('b')}{m.group('bm')}{m.group('bu')}到"
                      f"{m.group('a')}{m.group('am')}{m.group('au')}，{m.group('dir')}约{got:.1f}%，文中为{m.group('x')}%，请核对",
                      f"{got:.{max(dec, 1)}f}%")


RULES = (counted_parts, prior_year_change)
