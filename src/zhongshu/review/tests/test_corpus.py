"""The annotated corpus: recall and false alarms must stay within the bars."""

from zhongshu.review.evaluate import evaluate, strip_marks


def test_strip_marks():
    text, spans = strip_marks("甲⟪乙丙⟫丁⟪戊⟫")
    assert text == "甲乙丙丁戊" and spans == [(1, 3), (4, 5)]


def test_recall_and_false_alarms():
    r = evaluate()
    assert r["marked_errors"] >= 90
    assert r["clean_chars"] >= 9000
    assert r["recall"] >= 0.9, r
    assert r["false_alarms_per_10k"] <= 1.0, r
