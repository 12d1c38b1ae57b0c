"""事实关: the date a law or regulation took effect (data/law_dates.tsv).

新修订的森林法…自2021年7月1日起施行 (it was 2020年7月1日); 2024年1月1日起施行的《粮食安全保障法》 (2024年6月1日).
A date is checked when it stands right after the law's name (自/于/从 …起施行) or right before it
(…起施行的《…》), with no other title in between. It is right when it is the effective date of any
version in the table; a date before the latest version was adopted is taken for an older version the
table may lack, unless the sentence says the law is the new one (新修订, 修订后) or the date is before the
law was first adopted (a version marked 通过).
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from ..dictionary import load_builtin
from ..model import Finding
from .fact import _match_date

_DATE = r"(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日"
# …森林法于2019年12月28日经十三届全国人大常委会第十五次会议审议通过，自2021年7月1日起施行; not 根据《安全生产法》，本办法自…
_AFTER = re.compile(r"》?(?![和及与、等])(?:(?!本(?:办法|规定|条例|细则|意见|通知|方案|决定|制度|规则|标准)|施行|实施)[^《》。；！？\n]){0,48}?"
                    r"(?:自|于|从)" + _DATE + r"起?(?:正式)?(?:施行|实施|生效)(?!(?!以来|后|的|之|至今)[\u4e00-\u9fff])")
_BEFORE = re.compile(_DATE + r"(?:起)?(?:正式)?(?:施行|实施|生效)的(?:新修订的|修订后的)?《?$")
_NEW = re.compile(r"新修订|修订后|新修正|修正后|新版")


@functools.lru_cache(maxsize=1)
def _table():
    """name -> [(adopted, effective, version)], and one regex of every name (longest first)."""
    laws: dict[str, list] = {}
    for r in load_builtin("law_dates.tsv").rows:
        names, adopted, effective, version = r[0], r[1], r[2], r[3] if len(r) > 3 else ""
        entry = (dt.date.fromisoformat(adopted), dt.date.fromisoformat(effective), version)
        for n in names.split("|"):
            laws.setdefault(n, []).append(entry)
    rx = re.compile("|".join(re.escape(n) for n in sorted(laws, key=len, reverse=True)))
    return laws, rx


def _is_cjk(c: str) -> bool:
    return c != "" and "\u4e00" <= c <= "\u9fff"


def _name_ends_here(text: str, e: int) -> bool:
    """The law's name is not the head of a longer one (森林法实施条例, 档案法律)."""
    c = text[e : e + 1]
    return not _is_cjk(c) or c in "自于从将已的等和及与规"


def law_dates(doc, kb):
    text = doc.text
    if "施行" not in text and "实施" not in text and "生效" not in text:
        return
    laws, rx = _table()
    for m in rx.finditer(text):
        before = text[m.start() - 1 : m.start()]
        if not _name_ends_here(text, m.end()) or _is_cjk(before) and before not in "的订正新":
            continue  # 省森林法…: a local law of the same name (not 新修订的森林法)
        d = _AFTER.match(text, m.end())
        if d is None:
            d = _BEFORE.search(text, max(0, m.start() - 24), m.start())
        if d is None:
            continue
        when = _match_date(d)
        if when is None:
            continue  # impossible dates are fact.date_invalid's
        versions = laws[m.group(0)]
        if any(when == eff for _, eff, _ in versions):
            continue
        latest = max(versions)
        sent = max(text.rfind(c, 0, m.start()) for c in "。！？；\n") + 1
        first = min(versions)
        unborn = "通过" in first[2] and when < first[0]  # 粮食安全保障法（2023年12月29日通过）自2023年6月1日起施行
        if when < latest[0] and not unborn and not _NEW.search(text, sent, max(m.end(), d.end())):
            continue  # an older version the table may lack
        right = latest[1]
        yield Finding(d.start("y"), d.end("d") + 1, "fact", "warning", "fact.law_date",
                      f"施行日期与法规不符：{m.group(0)}（{latest[2]}）自{right.year}年{right.month}月{right.day}日起施行，请核对",
                      f"{right.year}年{right.month}月{right.day}日")


RULES = (law_dates,)
