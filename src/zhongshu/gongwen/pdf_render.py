"""PDF by the project itself (reportlab): fonts embedded, red elements as
vector, text extractable, every character on the 28×22 grid."""

from __future__ import annotations

import io
import os
import tempfile

from reportlab.pdfgen import canvas

from zhongshu.gongwen.doctypes import DOCTYPES, Format
from zhongshu.gongwen.fonts import FontConfig, Role, resolve
from zhongshu.gongwen.geometry import (
    BODY, BOTTOM, CELL, LEFT, LINE, LINES, MM, PAGE_H, PAGE_NUMBER_GAP, PAGE_W, RED, RED_RULE_W, RIGHT,
    RULE_THICK, RULE_THIN, SMALL, TEXT_W, TOP, line_top,
)
from zhongshu.gongwen.layout import Masthead, Para, Seg, build_plan, paginate
from zhongshu.gongwen.linebreak import cell_width, gap, text_width
from zhongshu.gongwen.model import Document


class _Fonts:
    def __init__(self, doc: Document, plan: list[Para], cfg: FontConfig | None):
        texts: dict[Role, list[str]] = {r: [] for r in Role}
        for p in plan:
            for ln in p.lines:
                for s in ln:
                    texts[s.role].append(s.text)
            for s in p.segs:
                texts[s.role].append(s.text)
        texts[Role.XIAOBIAOSONG].append(doc.issuer_mark)
        texts[Role.FANGSONG].append("".join(doc.signers) + "".join("".join(c for r in p.rows for c in r for c in c) for p in plan if p.kind == "table"))
        texts[Role.KAI].append("".join(doc.signers))
        self.by_role = {r: resolve(r, cfg, "".join(t)) for r, t in texts.items()}

    def __getitem__(self, role: Role):
        return self.by_role[role]


def _y(page_h: float, top: float, size: float, font) -> float:
    """Baseline (PDF bottom-up) for a character box of `size` whose top is `top`."""
    desc = font.descent
    return page_h - (top + size + desc * size)


class _Painter:
    def __init__(self, c: canvas.Canvas, fonts: _Fonts):
        self.c = c
        self.fonts = fonts

    def text(self, seg_text: str, role: Role, size: float, x: float, top: float, *, pitch: float, red=False,
             hscale: float = 1.0, extra: float = 0.0, fake_bold: bool | None = None):
        """Draw text whose full-width characters advance by `pitch` (+extra) and
        half-width ones by half of that, box top at `top` (pt from page top)."""
        if not seg_text:
            return
        c, f = self.c, self.fonts[role]
        bold = f.candidate.fake_bold if fake_bold is None else fake_bold
        y = PAGE_H - top - size * (1 + f.descent)  # so the em box (as extracted) starts at `top`
        # Text state (Tc, Tz, Tr) outlives a text object in PDF but reportlab
        # tracks it per object; isolate each object and write the operators.
        c.saveState()
        t = c.beginText()
        t.setFont(f.name, size)
        if red:
            t.setFillColorRGB(*RED)
            if bold:
                t.setStrokeColorRGB(*RED)
        if bold:
            c.setLineWidth(size * 0.03)
        t._code.append(f"{2 if bold else 0} Tr {hscale * 100:.3f} Tz")
        # group runs of equal advance; one text operator per run
        run, run_x, cur_x = "", x, x
        run_kind = None
        prev = ""
        for ch in seg_text:
            w = cell_width(ch)
            kind = (w, f.width(ch))  # a run needs one advance and one natural glyph width
            g = gap(prev, ch) if prev else 0.0
            prev = ch
            if run and (kind != run_kind or g):
                cur_x += g * pitch
                self._emit(t, run, run_x, y, size, run_kind[0] * pitch + extra, f, hscale)
                run, run_x = "", cur_x
            elif g:
                cur_x += g * pitch
            if not run:
                run_x = cur_x
            run += ch
            run_kind = kind
            cur_x += w * pitch + extra
        if run:
            self._emit(t, run, run_x, y, size, run_kind[0] * pitch + extra, f, hscale)
        c.drawText(t)
        c.restoreState()

    @staticmethod
    def _emit(t, run, x, y, size, advance, f, hscale):
        if len(run) > 1:
            # PDF: advance = (w·size + Tc)·Th, so Tc = advance/Th − w·size
            t._code.append(f"{advance / hscale - f.width(run[0]) * size:.4f} Tc")
        # A TrueType font is embedded as several 256-glyph subsets; some readers
        # drop Tc where the subset changes, so each subset chunk gets its origin.
        from reportlab.pdfbase.pdfmetrics import getFont

        pos = 0
        for _subset, chunk in getFont(f.name).splitString(run, t._canvas._doc):
            n = len(chunk)
            t.setTextOrigin(x + pos * advance, y)
            t.textOut(run[pos : pos + n])
            pos += n

    def rule(self, x0, x1, top, width, red=False):
        c = self.c
        c.setLineWidth(width)
        c.setStrokeColorRGB(*(RED if red else (0, 0, 0)))
        y = PAGE_H - top
        c.line(x0, y, x1, y)
        c.setStrokeColorRGB(0, 0, 0)


