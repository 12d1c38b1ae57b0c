"""Benchmark of the 五关 reviewer (prints figures; not a test).

    .venv/bin/python bench/review.py

Start-up (importing and loading every dictionary), throughput over mixed
text on one core, median time for a 10,000-character document, quality on
the annotated corpus, and the peers (pycorrector, gongwen-skill) where they
can run offline.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from zhongshu.review import Reviewer  # noqa: E402
from zhongshu.review.evaluate import CORPUS, SETS, evaluate, strip_marks  # noqa: E402


def startup(tmpdir: str | None = None, runs: int = 3) -> tuple[float, float]:
    """Seconds to import and load every dictionary in a new process (best of ``runs``); with ``tmpdir``,
    a temp dir of its own, so the near-miss index is built instead of read from its cache."""
    code = ("import time; t=time.perf_counter(); from zhongshu.review import Reviewer; r=Reviewer(); "
            "print(time.perf_counter()-t, r.load_seconds)")
    env = {"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"}
    if tmpdir:
        env["TMPDIR"] = tmpdir
    out = []
    for _ in range(runs):
        res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
        out.append(tuple(float(x) for x in res.stdout.split()))
    return min(r[0] for r in out), min(r[1] for r in out)


def machine_reference(runs: int = 3) -> float:
    """Seconds for a plain Python loop of 10 million additions (best of ``runs``): how fast this machine runs Python,
    so figures of sessions on different machines can be compared (0.30 s on the machine of session 16, which
    reviewed ≈370 k characters per second)."""
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        s = 0
        for i in range(10_000_000):
            s += i
        best = min(best, time.perf_counter() - t0)
    return best


def corpus_texts() -> list[str]:
    dirs = [CORPUS, CORPUS / "tough", CORPUS / "heldout", CORPUS / "fresh"]
    texts = [p.read_text(encoding="utf-8") for d in dirs for p in sorted((d / "clean").glob("*.txt"))]
    texts += [strip_marks(p.read_text(encoding="utf-8"))[0] for d in dirs for p in sorted((d / "errors").glob("*.txt"))]
    return texts


def documents(size: int, total: int) -> list[str]:
    mixed = "\n".join(corpus_texts())
    blob = (mixed + "\n") * (total // len(mixed) + 2)
    return [blob[i : i + size] for i in range(0, total, size)]


def throughput(reviewer: Reviewer) -> tuple[float, int, int]:
    docs = documents(10_000, 1_000_000)
    reviewer.review(docs[0])  # warm caches
    t0 = time.perf_counter()
    n = 0
    findings = 0
    for d in docs:
        findings += len(reviewer.review(d).findings)
        n += len(d)
    return n / (time.perf_counter() - t0), n, findings


def median_10k(reviewer: Reviewer, cold: bool = False) -> tuple[float, float]:
    """Median and 95th percentile of one 10,000-character document reviewed 60 times; with ``cold``,
    60 different documents, the near-miss detector's memo of looked-up windows emptied before each."""
    docs = documents(10_000, 600_000)[:60] if cold else documents(10_000, 10_000) * 60
    index = reviewer.kb.nearmiss
    memos = [getattr(index, m) for m in ("_memo", "_groups") if hasattr(index, m)]
    times = []
    for doc in docs:
        if cold:
            for memo in memos:
                memo.clear()
        t0 = time.perf_counter()
        reviewer.review(doc)
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95)]


def peer_pycorrector() -> str:
    try:
        from pycorrector import Corrector  # type: ignore
    except Exception as exc:  # noqa: BLE001
        return (f"无法运行：导入失败（{type(exc).__name__}: {exc}）。pycorrector 的默认纠错器还需要 kenlm 和约 2.8 GB 的"
                "语言模型（首次使用时从网络下载），本环境离线，无法获得。")
    try:
        m = Corrector()
        out = m.correct("我们要迫不急待地推进工作")
        return f"可以运行：{out}"
    except Exception as exc:  # noqa: BLE001
        return f"无法运行：{type(exc).__name__}: {exc}（默认模型需联网下载）"


