"""Generate the near-miss detector's generated data (run once; needs packages that are NOT run-time dependencies).

    python3.11 -m venv /tmp/gen && /tmp/gen/bin/pip install jieba pypinyin wordfreq char-similar
    PYTHONPATH=src /tmp/gen/bin/python -m zhongshu.review.tools.make_alikes src/zhongshu/review/data

writes three files of ``data/`` (never edit them by hand; regenerate):

* ``fuzzy_sound.tsv`` — characters whose readings are equal under the "fuzzy pinyin" settings of
  common input methods (z/zh, c/ch, s/sh, n/l; en/eng, in/ing), the main reading of a polyphonic
  character only (pypinyin also lists archaic readings), tones ignored; pairs already in
  ``soundalike.tsv`` are left out.
* ``shape_alike.tsv`` — look-alike characters: the same first four corners of the 四角号码 and
  stroke sequences (横竖撇点折) at most one stroke apart, from the character data of the
  ``char-similar`` package (MIT).
* ``modern_freq.tsv`` — frequencies of 2–4-character words in today's usage that jieba's
  dictionary (built from older text) counts too low or lacks (排查, 整改, 信访, 微信), on
  jieba's scale, from ``wordfreq``'s Chinese list (code Apache-2.0, data CC BY-SA 4.0).
  A word that is one look-alike or sound-alike character off a word at least ten times more
  frequent is left out: the web text behind wordfreq has its slips too (既使, 布署).

The character set is the one of ``make_soundalike.py`` (3,500 common characters).
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import math
import os
import re
import sys
from collections import defaultdict

from .make_soundalike import common_chars, jieba_words

_FUZZY_INITIALS = (("zh", "z"), ("ch", "c"), ("sh", "s"), ("l", "n"))
_FUZZY_FINALS = (("eng", "en"), ("ing", "in"))
_CJK_WORD = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
MIN_ZIPF = 3.0       # wordfreq's Zipf value of the words considered (≈ 1 per million words)
SLIP_ZIPF_GAP = 1.0  # ten times rarer than an alike word: a slip, not a word


def _fuzzy(reading: str) -> str:
    for a, b in _FUZZY_INITIALS:
        if reading.startswith(a):
            reading = b + reading[len(a):]
            break
    for a, b in _FUZZY_FINALS:
        if reading.endswith(a):
            reading = reading[: -len(a)] + b
            break
    return reading


def fuzzy_sound(chars: list[str]) -> dict[str, list[str]]:
    from pypinyin import Style, pinyin

    main: dict[str, set[str]] = {}
    fuzzy: dict[str, set[str]] = {}
    by_fuzzy: dict[str, list[str]] = defaultdict(list)
    for c in chars:
        main[c] = {r for r in pinyin(c, style=Style.NORMAL, heteronym=False)[0] if r.isascii() and r.isalpha()}
        fuzzy[c] = {_fuzzy(r) for r in main[c]}  # the main reading only: pypinyin's other readings include archaic ones
        for r in fuzzy[c]:
            by_fuzzy[r].append(c)
    out = {}
    for c in chars:
        same = {d for r in fuzzy[c] for d in by_fuzzy[r] if d != c}
        same -= {d for d in same if main[c] & main[d]}  # already sound-alikes in soundalike.tsv
        if same:
            out[c] = sorted(same, key=chars.index)
    return out


def _ed1(a: str, b: str) -> bool:
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) <= 1
    if len(a) > len(b):
        a, b = b, a
    return any(b[:i] + b[i + 1:] == a for i in range(len(b)))


def shape_alike(chars: list[str]) -> list[tuple[str, str]]:
    base = importlib.util.find_spec("char_similar").submodule_search_locations[0]
    with open(os.path.join(base, "data", "char_fourangle.dict"), encoding="utf-8") as fh:
        corners = json.load(fh)
    with open(os.path.join(base, "data", "char_order.dict"), encoding="utf-8") as fh:
        strokes = json.load(fh)
    by_corners: dict[str, list[str]] = defaultdict(list)
    for c in chars:
        if c in corners and c in strokes:
            by_corners[corners[c][:4]].append(c)
    pairs = []
    for group in by_corners.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if _ed1(strokes[a], strokes[b]):
                    pairs.append((a, b))
    return pairs


def modern_freq(alikes: dict[str, set[str]]) -> list[tuple[str, int, float]]:
    from wordfreq import get_frequency_dict

    jf = dict(jieba_words())
    total = sum(jf.values())
    wf = get_frequency_dict("zh", wordlist="large")

    def zipf(w: str) -> float:
        f = wf.get(w, 0.0)
        return math.log10(f) + 9 if f else 0.0

    out = []
    for w, f in wf.items():
        if not _CJK_WORD.match(w):
            continue
        z = math.log10(f) + 9
        if z < MIN_ZIPF:
            continue
        scaled = round(f * total)
        if scaled < 2 * jf.get(w, 0) or scaled < 30:
            continue
        slip = any(zipf(w[:i] + a + w[i + 1:]) >= z + SLIP_ZIPF_GAP for i, c in enumerate(w) for a in alikes.get(c, ()))
        if not slip:
            out.append((w, scaled, round(z, 2)))
    out.sort(key=lambda r: (-r[1], r[0]))
    return out


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    outdir = argv[0] if argv else os.path.join(os.path.dirname(__file__), "..", "data")
    import pypinyin
    import wordfreq

    chars = common_chars()
    fz = fuzzy_sound(chars)
    with open(os.path.join(outdir, "fuzzy_sound.tsv"), "w", encoding="utf-8") as out:
        print("# 模糊音字（输入法“模糊音”设置下读音相同：z/zh、c/ch、s/sh、n/l，en/eng、in/ing；多音字只取常用读音，忽略声调）", file=out)
        print(f"# 生成：src/zhongshu/review/tools/make_alikes.py（pypinyin {pypinyin.__version__}）；已在 soundalike.tsv 中同音的不再列出", file=out)
        print("# 列：字\\t模糊音相同的常用字（连写）。只用于 rules/nearmiss.py；不要手改，重新生成", file=out)
        for c, ds in fz.items():
            print(f"{c}\t{''.join(ds)}", file=out)
    shapes = shape_alike(chars)
    with open(os.path.join(outdir, "shape_alike.tsv"), "w", encoding="utf-8") as out:
        print("# 形近字（四角号码前四角相同、笔顺（横竖撇点折）至多相差一笔）", file=out)
        print("# 生成：src/zhongshu/review/tools/make_alikes.py，字形数据取自 char-similar 0.0.2 软件包（MIT 许可）的"
              " char_fourangle.dict、char_order.dict", file=out)
        print("# 列：一对形近字。只用于 rules/nearmiss.py；不要手改，重新生成", file=out)
        for a, b in shapes:
            print(f"{a}{b}", file=out)
    alikes: dict[str, set[str]] = defaultdict(set)
    for line in open(os.path.join(outdir, "soundalike.tsv"), encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            c, _, rest = line.rstrip("\n").partition("\t")
            alikes[c].update(rest)
    for c, ds in fz.items():
        alikes[c].update(ds)
    for a, b in shapes:
        alikes[a].add(b)
        alikes[b].add(a)
    rows = modern_freq(alikes)
    with open(os.path.join(outdir, "modern_freq.tsv"), "w", encoding="utf-8") as out:
        print("# 当代用词词频（jieba 词典偏旧，排查、整改、信访、微信等常用词计数过低或未收）", file=out)
        print(f"# 生成：src/zhongshu/review/tools/make_alikes.py，取自 wordfreq {importlib.metadata.version('wordfreq')} 的中文词表"
              "（代码 Apache-2.0，数据 CC BY-SA 4.0；来源为维基百科、字幕、新闻、网页等语料），换算到 jieba 词典的计数尺度", file=out)
        print(f"# 只收 Zipf ≥ {MIN_ZIPF} 且比 jieba 计数高一倍以上的 2–4 字词；与某个音近/形近词只差一字且频率低十倍以上的（既使、布署）视为误写，不收", file=out)
        print("# 列：词\\t计数\\tZipf。只用于 rules/nearmiss.py；不要手改，重新生成", file=out)
        for w, f, z in rows:
            print(f"{w}\t{f}\t{z}", file=out)
    print(f"fuzzy_sound: {len(fz)} 字；shape_alike: {len(shapes)} 对；modern_freq: {len(rows)} 词", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
