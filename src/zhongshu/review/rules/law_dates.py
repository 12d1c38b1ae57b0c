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
from ..document import after_last
from ..model import Finding
from .fact import YEAR_NAMED, _match_date, cn_number, named_year
from .format import _to_cn

_DATE = r"(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日"
# …森林法于2019年12月28日经十三届全国人大常委会第十五次会议审议通过，自2021年7月1日起施行; not 根据《安全生产法》，本办法自…
_AFTER = re.compile(r"》?(?![和及与、等])(?:(?!本(?:办法|规定|条例|细则|意见|通知|方案|决定|制度|规则|标准)|施行|实施)[^《》。；！？\n]){0,48}?"
                    r"(?:自|于|从|[（(]|(?<=修正|修订|通过|公布)[，,])" + _DATE + r"起?(?:正式)?(?:施行|实施|生效)(?!(?!以来|后|的|之|至今)[\u4e00-\u9fff])")
_BEFORE = re.compile(_DATE + r"(?:起)?(?:正式)?(?:施行|实施|生效)的(?:新修订的|修订后的)?《?$")
_GATE = re.compile(r"施行|实施|生效|印发|发布|公布|出台|颁布")
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


_NEXT_TITLE = re.compile(r"的(?:新修订的|修订后的)?《")


def _name_ends_here(text: str, e: int) -> bool:
    """The law's name is not the head of a longer one (森林法实施条例, 档案法律)."""
    c = text[e : e + 1]
    return not _is_cjk(c) or c in "自于从将已的等和及与规关第"  # (民营经济促进法关于…的规定, 刑法第…条)


def law_dates(doc, kb):
    text = doc.text
    if not _GATE.search(text):
        return
    laws, rx = _table()
    for m in rx.finditer(text):
        before = text[m.start() - 1 : m.start()]
        if not _name_ends_here(text, m.end()) or _is_cjk(before) and before not in "的订正新行":
            continue  # 省森林法…: a local law of the same name (not 新修订的森林法, 现行土地管理法)
        d = _AFTER.match(text, m.end())
        if d is not None and _NEXT_TITLE.match(text, d.end()):
            d = None  # 《档案法》关于…的要求和自2024年3月1日起施行的《档案法实施条例》: the date is the next title's
        if d is None:
            d = _BEFORE.search(text, max(0, m.start() - 24), m.start())
        if d is not None:
            yield from _effective(text, m.group(0), m.start(), m.end(), d)
        else:
            yield from _issued(text, m)


_ADOPTED = re.compile(_DATE + r"(?:第[一二三四五六七八九十]+次)?(?:修正|修订|通过|公布|颁布)")


def _unborn(versions, when: dt.date) -> bool:
    """A date before the first version, when the table has the first (粮食安全保障法（2023年12月29日通过）自2023年6月1日起施行)."""
    first = min(versions)
    return any(w in first[2] for w in ("通过", "首次", "印发")) and when < first[0]


def _effective(text: str, name: str, start: int, end: int, d):
    when = _match_date(d)
    if when is None:
        return  # impossible dates are fact.date_invalid's
    versions = _table()[0][name]
    if any(when == eff for _, eff, _ in versions):
        return
    latest = max(versions)
    sent = after_last(text, "。！？；\n", start)
    a = _ADOPTED.search(text, sent, d.start("y"))
    adopted = _match_date(a) if a else None
    numbered = _numbered_version(text, name, start, d.start("y"))
    if adopted is not None and when < adopted:  # 于2019年8月26日修正，自2019年1月1日起施行: in force before it was made
        latest = next((v for v in versions if v[0] == adopted), latest)
    elif numbered is not None:  # 《城镇燃气管理条例》（国务院令第583号，自2012年3月1日起施行）: the version the number names
        latest = numbered
    elif when < latest[0] and not _unborn(versions, when) and not _NEW.search(text, sent, max(end, d.end())):
        return  # an older version the table may lack
    right = latest[1]
    yield Finding(d.start("y"), d.end("d") + 1, "fact", "warning", "fact.law_date",
                  f"施行日期与法规不符：{name}（{latest[2]}）自{right.year}年{right.month}月{right.day}日起施行，请核对",
                  f"{right.year}年{right.month}月{right.day}日")


