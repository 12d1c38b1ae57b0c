"""Downloads of classified files are stamped with the reader's name, unit and time
(SPEC §3.12); the stored original never changes; unclassified files are served as stored."""

import hashlib
import io
import sys
from datetime import datetime
from zoneinfo import ZoneInfo

import pdfplumber
import pytest
import time_machine
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from zhongshu.audit.models import AuditEntry
from zhongshu.core.choices import Classification
from zhongshu.core.models import Grant
from zhongshu.documents.files import store_file, verify
from zhongshu.documents.models import Incoming

from .helpers import pdf_bytes

pytestmark = pytest.mark.django_db
AT = datetime(2026, 3, 5, 9, 30, tzinfo=ZoneInfo("Asia/Shanghai"))


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def _doc(owner, classification):
    return Incoming.objects.create(unit=owner.unit, year=2026, serial=1, source_name="省府办", title="来文", classification=classification, secrecy_period="1年" if classification else "", received_at=timezone.now(), registered_by=owner, state="registered")


def _flat_text(page) -> str:
    """The page's upright text (the diagonal tiles are rotated and read as noise)."""
    return page.filter(lambda o: o.get("object_type") != "char" or abs(o["matrix"][1]) < 1e-6).extract_text()


def _get(client, user, row):
    client.force_login(user)
    with time_machine.travel(AT, tick=False):
        return client.get(f"/documents/files/{row.pk}/")


def test_classified_pdf_stamped_on_every_page_original_unchanged(client, owner):
    doc = _doc(owner, Classification.SECRET)
    original = pdf_bytes(["第一页正文", "第二页正文", "第三页正文"])
    row = store_file(actor=owner, doc=doc, kind="original", name="原件.pdf", content=original)
    response = _get(client, owner, row)
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    served = b"".join(response.streaming_content)
    assert served != original
    with pdfplumber.open(io.BytesIO(served)) as pdf:
        assert len(pdf.pages) == 3
        for i, page in enumerate(pdf.pages):
            text = _flat_text(page)
            assert "王主办" in text and "办公室秘书科" in text and "2026-03-05 09:30" in text, (i, text)
            assert "秘密" in text and ["第一页正文", "第二页正文", "第三页正文"][i] in text
            assert any(abs(c["matrix"][1]) > 0.1 and c["text"] == "王" for c in page.chars), "diagonal tiles present"
    row.refresh_from_db()
    with row.file.open("rb") as fh:
        assert fh.read() == original
    assert verify(row) and row.sha256 == hashlib.sha256(original).hexdigest()
    entry = AuditEntry.objects.filter(action="documents.download").latest("seq")
    assert "加水印" in entry.summary and "王主办" in entry.data["watermark"]


def test_unclassified_file_served_unchanged(client, owner):
    doc = _doc(owner, Classification.NONE)
    original = pdf_bytes(["公开文件"])
    row = store_file(actor=owner, doc=doc, kind="original", name="原件.pdf", content=original)
    response = _get(client, owner, row)
    assert b"".join(response.streaming_content) == original
    assert AuditEntry.objects.filter(action="documents.download").exists()


def test_uncleared_reader_gets_404_even_with_a_grant(client, owner, uncleared):
    doc = _doc(owner, Classification.SECRET)
    Grant.objects.create(content_type=ContentType.objects.get_for_model(Incoming), object_id=doc.pk, user=uncleared)
    row = store_file(actor=owner, doc=doc, kind="original", name="原件.pdf", content=pdf_bytes(["x"]))
    assert _get(client, uncleared, row).status_code == 404
    assert not AuditEntry.objects.filter(action="documents.download").exists()


def test_classified_docx_gets_header_and_footer_marks(client, owner):
    import docx

    source = docx.Document()
    source.add_paragraph("涉密正文")
    buf = io.BytesIO()
    source.save(buf)
    original = buf.getvalue()
    row = store_file(actor=owner, doc=_doc(owner, Classification.CONFIDENTIAL), kind="original", name="正文.docx", content=original)
    served = b"".join(_get(client, owner, row).streaming_content)
    copy = docx.Document(io.BytesIO(served))
    header = "\n".join(p.text for p in copy.sections[0].header.paragraphs)
    footer = "\n".join(p.text for p in copy.sections[0].footer.paragraphs)
    assert "王主办" in header and "2026-03-05 09:30" in header and "办公室秘书科" in footer and "2026-03-05 09:30" in footer
    assert copy.paragraphs[0].text == "涉密正文"
    assert verify(row)


def test_scanned_image_served_as_stamped_pdf(client, owner):
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (200, 280), "white").save(buf, "PNG")
    row = store_file(actor=owner, doc=_doc(owner, Classification.SECRET), kind="original", name="扫描件.png", content=buf.getvalue())
    response = _get(client, owner, row)
    assert response["Content-Type"] == "application/pdf" and "pdf" in response["Content-Disposition"]
    with pdfplumber.open(io.BytesIO(b"".join(response.streaming_content))) as pdf:
        assert "王主办" in _flat_text(pdf.pages[0])


@pytest.mark.parametrize("content,name,message", [
    (b"%PDF-1.4 damaged", "坏.pdf", "无法加水印"),
    (b"PK\x03\x04zip", "压缩包.zip", "无法加水印"),
])
def test_file_that_cannot_be_stamped_is_refused(client, owner, content, name, message):
    row = store_file(actor=owner, doc=_doc(owner, Classification.SECRET), kind="original", name=name, content=content)
    response = _get(client, owner, row)
    assert response.status_code == 302
    assert message in client.get(response["Location"]).content.decode()
    assert not AuditEntry.objects.filter(action="documents.download").exists()


def test_without_pypdf_classified_pdf_is_refused(client, owner, monkeypatch):
    monkeypatch.setitem(sys.modules, "pypdf", None)  # import fails as on a machine without it
    row = store_file(actor=owner, doc=_doc(owner, Classification.SECRET), kind="original", name="原件.pdf", content=pdf_bytes(["x"]))
    response = _get(client, owner, row)
    assert response.status_code == 302
    assert "pypdf" in client.get(response["Location"]).content.decode()
