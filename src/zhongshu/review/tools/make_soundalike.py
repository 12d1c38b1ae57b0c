"""Generate ``data/soundalike.tsv`` (run once; needs pypinyin, which is NOT a run-time dependency).

    .venv/bin/pip install pypinyin
    .venv/bin/python -m zhongshu.review.tools.make_soundalike > src/zhongshu/review/data/soundalike.tsv
    .venv/bin/python -m zhongshu.review.tools.make_soundalike --rare > src/zhongshu/review/data/soundalike_rare.tsv

The character set approximates the 3,500 characters of level 1 of 《通用规范汉字表》
(国务院 2013): the 3,500 CJK characters with the highest summed word frequency in
jieba's dictionary (dict.txt). Two characters are sound-alike when they share a
reading with tones ignored (pypinyin: the main reading of a polyphonic character, and the
readings it has in frequent words — 调 tiáo of 协调; see ``word_readings``).

``--minor`` lists, for each common character, the common characters that share a reading it has in some word of
jieba's dictionary (frequency ≥ ``MINOR_MIN_FREQ``) and that ``soundalike.tsv`` leaves out: 差 cī of 参差 ~ 次, 露 lòu
of 露面 ~ 漏. They are used only in four-character idioms (参次不齐, 查露补缺), where the whole phrase is the evidence.

``--rare`` lists the other characters of the curated word lists (遴 of 遴选, 苫 of 苫盖, 慑 of 震慑) with
the common characters of the same main reading: a slip writes a common character for a rare one.
"""

from __future__ import annotations

import os
import sys
from collections import Counter, defaultdict

N_CHARS = 3500


