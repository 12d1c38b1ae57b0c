"""From a Document to a plan of paragraphs (used by the DOCX writer) and to
pages of positioned lines (used by the PDF writer).

Everything vertical is counted in grid lines, so DOCX (Word, WPS, LibreOffice)
and the PDF agree on what lands on which page.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from zhongshu.gongwen.doctypes import DOCTYPES, Format
from zhongshu.gongwen.fonts import Role
from zhongshu.gongwen.geometry import BODY, CELL, CHARS, LINE, LINES, MM, SEAL_GAP, SEAL_SIZE, SMALL, TEXT_H, TITLE, TEXT_W
from zhongshu.gongwen.linebreak import break_lines, gap, text_width
from zhongshu.gongwen.titlebreak import split_title
from zhongshu.gongwen.model import Block, BlockKind, Document


@dataclass
class Seg:
    text: str
    role: Role = Role.FANGSONG
    size: float = BODY
    red: bool = False
    x: float = 0.0  # cells from the left edge of the 版心 (explicit lines only)


@dataclass
class Para:
    """One paragraph of the plan. `kind`:
    flow   — text that breaks itself (segs); lines computed here for the PDF
    lines  — explicit lines (each a list of Seg with x), one grid line each
    blank  — n empty lines
    table  — rows of cells
    """

    kind: str
    zone: str = "body"  # masthead/number/title/recipients/body/heading/notes/signature/note/attendance/banji/attachment
    segs: list[Seg] = field(default_factory=list)
    lines: list[list[Seg]] = field(default_factory=list)
    first: float = 0.0  # first-line indent, cells
    left: float = 0.0
    right: float = 0.0
    align: str = "both"
    n: int = 1  # blank lines
    page_break: bool = False
    keep: bool = False  # keep together with the following paragraph
    rows: list[list[list[str]]] = field(default_factory=list)  # table: row → cell → lines
    col_cells: list[float] = field(default_factory=list)
    header: bool = False
    mark: "Masthead | None" = None
    # filled by paginate():
    placed: list[tuple[int, float]] = field(default_factory=list)  # (page, line) of each line
    pitch: float = 1.0  # line height in grid lines (< 1: tightened, GB/T 9704-2012 7.3.5.5)
    pushed: bool = False  # page break added by paginate() to keep the signature with body text

    def line_count(self) -> int:
        if self.kind == "blank":
            return self.n
        if self.kind == "table":
            return sum(max(len(c) for c in r) for r in self.rows)
        if self.kind == "masthead":
            return self.mark.n_lines
        return len(self.lines)


@dataclass
class Masthead:
    fmt: Format
    n_lines: int
    top_lines: list[tuple[int, list[Seg]]]  # 份号/密级/紧急程度 (line, segs)
    issuers: list[str]
    suffix: str
    mark_top: float  # pt below the top of the 版心 (negative: above it)
    mark_size: float
    mark_scale: float  # horizontal scale so the mark fits the 版心
    number_line: int | None
    number_segs: list[Seg]
    signer_lines: list[tuple[int, list[Seg]]]
    red_rule: bool

    @property
    def mark_height(self) -> float:
        rows = max(1, len(self.issuers))
        return self.mark_size * rows + (rows - 1) * self.mark_size * 0.25


def _mark(doc: Document, fmt: Format) -> tuple[float, float, float]:
    """(top, size, horizontal scale) of the 发文机关标志."""
    top = {Format.STANDARD: 35 * MM, Format.MINUTES: 35 * MM, Format.ORDER: 20 * MM, Format.LETTER: -7 * MM}[fmt]
    joint = len(doc.issuers) > 1
    size = 36.0 if joint else (44.0 if fmt is Format.LETTER else 54.0)
    if joint:
        width = max(text_width(i) for i in doc.issuers) * size + (0.5 + text_width(doc.mark_suffix)) * size
    else:
        width = text_width(doc.issuer_mark) * size
    return top, size, min(1.0, TEXT_W / width) if width else 1.0


def build_masthead(doc: Document, fmt: Format) -> Masthead:
    top, size, scale = _mark(doc, fmt)
    tops = []
    if doc.copy_no:
        tops.append([Seg(doc.copy_no)])
    if doc.secrecy:
        tops.append([Seg(doc.secrecy, Role.HEI)])
    if doc.urgency:
        tops.append([Seg(doc.urgency, Role.HEI)])
    rows = max(1, len(doc.issuers))
    height = size * rows + (rows - 1) * size * 0.25
    signer_lines: list[tuple[int, list[Seg]]] = []
    if fmt is Format.LETTER:
        # elements below the first red double rule (4 mm under the mark), 7/8 of a 3号 character away
        rule = top + height + 4 * MM
        first = math.ceil((rule + BODY * 7 / 8) / LINE - 1e-6)
        top_lines = [(first + i, s) for i, s in enumerate(tops)]
        number_line = first if doc.doc_number else None
        nsegs = [Seg(doc.doc_number, x=CHARS - text_width(doc.doc_number))] if doc.doc_number else []
        last = max([first - 1] + [ln for ln, _ in top_lines] + ([number_line] if number_line is not None else []))
        return Masthead(fmt, last + 1, top_lines, doc.issuers, doc.mark_suffix, top, size, scale, number_line, nsegs, [], False)
    top_lines = [(i, s) for i, s in enumerate(tops)]
    bottom_line = math.ceil((top + height) / LINE - 1e-6)  # the line the mark reaches into
    number_line = bottom_line + 1 if fmt is not Format.ORDER else bottom_line + 2
    number_segs: list[Seg] = []
    if doc.signers and fmt is Format.STANDARD:
        label = "签发人："
        names_w = max(text_width(n) for n in doc.signers)
        x0 = CHARS - 1 - text_width(label) - names_w
        for k, name in enumerate(doc.signers):
            segs = [Seg(name, Role.KAI, x=x0 + text_width(label))]
            if k == 0:
                segs.insert(0, Seg(label, x=x0))
            signer_lines.append((number_line + k, segs))
        number_line += len(doc.signers) - 1
        if doc.doc_number:
            number_segs = [Seg(doc.doc_number, x=1)]
    elif doc.doc_number:
        number_segs = [Seg(doc.doc_number, x=(CHARS - text_width(doc.doc_number)) / 2)]
    n_lines = number_line + 1
    red = fmt is not Format.ORDER
    return Masthead(fmt, n_lines, top_lines, doc.issuers, doc.mark_suffix, top, size, scale, number_line, number_segs, signer_lines, red)


def _heading_segs(b: Block) -> list[Seg]:
    role = {BlockKind.H1: Role.HEI, BlockKind.H2: Role.KAI}.get(b.kind, Role.FANGSONG)
    k = b.text.find("。")
    if b.kind is not BlockKind.PARAGRAPH and 0 <= k < len(b.text) - 1:
        return [Seg(b.text[: k + 1], role), Seg(b.text[k + 1 :])]
    return [Seg(b.text, role)]


def _flow(segs: list[Seg], first: float = 2, left: float = 0, right: float = 0, zone="body", align="both") -> Para:
    p = Para("flow", zone, segs=segs, first=first, left=left, right=right, align=align)
    _break_flow(p)
    return p


def _break_flow(p: Para) -> None:
    text = "".join(s.text for s in p.segs)
    avail = CHARS - p.left - p.right
    raw = break_lines(text, avail - p.first, avail)
    # re-split each line into the segments' fonts
    bounds, pos = [], 0
    for s in p.segs:
        bounds.append((pos, pos + len(s.text), s))
        pos += len(s.text)
    lines, pos = [], 0
    for k, lt in enumerate(raw):
        x = p.left + (p.first if k == 0 else 0)
        segs = []
        for a, b, s in bounds:
            lo, hi = max(a, pos), min(b, pos + len(lt))
            if lo < hi:
                t = text[lo:hi]
                if segs:
                    x += gap(segs[-1].text[-1], t[0])
                segs.append(Seg(t, s.role, s.size, s.red, x))
                x += text_width(t)
        lines.append(segs)
        pos += len(lt)
    p.lines = lines


def _explicit(lines: list[list[Seg]], zone: str, align="left", keep=False) -> Para:
    return Para("lines", zone, lines=lines, align=align, keep=keep)


def _title_lines(title: str, size: float = TITLE, role=Role.XIAOBIAOSONG) -> list[list[Seg]]:
    ratio = size / CELL
    out = []
    for t in split_title(title, math.floor(TEXT_W / size)):
        w = text_width(t) * ratio
        out.append([Seg(t, role, size, x=(CHARS - 1 + BODY / CELL - w) / 2 - (BODY / CELL - 1) / 2)])
    return out


def _table(b: Block) -> Para:
    ncol = max(len(r) for r in b.rows)
    col = CHARS / ncol
    rows = []
    for r in b.rows:
        cells = [break_lines(c, math.floor(col - 1), math.floor(col - 1), body=False) for c in r + [""] * (ncol - len(r))]
        rows.append(cells)
    return Para("table", "table", rows=rows, col_cells=[col] * ncol, header=True)


def _blocks(blocks: list[Block]) -> list[Para]:
    out = []
    for b in blocks:
        if b.kind is BlockKind.TABLE:
            out.append(_table(b))
        else:
            out.append(_flow(_heading_segs(b), zone="heading" if b.kind is not BlockKind.PARAGRAPH else "body"))
    return out


def _signature(doc: Document, fmt: Format) -> list[Para]:
    date = doc.date
    dw = text_width(date)
    lines: list[list[Seg]] = []
    if fmt is Format.ORDER:  # 7.3.5.3: signer's title, then the name stamp, right 4
        blank = 2
        for s in doc.signatories:
            parts = s.split()
            name = parts[-1]
            title = "".join(parts[:-1])
            xn = CHARS - 4 - text_width(name)
            segs = [Seg(name, x=xn)]
            if title:
                segs.insert(0, Seg(title, x=xn - 2 - text_width(title)))
            lines.append(segs)
        if date:
            lines.append([])
            lines.append([Seg(date, x=CHARS - 4 - dw)])
    elif doc.seal:  # 7.3.5.1: date right 4; names centred over the date
        blank = 2
        centre = CHARS - 4 - dw / 2
        if len(doc.signatories) > 1:
            lines.extend(joint_seal_lines(doc.signatories, centre))
        else:
            for s in doc.signatories:
                lines.append([Seg(s, x=centre - text_width(s) / 2)])
        if date:
            lines.append([Seg(date, x=CHARS - 4 - dw)])
    else:  # 7.3.5.2: name right 2; date one line below, two further right
        blank = 1
        nw = max([text_width(s) for s in doc.signatories] or [0])
        name_x = CHARS - 2 - nw
        date_x = name_x + 2
        if date_x + dw > CHARS - 2:
            date_x = CHARS - 2 - dw
            name_x = date_x - 2
        for s in doc.signatories:
            lines.append([Seg(s, x=name_x)])
        if date:
            lines.append([Seg(date, x=date_x)])
    if doc.note:
        lines.append([Seg(f"（{doc.note}）", x=2)])
    if not lines:
        return []
    paras = [Para("blank", "signature", n=blank, keep=True), _explicit(lines, "signature", keep=False)]
    return paras


def seal_slots(names: list[str], centre: float) -> tuple[list[list[int]], list[float], int]:
    """联合行文 with seals (7.3.5.1): one seal per name, centred on it, seals in
    rows that neither touch nor leave the 版心; the last seal over the last
    name and the date. Returns (rows of name indexes, column centres in cells,
    grid lines from one row of names to the next)."""
    seal = SEAL_SIZE / CELL
    widest = max(text_width(n) for n in names)
    half = max(seal, widest) / 2
    pitch = max(seal + SEAL_GAP / CELL, widest + 1)
    centre = min(centre, CHARS - half)
    per_row = 1
    while per_row < min(3, len(names)) and centre - per_row * pitch - half >= -1e-6:
        per_row += 1
    cols = [centre - (per_row - 1 - k) * pitch for k in range(per_row)]
    idx = list(range(len(names)))
    rows = [idx[k : k + per_row] for k in range(0, len(idx), per_row)]
    row_lines = math.ceil((SEAL_SIZE + SEAL_GAP) / (TEXT_H / LINES) - 1e-6)
    return rows, cols, row_lines


def joint_seal_lines(names: list[str], centre: float) -> list[list[Seg]]:
    """The name lines of a joint signature with seals: rows right-aligned on
    the date's column, blank lines between rows so the seals do not meet."""
    rows, cols, row_lines = seal_slots(names, centre)
    out: list[list[Seg]] = []
    for r, row in enumerate(rows):
        if r:
            out.extend([] for _ in range(row_lines - 1))
        first_col = len(cols) - len(row)
        out.append([Seg(names[i], x=cols[first_col + k] - text_width(names[i]) / 2) for k, i in enumerate(row)])
    return out


