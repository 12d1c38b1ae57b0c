import pytest

from .helpers import found


@pytest.mark.parametrize("text,span", [
    ("临政办发[2026]5号", "[2026]5号"),
    ("临政办发【2026】5号", "【2026】5号"),
    ("临政办发（2026）5号", "（2026）5号"),
    ("临政办发〔2026〕第5号", "〔2026〕第5号"),
    ("临政办发〔2026〕05号", "〔2026〕05号"),
])
def test_document_number(text, span):
    assert found(text, "format.docno") == [span]


@pytest.mark.parametrize("text", ["临政办发〔2026〕5号", "（2024）京0105民初12345号", "详见国办发〔2023〕12号文件。"])
def test_document_number_clean(text):
    assert found(text, "format.docno") == []


def test_title_full_stop():
    assert found("关于开展安全检查的通知。\n各单位：", "format.title_punct") == ["。"]
    assert found("关于开展安全检查的通知\n各单位：", "format.title_punct") == []


def test_recipient_colon():
    assert found("关于开展安全检查的通知\n各区县人民政府，市政府各部门\n正文。", "format.recipient_colon") == ["门"]
    assert found("关于开展安全检查的通知\n各区县人民政府，市政府各部门：\n正文。", "format.recipient_colon") == []


def test_heading_separators():
    text = "一.总体要求\n（一）、目标\n2、任务\n（1）.细则\n二、保障"
    assert found(text, "format.heading_sep") == [".", "、", "、", "."]


def test_heading_sequence_gap():
    text = "一、总体要求\n二、主要任务\n四、保障措施"
    assert found(text, "format.heading_sequence") == ["四"]


def test_heading_sequence_resets_under_new_parent_and_attachment():
    text = "一、甲\n（一）子\n（二）子\n二、乙\n（一）子\n1.细\n2.细\n附件\n一、附件内容"
    assert found(text, "format.heading_sequence") == []


def test_heading_numbers_in_prose_are_ignored():
    assert found("1.5亿元资金已经到位。\n一方面要加强领导。", "format.heading") == []


def test_inline_sequence():
    assert found("一是加强领导，二是完善制度，四是强化考核。", "format.inline_sequence") == ["四"]
    assert found("一是加强领导，二是完善制度，三是强化考核。", "format.inline_sequence") == []


def test_attachment_note():
    text = "附件：1、检查表。\n      2.统计表"
    assert found(text, "format.attachment") == ["、", "。"]
    assert found("附件：1.检查表\n      2.统计表", "format.attachment") == []


def test_written_date():
    assert found("临江市人民政府\n二〇二六年三月五日", "format.date") == ["二〇二六年三月五日"]
    assert found("临江市人民政府\n2026年03月05日", "format.date") == ["2026年03月05日"]
    assert found("临江市人民政府\n2026年3月5日", "format.date") == []


def test_leading_zero_dates_in_body():
    assert found("会议于2026年03月05日召开。", "format.date") == ["2026年03月05日"]
    assert found("会议于2026年10月15日召开。", "format.date") == []
