"""Read rendered PDFs back: characters grouped into lines, in millimetres."""

from __future__ import annotations

MM = 72 / 25.4


def page_lines(page, *, tolerance_mm: float = 2.5):
    """Lines of text on a page: [(top_mm, [chars…])], chars sorted by x.
    Characters whose tops differ by less than `tolerance_mm` share a line."""
    chars = sorted(page.chars, key=lambda c: c["top"])
    lines: list[list[dict]] = []
    for c in chars:
        if c["text"].isspace():
            continue
        if lines and abs(c["top"] - lines[-1][0]["top"]) / MM < tolerance_mm:
            lines[-1].append(c)
        else:
            lines.append([c])
    return [(ln[0]["top"] / MM, sorted(ln, key=lambda c: c["x0"])) for ln in lines]


def text_lines(path, *, bottom_mm: float = 263.0):
    """Per page, the text of each line inside the 版心 (page numbers left out)."""
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return [["".join(c["text"] for c in cs) for top, cs in page_lines(pg) if top < bottom_mm] for pg in pdf.pages]
