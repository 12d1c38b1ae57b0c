"""Title lines (GB/T 9704-2012 7.3.1): “标题回行时，要做到词意完整，排列对称，
长短适宜，间距恰当”, 梯形或菱形.

Breaks are allowed only between words. Words come from the jieba segmenter
(pure Python, ships its dictionary; loaded lazily on the first title that
needs more than one line, ~0.6 s from jieba's cache file, ~0.9 s the very
first time, then cached for the process; each title's split is cached too).
On top of jieba's words, a break is kept out of:
  - any longer dictionary word spanning it (政务|服务 inside 政务服务),
  - numbers with their units and ordinals (2026年, 第3季度, 10%, 1—9月),
  - place + organisation names (临江市|人民政府|办公室),
  - 的 + 文种 at the end (的通知, 的请示 …), 《…》 and （…） where possible.
Preferred places: before 关于 after an organisation name, after a 关于… chunk,
after 的 / 、 / 和 / 与 / 及, before the final 的+文种.

Without jieba (not installed, or ZHONGSHU_TITLE_SEGMENTER=basic) a small
built-in lexicon of official-document words and character classes stand in.
Among the allowed splits the most balanced wins, upper lines not shorter
than lower ones (梯形) or the middle line longest (菱形).
"""

from __future__ import annotations

import functools
import os
import re
import threading

from zhongshu.gongwen.linebreak import CLOSING, OPENING, break_lines, text_width

_EPS = 1e-6
FORBIDDEN = 1000.0  # a break inside a word, a number with its unit, or against 禁则

GENRES = ("通知", "请示", "报告", "决定", "决议", "命令", "公报", "公告", "通告", "意见", "通报", "批复", "议案",
          "函", "纪要", "方案", "办法", "规定", "意见", "实施方案", "实施意见", "实施办法", "紧急通知", "补充通知",
          "复函", "答复", "工作要点", "工作方案", "行动方案", "总结", "计划", "细则", "措施", "若干措施", "若干意见")
_GENRE_RE = "|".join(sorted(set(GENRES), key=len, reverse=True))
_FINAL_DE = re.compile(rf"的(?:{_GENRE_RE})$")

# Numbers with their units and ordinals: never split.
_NUM_RE = re.compile(
    r"第?[0-9０-９〇零一二三四五六七八九十百千万]*[0-9０-９]+(?:[.．][0-9]+)?"
    r"(?:[—–\-~～至][0-9０-９]+)?"
    r"(?:%|‰|年度|年|个月|月份|月|日|季度|周年|届|批|期|次|项|个|条|号|项目|万元|亿元|元|万|亿|名|家|所|人|小时|天|千米|公里|平方米|亩)?"
    r"|第[〇零一二三四五六七八九十百千]+(?:季度|批|届|期|次|个|条|项|号|年)?"
)

_ORG_SUFFIX = ("人民政府", "政府", "办公室", "办公厅", "委员会", "常委会", "人大常委会", "政协", "管理委员会",
               "局", "厅", "委", "办", "院", "部", "署", "所", "中心", "公司", "集团", "银行", "法院", "检察院",
               "人民医院", "医院", "大学", "学院", "学校", "科学技术局")
_PLACE_END = tuple("省市县区州镇乡村盟旗")
_VERBS = {"印发", "转发", "关于", "做好", "开展", "加强", "推进", "表彰", "调整", "设立", "申请", "请求", "公布",
          "成立", "批准", "下达", "确定", "同意", "建立", "建立健全", "进一步", "加快", "规范", "解决", "落实",
          "深化", "推动", "实施", "召开", "举办", "认定", "命名", "授予", "给予", "撤销", "废止", "修订", "制定"}

