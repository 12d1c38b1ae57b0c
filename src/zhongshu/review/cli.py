"""``zhongshu review FILE [--format text|json] [--dict EXTRA ...]``.

Exit status: 0 no error-severity findings, 1 some, 2 bad input.
"""

from __future__ import annotations

import argparse
import json
import sys

from .model import CATEGORY_NAMES, SEVERITY_NAMES
from .textio import InputError, decode_bytes, read_path


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # argparse's own messages are English
        raise InputError(f"参数错误：{message}\n用法：zhongshu review FILE [--format text|json] [--dict 词典文件 ...]")


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="zhongshu review", description="五关审校：检查公文的政治、政策、事实、格式、语言问题",
                add_help=True)
    p.add_argument("file", help="待审校的 .txt 或 .docx 文件；- 表示标准输入")
    p.add_argument("--format", choices=("text", "json"), default="text", help="输出格式（默认 text）")
    p.add_argument("--dict", action="append", default=[], metavar="EXTRA", help="自定义词典（可多次使用）")
    p.add_argument("--color", choices=("auto", "always", "never"), default="auto", help="是否使用颜色标记")
    p.add_argument("--nearmiss", action=argparse.BooleanOptionalAction, default=None,
                   help="近似误写检测（一字之差成常用词，如“陪训”→“培训”）；默认开启，--no-nearmiss 关闭")
    p.add_argument("--homophone", action="store_true",
                   help="另用语料统计检测同音实词误用（如“体质改革”→“体制改革”）；较慢，默认关闭")
    return p


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        args = _parser().parse_args(argv)
        if args.file == "-":
            data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode("utf-8")
            text, _ = decode_bytes(data)
        else:
            text, _ = read_path(args.file)
        from . import Reviewer, default_reviewer

        if args.dict or args.nearmiss is not None or args.homophone:
            reviewer = Reviewer(args.dict, nearmiss=args.nearmiss, homophone=args.homophone)
        else:
            reviewer = default_reviewer()
    except InputError as exc:
        print(f"zhongshu review：{exc}", file=sys.stderr)
        return 2
    result = reviewer.review(text)
    out = sys.stdout
    if args.format == "json":
        json.dump(result.to_dict(), out, ensure_ascii=False, indent=1)
        out.write("\n")
    else:
        color = args.color == "always" or (args.color == "auto" and out.isatty())
        out.write(render_text(result, color=color, name=args.file))
    return 1 if result.has_errors else 0


def render_text(result, color: bool = False, name: str = "") -> str:
    from .document import Doc

    doc = Doc(result.text)
    lines = []
    if not result.findings:
        return f"{name or '文稿'}：未发现问题（共 {len(result.text)} 字）。\n"
    for i, f in enumerate(result.findings, 1):
        ln = doc.line_of(f.start)
        lo = max(ln.start, f.start - 18)
        hi = min(ln.end, max(f.end, f.start) + 18)
        before = result.text[lo : f.start].replace("\r", "")
        span = result.text[f.start : min(f.end, ln.end) if f.end > f.start else f.start]
        after = result.text[min(f.end, ln.end) : hi].replace("\r", "") if f.end <= ln.end else ""
        if color:
            mark = f"\x1b[1;31;4m{span or '∧'}\x1b[0m"
        else:
            mark = f"【{span or '∧'}】"
        sev = SEVERITY_NAMES[f.severity]
        cat = CATEGORY_NAMES[f.category]
        lines.append(f"{i}. 第{ln.no}行 [{cat}·{sev}] {f.message}")
        lines.append(f"   原文：{'…' if lo > ln.start else ''}{before}{mark}{after}{'…' if hi < ln.end else ''}")
        if f.suggestion is not None:
            lines.append(f"   建议：{'删去' if f.suggestion == '' else '改为“' + f.suggestion + '”'}")
    st = result.stats
    by = st["by_severity"]
    lines.append(
        f"\n共 {len(result.text)} 字，发现 {st['findings']} 处问题：错误 {by['error']} 处，警告 {by['warning']} 处，提示 {by['info']} 处。"
    )
    return "\n".join(lines) + "\n"


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
