"""信函格式 (GB/T 9704-2012 10.1) in DOCX: what lies outside the 版心 on page 1.

Anchored to the page, in the first paragraph of the body:
- the 发文机关标志, top edge 30 mm from the paper top: a borderless text box
  over the 版心's width;
- the red double rules, 170 mm wide and centred on the page, thick over thin
  4 mm under the mark and thin over thick 20 mm above the paper bottom: each
  line is a red filled rectangle.
They are DrawingML shapes without text wrapping, behind the text, so the body
flows as the layout counts it: empty grid lines where the mark and the upper
rule are. (Framed paragraphs do not work: LibreOffice keeps frames inside the
header area and grows the header; and it drops the position of text boxes
anchored in a header, so the anchors are in the body, on page 1.)
"""

from __future__ import annotations

from zhongshu.gongwen.fonts import Role
from zhongshu.gongwen.geometry import MM, PAGE_H, PAGE_W, TEXT_W, TOP, LEFT, RED_HEX
from zhongshu.gongwen.layout import Masthead

TW = 20  # twips per point
RULE_W = 170 * MM
BOTTOM_RULE = PAGE_H - 20 * MM  # centre of the lower rule's thick line, from the paper top
THICK, THIN, GAP = 0.6 * MM, 0.25 * MM, 0.9 * MM  # as the PDF draws them
MARK_LINE = 1.15  # exact line height of the mark, in ems
# In an exact line of 1.15 em LibreOffice puts the top of the glyph box 0.08 em
# above the line's top (measured with the substitute 小标宋): the box is lowered
# by as much so the mark's top edge is 30 mm from the paper top.
MARK_DROP = 0.08


def _tw(pt: float) -> int:
    return round(pt * TW)


def letter_shapes(w, holder, rules_holder, mh: Masthead) -> None:
    """Anchor the 信函 mark to paragraph `holder` and the red rules to
    `rules_holder` (both on page 1). LibreOffice adds a spurious empty page
    when all five shapes hang on one paragraph."""
    from zhongshu.gongwen.docx_render import _insert, _q, _sub

    # the mark: a text box over the 版心's width, its text centred in an exact line
    mark_top = TOP + mh.mark_top  # pt from the paper top
    line = mh.mark_size * MARK_LINE
    box = _anchor(holder, 1, LEFT, mark_top + MARK_DROP * mh.mark_size, TEXT_W, line, _TXBX)
    p = box.find(".//" + _q("w:p"))
    ppr = _sub(p, "w:pPr")
    _sub(ppr, "w:snapToGrid", **{"w:val": 0})
    _sub(ppr, "w:spacing", **{"w:before": 0, "w:after": 0, "w:line": _tw(line), "w:lineRule": "exact"})
    _sub(ppr, "w:jc", **{"w:val": "center"})
    r = w._run(p, mh.issuers[0] + mh.suffix if mh.issuers else mh.suffix, Role.XIAOBIAOSONG, mh.mark_size, red=True,
               tracking=False)
    _insert(r[0], r[0].makeelement(_q("w:w"), {_q("w:val"): str(max(1, int(mh.mark_scale * 100)))}))
    # the rules: thick (0.6 mm) and thin (0.25 mm) lines, 0.9 mm between their centres
    upper = mark_top + mh.mark_height + 4 * MM
    x0 = (PAGE_W - RULE_W) / 2
    lines = [(upper, THICK), (upper + GAP, THIN), (BOTTOM_RULE - GAP, THIN), (BOTTOM_RULE, THICK)]
    for k, (y, h) in enumerate(lines, 2):
        _anchor(rules_holder, k, x0, y - h / 2, RULE_W, h, _FILL.format(color=RED_HEX))


EMU = 12700  # per point
# As Word writes it: the shape inside mc:AlternateContent requiring wps (Word 2010+,
# WPS, LibreOffice); older readers skip it instead of refusing the file.
_SHAPE = """<w:r xmlns:w="{w}" xmlns:wp="{wp}" xmlns:a="{a}" xmlns:wps="{wps}" xmlns:mc="{mc}">
<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="{z}" behindDoc="1" locked="1"
 layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="page"><wp:posOffset>{x}</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="page"><wp:posOffset>{y}</wp:posOffset></wp:positionV>
<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>
<wp:docPr id="{id}" name="信函版头{id}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr/>
<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
{body}</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice></mc:AlternateContent></w:r>"""
# a red filled rectangle (a rule)
_FILL = """<a:solidFill><a:srgbClr val="{color}"/></a:solidFill><a:ln><a:noFill/></a:ln></wps:spPr>
<wps:bodyPr/>"""
# a borderless, unfilled text box without insets; its paragraph is filled in afterwards
_TXBX = """<a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr><wps:txbx><w:txbxContent><w:p/></w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="t" anchorCtr="0">
<a:noAutofit/></wps:bodyPr>"""
_NS = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
       "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
       "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
       "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
       "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006"}


def _anchor(p, k: int, x: float, y: float, width: float, height: float, body: str):
    """A DrawingML shape anchored to the page (pt from the paper's top-left),
    not wrapping text; returns the w:r holding it."""
    from docx.oxml import parse_xml

    xml = _SHAPE.format(x=round(x * EMU), y=round(y * EMU), cx=round(width * EMU), cy=round(height * EMU), id=k,
                        z=251658240 + k, body=body, **_NS).replace("\n", "")
    r = parse_xml(xml)
    p.append(r)
    return r
