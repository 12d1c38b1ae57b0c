"""DOCX with python-docx, laid out to GB/T 9704-2012.

Every paragraph has an exact line height of one grid line (579 twips) and is
taken off the character grid (snapToGrid 0) with −0.3 pt tracking: Word, WPS
and LibreOffice then all put exactly 28 characters on a line (LibreOffice
would otherwise give each 16 pt character two 15.8 pt grid cells). The
docGrid (22 lines × 28 characters) stays in the section for text typed later.
East-Asian fonts are named on every run, because WPS replaces theme fonts.
"""

from __future__ import annotations

import math

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from lxml import etree

from zhongshu.gongwen import docx_package
from zhongshu.gongwen.doctypes import DOCTYPES, Format
from zhongshu.gongwen.docx_letter import letter_shapes
from zhongshu.gongwen.fonts import FontConfig, Role
from zhongshu.gongwen.geometry import (
    BODY, CELL, CHARS, DOCX_CHAR_SPACE, DOCX_LINE_TWIPS, DOCX_TRACKING_TWIPS, MM, RED_HEX, SMALL,
)
from zhongshu.gongwen.layout import Masthead, Para, Seg, build_plan, paginate
from zhongshu.gongwen.linebreak import text_width
from zhongshu.gongwen.model import Document
from zhongshu.gongwen.pdf_render import _deliver

TW_PER_PT = 20


def _tw(cells: float) -> int:
    return round(cells * CELL * TW_PER_PT)


def _el(tag: str, **attrs) -> OxmlElement:
    e = OxmlElement(tag)
    for k, v in attrs.items():
        e.set(qn(f"w:{k}"), str(v))
    return e


_QN: dict[str, str] = {}


def _q(name: str) -> str:
    """qn() with a cache: "w:jc" → "{…wordprocessingml…}jc"."""
    v = _QN.get(name)
    if v is None:
        v = _QN[name] = qn(name if ":" in name else f"w:{name}")
    return v


def _sub(parent, tag: str, **attrs):
    """A child element made directly with lxml (OxmlElement is slow when hot)."""
    e = etree.SubElement(parent, _q(tag))
    for k, v in attrs.items():
        e.set(_q(k), str(v))
    return e


def _insert(ppr, el) -> None:
    """Insert `el` into a pPr/rPr at its place in schema order."""
    order = _RANK.get(ppr.tag, {})
    rank = order.get(el.tag, len(order))
    for i, k in enumerate(ppr):
        if order.get(k.tag, len(order)) > rank:
            ppr.insert(i, el)
            return
    ppr.append(el)


def _text(r, text: str) -> None:
    """Run content as python-docx writes it: w:t (space-preserving when the
    text has outer spaces), w:tab for a tab, w:br for a line break."""
    buf = []

    def flush():
        if buf:
            t = etree.SubElement(r, _q("w:t"))
            s = "".join(buf)
            t.text = s
            if len(s.strip()) < len(s):
                t.set(_q("xml:space"), "preserve")
            buf.clear()

    for ch in text:
        if ch == "\t":
            flush()
            etree.SubElement(r, _q("w:tab"))
        elif ch in "\r\n":
            flush()
            etree.SubElement(r, _q("w:br"))
        else:
            buf.append(ch)
    flush()


def _prepare_template(d, fangsong: str) -> None:
    """Document-wide settings, the same for every render with this 仿宋 name:
    applied once to the cached template (docx_package)."""
    styles = d.styles.element
    dd = styles.find(qn("w:docDefaults"))
    rpr = dd.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    for ch in list(rpr):
        rpr.remove(ch)
    name = fangsong
    rpr.append(_el("w:rFonts", ascii=name, hAnsi=name, eastAsia=name, cs=name))
    rpr.append(_el("w:sz", val=32))
    rpr.append(_el("w:szCs", val=32))
    rpr.append(_el("w:lang", val="en-US", eastAsia="zh-CN", bidi="ar-SA"))
    ppr = dd.find(qn("w:pPrDefault")).find(qn("w:pPr"))
    for ch in list(ppr):
        ppr.remove(ch)
    ppr.append(_el("w:widowControl", val=0))
    ppr.append(_el("w:overflowPunct", val=1))
    ppr.append(_el("w:spacing", after=0, line=DOCX_LINE_TWIPS, lineRule="exact"))
    normal = d.styles["Normal"].element
    npr = normal.get_or_add_rPr()
    npr.append(_el("w:rFonts", ascii=name, hAnsi=name, eastAsia=name, cs=name))
    npr.append(_el("w:sz", val=32))
    settings = d.settings.element
    settings.append(_el("w:evenAndOddHeaders"))
    tfl = settings.find(qn("w:themeFontLang"))
    if tfl is not None:
        tfl.set(qn("w:eastAsia"), "zh-CN")
    d.settings.odd_and_even_pages_header_footer = True
    _schema_order(styles)


