"""Drafts: every saved version kept, reviewed (五关), compared (修改痕迹)."""

from __future__ import annotations

import difflib
import logging
import re
from dataclasses import dataclass

from zhongshu.core.errors import ServiceError

log = logging.getLogger(__name__)
_HEADER_LINE = re.compile(r"^([^:：\n]{1,10})\s*[:：]\s*(.*)$")


class Conflict(ServiceError):
    """Someone saved in between: the second saver sees what changed."""

    status = 409

    def __init__(self, message: str, *, theirs, diff):
        super().__init__(message)
        self.theirs = theirs
        self.diff = diff


def header_end(text: str) -> int:
    """Offset where the body starts (after the `键: 值` header and its blank line)."""
    pos = 0
    for line in text.splitlines(keepends=True):
        if not line.strip():
            return pos + len(line)
        if not _HEADER_LINE.match(line.strip()):
            return pos
        pos += len(line)
    return pos


def title_span(text: str) -> tuple[int, int] | None:
    m = re.search(r"^标题\s*[:：]\s*(.+)$", text[: header_end(text)], re.M)
    return (m.start(1), m.end(1)) if m else None


def review_view(text: str) -> tuple[str, list[tuple[int, int, int]]]:
    """The text the reviewer reads, laid out like the printed 公文 (title, then
    主送机关 with its colon, then the body), and how its pieces map back to the
    source: (review offset, source offset, length)."""
    end = header_end(text)
    parts: list[tuple[str, int | None]] = []
    span = title_span(text)
    if span:
        parts += [(text[span[0]:span[1]], span[0]), ("\n", None)]
    m = re.search(r"^主送(?:机关)?\s*[:：]\s*(.+)$", text[:end], re.M)
    if m:
        parts += [(m.group(1).strip().rstrip("：:"), m.start(1)), ("：\n", None)]
    parts.append((text[end:], end))
    out, spans, pos = [], [], 0
    for piece, src in parts:
        if src is not None:
            spans.append((pos, src, len(piece)))
        out.append(piece)
        pos += len(piece)
    return "".join(out), spans


def review(text: str) -> tuple[list[dict], str]:
    """五关 review of a source text. Offsets in the findings point into the
    source as saved; findings on the header's field names are dropped."""
    try:
        from zhongshu.review import review_text
    except Exception as exc:  # the reviewer is optional at run time; say so
        log.warning("五关审校不可用：%s", exc)
        return [], "五关审校模块暂不可用，本版本未审校"
    view, spans = review_view(text)
    try:
        result = review_text(view)
    except Exception as exc:
        log.exception("五关审校出错")
        return [], f"五关审校出错（{type(exc).__name__}），本版本未审校"
    out = []
    for f in result.findings:
        d = f.to_dict() if hasattr(f, "to_dict") else dict(f)
        for start, src, length in spans:
            if start <= d["start"] < start + length or (length == 0 and d["start"] == start):
                shift = src - start
                d["start"] += shift
                d["end"] = min(d["end"] + shift, src + length)
                out.append(d)
                break
            if d["start"] == start + length and d["end"] == d["start"] and length:  # an insertion point at a piece's end
                d["start"] = d["end"] = src + length
                out.append(d)
                break
    return out, ""


def counts(findings: list[dict]) -> tuple[int, int]:
    return sum(f["severity"] == "error" for f in findings), sum(f["severity"] == "warning" for f in findings)


def substantive(a: str, b: str) -> bool:
    """A change that matters to the signer: anything but whitespace."""
    return re.sub(r"\s+", "", a) != re.sub(r"\s+", "", b)


@dataclass
class Piece:
    text: str
    kind: str  # "same" / "del" / "ins"


@dataclass
class DiffRow:
    left: list[Piece]
    right: list[Piece]
    kind: str  # "same" / "change" / "del" / "ins"


def _chars(a: str, b: str) -> tuple[list[Piece], list[Piece]]:
    left, right = [], []
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            left.append(Piece(a[i1:i2], "same"))
            right.append(Piece(b[j1:j2], "same"))
        else:
            if i2 > i1:
                left.append(Piece(a[i1:i2], "del"))
            if j2 > j1:
                right.append(Piece(b[j1:j2], "ins"))
    return left, right


