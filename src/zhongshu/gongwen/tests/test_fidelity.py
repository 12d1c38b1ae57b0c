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


def libreoffice_pdfs(docx_paths: list[str], outdir: str) -> list[str]:
    """Convert several DOCX files in one LibreOffice process (start-up is most of its time)."""
    profile = tempfile.mkdtemp(prefix="zs-lo-profile-")
    try:
        subprocess.run(
            [SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
             "--convert-to", "pdf", "--outdir", outdir, *docx_paths],
            check=True, capture_output=True, timeout=180,
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    return [os.path.join(outdir, os.path.splitext(os.path.basename(p))[0] + ".pdf") for p in docx_paths]


@pytest.fixture(scope="module")
def converted(pdf_fonts, output_dir, tmp_path_factory):
    """Every template and the long 通知: our PDF and LibreOffice's PDF of our DOCX."""
    from .conftest import DATA

    if SOFFICE is None:
        pytest.skip("LibreOffice (soffice) 未安装：Debian 软件包 libreoffice-writer-nogui")
    d = tmp_path_factory.mktemp("lo")
    docs = {spec.slug: parse_source(template_text(name)) for name, spec in DOCTYPES.items()}
    docs["long_tongzhi"] = parse_source((DATA / "long_tongzhi.txt").read_text(encoding="utf-8"))
    cfg = substitute_names()
    paths = []
    for slug, doc in docs.items():
        render_docx(doc, d / f"{slug}.docx", fonts=cfg)
        render_pdf(doc, d / f"{slug}.ours.pdf")
        paths.append(str(d / f"{slug}.docx"))
    theirs = libreoffice_pdfs(paths, str(d / "lo"))
    shutil.copy(d / "lo" / "long_tongzhi.pdf", output_dir / "long_tongzhi.libreoffice.pdf")
    shutil.copy(d / "long_tongzhi.ours.pdf", output_dir / "long_tongzhi.pdf")
    return {slug: (d / f"{slug}.ours.pdf", t) for slug, t in zip(docs, theirs)}


@pytest.mark.slow
def test_libreoffice_paginates_like_our_pdf(converted):
    ours, theirs = converted["long_tongzhi"]
    a, b = text_lines(ours), text_lines(theirs)
    assert len(a) == len(b) >= 3, "page count differs"
    assert [len(p) for p in a] == [len(p) for p in b], "lines per page differ"


@pytest.mark.slow
@pytest.mark.parametrize("slug", [spec.slug for spec in DOCTYPES.values()] + ["long_tongzhi"])
def test_libreoffice_lines_equal_our_pdf(converted, slug):
    """Same text on every line of every page: the width model (full-width 15.7 pt,
    digits and Latin 7.7 pt, 3.5 pt autospace) is what LibreOffice fills lines with."""
    ours, theirs = converted[slug]
    assert text_lines(ours) == text_lines(theirs)


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
