"""The near-miss detector of everyday words (rules/nearmiss.py).

The positives are typos that are in no hand-written list (typos.tsv, idioms…):
they are found only through the sound-alike table and jieba's word frequencies.
"""

import pytest

from zhongshu.review import Reviewer, default_reviewer

from .helpers import found

pytest.importorskip("jieba")

POSITIVES = [
    ("各单位要及时上报数据，加强沟通协掉。", "协掉", "协调"),
    ("进一步提高服务质两。", "质两", "质量"),
    ("经费由县财政统一安牌。", "安牌", "安排"),
    ("要严格执行值班制渡。", "制渡", "制度"),
    ("本次会议讨论了年度工作记划。", "记划", "计划"),
    ("加强湿地保户工作。", "保户", "保护"),
    ("提升城市品位，改善居住环镜。", "环镜", "环境"),
    ("认真做好陪训工作。", "陪训", "培训"),
]


@pytest.mark.parametrize("text,wrong,right", POSITIVES)
def test_positive(text, wrong, right):
    fs = [f for f in default_reviewer().review(text).findings if f.rule == "language.nearmiss"]
    assert [(text[f.start:f.end], f.suggestion, f.severity, f.category) for f in fs] == [
        (wrong, right, "warning", "language")]


NEGATIVES = [
    "习近平总书记强调，要再接再厉，乘势而上。",   # leader's name (习近 → 习惯), 4-character word
    "王建国同志主持会议，刘敏、张晓同志参加。",    # persons' names
    "联系人：刘敏，电话0731-1234567。",
    "驰而不息纠治“四风”，坚持正风肃纪。",          # 公文 words missing from jieba's dictionary
    "加强医防协同，开展疫点处置，接种疫苗86.3万剂次。",
    "以文塑旅、以旅彰文。",
    "乡长带头接访下访，参加培训班的学员共120人。",
    "《关于加强陪训管理的通知》",                  # inside 书名号
    "他说“陪训”一词不规范。",                      # inside quotation marks
    "会议听取了公布门诊时间的情况汇报。",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_negative(text):
    assert found(text, "language.nearmiss") == []


def test_can_be_switched_off():
    text = "认真做好陪训工作。"
    assert [f for f in Reviewer(nearmiss=False).review(text).findings if f.rule == "language.nearmiss"] == []
    assert [f for f in Reviewer(nearmiss=True).review(text).findings if f.rule == "language.nearmiss"] != []


def test_cli_flag(capsys, tmp_path):
    from zhongshu.review.cli import main

    p = tmp_path / "a.txt"
    p.write_text("认真做好陪训工作。", encoding="utf-8")
    main([str(p), "--format", "json", "--no-nearmiss"])
    assert "language.nearmiss" not in capsys.readouterr().out
    main([str(p), "--format", "json", "--nearmiss"])
    assert "language.nearmiss" in capsys.readouterr().out
