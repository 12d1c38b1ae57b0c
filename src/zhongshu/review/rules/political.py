"""政治关: leaders' names and titles, canonical formulations in fixed order.

Wrong wording of formulations, Taiwan/Hong Kong/Macao terms and outdated
formulations are dictionary entries (data/political_terms.tsv) found by the
dictionary scan; near-misses of three-character leader names are generated
into the same scan (knowledge.py). This module holds what needs context.
"""

from __future__ import annotations

import re

from ..document import after_last, first_of
from ..knowledge import leader_variants, near_name_message
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


_BODY_TITLE = re.compile(r"(?:副?书记|副?主任|副?总理|副?部长|外长|副?主席|委员长)$")


def _bodies(kb) -> dict:
    """Leader name -> the bodies of his offices (中央纪委书记 → 中央纪委; 国务院副总理 → 国务院)."""
    cached = getattr(kb, "_leader_bodies", None)
    if cached is None:
        cached = {ld.name: tuple(b for part in re.split(r"[、，,]", ld.note)
                                 if len(b := _BODY_TITLE.sub("", part.strip())) >= 3 and b != part.strip())
                  for ld in kb.leaders if not ld.custom}
        kb._leader_bodies = cached
    return cached


def short_leader_names(doc, kb):
    """Names that could be ordinary people's names (李强, 刘国中…): a near-miss
    only counts right next to a national title, or before 同志 in a sentence that names
    the leader's own body (二十届中央纪委五次全会…和李熙同志所作的工作报告: 中央纪委 → 李希);
    "同志" or a local title beside a namesake alone proves nothing."""
    pairs = _short_pairs(kb)
    if not pairs:
        return
    text = doc.text
    bodies = _bodies(kb)
    for m in re.finditer("同志", text):
        for a in (m.start() - 2, m.start() - 3):
            v = text[max(0, a) : m.start()]
            if a < 0 or v not in pairs:
                continue
            name, ch, alt = pairs[v]
            sent = text[after_last(text, "。；！？\n", a) : first_of(text, "。", m.end(), missing=len(text))]
            if any(b in sent for b in bodies.get(name, ())):
                yield Finding(a, m.start(), "political", "error", "political.leader_name", near_name_message(v, name, ch, alt), name)
                break
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
                yield Finding(a, b, "political", "error", "political.leader_name", near_name_message(v, name, ch, alt), name)
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


# 中央纪委赵乐际同志所作工作报告: a body named before a national leader who does not lead it now (leaders.tsv:
# the body that begins the leader's note)
_BODIES = ("中央纪委", "全国人大常委会", "全国政协", "国务院", "中央军委")


def leader_bodies(doc, kb):
    text = doc.text
    if "同志" not in text:
        return
    heads = {b: ld.name for b in _BODIES for ld in kb.leaders if not ld.custom and ld.note.startswith(b) and "副" not in ld.note}
    for ld in kb.leaders:
        if ld.custom:
            continue
        at = text.find(ld.name + "同志")
        while at >= 0:
            body = next((b for b in _BODIES if text.endswith(b, 0, at)), None)
            if body in heads and not ld.note.startswith(body):  # the head's own note starts with the body
                yield Finding(at, at + len(ld.name), "political", "error", "political.leader_title",
                              f"职务疑似不符：现任{body}主要负责同志为{heads[body]}同志，词典记载{ld.name}同志的职务为“{ld.note}”",
                              heads[body])
            at = text.find(ld.name + "同志", at + 1)


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


