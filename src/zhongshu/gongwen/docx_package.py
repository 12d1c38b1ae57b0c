"""The DOCX package around our document XML, made cheap to produce.

python-docx's default template is large (styles.xml and stylesWithEffects.xml
are ~800 kB of XML): parsing it, serializing it and deflating it again on
every render cost more than writing the document itself. Here the template
is loaded once per process and prepared once per font configuration (the
document defaults name the 仿宋 font); the parts no render changes (styles,
settings, theme, numbering, …) are serialized and deflated once and shared.
Each render gets a deep copy of the small parts it changes (document, core
properties), so nothing leaks from one render into the next.

The package is written by a small ZIP writer with a fixed timestamp: the same
document gives the same bytes.
"""

from __future__ import annotations

import copy
import io
import struct
import threading
import zlib
from dataclasses import dataclass
from typing import Callable

import docx
from docx.opc.pkgwriter import _ContentTypesItem
from docx.oxml.ns import qn
from docx.parts.document import DocumentPart
from docx.opc.parts.coreprops import CorePropertiesPart

_lock = threading.Lock()
_prepared: dict[object, "_Prepared"] = {}

# ZIP: DOS date 1980-01-01 00:00, deflate; a fixed time makes the output reproducible.
_DOS_TIME, _DOS_DATE = 0, (1 << 5) | 1
LEVEL = 6  # zlib's default, as python-docx (zipfile) uses


@dataclass
class _Entry:
    crc: int
    size: int
    data: bytes  # deflated


def _deflate(raw: bytes, level: int = LEVEL) -> _Entry:
    c = zlib.compressobj(level, zlib.DEFLATED, -15)
    return _Entry(zlib.crc32(raw), len(raw), c.compress(raw) + c.flush())


@dataclass
class _Prepared:
    document: "docx.document.Document"  # pristine, never written to after preparation
    shared: dict[int, object]  # id → part shared by every render (deepcopy memo)
    blobs: dict[int, _Entry]  # id(part) → its deflated blob
    rels: dict[int, _Entry]  # id(part) → its deflated rels item


def _prepare(key, prepare: Callable) -> _Prepared:
    d = docx.Document()
    body = d.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    prepare(d)
    d._Document__body = None  # a cached wrapper would deep-copy its body apart from the tree
    shared, blobs, rels = {}, {}, {}
    for part in d.part.package.iter_parts():
        if isinstance(part, (DocumentPart, CorePropertiesPart)):
            continue
        shared[id(part)] = part
        blobs[id(part)] = _deflate(part.blob)
        if len(part.rels):
            rels[id(part)] = _deflate(part.rels.xml)
    return _Prepared(d, shared, blobs, rels)


def fresh_document(key, prepare: Callable) -> tuple["docx.document.Document", _Prepared]:
    """A python-docx Document from the default template, body emptied and
    `prepare(document)` applied (once per `key`); the caller owns the result."""
    with _lock:
        prep = _prepared.get(key)
        if prep is None:
            prep = _prepared[key] = _prepare(key, prepare)
        memo = dict(prep.shared)
        return copy.deepcopy(prep.document, memo), prep


def save(document, prep: _Prepared) -> bytes:
    """The package as bytes, in python-docx's part order."""
    package = document.part.package
    for part in package.parts:
        part.before_marshal()
    parts = list(package.iter_parts())
    z = _Zip()
    z.add("[Content_Types].xml", _deflate(_ContentTypesItem.from_parts(parts).blob))
    z.add("_rels/.rels", _deflate(package.rels.xml))
    for part in parts:
        entry = prep.blobs.get(id(part)) if prep.shared.get(id(part)) is part else None
        z.add(part.partname.membername, entry or _deflate(part.blob))
        if len(part.rels):
            rel = prep.rels.get(id(part)) if entry is not None else None
            z.add(part.partname.rels_uri.membername, rel or _deflate(part.rels.xml))
    return z.close()


class _Zip:
    """Just enough of the ZIP format for an OPC package (no ZIP64: parts are small)."""

    def __init__(self):
        self.buf = io.BytesIO()
        self.central: list[bytes] = []

    def add(self, name: str, e: _Entry) -> None:
        raw = name.encode("ascii")
        offset = self.buf.tell()
        self.buf.write(struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, 8, _DOS_TIME, _DOS_DATE,
                                   e.crc, len(e.data), e.size, len(raw), 0))
        self.buf.write(raw)
        self.buf.write(e.data)
        self.central.append(struct.pack("<4s6H3L5H2L", b"PK\x01\x02", (3 << 8) | 20, 20, 0, 8, _DOS_TIME, _DOS_DATE,
                                        e.crc, len(e.data), e.size, len(raw), 0, 0, 0, 0, 0o600 << 16, offset) + raw)

    def close(self) -> bytes:
        start = self.buf.tell()
        for c in self.central:
            self.buf.write(c)
        size = self.buf.tell() - start
        n = len(self.central)
        self.buf.write(struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, n, n, size, start, 0))
        return self.buf.getvalue()