def peer_gongwen_skill() -> str:
    exe = shutil.which("gongwen") or str(Path(sys.executable).parent / "gongwen")
    if not Path(exe).exists():
        return "未安装（pip install gongwen-skill 后可在此比较）。"
    try:
        import docx  # python-docx
    except ImportError:
        return "缺少 python-docx。"
    found = total = issues_clean = clean_chars = 0
    with tempfile.TemporaryDirectory() as tmp:
        for p in sorted((CORPUS / "errors").glob("*.txt")):
            text, spans = strip_marks(p.read_text(encoding="utf-8"))
            out = _gongwen_check(exe, docx, text, Path(tmp) / (p.stem + ".docx"))
            if out is None:
                return "gongwen check 运行失败。"
            for s, e in spans:
                total += 1
                if text[s:e].strip() and text[s:e] in out.replace(text, ""):
                    found += 1
        for p in sorted((CORPUS / "clean").glob("*.txt")):
            text = p.read_text(encoding="utf-8")
            clean_chars += len(text)
            out = _gongwen_check(exe, docx, text, Path(tmp) / (p.stem + ".docx")) or ""
            issues_clean += out.count("CHK-")
    return (f"gongwen-skill 的 check 检查 .docx 的版式（字体、缩进、对齐、页码等），不检查文字内容。"
            f"在错误语料 {total} 处标注错误中，其输出文字里出现了其中 {found} 处的原文（多为整段引用，并非指出该错误）；"
            f"在干净语料（{clean_chars} 字，按无样式 .docx 输入）上报告 {issues_clean} 条，多为版式项，与文字审校不可直接比较。")


def _gongwen_check(exe, docx, text, path):
    d = docx.Document()
    for line in text.split("\n"):
        d.add_paragraph(line)
    d.save(path)
    try:
        r = subprocess.run([exe, "check", str(path)], capture_output=True, text=True, timeout=120)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return r.stdout + r.stderr


