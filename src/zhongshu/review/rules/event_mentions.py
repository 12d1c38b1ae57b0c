"""事实关: an event of data/events.tsv told in a clause that opens with its date.

fact.events checks a date written right next to the event's name (2024年7月15日召开的…, …于2024年7月召开).
A clause that opens with a date and tells the event later is as common:

* 2018年7月，习近平总书记在中央和国家机关党的建设工作会议上强调 — someone 在 the meeting 上;
* 1935年10月，红军三大主力在甘肃会宁会师 / 2013年12月，中央政治局审议通过中央八项规定 — the event done
  (会师, 审议通过, 出台…) in that clause;
* 落实2021年7月中央统战工作会议部署 — year and month right before the name, its 部署 or 精神 after it.

The words between the date and the name hold no digit and no other clause; a date followed by 以来, 后 or
前 is not the event's (2023年以来，…落实中央八项规定).

plan_sessions: a five-year plan's outline is approved at the fourth session of a National People's Congress
(“十四五”规划纲要: 十三届全国人大四次会议, 2021年3月; “十五五”: 十四届四次, 2026年3月); another session named
as approving it is a slip (十四届全国人大三次会议审议批准的“十五五”规划).
"""

from __future__ import annotations

import re

from ..document import after_last
from ..model import Finding
from .fact import _FULL_DATE, _date_ok, _event_index, _occurrence

_OPEN = re.compile(r"(?:^|(?<=[。；！？\n，,：:]))\s*(?:自|从|早在|于)?" + _FULL_DATE + r"(?!以来|后|前|底|末|初|之前|之后)[，,]?")
# who, then 在 (the meeting 上), or an act of adopting or meeting between the date and the name
_AT = re.compile(r"[^，,。；！？\n\d]{0,14}?在$")
_DONE = re.compile(r"[^，,。；！？\n\d]{0,16}?(?:审议通过|通过|出台|制定|印发|颁布|在[^，,。；！？\n\d]{1,6})(?:了)?(?:《)?$")
# 落实2021年7月中央统战工作会议部署: year and month right before the name, the meeting's 部署/精神 after it
_RIGHT_BEFORE = re.compile(r"(?<!\d)(?P<y>\d{4})年(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})日)?$")
_TAIL = re.compile(r"(?:的)?(?:部署|精神|上|要求|决策部署|重要讲话)")
_ACT_NAMES = ("全面胜利",)  # 2021年2月，脱贫攻坚战取得全面胜利: the name is the act itself, no verb between
_DONE_NAMES = ("会师", "八项规定", "余村", *_ACT_NAMES)  # events told by what was done (the name itself, what was adopted) or where


def event_mentions(doc, kb):
    text = doc.text
    rx, lookup, horizon = _event_index(tuple(kb.events))
    for a in rx.finditer(text):
        name = a.group(0)
        done = name.endswith(_DONE_NAMES)
        right_before = _RIGHT_BEFORE.search(text, max(0, a.start() - 12), a.start())
        if right_before and _TAIL.match(text, a.end()):
            yield from _check(right_before, lookup[name], horizon)
            continue
        if not done and not text.startswith("上", a.end()):
            continue
        clause = after_last(text, "。；！？\n", a.start())
        o = None
        for o in _OPEN.finditer(text, clause, a.start()):
            pass  # the last clause-opening date before the name
        if o is None:
            continue
        between = text[o.end() : a.start()]
        if any(c in between for c in "，,") or not (_DONE if done else _AT).match(between) and not (
                name.endswith(_ACT_NAMES) and len(between) <= 16):
            continue
        yield from _check(o, lookup[name], horizon)


def _check(o, occs, horizon):
    y = int(o.group("y"))
    mo = int(o.group("m")) if o.group("m") else None
    d = int(o.group("d")) if o.group("d") else None
    occ = _occurrence(occs, y, horizon)
    if occ is None:
        return
    start, end_date, note, _ = occ
    if not _date_ok(start, end_date, y, mo, d):
        end = (o.end("d") if d else o.end("m") if mo else o.end("y")) + 1
        yield Finding(o.start("y"), end, "fact", "error", "fact.event_date", f"日期与史实不符：{note}", None)


_PLAN_SESSION = re.compile(r"(?P<term>十[一二三四]|1[1-4])届全国人大(?P<k>[一二三四五])次会议[^。；！？\n，,]{0,10}?(?:审议)?(?:批准|通过)的?"
                           r"[^。；！？\n，,]{0,6}?[“\"]?(?P<plan>十[二三四五六]五)[”\"]?规划")
_TERM = {"十一": 11, "十二": 12, "十三": 13, "十四": 14}
_PLAN = {"十二五": 11, "十三五": 12, "十四五": 13, "十五五": 14, "十六五": 15}  # the congress whose fourth session approves it


def plan_sessions(doc, kb):
    text = doc.text
    if "届全国人大" not in text:
        return
    for m in _PLAN_SESSION.finditer(text):
        term = _TERM.get(m.group("term")) or int(m.group("term"))
        want = _PLAN.get(m.group("plan"))
        if want is None or (term, m.group("k")) == (want, "四"):
            continue
        right = f"{'十' + '一二三四五'[want - 11]}届全国人大四次会议"
        yield Finding(m.start(), m.end("k") + 3, "fact", "error", "fact.event_date",
                      f"会议届次与史实不符：“{m.group('plan')}”规划纲要由{right}审议批准", right)


RULES = (event_mentions, plan_sessions)