class _Writer:
    def __init__(self, doc: Document, cfg: FontConfig):
        self.doc = doc
        self.cfg = cfg
        self.names = {r: cfg.docx_name(r) for r in Role}
        fangsong = self.names[Role.FANGSONG]
        self.d, self.prep = docx_package.fresh_document(("gbt9704", fangsong), lambda d: _prepare_template(d, fangsong))
        self.sect = self.d.element.body.find(qn("w:sectPr"))
        cp = self.d.core_properties
        cp.title = self.doc.title
        cp.author = "、".join(self.doc.issuers)
        cp.comments = "中枢 Zhongshu — GB/T 9704-2012"
        self._section()
        self.pending_break = False

    def _section(self):
        s = self.d.sections[0]
        s.page_width, s.page_height = Mm(210), Mm(297)
        s.top_margin, s.bottom_margin = Mm(37), Mm(35)
        s.left_margin, s.right_margin = Mm(28), Mm(26)
        s.header_distance = Mm(15)
        # page number box (4号) starts 7 mm below the 版心: 297 − 262 − 7 − 4号 height
        s.footer_distance = Mm(297 - 262 - 7) - Pt(SMALL)
        sp = s._sectPr
        g = sp.find(qn("w:docGrid"))
        if g is None:
            g = _el("w:docGrid")
            sp.append(g)
        g.set(qn("w:type"), "linesAndChars")
        g.set(qn("w:linePitch"), str(DOCX_LINE_TWIPS))
        g.set(qn("w:charSpace"), str(DOCX_CHAR_SPACE))
        letter = DOCTYPES[self.doc.doctype].format is Format.LETTER
        if letter:
            s.different_first_page_header_footer = True
        self._footer(s.footer, odd=True)
        self._footer(s.even_page_footer, odd=False)
        if letter:
            for p in s.first_page_footer.paragraphs:
                p.text = ""

    def _footer(self, footer, odd: bool):
        footer.is_linked_to_previous = False
        p = (footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph())._p
        ppr = p.get_or_add_pPr()
        small = round(SMALL * TW_PER_PT)
        for el in (_el("w:snapToGrid", val=0), _el("w:spacing", after=0, line=small, lineRule="exact"),
                   _el("w:ind", **({"right": small} if odd else {"left": small})), _el("w:jc", val="right" if odd else "left")):
            _insert(ppr, el)
        self._run(p, "— ", Role.SONG, SMALL)
        self._field(p, "PAGE")
        self._run(p, " —", Role.SONG, SMALL)

    def _field(self, p, instr: str):
        for kind, text in (("begin", None), ("instr", f" {instr} "), ("separate", None), ("text", "1"), ("end", None)):
            r = self._run(p, "", Role.SONG, SMALL)
            if kind == "instr":
                it = _sub(r, "w:instrText", **{"xml:space": "preserve"})
                it.text = text
            elif kind == "text":
                _text(r, text)
            else:
                _sub(r, "w:fldChar", **{"w:fldCharType": kind})

    # ---- paragraphs and runs ---------------------------------------------
    def _run(self, p, text: str, role: Role, size: float, red=False, tracking=True):
        r = _sub(p, "w:r")
        rpr = _sub(r, "w:rPr")
        name = self.names[role]
        _sub(rpr, "w:rFonts", **{"w:ascii": name, "w:hAnsi": name, "w:eastAsia": name, "w:cs": name, "w:hint": "eastAsia"})
        if red:
            _sub(rpr, "w:color", **{"w:val": RED_HEX})
        if tracking and size == BODY:
            _sub(rpr, "w:spacing", **{"w:val": DOCX_TRACKING_TWIPS})
        half = round(size * 2)
        _sub(rpr, "w:sz", **{"w:val": half})
        _sub(rpr, "w:szCs", **{"w:val": half})
        if text:
            _text(r, text)
        return r

    def para(self, align="both", first=0.0, left=0.0, right=0.0, height_tw=DOCX_LINE_TWIPS, keep=False,
             before_tw=0, after_tw=0):
        p = self.sect.makeelement(_q("w:p"))
        self.sect.addprevious(p)
        ppr = _sub(p, "w:pPr")
        if keep:
            _sub(ppr, "w:keepNext")
            _sub(ppr, "w:keepLines")
        if self.pending_break:
            _sub(ppr, "w:pageBreakBefore")
            self.pending_break = False
        _sub(ppr, "w:widowControl", **{"w:val": 0})
        # No hanging punctuation. LibreOffice reads this flag inverted (writerfilter:
        # ParaIsHangingPunctuation = (overflowPunct == 0)) and hangs a closing mark
        # past the margin with val 0; with val 1 it pushes a character down as our
        # layout does (checked in tests/test_fidelity.py). Word reads val 1 as
        # "may overflow", so there a closing mark can hang where we push down.
        _sub(ppr, "w:overflowPunct", **{"w:val": 1})
        _sub(ppr, "w:snapToGrid", **{"w:val": 0})
        _sub(ppr, "w:spacing", **{"w:before": before_tw, "w:after": after_tw, "w:line": height_tw, "w:lineRule": "exact"})
        ind = {}
        if left:
            ind["w:left"] = _tw(left)
        if right:
            ind["w:right"] = _tw(right)
        if first > 0:
            ind["w:firstLine"] = _tw(first)
        elif first < 0:
            ind["w:hanging"] = _tw(-first)
        if ind:
            _sub(ppr, "w:ind", **ind)
        _sub(ppr, "w:jc", **{"w:val": align})
        return p

    def segs(self, p, segs: list[Seg]):
        for s in segs:
            self._run(p, s.text, s.role, s.size, s.red)

    def explicit_line(self, segs: list[Seg], keep: bool, height_tw: int = DOCX_LINE_TWIPS):
        """One line of pre-positioned segments: a left indent to the first,
        then a tab stop for each further segment that does not follow on."""
        if len(segs) == 1 and segs[0].size == BODY and abs(segs[0].x + text_width(segs[0].text) - CHARS) < 0.01:
            # flush right (信函's 发文字号): right-aligned, so rounding cannot wrap it
            p = self.para("right", keep=keep, height_tw=height_tw)
            self.segs(p, segs)
            return p
        p = self.para("left", left=segs[0].x if segs else 0, keep=keep, height_tw=height_tw)
        if not segs:
            return p
        self.segs(p, segs[:1])
        end = segs[0].x + text_width(segs[0].text) * segs[0].size / CELL
        for s in segs[1:]:
            if abs(end - s.x) > 0.01:
                ppr = p[0]
                tl = ppr.find(_q("w:tabs"))
                if tl is None:
                    tl = ppr.makeelement(_q("w:tabs"))
                    _insert(ppr, tl)
                s_end = s.x + text_width(s.text) * s.size / CELL
                if s is segs[-1] and s_end > 20:  # right-aligned item (date): a right tab at its end
                    _sub(tl, "w:tab", **{"w:val": "right", "w:pos": _tw(s_end)})
                else:
                    _sub(tl, "w:tab", **{"w:val": "left", "w:pos": _tw(s.x)})
                r = self._run(p, "", s.role, s.size)
                _sub(r, "w:tab")
            self._run(p, s.text, s.role, s.size, s.red)
            end = s.x + text_width(s.text) * s.size / CELL
        return p


