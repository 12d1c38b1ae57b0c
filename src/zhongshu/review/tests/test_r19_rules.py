"""Round 19: rules written before the blind sets fresh31/32 were read, and the rules from those sets."""

import pytest

from zhongshu.review import default_reviewer
from zhongshu.review.document import Doc
from zhongshu.review.rules.nearmiss import nearmiss


def _nearmiss(text: str) -> list[tuple[str, str]]:
    """The near-miss detector alone: the hand lists (typos.tsv, idiom_errors.tsv) also hold some of these."""
    return [(text[f.start : f.end], f.suggestion) for f in nearmiss(Doc(text), default_reviewer().kb)]


def test_characters_of_one_sound_part_are_look_alikes():
    pytest.importorskip("jieba")
    # 淅/晰 (析) and 拙/绌 (出): one sound part beside another semantic part (data/shape_component.tsv)
    assert _nearmiss("汇报思路要清淅，重点要突出。") == [("清淅", "清晰")]
    assert _nearmiss("与先进地区相比，我们相形见拙。") == [("相形见拙", "相形见绌")]
    # a look-alike that makes a frequent word with its neighbour is text: 网格 of 网格覆盖 (not 网络覆盖)
    assert _nearmiss("原则上每个网格覆盖居民300户左右。") == []
    assert _nearmiss("坚持因村制宜，推动村级集体经济发展。") == []
