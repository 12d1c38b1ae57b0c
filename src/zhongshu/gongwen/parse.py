"""The plain-text source format and JSON (see docs/gongwen-source.md).

Text source: a header of `键: 值` lines, a blank line, then the body. Headings
are recognised by their numbers; `附件：` lines are the 附件说明; a line
`=== 附件1 ===` starts an attachment whose first line is its title.
"""

from __future__ import annotations

import re
from dataclasses import asdict

from zhongshu.gongwen.doctypes import DOCTYPES, lookup, names_list
from zhongshu.gongwen.model import Attachment, Block, BlockKind, Document


class SourceError(ValueError):
    """A source that cannot be read at all (as opposed to validation problems)."""

    def __init__(self, message: str, line: int | None = None):
        self.line = line
        super().__init__(f"第{line}行：{message}" if line else message)


_H1 = re.compile(r"^[一二三四五六七八九十百]+、")
_H2 = re.compile(r"^[（(][一二三四五六七八九十百]+[）)]")
_H3 = re.compile(r"^\d{1,2}[.．](?!\d)")
_H4 = re.compile(r"^[（(]\d{1,2}[）)]")
_ATT_MARK = re.compile(r"^=+\s*附件\s*(\d*)\s*=+$")
_NOTE_START = re.compile(r"^附件[：:]\s*(.*)$")
_NUMBERED = re.compile(r"^(\d{1,2})[.．]\s*(.+)$")
_SEP = re.compile(r"[，,；;]")
_LIST_SEP = re.compile(r"[，,、；;]")

# header key → Document attribute (several spellings accepted)
HEADER_KEYS = {
    "文种": "doctype",
    "份号": "copy_no",
    "密级": "secrecy",
    "密级和保密期限": "secrecy",
    "紧急程度": "urgency",
    "发文机关标志": "issuers",
    "纪要标志": "issuers",
    "发文字号": "doc_number",
    "令号": "doc_number",
    "签发人": "signers",
    "标题": "title",
    "主送": "recipients",
    "主送机关": "recipients",
    "抄送": "cc",
    "抄送机关": "cc",
    "印发机关": "printed_by",
    "印发日期": "printed_date",
    "成文日期": "date",
    "日期": "date",
    "署名": "signatories",
    "发文机关署名": "signatories",
    "印章": "seal",
    "附注": "note",
    "出席": "present",
    "请假": "absent",
    "列席": "attending",
    "行文方向": "direction",
}
_MARK_SUFFIXES = ("文件", "命令", "令", "纪要")


def _norm_parens(text: str) -> str:
    return text.replace("(", "（").replace(")", "）")


def classify_line(text: str) -> tuple[BlockKind, str]:
    text = text.strip()
    if _H1.match(text):
        return BlockKind.H1, text
    if _H2.match(text):
        m = _H2.match(text)
        return BlockKind.H2, _norm_parens(m.group(0)) + text[m.end():]
    if _H4.match(text):
        m = _H4.match(text)
        return BlockKind.H4, _norm_parens(m.group(0)) + text[m.end():]
    if _H3.match(text):
        return BlockKind.H3, text.replace("．", ".", 1)
    return BlockKind.PARAGRAPH, text


def split_issuers(value: str) -> tuple[list[str], str]:
    """'临江市人民政府、临江市财政局文件' → (['临江市人民政府', '临江市财政局'], '文件')."""
    value = value.strip()
    suffix = ""
    for s in _MARK_SUFFIXES:
        if value.endswith(s) and len(value) > len(s):
            suffix, value = s, value[: -len(s)]
            break
    if suffix == "纪要":  # a 纪要 mark is one name: 临江市人民政府常务会议纪要
        return [value], suffix
    return [p.strip() for p in re.split(r"[、；;]", value) if p.strip()], suffix


def _split(value: str, pattern=_SEP) -> list[str]:
    return [p.strip() for p in pattern.split(value.strip().rstrip("：:。")) if p.strip()]