def diff(a: str, b: str) -> list[DiffRow]:
    """Side-by-side rows; changed lines are compared character by character
    (Chinese has no word spaces, so a word diff would mark whole sentences)."""
    la, lb = a.splitlines(), b.splitlines()
    rows: list[DiffRow] = []
    sm = difflib.SequenceMatcher(None, la, lb, autojunk=False)
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            rows += [DiffRow([Piece(x, "same")], [Piece(x, "same")], "same") for x in la[i1:i2]]
        elif op == "replace":
            n = max(i2 - i1, j2 - j1)
            for k in range(n):
                x = la[i1 + k] if i1 + k < i2 else None
                y = lb[j1 + k] if j1 + k < j2 else None
                if x is not None and y is not None:
                    left, right = _chars(x, y)
                    rows.append(DiffRow(left, right, "change"))
                elif x is not None:
                    rows.append(DiffRow([Piece(x, "del")], [], "del"))
                else:
                    rows.append(DiffRow([], [Piece(y, "ins")], "ins"))
        elif op == "delete":
            rows += [DiffRow([Piece(x, "del")], [], "del") for x in la[i1:i2]]
        else:
            rows += [DiffRow([], [Piece(y, "ins")], "ins") for y in lb[j1:j2]]
    return rows


def changed_only(rows: list[DiffRow], context: int = 1) -> list[DiffRow | None]:
    """Changed rows with a little context; None marks skipped lines."""
    keep = set()
    for i, r in enumerate(rows):
        if r.kind != "same":
            keep.update(range(max(0, i - context), min(len(rows), i + context + 1)))
    out: list[DiffRow | None] = []
    last = -1
    for i in sorted(keep):
        if i != last + 1:
            out.append(None)
        out.append(rows[i])
        last = i
    return out


def template(doctype: str, *, title: str = "", issuer: str = "", classification_label: str = "", urgency: str = "") -> str:
    """A starting source for a 文种 (gongwen's own template when it ships one)."""
    from datetime import date

    body = _gongwen_template(doctype)
    if body is None:
        body = _SAMPLE.get(doctype, _SAMPLE["通知"])
    lines = [f"文种: {doctype}"]
    if classification_label:
        lines.append(f"密级: {classification_label}")
    if urgency and urgency != "普通":
        lines.append(f"紧急程度: {urgency}")
    lines += [f"发文机关标志: {issuer}", f"标题: {title or '关于××××的' + doctype}"]
    d = date.today()
    lines += [f"主送: {_RECIPIENT.get(doctype, '各县（市、区）人民政府，市政府各部门')}", f"署名: {issuer}", f"成文日期: {d.year}年{d.month}月{d.day}日"]
    return "\n".join(lines) + "\n\n" + body.strip() + "\n"


def _gongwen_template(doctype: str) -> str | None:
    """The body of gongwen's template for this 文种, if that package ships one."""
    try:
        from importlib import resources

        from zhongshu.gongwen.doctypes import lookup

        t = lookup(doctype)
        f = resources.files("zhongshu.gongwen") / "templates" / f"{t.slug}.txt"
        if not f.is_file():
            return None
        text = f.read_text(encoding="utf-8")
        return text[header_end(text):]
    except Exception:
        return None


_RECIPIENT = {"请示": "临江市人民政府", "报告": "临江市人民政府", "函": "××单位", "批复": "××单位"}
_SAMPLE = {
    "通知": "为做好××工作，现将有关事项通知如下。\n一、工作目标\n（正文）\n二、工作要求\n（一）加强组织领导。（正文）\n（二）按时报送材料。请于×月×日前将有关情况报送市政府办公室。",
    "请示": "为××，根据××，现就××事项请示如下。\n一、基本情况\n（正文）\n二、请示事项\n（正文）\n妥否，请批示。",
    "报告": "现将××情况报告如下。\n一、主要工作\n（正文）\n二、存在问题\n（正文）\n三、下一步打算\n（正文）\n特此报告。",
    "函": "贵单位《关于××的函》收悉。经研究，现函复如下。\n（正文）\n特此函复。",
    "批复": "你单位《关于××的请示》收悉。经研究，现批复如下。\n一、同意××。\n二、（正文）\n此复。",
}
