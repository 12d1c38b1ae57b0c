"""Everything the rules know, built once from ``data/`` and custom dictionaries."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .dictionary import CustomDict, load_builtin, load_custom, parse_table
from .matcher import PhraseMatcher


@dataclass(frozen=True, slots=True)
class Hit:
    """Payload of a dictionary pattern: what to report when it is found."""

    category: str
    severity: str
    rule: str
    message: str
    suggestion: str | None


@dataclass
class Leader:
    name: str
    titles: tuple[str, ...]
    note: str
    custom: bool = False
    anywhere: bool = False


@dataclass
class Knowledge:
    phrases: PhraseMatcher
    leaders: list[Leader]
    name_alts: dict[str, str]  # char -> sound/shape-alike chars, for names
    formulations: list[tuple[str, tuple[str, ...], str]]
    events: list[tuple[tuple[str, ...], tuple[int, int, int], str, str]]
    anniversaries: list[tuple[tuple[str, ...], int, str]]
    reduplicable: frozenset[str]
    allow: list[str] = field(default_factory=list)
    law_revisions: dict[str, tuple[tuple[int, ...], str]] = field(default_factory=dict)
    words2: frozenset = frozenset()  # two-character words, to tell 设施实施实时 from 贯彻贯彻
    entry_count: int = 0
    idiom_count: int = 0
    nearmiss: object = None  # rules.nearmiss.NearMissIndex, or None when the detector is off

    # ------------------------------------------------------------------
    @classmethod
    def build(cls, extra_dicts: list, nearmiss: bool = False, homophone: bool = False) -> "Knowledge":
        phrases = PhraseMatcher()
        count = 0
        for name in PHRASE_FILES:
            count += _load_phrase_file(phrases, load_builtin(name))
        idioms, gen = _load_idioms(phrases)
        count += gen
        leaders = [
            Leader(r[0], tuple(t for t in r[1].split("|") if t), r[2] if len(r) > 2 else "",
                   anywhere=len(r) > 3 and r[3] == "anywhere")
            for r in load_builtin("leaders.tsv").rows
        ]
        name_alts: dict[str, str] = {}
        for r in load_builtin("name_chars.tsv").rows:
            name_alts[r[0]] = name_alts.get(r[0], "") + r[1]
        formulations = [
            (r[0], tuple(r[1].split("、")), r[2]) for r in load_builtin("formulations.tsv").rows
        ]
        events = []
        for r in load_builtin("events.tsv").rows:
            y, m, d = (int(x) for x in r[1].split("-"))
            # the note's （来源：…） / （据记忆…） is provenance for maintainers, not part of the message
            events.append((tuple(r[0].split("|")), (y, m, d), r[2], re.sub(r"（(?:来源|据记忆).*$", "", r[3])))
        anniversaries = [
            (tuple(r[0].split("|")), int(r[1]), r[2]) for r in load_builtin("anniversaries.tsv").rows
        ]
        redup = frozenset(w for r in load_builtin("reduplication_ok.tsv").rows for w in r[0].split("、"))
        kb = cls(phrases, leaders, name_alts, formulations, events, anniversaries, redup)
        for r in load_builtin("law_revisions.tsv").rows:
            years = tuple(int(y) for y in r[1].split(","))
            for name in r[0].split("|"):
                # the note's 核对/据记忆 part is provenance for maintainers, not a message for the user
                note = re.split(r"[；;](?:核对|据记忆|其余|未核)", r[2])[0] if len(r) > 2 else ""
                kb.law_revisions[name] = (years, note)
        count += len(kb.law_revisions)
        if nearmiss:
            from .rules.nearmiss import build_index  # noqa: PLC0415

            kb.nearmiss = build_index()
        if kb.nearmiss is not None:  # the same jieba word list, already parsed and cached
            kb.words2 = frozenset(w for w, f in kb.nearmiss.freq.items() if f >= 30 and len(w) == 2)
        else:
            kb.words2 = _two_char_words()
        if homophone:
            from .rules.homophone import load_index  # noqa: PLC0415

            load_index()  # the real-word homophone data (cached per process): counted in the start-up, not in the first review
        custom = CustomDict()
        for path in extra_dicts:
            load_custom(path, custom)
        kb._add_custom(custom)
        kb._add_leader_variants()
        kb.entry_count = count + kb.entry_count
        kb.idiom_count = idioms
        phrases.freeze(words=kb.words2)  # patterns indexed where they are rare (matcher.py)
        return kb

    def _add_custom(self, c: CustomDict) -> None:
        n = 0
        for wrong, right, note in c.wrong:
            self.phrases.add(wrong, Hit("language", "error", "custom.wrong",
                                        f"本单位词典：“{wrong}”应写作“{right}”" + (f"（{note}）" if note else ""), right))
            n += 1
        for word, repl, note in c.forbid:
            msg = f"本单位禁用词：“{word}”" + (f"，{note}" if note else "")
            self.phrases.add(word, Hit("political", "error", "custom.forbidden", msg, repl or None))
            n += 1
        for name, title, note in c.leaders:
            titles = tuple(t for t in re.split(r"[、，,|/；;]", title) if t)
            self.leaders.append(Leader(name, titles, note, custom=True))
            n += 1
        for full, abbr, _ in c.units:
            self.allow.append(full)
            if abbr:
                self.allow.append(abbr)
            n += 1
        self.allow.extend(c.allow)
        self.entry_count += n + len(c.allow)

    def _add_leader_variants(self) -> None:
        names = {ld.name for ld in self.leaders}
        for ld in self.leaders:
            if not ld.anywhere:
                continue  # checked only next to a title (rules/political.py)
            for variant, ch, alt in leader_variants(ld.name, self.name_alts):
                if variant in names:
                    continue
                self.phrases.add(variant, Hit("political", "error", "political.leader_name",
                                              near_name_message(variant, ld.name, ch, alt), ld.name))

    def allowed_spans(self, text: str) -> list[tuple[int, int]]:
        spans = []
        for w in self.allow:
            at = text.find(w)
            while at >= 0:
                spans.append((at, at + len(w)))
                at = text.find(w, at + 1)
        return spans


def near_name_message(variant: str, name: str, ch: str, alt: str) -> str:
    """The message of a leader's name written one character off (``alt`` for ``ch``)."""
    return f"领导姓名疑似写错：“{variant}”与“{name}”只差一字（“{alt}”应为“{ch}”），这是最严重的差错"


