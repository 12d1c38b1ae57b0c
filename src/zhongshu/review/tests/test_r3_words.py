"""Miswritten words added in round 3 (typos.tsv, usage.tsv) and their exception contexts."""

from .helpers import found


def test_new_entries():
    for wrong in ("各负其则", "参差不起", "持之以衡", "默默无文", "难以维继", "应急予案", "建帐", "台帐", "城乡结合部"):
        assert found(f"要求{wrong}，切实做好工作。", "language") != [], wrong


def test_exceptions_and_near_misses():
    assert found("给予与其贡献相称的奖励。", "language.typo") == []
    assert found("做好帐篷搭建工作。", "language.typo") == []
    assert found("作好准备，迎接检查。", "language.typo") == []
    assert found("推进城乡结合，促进融合发展。", "language.typo") == []


def test_redundancy():
    assert found("城市管理仍然还存在短板。", "language.usage") == ["仍然还"]
    assert found("城市管理仍然存在短板。", "language.usage") == []
    assert found("力争培养乡村工匠200名左右以上。", "language") == ["左右以上"]
    assert found("文化娱乐场所等等人员密集场所", "language.usage") == ["等等"]
    assert found("开展培训、讲座等等。", "language.usage") == []


def test_peizhi():
    assert found("科学配制收运车辆。", "language.context") != [] or found("科学配制收运车辆。", "language") != []
    assert found("按比例配制消毒液。", "language") == []