def _numbered_version(text: str, name: str, start: int, end: int):
    """The version (adopted, effective, note) whose document number is cited between the name and its date, or None."""
    cited = _NUMBER.search(text, start, end)
    if cited is None:
        return None
    for a, e, m, v in _numbered_versions().get(name, ()):
        if m.group(0) == cited.group(0):
            return a, e, v
    return None


# 2021年印发的《关于全面推进紧密型县域医疗卫生共同体建设的指导意见》, 《中央生态环境保护督察工作规定》（2017年印发）: the year a
# text was issued against the table's versions
_ISSUED_BEFORE = re.compile(r"(?P<y>\d{4})年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:印发|发布|出台|颁布|公布)(?:的《?|了?《)$")
_ISSUED_AFTER = re.compile(r"》?[（(](?P<y>\d{4})年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:印发|发布|出台|颁布|公布)[）)]")


# 《统计法》自1985年颁布实施以来: the year it was first adopted or took effect
_SINCE = re.compile(r"》?自(?P<y>\d{4})年(?:颁布|公布|出台|印发|制定)(?:实施|施行)?以来")


def _issued(text: str, m):
    y = _ISSUED_AFTER.match(text, m.end()) or _ISSUED_BEFORE.search(text, max(0, m.start() - 16), m.start())
    versions = _table()[0][m.group(0)]
    first = min(versions)
    if y is None:
        s = _SINCE.match(text, m.end())
        if s is not None and ("通过" in first[2] or "首次" in first[2]) and int(s.group("y")) not in (first[0].year, first[1].year):
            yield Finding(s.start("y"), s.end("y") + 1, "fact", "warning", "fact.law_date",
                          f"颁布年份与法规不符：《{m.group(0)}》于{first[0].year}年{first[0].month}月通过（公布），"
                          f"{first[1].year}年{first[1].month}月{first[1].day}日起施行，请核对", f"{first[0].year}年")
        return
    year = int(y.group("y"))
    if any(a.year == year for a, _, _ in versions):
        return
    latest = max(versions)
    if year < latest[0].year and not _unborn(versions, dt.date(year, 12, 31)):
        return  # an older version the table may lack
    yield Finding(y.start("y"), y.end("y") + 1, "fact", "warning", "fact.law_date",
                  f"印发（公布）年份与文件不符：《{m.group(0)}》"
                  + (f"于{first[0].year}年{first[0].month}月印发（公布）" if latest is first else
                     f"首次于{first[0].year}年{first[0].month}月公布，现行版本为{latest[0].year}年{latest[0].month}月") + "，请核对",
                  f"{latest[0].year}年" if year > latest[0].year or latest is first else None)


# 该条例自2020年5月1日起施行: the law named last before it, of the kind 该 names
_BACK = re.compile(r"(?:该|此|这一?|上述)(?P<kind>条例|法律|法|规定|办法|细则|准则|决定|意见)(?:于[^。；！？\n]{4,60}?通过[，,]\s*)?(?:已|将)?(?:自|于|从)" + _DATE
                   + r"起?(?:正式)?(?:施行|实施|生效)")


def law_back_reference(doc, kb):
    text = doc.text
    if "施行" not in text and "实施" not in text and "生效" not in text:
        return
    for b in _BACK.finditer(text):
        kind = "法" if b.group("kind") == "法律" else b.group("kind")
        names = [n for n in _table()[1].finditer(text, max(0, b.start() - 160), b.start())
                 if n.group(0).endswith(kind) and _name_ends_here(text, n.end())]
        if names:
            yield from _effective(text, names[-1].group(0), names[-1].start(), b.end(), b)