# Fallback lexicon (no jieba): words of official titles, matched longest first.
_LEXICON = set("""
关于 印发 转发 通知 请示 报告 决定 意见 通报 批复 公告 通告 纪要 议案 决议 命令 公报 方案 办法 规定 细则 措施
实施 实施方案 实施意见 实施办法 管理办法 暂行办法 工作 有关 事项 情况 进一步 加强 改进 做好 开展 推进 加快 推动
深化 落实 规范 建立 健全 建立健全 完善 提升 优化 表彰 调整 设立 成立 申请 请求 公布 批准 下达 确定 同意 解决
人民政府 政府 办公室 办公厅 委员会 管理委员会 领导小组 人民 机关 公文 处理 新形势 新时代 全市 全省 全县 全区
市级 省级 县级 城乡 城市 农村 居民 环境 综合 整治 安全 生产 安全生产 政务 服务 政务服务 经济 发展 高质量 产业
企业 高新技术 技术 科学 培育 行动 计划 行动计划 三年 专项 资金 专项资金 财政 项目 建设 重点 重点项目 改革
应急 预案 应急预案 突发事件 医疗 保险 医疗保险 基本 标准 筹资 社会 保障 就业 创业 教育 卫生 健康 文化 旅游
生态 生态环境 保护 督察 整改 长效 机制 长效机制 森林 草原 防火 灭火 防灭火 地质 灾害 地质灾害 防治 汛期 处置
应急处置 元旦 春节 期间 节日 上半年 下半年 季度 年度 经济运行 运行 数字 数字经济 数字化 转型 示范 名单 名录
先进 单位 个人 先进单位 先进个人 营商环境 营商 若干 政策 政策措施 制造业 规划 总体规划 国土 空间 国土空间
考核 评价 绩效 绩效评价 结果 目标 任务 分解 责任 监督 检查 督查 审查 备案 文件 规范性文件 信息 资源 共享
管理 会议 学习 宣传 活动 走访 干部 群众 百日 攻坚 老旧 小区 改造 毕业生 高校 青年 非物质文化遗产 代表性
基本医疗保险 城乡居民 数字经济 规范性文件 高质量发展 综合整治 政务公开 政务信息 资源共享 营商环境 乡村振兴
森林公园 森林草原 人民医院 自然保护区 疫情防控 安全生产 政务服务 招商引资 生态文明 文明城市 卫生城市 社会治理 基层治理 放管服 一网通办 最多跑一次
""".split())
# Compounds jieba's dictionary splits but a title must keep whole (also used with jieba).
_COMPOUNDS = {w for w in _LEXICON if len(w) >= 4}