def jieba_words():
    """(word, frequency) of every entry of jieba's dictionary (dict.txt)."""
    import jieba

    with open(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"), encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) >= 2:
                yield parts[0], int(parts[1])


def common_chars(n: int = N_CHARS) -> list[str]:
    freq: Counter = Counter()
    for w, f in jieba_words():
        for c in w:
            if "\u4e00" <= c <= "\u9fff":
                freq[c] += f
    return [c for c, _ in freq.most_common(n)]


FUNCTION_CHARS = "的地得了着过和么吗呢吧啊之乎者也"  # their word readings (目的 dì, 了解 liǎo) would make 的/地/得 alike
WORD_MIN_FREQ = 1000   # words whose readings count (jieba frequency)
READING_SHARE = 0.05   # a second reading is kept when this share of the character's word uses has it


def word_readings(chars: set[str], min_freq: int = WORD_MIN_FREQ, share: float = READING_SHARE) -> dict[str, set[str]]:
    """The readings a polyphonic character has inside frequent words (调 tiáo in 协调, 重 chóng in 重新,
    行 háng in 银行): pypinyin reads a word with its phrase dictionary; a reading is kept when at least
    ``share`` of the character's weighted uses in words of frequency ≥ ``min_freq`` have it."""
    from pypinyin import Style, pinyin
    uses: dict[str, Counter] = defaultdict(Counter)
    for w, f in jieba_words():
        if f < min_freq or not 2 <= len(w) <= 4 or not all(c in chars for c in w):
            continue
        for c, r in zip(w, pinyin(w, style=Style.NORMAL, heteronym=False)):
            if r[0].isascii() and r[0].isalpha():
                uses[c][r[0]] += f
    out: dict[str, set[str]] = {}
    for c, counts in uses.items():
        total = sum(counts.values())
        out[c] = {r for r, n in counts.items() if n >= share * total}
    return out


def main(out=sys.stdout) -> int:
    from pypinyin import Style, pinyin

    chars = common_chars()
    readings: dict[str, set[str]] = {}
    by_sound: dict[str, list[str]] = defaultdict(list)
    in_words = word_readings(set(chars))
    for c in chars:
        rs = {r for r in pinyin(c, style=Style.NORMAL, heteronym=False)[0] if r.isascii() and r.isalpha()}
        if c not in FUNCTION_CHARS:
            rs |= in_words.get(c, set())
        readings[c] = rs
        for r in rs:
            by_sound[r].append(c)
    print("# 同音字（不计声调）：字\\t同音的常用字（连写）", file=out)
    print(f"# 生成：src/zhongshu/review/tools/make_soundalike.py（pypinyin {__import__('pypinyin').__version__}，"
          "多音字取常用读音和它在高频词中的读音（如“协调”的“调”），忽略声调）", file=out)
    print(f"# 字集：jieba 词典（dict.txt）中按所在词词频累计最高的 {N_CHARS} 个汉字，近似《通用规范汉字表》一级字表"
          "（3,500 字，国务院 2013 年公布）", file=out)
    print("# 只用于 rules/nearmiss.py 的近似误写检测；不要手改，重新生成", file=out)
    print("# 每个常用字一行，没有同音字的（怎、森、擦）第二列为空：第一列就是常用字表，近似误写只用常用字替换", file=out)
    for c in chars:
        alikes = sorted({d for r in readings[c] for d in by_sound[r] if d != c}, key=chars.index)
        print(f"{c}\t{''.join(alikes)}", file=out)
    return 0


VOCAB_FILES = ("gongwen_words.tsv", "gongwen_phrases.tsv", "domain_vocab.tsv", "idioms.tsv")


def rare(out=sys.stdout) -> int:
    from importlib import resources

    from pypinyin import Style, pinyin

    chars = common_chars()
    common = set(chars)
    by_sound: dict[str, list[str]] = defaultdict(list)
    for c in chars:
        for r in pinyin(c, style=Style.NORMAL, heteronym=False)[0]:
            by_sound[r].append(c)
    seen: list[str] = []
    for name in VOCAB_FILES:
        for line in resources.files("zhongshu.review.data").joinpath(name).read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                seen.extend(c for c in line.split("\t", 1)[0] if "\u4e00" <= c <= "\u9fff" and c not in common)
    print("# 生僻字的同音常用字（不计声调）：字\t同音的常用字（连写）", file=out)
    print(f"# 生成：src/zhongshu/review/tools/make_soundalike.py --rare（pypinyin {__import__('pypinyin').__version__}，取常用读音）", file=out)
    print(f"# 字集：{'、'.join(VOCAB_FILES)} 中不在 soundalike.tsv 常用字表里的字（遴选的“遴”、苫盖的“苫”）", file=out)
    print("# 只用于 rules/nearmiss.py：误写一方是常用字（磷选→遴选）；不要手改，重新生成", file=out)
    for c in dict.fromkeys(seen):
        alikes = [d for r in pinyin(c, style=Style.NORMAL, heteronym=False)[0] for d in by_sound.get(r, ())]
        if alikes:
            print(f"{c}\t{''.join(dict.fromkeys(alikes))}", file=out)
    return 0


MINOR_MIN_FREQ = 10  # words whose readings count for --minor


def minor(out=sys.stdout) -> int:
    chars = common_chars()
    uses = word_readings(set(chars), MINOR_MIN_FREQ, 0.0)  # every reading a character has in those words
    by_sound: dict[str, set[str]] = defaultdict(set)
    for c, rs in uses.items():
        for r in rs:
            by_sound[r].add(c)
    listed: dict[str, set[str]] = {}
    from importlib import resources
    for line in resources.files("zhongshu.review.data").joinpath("soundalike.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            c, _, rest = line.partition("\t")
            listed[c] = set(rest.strip())
    print("# 多音字少用读音的同音字（不计声调）：字\t同音的常用字（连写），soundalike.tsv 未列的", file=out)
    print(f"# 生成：src/zhongshu/review/tools/make_soundalike.py --minor（pypinyin {__import__('pypinyin').__version__}，"
          f"取字在 jieba 词典词频 ≥ {MINOR_MIN_FREQ} 的词里的每个读音：参差的“差”cī、露面的“露”lòu）", file=out)
    print("# 只用于 rules/nearmiss.py 的四字成语近似误写（参次不齐→参差不齐，查露补缺→查漏补缺）；不要手改，重新生成", file=out)
    for c in chars:
        extra = sorted({d for r in uses.get(c, ()) for d in by_sound[r] if d != c} - listed.get(c, set()), key=chars.index)
        if extra:
            print(f"{c}\t{''.join(extra)}", file=out)
    return 0


if __name__ == "__main__":
    args = sys.argv[1:]
    sys.exit(rare() if "--rare" in args else minor() if "--minor" in args else main())