def _masthead(w: _Writer, mh: Masthead, doc: Document):
    lines: dict[int, list[Seg]] = {ln: s for ln, s in mh.top_lines}
    for ln, s in mh.signer_lines:
        lines.setdefault(ln, []).extend(s)
    if mh.number_line is not None:
        lines.setdefault(mh.number_line, []).extend(mh.number_segs)
    first_mark_line = 0 if mh.fmt is Format.LETTER else max([ln + 1 for ln, _ in mh.top_lines] + [0])
    if mh.fmt is not Format.LETTER:
        first_mark_line = min(first_mark_line, 3)
    mark_end = mh.signer_lines[0][0] if mh.signer_lines else mh.number_line if mh.number_line is not None else mh.n_lines
    ln = 0
    while ln < mh.n_lines:
        if mh.fmt is not Format.LETTER and ln == first_mark_line:
            span = max(1, mark_end - ln)
            _mark_para(w, mh, ln, span)
            ln += span
            continue
        segs = sorted(lines.get(ln, []), key=lambda s: s.x)
        if segs:
            p = w.explicit_line(segs, keep=False)
        else:
            p = w.para("left")
        if mh.fmt is Format.LETTER and ln == 0:
            first_p = p
        if mh.fmt is Format.LETTER and ln == min(1, mh.n_lines - 1):
            letter_shapes(w, first_p, p, mh)  # mark and red rules outside the 版心, anchored to the page
        if ln == mh.number_line and mh.red_rule:
            pbdr = p.makeelement(_q("w:pBdr"))
            _sub(pbdr, "w:bottom", **{"w:val": "single", "w:sz": 12, "w:space": 0, "w:color": RED_HEX})
            _insert(p[0], pbdr)
            _shrink(p, 12)
        ln += 1


