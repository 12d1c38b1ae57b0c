"""书名号 and 引号 nested inside themselves (GB/T 15834-2011)."""

from .helpers import found


def test_nested_book_title():
    assert found("学习《关于印发《干部教育培训工作条例》的通知》。", "format.nesting") == ["《干部教育培训工作条例》"]
    assert found("学习《关于印发〈干部教育培训工作条例〉的通知》。", "format.nesting") == []


def test_nested_quotes():
    assert found("他说：“要做到“两个维护”。”", "format.nesting") == ["“两个维护”"]
    assert found("他说：“要做到‘两个维护’。”", "format.nesting") == []
