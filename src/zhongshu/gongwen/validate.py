"""Rules of the 2012 条例 and GB/T 9704-2012 that a document must meet.

Each problem names the element (and the source line when known). Errors
refuse rendering; warnings are advice.
"""

from __future__ import annotations

import re

from zhongshu.gongwen.doctypes import DOCTYPES, Direction, Format, names_list
from zhongshu.gongwen.model import BlockKind, Document, Problem

_DOC_NO = re.compile(r"^(?P<code>[^\s〔〕]+?)〔(?P<year>\d{4})〕(?P<num>\d+)号$")
_ORDER_NO = re.compile(r"^第(?P<num>\d+)号$")
_DATE = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$")
_SECRECY = re.compile(r"^(绝密|机密|秘密)(★.+)?$")
_COUNT_SEP = re.compile(r"[，,、；;]")


def _line(doc: Document, attr: str) -> int | None:
    return doc.lines.get(attr)


def check_doc_number(value: str, *, order: bool = False) -> str | None:
    """Return a Chinese description of what is wrong with a 发文字号, or None."""
    if order:
        m = _ORDER_NO.match(value)
        if not m:
            return f"令号“{value}”格式不正确，应为“第12号”"
        if m.group("num").startswith("0"):
            return f"令号“{value}”的序号不编虚位（不加前导0）"
        return None
    if re.search(r"[\[\]［］【】()（）〈〉]", value):
        return f"发文字号“{value}”的年份应使用六角括号“〔〕”，如“临政办发〔2026〕12号”"
    m = _DOC_NO.match(value)
    if not m:
        if "第" in value:
            return f"发文字号“{value}”的序号前不加“第”，应为“机关代字〔年份〕序号号”"
        return f"发文字号“{value}”格式不正确，应为“机关代字〔年份〕序号号”，如“临政办发〔2026〕12号”"
    if m.group("code").endswith("第") or "第" in m.group("code"):
        return f"发文字号“{value}”的序号前不加“第”"
    if m.group("num").startswith("0"):
        return f"发文字号“{value}”的序号不编虚位（不加前导0），如“1号”而非“01号”"
    return None


def check_date(value: str) -> str | None:
    m = _DATE.match(value)
    if not m:
        return f"日期“{value}”应使用阿拉伯数字并写全年份，如“2026年1月5日”"
    _, mo, d = m.groups()
    if mo.startswith("0") or d.startswith("0"):
        return f"日期“{value}”的月、日不编虚位（如“1月5日”而非“01月05日”）"
    if not (1 <= int(mo) <= 12 and 1 <= int(d) <= 31):
        return f"日期“{value}”不存在"
    return None


def _count(items: list[str]) -> int:
    return sum(len([p for p in _COUNT_SEP.split(i) if p.strip()]) for i in items)