def _draw_line(p: _Painter, segs: list[Seg], top: float, extra: float = 0.0):
    for s in segs:
        pitch = CELL if s.size == BODY else s.size
        t = top + BODY - s.size  # share the baseline of the 3号 line
        p.text(s.text, s.role, s.size, LEFT + s.x * CELL, t, pitch=pitch, red=s.red, extra=extra if s.size == BODY else 0)


def _draw_masthead(p: _Painter, mh: Masthead, doc: Document):
    for ln, segs in mh.top_lines + mh.signer_lines:
        _draw_line(p, segs, line_top(ln))
    if mh.number_line is not None:
        _draw_line(p, mh.number_segs, line_top(mh.number_line))
    size, sc = mh.mark_size, mh.mark_scale
    top = TOP + mh.mark_top
    if len(mh.issuers) > 1:  # 联合行文: names stacked, the suffix to their right, centred vertically
        names_w = max(sum(cell_width(ch) for ch in n) for n in mh.issuers) * size * sc
        suf_w = sum(cell_width(ch) for ch in mh.suffix) * size * sc
        total = names_w + (0.5 * size * sc if mh.suffix else 0) + suf_w
        x0 = LEFT + (TEXT_W - total) / 2
        for k, name in enumerate(mh.issuers):
            w = sum(cell_width(ch) for ch in name) * size * sc
            # justify names of different length across the column
            n = len(name)
            extra = (names_w - w) / (n - 1) if n > 1 else 0
            p.text(name, Role.XIAOBIAOSONG, size, x0, top + k * size * 1.25, pitch=size * sc, red=True, hscale=sc, extra=extra)
        if mh.suffix:
            p.text(mh.suffix, Role.XIAOBIAOSONG, size, x0 + names_w + 0.5 * size * sc, top + (mh.mark_height - size) / 2,
                   pitch=size * sc, red=True, hscale=sc)
    else:
        text = mh.issuers[0] + mh.suffix if mh.issuers else mh.suffix
        w = sum(cell_width(ch) for ch in text) * size * sc
        p.text(text, Role.XIAOBIAOSONG, size, LEFT + (TEXT_W - w) / 2, top, pitch=size * sc, red=True, hscale=sc)
    if mh.fmt is Format.LETTER:
        y = top + mh.mark_height + 4 * MM
        x0, x1 = PAGE_W / 2 - 85 * MM, PAGE_W / 2 + 85 * MM
        p.rule(x0, x1, y, 1.0 * MM * 0.6, red=True)  # thick over thin
        p.rule(x0, x1, y + 0.9 * MM, 0.25 * MM, red=True)
        yb = PAGE_H - 20 * MM
        p.rule(x0, x1, yb - 0.9 * MM, 0.25 * MM, red=True)  # thin over thick
        p.rule(x0, x1, yb, 1.0 * MM * 0.6, red=True)
    elif mh.red_rule and mh.number_line is not None:
        y = line_top(mh.number_line) + BODY + 4 * MM
        p.rule(LEFT, RIGHT, y, RED_RULE_W, red=True)


def _draw_table(p: _Painter, para: Para):
    k = 0
    gap = (LINE - BODY) / 2
    col_x = [LEFT]
    for w in para.col_cells:
        col_x.append(col_x[-1] + w * CELL)
    col_x[-1] = RIGHT
    rows_by_page: dict[int, list[tuple[float, float]]] = {}
    for r_i, row in enumerate(para.rows):
        h = max(len(c) for c in row)
        pg, ln = para.placed[k]
        top, bottom = line_top(ln) - gap, line_top(ln + h - 1) + BODY + gap
        for c_i, cell in enumerate(row):
            role = Role.HEI if (para.header and r_i == 0) else Role.FANGSONG
            for j, t in enumerate(cell):
                # centre each cell line horizontally
                w = sum(cell_width(ch) for ch in t) * CELL
                x = (col_x[c_i] + col_x[c_i + 1] - w) / 2
                yield_page = para.placed[k + j][0]
                p.pages[yield_page].append(("text", t, role, x, line_top(ln + j)))
        rows_by_page.setdefault(pg, []).append((top, bottom))
        k += h
    for pg, spans in rows_by_page.items():
        p.pages[pg].append(("table", col_x, spans))


