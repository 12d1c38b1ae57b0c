"""联合行文 with seals (GB/T 9704-2012 7.3.5.1): the issuing bodies' names side
by side in order, each centred on its own seal, seals one-to-one, neither
touching nor leaving the 版心, the last one over the last name and the date."""

import io
import re
import zipfile

import pdfplumber
import pytest
from lxml import etree

from zhongshu.gongwen import parse_source, render_docx, render_pdf
from zhongshu.gongwen.cli import template_text
from zhongshu.gongwen.geometry import SEAL_GAP, SEAL_SIZE

from .pdfutil import MM, page_lines
from .test_fidelity import SOFFICE, libreoffice_pdf, substitute_names

NAMES = ["临江市人民政府办公室", "临江市财政局", "临江市生态环境局", "临江市应急管理局"]
DATE = "2026年12月20日"
CELL = 156 / 28
SEAL, GAP = SEAL_SIZE / MM, SEAL_GAP / MM


def joint(k: int):
    t = template_text("通知")
    t = re.sub(r"署名: .*", "署名: " + "、".join(NAMES[:k]), t)
    t = re.sub(r"发文机关标志: .*", "发文机关标志: " + "、".join(NAMES[:k]) + "文件", t)
    return parse_source(t)


def name_boxes(pdf_bytes_or_path):
    """{name: (page, x0, x1, top)} of the signature names, and the date's box."""
    pdf = pdfplumber.open(io.BytesIO(pdf_bytes_or_path) if isinstance(pdf_bytes_or_path, bytes) else pdf_bytes_or_path)
    found, date = {}, None
    for pg, page in enumerate(pdf.pages):
        for top, cs in page_lines(page):
            text = "".join(c["text"] for c in cs)
            if text == DATE:
                date = (pg, cs[0]["x0"] / MM, cs[-1]["x1"] / MM, top)
            # a line of the signature: names separated by gaps wider than a character
            runs, cur = [], [cs[0]]
            for a, b in zip(cs, cs[1:]):
                if b["x0"] - a["x1"] > 8 * MM:
                    runs.append(cur)
                    cur = []
                cur.append(b)
            runs.append(cur)
            for r in runs:
                t = "".join(c["text"] for c in r)
                if t in NAMES and r[0]["size"] < 20 and date is None:  # above the date (not the 版记)
                    found[t] = (pg, r[0]["x0"] / MM, r[-1]["x1"] / MM, top)
    return found, date


def check_layout(found, date, k):
    assert list(found) == NAMES[:k] or sorted(found) == sorted(NAMES[:k])
    assert set(found) == set(NAMES[:k])
    centre = {n: (b[1] + b[2]) / 2 for n, b in found.items()}
    # each seal (a circle of SEAL mm centred on its name) inside the 版心
    for n, b in found.items():
        r = max(SEAL, b[2] - b[1]) / 2
        assert centre[n] - r >= 28 - 0.5 and centre[n] + r <= 184 + 0.5, n
    # seals one-to-one, not touching: names of a row are a seal and a gap apart, rows too
    rows: dict[float, list[str]] = {}
    for n, b in found.items():
        rows.setdefault(round(b[0] * 1000 + b[3]), []).append(n)
    for row in rows.values():
        xs = sorted(centre[n] for n in row)
        assert all(b - a >= SEAL + GAP - 0.5 for a, b in zip(xs, xs[1:]))
    tops = sorted({found[row[0]][3] for row in rows.values()})
    assert all(b - a >= SEAL + GAP - 0.5 for a, b in zip(tops, tops[1:]))
    # order: left to right, then top to bottom
    order = sorted(found, key=lambda n: (found[n][0], found[n][3], found[n][1]))
    assert order == NAMES[:k]
    # the last name centred over the date; the date four characters in from the right
    last = NAMES[k - 1]
    assert abs(date[2] - (184 - 4 * CELL)) < 1
    assert abs(centre[last] - (date[1] + date[2]) / 2) < 1
    assert date[0] == found[last][0] and 0 < date[3] - found[last][3] < 12  # on the next line
    return rows


@pytest.mark.parametrize("k", [2, 3, 4])
def test_joint_seal_positions_in_pdf(k, pdf_fonts):
    found, date = name_boxes(render_pdf(joint(k)))
    rows = check_layout(found, date, k)
    assert len(rows) == (k + 1) // 2  # two 45 mm seals a row fit beside the date's column


def test_joint_seal_lines_in_docx():
    x = etree.fromstring(zipfile.ZipFile(io.BytesIO(render_docx(joint(2)))).read("word/document.xml"))
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    row = [p for p in x.iter(w + "p") if "".join(t.text or "" for t in p.iter(w + "t")) == NAMES[0] + NAMES[1]]
    assert len(row) == 1  # both names on one line: the first by indent, the second by a tab stop
    assert row[0].find(f"{w}pPr/{w}tabs/{w}tab") is not None


def test_joint_mark_in_docx_is_a_table_at_full_size():
    x = etree.fromstring(zipfile.ZipFile(io.BytesIO(render_docx(joint(3)))).read("word/document.xml"))
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    tbl = x.find(f"{w}body/{w}tbl")
    cells = tbl.findall(f"{w}tr/{w}tc")
    names = ["".join(t.text for t in p.iter(w + "t")) for p in cells[0].findall(w + "p")]
    assert names == NAMES[:3]
    assert "".join(t.text for t in cells[1].iter(w + "t")) == "文件"
    assert cells[1].find(f"{w}tcPr/{w}vAlign").get(w + "val") == "center"
    for r in tbl.iter(w + "r"):
        assert r.find(f"{w}rPr/{w}sz").get(w + "val") == "72"  # 36 pt, as the PDF
        assert r.find(f"{w}rPr/{w}color").get(w + "val") == "E60012"


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) 未安装：Debian 软件包 libreoffice-writer-nogui")
def test_libreoffice_places_joint_names_like_our_pdf(pdf_fonts, tmp_path):
    doc = joint(3)
    docx_path = tmp_path / "joint.docx"
    render_docx(doc, docx_path, fonts=substitute_names())
    lo = libreoffice_pdf(str(docx_path), str(tmp_path))
    theirs, tdate = name_boxes(lo)
    ours_pdf = render_pdf(doc)
    ours, odate = name_boxes(ours_pdf)
    assert set(theirs) == set(ours)
    for n in ours:  # horizontal positions
        assert abs(theirs[n][1] - ours[n][1]) < 1 and abs(theirs[n][2] - ours[n][2]) < 1, n
    assert abs(tdate[2] - odate[2]) < 1
    # the joint 版头: the stacked names and “文件” where the PDF has them; page 1 alike
    a = page_lines(pdfplumber.open(io.BytesIO(ours_pdf)).pages[0])
    b = page_lines(pdfplumber.open(lo).pages[0])
    assert ["".join(c["text"] for c in cs) for _, cs in a] == ["".join(c["text"] for c in cs) for _, cs in b]
    for (ta, ca), (tb, cb) in zip(a, b):  # LibreOffice sets 3号 glyphs up to ~2.7 mm lower in their grid line
        assert abs(ta - tb) < 3 and abs(ca[0]["x0"] - cb[0]["x0"]) / MM < 1.5
    mark = [c for c in pdfplumber.open(lo).pages[0].chars if c["size"] > 30]
    assert abs(min(c["top"] for c in mark) / MM - (37 + 35)) < 1  # 35 mm below the top of the 版心
