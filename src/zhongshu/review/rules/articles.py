"""格式关: the articles of a 办法, 细则 or 规定 numbered in a row (第一条, 第二条…): a number written twice or skipped
(第十二条 … 第十二条 … 第十四条). Articles run on across chapters (第X章 does not restart them). An article numbered
in Arabic numerals among articles numbered in Chinese ones (第四条 … 第5条 … 第六条): 《立法技术规范》 writes them in Chinese."""

from __future__ import annotations

import re

from ..model import Finding
from .fact import cn_number
from .format import _to_cn

_ARTICLE = re.compile(r"[ \t\u3000]*第(?P<n>[一二三四五六七八九十百零〇]{1,5}|[1-9]\d{0,2})条(?=[ \t\u3000])")


def article_numbers(doc, kb):
    if "条" not in doc.text:
        return
    found = []
    for ln in doc.nonblank:
        m = _ARTICLE.match(ln.text)
        if m is not None:
            n = int(m.group("n")) if m.group("n").isdigit() else cn_number(m.group("n"))
            if n is not None:
                found.append((n, ln.start + m.start("n") - 1, ln.start + m.end()))
    if len(found) < 4:
        return  # a few articles quoted from a law are no numbered run
    arabic = [f for f in found if doc.text[f[1] + 1].isdigit()]
    if arabic and len(found) - len(arabic) >= 2 * len(arabic):
        for n, s, e in arabic:
            yield Finding(s, e, "format", "error", "format.article_number",
                          f"条文序号应使用汉字数字，与其他各条一致：第{n}条应写作第{_cn(n)}条", f"第{_cn(n)}条")
    breaks = [k for k in range(1, len(found)) if found[k][0] != found[k - 1][0] + 1]
    if len(breaks) > 2:
        return  # articles quoted here and there, not the document's own
    for k in breaks:
        n, s, e = found[k]
        want = found[k - 1][0] + 1
        if k - 1 in breaks and k >= 2 and n == found[k - 2][0] + 2:
            continue  # the run resumes after one number written wrong (十二、十二、十四): reported once, at that number
        yield Finding(s, e, "format", "error", "format.article_sequence",
                      f"条文序号不连续：上一条是第{_cn(found[k - 1][0])}条，此处应为第{_cn(want)}条", f"第{_cn(want)}条")


def _cn(n: int) -> str:
    return _to_cn(n) if 0 < n < 100 else str(n)  # (format's numerals go to 九十九)


RULES = (article_numbers,)
