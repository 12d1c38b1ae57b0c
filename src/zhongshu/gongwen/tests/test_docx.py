"""Open the produced DOCX (its XML) and check the GB/T 9704-2012 settings."""

import io
import zipfile

from lxml import etree

from zhongshu.gongwen import parse_source, render_docx
from zhongshu.gongwen.cli import template_text
from zhongshu.gongwen.fonts import FontConfig, Role

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}


def q(name):
    return f"{{{W}}}{name}"


def parts(doc, **kw):
    z = zipfile.ZipFile(io.BytesIO(render_docx(doc, **kw)))
    return {n: etree.fromstring(z.read(n)) for n in z.namelist() if n.endswith(".xml")}


def runs_with_text(root, needle):
    out = []
    for r in root.iter(q("r")):
        t = "".join(x.text or "" for x in r.iter(q("t")))
        if needle in t:
            out.append(r)
    return out


def font_of(run):
    f = run.find("w:rPr/w:rFonts", NS)
    return {k: f.get(q(k)) for k in ("eastAsia", "ascii", "hAnsi")}


def size_of(run):
    return int(run.find("w:rPr/w:sz", NS).get(q("val"))) / 2


def test_page_margins_and_grid(long_notice):
    x = parts(long_notice)["word/document.xml"]
    sect = x.find(".//w:body/w:sectPr", NS)
    pg = sect.find("w:pgSz", NS)
    assert (int(pg.get(q("w"))), int(pg.get(q("h")))) == (11906, 16838)  # A4 in twips
    mar = sect.find("w:pgMar", NS)
    tw = lambda mm: round(mm / 25.4 * 1440)  # noqa: E731
    assert abs(int(mar.get(q("top"))) - tw(37)) <= 1
    assert abs(int(mar.get(q("left"))) - tw(28)) <= 1
    assert abs(int(mar.get(q("right"))) - tw(26)) <= 1
    assert abs(int(mar.get(q("bottom"))) - tw(35)) <= 1
    grid = sect.find("w:docGrid", NS)
    assert grid.get(q("type")) == "linesAndChars"
    pitch = int(grid.get(q("linePitch")))
    assert 22 * pitch <= tw(225) < 23 * pitch  # 22 lines fill the 版心
    # charSpace: the 28-character pitch over 16 pt, in 1/4096 pt
    cell = (156 / 25.4 * 72) / 28
    assert abs(int(grid.get(q("charSpace"))) - (cell - 16) * 4096) < 60


def test_every_run_names_east_asian_font(long_notice):
    for name, root in parts(long_notice).items():
        if not name.startswith("word/") or "document" not in name and "footer" not in name:
            continue
        for r in root.iter(q("r")):
            f = font_of(r)
            assert f["eastAsia"] and f["ascii"] and f["hAnsi"], name


def test_fonts_per_element():
    doc = parse_source(template_text("通知"))
    x = parts(doc)["word/document.xml"]
    body = runs_with_text(x, "即将来临")[0]
    assert font_of(body)["eastAsia"] == "仿宋_GB2312" and size_of(body) == 16
    title = runs_with_text(x, "元旦春节期间有关工作")[0]
    assert font_of(title)["eastAsia"] == "方正小标宋简体" and size_of(title) == 22
    assert font_of(runs_with_text(x, "一、切实保障市场供应")[0])["eastAsia"] == "黑体"
    assert font_of(runs_with_text(x, "（一）加强重要商品储备。")[0])["eastAsia"] == "楷体_GB2312"
    assert font_of(runs_with_text(x, "1.各单位要于")[0])["eastAsia"] == "仿宋_GB2312"
    assert font_of(runs_with_text(x, "秘密★1年")[0])["eastAsia"] == "黑体"
    assert font_of(runs_with_text(x, "特急")[0])["eastAsia"] == "黑体"
    cc = runs_with_text(x, "市委办公室，市人大常委会办公室")[0]
    assert font_of(cc)["eastAsia"] == "仿宋_GB2312" and size_of(cc) == 14


def test_signer_name_in_kai():
    x = parts(parse_source(template_text("请示")))["word/document.xml"]
    assert font_of(runs_with_text(x, "签发人：")[0])["eastAsia"] == "仿宋_GB2312"
    assert font_of(runs_with_text(x, "张三")[0])["eastAsia"] == "楷体_GB2312"


def test_red_mark_and_red_rule():
    x = parts(parse_source(template_text("通知")))["word/document.xml"]
    mark = runs_with_text(x, "临江市人民政府办公室文件")[0]
    assert mark.find("w:rPr/w:color", NS).get(q("val")).upper() == "E60012"
    assert font_of(mark)["eastAsia"] == "方正小标宋简体"
    num = runs_with_text(x, "临政办发〔2026〕12号")[0]
    bottom = num.getparent().find("w:pPr/w:pBdr/w:bottom", NS)
    assert bottom.get(q("color")).upper() == "E60012"


def test_banji_rules():
    x = parts(parse_source(template_text("通知")))["word/document.xml"]
    cc_p = runs_with_text(x, "抄送：")[0].getparent()
    pr_p = runs_with_text(x, "印发")[-1].getparent()
    assert cc_p.find("w:pPr/w:pBdr/w:top", NS).get(q("sz")) == "8"  # 1 pt ≈ 0.35 mm
    assert cc_p.find("w:pPr/w:pBdr/w:bottom", NS).get(q("sz")) == "6"  # 0.75 pt ≈ 0.25 mm
    assert pr_p.find("w:pPr/w:pBdr/w:bottom", NS).get(q("sz")) == "8"


def test_page_number_footers(long_notice):
    p = parts(long_notice)
    settings = p["word/settings.xml"]
    assert settings.find("w:evenAndOddHeaders", NS) is not None
    doc = p["word/document.xml"]
    refs = {r.get(q("type")): r for r in doc.iter(q("footerReference"))}
    assert {"default", "even"} <= set(refs)
    footers = [v for k, v in p.items() if "footer" in k]
    aligns = set()
    for f in footers:
        instr = "".join(t.text for t in f.iter(q("instrText")))
        assert "PAGE" in instr
        text = "".join(t.text or "" for t in f.iter(q("t")))
        assert text.startswith("— ") and text.endswith(" —")
        aligns.add(f.find(".//w:jc", NS).get(q("val")))
        for r in f.iter(q("r")):
            assert font_of(r)["eastAsia"] == "宋体" and size_of(r) == 14
    assert aligns == {"right", "left"}  # odd pages right, even pages left


def test_font_names_configurable():
    cfg = FontConfig(docx_names={Role.FANGSONG: "FangSong"})
    x = parts(parse_source(template_text("通知")), fonts=cfg)["word/document.xml"]
    assert font_of(runs_with_text(x, "即将来临")[0])["eastAsia"] == "FangSong"


def test_kinsoku_and_no_hanging_punctuation(long_notice):
    # LibreOffice reads overflowPunct inverted: val 1 is what keeps it from
    # hanging a closing mark past the margin (see docx_render)
    x = parts(long_notice)["word/document.xml"]
    for p in x.iter(q("p")):
        ppr = p.find("w:pPr", NS)
        if ppr is not None and ppr.find("w:jc", NS) is not None and ppr.find("w:jc", NS).get(q("val")) == "both":
            assert ppr.find("w:overflowPunct", NS).get(q("val")) == "1"
            assert ppr.find("w:kinsoku", NS) is None  # on by default