def _attendance(doc: Document) -> list[Para]:
    out = []
    for label, names in (("出席", doc.present), ("请假", doc.absent), ("列席", doc.attending)):
        if names:
            p = _flow([Seg(f"{label}：", Role.HEI), Seg(names)], first=0, left=2, zone="attendance")
            # continuation lines align after the colon
            p.left, p.first = 5, -3
            _break_flow(p)
            out.append(p)
    if out:
        out.insert(0, Para("blank", "attendance", n=1))
    return out


def _notes(doc: Document) -> list[Para]:
    notes = doc.attachment_notes
    if not notes:
        return []
    out = [Para("blank", "notes", n=1)]
    many = len(notes) > 1
    for k, name in enumerate(notes, 1):
        prefix = f"{k}." if many else ""
        lead = ("附件：" if k == 1 else "") + prefix
        indent = 5 + text_width(prefix)  # wrapped lines align with the name
        start = 2 if k == 1 else 5
        p = _flow([Seg(lead), Seg(name)], first=start - indent, left=indent, zone="notes")
        out.append(p)
    return out


def _banji(doc: Document, fmt: Format) -> Para | None:
    lines: list[list[Seg]] = []
    cc = "，".join(doc.cc)
    if cc:
        label = "抄送："
        ratio = SMALL / CELL
        cap = (CHARS * CELL - 2 * SMALL) / SMALL  # in 4号 characters, one each side
        lw = text_width(label)
        parts = break_lines(cc + "。", cap - lw, cap - lw, body=False)
        for k, t in enumerate(parts):
            x = (1 + (lw if k else 0)) * ratio
            segs = ([Seg(label, size=SMALL, x=1 * ratio)] if k == 0 else []) + [Seg(t, size=SMALL, x=x + (lw * ratio if k == 0 else 0))]
            lines.append(segs)
    if fmt is not Format.LETTER and (doc.printed_by or doc.printed_date):
        ratio = SMALL / CELL
        segs = []
        if doc.printed_by:
            segs.append(Seg(doc.printed_by, size=SMALL, x=ratio))
        if doc.printed_date:
            t = doc.printed_date + "印发"
            segs.append(Seg(t, size=SMALL, x=(CHARS * CELL - SMALL - text_width(t) * SMALL) / CELL))
        lines.append(segs)
    if not lines:
        return None
    return _explicit(lines, "banji", keep=True)


