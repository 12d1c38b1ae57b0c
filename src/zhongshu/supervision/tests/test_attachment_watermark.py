"""Attachments of classified 督办 items are downloaded as copies stamped with the
reader's name, unit and time (core/watermark.py, shared with 办文); the stored
file never changes; unclassified attachments are served as stored."""

import hashlib
import io
from datetime import datetime
from zoneinfo import ZoneInfo

import pdfplumber
import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile

from zhongshu.audit.models import AuditEntry
from zhongshu.core.choices import Classification
from zhongshu.supervision import files, services
from zhongshu.supervision.choices import SourceKind

pytestmark = pytest.mark.django_db
AT = datetime(2026, 3, 5, 9, 30, tzinfo=ZoneInfo("Asia/Shanghai"))


def pdf_bytes(pages):
    from reportlab.pdfgen import canvas

    from zhongshu.core.watermark import _font

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    for text in pages:
        c.setFont(_font("".join(pages)), 16)
        c.drawString(72, 760, text)
        c.showPage()
    c.save()
    return buf.getvalue()


def _flat_text(page) -> str:
    return page.filter(lambda o: o.get("object_type") != "char" or abs(o["matrix"][1]) < 1e-6).extract_text()


def _attachment(supervisor, leader, owner, unit_a, classification, name, content, content_type="application/pdf"):
    with time_machine.travel(AT, tick=False):
        task = services.task_register(actor=supervisor, title="专项整治", source_kind=SourceKind.INSTRUCTION, instruction="请抓紧落实。",
                                      instructing_leader=leader, classification=classification)
        services.item_add(actor=supervisor, task=task, title="排查隐患", target="形成清单", lead_unit=unit_a, assignee=owner, deadline_days=5)
        item = services.task_assign(actor=supervisor, task=task)[0]
        report = services.item_report(actor=owner, item=item, text="已部署", progress=20,
                                      uploads=[SimpleUploadedFile(name, content, content_type=content_type)])
    return item, report.attachments.get()


def _get(client, user, att):
    client.force_login(user)
    with time_machine.travel(AT, tick=False):
        return client.get(f"/supervision/attachments/{att.pk}/")


def test_classified_pdf_stamped_on_every_page_stored_bytes_unchanged(client, supervisor, leader, owner, unit_a):
    original = pdf_bytes(["第一页", "第二页", "第三页"])
    item, att = _attachment(supervisor, leader, owner, unit_a, Classification.SECRET, "佐证.pdf", original)
    for reader in (owner, supervisor):
        response = _get(client, reader, att)
        assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
        served = b"".join(response.streaming_content)
        assert served != original
        with pdfplumber.open(io.BytesIO(served)) as pdf:
            assert len(pdf.pages) == 3
            for i, page in enumerate(pdf.pages):
                text = _flat_text(page)
                assert reader.name in text and reader.unit.name in text and "2026-03-05 09:30" in text and "秘密" in text, (i, text)
                assert ["第一页", "第二页", "第三页"][i] in text
    stored = files.open_path(att).read_bytes()
    assert stored == original and hashlib.sha256(stored).hexdigest() == att.sha256
    entry = AuditEntry.objects.filter(action="supervision.download").latest("seq")
    assert "加水印" in entry.summary and supervisor.name in entry.data["watermark"]


def test_classified_docx_header_and_footer(client, supervisor, leader, owner, unit_a):
    import docx

    source = docx.Document()
    source.add_paragraph("涉密正文")
    buf = io.BytesIO()
    source.save(buf)
    _, att = _attachment(supervisor, leader, owner, unit_a, Classification.CONFIDENTIAL, "报告.docx", buf.getvalue(),
                         "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    copy = docx.Document(io.BytesIO(b"".join(_get(client, owner, att).streaming_content)))
    header = "\n".join(p.text for p in copy.sections[0].header.paragraphs)
    footer = "\n".join(p.text for p in copy.sections[0].footer.paragraphs)
    assert "王主办" in header and "王主办" in footer and "2026-03-05 09:30" in footer
    assert copy.paragraphs[0].text == "涉密正文"
    assert files.open_path(att).read_bytes() == buf.getvalue()


def test_classified_image_served_as_stamped_pdf(client, supervisor, leader, owner, unit_a):
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (200, 280), "white").save(buf, "PNG")
    _, att = _attachment(supervisor, leader, owner, unit_a, Classification.SECRET, "现场.png", buf.getvalue(), "image/png")
    response = _get(client, owner, att)
    assert response["Content-Type"] == "application/pdf" and "pdf" in response["Content-Disposition"]
    with pdfplumber.open(io.BytesIO(b"".join(response.streaming_content))) as pdf:
        assert "王主办" in _flat_text(pdf.pages[0])


def test_classified_other_format_refused_in_chinese(client, supervisor, leader, owner, unit_a):
    item, att = _attachment(supervisor, leader, owner, unit_a, Classification.SECRET, "数据.zip", b"PK\x03\x04zip", "application/zip")
    response = _get(client, owner, att)
    assert response.status_code == 302 and response["Location"] == item.get_absolute_url()
    assert "无法加水印" in client.get(response["Location"]).content.decode()
    assert not AuditEntry.objects.filter(action="supervision.download").exists()


def test_unclassified_attachment_served_as_stored(client, supervisor, leader, owner, unit_a):
    original = pdf_bytes(["公开"])
    _, att = _attachment(supervisor, leader, owner, unit_a, Classification.NONE, "公开.pdf", original)
    response = _get(client, owner, att)
    assert b"".join(response.streaming_content) == original and "X-Zhongshu-Reader" not in response
    assert AuditEntry.objects.filter(action="supervision.download").get().data == {"sha256": att.sha256}


def test_uncleared_and_outsider_get_404(client, supervisor, leader, owner, unit_a, uncleared, outsider):
    _, att = _attachment(supervisor, leader, owner, unit_a, Classification.SECRET, "佐证.pdf", pdf_bytes(["x"]))
    for user in (uncleared, outsider):
        assert _get(client, user, att).status_code == 404
    assert not AuditEntry.objects.filter(action="supervision.download").exists()
