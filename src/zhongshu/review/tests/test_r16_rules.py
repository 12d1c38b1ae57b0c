"""Round 16: the near-miss detector's speed changes keep its findings; false alarms of fresh23–26."""

from .helpers import found


def test_verb_heading_each_item_of_a_list_is_no_near_miss():
    assert found("坚持既督任务、督进度、督成效，确保落实。", "language.nearmiss") == []
    # the same window before a list whose items start otherwise is still reported
    assert found("坚持既督任务、查进度、看成效，确保落实。", "language.nearmiss") == ["既督"]


def test_a_four_character_word_missing_its_last_character_before_a_suffix():
    # looked up where the suffix stands (交通运[输]局), not through pair keys
    assert found("请市交通运局牵头负责。", "language.nearmiss") == ["交通运"]
    assert found("请市交通运输局牵头负责。", "language.nearmiss") == []
    assert found("由市生态环厅督促落实。", "language.nearmiss") == ["生态环"]
