"""Measure recall and false alarms on the annotated corpus.

    python -m zhongshu.review.evaluate [--verbose]

``tests/corpus/errors/*.txt``: every real error is marked ⟪like this⟫ (the
marks are removed before review). An error counts as found when an
error- or warning-severity finding overlaps its span. ``tests/corpus/clean``
holds well-written text: every error/warning there is a false alarm.
Info-severity findings are hints and are counted separately.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

CORPUS = Path(__file__).parent / "tests" / "corpus"
_MARK = re.compile(r"⟪(.*?)⟫", re.S)


def strip_marks(marked: str) -> tuple[str, list[tuple[int, int]]]:
    out, spans, pos = [], [], 0
    length = 0
    for m in _MARK.finditer(marked):
        before = marked[pos : m.start()]
        out.append(before)
        length += len(before)
        inner = m.group(1)
        spans.append((length, length + len(inner)))
        out.append(inner)
        length += len(inner)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans


def evaluate(reviewer=None, verbose: bool = False, out=sys.stdout) -> dict:
    if reviewer is None:
        from . import default_reviewer

        reviewer = default_reviewer()
    total = found = extra = 0
    missed = []
    for path in sorted((CORPUS / "errors").glob("*.txt")):
        text, spans = strip_marks(path.read_text(encoding="utf-8"))
        fs = [f for f in reviewer.review(text).findings if f.severity != "info"]
        for s, e in spans:
            total += 1
            if any(f.start < e and s < f.end for f in fs):
                found += 1
            else:
                missed.append((path.name, text[s:e], text[max(0, s - 12) : e + 12].replace("\n", " ")))
        for f in fs:
            if not any(f.start < e and s < f.end for s, e in spans):
                extra += 1
                if verbose:
                    print(f"  意外报告 {path.name}: {text[f.start:f.end]!r} {f.rule} {f.message}", file=out)
    clean_chars = alarms = infos = 0
    for path in sorted((CORPUS / "clean").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        clean_chars += len(text)
        for f in reviewer.review(text).findings:
            if f.severity == "info":
                infos += 1
                continue
            alarms += 1
            if verbose:
                ctx = text[max(0, f.start - 10) : f.end + 10].replace("\n", " ")
                print(f"  误报 {path.name}: {text[f.start:f.end]!r} … {ctx} {f.rule}", file=out)
    if verbose:
        for name, span, ctx in missed:
            print(f"  漏报 {name}: {span!r} … {ctx}", file=out)
    result = {
        "marked_errors": total,
        "found": found,
        "recall": found / total if total else 0.0,
        "unexpected_in_error_corpus": extra,
        "clean_chars": clean_chars,
        "false_alarms": alarms,
        "false_alarms_per_10k": alarms / clean_chars * 10000 if clean_chars else 0.0,
        "info_hints_on_clean": infos,
    }
    return result


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description="在标注语料上测量召回率和误报率")
    p.add_argument("--verbose", "-v", action="store_true")
    args = p.parse_args(argv)
    r = evaluate(verbose=args.verbose)
    print(f"标注错误 {r['marked_errors']} 处，检出 {r['found']} 处，召回率 {r['recall']:.1%}；"
          f"错误语料中标注以外的报告 {r['unexpected_in_error_corpus']} 处")
    print(f"干净语料 {r['clean_chars']} 字，误报 {r['false_alarms']} 处，"
          f"每万字 {r['false_alarms_per_10k']:.2f} 处（另有提示 {r['info_hints_on_clean']} 条）")
    return 0


if __name__ == "__main__":
    sys.exit(main())
