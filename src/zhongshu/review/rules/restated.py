"""事实关: one fact stated twice in a document, the second time differently.

* A period entered on a date (自11月1日进入森林防火期以来 … 自10月1日进入防火期以来): one period, one date.
* A request of a sum other than the need the document states (尚需县级配套资金780万元 … 恳请…拨付县级配套资金680万元).
"""

from __future__ import annotations

import re

from ..document import after_last
from ..model import Finding
from .fact import _UNITS

_ENTERED = re.compile(r"(?:(?P<y>(?:19|20)\d\d)年)?(?P<mo>\d{1,2})月(?P<d>\d{1,2})日(?:起|以来|开始|零时)?[，,]?(?:正式|全面|已)?进入"
                      r"(?P<what>[\u4e00-\u9fff]{1,8}?期)")


def period_entered(doc, kb):
    text = doc.text
    if "进入" not in text:
        return
    seen: list[tuple[str, str | None, tuple[int, int], re.Match]] = []
    for m in _ENTERED.finditer(text):
        what, y, md = m.group("what"), m.group("y"), (int(m.group("mo")), int(m.group("d")))
        for w0, y0, md0, m0 in seen:
            same = len(w0) >= 3 and len(what) >= 3 and (w0.endswith(what) or what.endswith(w0))
            if same and (y is None or y0 is None or y == y0) and md != md0:
                yield Finding(m.start("mo"), m.end("d") + 1, "fact", "warning", "fact.restated",
                              f"前后不一致：前文为{md0[0]}月{md0[1]}日进入{w0}，此处为{md[0]}月{md[1]}日，请核对",
                              f"{md0[0]}月{md0[1]}日")
                break
        else:
            seen.append((what, y, md, m))


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
    for a in _ASK.finditer(text):
        found = list(_NEED.finditer(text, 0, a.start()))
        needs = {(m.group("n"), m.group("u")) for m in found}
        if len(needs) != 1:
            continue
        (n, u), = needs
        sent = text[after_last(text, "。；！？\n", a.start()) : text.find("。", a.end()) % (len(text) + 1)]
        label = a.group("label").strip()
        same = "缺口" in sent or any(len(lb := m.group("label").strip()) >= 4 and label.endswith(lb) for m in found)
        if same and u == a.group("u") and float(n) != float(a.group("n")) and not _PART_ASK.search(sent):
            yield Finding(a.start("n"), a.end("u"), "fact", "warning", "fact.restated",
                          f"前后不一致：前文尚需{n}{u}，此处申请{a.group('n')}{u}，请核对", f"{n}{u}")


RULES = (period_entered, asked_need)
