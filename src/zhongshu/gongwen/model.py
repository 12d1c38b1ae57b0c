"""The structured 公文: the 18 elements of the 2012 条例 in three zones.

Build one in code with keyword arguments (see `Document.simple`) or from the
plain-text source (`parse.parse_source`) or JSON (`parse.document_from_json`).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class BlockKind(str, enum.Enum):
    PARAGRAPH = "p"
    H1 = "h1"  # 一、 黑体
    H2 = "h2"  # （一） 楷体
    H3 = "h3"  # 1. 仿宋
    H4 = "h4"  # （1） 仿宋
    TABLE = "table"


@dataclass
class Block:
    kind: BlockKind
    text: str = ""
    rows: list[list[str]] = field(default_factory=list)  # tables only
    line: int | None = None  # source line, for messages


@dataclass
class Attachment:
    title: str
    blocks: list[Block] = field(default_factory=list)
    number: int | None = None  # None when there is only one 附件
    line: int | None = None


@dataclass
class Problem:
    element: str  # the 公文 element concerned, in Chinese (e.g. "发文字号")
    message: str
    line: int | None = None
    severity: str = "错误"  # 错误 refuses rendering; 警告 does not

    @property
    def is_error(self) -> bool:
        return self.severity == "错误"

    def __str__(self) -> str:
        where = f"第{self.line}行：" if self.line else ""
        return f"{where}{self.severity}：【{self.element}】{self.message}"


@dataclass
class Document:
    doctype: str  # 文种, one of doctypes.DOCTYPES
    title: str = ""  # 标题
    # 版头
    copy_no: str = ""  # 份号
    secrecy: str = ""  # 密级和保密期限, e.g. "秘密★1年"
    urgency: str = ""  # 紧急程度: 特急/加急
    issuers: list[str] = field(default_factory=list)  # 发文机关标志 (several = 联合行文)
    mark_suffix: str = "文件"  # "文件", "" (信函), "命令"/"令", "纪要"
    doc_number: str = ""  # 发文字号 (命令: 令号 "第12号")
    signers: list[str] = field(default_factory=list)  # 签发人
    # 主体
    recipients: list[str] = field(default_factory=list)  # 主送机关
    body: list[Block] = field(default_factory=list)  # 正文
    attachment_notes: list[str] = field(default_factory=list)  # 附件说明
    signatories: list[str] = field(default_factory=list)  # 发文机关署名 (命令: "市长 张三")
    date: str = ""  # 成文日期
    seal: bool = True  # 印章
    note: str = ""  # 附注 (without the parentheses)
    attachments: list[Attachment] = field(default_factory=list)  # 附件
    # 纪要
    present: str = ""  # 出席
    absent: str = ""  # 请假
    attending: str = ""  # 列席
    # 版记
    cc: list[str] = field(default_factory=list)  # 抄送机关
    printed_by: str = ""  # 印发机关
    printed_date: str = ""  # 印发日期
    direction: str = ""  # 行文方向 override: 上行/平行/下行
    # source line of each header element, for messages
    lines: dict[str, int] = field(default_factory=dict)

    @property
    def issuer_mark(self) -> str:
        return "、".join(self.issuers) + self.mark_suffix

    @classmethod
    def simple(cls, doctype: str, title: str, paragraphs: list[str], **kw) -> "Document":
        """Build a document in code; heading numbers in `paragraphs` are recognised."""
        from zhongshu.gongwen.parse import classify_line

        blocks = [Block(*classify_line(p)) for p in paragraphs]
        return cls(doctype=doctype, title=title, body=blocks, **kw)