def build_plan(doc: Document) -> list[Para]:
    fmt = DOCTYPES[doc.doctype].format
    plan: list[Para] = []
    mh = build_masthead(doc, fmt)
    plan.append(Para("masthead", "masthead", mark=mh))
    if fmt is not Format.ORDER and doc.title:
        plan.append(Para("blank", "title", n=2))
        plan.append(_explicit(_title_lines(doc.title), "title", align="center"))
    else:
        plan.append(Para("blank", "title", n=1))
    if doc.recipients:
        plan.append(Para("blank", "recipients", n=1))
        plan.append(_flow([Seg("，".join(doc.recipients) + "：")], first=0, zone="recipients"))
    elif fmt is not Format.ORDER:
        plan.append(Para("blank", "recipients", n=1))  # the body keeps its distance from the title
    plan.extend(_blocks(doc.body))
    plan.extend(_notes(doc))
    if fmt is Format.MINUTES:
        plan.extend(_attendance(doc))
    plan.extend(_signature(doc, fmt))
    many = len(doc.attachments) > 1
    for k, a in enumerate(doc.attachments, 1):
        head = _explicit([[Seg(f"附件{k}" if many else "附件", Role.HEI)]], "attachment")
        head.page_break = True
        plan.append(head)
        plan.append(Para("blank", "attachment", n=1))
        plan.append(_explicit(_title_lines(a.title), "attachment", align="center"))
        plan.append(Para("blank", "attachment", n=1))
        plan.extend(_blocks(a.blocks))
    bj = _banji(doc, fmt)
    if bj is not None:
        plan.append(Para("fill", "banji", n=0))
        plan.append(bj)
    return plan


