"""信函格式 (GB/T 9704-2012 10.1): the mark 30 mm from the paper top and the
two red double rules (4 mm under the mark; 20 mm above the paper bottom),
170 mm wide, in the PDF, in the DOCX XML, and as LibreOffice renders the DOCX."""

import io
import zipfile

import pdfplumber
import pytest
from lxml import etree

from zhongshu.gongwen import parse_source, render_docx, render_pdf
from zhongshu.gongwen.cli import template_text

from .pdfutil import MM, page_lines
from .test_fidelity import SOFFICE, libreoffice_pdf, substitute_names

NS = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
      "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
      "a": "http://schemas.openxmlformats.org/drawingml/2006/main"}
EMU_MM = 36000
# (top, bottom) in mm of the four red lines: thick, thin under the mark; thin, thick above the bottom
RULES = [(49.22, 49.82), (50.30, 50.55), (275.98, 276.23), (276.70, 277.30)]


@pytest.fixture
def letter():
    return parse_source(template_text("函"))


def anchors(letter):
    z = zipfile.ZipFile(io.BytesIO(render_docx(letter)))
    doc = etree.fromstring(z.read("word/document.xml"))
    out = []
    for a in doc.iter(f"{{{NS['wp']}}}anchor"):
        assert a.find("wp:positionH", NS).get("relativeFrom") == "page"
        assert a.find("wp:positionV", NS).get("relativeFrom") == "page"
        assert a.find("wp:wrapNone", NS) is not None  # the body does not flow around them
        x = int(a.find("wp:positionH/wp:posOffset", NS).text) / EMU_MM
        y = int(a.find("wp:positionV/wp:posOffset", NS).text) / EMU_MM
        ext = a.find("wp:extent", NS)
        text = "".join(t.text or "" for t in a.iter(f"{{{NS['w']}}}t"))
        out.append((x, y, int(ext.get("cx")) / EMU_MM, int(ext.get("cy")) / EMU_MM, text, a))
    return doc, out


def test_docx_mark_and_rules_anchored_to_the_page(letter):
    doc, shapes = anchors(letter)
    (mark,) = [s for s in shapes if s[4]]
    x, y, w, h, text, a = mark
    assert text == "临江市人民政府办公室"
    assert abs(x - 28) < 0.1 and abs(w - 156) < 0.1  # over the 版心, text centred
    assert 29 < y < 31.5  # a 44 pt line whose glyphs start 30 mm from the paper top (checked in LibreOffice below)
    assert a.find(".//w:color", NS).get(f"{{{NS['w']}}}val") == "E60012"
    rules = sorted((s for s in shapes if not s[4]), key=lambda s: s[1])
    assert len(rules) == 4
    for (x, y, w, h, _, a), (top, bottom) in zip(rules, RULES):
        assert abs(x - 20) < 0.05 and abs(w - 170) < 0.05  # 170 mm, centred on the page
        assert abs(y - top) < 0.1 and abs(y + h - bottom) < 0.1
        assert a.find(".//a:srgbClr", NS).get("val") == "E60012"
    # the mark is no longer an in-text paragraph of the body: no red text outside the text box
    body_runs = [r for p in doc.find("w:body", NS).findall("w:p", NS) for r in p.findall("w:r", NS)]
    assert not [r for r in body_runs if r.find("w:rPr/w:color", NS) is not None]


def test_docx_first_page_has_no_page_number(letter):
    z = zipfile.ZipFile(io.BytesIO(render_docx(letter)))
    doc = etree.fromstring(z.read("word/document.xml"))
    sect = doc.find(".//w:body/w:sectPr", NS)
    assert sect.find("w:titlePg", NS) is not None
    rels = etree.fromstring(z.read("word/_rels/document.xml.rels"))
    target = {r.get("Id"): r.get("Target") for r in rels}
    first = [f for f in sect.findall("w:footerReference", NS) if f.get(f"{{{NS['w']}}}type") == "first"][0]
    footer = etree.fromstring(z.read("word/" + target[first.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")]))
    assert "".join(t.text or "" for t in footer.iter(f"{{{NS['w']}}}t")) == ""


def red_lines(page):
    out = []
    for c in page.lines + page.curves + page.rects:
        col = c.get("stroking_color") if c in page.lines else c.get("non_stroking_color")
        if col and len(col) == 3 and col[0] > 0.8 and col[1] < 0.2 and c["width"] > 160 * MM:
            out.append(c)
    return sorted(out, key=lambda c: c["top"])


def test_pdf_letter_geometry(letter, pdf_fonts):
    page = pdfplumber.open(io.BytesIO(render_pdf(letter))).pages[0]
    mark = [c for c in page.chars if c["size"] > 30]
    assert abs(min(c["top"] for c in mark) / MM - 30) < 0.5
    lines = red_lines(page)
    assert len(lines) == 4
    for ln, (top, bottom) in zip(lines, RULES):
        assert abs(ln["x0"] / MM - 20) < 0.5 and abs(ln["x1"] / MM - 190) < 0.5
        assert abs(ln["top"] / MM - (top + bottom) / 2) < 0.5
    assert lines[0]["linewidth"] > lines[1]["linewidth"]  # thick over thin
    assert lines[3]["linewidth"] > lines[2]["linewidth"]  # thin over thick
    assert not [t for t, _ in page_lines(page) if t > 263]  # no page number on page 1


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) 未安装：Debian 软件包 libreoffice-writer-nogui")
def test_libreoffice_renders_letter_like_our_pdf(letter, pdf_fonts, tmp_path, output_dir):
    docx_path = tmp_path / "letter.docx"
    render_docx(letter, docx_path, fonts=substitute_names())
    lo = libreoffice_pdf(str(docx_path), str(tmp_path))
    (output_dir / "han.libreoffice.pdf").write_bytes(open(lo, "rb").read())
    theirs = pdfplumber.open(lo)
    ours = pdfplumber.open(io.BytesIO(render_pdf(letter)))
    assert len(theirs.pages) == len(ours.pages) == 1
    page = theirs.pages[0]
    mark = [c for c in page.chars if c["size"] > 30]
    assert "".join(c["text"] for c in mark) == "临江市人民政府办公室"
    assert abs(min(c["top"] for c in mark) / MM - 30) < 0.5  # top edge 30 mm from the paper top
    lines = red_lines(page)
    assert len(lines) == 4
    for c, (top, bottom) in zip(lines, RULES):
        assert abs(c["x0"] / MM - 20) < 0.5 and abs(c["x1"] / MM - 190) < 0.5
        assert abs(c["top"] / MM - top) < 0.5 and abs(c["bottom"] / MM - bottom) < 0.5
    # the same lines as our PDF, on the same grid lines (the DOCX grid pitch is
    # 579 twips, the PDF's 225 mm / 22 measured to the glyph box: a few tenths apart)
    a = [(t, "".join(x["text"] for x in cs)) for t, cs in page_lines(ours.pages[0]) if 37 <= t < 263]
    b = [(t, "".join(x["text"] for x in cs)) for t, cs in page_lines(page) if 37 <= t < 263]
    assert [s for _, s in a] == [s for _, s in b]
    assert all(abs(ta - tb) < 2.5 for (ta, _), (tb, _) in zip(a, b))
