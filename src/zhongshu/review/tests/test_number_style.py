"""GB/T 15835 number style and GB/T 15834 顿号 in approximations."""

from .helpers import found


def test_percent_word_with_digits():
    assert found("治理率提高到百分之60。", "format.number") == ["百分之60"]
    assert found("治理率提高到60%。", "format.number") == []


def test_arabic_with_qian():
    assert found("累计投入资金3亿2千万元。", "format.number") == ["3亿2千"]
    assert found("累计投入资金3.2亿元，惠及3000万人。", "format.number") == []


def test_approximation_without_dunhao():
    assert found("每次安排三、四名同志发言。", "format.punct_approx") == ["三、四"]
    assert found("获得第三、四名。", "format.punct_approx") == []
    assert found("三、五名同志", "format.punct_approx") == []