EPS = 1e-6
MIN_PITCH = 0.8  # tightest line pitch (of a grid line) used to keep the signature with the body
_TIGHTEN_ZONES = ("recipients", "body", "heading", "notes", "attendance")


def paginate(plan: list[Para]) -> int:
    """Assign each line a (page, line); fill before the 版记. Returns page count.

    GB/T 9704-2012 7.3.5.5: when the space left cannot hold the seal (or the
    signer's stamp) and the date, line spacing is adjusted — the 2012 standard
    has no “此页无正文”. So when the signature block would start a page of its
    own, the lines of the paragraphs that begin on the body's last page are
    tightened just enough for it to fit there (never below MIN_PITCH of a grid
    line); if that is not enough, the last paragraph of that page moves to the
    next page with the signature.
    """
    for p in plan:
        p.pitch = 1.0
        if p.pushed:
            p.page_break = p.pushed = False
    pages = _place(plan)
    if _keep_signature_with_body(plan):
        pages = _place(plan)
    return pages


def _place(plan: list[Para]) -> int:
    page, line = 0, 0.0
    i = 0
    while i < len(plan):
        p = plan[i]
        if p.page_break and line > EPS:
            page, line = page + 1, 0.0
        if p.kind == "fill":
            nxt = plan[i + 1].line_count()
            room = math.floor(LINES - line + EPS)
            if nxt > room:
                page, line = page + 1, 0.0
                room = LINES
            p.n = room - nxt
            p.placed = [(page, line + k) for k in range(p.n)]
            line += p.n
            i += 1
            continue
        # keep a block (and its keep-with-next followers) on one page
        group = [p]
        j = i
        while plan[j].keep and j + 1 < len(plan) and plan[j + 1].kind != "fill":
            j += 1
            group.append(plan[j])
        need = sum(g.line_count() * g.pitch for g in group)
        if (p.keep or p.kind == "table") and need <= LINES and line + need > LINES + EPS and line > EPS:
            page, line = page + 1, 0.0
        p.placed = []
        if p.kind == "table":
            for r in p.rows:
                h = max(len(c) for c in r)
                if line + h > LINES + EPS:
                    page, line = page + 1, 0.0
                p.placed.extend((page, line + k) for k in range(h))
                line += h
        else:
            for _ in range(p.line_count()):
                if line + p.pitch > LINES + EPS:
                    page, line = page + 1, 0.0
                p.placed.append((page, line))
                line += p.pitch
        i += 1
    return page + 1


