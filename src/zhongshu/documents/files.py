"""Storing and serving document files: checksums, size limit, logged reads."""

from __future__ import annotations

import hashlib
from pathlib import PurePath

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction

from zhongshu.audit.services import audit_record
from zhongshu.core.errors import ServiceError

from .choices import FileKind
from .models import DocFile, Incoming

ALLOWED = {".pdf", ".ofd", ".docx", ".doc", ".wps", ".jpg", ".jpeg", ".png", ".tif", ".tiff", ".txt", ".xlsx", ".xls", ".zip"}
CONTENT_TYPES = {".pdf": "application/pdf", ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".txt": "text/plain; charset=utf-8"}


def _human(n: int) -> str:
    return f"{n / 1024 / 1024:.0f} MB" if n >= 1024 * 1024 else f"{n / 1024:.0f} KB"


def check_upload(upload) -> str:
    """Refuse bad files with a Chinese message; return the cleaned file name."""
    if upload is None:
        raise ServiceError("请选择要上传的文件", field="file")
    name = PurePath(upload.name or "").name.strip()
    ext = PurePath(name).suffix.lower()
    if not name or ext not in ALLOWED:
        raise ServiceError(f"不支持的文件类型“{ext or name or '无扩展名'}”；可上传：{'、'.join(sorted(e[1:] for e in ALLOWED))}", field="file")
    if upload.size == 0:
        raise ServiceError(f"文件“{name}”是空的", field="file")
    limit = settings.MAX_UPLOAD_BYTES
    if upload.size > limit:
        raise ServiceError(f"文件“{name}”大小为 {_human(upload.size)}，超过上限 {_human(limit)}", field="file")
    if ext == ".pdf":
        head = upload.read(5)
        upload.seek(0)
        if head != b"%PDF-":
            raise ServiceError(f"文件“{name}”不是有效的 PDF 文件", field="file")
    if ext == ".docx":
        head = upload.read(2)
        upload.seek(0)
        if head != b"PK":
            raise ServiceError(f"文件“{name}”不是有效的 DOCX 文件", field="file")
    return name


def store_file(*, actor, doc, kind: str, name: str, content: bytes | None = None, upload=None, version: int | None = None) -> DocFile:
    """Save a file under MEDIA_ROOT with its SHA-256; the caller holds the transaction."""
    sha = hashlib.sha256()
    if upload is not None:
        for chunk in upload.chunks():
            sha.update(chunk)
        upload.seek(0)
        size = upload.size
        data = upload
    else:
        sha.update(content)
        size = len(content)
        data = ContentFile(content)
    ext = PurePath(name).suffix.lower()
    parent = {"incoming": doc} if isinstance(doc, Incoming) else {"outgoing": doc}
    row = DocFile(**parent, kind=kind, name=name, sha256=sha.hexdigest(), size=size, content_type=CONTENT_TYPES.get(ext, "application/octet-stream"), version=version, uploaded_by=actor)
    # The stored name is the checksum: no user-controlled path reaches the disk.
    row.file.save(f"{sha.hexdigest()[:32]}{ext}", data, save=False)
    row.save()
    return row


def attach_upload(*, actor, doc, upload, kind: str = FileKind.ORIGINAL) -> DocFile:
    from .common import record

    name = check_upload(upload)
    with transaction.atomic():
        row = store_file(actor=actor, doc=doc, kind=kind, name=name, upload=upload)
        record(actor=actor, doc=doc, action="attach", action_label="上传附件", from_state=doc.state, reason=f"{name}（SHA-256 {row.sha256[:16]}…）")
    return row


def log_download(*, actor, doc, docfile: DocFile, watermark: str = "") -> None:
    """Every download is logged; for classified items this is the 保密 record
    (with the watermark the served copy carries)."""
    summary = f"下载《{doc.title}》的{docfile.get_kind_display()}“{docfile.name}”" + ("（加水印）" if watermark else "")
    data = {"file": docfile.pk, "sha256": docfile.sha256, "classification": doc.classification}
    if watermark:
        data["watermark"] = watermark
    audit_record(actor=actor, action="documents.download", summary=summary, obj=doc, data=data)


def verify(docfile: DocFile) -> bool:
    sha = hashlib.sha256()
    with docfile.file.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            sha.update(chunk)
    return sha.hexdigest() == docfile.sha256
