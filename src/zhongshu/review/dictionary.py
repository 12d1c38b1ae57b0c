"""Loading the plain-text knowledge files.

Built-in files live in ``data/``. Each is UTF-8 TSV:

* lines starting with ``#`` are comments (title, sources, licence);
* lines starting with ``#!`` set file defaults, e.g.
  ``#! category=language severity=error rule=language.typo reason=…``;
* every other non-blank line is an entry, columns separated by TAB.

Custom dictionaries (``--dict``) use one format with a kind in column one;
see ``docs/review.md`` and ``load_custom``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from importlib import resources

from .textio import InputError

DATA_PACKAGE = "zhongshu.review.data"


@dataclass
class TableFile:
    name: str
    meta: dict
    rows: list[list[str]]


def parse_table(text: str, name: str = "") -> TableFile:
    meta: dict[str, str] = {}
    rows: list[list[str]] = []
    for raw in text.splitlines():
        line = raw.rstrip("\r\n")
        if not line.strip():
            continue
        if line.startswith("#!"):
            for part in line[2:].split():
                if "=" in part:
                    k, v = part.split("=", 1)
                    meta[k.strip()] = v.strip()
            continue
        if line.startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        rows.append(cols)
    return TableFile(name, meta, rows)


def load_builtin(name: str) -> TableFile:
    text = resources.files(DATA_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    return parse_table(text, name)


def builtin_names(suffix: str = ".tsv") -> list[str]:
    return sorted(
        p.name for p in resources.files(DATA_PACKAGE).iterdir() if p.name.endswith(suffix)
    )


@dataclass
class CustomDict:
    """What an organisation adds: see docs/review.md, section 自定义词典."""

    leaders: list[tuple[str, str, str]] = field(default_factory=list)  # name, title, note
    units: list[tuple[str, str, str]] = field(default_factory=list)  # full, abbr, note
    wrong: list[tuple[str, str, str]] = field(default_factory=list)  # wrong, right, note
    forbid: list[tuple[str, str, str]] = field(default_factory=list)  # word, repl, note
    allow: list[str] = field(default_factory=list)


KIND_ALIASES = {
    "leader": "leader", "领导": "leader", "领导姓名": "leader",
    "unit": "unit", "单位": "unit", "机构": "unit",
    "wrong": "wrong", "phrase": "wrong", "纠错": "wrong", "规范表述": "wrong",
    "forbid": "forbid", "禁用": "forbid", "禁用词": "forbid",
    "allow": "allow", "白名单": "allow", "允许": "allow",
}


def load_custom(path: str | os.PathLike, into: CustomDict | None = None) -> CustomDict:
    into = into or CustomDict()
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        raise InputError(f"无法读取词典文件：{path}") from exc
    from .textio import decode_bytes

    text, _ = decode_bytes(data)
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.strip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        kind = KIND_ALIASES.get(cols[0].lower())
        if kind is None or len(cols) < 2 or not cols[1]:
            raise InputError(
                f"词典文件 {path} 第 {lineno} 行格式不对：第一列应为 "
                "leader/unit/wrong/forbid/allow（或 领导/单位/纠错/禁用词/白名单），列之间用 Tab 分隔"
            )
        a = cols[1]
        b = cols[2] if len(cols) > 2 else ""
        note = cols[3] if len(cols) > 3 else ""
        if kind == "leader":
            into.leaders.append((a, b, note))
        elif kind == "unit":
            into.units.append((a, b, note))
        elif kind == "wrong":
            if not b:
                raise InputError(f"词典文件 {path} 第 {lineno} 行：纠错条目缺少正确写法")
            into.wrong.append((a, b, note))
        elif kind == "forbid":
            into.forbid.append((a, b, note))
        else:
            into.allow.append(a)
    return into
