"""政策关: an article cited beyond the end of its text (《党政机关公文处理工作条例》第四十六条: it has 42), from
data/article_counts.tsv."""

from __future__ import annotations

import functools
import re

from ..dictionary import load_builtin
from ..model import Finding
from .fact import cn_number


@functools.lru_cache(maxsize=1)
def _table():
    counts = {}
    for r in load_builtin("article_counts.tsv").rows:
        for name in r[0].split("|"):
            counts[name] = (int(r[1]), r[2])
    names = "|".join(re.escape(n) for n in sorted(counts, key=len, reverse=True))
    # 《党章》第五十八条, 《中国共产党章程》（2022年修改）第5条; 、第十二条 after it: one more article of the same text
    rx = re.compile(r"《(?P<name>" + names + r")》(?:[（(][^）)》]{1,16}[）)])?(?P<list>第(?:[一二三四五六七八九十百千零〇]{1,7}|\d{1,4})条"
                    r"(?:[、和及至—－-]第?(?:[一二三四五六七八九十百千零〇]{1,7}|\d{1,4})条)*)")
    return counts, rx


_ARTICLE = re.compile(r"(?P<n>[一二三四五六七八九十百千零〇]{1,7}|\d{1,4})条")


def article_counts(doc, kb):
    text = doc.text
    if "条" not in text or "《" not in text:
        return
    counts, rx = _table()
    for m in rx.finditer(text):
        total, note = counts[m.group("name")]
        for a in _ARTICLE.finditer(text, m.start("list"), m.end("list")):
            n = int(a.group("n")) if a.group("n").isdigit() else cn_number(a.group("n"))
            if n is not None and n > total:
                yield Finding(a.start("n") - (text[a.start() - 1] == "第"), a.end(), "policy", "error", "policy.article_missing",
                              f"所引条文不存在：《{m.group('name')}》共{total}条（{note}），没有第{n}条，请核对", None)


RULES = (article_counts,)