def render_pdf(doc: Document, out=None, fonts: FontConfig | None = None):
    plan = build_plan(doc)
    n_pages = paginate(plan)
    f = _Fonts(doc, plan, fonts)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(PAGE_W, PAGE_H), pageCompression=1)
    c.setTitle(doc.title or doc.issuer_mark)
    c.setAuthor("、".join(doc.issuers))
    c.setCreator("中枢 Zhongshu (GB/T 9704-2012)")
    p = _Painter(c, f)
    p.pages = {i: [] for i in range(n_pages)}
    fmt = DOCTYPES[doc.doctype].format
    for para in plan:
        if para.kind == "masthead":
            p.pages[0].append(("masthead", para.mark))
        elif para.kind == "table":
            _draw_table(p, para)
        elif para.kind in ("flow", "lines"):
            for k, segs in enumerate(para.lines):
                pg, ln = para.placed[k]
                extra = 0.0
                if para.kind == "flow" and segs:
                    # justify all lines but the last; squeeze any line wider than
                    # the grid (a hanging closing mark, many half-width digits)
                    used = segs[-1].x + text_width(segs[-1].text)
                    n = sum(len(s.text) for s in segs)
                    room = 28 - para.right - used
                    last = k == len(para.lines) - 1
                    if n > 1 and (room < -1e-6 or (room > 1e-6 and para.align == "both" and not last)):
                        extra = room * CELL / (n - 1)
                p.pages[pg].append(("line", segs, ln, extra))
        if para.zone == "banji" and para.kind == "lines":
            _banji_rules(p, para, doc, fmt)
    for pg in range(n_pages):
        for item in p.pages[pg]:
            if item[0] == "masthead":
                _draw_masthead(p, item[1], doc)
            elif item[0] == "line":
                _, segs, ln, extra = item
                _draw_line(p, segs, line_top(ln), extra)
            elif item[0] == "banjiline":
                _, segs, top = item
                _draw_line(p, segs, top)
            elif item[0] == "text":
                _, t, role, x, top = item
                p.text(t, role, BODY, x, top, pitch=CELL)
            elif item[0] == "table":
                _, col_x, spans = item
                c.setLineWidth(0.75)
                for top, bottom in spans:
                    p.rule(col_x[0], col_x[-1], top, 0.75)
                    p.rule(col_x[0], col_x[-1], bottom, 0.75)
                    for x in col_x:
                        c.line(x, PAGE_H - top, x, PAGE_H - bottom)
            elif item[0] == "rule":
                _, x0, x1, top, w = item
                p.rule(x0, x1, top, w)
        if not (fmt is Format.LETTER and pg == 0):
            _page_number(p, pg + 1)
        c.showPage()
    c.save()
    data = buf.getvalue()
    return _deliver(data, out)


def _banji_rules(p: _Painter, para: Para, doc: Document, fmt: Format):
    """版记 lines sit in slots of one line pitch ending at the bottom of the
    版心; rules between slots: thick first and last, thin between."""
    n = len(para.lines)
    pg = para.placed[0][0]
    # replace the grid drawing of these lines with slot drawing
    p.pages[pg] = [it for it in p.pages[pg] if not (it[0] == "line" and it[1] in para.lines)]
    for k, segs in enumerate(para.lines):
        slot_top = BOTTOM - (n - k) * LINE
        p.pages[pg].append(("banjiline", segs, slot_top + (LINE - BODY) / 2))
    if fmt is Format.LETTER:
        return
    has_cc = bool(doc.cc)
    for k in range(n + 1):
        top = BOTTOM - (n - k) * LINE
        if k in (0, n):
            w = RULE_THICK
        elif has_cc and k == n - 1:
            w = RULE_THIN
        else:
            continue
        p.pages[pg].append(("rule", LEFT, RIGHT, top, w))


def _page_number(p: _Painter, n: int):
    text = f"— {n} —"
    top = BOTTOM + PAGE_NUMBER_GAP
    f = p.fonts[Role.SONG]
    w = sum(f.width(ch) for ch in text) * SMALL
    x = RIGHT - SMALL - w if n % 2 else LEFT + SMALL
    c = p.c
    t = c.beginText()
    t.setFont(f.name, SMALL)
    t.setTextOrigin(x, PAGE_H - top - SMALL * (1 + f.descent))
    t.textOut(text)
    c.drawText(t)


def _deliver(data: bytes, out):
    if out is None:
        return data
    if hasattr(out, "write"):
        out.write(data)
        return None
    path = os.fspath(out)
    d = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(dir=d, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return None
