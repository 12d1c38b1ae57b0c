"""Attachments: checksums, size limit, Chinese refusals; downloads logged."""

import hashlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from zhongshu.core.errors import ServiceError
from zhongshu.documents import services as s
from zhongshu.documents.choices import InState
from zhongshu.documents.files import verify

from .helpers import incoming_to

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    settings.MAX_UPLOAD_BYTES = 1000


def test_stored_with_checksum(cast):
    doc = incoming_to(InState.REGISTERED, cast)
    data = b"%PDF-1.4 scanned original"
    row = s.attach_upload(actor=cast["clerk"], doc=doc, upload=SimpleUploadedFile("原件.pdf", data))
    assert row.sha256 == hashlib.sha256(data).hexdigest() and row.size == len(data) and verify(row)
    assert row.name == "原件.pdf" and row.sha256[:32] in row.file.name


@pytest.mark.parametrize("name,data,message", [
    ("大文件.pdf", b"%PDF-" + b"x" * 2000, "超过上限"),
    ("病毒.exe", b"MZ", "不支持的文件类型"),
    ("空.pdf", b"", "是空的"),
    ("假的.pdf", b"hello", "不是有效的 PDF"),
])
def test_bad_files_refused_in_chinese(cast, name, data, message):
    doc = incoming_to(InState.REGISTERED, cast)
    with pytest.raises(ServiceError, match=message):
        s.attach_upload(actor=cast["clerk"], doc=doc, upload=SimpleUploadedFile(name, data))
    assert not doc.files.exists()


def test_page_upload_error_and_download(client, cast):
    doc = incoming_to(InState.REGISTERED, cast)
    client.force_login(cast["clerk"])
    r = client.post(f"/documents/in/{doc.pk}/attach/", {"file": SimpleUploadedFile("大.pdf", b"%PDF-" + b"x" * 5000)}, follow=True)
    assert "超过上限" in r.content.decode()
    s.attach_upload(actor=cast["clerk"], doc=doc, upload=SimpleUploadedFile("原件.pdf", b"%PDF-1.4 ok"))
    f = doc.files.get()
    assert b"".join(client.get(f"/documents/files/{f.pk}/").streaming_content) == b"%PDF-1.4 ok"
    client.force_login(cast["handler"])  # not yet assigned: may not see it
    assert client.get(f"/documents/files/{f.pk}/").status_code == 404
