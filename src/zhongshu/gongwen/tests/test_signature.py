"""GB/T 9704-2012 7.3.5.5: the signature, date and seal never stand alone on a
page; the line spacing is adjusted instead (the 2012 standard has no
“此页无正文”). Both renderers, and LibreOffice on the DOCX, agree."""

import io
import math
import zipfile

import pdfplumber
import pytest
from lxml import etree

from zhongshu.gongwen import parse_source, render_docx, render_pdf
from zhongshu.gongwen.cli import template_text
from zhongshu.gongwen.doctypes import DOCTYPES
from zhongshu.gongwen.geometry import LINE
from zhongshu.gongwen.layout import MIN_PITCH, build_plan, paginate

from .pdfutil import MM, page_lines, text_lines
from .test_fidelity import SOFFICE, libreoffice_pdf, substitute_names

PARAS = [
    "各单位要加强督促检查，市政府督查室将会同有关部门定期开展专项督查，对工作推进不力的单位予以通报。",
    "各区县人民政府要把城乡环境综合整治作为重要民生工程，主要负责同志亲自抓，分管负责同志具体抓，层层压实责任。",
    "请各区县于每季度末月25日前将工作进展情况报送市城乡环境综合整治工作领导小组办公室。",
    "集中清理占道经营、乱搭乱建、乱贴乱画等问题，规范户外广告设置。",
]
DATE = "2026年12月20日"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def notice(n: int):
    """The 通知 template's header with n body paragraphs. With 14 the body ends
    too low for the signature (tightened); with 15 tightening would go below
    MIN_PITCH (the last paragraph moves over)."""
    head = template_text("通知").partition("\n\n")[0]
    return parse_source(head + "\n\n" + "\n".join(PARAS[k % 4] for k in range(n)))


def pdf_pages(doc):
    pdf = pdfplumber.open(io.BytesIO(render_pdf(doc)))
    return [[(t, "".join(c["text"] for c in cs), cs) for t, cs in page_lines(p) if t < 263] for p in pdf.pages]


def signature_page(pages):
    return next(k for k, p in enumerate(pages) if any(s == DATE for _, s, _ in p))


def body_text(line: str) -> bool:
    return any(line in p or p.startswith(line) or line in p[len(line):] for p in PARAS) and len(line) > 8


@pytest.mark.parametrize("name", list(DOCTYPES))
def test_no_template_has_a_lonely_signature(name):
    plan = build_plan(parse_source(template_text(name)))
    paginate(plan)
    sig = [q for q in plan if q.zone == "signature" and q.placed]
    if not sig:
        return
    page = sig[0].placed[0][0]
    body = [q for q in plan if q.zone in ("body", "heading", "notes", "attendance") and q.placed]
    assert any(pg == page for q in body for pg, _ in q.placed), "signature alone on its page"


def test_tightened_lines_keep_signature_with_body(pdf_fonts):
    doc = notice(14)
    plan = build_plan(doc)
    paginate(plan)
    tight = [q for q in plan if q.pitch < 1]
    assert tight and all(MIN_PITCH <= q.pitch < 1 for q in tight)
    pages = pdf_pages(doc)
    k = signature_page(pages)
    page = pages[k]
    assert any(body_text(s) for _, s, _ in page), "the signature page has body text"
    assert max(cs[0]["bottom"] for _, _, cs in page) / MM < 262.5  # still inside the 版心
    tops = [t for t, s, _ in page if body_text(s)]
    steps = [b - a for a, b in zip(tops, tops[1:])]
    normal = LINE / MM  # the PDF's line pitch in mm
    assert min(steps) >= MIN_PITCH * normal - 0.1 and min(steps) < normal - 0.3
    # the DOCX: the same paragraphs with a smaller exact line height, never below MIN_PITCH
    x = etree.fromstring(zipfile.ZipFile(io.BytesIO(render_docx(doc))).read("word/document.xml"))
    pitch = {q.pitch for q in tight}
    assert len(pitch) == 1
    want = math.floor(579 * pitch.pop())
    heights = [int(s.get(W + "line")) for s in x.iter(W + "spacing") if s.get(W + "lineRule") == "exact"]
    assert heights.count(want) == sum(q.n if q.kind == "blank" else 1 for q in tight)
    assert want >= MIN_PITCH * 579 - 1


def test_last_paragraph_moves_when_tightening_is_not_enough(pdf_fonts):
    doc = notice(15)
    plan = build_plan(doc)
    paginate(plan)
    assert all(q.pitch == 1 for q in plan)
    pushed = [q for q in plan if q.pushed]
    assert len(pushed) == 1 and pushed[0].zone == "body"
    pages = pdf_pages(doc)
    k = signature_page(pages)
    first_top, first, _ = pages[k][0]
    assert abs(first_top - 37) < 0.5 and body_text(first)  # the moved paragraph heads the page
    assert len(pages[k - 1]) < 22  # and left room on the page before
    x = etree.fromstring(zipfile.ZipFile(io.BytesIO(render_docx(doc))).read("word/document.xml"))
    breaks = [p for p in x.iter(W + "p") if p.find(f"{W}pPr/{W}pageBreakBefore") is not None]
    assert len(breaks) == 1
    assert "".join(t.text for t in breaks[0].iter(W + "t")) == pushed[0].segs[0].text


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) 未安装：Debian 软件包 libreoffice-writer-nogui")
@pytest.mark.parametrize("n", [14, 15])
def test_libreoffice_keeps_signature_with_body_too(n, pdf_fonts, tmp_path, output_dir):
    doc = notice(n)
    docx_path = tmp_path / f"signature{n}.docx"
    render_docx(doc, docx_path, fonts=substitute_names())
    ours = tmp_path / "ours.pdf"
    render_pdf(doc, ours)
    theirs = libreoffice_pdf(str(docx_path), str(tmp_path))
    a, b = text_lines(ours), text_lines(theirs)
    assert [len(p) for p in a] == [len(p) for p in b]
    assert a == b
    (output_dir / f"signature{n}.pdf").write_bytes(ours.read_bytes())