def _set_header(doc: Document, attr: str, value: str, line: int) -> None:
    if attr == "issuers":
        doc.issuers, doc.mark_suffix = split_issuers(value)
    elif attr in ("recipients", "cc"):
        setattr(doc, attr, _split(value))
    elif attr in ("signers", "signatories"):
        setattr(doc, attr, _split(value, _LIST_SEP))
    elif attr == "seal":
        if value in ("有", "是", "加盖", "yes", "true"):
            doc.seal = True
        elif value in ("无", "否", "不加盖", "no", "false"):
            doc.seal = False
        else:
            raise SourceError(f"“印章”只能填“有”或“无”，而不是“{value}”", line)
    elif attr == "note":
        doc.note = value.strip().lstrip("（(").rstrip("）)")
    else:
        setattr(doc, attr, value.strip())


def _parse_table_row(text: str) -> list[str] | None:
    cells = [c.strip() for c in text.strip().strip("|").split("|")]
    if all(re.fullmatch(r":?-{2,}:?", c) for c in cells):
        return None  # markdown separator row
    return cells


def _parse_blocks(lines: list[tuple[int, str]]) -> list[Block]:
    blocks: list[Block] = []
    for no, text in lines:
        if text.startswith("|"):
            row = _parse_table_row(text)
            if row is None:
                continue
            if blocks and blocks[-1].kind is BlockKind.TABLE and blocks[-1].rows is not None and blocks[-1].text == "":
                if len(row) != len(blocks[-1].rows[0]):
                    raise SourceError(f"表格这一行有{len(row)}列，而表头有{len(blocks[-1].rows[0])}列", no)
                blocks[-1].rows.append(row)
            else:
                blocks.append(Block(BlockKind.TABLE, rows=[row], line=no))
            continue
        kind, t = classify_line(text)
        blocks.append(Block(kind, t, line=no))
    return blocks


def parse_source(text: str) -> Document:
    """Parse the plain-text source. Raises SourceError for unreadable input;
    content rules are checked separately by `validate`."""
    raw = text.lstrip("\ufeff").splitlines()
    doc = Document(doctype="")
    seal_given = False
    i = 0
    while i < len(raw) and not raw[i].strip():
        i += 1
    if i == len(raw):
        raise SourceError("源文件是空的：应以“文种: 通知”等版头字段开始")
    # header
    while i < len(raw) and raw[i].strip():
        no, line = i + 1, raw[i].strip()
        m = re.match(r"^([^:：]{1,10})\s*[:：]\s*(.*)$", line)
        if not m:
            raise SourceError(f"版头字段应写成“键: 值”，无法识别“{line}”；版头结束后须空一行再写正文", no)
        key, value = m.group(1).strip(), m.group(2).strip()
        attr = HEADER_KEYS.get(key)
        if attr is None:
            raise SourceError(f"未知的版头字段“{key}”；可用字段：{'、'.join(HEADER_KEYS)}", no)
        if attr in doc.lines and attr != "issuers":
            raise SourceError(f"版头字段“{key}”重复", no)
        if attr == "doctype":
            t = lookup(value)
            if t is None:
                raise SourceError(f"未知文种“{value}”；可用文种：{names_list()}", no)
            value = t.name
        if attr == "seal":
            seal_given = True
        _set_header(doc, attr, value, no)
        doc.lines[attr] = no
        i += 1
    if not doc.doctype:
        raise SourceError("版头缺少“文种”字段（如“文种: 通知”）", 1)
    if not seal_given:
        doc.seal = DOCTYPES[doc.doctype].default_seal
    # body, 附件说明, attachments
    body: list[tuple[int, str]] = []
    current: Attachment | None = None
    att_lines: list[tuple[int, str]] = []
    in_notes = False
    for j in range(i, len(raw)):
        no, line = j + 1, raw[j].strip()
        m = _ATT_MARK.match(line)
        if m:
            if current is not None:
                current.blocks = _parse_blocks(att_lines[1:])
                current.title = att_lines[0][1] if att_lines else ""
            current = Attachment(title="", number=int(m.group(1)) if m.group(1) else None, line=no)
            doc.attachments.append(current)
            att_lines = []
            in_notes = False
            continue
        if not line:
            in_notes = False
            continue
        if current is not None:
            att_lines.append((no, line))
            continue
        nm = _NOTE_START.match(line)
        if nm:
            in_notes = True
            doc.lines.setdefault("attachment_notes", no)
            first = nm.group(1).strip()
            if first:
                doc.attachment_notes.append(_strip_note_number(first))
            continue
        if in_notes and _NUMBERED.match(line):
            doc.attachment_notes.append(_strip_note_number(line))
            continue
        in_notes = False
        body.append((no, line))
    if current is not None:
        current.title = att_lines[0][1] if att_lines else ""
        current.blocks = _parse_blocks(att_lines[1:])
    doc.body = _parse_blocks(body)
    return doc


