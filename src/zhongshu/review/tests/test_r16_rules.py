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


def test_rates_from_a_reduction_and_kinds():
    assert found("市级机关公务用车由2023年的412辆减少至386辆，压减8.3%。", "fact.percent") == ["8.3%"]
    assert found("市级机关公务用车由2023年的412辆减少至386辆，压减6.3%。", "fact.percent") == []
    assert found("办理时限由原来的20个工作日压缩至5个工作日，压缩80%。", "fact.percent") == ["80%"]
    assert found("集团共抽检图书120种，其中合格118种，合格率为97.5%。", "fact.percentage") == ["97.5%"]
    assert found("集团共抽检图书120种，其中合格118种，合格率为98.3%。", "fact.percentage") == []


def test_misused_idioms_and_collocations():
    assert found("集团首当其冲，建成全省首个自动化集装箱码头。", "language.collocation") == ["首当其冲"]
    assert found("沿海地区首当其冲，受到台风严重影响。", "language.collocation") == []
    assert found("先进经验必将对我市工作起到抛砖引玉的作用。", "language.collocation") != []
    assert found("我的发言只是抛砖引玉。", "language.collocation") == []
    assert found("着力推进工单办理质量，做到派单精准。", "language.collocation") == ["推进工单办理质量"]
    assert found("推进高质量发展。", "language.collocation") == []
    assert found("要进行认真地研究，充分吸纳。", "language.de") == ["地"]
    assert found("要认真地研究。", "language.de") == []


def test_context_cues_of_fanying_and_quanli():
    assert found("可通过来电、来访等方式向集团纪委反应。", "language.context") == ["反应"]
    assert found("他们向市场作出反应。", "language.context") == []
    assert found("我行保留依法追索的权力。", "language.context") == ["权力"]
