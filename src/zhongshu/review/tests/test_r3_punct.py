"""“A、B，等” and a full stop inside the quotation marks of a phrase quoted in a sentence."""

from .helpers import found


def test_comma_before_deng():
    assert found("配备洗手池、照明、防雨棚，等设施。", "format.comma_before_deng") == ["，等"]
    assert found("配备洗手池、照明、防雨棚等设施。", "format.comma_before_deng") == []
    assert found("完成整改后，等到验收再投用。", "format.comma_before_deng") == []
    assert found("资金已下达，等额拨付。", "format.comma_before_deng") == []


def test_stop_inside_quotes():
    assert found("要坚持“三个不放过。”的原则。", "format.quote_stop") == ["。"]
    assert found("他说：“我同意。”会议随即结束。", "format.quote_stop") == []
    assert found("要坚持“三个不放过”的原则。", "format.quote_stop") == []
