"""Measure recall and false alarms on the annotated corpus.

    python -m zhongshu.review.evaluate [--verbose] [--set dev|tough|heldout|fresh|fresh2|fresh3|all]

Each set is a directory with ``errors/*.txt`` and ``clean/*.txt``:

* ``dev``: ``tests/corpus/errors`` and ``tests/corpus/clean`` (written with the rules);
* ``tough``: ``tests/corpus/tough`` (written before the second round of rules,
  measured, then used to find and close gaps — now development text too);
* ``heldout``: ``tests/corpus/heldout`` (written after that round and not
  tuned on; its first measurement is the honest figure).
* ``fresh``: ``tests/corpus/fresh`` (written by a second engineer, in the
  style of district and city office drafts, before the third round of rules;
  measured once before that round — see docs/review.md);
* ``fresh2`` and ``fresh3``: third and fourth writers, each measured once
  before the round of rules that followed it (see docs/review.md).
* ``fresh4`` and ``fresh5``: fifth and sixth writers (a county government; a 市委,
  a state enterprise and a university), measured once before round 6.
* ``fresh6`` and ``fresh7``: seventh and eighth writers (provincial departments; an
  urban district), written while round 6 was built and not read until its rules
  were final: measured blind before and after round 6 (see docs/review.md).
* ``fresh8``: ninth writer (a legislature, CPPCC, health, commerce, audit), blind for
  rounds 6 and 7.
* ``fresh9`` and ``fresh10``: tenth and eleventh writers (a prefecture-level city's police,
  schools, transport, emergency management, state enterprise; a province's departments and
  speeches), measured blind at the start of round 8 and after its first rules.
* ``fresh11`` and ``fresh12``: twelfth and thirteenth writers (a county's 县委办/县政府办, bureaus and
  townships; a provincial capital's 国资委, two state enterprise groups, statistics, veterans affairs,
  medical insurance, 机关事务, a 街道 and a 社区), measured blind at the start of round 9.
* ``fresh13`` and ``fresh14``: fourteenth and fifteenth writers (a prefecture-level city's 市委办/市政府办 and
  bureaus, a 开发区 and a 乡镇; a province's 教育厅, a university, a hospital, 卫健委, 生态环境厅, 应急管理厅,
  档案馆 and 司法厅), measured blind at the start of round 10; fresh13 was read only after round 10's rules
  from fresh14 were in (its second figure measures how far they carried).
* ``fresh15`` and ``fresh16``: sixteenth and seventeenth writers (a county's party organs, 人大, 政协, a 乡镇 and its
  agriculture, water, forestry and natural-resources bureaus; a provincial state enterprise group, the 国资委 and a
  city's public institutions), measured blind at the start of round 11; fresh16 was tuned on, fresh15 was read
  only after round 11's rules were in.
* ``fresh17`` to ``fresh22``: eighteenth to twenty-third writers, two a round, each pair measured blind at the
  start of the round after it was written (rounds 12–14; see docs/review.md) and read in the round after that.
* ``fresh23`` and ``fresh24``: twenty-fourth and twenty-fifth writers (a city government's general office;
  provincial state-owned enterprises and public institutions), measured blind at the start of round 15
  (session 10) before any of their text was read; their writers' reports named some of their slips.
* ``fresh25`` and ``fresh26``: twenty-sixth and twenty-seventh writers (a province's departments; a district
  with its towns and streets), measured blind at the start of round 16 (session 11) before any of their text
  was read, then tuned on; their writers' reports named no slips.
* ``fresh27`` and ``fresh28``: twenty-eighth and twenty-ninth writers (a city's party organs and a 县委; a county-level
  city's government, its bureaus and a 镇), measured blind at the start of round 17 (session 12) before any of their
  text was read, then tuned on.
* ``fresh29`` and ``fresh30``: thirtieth and thirty-first writers (a province's general office and departments; a
  prefecture-level city's bureaus, a high-tech zone and a 街道), measured blind at the start of round 18 (session 13)
  before any of their text was read, then tuned on.
* ``fresh31`` and ``fresh32``: thirty-second and thirty-third writers (a city's 市委 working departments and its 纪委监委; a
  province's 发展改革委, 财政厅, 交通运输厅, 水利厅, 市场监管局, 统计局 and a university), measured blind at the start of round 19
  (session 14) before any of their text was read, then tuned on.
* ``fresh33`` and ``fresh34``: thirty-fourth and thirty-fifth writers (a city's 应急管理局, 卫生健康委员会 and 市场监督管理局
  with the city government office; a provincial state-owned enterprise group and a county's 乡镇 and 街道), measured blind
  at the start of round 20 (session 15) before any of their text was read, then tuned on.
* ``fresh35`` and ``fresh36``: thirty-sixth and thirty-seventh writers (a prefecture-level city's 市委办, 组织部, 宣传部, 政法委,
  网信办 and 人大常委会办公厅; a county-level city's government office, 教育局, 民政局, 医保局, 退役军人事务局, 人社局, a 社区 and a
  村), measured blind at the start of round 21 (session 16) before any of their text was read, then tuned on.
* ``fresh37`` and ``fresh38``: thirty-eighth and thirty-ninth writers (a prefecture-level city's government office with its
  发展改革委, 商务局, 文化广电旅游局, 交通运输局, 城市管理局 and 机关事务管理局; a province's and a city's 群团 organisations — 总工会,
  共青团, 妇联 — with a 政协 office, a university, a hospital and a 街道), measured blind at the start of round 22 (session 17)
  before any of their text was read, then tuned on.
* ``fresh39`` and ``fresh40``: fortieth and forty-first writers (a county's government office with its 住建局, 自然资源局,
  生态环境分局, 林业局, 信访局, 审计局 and a development zone; a city's 市直机关工委, 党校, 老干部局, 台办, 侨联, 科协, 档案馆 and
  地方志编纂中心), measured blind at the start of round 23 (session 18) before any of their text was read, then tuned on.
* ``fresh41`` and ``fresh42``: forty-second and forty-third writers (a province's general office with its 民族宗教事务委员会,
  外事办公室, 口岸办, 粮食和物资储备局, 气象局, 防汛抗旱指挥部办公室 and 地震局; a county's 县委办公室 with its 统战部, 编办, 保密局 and
  机要局, 巡察办, 党史研究室, a 开发区, a 街道 and a 村), measured blind at the start of round 24 (session 19) before any of their
  text was read, then tuned on.
* ``fresh43`` and ``fresh44``: forty-fourth and forty-fifth writers (a city government's office with its 数据局, 科技局,
  工信局, 国防动员办公室 and 营商环境建设局 and a 大数据产业园; the party offices of a state-owned bank's, a tobacco monopoly's,
  a grid company's and a postal company's provincial or city branches), measured blind at the start of round 25 (session
  20) before any of their text was read, then tuned on.
* ``fresh45`` and ``fresh46``: forty-sixth and forty-seventh writers (a city's 政法 system — 政法委, 公安局, 司法局, the
  courts' and procuratorate's offices, 信访局 and a county's 综治中心; a province's 农业农村厅, 供销社 and 农垦 group with a
  county's 农业农村局, 水利局 and 粮储局, a 乡镇 and a 村), measured blind at the start of round 26 (session 21) before any of
  their text was read, then tuned on.
* ``fresh47`` and ``fresh48``: forty-eighth and forty-ninth writers (a city's 住建局, 城管局, 自然资源和规划局, 交通运输局 and
  a 城投 group; a province's 商务厅, 文旅厅, 外办 and 台办 with a city's 统战部, 侨联, 民宗局 and a 综合保税区), measured blind at
  the start of round 27 (session 22) before any of their text was read, then tuned on.
* ``fresh49`` and ``fresh50``: fiftieth and fifty-first writers (a county's 教育局, 卫生健康局, 医疗保障局, 民政局, a 乡镇卫生院
  and a 中学; a province's 生态环境厅, 林草局, 气象局 and 水利厅 with a city's 应急管理局 and 消防救援支队), measured blind at the
  session-start commit and at the end of round 27 (session 22), then tuned on (round 28).
* ``fresh51`` to ``fresh54``: fifty-second to fifty-fifth writers (a city's 公安局, 司法局, 信访局, 政法委 with a county court's
  office and a 街道 综治中心; a province's 国资委 with two 省属 groups and a city's 审计局 and 统计局; a county's 农业农村局,
  粮食和物资储备局, 供销社, 水务局 with a 镇 and its 村; a university's 党委办公室 and 校长办公室 with a city's 科技局, 人社局 and
  工信局), each measured blind at the session-start commit of session 23 before any of its text was read, then tuned on
  (round 29).
* ``fresh55`` and ``fresh56``: fifty-sixth and fifty-seventh writers (a province's 发展改革委 and 财政厅 with a city's
  市场监管局 and 医保局; a city's 纪委监委, 机关工委, 组织部, 档案馆 and 政府办公室), measured blind at the session-start
  commit and at the end of round 29 (session 23), then tuned on (round 30).
* ``fresh57`` and ``fresh58``: fifty-eighth and fifty-ninth writers (a city's 民政局, 退役军人事务局, 残联, 妇联, 团市委 and a
  区 government office; a province's 交通运输厅 and 港航局 with a city's 商务局, 口岸办 and a 开发区管委会), measured blind at
  the session-start commit and at the end of round 30 (session 23), then partly tuned (round 31).
* ``fresh59`` to ``fresh62``: sixtieth to sixty-third writers (a city's 住建局, 城管局, 自然资源和规划局 and a district's
  housing office; a province's 文旅厅, 体育局, 广电局 with a city's 外事办 and 台港澳办; a city's 生态环境局, 气象局, 应急管理局,
  消防救援支队 with a county's 林业局 and a 镇; a province's 人大常委会办公厅 and 政协办公厅, a city's 机关事务管理局 and
  政务服务和数据管理局, a bank branch's party office), measured blind at the session-start commit (session 24), then tuned
  on (round 32).
* ``fresh63`` to ``fresh66``: sixty-fourth to sixty-seventh writers (a city's 卫生健康委, 疾控中心, 中医药管理局 and
  红十字会 with a county hospital and a 乡镇卫生院; a province's 教育厅 and 科协, a city's 教育局 and 体育中考 office, a
  职业技术学院 and a county 中学; a county's 县委办 and 县政府办 on 乡村振兴 and 招商引资, its 宣传部 and 融媒体中心, a 乡镇 and
  a 村; a province's 税务局 and 地方金融管理局, a city's 海关, 邮政管理局 and 人民银行 branch, a 城市商业银行's party office),
  measured blind at the session-start commit (session 25), then tuned on (round 33).
* ``fresh67`` to ``fresh70``: sixty-eighth to seventy-first writers (a province's 自然资源厅 and 林业和草原局, a city's 自然资源和
  规划局 and 气象局, a 国有林场; a city's 政法委, 公安局, 司法局 and 信访局, a district court and procuratorate, a 派出所 and a
  司法所; a city's 商务局, 文化广电旅游局 and 市场监督管理局, a 景区管委会 and a 商会; a city's 住房和城乡建设局, 城市管理局,
  交通运输局 and 水务局, a 城投 company and a 街道), measured blind at the session-start commit (session 26), then tuned on
  (round 34).
* ``fresh71`` to ``fresh74``: seventy-second to seventy-fifth writers (a province's 人力资源和社会保障厅 and 医疗保障局, a city's
  人社局 and 退役军人事务局, a 技师学院 and a 公共就业服务中心; a county's 县委办 and 县政府办, 农业农村局, a 乡镇, a 村 and a
  农民专业合作社; a city's 教育局, 卫生健康委员会 and 疾病预防控制中心, a 中学, a 三级甲等医院 and a 体育局; a province's 国资委 and a
  provincial energy group with its 党委, 纪委 and a power company, a city's 发展和改革委员会, 工业和信息化局 and 统计局), measured
  blind at the session-start commit (session 27), then tuned on (round 35).
* ``fresh75`` to ``fresh78``: seventy-sixth to seventy-ninth writers (a city's 组织部, 宣传部 and 统战部, a 机关工委, a 区委 and a
  社区党委; a province's 生态环境厅 and 水利厅, a city's 生态环境局 and 河长办, a 污水处理厂 and an 工业园区; a city's 应急管理局,
  消防救援支队 and 防指办, a 化工园区, a mine and a 县安委会; a city's 财政局, 审计局 and 税务局, a state capital company, a county's
  衔接资金 office and a 人大常委会预算工委), written in session 27 after round 35's first rules and measured blind at the session
  start (6987efa) and at e54f1ce before any of their text was read, then tuned on.
* ``fresh83`` to ``fresh86``: eighty-fourth to eighty-seventh writers (a city's 审计局, 统计局 and 税务局, a 医疗保障局, a 公立医院
  and a state investment company's 审计部; a province's 文化和旅游厅 and 文物局, a city's 文广旅局, a 博物馆, a 图书馆, a 非遗保护中心
  and a 5A 景区; a city's 纪委监委, 巡察办 and 机关工委, a state enterprise's 纪委, a 区委 and a 乡镇纪委; a city's 粮食和物资储备局,
  供销合作社, 气象局, 地震局 and 人防办, a 县应急管理局 and a 粮库), measured blind at the session-start commit (session 28,
  1d4af6d) before any of their text was read, then tuned on (round 36). (The names fresh79–fresh82 belonged to round 35's
  third four, whose texts were lost with /tmp.)
* ``fresh87`` to ``fresh90``: eighty-eighth to ninety-first writers (a province's 教育厅, a 高职院校, a county's 教育局 and its
  schools; a city's 住建局, 住房公积金管理中心, 不动产登记中心 and 房屋征收办, a 物业 company and a 城中村改造指挥部; a province's 外办 and
  台办, a city's 港澳办, 侨联, 口岸办 and a 自贸片区; a county's 县委办, 组织部, 信访局, a 乡镇党委 and a 村党支部), written in session 28
  while round 36 was built and measured blind at its start (1d4af6d) and on arrival, before any of their text was read, then
  tuned on.

In ``errors/*.txt`` every real error is marked ⟪like this⟫ or, with its
category, ⟪like this@language⟫ (category one of political, policy, fact,
format, language; language when absent). The marks are removed before
review. An error counts as found when an error- or warning-severity finding
overlaps its span. ``clean/*.txt`` holds well-written text: every
error/warning there is a false alarm. Info-severity findings are hints and
are counted separately.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

CORPUS = Path(__file__).parent / "tests" / "corpus"
_MARK = re.compile(r"⟪(.*?)(?:@(political|policy|fact|format|language))?⟫", re.S)
SETS = {
    "dev": CORPUS,
    "tough": CORPUS / "tough",
    "heldout": CORPUS / "heldout",
    "fresh": CORPUS / "fresh",
    "fresh2": CORPUS / "fresh2",
    "fresh3": CORPUS / "fresh3",
    "fresh4": CORPUS / "fresh4",
    "fresh5": CORPUS / "fresh5",
    "fresh6": CORPUS / "fresh6",
    "fresh7": CORPUS / "fresh7",
    "fresh8": CORPUS / "fresh8",
    "fresh9": CORPUS / "fresh9",
    "fresh10": CORPUS / "fresh10",
    "fresh11": CORPUS / "fresh11",
    "fresh12": CORPUS / "fresh12",
    "fresh13": CORPUS / "fresh13",
    "fresh14": CORPUS / "fresh14",
    "fresh15": CORPUS / "fresh15",
    "fresh16": CORPUS / "fresh16",
    "fresh17": CORPUS / "fresh17",
    "fresh18": CORPUS / "fresh18",
    "fresh19": CORPUS / "fresh19",
    "fresh20": CORPUS / "fresh20",
    "fresh21": CORPUS / "fresh21",
    "fresh22": CORPUS / "fresh22",
    "fresh23": CORPUS / "fresh23",
    "fresh24": CORPUS / "fresh24",
    "fresh25": CORPUS / "fresh25",
    "fresh26": CORPUS / "fresh26",
    "fresh27": CORPUS / "fresh27",
    "fresh28": CORPUS / "fresh28",
    "fresh29": CORPUS / "fresh29",
    "fresh30": CORPUS / "fresh30",
    "fresh31": CORPUS / "fresh31",
    "fresh32": CORPUS / "fresh32",
    "fresh33": CORPUS / "fresh33",
    "fresh34": CORPUS / "fresh34",
    "fresh35": CORPUS / "fresh35",
    "fresh36": CORPUS / "fresh36",
    "fresh37": CORPUS / "fresh37",
    "fresh38": CORPUS / "fresh38",
    "fresh39": CORPUS / "fresh39",
    "fresh40": CORPUS / "fresh40",
    "fresh41": CORPUS / "fresh41",
    "fresh42": CORPUS / "fresh42",
    "fresh43": CORPUS / "fresh43",
    "fresh44": CORPUS / "fresh44",
    "fresh45": CORPUS / "fresh45",
    "fresh46": CORPUS / "fresh46",
    "fresh47": CORPUS / "fresh47",
    "fresh48": CORPUS / "fresh48",
    "fresh49": CORPUS / "fresh49",
    "fresh50": CORPUS / "fresh50",
    "fresh51": CORPUS / "fresh51",
    "fresh52": CORPUS / "fresh52",
    "fresh53": CORPUS / "fresh53",
    "fresh54": CORPUS / "fresh54",
    "fresh55": CORPUS / "fresh55",
    "fresh56": CORPUS / "fresh56",
    "fresh57": CORPUS / "fresh57",
    "fresh58": CORPUS / "fresh58",
    "fresh59": CORPUS / "fresh59",
    "fresh60": CORPUS / "fresh60",
    "fresh61": CORPUS / "fresh61",
    "fresh62": CORPUS / "fresh62",
    "fresh63": CORPUS / "fresh63",
    "fresh64": CORPUS / "fresh64",
    "fresh65": CORPUS / "fresh65",
    "fresh66": CORPUS / "fresh66",
    "fresh67": CORPUS / "fresh67",
    "fresh68": CORPUS / "fresh68",
    "fresh69": CORPUS / "fresh69",
    "fresh70": CORPUS / "fresh70",
    "fresh71": CORPUS / "fresh71",
    "fresh72": CORPUS / "fresh72",
    "fresh73": CORPUS / "fresh73",
    "fresh74": CORPUS / "fresh74",
    "fresh75": CORPUS / "fresh75",
    "fresh76": CORPUS / "fresh76",
    "fresh77": CORPUS / "fresh77",
    "fresh78": CORPUS / "fresh78",
    "fresh83": CORPUS / "fresh83",
    "fresh84": CORPUS / "fresh84",
    "fresh85": CORPUS / "fresh85",
    "fresh86": CORPUS / "fresh86",
    "fresh87": CORPUS / "fresh87",
    "fresh88": CORPUS / "fresh88",
    "fresh89": CORPUS / "fresh89",
    "fresh90": CORPUS / "fresh90",
}


def strip_marks(marked: str) -> tuple[str, list[tuple[int, int]]]:
    text, spans = strip_marks_cat(marked)
    return text, [(s, e) for s, e, _ in spans]


def strip_marks_cat(marked: str) -> tuple[str, list[tuple[int, int, str]]]:
    out, spans, pos = [], [], 0
    length = 0
    for m in _MARK.finditer(marked):
        before = marked[pos : m.start()]
        out.append(before)
        length += len(before)
        inner = m.group(1)
        spans.append((length, length + len(inner), m.group(2) or "language"))
        out.append(inner)
        length += len(inner)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans


def _dirs(which: str) -> list[Path]:
    if which == "all":
        return list(SETS.values())
    return [SETS[which]]


def evaluate(reviewer=None, verbose: bool = False, out=sys.stdout, which: str = "dev") -> dict:
    if reviewer is None:
        from . import default_reviewer

        reviewer = default_reviewer()
    total = found = extra = 0
    missed = []
    per_cat: dict[str, list[int]] = {}
    err_paths = [p for d in _dirs(which) for p in sorted((d / "errors").glob("*.txt"))]
    clean_paths = [p for d in _dirs(which) for p in sorted((d / "clean").glob("*.txt"))]
    for path in err_paths:
        text, spans = strip_marks_cat(path.read_text(encoding="utf-8"))
        fs = [f for f in reviewer.review(text).findings if f.severity != "info"]
        for s, e, cat in spans:
            total += 1
            pc = per_cat.setdefault(cat, [0, 0])
            pc[1] += 1
            if any(f.start < e and s < f.end for f in fs):
                found += 1
                pc[0] += 1
            else:
                missed.append((path.name, cat, text[s:e], text[max(0, s - 12) : e + 12].replace("\n", " ")))
        for f in fs:
            if not any(f.start < e and s < f.end for s, e, _ in spans):
                extra += 1
                if verbose:
                    print(f"  意外报告 {path.name}: {text[f.start:f.end]!r} {f.rule} {f.message}", file=out)
    clean_chars = alarms = infos = 0
    for path in clean_paths:
        text = path.read_text(encoding="utf-8")
        clean_chars += len(text)
        for f in reviewer.review(text).findings:
            if f.severity == "info":
                infos += 1
                continue
            alarms += 1
            if verbose:
                ctx = text[max(0, f.start - 10) : f.end + 10].replace("\n", " ")
                print(f"  误报 {path.name}: {text[f.start:f.end]!r} … {ctx} {f.rule}", file=out)
    if verbose:
        for name, cat, span, ctx in missed:
            print(f"  漏报 {name} [{cat}]: {span!r} … {ctx}", file=out)
    result = {
        "marked_errors": total,
        "found": found,
        "recall": found / total if total else 0.0,
        "by_category": {c: {"marked": n, "found": k, "recall": k / n if n else 0.0}
                        for c, (k, n) in sorted(per_cat.items())},
        "unexpected_in_error_corpus": extra,
        "clean_chars": clean_chars,
        "false_alarms": alarms,
        "false_alarms_per_10k": alarms / clean_chars * 10000 if clean_chars else 0.0,
        "info_hints_on_clean": infos,
    }
    return result


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description="在标注语料上测量召回率和误报率")
    p.add_argument("--verbose", "-v", action="store_true")
    p.add_argument("--set", default="dev", choices=[*SETS, "all"],
                   help="语料集：dev（随规则编写）、tough、heldout（未用于调规则）、fresh（第三轮前新写）、fresh2（第三作者，近似误写检测前新写）、fresh3（第四作者，易混词规则前新写）、fresh4/fresh5（第五、六作者，第六轮前新写）、fresh6/fresh7（第七、八作者，第六轮盲测）、fresh8（第九作者，第六、七轮盲测）、fresh9/fresh10（第十、十一作者，第八轮盲测）、fresh11/fresh12（第十二、十三作者，第九轮盲测）、fresh13/fresh14（第十四、十五作者，第十轮盲测）、fresh15/fresh16（第十六、十七作者，第十一轮盲测）、fresh17/fresh18（第十八、十九作者，第十二轮盲测）、fresh19/fresh20（第二十、二十一作者，第十三轮盲测）、fresh21/fresh22（第二十二、二十三作者，第十四轮盲测）、fresh23/fresh24（第二十四、二十五作者，第十五轮盲测）、fresh25/fresh26（第二十六、二十七作者，第十六轮盲测）、fresh27/fresh28（第二十八、二十九作者，第十七轮盲测）、fresh29/fresh30（第三十、三十一作者，第十八轮盲测）、fresh31/fresh32（第三十二、三十三作者，第十九轮盲测）、fresh33/fresh34（第三十四、三十五作者，第二十轮盲测）、fresh35/fresh36（第三十六、三十七作者，第二十一轮盲测）、fresh37/fresh38（第三十八、三十九作者，第二十二轮盲测）、fresh39/fresh40（第四十、四十一作者，第二十三轮盲测）、fresh41/fresh42（第四十二、四十三作者，第二十四轮盲测）、fresh43/fresh44（第四十四、四十五作者，第二十五轮盲测）、fresh45/fresh46（第四十六、四十七作者，第二十六轮盲测）、fresh47/fresh48（第四十八、四十九作者，第二十七轮盲测）、fresh49/fresh50（第五十、五十一作者，第二十八轮盲测）、fresh51—fresh54（第五十二至五十五作者，第二十九轮盲测）、fresh55/fresh56（第五十六、五十七作者，第三十轮盲测）、fresh57/fresh58（第五十八、五十九作者，第三十一轮盲测）、fresh59—fresh62（第六十至六十三作者，第三十二轮盲测）、fresh63—fresh66（第六十四至六十七作者，第三十三轮盲测）、fresh67—fresh70（第六十八至七十一作者，第三十四轮盲测）、fresh71—fresh78（第七十二至七十九作者，第三十五轮盲测）、fresh83—fresh90（第八十四至九十一作者，第三十六轮盲测）或 all")
    args = p.parse_args(argv)
    r = evaluate(verbose=args.verbose, which=args.set)
    print(f"[{args.set}] 标注错误 {r['marked_errors']} 处，检出 {r['found']} 处，召回率 {r['recall']:.1%}；"
          f"错误语料中标注以外的报告 {r['unexpected_in_error_corpus']} 处")
    print(f"干净语料 {r['clean_chars']} 字，误报 {r['false_alarms']} 处，"
          f"每万字 {r['false_alarms_per_10k']:.2f} 处（另有提示 {r['info_hints_on_clean']} 条）")
    for c, v in r["by_category"].items():
        print(f"  {c:9s} {v['found']:4d}/{v['marked']:<4d} {v['recall']:.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
