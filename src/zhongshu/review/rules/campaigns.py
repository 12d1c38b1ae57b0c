"""事实关: a campaign of study in the Party told as held in a year it was not (2023年全党开展党纪学习教育: it was held
in 2024), from data/campaigns.tsv. Only a year written right before the act of holding it (开展, 启动, 部署) in the
same clause counts: 2025年巩固党纪学习教育成果 tells of its results, not of its holding."""

from __future__ import annotations

import functools
import re

from ..dictionary import load_builtin
from ..model import Finding


@functools.lru_cache(maxsize=1)
def _table() -> tuple[re.Pattern, dict]:
    names = {}
    for r in load_builtin("campaigns.tsv").rows:
        for name in r[0].split("|"):
            names[name] = (int(r[1]), int(r[2]) if r[2] else None, r[3])
    alt = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    rx = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)年(?:[^，,。；！？\n\d年]{0,12}?)(?:集中|深入|扎实|全面)?"
                    r"(?:开展|启动|部署开展|部署)(?:了)?(?:的)?(?P<name>" + alt + ")")
    return rx, names


def campaign_year(doc, kb):
    text = doc.text
    if "教育" not in text:
        return
    rx, names = _table()
    for m in rx.finditer(text):
        if "以来" in text[m.end("y") : m.start("name")]:
            continue  # 2021年以来开展党史学习教育……: a span of years, not the year of the campaign
        first, last, note = names[m.group("name")]
        y = int(m.group("y"))
        if y < first or last is not None and y > last:
            yield Finding(m.start("y"), m.end("y") + 1, "fact", "error", "fact.campaign_year",
                          f"年份与史实不符：{note}", None)


RULES = (campaign_year,)