def _strip_note_number(text: str) -> str:
    m = _NUMBERED.match(text)
    return (m.group(2) if m else text).strip()


# ---- JSON ---------------------------------------------------------------

_JSON_FIELDS = [
    "doctype", "title", "copy_no", "secrecy", "urgency", "issuers", "mark_suffix", "doc_number",
    "signers", "recipients", "attachment_notes", "signatories", "date", "seal", "note", "present",
    "absent", "attending", "cc", "printed_by", "printed_date", "direction",
]


def _blocks_from_json(items, where: str) -> list[Block]:
    out = []
    for n, it in enumerate(items or [], 1):
        if isinstance(it, str):
            kind, text = classify_line(it)
            out.append(Block(kind, text))
            continue
        if not isinstance(it, dict) or "type" not in it:
            raise SourceError(f"JSON {where} 第{n}项应为字符串或带 type 的对象")
        try:
            kind = BlockKind(it["type"])
        except ValueError:
            raise SourceError(f"JSON {where} 第{n}项的 type “{it['type']}”无效，应为 p/h1/h2/h3/h4/table") from None
        out.append(Block(kind, it.get("text", ""), rows=[list(map(str, r)) for r in it.get("rows", [])]))
    return out


def document_from_json(obj) -> Document:
    if not isinstance(obj, dict):
        raise SourceError("JSON 顶层应为对象")
    unknown = set(obj) - set(_JSON_FIELDS) - {"body", "attachments"}
    if unknown:
        raise SourceError(f"JSON 含未知字段：{'、'.join(sorted(unknown))}")
    t = lookup(str(obj.get("doctype", "")))
    if t is None:
        raise SourceError(f"未知文种“{obj.get('doctype', '')}”；可用文种：{names_list()}")
    kw = {k: obj[k] for k in _JSON_FIELDS if k in obj}
    kw["doctype"] = t.name
    for k in ("issuers", "signers", "recipients", "attachment_notes", "signatories", "cc"):
        if isinstance(kw.get(k), str):
            kw[k] = [kw[k]]
    kw.setdefault("seal", t.default_seal)
    doc = Document(**kw)
    doc.body = _blocks_from_json(obj.get("body"), "body")
    for n, a in enumerate(obj.get("attachments") or [], 1):
        if not isinstance(a, dict):
            raise SourceError(f"JSON attachments 第{n}项应为对象")
        doc.attachments.append(
            Attachment(title=a.get("title", ""), number=a.get("number"), blocks=_blocks_from_json(a.get("body"), f"attachments[{n}].body"))
        )
    return doc


def document_to_json(doc: Document) -> dict:
    out = {k: getattr(doc, k) for k in _JSON_FIELDS}
    conv = lambda b: {"type": b.kind.value, "text": b.text, **({"rows": b.rows} if b.kind is BlockKind.TABLE else {})}  # noqa: E731
    out["body"] = [conv(b) for b in doc.body]
    out["attachments"] = [{"title": a.title, "number": a.number, "body": [conv(b) for b in a.blocks]} for a in doc.attachments]
    return out


__all__ = ["SourceError", "parse_source", "document_from_json", "document_to_json", "classify_line", "asdict"]
