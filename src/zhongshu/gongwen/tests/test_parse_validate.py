import json
import subprocess
import sys

import pytest

from zhongshu.gongwen import BlockKind, Document, document_from_json, document_to_json, parse_source, validate
from zhongshu.gongwen.cli import template_text
from zhongshu.gongwen.doctypes import DOCTYPES
from zhongshu.gongwen.parse import SourceError

HEAD = """文种: {doctype}
发文机关标志: 临江市人民政府文件
发文字号: {number}
签发人: 张三
标题: 临江市人民政府关于申请资金的请示
主送: {to}
成文日期: 2026年9月8日
署名: 临江市人民政府

正文一段。
"""


def src(doctype="请示", number="临政〔2026〕15号", to="江南省人民政府"):
    return HEAD.format(doctype=doctype, number=number, to=to)


def errors(text):
    return [p for p in validate(parse_source(text)) if p.is_error]


def test_good_request_has_no_errors():
    assert errors(src()) == []


def test_unknown_doctype_names_the_line():
    with pytest.raises(SourceError) as e:
        parse_source(src(doctype="便函"))
    assert e.value.line == 1
    assert "未知文种“便函”" in str(e.value) and "纪要" in str(e.value)


def test_missing_title():
    text = src().replace("标题: 临江市人民政府关于申请资金的请示\n", "")
    (p,) = errors(text)
    assert p.element == "标题" and "缺少标题" in str(p)


def test_request_with_two_recipients_names_line():
    (p,) = errors(src(to="江南省人民政府，江南省财政厅"))
    assert p.element == "主送机关" and p.line == 6
    assert str(p).startswith("第6行：")


@pytest.mark.parametrize(
    "number,needle",
    [("临政[2026]15号", "六角括号"), ("临政〔2026〕第12号", "不加“第”"), ("临政〔2026〕012号", "前导0"), ("临政2026-12", "格式不正确")],
)
def test_malformed_doc_number(number, needle):
    (p,) = errors(src(number=number))
    assert p.element == "发文字号" and p.line == 3 and needle in p.message


def test_upward_document_needs_signer():
    text = src().replace("签发人: 张三\n", "")
    (p,) = errors(text)
    assert p.element == "签发人"


def test_minutes_need_attendance():
    text = template_text("纪要").replace("出席: 张三、李四、王五、赵六\n", "")
    assert any(p.element == "出席" for p in errors(text))


def test_headings_recognised():
    d = parse_source(src().replace("正文一段。", "一、总体要求\n（一）加强领导。正文。\n1.第一项\n(1)细项\n普通段落"))
    assert [b.kind for b in d.body] == [BlockKind.H1, BlockKind.H2, BlockKind.H3, BlockKind.H4, BlockKind.PARAGRAPH]
    assert d.body[3].text.startswith("（1）")


def test_attachments_and_notes():
    d = parse_source(src().replace("正文一段。", "正文。\n附件：1.甲表\n2.乙表\n\n=== 附件1 ===\n甲表\n内容\n=== 附件2 ===\n乙表\n|a|b|\n|---|---|\n|1|2|"))
    assert d.attachment_notes == ["甲表", "乙表"]
    assert [a.title for a in d.attachments] == ["甲表", "乙表"]
    assert d.attachments[1].blocks[0].rows == [["a", "b"], ["1", "2"]]
    assert errors(src()) == []


@pytest.mark.parametrize("name", list(DOCTYPES))
def test_every_template_parses_and_validates(name):
    doc = parse_source(template_text(name))
    assert doc.doctype == name
    assert [str(p) for p in validate(doc) if p.is_error] == []


def test_json_round_trip():
    doc = parse_source(template_text("通知"))
    again = document_from_json(json.loads(json.dumps(document_to_json(doc), ensure_ascii=False)))
    assert document_to_json(again) == document_to_json(doc)


def test_build_in_code():
    doc = Document.simple("通知", "临江市人民政府办公室关于开会的通知", ["一、时间", "明天上午。"], issuers=["临江市人民政府办公室"],
                          doc_number="临政办发〔2026〕1号", recipients=["各单位"], date="2026年1月5日", signatories=["临江市人民政府办公室"])
    assert doc.body[0].kind is BlockKind.H1
    assert [p for p in validate(doc) if p.is_error] == []


def test_package_does_not_import_django():
    code = "import sys, zhongshu.gongwen, zhongshu.gongwen.cli, zhongshu.gongwen.docx_render, zhongshu.gongwen.pdf_render; print('django' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "False"
