"""Report attachments: stored under MEDIA_ROOT with their SHA-256, size-limited."""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from pathlib import Path

from django.conf import settings
from django.utils import timezone

from zhongshu.core.errors import ServiceError

MAX_FILES = 10
_UNSAFE = re.compile(r"[\\/:*?\"<>|\x00-\x1f]")


def safe_name(name: str) -> str:
    name = _UNSAFE.sub("_", os.path.basename(name or "")).strip(" .")
    return (name or "附件")[-120:]


def store(upload) -> dict:
    """Save an uploaded file (Django UploadedFile or any object with name,
    size and chunks()); return the fields of an Attachment."""
    limit = settings.MAX_UPLOAD_BYTES
    name = safe_name(getattr(upload, "name", ""))
    size = getattr(upload, "size", None)
    if size is not None and size > limit:
        raise ServiceError(f"附件“{name}”超过大小上限（{limit // (1024 * 1024) or 1} MB）", field="files")
    if size == 0:
        raise ServiceError(f"附件“{name}”是空文件", field="files")
    root = Path(settings.MEDIA_ROOT)
    folder = root / "supervision" / timezone.localdate().strftime("%Y/%m")
    folder.mkdir(parents=True, exist_ok=True)
    digest, total = hashlib.sha256(), 0
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".upload-")
    try:
        with os.fdopen(fd, "wb") as out:
            for chunk in upload.chunks():
                total += len(chunk)
                if total > limit:
                    raise ServiceError(f"附件“{name}”超过大小上限（{limit // (1024 * 1024) or 1} MB）", field="files")
                digest.update(chunk)
                out.write(chunk)
        if total == 0:
            raise ServiceError(f"附件“{name}”是空文件", field="files")
        sha = digest.hexdigest()
        final = folder / f"{sha}{Path(name).suffix.lower()[:10]}"
        os.replace(tmp, final)  # content-addressed: the same file twice is stored once
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return {"name": name, "path": str(final.relative_to(root)), "size": total, "sha256": sha, "content_type": getattr(upload, "content_type", "") or ""}


def check_count(files) -> None:
    if len(files) > MAX_FILES:
        raise ServiceError(f"一次最多上传 {MAX_FILES} 个附件", field="files")


def open_path(attachment) -> Path:
    path = (Path(settings.MEDIA_ROOT) / attachment.path).resolve()
    if Path(settings.MEDIA_ROOT).resolve() not in path.parents:
        raise ServiceError("附件路径无效")
    return path
