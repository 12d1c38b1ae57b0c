"""`zhongshu render SOURCE -o OUT.docx|OUT.pdf` and `zhongshu template 文种`."""

from __future__ import annotations

import argparse
import json
import sys
from importlib import resources

from zhongshu.gongwen.doctypes import DOCTYPES, lookup, names_list
from zhongshu.gongwen.fonts import FontMissing
from zhongshu.gongwen.parse import SourceError, document_from_json, parse_source
from zhongshu.gongwen.validate import errors_of, validate


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # Chinese usage errors, exit 2
        self.print_usage(sys.stderr)
        print(f"参数错误：{message}", file=sys.stderr)
        raise SystemExit(2)


def load_document(path: str):
    """Read a .txt source or a .json document. Raises SourceError."""
    try:
        with open(path, encoding="utf-8-sig") as fh:
            text = fh.read()
    except FileNotFoundError:
        raise SourceError(f"找不到源文件“{path}”") from None
    except UnicodeDecodeError:
        raise SourceError(f"源文件“{path}”不是 UTF-8 编码的文本") from None
    if path.lower().endswith(".json"):
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as e:
            raise SourceError(f"JSON 格式错误：{e.msg}", e.lineno) from None
        return document_from_json(obj)
    return parse_source(text)


def render_main(argv: list[str]) -> int:
    ap = _Parser(prog="zhongshu render", description="按 GB/T 9704-2012 排版公文，输出 DOCX 或 PDF")
    ap.add_argument("source", help="源文件（.txt 纯文本格式或 .json）")
    ap.add_argument("-o", "--output", required=True, help="输出文件：以 .docx 或 .pdf 结尾")
    ap.add_argument("--strict", action="store_true", help="把警告也当作错误")
    args = ap.parse_args(argv)
    out = args.output
    kind = out.lower().rsplit(".", 1)[-1] if "." in out else ""
    if kind not in ("docx", "pdf"):
        print(f"错误：输出文件“{out}”应以 .docx 或 .pdf 结尾", file=sys.stderr)
        return 2
    try:
        doc = load_document(args.source)
    except SourceError as e:
        print(f"{args.source}：{e}", file=sys.stderr)
        return 2
    problems = validate(doc)
    for p in problems:
        print(f"{args.source}：{p}", file=sys.stderr)
    bad = problems if args.strict else errors_of(problems)
    if bad:
        print(f"未生成“{out}”：请先改正以上{len(bad)}处错误。", file=sys.stderr)
        return 2
    try:
        if kind == "pdf":
            from zhongshu.gongwen.pdf_render import render_pdf

            render_pdf(doc, out)
        else:
            from zhongshu.gongwen.docx_render import render_docx

            render_docx(doc, out)
    except FontMissing as e:
        print(f"错误：{e}", file=sys.stderr)
        return 2
    except OSError as e:
        print(f"错误：无法写入“{out}”：{e.strerror}", file=sys.stderr)
        return 2
    return 0


def template_text(doctype: str) -> str:
    t = lookup(doctype)
    if t is None:
        raise KeyError(doctype)
    return resources.files("zhongshu.gongwen").joinpath("templates", f"{t.slug}.txt").read_text(encoding="utf-8")


def template_main(argv: list[str]) -> int:
    if len(argv) != 1 or argv[0] in ("-h", "--help"):
        print(f"用法：zhongshu template 文种\n可用文种：{names_list()}", file=sys.stderr if len(argv) != 1 else sys.stdout)
        return 0 if argv and argv[0] in ("-h", "--help") else 2
    try:
        sys.stdout.write(template_text(argv[0]))
    except KeyError:
        print(f"错误：未知文种“{argv[0]}”。可用文种：{names_list()}", file=sys.stderr)
        return 2
    return 0


__all__ = ["render_main", "template_main", "template_text", "load_document", "DOCTYPES"]
