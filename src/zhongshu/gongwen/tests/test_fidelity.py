"""LibreOffice converts our DOCX to the same pagination as our PDF, and PNG
pages of every template land in test-output/render/ for a person to look at."""

import os
import shutil
import subprocess
import tempfile

import pytest

from zhongshu.gongwen import parse_source, render_docx, render_pdf
from zhongshu.gongwen.cli import template_text
from zhongshu.gongwen.doctypes import DOCTYPES
from zhongshu.gongwen.fonts import SUBSTITUTES, FontConfig, Role

from .pdfutil import text_lines

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def substitute_names() -> FontConfig:
    """Name in the DOCX the same free fonts the PDF embeds, so LibreOffice
    measures with the same glyphs."""
    names = {}
    for role in Role:
        cands = [c for c in SUBSTITUTES[role] if os.path.exists(c.path)]
        if role is Role.FANGSONG:
            cands = [c for c in cands if "cwtex" not in c.path] or cands
        names[role] = cands[0].family if cands else ""
    return FontConfig(docx_names=names)


def libreoffice_pdf(docx_path: str, outdir: str) -> str:
    profile = tempfile.mkdtemp(prefix="zs-lo-profile-")
    try:
        subprocess.run(
            [SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
             "--convert-to", "pdf", "--outdir", outdir, docx_path],
            check=True, capture_output=True, timeout=180,
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    return os.path.join(outdir, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) 未安装：Debian 软件包 libreoffice-writer-nogui")
def test_libreoffice_paginates_like_our_pdf(long_notice, pdf_fonts, tmp_path, output_dir):
    docx_path = tmp_path / "notice.docx"
    render_docx(long_notice, docx_path, fonts=substitute_names())
    ours = tmp_path / "ours.pdf"
    render_pdf(long_notice, ours)
    theirs = libreoffice_pdf(str(docx_path), str(tmp_path))
    shutil.copy(theirs, output_dir / "long_tongzhi.libreoffice.pdf")
    shutil.copy(ours, output_dir / "long_tongzhi.pdf")
    a, b = text_lines(ours), text_lines(theirs)
    assert len(a) == len(b) >= 3, "page count differs"
    assert [len(p) for p in a] == [len(p) for p in b], "lines per page differ"


PDFTOPPM = shutil.which("pdftoppm")


@pytest.mark.slow
@pytest.mark.skipif(PDFTOPPM is None, reason="pdftoppm 未安装：Debian 软件包 poppler-utils")
@pytest.mark.parametrize("name", ["通知", "请示", "函", "命令（令）", "纪要"])
def test_png_pages_for_people(name, pdf_fonts, output_dir):
    slug = DOCTYPES[name].slug
    pdf = output_dir / f"{slug}.pdf"
    render_pdf(parse_source(template_text(name)), pdf)
    render_docx(parse_source(template_text(name)), output_dir / f"{slug}.docx")
    subprocess.run([PDFTOPPM, "-r", "60", "-png", str(pdf), str(output_dir / slug)], check=True, timeout=60)
    assert any(p.name.startswith(slug) and p.suffix == ".png" for p in output_dir.iterdir())
