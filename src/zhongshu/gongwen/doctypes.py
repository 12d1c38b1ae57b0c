"""The 15 文种 of the 2012 条例 (第八条) and the format each is laid out in."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Format(enum.Enum):
    STANDARD = "文件格式"
    LETTER = "信函格式"
    ORDER = "命令（令）格式"
    MINUTES = "纪要格式"


class Direction(enum.Enum):
    UP = "上行文"
    DOWN = "下行文"
    LEVEL = "平行文"
    ANY = "不限"


@dataclass(frozen=True)
class DocType:
    name: str
    slug: str  # file name of the template
    format: Format
    direction: Direction
    needs_recipient: bool = False  # 主送机关 required
    one_recipient: bool = False  # exactly one 主送机关
    needs_number: bool = True  # 发文字号 required
    default_seal: bool = True


DOCTYPES: dict[str, DocType] = {
    t.name: t
    for t in [
        DocType("决议", "jueyi", Format.STANDARD, Direction.DOWN, default_seal=False),
        DocType("决定", "jueding", Format.STANDARD, Direction.DOWN),
        DocType("命令（令）", "mingling", Format.ORDER, Direction.DOWN, default_seal=False),
        DocType("公报", "gongbao", Format.STANDARD, Direction.DOWN, needs_number=False, default_seal=False),
        DocType("公告", "gonggao", Format.STANDARD, Direction.DOWN, needs_number=False),
        DocType("通告", "tonggao", Format.STANDARD, Direction.DOWN, needs_number=False),
        DocType("意见", "yijian", Format.STANDARD, Direction.ANY),
        DocType("通知", "tongzhi", Format.STANDARD, Direction.DOWN),
        DocType("通报", "tongbao", Format.STANDARD, Direction.DOWN),
        DocType("报告", "baogao", Format.STANDARD, Direction.UP, needs_recipient=True),
        DocType("请示", "qingshi", Format.STANDARD, Direction.UP, needs_recipient=True, one_recipient=True),
        DocType("批复", "pifu", Format.STANDARD, Direction.DOWN, needs_recipient=True),
        DocType("议案", "yian", Format.STANDARD, Direction.LEVEL, needs_recipient=True, one_recipient=True),
        DocType("函", "han", Format.LETTER, Direction.LEVEL, needs_recipient=True),
        DocType("纪要", "jiyao", Format.MINUTES, Direction.ANY, needs_number=False, default_seal=False),
    ]
}

# Accepted spellings that map to a canonical 文种.
ALIASES = {"命令": "命令（令）", "令": "命令（令）", "命令(令)": "命令（令）", "会议纪要": "纪要"}


def lookup(name: str) -> DocType | None:
    name = name.strip()
    return DOCTYPES.get(ALIASES.get(name, name))


def names_list() -> str:
    return "、".join(DOCTYPES)
