"""Rendering speed: a 3-page 通知 to DOCX and to PDF, against LibreOffice.

    .venv/bin/python bench/render.py [--runs 30]

Prints median and best times; targets: DOCX ≤ 30 ms, PDF ≤ 100 ms (median,
after the first render has loaded and registered the fonts).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from zhongshu.gongwen import parse_source, render_docx, render_pdf  # noqa: E402
from zhongshu.gongwen.layout import build_plan, paginate  # noqa: E402

SOURCE = ROOT / "src/zhongshu/gongwen/tests/data/long_tongzhi.txt"


def three_page_notice():
    text = SOURCE.read_text(encoding="utf-8")
    head, _, body = text.partition("\n\n")
    body = body.split("=== 附件1 ===")[0]  # the body alone: 3 pages
    doc = parse_source(head + "\n\n" + body)
    doc.attachments = []
    doc.attachment_notes = []
    return doc


def timed(fn, runs):
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--lo-runs", type=int, default=3)
    args = ap.parse_args()
    doc = three_page_notice()
    t0 = time.perf_counter()
    pages = paginate(build_plan(doc))
    plan_ms = (time.perf_counter() - t0) * 1000
    from zhongshu.gongwen.titlebreak import segmenter_name
    t0 = time.perf_counter()
    render_pdf(doc)
    first = (time.perf_counter() - t0) * 1000
    render_docx(doc)
    docx_ms = timed(lambda: render_docx(doc), args.runs)
    pdf_ms = timed(lambda: render_pdf(doc), args.runs)
    print(f"document: 3-page 通知 ({pages} pages)")
    print(f"first layout (loads the title segmenter, {segmenter_name()}): {plan_ms:.1f} ms")
    print(f"first PDF render (loads fonts): {first:.1f} ms")
    print(f"DOCX: median {statistics.median(docx_ms):.1f} ms, best {min(docx_ms):.1f} ms  (target ≤ 30 ms)")
    print(f"PDF:  median {statistics.median(pdf_ms):.1f} ms, best {min(pdf_ms):.1f} ms  (target ≤ 100 ms)")
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("LibreOffice: not installed (Debian package libreoffice-writer-nogui); no comparison")
        return 0
    if args.lo_runs < 1:
        return 0
    with tempfile.TemporaryDirectory() as d:
        src = Path(d) / "notice.docx"
        render_docx(doc, src)
        lo = []
        for k in range(args.lo_runs):
            profile = Path(d) / f"profile{k}"
            t = time.perf_counter()
            subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                            "--convert-to", "pdf", "--outdir", d, str(src)], check=True, capture_output=True, timeout=180)
            lo.append((time.perf_counter() - t) * 1000)
    lo_med = statistics.median(lo)
    print(f"LibreOffice DOCX→PDF: median {lo_med:.0f} ms over {args.lo_runs} runs (each a fresh process)")
    print(f"ratio LibreOffice / our PDF: {lo_med / statistics.median(pdf_ms):.0f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