_NUMBER = re.compile(r"(?P<who>[\u4e00-\u9fff]{1,12}令)第(?P<n>\d+)号|(?P<code>[\u4e00-\u9fff]{1,8})〔(?P<y>\d{4})〕(?P<k>\d+)号")
_CITED = re.compile(r"》\s*[（(]\s*(?:" + _NUMBER.pattern + r")\s*[）)]")


_HISTORY = re.compile(r"原|旧|修订前|当时|时任|曾|此前|以前|之前")


@functools.lru_cache(maxsize=1)
def _numbered_versions() -> dict[str, list]:
    """name -> [(adopted, effective, number match, version)] of its versions with a document number (国务院令第722号,
    中办发〔2012〕14号; one to a version), oldest first."""
    out: dict[str, list] = {}
    for name, versions in _table()[0].items():
        nums = sorted(((a, e, m, v) for a, e, v in versions for m in [_NUMBER.search(v)] if m), key=lambda t: (t[0], t[1]))
        if nums:
            out[name] = nums
    return out


def _one_slip(a: str, b: str) -> bool:
    """Two digit strings one keystroke apart: one digit changed, or two neighbours swapped."""
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 1 or len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _key(m) -> tuple:
    """(kind, digits) of a document number: ('国务院令', '722') or ('中办发', '2012', '14')."""
    return (m.group("who")[-4:], m.group("n")) if m.group("n") else (m.group("code"), m.group("y"), m.group("k"))


def _near(got: tuple, right: tuple) -> bool:
    if got[0] != right[0] or len(got) != len(right):
        return False
    if len(got) == 2:
        return _one_slip(got[1], right[1])
    return got[2] == right[2] and _one_slip(got[1], right[1]) or got[1] == right[1] and _one_slip(got[2], right[2])


def cited_numbers(doc, kb):
    """《优化营商环境条例》（国务院令第723号）: a cited number one keystroke off the regulation's own (第722号),
    or its 〔year〕 one off with the same serial number. Only such near slips: a version the table lacks has
    a number of its own."""
    text = doc.text
    if "号" not in text or "》" not in text:
        return
    numbered = _numbered_versions()
    for c in _CITED.finditer(text):
        title = text[text.rfind("《", 0, c.start()) + 1 : c.start()]
        k = title.find("关于", 0, 20)
        versions = numbered.get(title) or k > 0 and numbered.get(title[k:])  # 《国务院关于…的意见》: the table has 关于…
        if not versions:
            continue
        got = _key(c)
        start = c.start("who") if c.group("n") else c.start("code")
        end = c.end("n") + 1 if c.group("n") else c.end("k") + 1
        old = next((v for v in versions if _key(v[2]) == got), None)
        if old is not None:
            latest = [v for v in versions if "修改决定" not in v[3]][-1]  # an amending decision leaves the text its number
            sent = text[after_last(text, "。；！？\n", c.start()) : c.start()]
            if old is not latest and not _HISTORY.search(sent) and not re.search(r"(?:19|20)\d\d年", sent):
                yield Finding(start, end, "policy", "warning", "policy.repealed",
                              f"引用了已被修订的文本：该文件已于{latest[0].year}年{latest[0].month}月修订，现行文本为“{latest[2].group(0)}”，"
                              f"文中为“{text[start:end]}”（{old[0].year}年版），请核对", latest[2].group(0))
            continue
        right = next((v[2].group(0) for v in versions if _near(got, _key(v[2]))
                      or c.group("n") and v[2].group("n") == c.group("n") and v[2].group("who") != c.group("who")), None)
        if right:
            yield Finding(start, end, "policy", "warning", "policy.document_number",
                          f"文号与所引文件不符：该文件的文号是“{right}”，文中为“{text[start:end]}”，请核对", right)


