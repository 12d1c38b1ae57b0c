"""事实关: one fact stated twice in a document, the second time differently.

* A period entered on a date (自11月1日进入森林防火期以来 … 自10月1日进入防火期以来): one period, one date.
* An opening or closing ceremony outside the period of its event (12月15日至19日举办 … 开幕式定于12月14日).
* A request of a sum other than the need the document states (尚需县级配套资金780万元 … 恳请…拨付县级配套资金680万元).
* A sum named again with 上述 that the text before never states (安排资金1200万元 … 上述1500万元资金要专款专用).
"""

from __future__ import annotations

import itertools
import re

from ..document import after_last, first_of
from ..model import Finding
from .fact import p_fmt

_ENTERED = re.compile(r"(?:(?P<y>(?:19|20)\d\d)年)?(?P<mo>\d{1,2})月(?P<d>\d{1,2})日(?:起|以来|开始|零时)?[，,]?(?:正式|全面|已)?进入"
                      r"(?P<what>[\u4e00-\u9fff]{1,8}?期)")


def period_entered(doc, kb):
    text = doc.text
    if "进入" not in text:
        return
    seen: list[tuple[str, str | None, tuple[int, int]]] = []
    for m in _ENTERED.finditer(text):
        what, y, md = m.group("what"), m.group("y"), (int(m.group("mo")), int(m.group("d")))
        for w0, y0, md0 in seen:
            same = len(w0) >= 3 and len(what) >= 3 and (w0.endswith(what) or what.endswith(w0))
            if same and (y is None or y0 is None or y == y0) and md != md0:
                yield Finding(m.start("mo"), m.end("d") + 1, "fact", "warning", "fact.restated",
                              f"前后不一致：前文为{md0[0]}月{md0[1]}日进入{w0}，此处为{md[0]}月{md[1]}日，请核对",
                              f"{md0[0]}月{md0[1]}日")
                break
        else:
            seen.append((what, y, md))


_NEED = re.compile(r"(?:尚需|尚缺|还需|仍需|资金缺口|缺口)(?P<label>[^，。；\d]{0,12}?)(?P<n>\d+(?:\.\d+)?)\s*(?P<u>万元|亿元)")
_ASK = re.compile(r"(?:恳请|请求|拟请|申请)[^。；\d]{0,30}?(?:安排|拨付|补助|解决|下达|追加)(?P<label>[^，。；\d]{0,14}?)"
                  r"(?P<n>\d+(?:\.\d+)?)\s*(?P<u>万元|亿元)")
_PART_ASK = re.compile(r"其余|自筹|不足部分|先行|首批|一期|分期|分年|其中")


def asked_need(doc, kb):
    """尚需县级配套资金780万元 … 恳请县人民政府…拨付县级配套资金680万元: a request of a sum other than the one need
    the document states (every need stated is the same sum, named like the request or the request is for the 缺口;
    a request of a part, 其余…自筹, is left alone)."""
    text = doc.text
    if "尚" not in text and "缺口" not in text and "还需" not in text and "仍需" not in text:
        return
    stated = list(_NEED.finditer(text))
    for a in _ASK.finditer(text):
        found = [m for m in stated if m.end() <= a.start()]
        needs = {(m.group("n"), m.group("u")) for m in found}
        if len(needs) != 1:
            continue
        (n, u), = needs
        sent = text[after_last(text, "。；！？\n", a.start()) : first_of(text, "。", a.end(), missing=len(text))]
        label = a.group("label").strip()
        same = "缺口" in sent or any(len(lb := m.group("label").strip()) >= 4 and label.endswith(lb) for m in found)
        if same and u == a.group("u") and float(n) != float(a.group("n")) and not _PART_ASK.search(sent):
            yield Finding(a.start("n"), a.end("u"), "fact", "warning", "fact.restated",
                          f"前后不一致：前文尚需{n}{u}，此处申请{a.group('n')}{u}，请核对", f"{n}{u}")


_EVENT_SPAN = re.compile(r"(?P<m1>\d{1,2})月(?P<d1>\d{1,2})日(?:—|－|-|～|~|至)(?:(?P<m2>\d{1,2})月)?(?P<d2>\d{1,2})日"
                         r"[^，。；\n\d]{0,24}?(?:举办|举行|召开|开展)")
_CEREMONY = re.compile(r"(?:开幕式|闭幕式|开班式|结业式|开营仪式|闭营仪式|启动仪式)[^，。；\n\d]{0,6}?(?P<m>\d{1,2})月(?P<d>\d{1,2})日")


def ceremony_outside(doc, kb):
    """我办拟于12月15日至19日举办…交流周活动 … 开幕式定于12月14日上午: an opening or closing ceremony falls
    inside the one period the document gives its event (dates compared within one year)."""
    text = doc.text
    if "式" not in text:
        return
    spans = {((int(m.group("m1")), int(m.group("d1"))), (int(m.group("m2") or m.group("m1")), int(m.group("d2"))))
             for m in _EVENT_SPAN.finditer(text)}
    if len(spans) != 1:
        return
    (lo, hi), = spans
    if hi < lo:
        return  # across the new year
    for c in _CEREMONY.finditer(text):
        md = (int(c.group("m")), int(c.group("d")))
        if not lo <= md <= hi:
            yield Finding(c.start("m"), c.end("d") + 1, "fact", "warning", "fact.restated",
                          f"日期不在活动期内：活动于{lo[0]}月{lo[1]}日至{hi[0]}月{hi[1]}日举办，此处为{md[0]}月{md[1]}日，请核对", None)


_AFORESAID = re.compile(r"(?:上述|前述)(?P<n>\d+(?:\.\d+)?)\s*(?P<u>万元|亿元)")
_MONEY = re.compile(r"(?<![\d.])(?P<n>\d+(?:\.\d+)?)\s*(?P<u>万元|亿元)")


def aforesaid_sum(doc, kb):
    """原则同意安排…资金1200万元 … 上述1500万元资金要专款专用: 上述 points back at a sum the text before states, alone or as
    the sum of a run of sums stated one after another."""
    text = doc.text
    if "上述" not in text and "前述" not in text:
        return
    for a in _AFORESAID.finditer(text):
        n, u = float(a.group("n")), a.group("u")
        before = [float(m.group("n")) for m in _MONEY.finditer(text, 0, a.start()) if m.group("u") == u]
        sums = list(itertools.accumulate(before, initial=0.0))  # a run's sum is the difference of two running sums
        if not before or any(abs(sums[j] - sums[i] - n) < 1e-6 for i in range(len(before)) for j in range(i + 1, len(sums))):
            continue
        yield Finding(a.start("n"), a.end("u"), "fact", "warning", "fact.restated",
                      f"前后不一致：前文未出现{a.group('n')}{u}（也不是前文几项之和），请核对",
                      f"{p_fmt(before[-1])}{u}" if len(before) == 1 else None)


RULES = (period_entered, asked_need, ceremony_outside, aforesaid_sum)
