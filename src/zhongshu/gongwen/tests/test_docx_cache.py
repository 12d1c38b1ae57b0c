"""The DOCX template is prepared once and shared: renders must not leak
state into each other, and a cold and a warm render give the same bytes."""

import io
import zipfile

from zhongshu.gongwen import docx_package, parse_source, render_docx
from zhongshu.gongwen.cli import template_text
from zhongshu.gongwen.fonts import FontConfig, Role


def members(data: bytes) -> dict[str, bytes]:
    z = zipfile.ZipFile(io.BytesIO(data))
    assert z.testzip() is None
    return {n: z.read(n) for n in z.namelist()}


def test_cold_and_warm_renders_identical(long_notice):
    docx_package._prepared.clear()
    cold = render_docx(long_notice)
    warm = render_docx(long_notice)
    assert cold == warm  # fixed ZIP timestamps: the same document gives the same bytes
    assert members(cold)["word/document.xml"] == members(warm)["word/document.xml"]


def test_no_state_leaks_between_renders(long_notice):
    first = members(render_docx(long_notice))
    letter = parse_source(template_text("函"))  # three footers, another title
    other = members(render_docx(letter, fonts=FontConfig(docx_names={Role.FANGSONG: "FangSong"})))
    again = members(render_docx(long_notice))
    assert first == again
    assert "word/footer3.xml" in other and "word/footer3.xml" not in again
    assert b"FangSong" in other["word/styles.xml"] and b"FangSong" not in again["word/styles.xml"]
    assert "为贯彻落实".encode() in again["word/document.xml"]
    assert "为贯彻落实".encode() not in other["word/document.xml"]


def test_package_parts_and_content_types(long_notice):
    m = members(render_docx(long_notice))
    assert list(m)[:2] == ["[Content_Types].xml", "_rels/.rels"]
    for name in ("word/document.xml", "word/styles.xml", "word/settings.xml", "word/footer1.xml", "word/footer2.xml",
                 "docProps/core.xml", "word/_rels/document.xml.rels"):
        assert name in m
    ct = m["[Content_Types].xml"].decode()
    assert "/word/footer1.xml" in ct and "wordprocessingml.footer+xml" in ct