# 《反家庭暴力法》施行十周年, 民法典颁布5周年: counted from the year the law took effect or was adopted
_ANNIV = re.compile(r"(?P<verb>颁布|公布|施行|实施|通过|出台)(?:以来)?(?P<n>\d{1,3}|[一二三四五六七八九十]{1,3})周年")
_ANNIV_YEAR = re.compile(YEAR_NAMED + r"(?!\d)")  # not the year of a full date (2026年3月1日)


@functools.lru_cache(maxsize=1)
def _name_at_end():
    """The longest name of the table that ends a string (the earliest start that matches to its end)."""
    return re.compile("(?:" + _table()[1].pattern + ")$")


def law_anniversaries(doc, kb):
    text = doc.text
    if "周年" not in text:
        return
    laws = _table()[0]
    for m in _ANNIV.finditer(text):
        name = _name_at_end().search(text[max(0, m.start() - 40) : m.start()].rstrip("》"))
        n = cn_number(m.group("n"))
        if name is None or n is None:
            continue
        versions = laws[name.group(0)]
        sent = after_last(text, "。！？；\n", m.start())
        dated = [y for y in _ANNIV_YEAR.finditer(text, sent, m.start()) if not (y.group("y") and text[y.end() : y.end() + 1] in "—－-至")]
        year = named_year(text, dated[-1] if dated else None)
        if year is None:
            continue
        took_effect = m.group("verb") in ("施行", "实施")
        wants = {year - (eff if took_effect else adopted).year for adopted, eff, _ in versions}
        if any(w > 0 and n in (w, w + 1) for w in wants) or all(w <= 0 for w in wants):
            continue
        adopted, eff, _ = min(versions)
        since = (eff if took_effect else adopted).year
        yield Finding(m.start("n"), m.end("n") + 2, "fact", "error", "fact.anniversary",
                      f"周年数不符：{name.group(0)}于{since}年{m.group('verb')}，到{year}年是{year - since}周年", f"{year - since}周年")


# 2023年6月28日第十三届全国人民代表大会常务委员会第三次会议通过: the term of the NPC (and of the CPPCC's National
# Committee) sitting on a date. A term runs from the first session of its congress, early in March of every fifth
# year from 1998, to the first session of the next.
_TERM_DATE = re.compile(r"(?P<y>(?:19|20)\d\d)年(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})日)?[^\d。；！？\n]{0,6}?"
                        r"(?:中国人民政治协商会议)?第?(?P<n>[一二三四五六七八九十]{1,3})届"
                        r"(?P<body>全国人民代表大会|全国人大|全国委员会|全国政协)")
_FIRST_TERM_YEAR, _FIRST_TERM = 1998, 9  # the 9th NPC and CPPCC met first in March 1998


def _sitting_term(y: int, m: int, d: int | None) -> int | None:
    """The term sitting on the date; None in the first half of March of a congress year (its first session's days)."""
    if y < _FIRST_TERM_YEAR:
        return None
    k, r = divmod(y - _FIRST_TERM_YEAR, 5)
    if r == 0 and m == 3 and (d is None or d <= 15):
        return None
    return _FIRST_TERM + k - (r == 0 and m < 3)


def npc_terms(doc, kb):
    """A date and the term of the NPC or CPPCC written with it that was not sitting then."""
    text = doc.text
    if "届全国" not in text:
        return
    for m in _TERM_DATE.finditer(text):
        term = _sitting_term(int(m.group("y")), int(m.group("m")), int(m.group("d")) if m.group("d") else None)
        n = cn_number(m.group("n"))
        if term is None or n is None or n == term:
            continue
        right = _to_cn(term)
        yield Finding(m.start("n"), m.end("n"), "policy", "warning", "policy.law_citation",
                      f"届次与日期不符：{m.group('y')}年{m.group('m')}月在任的是第{right}届{m.group('body')}，不是第{m.group('n')}届", right)


RULES = (law_dates, law_back_reference, cited_numbers, law_anniversaries, npc_terms)
