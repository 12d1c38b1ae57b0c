"""Watermarked copies of classified files (SPEC §3.12): reader's name, unit, time.

Shared by 办文 (documents) and 督查督办 (supervision); no Django here beyond
the ServiceError type, so any module (or a script) can stamp bytes.

The stored original is never touched: each function takes the original's bytes
and returns a new stamped copy, built for one reader at one moment.

- PDF: every page gets a reportlab overlay (diagonal light-grey text tiled over
  the page, and a footer line) merged with pypdf.
- DOCX: a copy with a grey watermark paragraph in every header and footer
  (python-docx).
- Scanned images (JPEG/PNG/TIFF): served as a one-page PDF with the same stamp.

pypdf is imported lazily: without it the module still imports, and a
classified PDF is refused (Unavailable) rather than served unmarked.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime
from pathlib import PurePath

from zhongshu.core.errors import ServiceError

IMAGE_EXTS = {".jpg", ".jpeg", ".png", ".tif", ".tiff"}
GREY = (0.55, 0.55, 0.55)


class Unavailable(ServiceError):
    """The file cannot be stamped, so it is not served."""


@dataclass(frozen=True)
class Stamp:
    name: str
    unit: str
    at: datetime
    classification: str = ""

    @property
    def time(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M}"

    @property
    def short(self) -> str:
        return " ".join(p for p in (self.name, self.unit, self.time) if p)

    @property
    def footer(self) -> str:
        cls = f"{self.classification}文件　" if self.classification else ""
        return f"{cls}阅读人：{self.name}（{self.unit or '—'}）　下载时间：{self.time}　严禁复制、扩散"


def stamp_for(*, reader: str, unit: str = "", at: datetime, classification: str = "") -> Stamp:
    """The stamp of one reader at one moment (``classification`` is the label, e.g. 秘密)."""
    return Stamp(name=reader, unit=unit, at=at, classification=classification)


def stamp_file(name: str, data: bytes, *, reader: str, unit: str = "", at: datetime, classification: str = "") -> tuple[str, bytes, str]:
    """Plain-argument form of ``stamped``: (file name, stamped bytes, content type)."""
    return stamped(name, data, stamp_for(reader=reader, unit=unit, at=at, classification=classification))


def stamped(name: str, data: bytes, stamp: Stamp) -> tuple[str, bytes, str]:
    """(file name, bytes, content type) of the stamped copy; Unavailable if impossible."""
    ext = PurePath(name).suffix.lower()
    if ext == ".pdf":
        return name, watermark_pdf(data, stamp), "application/pdf"
    if ext == ".docx":
        return name, watermark_docx(data, stamp), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    if ext in IMAGE_EXTS:
        return f"{PurePath(name).stem}.pdf", image_pdf(data, stamp), "application/pdf"
    raise Unavailable(f"涉密附件“{name}”的格式（{ext or '无扩展名'}）无法加水印，不能下载；请到机要室查阅原件")


def _font(text: str) -> str:
    try:
        from zhongshu.gongwen import fonts

        return fonts.resolve(fonts.Role.HEI, text=text).name
    except Exception:  # no TrueType CJK font on this server: reportlab's built-in CID font
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont

        if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
        return "STSong-Light"


def overlay(width: float, height: float, stamp: Stamp) -> bytes:
    """One transparent page: the reader's mark tiled diagonally, and a footer line."""
    from reportlab.pdfgen import canvas

    font = _font(stamp.short + stamp.footer)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(width, height))
    c.setFillColorRGB(*GREY)
    c.setFillAlpha(0.18)
    size = max(10.0, min(width, height) / 32)
    c.setFont(font, size)
    c.saveState()
    c.translate(width / 2, height / 2)
    c.rotate(35)
    step_x, step_y = size * (len(stamp.short) * 0.75 + 6), size * 6
    span = (width**2 + height**2) ** 0.5
    y = -span
    row = 0
    while y < span:
        x = -span + (row % 2) * step_x / 2
        while x < span:
            c.drawString(x, y, stamp.short)
            x += step_x
        y += step_y
        row += 1
    c.restoreState()
    c.setFillAlpha(0.75)
    c.setFont(font, max(6.5, min(9.0, width / (len(stamp.footer) + 4))))
    c.drawCentredString(width / 2, 14, stamp.footer)
    c.showPage()
    c.save()
    return buf.getvalue()


def watermark_pdf(data: bytes, stamp: Stamp) -> bytes:
    try:
        from pypdf import PdfReader, PdfWriter
    except ImportError as exc:
        raise Unavailable("服务器未安装 PDF 水印组件（pypdf），涉密 PDF 文件暂不能下载，请联系系统管理员") from exc
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise Unavailable("该涉密 PDF 文件已加密，无法加水印，不能下载；请到机要室查阅原件")
        writer = PdfWriter(clone_from=reader)
        marks: dict[tuple[float, float], object] = {}
        for page in writer.pages:
            if page.rotation:
                page.transfer_rotation_to_content()  # stamp upright as the page is shown
            box = page.mediabox
            w, h = float(box.width), float(box.height)
            key = (round(w, 1), round(h, 1))
            if key not in marks:
                marks[key] = PdfReader(io.BytesIO(overlay(w, h, stamp))).pages[0]
            page.merge_translated_page(marks[key], float(box.left), float(box.bottom))
        if not writer.pages:
            raise Unavailable("该涉密 PDF 文件没有页面，无法加水印")
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue()
    except Unavailable:
        raise
    except Exception as exc:  # a damaged or unusual PDF: never serve it unmarked
        raise Unavailable(f"该涉密 PDF 文件无法加水印（{type(exc).__name__}），不能下载；请到机要室查阅原件") from exc


def watermark_docx(data: bytes, stamp: Stamp) -> bytes:
    """A copy with the mark in every header and footer (each part once, however sections link)."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:
        raise Unavailable(f"该涉密 DOCX 文件无法打开以加水印（{type(exc).__name__}），不能下载") from exc
    odd_even = document.settings.odd_and_even_pages_header_footer
    seen: set[int] = set()
    for index, section in enumerate(document.sections):
        parts = [(section.header, stamp.short + "　" + stamp.footer), (section.footer, stamp.footer)]
        if section.different_first_page_header_footer:
            parts += [(section.first_page_header, stamp.short), (section.first_page_footer, stamp.footer)]
        if odd_even:
            parts += [(section.even_page_header, stamp.short), (section.even_page_footer, stamp.footer)]
        for part, text in parts:
            if part.is_linked_to_previous and index > 0:
                continue  # shares the previous section's part, already marked
            if id(part.part) in seen:
                continue
            seen.add(id(part.part))
            p = part.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = p.add_run(text)
            run.font.size = Pt(8)
            run.font.color.rgb = RGBColor(0x99, 0x99, 0x99)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def image_pdf(data: bytes, stamp: Stamp) -> bytes:
    """A scanned page as a one-page PDF (A4 width kept to the image's aspect), stamped."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    try:
        img = ImageReader(io.BytesIO(data))
        iw, ih = img.getSize()
    except Exception as exc:
        raise Unavailable(f"该涉密图片无法读取以加水印（{type(exc).__name__}），不能下载") from exc
    w = 595.0
    h = w * ih / iw
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(w, h))
    c.drawImage(img, 0, 0, w, h)
    c.showPage()
    c.save()
    return watermark_pdf(buf.getvalue(), stamp)