def main() -> int:
    total_startup, load = startup()
    with tempfile.TemporaryDirectory() as tmp:
        first_start, _ = startup(tmp, runs=1)
    reviewer = Reviewer()
    kb = reviewer.kb
    print("五关审校 基准测试")
    print(f"  本机速度参考：纯 Python 循环 1,000 万次加法 {machine_reference():.2f} 秒（越小越快，用于比较不同机器上的数字）")
    print(f"  词典条目：{kb.entry_count} 条（其中由成语表生成的近形近音误写 {kb.entry_count - _hand(kb)} 条，成语正确写法 {kb.idiom_count} 条）")
    print(f"  启动（导入 + 加载全部词典，新进程）：{total_startup:.3f} 秒；其中加载词典 {load:.3f} 秒")
    print(f"  首次启动（临时目录中还没有近似误写索引缓存，现场生成）：{first_start:.3f} 秒")
    cps, n, findings = throughput(reviewer)
    print(f"  吞吐（单核，{n} 字混合文本，每篇 1 万字）：{cps:,.0f} 字/秒（共 {findings} 条发现）")
    med, p95 = median_10k(reviewer)
    print(f"  1 万字文档：中位数 {med:.2f} 毫秒，95 分位 {p95:.2f} 毫秒")
    med, p95 = median_10k(reviewer, cold=True)
    print(f"  1 万字文档（60 篇不同文档，每篇前清空近似误写查询缓存）：中位数 {med:.2f} 毫秒，95 分位 {p95:.2f} 毫秒")
    names = {"dev": "开发语料（随规则编写）", "tough": "第二轮开发语料（先测后调）", "heldout": "留出语料（第二轮未调；第三轮已读其漏报）",
             "fresh": "第三轮新写语料（另一作者，先测后调）",
             "fresh2": "第四轮新写语料（第三作者，先测后调）",
             "fresh3": "第五轮新写语料（第四作者，先测后调）",
             "fresh4": "第六轮前新写语料（第五作者，先测后调）",
             "fresh5": "第六轮前新写语料（第六作者，先测后调）",
             "fresh6": "第六轮盲测语料（第七作者，规则定稿前未读）",
             "fresh7": "第六轮盲测语料（第八作者，规则定稿前未读）",
             "fresh8": "第六、七轮盲测语料（第九作者）",
             "fresh9": "第八轮盲测语料（第十作者，测后调）",
             "fresh10": "第八轮盲测语料（第十一作者，测后调）",
             "fresh11": "第九轮盲测语料（第十二作者，测后调）",
             "fresh12": "第九轮盲测语料（第十三作者，测后调）",
             "fresh13": "第十轮盲测语料（第十四作者，测后调）",
             "fresh14": "第十轮盲测语料（第十五作者，测后调）",
             "fresh15": "第十一轮盲测语料（第十六作者，本轮未调）", "fresh16": "第十一轮盲测语料（第十七作者，测后调）",
             "fresh17": "第十二轮盲测语料（第十八作者，测后调）", "fresh18": "第十二轮盲测语料（第十九作者，第十三轮测后调）",
             "fresh19": "第十三轮盲测语料（第二十作者，第十四轮测后调）", "fresh20": "第十三轮盲测语料（第二十一作者，第十四轮测后调）",
             "fresh21": "第十四轮盲测语料（第二十二作者，第十五轮测后调）", "fresh22": "第十四轮盲测语料（第二十三作者，第十五轮测后调）",
             "fresh23": "第十五轮盲测语料（第二十四作者，测后调）", "fresh24": "第十五轮盲测语料（第二十五作者，测后调）",
             "fresh25": "第十六轮盲测语料（第二十六作者，测后调）", "fresh26": "第十六轮盲测语料（第二十七作者，测后调）",
             "fresh27": "第十七轮盲测语料（第二十八作者，测后调）", "fresh28": "第十七轮盲测语料（第二十九作者，测后调）",
             "fresh29": "第十八轮盲测语料（第三十作者，测后调）", "fresh30": "第十八轮盲测语料（第三十一作者，测后调）",
             "fresh31": "第十九轮盲测语料（第三十二作者，测后调）", "fresh32": "第十九轮盲测语料（第三十三作者，测后调）",
             "fresh33": "第二十轮盲测语料（第三十四作者，测后调）", "fresh34": "第二十轮盲测语料（第三十五作者，测后调）",
             "fresh35": "第二十一轮盲测语料（第三十六作者，测后调）", "fresh36": "第二十一轮盲测语料（第三十七作者，测后调）",
             "fresh37": "第二十二轮盲测语料（第三十八作者，测后调）", "fresh38": "第二十二轮盲测语料（第三十九作者，测后调）",
             "fresh39": "第二十三轮盲测语料（第四十作者，测后调）", "fresh40": "第二十三轮盲测语料（第四十一作者，测后调）",
             "fresh41": "第二十四轮盲测语料（第四十二作者，测后调）", "fresh42": "第二十四轮盲测语料（第四十三作者，测后调）",
             "fresh43": "第二十五轮盲测语料（第四十四作者，测后调）", "fresh44": "第二十五轮盲测语料（第四十五作者，测后调）",
             "fresh45": "第二十六轮盲测语料（第四十六作者，测后调）", "fresh46": "第二十六轮盲测语料（第四十七作者，测后调）",
             "fresh47": "第二十七轮盲测语料（第四十八作者，测后调）", "fresh48": "第二十七轮盲测语料（第四十九作者，测后调）",
             "fresh49": "第二十八轮盲测语料（第五十作者，测后调）",
             "fresh50": "第二十八轮盲测语料（第五十一作者，测后调）",
             "fresh51": "第二十九轮盲测语料（第五十二作者，测后调）", "fresh52": "第二十九轮盲测语料（第五十三作者，测后调）",
             "fresh53": "第二十九轮盲测语料（第五十四作者，测后调）", "fresh54": "第二十九轮盲测语料（第五十五作者，测后调）",
             "fresh55": "第三十轮盲测语料（第五十六作者，测后调）", "fresh56": "第三十轮盲测语料（第五十七作者，测后调）",
             "fresh57": "第三十一轮盲测语料（第五十八作者，测后调）", "fresh58": "第三十一轮盲测语料（第五十九作者，测后调）",
             "fresh59": "第三十二轮盲测语料（第六十作者，测后调）", "fresh60": "第三十二轮盲测语料（第六十一作者，测后调）",
             "fresh61": "第三十二轮盲测语料（第六十二作者，测后调）", "fresh62": "第三十二轮盲测语料（第六十三作者，测后调）",
             "fresh63": "第三十三轮盲测语料（第六十四作者，测后调）", "fresh64": "第三十三轮盲测语料（第六十五作者，测后调）",
             "fresh65": "第三十三轮盲测语料（第六十六作者，测后调）", "fresh66": "第三十三轮盲测语料（第六十七作者，测后调）",
             "fresh67": "第三十四轮盲测语料（第六十八作者，测后调）", "fresh68": "第三十四轮盲测语料（第六十九作者，测后调）",
             "fresh69": "第三十四轮盲测语料（第七十作者，测后调）", "fresh70": "第三十四轮盲测语料（第七十一作者，测后调）",
             "fresh71": "第三十五轮盲测语料（第七十二作者，测后调）", "fresh72": "第三十五轮盲测语料（第七十三作者，测后调）",
             "fresh73": "第三十五轮盲测语料（第七十四作者，测后调）", "fresh74": "第三十五轮盲测语料（第七十五作者，测后调）",
             "fresh75": "第三十五轮盲测语料（第七十六作者，测后调）", "fresh76": "第三十五轮盲测语料（第七十七作者，测后调）",
             "fresh77": "第三十五轮盲测语料（第七十八作者，测后调）", "fresh78": "第三十五轮盲测语料（第七十九作者，测后调）",
             "fresh83": "第三十六轮盲测语料（第八十四作者，测后调）", "fresh84": "第三十六轮盲测语料（第八十五作者，测后调）",
             "fresh85": "第三十六轮盲测语料（第八十六作者，测后调）", "fresh86": "第三十六轮盲测语料（第八十七作者，测后调）",
             "fresh87": "第三十六轮盲测语料（第八十八作者，测后调）", "fresh88": "第三十六轮盲测语料（第八十九作者，测后调）",
             "fresh89": "第三十六轮盲测语料（第九十作者，测后调）", "fresh90": "第三十六轮盲测语料（第九十一作者，测后调）"}
    for which in SETS:
        r = evaluate(reviewer, which=which)
        cats = "，".join(f"{c} {v['found']}/{v['marked']}" for c, v in r["by_category"].items())
        print(f"  {names.get(which, which)}：{r['marked_errors']} 处错误，检出 {r['found']} 处，召回率 {r['recall']:.1%}（{cats}）；"
              f"干净语料 {r['clean_chars']} 字，误报 {r['false_alarms']} 处，每万字 {r['false_alarms_per_10k']:.2f} 处"
              f"（提示级 {r['info_hints_on_clean']} 条不计）")
    print("同场对比：")
    print(f"  pycorrector：{peer_pycorrector()}")
    print(f"  gongwen-skill：{peer_gongwen_skill()}")
    return 0


def _hand(kb) -> int:
    from zhongshu.review.dictionary import load_builtin
    from zhongshu.review.knowledge import PHRASE_FILES

    return sum(len(load_builtin(n).rows) for n in PHRASE_FILES)


if __name__ == "__main__":
    sys.exit(main())
