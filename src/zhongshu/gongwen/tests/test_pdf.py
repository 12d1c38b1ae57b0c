"""Character positions in the PDF: the 28×22 grid, margins, red line, page numbers."""

import io

import pdfplumber
import pytest

from zhongshu.gongwen import parse_source, render_pdf
from zhongshu.gongwen.cli import template_text

from .pdfutil import MM, page_lines

HALF = 0.5  # mm tolerance


@pytest.fixture
def notice_pdf(long_notice, pdf_fonts):
    return pdfplumber.open(io.BytesIO(render_pdf(long_notice)))


def body_lines(page):
    return [(top, cs) for top, cs in page_lines(page) if top < 263]


def test_full_page_has_22_lines_of_28(notice_pdf):
    page = notice_pdf.pages[1]  # page 2 is full body text
    lines = body_lines(page)
    assert len(lines) == 22
    assert abs(lines[0][0] - 37) < HALF  # top of the 版心
    assert abs(lines[-1][1][0]["bottom"] / MM - 262) < HALF  # bottom of the 版心
    full = [cs for _, cs in lines if all(ord(c["text"]) > 0x2E80 for c in cs) and len(cs) == 28]
    assert len(full) >= 3
    for cs in full:
        assert abs(cs[0]["x0"] / MM - 28) < HALF  # 订口
        assert abs(cs[-1]["x1"] / MM - 184) < HALF  # right edge of the 版心
    for top, cs in lines:
        assert max(c["x1"] for c in cs) / MM < 184 + HALF
        assert min(c["x0"] for c in cs) / MM > 28 - HALF


def test_line_pitch_uniform(notice_pdf):
    tops = [t for t, _ in body_lines(notice_pdf.pages[1])]
    steps = [b - a for a, b in zip(tops, tops[1:])]
    assert max(steps) - min(steps) < 0.1


def test_red_line_4mm_under_number(notice_pdf):
    page = notice_pdf.pages[0]
    num = [cs for _, cs in page_lines(page) if "".join(c["text"] for c in cs) == "临政办发〔2026〕12号"][0]
    bottom = max(c["bottom"] for c in num) / MM
    red = [ln for ln in page.lines if ln["stroking_color"] and tuple(round(v, 2) for v in ln["stroking_color"])[:1] == (0.85,)]
    assert red, "no red separator line"
    y = red[0]["top"] / MM
    assert abs((y - bottom) - 4) < HALF
    assert abs(red[0]["x0"] / MM - 28) < HALF and abs(red[0]["x1"] / MM - 184) < HALF


def test_mark_red_and_35mm_below_text_area(notice_pdf):
    page = notice_pdf.pages[0]
    mark = [c for c in page.chars if c["size"] > 30]
    assert "".join(c["text"] for c in mark) == "临江市人民政府办公室文件"
    assert all(tuple(round(v, 2) for v in c["non_stroking_color"]) == (0.85, 0.1, 0.1) for c in mark)
    assert abs(min(c["top"] for c in mark) / MM - (37 + 35)) < HALF


def test_page_numbers(notice_pdf):
    for i, page in enumerate(notice_pdf.pages, 1):
        nums = [(t, cs) for t, cs in page_lines(page) if t > 263]
        (top, cs), = nums
        assert "".join(c["text"] for c in cs) == f"—{i}—"
        assert abs(top - (262 + 7)) < HALF
        if i % 2:  # odd: one character in from the right
            assert abs(cs[-1]["x1"] / MM - (184 - 14 / MM)) < HALF
        else:
            assert abs(cs[0]["x0"] / MM - (28 + 14 / MM)) < HALF


def test_banji_last_rule_on_bottom_of_text_area(notice_pdf):
    last = notice_pdf.pages[-1]
    black = sorted((ln for ln in last.lines if ln["width"] > 100 * MM), key=lambda ln: ln["top"])
    assert abs(black[-1]["top"] / MM - 262) < HALF
    assert black[0]["linewidth"] > black[1]["linewidth"]  # thick first, thin between


def test_fonts_embedded_and_text_extractable(notice_pdf):
    fonts = {c["fontname"].split("+")[-1] for p in notice_pdf.pages for c in p.chars}
    assert len(fonts) >= 3
    text = notice_pdf.pages[0].extract_text()
    assert "为贯彻落实" in text


def test_kinsoku_no_closing_punct_at_line_start(notice_pdf):
    for page in notice_pdf.pages:
        for _, cs in body_lines(page):
            assert cs[0]["text"] not in "，。、；：？！）》”"
            assert cs[-1]["text"] not in "（《“"


def test_signature_with_seal_centred_over_date(pdf_fonts):
    pdf = pdfplumber.open(io.BytesIO(render_pdf(parse_source(template_text("决定")))))
    lines = {"".join(c["text"] for c in cs): cs for p in pdf.pages for _, cs in page_lines(p)}
    date, name = lines["2026年12月1日"], lines["临江市人民政府"]
    cell = 156 / 28
    assert abs(date[-1]["x1"] / MM - (184 - 4 * cell)) < 1  # 右空四字
    centre = lambda cs: (cs[0]["x0"] + cs[-1]["x1"]) / 2 / MM  # noqa: E731
    assert abs(centre(date) - centre(name)) < 1


def test_signature_without_seal(pdf_fonts):
    text = template_text("决定").replace("印章: 有", "印章: 无")
    pdf = pdfplumber.open(io.BytesIO(render_pdf(parse_source(text))))
    lines = {"".join(c["text"] for c in cs): cs for p in pdf.pages for _, cs in page_lines(p)}
    name, date = lines["临江市人民政府"], lines["2026年12月1日"]
    cell = 156 / 28
    # date right 2; the name then starts two characters left of the date
    assert abs(date[-1]["x1"] / MM - (184 - 2 * cell)) < 1
    assert abs(date[0]["x0"] / MM - name[0]["x0"] / MM - 2 * cell) < 1
