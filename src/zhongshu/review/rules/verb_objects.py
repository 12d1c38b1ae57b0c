"""语言关: a verb that does not take its object (加快通关便利化水平, 扩大我省的知名度, 吸收…事故教训), from
data/verb_objects.tsv: the verb of the object's row nearest before it in its clause decides; and two acts joined by
并 in the wrong order (完善并制定, 整改并发现), from data/verb_order.tsv."""

from __future__ import annotations

import functools
import re

from ..dictionary import load_builtin
from ..document import after_last
from ..model import Finding

_CLAUSE_MARKS = "，,。；;：:！？\n"
# a verb between them governs the object instead (加大投入，以提高…; 加强培训促进…水平)
_GAP_VERB = re.compile(r"使|让|促使|推动|促进|带动|确保|保障|实现|保持|助推|助力|以|从而|进而|为|把|将|对(?!象|接|照|比|称|口|手|策|话|外|应|标|账)")
_WINDOW = 20
_JOINED = re.compile(r"[和及与]")
_NOT_HAVE = frozenset("效力序关")  # 有效普及了…意识: the 有 of an adverb, no verb


@functools.lru_cache(maxsize=1)
def _table():
    rows = {}
    for r in load_builtin("verb_objects.tsv").rows:
        wrong, right = frozenset(r[1].split("|")), frozenset(r[2].split("|"))
        rows[r[0]] = (wrong, right, sorted(wrong | right, key=len, reverse=True), r[3], r[4])
    return rows, re.compile("|".join(sorted(map(re.escape, rows), key=len, reverse=True)))


def _nearest(window: str, verbs) -> tuple[int, str] | None:
    """The verb of ``verbs`` that ends last in ``window`` (the longer one on a tie), with its start."""
    best = None
    for v in verbs:
        i = window.rfind(v)
        while i >= 0 and window[i + len(v) : i + len(v) + 1] == "性":
            i = window.rfind(v, 0, i)  # 改善性住房需求, 提高性: an adjective in 性, no verb
        if i >= 0 and (best is None or i + len(v) > best[0] + len(best[1])):
            best = (i, v)
    return best


def verb_objects(doc, kb):
    text = doc.text
    rows, rx = _table()
    for m in rx.finditer(text):
        s, e = m.span()
        after = text[e : e + 1]
        if after and "\u4e00" <= after <= "\u9fff" and after not in "和及与并":
            continue  # part of a longer noun (水平线, 质量关) or an object of its own (高水平开放)
        if s and text[s - 1] in "和及与、高":
            continue  # the second of two objects (能力和水平) or 高水平
        wrong, right, verbs, sugg, why = rows[m.group(0)]
        clause = after_last(text, _CLAUSE_MARKS, s)
        lo = max(clause, s - _WINDOW)
        got = _nearest(text[lo:s], verbs)
        if got is None or got[1] not in wrong:
            continue
        vs = lo + got[0]
        ve = vs + len(got[1])
        gap = text[ve:s]
        if _GAP_VERB.search(gap) or _JOINED.search(gap):
            continue  # another verb governs it, or it is the second of two objects (提升预报精度和预警覆盖面)
        if got[1] == "召开" and "会" in gap:
            continue  # 召开座谈会、报告会等活动: what is 召开 is the meeting named in between
        if "的" in gap and (inner := _nearest(text[clause:vs], right)) and not (
                inner[1] == "有" and text[clause + inner[0] + 1 : clause + inner[0] + 2] in _NOT_HAVE):
            continue  # the verb is inside a modifier of the object: 营造人人关心创建、人人参与创建的浓厚氛围
        yield Finding(vs, e, "language", "warning", "language.collocation",  # the verb and its object, the verb replaced
                      f"搭配不当：“{got[1]}”与“{m.group(0)}”不搭配（{why}），宜作“{sugg}……{m.group(0)}”", sugg + text[ve:e])


@functools.lru_cache(maxsize=1)
def _order():
    pairs = {(r[1], r[0]): r[2] for r in load_builtin("verb_order.tsv").rows}  # (the later act, the earlier one) -> why
    later = "|".join(sorted({b for b, _ in pairs}, key=len, reverse=True))
    earlier = "|".join(sorted({a for _, a in pairs}, key=len, reverse=True))
    # 完善并制定, 认真研究和深入调查: the later act, 并/和/、, at most a two-character adverb, the earlier act
    return pairs, re.compile(rf"(?P<b>{later})(?P<j>并|和|、)(?P<adv>(?:认真|深入|及时|全面|切实|进一步|科学|广泛)?)(?P<a>{earlier})")


def verb_order(doc, kb):
    text = doc.text
    pairs, rx = _order()
    for m in rx.finditer(text):
        why = pairs.get((m.group("b"), m.group("a")))
        if why is None:
            continue
        right = f"{m.group('a')}{m.group('j')}{m.group('b')}"
        yield Finding(m.start(), m.end(), "language", "warning", "language.order",
                      f"语序不当：“{m.group(0)}”动作顺序颠倒（{why}），宜作“{right}”" if not m.group("adv") else
                      f"语序不当：“{m.group('b')}”与“{m.group('a')}”顺序颠倒（{why}）", right if not m.group("adv") else None)


RULES = (verb_objects, verb_order)
