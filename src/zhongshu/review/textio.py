"""Reading drafts: bytes from .txt files and paragraph text from .docx files.

Offsets are code points into the text exactly as returned here. A leading
UTF-8 byte-order mark is removed by decoding (``utf-8-sig``) and is therefore
not counted; nothing else is changed (CR/LF, spaces and full-width characters
are kept as they are).
"""

from __future__ import annotations

import io
import os
import zipfile
from typing import BinaryIO


class InputError(Exception):
    """Unreadable or unsupported input; the message is shown to the user."""


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode a .txt file: UTF-8 (BOM stripped) first, then GB18030."""
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError as exc:
        raise InputError("无法识别文件编码（既不是 UTF-8 也不是 GB18030）") from exc


def docx_text(source: str | os.PathLike | BinaryIO) -> str:
    """The paragraphs' text of a .docx body, joined with "\\n".

    Paragraphs inside tables are appended after the body paragraphs, row by
    row, so that offsets of body text stay identical to ``paragraphs`` order.
    """
    try:
        import docx  # python-docx
    except ImportError as exc:  # pragma: no cover - a project dependency
        raise InputError("缺少 python-docx，无法读取 .docx 文件") from exc
    if isinstance(source, (bytes, bytearray)):
        source = io.BytesIO(source)
    try:
        document = docx.Document(source)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise InputError("无法读取 .docx 文件：文件已损坏或不是 Word 文档") from exc
    except Exception as exc:  # python-docx raises assorted errors on bad XML
        raise InputError("无法读取 .docx 文件：文件已损坏或不是 Word 文档") from exc
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                parts.extend(p.text for p in cell.paragraphs)
    return "\n".join(parts)


def read_path(path: str) -> tuple[str, str]:
    """Read FILE as the CLI does: returns (text, kind)."""
    lower = path.lower()
    if lower.endswith(".docx"):
        if not os.path.isfile(path):
            raise InputError(f"找不到文件：{path}")
        return docx_text(path), "docx"
    if lower.endswith(".txt") or lower.endswith(".text") or lower.endswith(".md"):
        try:
            with open(path, "rb") as fh:
                data = fh.read()
        except FileNotFoundError as exc:
            raise InputError(f"找不到文件：{path}") from exc
        except OSError as exc:
            raise InputError(f"无法读取文件：{path}（{exc.strerror or exc}）") from exc
        text, _ = decode_bytes(data)
        return text, "txt"
    if lower.endswith(".doc"):
        raise InputError("不支持旧版 .doc 格式，请另存为 .docx 后再审校")
    raise InputError(f"不支持的文件格式：{path}（仅支持 .txt、.docx 或 - 表示标准输入）")
