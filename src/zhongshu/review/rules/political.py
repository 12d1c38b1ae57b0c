"""政治关: leaders' names and titles, canonical formulations in fixed order.

Wrong wording of formulations, Taiwan/Hong Kong/Macao terms and outdated
formulations are dictionary entries (data/political_terms.tsv) found by the
dictionary scan; near-misses of three-character leader names are generated
into the same scan (knowledge.py). This module holds what needs context.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..knowledge import leader_variants
from ..model import Finding

# Title words that can follow or precede a name; longest first for the regex.
TITLE_WORDS = sorted(
    {
        "总书记", "国家主席", "主席", "副主席", "国家副主席", "总理", "副总理", "委员长", "副委员长",
        "国务委员", "书记", "副书记", "部长", "副部长", "省长", "副省长", "市长", "副市长", "区长",
        "副区长", "县长", "副县长", "主任", "副主任", "局长", "副局长", "厅长", "副厅长", "秘书长",
        "副秘书长", "董事长", "总经理", "副总经理", "院长", "副院长", "校长", "副校长", "处长", "副处长",
        "科长", "副科长", "镇长", "副镇长", "乡长", "副乡长", "常委", "委员",
    },
    key=len,
    reverse=True,
)
_TITLE_AFTER = re.compile("(?:" + "|".join(TITLE_WORDS) + ")")
_NATIONAL_TITLES = {"总书记", "国家主席", "主席", "副主席", "国家副主席", "总理", "副总理", "委员长", "副委员长", "国务委员"}
_NEUTRAL = ("同志", "先生", "女士", "等", "在", "强调", "指出", "主持", "出席", "讲话", "的")


_NATIONAL_RX = re.compile("总书记|国家主席|国家副主席|副主席|主席|副总理|总理|委员长|国务委员")


def _short_pairs(kb) -> dict:
    cached = getattr(kb, "_short_pairs", None)
    if cached is not None:
        return cached
    names = {ld.name for ld in kb.leaders}
    out = {}
    for ld in kb.leaders:
        if not ld.anywhere and not ld.custom:
            for v, ch, alt in leader_variants(ld.name, kb.name_alts):
                if v not in names:
                    out[v] = (ld.name, ch, alt)
    kb._short_pairs = out
    return out


def short_leader_names(doc, kb):
    """Names that could be ordinary people's names (李强, 刘国中…): a near-miss
    only counts right next to a national title ("同志" or a local title beside
    a namesake proves nothing)."""
    pairs = _short_pairs(kb)
    if not pairs:
        return
    text = doc.text
    seen = set()
    for m in _NATIONAL_RX.finditer(text):
        s, e = m.start(), m.end()
        for a, b in ((s - 3, s), (s - 2, s), (e, e + 3), (e, e + 2)):
            if a < 0 or (a, b) in seen:
                continue
            v = text[a:b]
            if v in pairs:
                seen.add((a, b))
                name, ch, alt = pairs[v]
                yield Finding(a, b, "political", "error", "political.leader_name",
                              f"领导姓名疑似写错：“{v}”与“{name}”只差一字（“{alt}”应为“{ch}”），这是最严重的差错", name)
                break


def leader_titles(doc, kb):
    """A leader's name followed by a title he or she does not hold, and
    one-character near-misses of custom (本单位) leaders next to their title."""
    text = doc.text
    for ld in kb.leaders:
        if not ld.titles:
            continue
        n = len(ld.name)
        at = text.find(ld.name)
        while at >= 0:
            after = text[at + n : at + n + 6]
            m = _TITLE_AFTER.match(after)
            if m and not any(after.startswith(t) for t in ld.titles) and not after.startswith(_NEUTRAL):
                title = m.group(0)
                if not ld.custom and title not in _NATIONAL_TITLES:
                    at = text.find(ld.name, at + n)
                    continue  # a namesake with a local title, not the national leader
                if True:
                    yield Finding(at + n, at + n + len(title), "political", "warning", "political.leader_title",
                                  f"职务疑似不符：词典记载“{ld.name}”的职务为“{'、'.join(ld.titles)}”，此处写作“{title}”",
                                  ld.titles[0])
            at = text.find(ld.name, at + n)
        if ld.custom and n >= 2:
            yield from _custom_near_miss(text, ld, kb)


def _custom_near_miss(text, ld, kb):
    names = {x.name for x in kb.leaders}
    n = len(ld.name)
    for title in ld.titles:
        at = text.find(title)
        while at >= 0:
            s = at - n
            cand = text[s:at] if s >= 0 else ""
            if (
                len(cand) == n
                and cand != ld.name
                and cand not in names
                and cand[0] == ld.name[0]
                and sum(a != b for a, b in zip(cand, ld.name)) == 1
                and all("\u4e00" <= c <= "\u9fff" for c in cand)
            ):
                yield Finding(s, at, "political", "error", "political.leader_name",
                              f"本单位领导姓名疑似写错：“{cand}{title}”，词典记载为“{ld.name}{title}”", ld.name)
            at = text.find(title, at + len(title))


@lru_cache(maxsize=8)
def _formulation_regex(items: tuple) -> re.Pattern:
    alts = "|".join(re.escape(i) for i in sorted(items, key=len, reverse=True))
    return re.compile(f"(?:{alts})(?:(?:、|，|,|和|及|以及|与)(?:{alts}))+")


def formulation_order(doc, kb):
    """Items of a canonical formulation listed in a different order."""
    item_map: dict[str, list[int]] = {}
    for idx, (_name, items, _src) in enumerate(kb.formulations):
        for it in items:
            item_map.setdefault(it, []).append(idx)
    rx = _formulation_regex(tuple(item_map))
    split = re.compile("|".join(re.escape(i) for i in sorted(item_map, key=len, reverse=True)))
    for m in rx.finditer(doc.text):
        found = split.findall(m.group(0))
        if len(found) < 3:
            continue
        candidates = set(item_map[found[0]])
        for it in found[1:]:
            candidates &= set(item_map[it])
        if not candidates:
            continue
        ok = False
        for idx in candidates:
            order = [kb.formulations[idx][1].index(it) for it in found]
            if order == sorted(order) and len(set(order)) == len(order):
                ok = True
                break
        if ok:
            continue
        idx = min(candidates)
        name, items, src = kb.formulations[idx]
        right = "、".join(sorted(found, key=items.index))
        yield Finding(m.start(), m.end(), "political", "error", "political.formulation_order",
                      f"规范表述“{name}”的顺序应为：{'、'.join(items)}（{src}）", right)


# 增强“四个意识”、坚定“四个自信”、做到“两个维护”: the three in this order (中共中央政治局会议，党的十九大以来的规范表述)
_TRIPLE = ("四个意识", "四个自信", "两个维护")
_TRIPLE_RX = re.compile(r"[“‘\"]?(四个意识|四个自信|两个维护)[”’\"]?(?:[^。；！？\n“”]{0,6}?[“‘\"]?(四个意识|四个自信|两个维护)[”’\"]?)(?:[^。；！？\n“”]{0,6}?[“‘\"]?(四个意识|四个自信|两个维护)[”’\"]?)?")


def triple_order(doc, kb):
    """增强“四个意识”、坚定“四个自信”、做到“两个维护” listed in another order (verbs between the items)."""
    for m in _TRIPLE_RX.finditer(doc.text):
        found = [g for g in m.groups() if g]
        if len(set(found)) != len(found):
            continue
        order = [_TRIPLE.index(g) for g in found]
        if order == sorted(order):
            continue
        yield Finding(m.start(), m.end(), "political", "error", "political.formulation_order",
                      "规范表述顺序应为：增强“四个意识”、坚定“四个自信”、做到“两个维护”", None)


# 日本、韩国、台湾等国家 / 英国、新加坡、台湾等国家: 台湾, 香港 and 澳门 listed among 国家 (新华社
# 《新华社新闻信息报道中的禁用词和慎用词》: 不得将香港、澳门、台湾与国家并列; write 国家和地区).
_REGION = re.compile(r"(?<!中国)(?:台湾|香港|澳门|港澳台|港澳)(?:地区)?")
_AMONG_STATES = re.compile(r"等(?:\d+个|[一二三四五六七八九十几多]+个)?国家(?!和地区|及地区|与地区|或地区|（地区）|\(地区\)|[和及]台湾|[和及]港澳)")


def region_among_states(doc, kb):
    text = doc.text
    if "国家" not in text:
        return
    for m in _AMONG_STATES.finditer(text):
        lo = max(0, m.start() - 40)
        clause_start = max(text.rfind(c, lo, m.start()) for c in "，,。；;：:！？\n（(") + 1
        clause = text[clause_start : m.start()]
        if "、" not in clause and "和" not in clause and "及" not in clause:
            continue  # a list: 日本、韩国、台湾等国家
        r = None
        for r in _REGION.finditer(clause):
            pass
        if r is None:
            continue
        tail = clause[r.end():]
        if tail and not tail.startswith(("、", "和", "及", "等")) and not re.match(r"[、和及]", tail):
            continue
        if re.search(r"[\u4e00-\u9fff]{2}$", clause[: r.start()]) and clause[r.start() - 1] not in "、和及与":
            continue  # 中国台湾 / 来自台湾的 …: not an item of the list
        yield Finding(clause_start + r.start(), m.end(), "political", "error", "political.region_as_state",
                      f"“{r.group(0)}”不是国家，不能与国家并列称“…等国家”，应改为“…等国家和地区”（新华社禁用词和慎用词）",
                      text[clause_start + r.start() : m.end()] + "和地区")


RULES = (short_leader_names, leader_titles, formulation_order, triple_order, region_among_states)
