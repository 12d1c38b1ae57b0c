"""主送机关 ending in ；/， (also under a 发文字号 line); （2） used at the second heading level."""

from .helpers import found


def test_recipient_semicolon_and_units():
    t = "关于协助做好赛事保障工作的函\n\n市公安局交通警察支队、市卫生健康委员会；\n　　经市政府同意……\n"
    assert found(t, "format.recipient_colon") == ["；"]
    t = "关于开展排查的通知\n东政办发〔2025〕9号\n\n各街道办事处，区属各国有企业，\n　　为做好……\n"
    assert found(t, "format.recipient_colon") == ["，"]
    t = "关于开展排查的通知\n\n各街道办事处，区属各国有企业：\n　　为做好……\n"
    assert found(t, "format.recipient_colon") == []


def test_second_level_arabic():
    t = "关于X的通知\n\n各部门：\n一、要求\n（一）提高认识。甲。\n（二）压实责任。乙。\n（2）加强协调。丙。\n（四）严格督查。丁。\n"
    assert found(t, "format.heading_level") == ["（2）"]
    assert found(t, "format.heading_sequence") == []
    t = "关于X的通知\n\n各部门：\n一、要求\n（一）提高认识。\n1.甲。\n（1）乙。\n（2）丙。\n"
    assert found(t, "format.heading_level") == []