def _trie(words) -> str:
    """A regex matching any of ``words``, the longest first, as a trie (one branch per first character):
    much cheaper for ``re`` than a flat alternation of literals."""
    root: dict = {}
    for w in words:
        node = root
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}

    def emit(node) -> str:
        alts = [re.escape(c) + emit(node[c]) for c in sorted(k for k in node if k)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:
            return "(?:" + body + ")?"
        return body

    return emit(root)


def _formulation_index(kb):
    """Items → formulations, the list regex and the item splitter, built once per knowledge base."""
    cached = getattr(kb, "_formulation_index", None)
    if cached is not None and cached[0] is kb.formulations:
        return cached[1:]
    item_map: dict[str, list[int]] = {}
    for idx, (_name, items, _src) in enumerate(kb.formulations):
        for it in items:
            item_map.setdefault(it, []).append(idx)
    split = re.compile(_trie(item_map))
    kb._formulation_index = (kb.formulations, item_map, split)
    return item_map, split


_ITEM_SEPS = frozenset(("、", "，", ",", "和", "及", "以及", "与"))


def _item_runs(doc, split) -> list:
    """(start, end, items) of each run of two or more formulation items joined by a separator (a single ``re``
    of the items repeated with separators takes ~65 ms to compile; the runs are grouped here instead), made
    once per document for formulation_order and formulation_missing."""
    return doc.shared(_item_runs, lambda: list(_runs(doc.text, split)))


def _runs(text: str, split):
    run: list = []
    for m in split.finditer(text):
        if run and text[run[-1].end() : m.start()] not in _ITEM_SEPS:
            if len(run) > 1:
                yield run[0].start(), run[-1].end(), [x.group(0) for x in run]
            run = []
        run.append(m)
    if len(run) > 1:
        yield run[0].start(), run[-1].end(), [x.group(0) for x in run]


def _comma_pieces(text: str, start: int, found: list) -> list:
    """A run cut where a comma joins two items (牢固树立大局意识、政治意识、核心意识、看齐意识，坚持人民至上、生命至上: two
    formulations one after the other)."""
    pieces, cur, at = [], [], start
    for it in found:
        k = text.index(it, at)
        if cur and text[at:k] in ("，", ","):
            pieces.append((cur[0][0], at, [x for _, x in cur]))
            cur = []
        cur.append((k, it))
        at = k + len(it)
    pieces.append((cur[0][0], at, [x for _, x in cur]))
    return pieces


def formulation_order(doc, kb):
    """Items of a canonical formulation listed in a different order."""
    item_map, split = _formulation_index(kb)
    runs = []
    for start, end, found in _item_runs(doc, split):
        whole = set(item_map[found[0]]).intersection(*(item_map[it] for it in found[1:]))
        runs.extend([(start, end, found)] if whole or len(found) < 3 else _comma_pieces(doc.text, start, found))
    for start, end, found in runs:
        if len(found) < 3:
            continue
        head = next((k for k in range(len(found[0]) - 1) if found[0][k:] in item_map
                     and set(item_map[found[0][k:]]).intersection(*(item_map[it] for it in found[1:]))), 0)
        if head:  # 坚持党的领导、依法治国、人民当家作主: the first item read with a verb that is part of another item
            found = [found[0][head:], *found[1:]]
            start += head
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
        yield Finding(start, end, "political", "error", "political.formulation_order",
                      f"规范表述“{name}”的顺序应为：{'、'.join(items)}（{src}）", right)


# 倡导爱国、敬业、诚信、友爱 / 创新、协调、绿色、开发、共享: a list of exactly as many items as a fixed
# formulation (or one of its groups, e.g. the four values of each level of 社会主义核心价值观) with every
# item in its place but one, whose word has the length of the right one and is no item of it.
_FIXED_ITEMS = ("社会主义核心价值观", "社会主义核心价值观（国家层面）", "社会主义核心价值观（社会层面）", "社会主义核心价值观（个人层面）",
                "新发展理念", "四个自信", "四个意识", "四个伟大", "四风", "六稳", "六保", "三严三实", "群团组织三性")
_LIST_SEP = "、"


def _fixed_index(kb):
    cached = getattr(kb, "_fixed_items_index", None)
    if cached is not None and cached[0] is kb.formulations:
        return cached[1]
    table = [(name, items, src) for name, items, src in kb.formulations
             if name in _FIXED_ITEMS or len(items) >= 4 and all(len(it) >= 2 for it in items)
             or len(items) == 3 and all(len(it) >= 4 for it in items)]  # 矛盾不上交、平安不出事、服务不缺位
    # the list's first item or its second item, as a literal to find it by
    keys: dict[str, list[int]] = {}
    for i, (_n, items, _s) in enumerate(table):
        for it in items[:2]:
            keys.setdefault(it + _LIST_SEP, []).append(i)
    rx = re.compile(_trie(keys)) if keys else None
    kb._fixed_items_index = (kb.formulations, (table, keys, rx))
    return table, keys, rx


def _item_at(text: str, p: int, length: int, last: bool, tail: str = "") -> str | None:
    """The list item written at ``p`` where one of ``length`` characters belongs: up to the next 、 (the
    last item: up to the end of the Chinese run), when it is within one character of ``length`` (the last item of
    a quoted list: up to the closing quote, within three)."""
    if last:  # ends with the right item's last character (养老金融、互联网金融五篇大文章)
        e = next((e for e in (p + length, p + length + 1, p + length - 1) if text[e - 1 : e] == tail), -1)
        if e < 0:  # a quoted list whose last item is another (“…、全面依法治国、全面建成小康社会”战略布局)
            q = text.find("”", p, p + length + 4)
            if q > p + 1 and all("\u4e00" <= c <= "\u9fff" for c in text[p:q]):
                return text[p:q]
        if e < 0 or not all("\u4e00" <= c <= "\u9fff" for c in text[p:e]):
            return None
    else:
        e = text.find(_LIST_SEP, p, p + length + 2)
    if e < 0 or abs(e - p - length) > 1:
        return None
    return text[p:e]


_AFTER_LIST = ("要求", "原则", "机制", "制度", "责任制", "体系", "格局", "目标")  # 失职追责要求: the list is over


def formulation_items(doc, kb):
    table, keys, rx = _fixed_index(kb)
    if rx is None:
        return
    text = doc.text
    seen = set()
    for k in rx.finditer(text):
        for i in keys[k.group(0)]:
            name, items, src = table[i]
            pos = items.index(k.group(0)[:-1])
            start = k.start()
            for j in range(pos):  # the list starts this many items earlier
                start -= len(items[pos - 1 - j]) + 1
            if start < 0 or (start, i) in seen:
                continue
            seen.add((start, i))
            p, bad = start, []
            for idx, it in enumerate(items):
                word = text[p : p + len(it)]
                if word != it and idx:  # 养老金融、互联网金融: a wrong item may be one character longer or shorter
                    word = _item_at(text, p, len(it), idx == len(items) - 1, it[-1]) or word
                if word != it:
                    if any(word == other for other in items) or not all("\u4e00" <= c <= "\u9fff" for c in word):
                        bad = None
                        break
                    bad.append((idx, p, word))
                p += len(word)
                if idx < len(items) - 1:
                    if text[p : p + 1] != _LIST_SEP:
                        bad = None
                        break
                    p += 1
            if not bad or len(bad) != 1:
                continue
            if (start > 0 and text[start - 1] in "、和与及") or text[p : p + 1] in ("、", "和", "与", "及"):
                continue  # the list goes on: another list, not this formulation
            idx, at, word = bad[0]
            cjk = lambda c: "\u4e00" <= c <= "\u9fff"  # noqa: E731
            base = name.split("（")[0]
            named = any(len(base) - k >= 2 and text.startswith(base[k:], p) for k in range(len(base) - 1))
            if (idx == len(items) - 1 and p < len(text) and cjk(text[p]) and text[p] not in "的等" and not named
                    and not text.startswith(_AFTER_LIST, p)):
                continue  # 诚信、友好合作: the last word runs on (not into the formulation's name: …数字金融五篇大文章)
            if idx == 0 and start > 0 and cjk(text[start - 1]) and text[start - 1] not in "导是为即和及":
                continue  # the first word may be the end of a longer one
            if ("（" in name and text[start - 2 : start] != "倡导" and base not in text[max(0, start - 80) : start]
                    and base not in text[p : p + len(base) + 3]):
                continue  # a group of a longer formulation (富强、民主、文明、美丽): only after 倡导 or its name, or before it
            yield Finding(at, at + len(word), "political", "error", "political.formulation_item",
                          f"规范表述“{base}”中应为“{items[idx]}”，不是“{word}”（{'、'.join(items)}；{src}）", items[idx])


# 增强“四个意识”、坚定“四个自信”、做到“两个维护”: the three in this order (中共中央政治局会议，党的十九大以来的规范表述)
_TRIPLE = ("四个意识", "四个自信", "两个维护")
# (not across a comma: 坚决做到“两个维护”，增强“四个意识”、坚定“四个自信” are two clauses)
_TRIPLE_RX = re.compile(r"[“‘\"]?(四个意识|四个自信|两个维护)[”’\"]?(?:[^。；！？，\n“”]{0,6}?[“‘\"]?(四个意识|四个自信|两个维护)[”’\"]?)(?:[^。；！？，\n“”]{0,6}?[“‘\"]?(四个意识|四个自信|两个维护)[”’\"]?)?")


def triple_order(doc, kb):
    """增强“四个意识”、坚定“四个自信”、做到“两个维护” listed in another order (verbs between the items)."""
    for m in _TRIPLE_RX.finditer(doc.text) if "四个" in doc.text or "两个维护" in doc.text else ():
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
_LIST_VERB = re.compile(r"(?:引进|包括|涵盖|覆盖|面向|拓展|开拓|销往|远销|出口到|进口|赴|前往|来自|例如|诸如|比如|由|从|在|向|与|同|借鉴|考察|对标|参照|参考|学习)$")
_STATES = r"等(?:主要|重点|其他|周边|友好)?(?:\d+个|[一二三四五六七八九十几多]+个)?(?:主要|重点)?国家"
_AMONG_STATES = re.compile(_STATES + r"(?!和地区|及地区|与地区|或地区|（地区）|\(地区\)|[和及]台湾|[和及]港澳)")


# 美国、德国、新加坡、台湾等12个国家和地区: listed with foreign states, 台湾 is written 中国台湾 (or 台湾地区)
_AMONG_STATES_AND_REGIONS = re.compile(_STATES + r"(?:和|及|与)地区")
# 香港、澳门、台湾等国家和地区: a list of nothing but the three regions before 等…国家和地区 (ends at the 等)
_ONLY_REGIONS = re.compile(r"(?:(?:中国)?(?:香港|澳门|台湾|港澳台|港澳)(?:特别行政区|地区)?[、和及与]?)+(?=等)")


def region_among_states(doc, kb):
    text = doc.text
    if "国家" not in text:
        return
    for m in (_AMONG_STATES_AND_REGIONS.finditer(text) if "香港" in text or "澳门" in text or "台湾" in text else ()):
        clause_start = after_last(text, "，,。；;：:！？\n（(", m.start(), max(0, m.start() - 40))
        only = _ONLY_REGIONS.search(text, clause_start, m.start() + 1)
        if only and (only.start() == clause_start or text[only.start() - 1] not in "、和及与"):
            at = text.index("国家", m.start())
            yield Finding(at, m.end(), "political", "error", "political.region_as_state",
                          "所列只有香港、澳门、台湾，它们都不是国家，不能称“国家和地区”，应作“地区”（如“港澳台地区”）"
                          "（新华社禁用词和慎用词）", "地区")
            continue
        for r in re.finditer(r"(?<=[、和及])(?<!中国)(?P<r>台湾)(?!地区)(?=[、和及等])", text[clause_start : m.start() + 1]):
            yield Finding(clause_start + r.start(), clause_start + r.end(), "political", "warning", "political.region_as_state",
                          f"{r.group('r')}与外国并列时应称“中国{r.group('r')}”，以免被误读为国家（新华社禁用词和慎用词）", "中国" + r.group("r"))
    for m in _AMONG_STATES.finditer(text):
        lo = max(0, m.start() - 40)
        clause_start = after_last(text, "，,。；;：:！？\n（(", m.start(), lo)
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
        if (re.search(r"[\u4e00-\u9fff]{2}$", clause[: r.start()]) and clause[r.start() - 1] not in "、和及与"
                and not (tail.startswith("、") and _LIST_VERB.search(clause[: r.start()]))):
            continue  # 中国台湾 / 来自台湾的 …: not an item of the list (but 引进台湾、新加坡等国家: its first item)
        yield Finding(clause_start + r.start(), m.end(), "political", "error", "political.region_as_state",
                      f"“{r.group(0)}”不是国家，不能与国家并列称“…等国家”，应改为“…等国家和地区”（新华社禁用词和慎用词）",
                      text[clause_start + r.start() : m.end()] + "和地区")


# 团结动员广大职工为全面建设小康社会再立新功 in a document of 2021 or later: 全面建成小康社会 was declared achieved
# on 1 July 2021 (习近平《在庆祝中国共产党成立100周年大会上的讲话》); as a goal still to reach it is outdated
# (决胜全面建成小康社会 is a dictionary entry).
_XIAOKANG = re.compile(r"(?:(?:为|助力|奋力|夺取|推进|加快|确保|朝着|向着)(?:早日|如期)?"
                       r"|(?<=[\u4e00-\u9fff][，、])(?=全面建[成设]小康社会[，；、]))"  # …，全面建成小康社会，: one goal in a list of goals
                       r"(?P<goal>全面建设小康社会|全面建成小康社会)"
                       r"(?!的?(?:基础|历史|伟大|决定性|目标如期|目标已|胜利|第一个百年|以来|之后|后))")
_PAST_YEAR = re.compile(r"(?:19|20)\d\d年|曾|当年|那时|回顾|历史")
# 把打赢脱贫攻坚战作为全乡中心工作 in a document of 2021 or later: the fight was declared won on 25 February 2021
# (全国脱贫攻坚总结表彰大会); the task now is 巩固拓展脱贫攻坚成果 (坚决打赢脱贫攻坚战 is a political_terms entry).
_POVERTY = re.compile(r"(?:把|将|为|全力|奋力|确保|决战|聚力|以|继续|着力)(?P<goal>打赢脱贫攻坚战)"
                      r"(?!的?(?:胜利|以来|之后|后|成果|取得|收官|任务完成))")
# 实施更加积极的财政政策和稳健的货币政策 in a document of 2025 or later: the 2024 中央经济工作会议 set
# 适度宽松的货币政策 for 2025 (新华社2024年12月12日)
_MONETARY = re.compile(r"(?:积极的财政政策|实施|坚持|继续)[^。；！？\n]{0,12}?(?P<goal>稳健的货币政策)")
_GOALS = (
    (_MONETARY, "稳健的货币政策", 2025, "2024年12月中央经济工作会议提出2025年实施“适度宽松的货币政策”，"
                "“稳健的货币政策”作为现行表述已过时（叙述2024年以前的政策时不改）"),
    (_XIAOKANG, "小康社会", 2021, "全面建成小康社会已于2021年7月1日宣告实现，作为今后的奋斗目标已过时，应改用现行表述"
                "（如“全面建设社会主义现代化国家”“以中国式现代化全面推进强国建设、民族复兴伟业”）"),
    (_POVERTY, "脱贫攻坚", 2021, "脱贫攻坚战已于2021年2月25日宣告取得全面胜利，作为今后的任务已过时，"
               "应改为“巩固拓展脱贫攻坚成果”“守牢不发生规模性返贫底线”等现行表述"),
)


def outdated_goal(doc, kb):
    text = doc.text
    from .fact import _doc_year  # noqa: PLC0415
    for pattern, cue, first, message in _GOALS:
        if cue not in text:
            continue
        for m in pattern.finditer(text):
            sent = after_last(text, "。！？；\n", m.start())
            y = _PAST_YEAR.search(text, sent, m.start())
            if y and not (y.group(0)[:2] in ("19", "20") and int(y.group(0)[:4]) >= first):
                continue  # a past year or a look back: 2019年，全县上下为全面建成小康社会…
            year = _doc_year(text)  # cached per text
            if year is None or year < first:
                break
            yield Finding(m.start("goal"), m.end("goal"), "political", "warning", "political.outdated_goal", message, None)


# 辖区有来自香港、澳门的居民23户，社区为他们提供与大陆居民同等的…: opposite Hong Kong and Macao the rest of the
# country is 内地, not 大陆 (大陆 is the term opposite Taiwan) — 新华社《新闻信息报道中的禁用词和慎用词》.
_MAINLAND = re.compile(r"(?:大陆|国内)(?=居民|同胞|地区|城市|企业|学生|游客|市场|投资|人士|居住|就业|就学|创业|发展|生活)")
_HK_MACAO = re.compile(r"香港|澳门|港澳")
# 港澳居民…可享受与国内居民同等的便利: 国内 set against the people of Hong Kong and Macao (not 国内外, 国内市场 in a
# paragraph that names them in passing)
_HK_RESIDENTS = re.compile(r"(?:香港|澳门|港澳)(?:特别行政区)?(?:居民|同胞|青年|学生|人士|企业|投资者|游客|籍)")
_TAIWAN = re.compile(r"台湾|台胞|两岸|台资|台商|金门|马祖|澎湖")


# 深化国内与香港在…的合作: Hong Kong and Macao are in the country; opposite them the rest is 内地
_DOMESTIC_HK = re.compile(r"(?:国内|大陆)(?=(?:与|和|同|及)(?:香港|澳门|港澳))"
                          r"|(?<=香港与|香港和|香港同|香港及|澳门与|澳门和|澳门同|澳门及|港澳与|港澳和|港澳同|港澳及)(?:国内|大陆)(?![外])")


# 至香港、澳门的国际班轮航线: routes between the mainland and Hong Kong, Macao or Taiwan are not international ones
# (港澳航线, 对台航线/两岸航线; 新华社禁用词和慎用词: 香港、澳门、台湾不得与国家并列)
_ROUTE_ABROAD = re.compile(r"(?:至|往|往返|飞往|驶往|开往|直航)(?:香港|澳门|台湾|港澳)(?:(?:[、和及与])(?:香港|澳门|台湾))*(?:地区)?的?"
                           r"(?P<x>国际)(?=[\u4e00-\u9fff]{0,4}?(?:航线|班轮|航班|客运|货运|邮轮))")


def mainland_opposite_hk_macao(doc, kb):
    text = doc.text
    for m in (_ROUTE_ABROAD.finditer(text) if "国际" in text else ()):
        yield Finding(m.start("x"), m.end("x"), "political", "error", "political.region_as_state",
                      "内地与香港、澳门、台湾之间的航线、航班不是“国际”航线，应称“港澳航线”“对台航线”等（新华社禁用词和慎用词）", None)
    if "国内" in text or "大陆" in text:
        for m in _DOMESTIC_HK.finditer(text):
            yield Finding(m.start(), m.end(), "political", "error", "political.mainland_hk_macao",
                          "香港、澳门是中国的一部分，与之相对应时称“内地”，不称“国内”“大陆”（新华社禁用词和慎用词）", "内地")
    if "大陆" not in text and "国内" not in text:
        return
    for m in _MAINLAND.finditer(text):
        lo = max(text.rfind("\n", 0, m.start()), 0)
        hi = text.find("\n", m.end())
        para = text[lo : hi if hi >= 0 else len(text)]
        if _HK_MACAO.search(para) and not _TAIWAN.search(para) and (m.group(0) == "大陆" or _HK_RESIDENTS.search(para)):
            yield Finding(m.start(), m.end(), "political", "error", "political.mainland_hk_macao",
                          f"与香港、澳门相对应时称“内地”，不称“{m.group(0)}”（“大陆”与“台湾”相对应，香港、澳门也在国内；"
                          "新华社禁用词和慎用词）", "内地")


# 深入学习贯彻党的十九大和十九届历次全会精神 in a document of 2024: the guiding congress of a year is the latest one
# held (十八大 Nov 2012, 十九大 Oct 2017, 二十大 Oct 2022); a document of a year after the next congress names that one
_CONGRESS_YEAR = {"十七": 2007, "十八": 2012, "十九": 2017, "二十": 2022}
_GUIDED_BY = re.compile(r"(?:学习贯彻|贯彻落实|全面贯彻|深入贯彻|认真贯彻|学习宣传贯彻)(?:习近平新时代中国特色社会主义思想和)?(?:党的)?"
                        r"(?P<c>十[七八九])大(?:和十[七八九]届(?:历次|[一二三四五六七]中)全会)?精神")


def outdated_congress(doc, kb):
    text = doc.text
    if "大" not in text or "精神" not in text:
        return
    from .fact import _doc_year  # noqa: PLC0415
    for m in _GUIDED_BY.finditer(text):
        sent = after_last(text, "。！？；\n", m.start())
        nxt = _CONGRESS_YEAR[m.group("c")] + 5
        past = _PAST_YEAR.search(text, sent, m.start())
        if past and not (past.group(0)[:1].isdigit() and int(past.group(0)[:4]) > nxt) or "以来" in text[sent : m.start()]:
            continue  # 2018年，…学习贯彻党的十九大精神: history (not 2024年，…十九大: the year is after the next congress)
        year = _doc_year(text)  # cached per text
        if year is None:
            return
        if year > nxt:
            latest = max((k for k, y in _CONGRESS_YEAR.items() if y < year), key=_CONGRESS_YEAR.get)
            yield Finding(m.start("c"), m.end("c") + 1, "political", "warning", "political.outdated_congress",
                          f"文件成文于{year}年，党的{latest}大已于{_CONGRESS_YEAR[latest]}年召开，学习贯彻的应是党的{latest}大精神", f"{latest}大")


# a list of a fixed formulation's items, in order, with one left out: 马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”
# 重要思想、习近平新时代中国特色社会主义思想 (科学发展观); 经济建设、政治建设、文化建设、社会建设“五位一体” (生态文明建设).
# Reported when the list is closed — its first and last items are there, or the formulation's name follows it — or
# for the short ones always cited whole, when only the last is left out (道路自信、理论自信、制度自信: the 文化自信
# of the 四个自信 since 2016).
_CITED_WHOLE = frozenset(("四个自信", "四个意识", "四个全面"))
_LIST_GOES_ON = ("、", "和", "及", "与")


def formulation_missing(doc, kb):
    item_map, split = _formulation_index(kb)
    text = doc.text
    for start, end, found in _item_runs(doc, split):
        if len(found) < 2 or len(set(found)) != len(found):
            continue
        if text[end : end + 1] in _LIST_GOES_ON or text[start - 1 : start] in _LIST_GOES_ON:
            continue  # the list goes on with words of no formulation: another list
        best = None
        for idx in set(item_map[found[0]]).intersection(*(item_map[it] for it in found[1:])):
            name, items, src = kb.formulations[idx]
            if len(items) != len(found) + 1 or [it for it in items if it in found] != found:
                continue
            base = name.split("（")[0]
            after = text[end : end + len(base) + 1].lstrip("“\"")
            closed = (found[0] == items[0] and found[-1] == items[-1] and len(found) >= 3 or after.startswith(base)
                      or base in _CITED_WHOLE and found == list(items[:-1])
                      or text[start - 1 : start] == "“" and text[end : end + 1] == "”" and found == list(items[:-1])
                      # four or more long items (面向世界科技前沿、…、面向国家重大需求，): the list stops before its last (not
                      # 经济建设、政治建设、文化建设和社会建设 of 2007: short items, closed by 和)
                      or len(items) >= 4 and min(map(len, items)) >= 5 and found == list(items[:-1])
                      and text[end : end + 1] in ("，", "。", "；") and "和" not in text[start:end])
            # quoted, its first items: cited whole, the last left out (“管行业必须管安全、管业务必须管安全”)
            if closed and (best is None or idx < best[0]):
                best = (idx, base, items, src)
        if best is None:
            continue
        _, base, items, src = best
        gone = next(it for it in items if it not in found)
        yield Finding(start, end, "political", "error", "political.formulation_missing",
                      f"规范表述“{base}”缺少“{gone}”：应为{'、'.join(items)}（{src}）", "、".join(items))


# 出席：…省财政厅陈厅，省交通运输厅赵立群: a leader called by surname and the body's last character (陈厅, 王局), the
# spoken form, in a written list of bodies and people
_INFORMAL_TITLE = re.compile(r"(?P<t>厅|局|处|部|委)(?=[，、；。）\n])(?<=[厅局委办府部司][王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾"
                             r"肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤].)")
# (the body's last character is where re starts: a pattern that opens with a look-behind is tried at every position)


_TITLE_OF = {"厅": "厅长", "局": "局长", "处": "处长", "部": "部长", "委": "主任"}


def informal_titles(doc, kb):
    text = doc.text
    for m in _INFORMAL_TITLE.finditer(text):
        s, t = m.start() - 1, m.group("t")
        if text[s - 1] != t:
            continue  # the body's own last character comes back (省财政厅陈厅): not 交通局和局属
        yield Finding(s, m.end(), "political", "warning", "political.informal_title",
                      f"称谓不规范：“{text[s:m.end()]}”是口语称呼，公文中应写姓名或规范职务（如“{text[s]}××{_TITLE_OF[t]}”）", None)


# 第十四届全国人民代表大会第四次全体会议审议批准: a session of the 全国人民代表大会 (or of the 政协全国委员会) is its 第N次会议 (its
# plenary sittings are 第N次会议第M次全体会议); a plenary of a party committee is its 第N次全体会议 (全会), not 第N次会议
_SESSION = re.compile(r"届(?:(?P<cong>全国人民代表大会|全国人大|全国委员会)"
                      r"第[一二三四五六七八九十]{1,3}次(?P<full>全体)会议|(?P<party>中央委员会|委员会)第[一二三四五六七八九十]{1,3}次会议)")


def session_names(doc, kb):
    text = doc.text
    if "届" not in text:
        return
    for m in _SESSION.finditer(text):
        if m.group("full"):
            if text[m.end() - 10 : m.start()].endswith("次会议"):
                continue
            yield Finding(m.start("full"), m.end(), "political", "warning", "political.session_name",
                          "全国人民代表大会（政协全国委员会）每年一次的会议称“第×次会议”，“全体会议”是会议期间的各次大会；"
                          "“第×次全体会议”是党的委员会全会的称法", "会议")
        else:
            before = text[max(0, m.start() - 16) : m.start()]
            if "人民代表大会" in before or "政协" in before or "政治协商" in before or "人大" in before:
                continue  # 政协澜州市第十届委员会第五次会议, 市第十五届人民代表大会常务委员会第二十次会议
            yield Finding(m.start("party"), m.end(), "political", "warning", "political.session_name",
                          "党的委员会全会称“第×次全体会议”（如“二十届中央委员会第四次全体会议”），不称“第×次会议”", "全体会议")


# 十四届全国人大三次会议和全国政协十四届四次会议: the two sessions meet together each March, so in one sentence their
# ordinals agree (the 14th NPC and CPPCC were elected in 2023, the 13th in 2018, the 12th in 2013)
_TERM_FIRST = {"十二": 2013, "十三": 2018, "十四": 2023, "十五": 2028}
_NPC = re.compile(r"(?:第)?(?P<t>十[二三四五])届全国(?:人大|人民代表大会)(?:第)?(?P<k>[一二三四五])次会议")
_CPPCC = re.compile(r"(?:全国政协(?:第)?(?P<t>十[二三四五])届|(?:第)?(?P<t2>十[二三四五])届全国政协|政协第(?P<t3>十[二三四五])届全国委员会)(?:第)?(?P<k>[一二三四五])次会议")


# 农业科研机构及国立中兴大学、屏东科技大学: a Taiwan body named with 国立 (涉台用语: drop it, or quote the name)
_NATIONAL_TW = re.compile(r"国立(?=[\u4e00-\u9fff]{2,10}?(?:大学|学院|博物院|图书馆|美术馆|科学工艺博物馆|中央图书馆))")


def taiwan_national(doc, kb):
    text = doc.text
    if "国立" not in text or "台" not in text:
        return
    for m in _NATIONAL_TW.finditer(text):
        if text[max(0, m.start() - 1) : m.start()] in ("“", "\"", "‘"):
            continue  # “国立…大学”: quoted, as the rule allows
        yield Finding(m.start(), m.end(), "political", "error", "political.taiwan_term",
                      "涉台用语：台湾地区冠以“国立”的学校和文化机构，应去掉“国立”，或对其全称加引号", "")


def two_sessions(doc, kb):
    from .fact import _doc_year  # noqa: PLC0415

    text = doc.text
    if "全国政协" not in text and "全国委员会" not in text:
        return
    year = None
    for a in _NPC.finditer(text):
        sent_end = first_of(text, "。；\n", a.end(), missing=len(text))
        for b in _CPPCC.finditer(text, after_last(text, "。；\n", a.start()), sent_end):
            tb = b.group("t") or b.group("t2") or b.group("t3")
            if tb != a.group("t") or b.group("k") == a.group("k"):
                continue
            year = year or _doc_year(text)
            due = year - _TERM_FIRST[tb] + 1 if year else None
            due_cn = "一二三四五"[due - 1] if due and 1 <= due <= 5 else None
            wrong = a if a.group("k") != due_cn and b.group("k") == due_cn else b
            right = b if wrong is a else a
            yield Finding(wrong.start("k"), wrong.end("k"), "political", "warning", "political.session_name",
                          f"全国人大和全国政协每年同期召开会议，同一届次的会议次数相同：此处与“{right.group(0)}”不一致，请核对",
                          right.group("k"))


# 中共中央政治局委员、中央纪委书记李希: a member of the Standing Committee called a member of the Political Bureau only
# (二十届中央政治局常委，2022年10月二十届一中全会选举产生；换届后据实更新)
_STANDING = ("习近平", "李强", "赵乐际", "王沪宁", "蔡奇", "丁薛祥", "李希")
_MEMBER_BEFORE = re.compile(r"(?P<t>(?:中共)?中央政治局委员)(?P<rest>(?:、[^，。；：\n、]{2,16}?)?)(?P<name>" + "|".join(_STANDING) + ")")


def standing_committee(doc, kb):
    text = doc.text
    if "政治局委员" not in text:
        return
    for m in _MEMBER_BEFORE.finditer(text):
        yield Finding(m.start("t"), m.end("t"), "political", "error", "political.leader_title",
                      f"职务有误：{m.group('name')}同志是中共中央政治局常委，应写作“中共中央政治局常委”",
                      m.group("t").replace("委员", "常委"))


RULES = (informal_titles, short_leader_names, leader_titles, leader_bodies, formulation_order, formulation_items, formulation_missing, triple_order, region_among_states, outdated_goal, outdated_congress,
         mainland_opposite_hk_macao, session_names, standing_committee, two_sessions, taiwan_national)