def _mark_para(w: _Writer, mh: Masthead, ln: int, span: int):
    """The red 发文机关标志 in an exact-height paragraph spanning `span` grid lines."""
    total = span * DOCX_LINE_TWIPS
    if len(mh.issuers) > 1:
        return _joint_mark(w, mh, ln, total)
    size_tw = round(mh.mark_height * TW_PER_PT * 1.15)
    before = max(0, round((mh.mark_top - ln * DOCX_LINE_TWIPS / TW_PER_PT) * TW_PER_PT)) if mh.fmt is not Format.LETTER else 0
    before = max(0, min(before, total - size_tw))
    height = min(size_tw, total - before)
    p = w.para("center", height_tw=height, before_tw=before, after_tw=total - before - height)
    r = w._run(p, "、".join(mh.issuers) + mh.suffix, Role.XIAOBIAOSONG, mh.mark_size, red=True, tracking=False)
    _insert(r[0], _el("w:w", val=max(1, int(mh.mark_scale * 100))))  # floor: never wider than the 版心


def _joint_mark(w: _Writer, mh: Masthead, ln: int, total: int):
    """联合行文: the names stacked and justified to one width, the suffix
    (“文件”) to their right, centred vertically — as the PDF draws it: a
    borderless two-column table of one exact-height row, centred, between two
    spacer paragraphs that fill the grid lines the layout gave the mark."""
    size, sc = mh.mark_size, mh.mark_scale
    line = round(size * 1.25 * TW_PER_PT)  # the PDF stacks names 1.25 em apart
    row_h = line * len(mh.issuers)
    names_w = max(text_width(n) for n in mh.issuers) * size * sc
    suf_w = (0.5 + text_width(mh.suffix)) * size * sc if mh.suffix else 0
    before = max(0, round((mh.mark_top - ln * DOCX_LINE_TWIPS / TW_PER_PT) * TW_PER_PT))
    before = max(0, min(before, total - row_h - 20))
    if before:
        w.para("left", height_tw=before)
    tbl = w.sect.makeelement(_q("w:tbl"))
    w.sect.addprevious(tbl)
    tpr = _sub(tbl, "w:tblPr")
    widths = [round(names_w * TW_PER_PT) + 1] + ([round(suf_w * TW_PER_PT) + 1] if suf_w else [])
    _sub(tpr, "w:tblW", **{"w:w": sum(widths), "w:type": "dxa"})
    _sub(tpr, "w:jc", **{"w:val": "center"})
    borders = _sub(tpr, "w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        _sub(borders, f"w:{side}", **{"w:val": "nil"})
    _sub(tpr, "w:tblLayout", **{"w:type": "fixed"})
    mar = _sub(tpr, "w:tblCellMar")
    for side in ("top", "left", "bottom", "right"):
        _sub(mar, f"w:{side}", **{"w:w": 0, "w:type": "dxa"})
    grid = _sub(tbl, "w:tblGrid")
    for wd in widths:
        _sub(grid, "w:gridCol", **{"w:w": wd})
    tr = _sub(tbl, "w:tr")
    _sub(_sub(tr, "w:trPr"), "w:trHeight", **{"w:val": row_h, "w:hRule": "exact"})
    cells = [(mh.issuers, "distribute", widths[0])] + ([([mh.suffix], "right", widths[1])] if suf_w else [])
    for texts, jc, wd in cells:
        tc = _sub(tr, "w:tc")
        tcpr = _sub(tc, "w:tcPr")
        _sub(tcpr, "w:tcW", **{"w:w": wd, "w:type": "dxa"})
        _sub(tcpr, "w:vAlign", **{"w:val": "center"})
        for text in texts:
            p = _sub(tc, "w:p")
            ppr = _sub(p, "w:pPr")
            _sub(ppr, "w:snapToGrid", **{"w:val": 0})
            _sub(ppr, "w:spacing", **{"w:before": 0, "w:after": 0, "w:line": line, "w:lineRule": "exact"})
            _sub(ppr, "w:jc", **{"w:val": jc})
            r = w._run(p, text, Role.XIAOBIAOSONG, size, red=True, tracking=False)
            _insert(r[0], _el("w:w", val=max(1, int(sc * 100))))
    w.para("left", height_tw=max(20, total - before - row_h))


def _table(w: _Writer, para: Para):
    """A fixed-layout table, rows of whole grid lines; tblPr in schema order."""
    tbl = w.sect.makeelement(_q("w:tbl"))
    w.sect.addprevious(tbl)
    tpr = _sub(tbl, "w:tblPr")
    widths = [_tw(c) for c in para.col_cells]
    _sub(tpr, "w:tblW", **{"w:w": _tw(sum(para.col_cells)), "w:type": "dxa"})
    borders = _sub(tpr, "w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        _sub(borders, f"w:{side}", **{"w:val": "single", "w:sz": 6, "w:space": 0, "w:color": "000000"})
    _sub(tpr, "w:tblLayout", **{"w:type": "fixed"})
    mar = _sub(tpr, "w:tblCellMar")
    for side in ("left", "right"):
        _sub(mar, f"w:{side}", **{"w:w": 0, "w:type": "dxa"})
    grid = _sub(tbl, "w:tblGrid")
    for wd in widths:
        _sub(grid, "w:gridCol", **{"w:w": wd})
    for r_i, row in enumerate(para.rows):
        h = max(len(c) for c in row)
        tr = _sub(tbl, "w:tr")
        trpr = _sub(tr, "w:trPr")
        _sub(trpr, "w:cantSplit")
        _sub(trpr, "w:trHeight", **{"w:val": h * DOCX_LINE_TWIPS, "w:hRule": "exact"})
        role = Role.HEI if (para.header and r_i == 0) else Role.FANGSONG
        for c_i, cell in enumerate(row):
            tc = _sub(tr, "w:tc")
            _sub(_sub(tc, "w:tcPr"), "w:tcW", **{"w:w": widths[c_i], "w:type": "dxa"})
            p = _sub(tc, "w:p")
            ppr = _sub(p, "w:pPr")
            if w.pending_break and r_i == 0 and c_i == 0:
                _sub(ppr, "w:pageBreakBefore")
            _sub(ppr, "w:snapToGrid", **{"w:val": 0})
            _sub(ppr, "w:spacing", **{"w:before": 0, "w:after": 0, "w:line": DOCX_LINE_TWIPS, "w:lineRule": "exact"})
            _sub(ppr, "w:jc", **{"w:val": "center"})
            for j, text in enumerate(cell):
                r = w._run(p, text, role, BODY)
                if j < len(cell) - 1:
                    _sub(r, "w:br")
    w.pending_break = False


def _shrink(p, border_sz: int) -> None:
    """Paragraph borders add their width to the line in Word and LibreOffice:
    take it off the exact line height so the paragraph stays one grid line."""
    sp = p[0].find(_q("w:spacing"))
    sp.set(qn("w:line"), str(int(sp.get(qn("w:line"))) - round(border_sz * 2.5)))


def _banji_borders(p, top=None, bottom=None):
    pbdr = _el("w:pBdr")
    if top:
        pbdr.append(_el("w:top", val="single", sz=top, space=0, color="000000"))
    if bottom:
        pbdr.append(_el("w:bottom", val="single", sz=bottom, space=0, color="000000"))
    _insert(p[0], pbdr)
    _shrink(p, (top or 0) + (bottom or 0))


_PPR_ORDER = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
              "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
              "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid",
              "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc"]
_RPR_ORDER = ["rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline", "shadow",
              "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing", "w", "kern",
              "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs",
              "em", "lang", "eastAsianLayout", "specVanish", "oMath"]
_RANK = {qn(tag): {qn(f"w:{n}"): i for i, n in enumerate(order)} for tag, order in (("w:pPr", _PPR_ORDER), ("w:rPr", _RPR_ORDER))}


def _schema_order(root) -> None:
    """Word rejects pPr/rPr children out of schema order: sort those that are
    not in order (the writer inserts in order, so this is mostly a check)."""
    for tag, rank in _RANK.items():
        last = len(rank)
        for el in root.iter(tag):
            prev = -1
            for k in el:
                r = rank.get(k.tag, last)
                if r < prev:
                    break
                prev = r
            else:
                continue
            kids = sorted(el, key=lambda k: rank.get(k.tag, last))
            for k in kids:
                el.append(k)


TABLE_BORDER_ALLOWANCE_TW = 40


def _table_on_page(plan: list[Para], page: int) -> bool:
    return any(q.kind == "table" and any(pg == page for pg, _ in q.placed) for q in plan)


def render_docx(doc: Document, out=None, fonts: FontConfig | None = None):
    cfg = fonts or FontConfig.from_env()
    plan = build_plan(doc)
    paginate(plan)
    w = _Writer(doc, cfg)
    fmt = DOCTYPES[doc.doctype].format
    for i, para in enumerate(plan):
        if para.page_break:
            w.pending_break = True
        # lines tightened to keep the signature with the body (layout.paginate)
        h = DOCX_LINE_TWIPS if para.pitch == 1 else math.floor(DOCX_LINE_TWIPS * para.pitch)
        if para.kind == "masthead":
            _masthead(w, para.mark, doc)
        elif para.kind in ("blank", "fill"):
            for k in range(para.n):
                hk = h
                if k == 0 and para.kind == "fill" and para.placed and _table_on_page(plan, para.placed[0][0]):
                    # LibreOffice adds a table's top and bottom borders (~1.7 pt) to its exact
                    # rows, more than the 0.9 pt a page has to spare: the 版记 would slip to a
                    # page of its own. The filler line before it gives the space back.
                    hk = h - TABLE_BORDER_ALLOWANCE_TW
                w.para("left", keep=para.keep or para.kind == "fill", height_tw=hk)
        elif para.kind == "flow":
            p = w.para(para.align, first=para.first, left=para.left, right=para.right, keep=para.keep, height_tw=h)
            w.segs(p, para.segs)
        elif para.kind == "lines":
            ps = [w.explicit_line(segs, keep=para.keep and k < len(para.lines) - 1 or para.zone == "signature" and k < len(para.lines) - 1,
                                  height_tw=h)
                  if segs else w.para("left", keep=True, height_tw=h) for k, segs in enumerate(para.lines)]
            if para.zone == "banji" and fmt is not Format.LETTER:
                n = len(ps)
                for k, p in enumerate(ps):
                    top = 8 if k == 0 else None
                    bottom = 8 if k == n - 1 else (6 if doc.cc and k == n - 2 else None)
                    _banji_borders(p, top, bottom)
                    # text of 4号 centred in its grid line; the last rule lands on the 版心's bottom
        elif para.kind == "table":
            _table(w, para)
    _schema_order(w.d.element)
    sec = w.d.sections[0]
    for part in (sec.footer, sec.even_page_footer) + ((sec.first_page_footer,) if fmt is Format.LETTER else ()):
        _schema_order(part._element)
    return _deliver(docx_package.save(w.d, w.prep), out)


__all__ = ["render_docx", "MM"]