def _keep_signature_with_body(plan: list[Para]) -> bool:
    """After a first placement: if the signature block starts a page while the
    body ended on the page before, tighten or push (see paginate). True when
    the plan was changed and must be placed again."""
    s = next((k for k, p in enumerate(plan) if p.zone == "signature"), None)
    if not s:
        return False
    group = [q for q in plan[s:] if q.zone == "signature"]
    start = next((q.placed[0] for q in group if q.placed), None)
    before = [q for q in plan[:s] if q.placed]
    if start is None or not before or start[1] > EPS:
        return False
    page = start[0] - 1
    if before[-1].placed[-1][0] != page:
        return False
    need = sum(q.line_count() for q in group)
    on_page = [ln for q in before for pg, ln in q.placed if pg == page]
    used = max(on_page) + 1
    tight = [q for q in before if q.placed[0][0] == page and q.zone in _TIGHTEN_ZONES and q.kind in ("flow", "lines", "blank")]
    c = sum(q.line_count() for q in tight)
    fixed = used - c
    if c and need <= LINES:
        f = (LINES - fixed - need) / c
        if f >= MIN_PITCH - EPS:
            for q in tight:
                q.pitch = min(1.0, f)
            return True
    movable = [q for q in tight if q.kind == "flow" and q.placed[0][1] > EPS]
    if movable:
        movable[-1].page_break = movable[-1].pushed = True
        return True
    return False
