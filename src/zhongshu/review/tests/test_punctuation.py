import pytest

from .helpers import found


@pytest.mark.parametrize("text,span", [
    ("会议强调,要抓好落实。", ","), ("主要内容:一是", ":"), ("是否完成?", "?"),
    ("必须坚定信心!", "!"), ("内容;二是", ";"), ("报送(电子版)", "(电子版)"),
    ("工作完成了.", "."), ('主题为"奋进新征程"。', '"奋进新征程"'),
])
def test_half_width(text, span):
    assert found(text, "format.halfwidth_punct") == [span]


@pytest.mark.parametrize("text", ["上午9:30召开", "比例为1:2", "访问https://www.gov.cn查询", "GB/T 9704-2012", "共3,200人"])
def test_half_width_clean(text):
    assert found(text, "format.halfwidth_punct") == []


def test_unpaired():
    # the span runs from the unpaired mark to the end (or from the start) of its clause: the missing half is in it
    assert found("学习《安全生产法，增强意识。", "format.pair") == ["《安全生产法，"]
    assert found("各单位要做到“三个到位””。", "format.pair") == ["各单位要做到“三个到位””"]
    assert found("他说“要抓落实。", "format.pair") == ["“要抓落实。"]


def test_multi_paragraph_quote_is_legal():
    assert found("“第一段引文。\n“第二段引文。”", "format.pair") == []


def test_list_marker_paren_is_legal():
    assert found("1）加强领导；2）完善制度。", "format.pair") == []


def test_doubled():
    assert found("研究了三项议题。。", "format.doubled_punct") == ["。。"]
    assert found("抓好落实、。", "format.doubled_punct") == ["、。"]
    assert found("要认真落实...", "format.doubled_punct") == ["..."]
    assert found("任务艰巨——必须完成……", "format.doubled_punct") == []
    assert found("这是真的吗？！", "format.doubled_punct") == []


def test_ellipsis_with_etc_and_comma_before_etc():
    assert found("加强宣传……等工作", "format.ellipsis_etc") == ["……等"]
    assert found("教育、医疗、养老、等事项", "format.comma_before_etc") == ["、"]
    assert found("三、等级保护工作", "format.comma_before_etc") == []
