"""core.watermark works on bytes alone: no request, no model."""

import io
from datetime import datetime

import pdfplumber
import pytest

from zhongshu.core import watermark as W
from zhongshu.documents import watermark as documents_watermark


def _pdf(n):
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    for i in range(n):
        c.drawString(72, 760, f"page {i + 1}")
        c.showPage()
    c.save()
    return buf.getvalue()


def test_stamp_file_marks_every_page():
    name, data, ctype = W.stamp_file("a.pdf", _pdf(2), reader="王主办", unit="秘书科", at=datetime(2026, 3, 5, 9, 30), classification="秘密")
    assert (name, ctype) == ("a.pdf", "application/pdf")
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        assert len(pdf.pages) == 2
        for page in pdf.pages:
            text = page.extract_text()
            assert "王主办" in text and "2026-03-05 09:30" in text


def test_other_formats_refused():
    with pytest.raises(W.Unavailable, match="无法加水印"):
        W.stamp_file("a.xlsx", b"PK", reader="王", at=datetime(2026, 1, 1))


def test_documents_module_reexports_the_same_objects():
    assert documents_watermark.stamped is W.stamped and documents_watermark.Unavailable is W.Unavailable and documents_watermark.Stamp is W.Stamp