def _IDEO(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


def _num_spans(title: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _NUM_RE.finditer(title) if m.end() - m.start() > 1]


def _pair_spans(title: str, open_: str, close: str) -> list[tuple[int, int]]:
    out, stack = [], []
    for i, ch in enumerate(title):
        if ch == open_:
            stack.append(i)
        elif ch == close and stack:
            out.append((stack.pop(), i + 1))
    return out


# ---- segmenters -----------------------------------------------------------

_JIEBA = None
_JIEBA_LOCK = threading.Lock()


def _jieba():
    """The jieba tokenizer, loaded once; None when jieba is missing or disabled."""
    global _JIEBA
    if os.environ.get("ZHONGSHU_TITLE_SEGMENTER", "").lower() == "basic":
        return None
    if _JIEBA is None:
        with _JIEBA_LOCK:
            if _JIEBA is None:
                try:
                    import logging

                    import jieba
                except ImportError:
                    _JIEBA = False
                else:
                    jieba.setLogLevel(logging.WARNING)
                    tk = jieba.Tokenizer()
                    tk.initialize()  # builds or reads the prefix dictionary cache (jieba.cache in the temp dir)
                    _JIEBA = tk
    return _JIEBA or None


def segmenter_name() -> str:
    return "jieba" if _jieba() else "basic"


def _words_jieba(tk, title: str) -> tuple[list[int], set[int]]:
    """Word boundaries, and the boundaries some longer dictionary word spans."""
    bounds, pos = [], 0
    for w in tk.lcut(title, HMM=True):
        pos += len(w)
        bounds.append(pos)
    freq = tk.FREQ
    spanned = set()
    n = len(title)
    for i in range(n):
        for j in range(i + 3, min(n, i + 8) + 1):
            w = title[i:j]
            if freq.get(w) or w in _COMPOUNDS:
                spanned.update(range(i + 1, j))
    return bounds[:-1], spanned


def _words_basic(title: str) -> tuple[list[int], set[int]]:
    """Greedy longest match on the built-in lexicon; unmatched characters are
    single words whose boundaries are doubtful (cost, see _costs)."""
    bounds, i, n = [], 0, len(title)
    unknown = set()
    while i < n:
        for j in range(min(n, i + 8), i, -1):
            if title[i:j] in _LEXICON:
                break
        else:
            j = i + 1
            while j < n and title[j].isascii() and title[j].isalnum() and title[i].isascii():
                j += 1
            if not (title[i] in CLOSING or title[i] in OPENING or title[i] in "的、和与及"):
                unknown.add(i)
        i = j
        bounds.append(i)
    # a boundary between two unmatched ideographs may be inside an unknown word
    doubtful = {b for b in bounds[:-1] if b - 1 in unknown and b in unknown}
    return bounds[:-1], doubtful


# ---- costs -----------------------------------------------------------------

def _costs(title: str) -> dict[int, float]:
    """Cost of a line break before title[k], for every k in 1..len-1."""
    tk = _jieba()
    bounds, spanned = _words_jieba(tk, title) if tk else _words_basic(title)
    bset = set(bounds)
    n = len(title)
    cost = {k: (0.0 if k in bset else FORBIDDEN) for k in range(1, n)}

    def add(k, c):
        if 0 < k < n:
            cost[k] += c

    for k in spanned:
        add(k, 60.0 if tk else 45.0)
    for a, b in _num_spans(title):
        for k in range(a + 1, b):
            add(k, FORBIDDEN)
    for a, b in _pair_spans(title, "《", "》") + _pair_spans(title, "“", "”"):
        for k in range(a + 1, b):
            add(k, 40.0)
    for a, b in _pair_spans(title, "（", "）") + _pair_spans(title, "(", ")"):
        for k in range(a + 1, b):
            add(k, 50.0)
    for k in range(1, n):
        a, b = title[k - 1], title[k]
        if b in CLOSING or a in OPENING or (a.isascii() and a.isalnum() and b.isascii() and b.isalnum()):
            cost[k] += FORBIDDEN
    # the final 的 + 文种 stays whole; breaking before it is good
    m = _FINAL_DE.search(title)
    if m:
        for k in range(m.start() + 1, n):
            add(k, FORBIDDEN)
        add(m.start(), -8.0)
    # 关于: before it (after an issuer's name) is the best place; right after it leaves it dangling
    for m in re.finditer("关于", title):
        if m.start() > 0:
            add(m.start(), -12.0)
        add(m.end(), 25.0)
    # place names with their organisations: 临江市|人民政府|办公室
    words = [title[a:b] for a, b in zip([0] + bounds, bounds + [n])]
    pos = 0
    for w, nxt in zip(words, words[1:]):
        pos += len(w)
        if nxt.startswith(_ORG_SUFFIX) and (w.endswith(_PLACE_END) or w.endswith(_ORG_SUFFIX) or w in ("人民",)):
            add(pos, 80.0)
        if w in _VERBS:
            add(pos, 20.0)  # a verb kept with its object
        if len(w) == 1 and _IDEO(w) and not (pos >= 2 and title[pos - 2].isdigit()) and w not in "的、和与及并暨对将在从" and not _FINAL_DE.match(w + nxt):
            add(pos, 30.0)  # a one-character word left at a line end (非|物质文化遗产)
        if len(nxt) == 1 and _IDEO(nxt) and nxt not in "《（“关" and not (m and pos == m.start()):
            add(pos, 15.0)
    # a place stem named with its level elsewhere (临江 of 临江市) starts a name: 临江|高新技术产业开发区
    pos = 0
    for w in words[:-1]:
        pos += len(w)
        if len(w) >= 2 and _IDEO(w[-1]) and any(w + e in title for e in _PLACE_END) and not w.endswith(_PLACE_END):
            add(pos, 40.0)
    for k in range(1, n):
        a = title[k - 1]
        if a in "、和与及并暨":
            add(k, -4.0)
        elif a == "的" and cost[k] < FORBIDDEN:
            add(k, -5.0)  # a modifier ends
        if title[k] in "和与及并暨的、" and not (m and k == m.start()):
            add(k, 10.0)  # a line should not start with a conjunction or 的
    return cost


# ---- shapes ----------------------------------------------------------------

def _shape_cost(widths: list[float]) -> float:
    n = len(widths)
    mean = sum(widths) / n
    c = sum((w - mean) ** 2 for w in widths)
    if n == 2:
        if widths[0] < widths[1] - _EPS:
            c += 6.0 + 2.0 * (widths[1] - widths[0])  # 梯形: the upper line not shorter
    elif n >= 3:
        dec = all(x >= y - _EPS for x, y in zip(widths, widths[1:]))
        top = max(range(n), key=lambda i: widths[i])
        diamond = all(widths[i] <= widths[i + 1] + _EPS for i in range(top)) and all(
            widths[i] >= widths[i + 1] - _EPS for i in range(top, n - 1))
        if not (dec or diamond):
            c += 10.0 + sum(max(0.0, y - x) for x, y in zip(widths, widths[1:]))
    if widths[-1] < 4:
        c += 15.0 * (4 - widths[-1])  # a last line of two or three characters
    return c


def _search(title: str, parts: int, cap: float, costs: dict[int, float], limit: float):
    """Best (cost, cuts) over cut positions whose break cost is below `limit`."""
    n = len(title)
    cands = [k for k in range(1, n) if costs[k] < limit]
    best: list = [None]

    def go(start: int, left: int, cuts: list[int], acc: float):
        if left == 1:
            if text_width(title[start:]) > cap + _EPS:
                return
            ws = [text_width(title[a:b]) for a, b in zip([0] + cuts, cuts + [n])]
            total = acc + _shape_cost(ws)
            if best[0] is None or total < best[0][0]:
                best[0] = (total, list(cuts))
            return
        for k in cands:
            if k <= start:
                continue
            if text_width(title[start:k]) > cap + _EPS:
                break
            if text_width(title[k:]) > cap * (left - 1) + _EPS:
                continue
            cuts.append(k)
            go(k, left - 1, cuts, acc + costs[k])
            cuts.pop()

    go(0, parts, [], 0.0)
    return best[0]


@functools.lru_cache(maxsize=1024)
def split_title(title: str, max_cells: float) -> tuple[str, ...]:
    """Balanced lines (梯形/菱形), each at most `max_cells` wide, broken only between words."""
    total = text_width(title)
    if total <= max_cells + _EPS:
        return (title,)
    n_min = int(total // max_cells) + (1 if total % max_cells > _EPS else 0)
    costs = _costs(title)
    best = None
    for limit in (FORBIDDEN, float("inf")):  # word breaks only if nothing else fits
        for parts in range(n_min, n_min + 2):
            r = _search(title, parts, max_cells, costs, limit)
            # one more line only when it saves a doubtful break
            if r and (best is None or r[0] + 40.0 * (parts - n_min) < best[0]):
                best = (r[0] + 40.0 * (parts - n_min), r[1])
        if best:
            break
    if not best:
        return tuple(break_lines(title, max_cells, max_cells, body=False))
    cuts = [0] + best[1] + [len(title)]
    return tuple(title[a:b] for a, b in zip(cuts, cuts[1:]))