def leader_variants(name: str, alts: dict[str, str]):
    for i, ch in enumerate(name):
        for alt in alts.get(ch, ""):
            if alt != ch:
                yield name[:i] + alt + name[i + 1 :], ch, alt


PHRASE_FILES = (
    "typos.tsv",
    "idiom_errors.tsv",
    "usage.tsv",
    "political_terms.tsv",
    "repealed.tsv",
    "renamed_bodies.tsv",
    "outdated_schemes.tsv",
)


def _load_phrase_file(m: PhraseMatcher, table) -> int:
    meta = table.meta
    cat = meta.get("category", "language")
    sev = meta.get("severity", "error")
    rule = meta.get("rule", "language.typo")
    tmpl = meta.get("msg", "“{wrong}”应写作“{right}”：{reason}").replace("_", " ")
    default_reason = meta.get("reason", "")
    n = 0
    last = ""
    for row in table.rows:
        wrong = row[0]
        right = row[1] if len(row) > 1 else ""
        reason = (row[2] if len(row) > 2 and row[2] else default_reason) or "常见误写"
        if reason.startswith("同上"):  # a reader's shorthand in the file: the row above's reason, plus what follows
            rest = reason[2:].lstrip("，,；; ")
            reason = f"{last}；{rest}" if last and rest else last or rest or "常见误写"
        else:
            last = reason
        exceptions = tuple(x for x in row[3].split("|") if x) if len(row) > 3 else ()
        severity = row[4] if len(row) > 4 and row[4] else sev
        msg = tmpl.format(wrong=wrong, right=right or "（删去）", reason=reason)
        m.add(wrong, Hit(cat, severity, rule, msg, right or None), exceptions)
        n += 1
    return n


_COMMON = frozenset(
    "在是以已的地得和为有不了于与其之这那做作再分工公形行发法时实事世式心新人大中上下一十日月年出入生成就也都而"
    "及即既计记己力利立气期起全然如使市示室手受书数水思四外位文无物现相想向小信性学要意因由只知至制治种重主子自坐座"
    "方正过进还道对当可看能好会把被从给跟回将来面所经精情清请青名明声生升题提礼理尽近进"
)


def _load_idioms(m: PhraseMatcher) -> tuple[int, int]:
    """Near-misses of set phrases, generated from the correct forms.

    Each correct idiom in ``idioms.tsv`` is varied one character at a time
    through the sound- and shape-alike groups of ``confusable_chars.tsv``.
    A four-character near-miss of an idiom is (almost) never correct text,
    so these are reported as errors. Accepted variants are listed in the
    idiom file's second column and never generated.
    """
    groups: dict[str, str] = {}
    why: dict[tuple[str, str], str] = {}
    for row in load_builtin("confusable_chars.tsv").rows:
        chars, reason = row[0], row[1] if len(row) > 1 else "音近或形近"
        for c in chars:
            groups[c] = groups.get(c, "") + chars
            for d in chars:
                why.setdefault((c, d), reason)
    table = load_builtin("idioms.tsv")
    correct = {r[0] for r in table.rows}
    accepted = {v for r in table.rows if len(r) > 1 for v in r[1].split("|") if v}
    generated = 0
    for row in table.rows:
        idiom = row[0]
        if len(idiom) < 4:
            continue
        for i, ch in enumerate(idiom):
            for alt in set(groups.get(ch, "")):
                if alt == ch:
                    continue
                if (i == 0 or i == len(idiom) - 1) and alt in _COMMON:
                    continue  # at an edge a common character can start/end a legitimate neighbour word
                v = idiom[:i] + alt + idiom[i + 1 :]
                if v in correct or v in accepted or v in m:
                    continue
                m.add(v, Hit("language", "error", "language.idiom",
                             f"成语/固定词语误写：“{v}”应为“{idiom}”（“{alt}”与“{ch}”{why[(ch, alt)]}）", idiom))
                generated += 1
    return len(correct), generated


__all__ = ["Knowledge", "Hit", "Leader", "leader_variants", "parse_table"]


_WORD2 = re.compile(r"^([\u4e00-\u9fff]{2}) (?:[3-9]\d|\d{3,}) ", re.M)


def _two_char_words() -> frozenset:
    """Two-character words of jieba's dictionary (a project dependency; frequency ≥ 30): about
    40,000 words, read in ≈0.1 s. Without jieba the set is empty and ABAB repeats are all reported."""
    from .rules.nearmiss import jieba_dict  # noqa: PLC0415

    path = jieba_dict()
    try:
        with open(path, encoding="utf-8") as fh:  # type: ignore[arg-type]
            return frozenset(_WORD2.findall(fh.read()))
    except (TypeError, OSError):
        return frozenset()
