"""Title lines (GB/T 9704-2012 7.3.1): broken only between words, balanced,
梯形 or 菱形, and the same lines in the DOCX and the PDF."""

import io
import zipfile

import pytest
from lxml import etree

from zhongshu.gongwen import parse_source, render_docx, render_pdf, titlebreak
from zhongshu.gongwen.cli import template_text
from zhongshu.gongwen.linebreak import text_width

from .title_cases import TITLES

CAP = 20  # 2号 characters a line in the 156 mm 版心


def cuts_of(title, lines):
    out, p = [], 0
    for ln in lines[:-1]:
        p += len(ln)
        out.append(p)
    return out


def check(title, protected, lines):
    assert "".join(lines) == title
    assert all(text_width(ln) <= CAP + 1e-6 for ln in lines)
    for c in cuts_of(title, lines):
        for w in protected:
            i = title.find(w)
            assert i >= 0, w
            assert not (i < c < i + len(w)), f"{w!r} split: {' / '.join(lines)}"
    ws = [text_width(ln) for ln in lines]
    minimal = -(-text_width(title) // CAP)
    assert len(lines) <= minimal + 1
    if len(lines) == 2:
        assert ws[0] >= ws[1] - 4, f"upper line much shorter: {' / '.join(lines)}"
    if len(lines) >= 2:
        assert ws[-1] >= 4, f"last line too short: {' / '.join(lines)}"


@pytest.mark.parametrize("title,protected", TITLES, ids=[t[:12] for t, _ in TITLES])
def test_title_breaks_between_words(title, protected):
    lines = titlebreak.split_title(title, CAP)
    check(title, protected, lines)
    if len(lines) == 2:  # balanced: no line far from the mean
        a, b = (text_width(x) for x in lines)
        assert abs(a - b) <= 9, " / ".join(lines)


@pytest.mark.parametrize("title,protected", TITLES, ids=[t[:12] for t, _ in TITLES])
def test_title_fallback_without_jieba(title, protected, monkeypatch):
    """A clean machine without jieba still keeps numbers, 的+文种 and the
    lexicon's words whole (the built-in character-class segmenter)."""
    monkeypatch.setenv("ZHONGSHU_TITLE_SEGMENTER", "basic")
    titlebreak.split_title.cache_clear()
    try:
        lines = titlebreak.split_title(title, CAP)
    finally:
        titlebreak.split_title.cache_clear()
    check(title, [w for w in protected if w.startswith("的") or any(ch.isdigit() for ch in w)], lines)


def test_qingshi_template_keeps_gaoxin_jishu_whole():
    doc = parse_source(template_text("请示"))
    lines = titlebreak.split_title(doc.title, CAP)
    assert len(lines) > 1
    assert not any(ln.endswith("高新技") or ln.startswith("术") for ln in lines)


def test_three_lines_trapezoid_or_diamond():
    t = "关于印发《临江市推动制造业高质量发展若干政策措施》《临江市支持中小企业创新发展十条措施》的通知"
    lines = titlebreak.split_title(t, CAP)
    ws = [text_width(x) for x in lines]
    assert len(lines) == 3
    top = ws.index(max(ws))
    assert all(ws[i] <= ws[i + 1] for i in range(top)) and all(ws[i] >= ws[i + 1] for i in range(top, 2))


def docx_title_lines(data: bytes):
    x = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))
    ns = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
    out = []
    for p in x.iter("{%s}p" % ns["w"]):
        sizes = {s.get("{%s}val" % ns["w"]) for s in p.findall(".//w:rPr/w:sz", ns)}
        colors = p.findall(".//w:rPr/w:color", ns)
        if sizes == {"44"} and not colors:
            out.append("".join(t.text or "" for t in p.findall(".//w:t", ns)))
    return out


@pytest.mark.parametrize("title,protected", TITLES[:12], ids=[t[:12] for t, _ in TITLES[:12]])
def test_docx_and_pdf_title_lines_identical(title, protected, pdf_fonts):
    import pdfplumber

    from .pdfutil import page_lines

    doc = parse_source(template_text("通知"))
    doc.title = title
    doc.attachments, doc.attachment_notes = [], []
    want = list(titlebreak.split_title(title, CAP))
    assert docx_title_lines(render_docx(doc)) == want
    with pdfplumber.open(io.BytesIO(render_pdf(doc))) as pdf:
        got = ["".join(c["text"] for c in cs) for _, cs in page_lines(pdf.pages[0])
               if cs and 21 < cs[0]["size"] < 23]
    assert got == want