def validate(doc: Document) -> list[Problem]:
    out: list[Problem] = []

    def err(element, message, attr=None, line=None, severity="错误"):
        out.append(Problem(element, message, line if line is not None else _line(doc, attr or ""), severity))

    t = DOCTYPES.get(doc.doctype)
    if t is None:
        err("文种", f"未知文种“{doc.doctype}”；可用文种：{names_list()}", "doctype", line=_line(doc, "doctype") or 1)
        return out
    if not doc.title.strip():
        err("标题", "缺少标题（版头写“标题: 临江市人民政府办公室关于……的通知”）", "title", line=_line(doc, "title") or 1)
    elif t.name not in ("命令（令）",) and not doc.title.endswith(t.name.rstrip("（令）")) and t.format is not Format.MINUTES:
        err("标题", f"标题一般以文种“{t.name}”结尾", "title", severity="警告")
    # 版头
    if doc.copy_no and not re.fullmatch(r"\d{6}", doc.copy_no):
        err("份号", f"份号“{doc.copy_no}”应为6位阿拉伯数字，如“000123”", "copy_no")
    if doc.secrecy:
        if not _SECRECY.match(doc.secrecy):
            err("密级和保密期限", f"密级“{doc.secrecy}”应为“绝密”“机密”或“秘密”，保密期限用“★”连接，如“秘密★1年”", "secrecy")
        if not doc.copy_no:
            err("份号", "涉密公文应当标注份号", "secrecy")
    if doc.urgency and doc.urgency not in ("特急", "加急"):
        err("紧急程度", f"紧急程度“{doc.urgency}”应为“特急”或“加急”", "urgency")
    if not doc.issuers:
        err("发文机关标志", "缺少发文机关标志", "issuers", line=_line(doc, "issuers") or 1)
    if t.format is Format.ORDER and doc.mark_suffix not in ("命令", "令"):
        err("发文机关标志", "命令（令）的发文机关标志由发文机关全称加“命令”或“令”组成", "issuers")
    if t.format is Format.MINUTES and doc.mark_suffix != "纪要":
        err("发文机关标志", "纪要标志应以“纪要”结尾，如“临江市人民政府常务会议纪要”", "issuers")
    if t.format is Format.LETTER and doc.mark_suffix == "文件":
        err("发文机关标志", "信函格式的发文机关标志使用机关全称或规范化简称，不加“文件”", "issuers", severity="警告")
    if doc.doc_number:
        problem = check_doc_number(doc.doc_number, order=t.format is Format.ORDER)
        if problem and t.format is Format.MINUTES:
            problem = None  # 纪要 numbering (第5期, 〔2026〕5号) varies by office
        if problem:
            err("发文字号", problem, "doc_number")
    elif t.needs_number:
        err("发文字号", "缺少发文字号（如“临政办发〔2026〕12号”）", "doc_number", line=_line(doc, "doc_number") or 1)
    upward = t.direction is Direction.UP or doc.direction.startswith("上行")
    if upward and not doc.signers:
        err("签发人", f"{t.name}是上行文，应当标注签发人", "signers", line=_line(doc, "signers") or _line(doc, "doctype"))
    if doc.signers and not upward:
        err("签发人", "签发人只在上行文中标注", "signers", severity="警告")
    # 主体
    if t.needs_recipient and not doc.recipients:
        err("主送机关", f"{t.name}应当有主送机关", "recipients", line=_line(doc, "recipients") or _line(doc, "doctype"))
    if t.one_recipient and _count(doc.recipients) > 1:
        err("主送机关", f"{t.name}只能主送一个机关，而这里有{_count(doc.recipients)}个：{'、'.join(doc.recipients)}；其他机关可以抄送", "recipients")
    if not doc.body:
        err("正文", "正文是空的", line=_line(doc, "doctype"))
    if t.name == "报告":
        for b in doc.body:
            if re.search(r"妥否|请批示|请审批|请予批准", b.text):
                err("正文", "报告中不得夹带请示事项", line=b.line)
    _check_headings(doc, err)
    if doc.date:
        p = check_date(doc.date)
        if p:
            err("成文日期", p, "date")
    elif t.format is not Format.MINUTES:
        err("成文日期", "缺少成文日期", "date", line=_line(doc, "doctype"))
    if doc.printed_date:
        p = check_date(doc.printed_date)
        if p:
            err("印发日期", p, "printed_date")
    if t.format is Format.ORDER and not doc.signatories:
        err("发文机关署名", "命令（令）应标注签发人职务和姓名，如“署名: 市长 张三”", "signatories", line=_line(doc, "doctype"))
    if t.format is Format.MINUTES:
        if not doc.present:
            err("出席", "纪要应当写明出席人员（版头“出席: ……”）", "present", line=_line(doc, "doctype"))
    elif t.format is not Format.ORDER and not doc.signatories and doc.seal is False:
        err("发文机关署名", "不加盖印章的公文应当署发文机关名称", "signatories", line=_line(doc, "doctype"))
    # 附件说明 ↔ 附件
    if doc.attachments and len(doc.attachment_notes) != len(doc.attachments):
        err("附件说明", f"附件说明列了{len(doc.attachment_notes)}个附件，而正文后有{len(doc.attachments)}个附件", "attachment_notes",
            line=_line(doc, "attachment_notes") or doc.attachments[0].line)
    for n, a in enumerate(doc.attachments, 1):
        if not a.title:
            err("附件", f"附件{n}缺少标题（标记行的下一行）", line=a.line)
        elif n <= len(doc.attachment_notes) and doc.attachment_notes[n - 1] != a.title:
            err("附件", f"附件{n}的标题“{a.title}”与附件说明“{doc.attachment_notes[n - 1]}”不一致", line=a.line, severity="警告")
        if len(doc.attachments) > 1 and a.number not in (None, n):
            err("附件", f"附件序号应为{n}，而不是{a.number}", line=a.line)
    for note in doc.attachment_notes:
        if note and note[-1] in "。，；：.":
            err("附件说明", f"附件名称“{note}”后不加标点符号", "attachment_notes")
    return out


def _check_headings(doc: Document, err) -> None:
    """Level n+1 may only follow level n or deeper (一、 before （一）, …)."""
    order = [BlockKind.H1, BlockKind.H2, BlockKind.H3, BlockKind.H4]
    deepest = -1
    for b in doc.body:
        if b.kind in order:
            lvl = order.index(b.kind)
            if lvl > deepest + 2:
                label = ["一、", "（一）", "1.", "（1）"][lvl]
                err("正文", f"结构层次序数“{label}”之前缺少上一层级", line=b.line, severity="警告")
            deepest = lvl


def errors_of(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.is_error]
