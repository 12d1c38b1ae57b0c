"""语言关: near-misses of everyday words (陪训→培训, 灌概→灌溉, 农做物→农作物).

A two-character window of a Chinese run that is not a word, but becomes a
frequent word when one character is replaced by a sound-alike
(``data/soundalike.tsv``, generated with pypinyin over the ~3,500 common
characters) or a shape/sound-alike of ``data/confusable_chars.tsv``.

The index is built once: for every two-character word W of jieba's dictionary
with frequency ≥ ``MIN_FREQ`` and every one-character variant V of it, V → W
is kept when V is not itself a word of frequency ≥ ``MAX_WRONG_FREQ`` and
freq(W) ≥ ``RATIO`` × max(1, freq(V)) and W is at least e^5 times likelier than
V read as two separate characters. Scanning is one concatenation and one dict
lookup per character; a hit is then dropped when

* it is covered by a 3–4-character dictionary word (习近平, 再接再厉, 培训班的),
* a neighbouring overlap is a two-character word (公布门诊: 布门 between 公布/门诊),
* it is inside 《》 or quotation marks, next to a digit or a Latin letter,
* it touches a leader's name, or reads as a person's name (surname + 1–2
  characters before 同志/书记/主任…, or in a list of names).

What survives is scored: the window and up to four CJK characters either side
are segmented with jieba's unigram word model (best path), and the finding is
reported only when the corrected text is ``MIN_GAIN`` (ln 2,000) more probable.
F, R and the gain were calibrated on every clean set (0 false alarms in
≈111,000 characters, after the 公文 words of ``data/gongwen_words.tsv`` were
made known words with frequency ``GONGWEN_FREQ``); see docs/review.md.

Real-word confusions (反应/反映, 必需/必须) are not handled here: both are
words; see ``confusion.py`` (data/confusion_pairs.tsv) and ``context.py``. Severity is ``warning``.

jieba's dictionary (a project dependency) is parsed once and cached as a
pickle in a private per-user directory of the temp dir, keyed by the dictionary's path, size and
mtime and by the data files; without jieba the rule is silent.
"""

from __future__ import annotations

import functools
import hashlib
import math
import os
import pickle
import tempfile
from itertools import compress, count
from operator import add
from importlib import resources

from ..model import Finding

MIN_FREQ = 300        # F: the suggested word's minimum jieba frequency
RATIO = 20            # R: freq(suggested) ≥ R × max(1, freq(window))
MAX_WRONG_FREQ = 5    # a window that is a dictionary word this frequent is never reported
NEIGHBOUR_FREQ = 300  # an overlapping two-character word this frequent explains the window
MIN_GAIN = math.log(2000)  # the corrected run must be this much more probable (unigram word model)
ENABLED_BY_DEFAULT = True
_CONTEXT = 4          # characters of context either side for the segmentation score
_UNKNOWN_PENALTY = 2.0
_MIN_ALONE_GAIN = 5.0  # log-ratio of the word to its two characters apart, out of context (build-time prefilter)
_VERSION = 4
GONGWEN_FREQ = 1000   # frequency given to the words of data/gongwen_words.tsv (公文 words missing or rare in jieba)

_CJK_LO, _CJK_HI = "\u4e00", "\u9fff"
_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
_NAME_AFTER = ("同志", "书记", "主任", "局长", "县长", "市长", "镇长", "乡长", "区长", "省长", "部长", "处长", "科长",
               "所长", "院长", "校长", "厅长", "委员", "主席", "经理", "董事", "总经理", "副", "老师", "教授", "代表",
               "先生", "女士", "等", "、", "（", "(", "，", "）")
_OPEN = "《“‘「『"
_CLOSE = "》”’」』"


class NearMissIndex:
    __slots__ = ("variants", "freq", "log_total")

    def __init__(self, variants: dict, freq: dict, total: int):
        self.variants = variants  # window -> the right word
        self.freq = freq  # every 1–4-character word of jieba's dictionary -> frequency
        self.log_total = math.log(total)


def _jieba_dict() -> str | None:
    try:
        import jieba  # noqa: PLC0415
    except ImportError:
        return None
    path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    return path if os.path.exists(path) else None


def _data(name: str) -> str:
    return resources.files("zhongshu.review.data").joinpath(name).read_text(encoding="utf-8")


@functools.lru_cache(maxsize=1)
def _alikes() -> dict[str, dict[str, str]]:
    """char -> {alike char: why}."""
    out: dict[str, dict[str, str]] = {}
    for line in _data("soundalike.tsv").splitlines():
        if not line or line.startswith("#"):
            continue
        c, _, rest = line.partition("\t")
        d = out.setdefault(c, {})
        for a in rest.strip():
            d.setdefault(a, "同音")
    for line in _data("confusable_chars.tsv").splitlines():
        if not line or line.startswith("#"):
            continue
        chars, _, why = line.partition("\t")
        why = why.strip() or "音近或形近"
        for c in chars:
            d = out.setdefault(c, {})
            for a in chars:
                if a != c and a not in d:
                    d[a] = why
    return out


@functools.lru_cache(maxsize=1)
def gongwen_words() -> tuple:
    """公文 words missing or rare in jieba's dictionary (data/gongwen_words.tsv): known words and frequent targets."""
    out = []
    for line in _data("gongwen_words.tsv").splitlines():
        if not line or line.startswith("#"):
            continue
        w = line.split("\t", 1)[0].strip()
        if w and 2 <= len(w) <= 4 and all(_CJK_LO <= c <= _CJK_HI for c in w):
            out.append(w)
    return tuple(out)


def _cache_dir() -> str | None:
    """A private per-user directory in the temp dir (a pickle is only read from a directory nobody else can write)."""
    d = os.path.join(tempfile.gettempdir(), f"zhongshu-review-{os.getuid() if hasattr(os, 'getuid') else 'user'}")
    try:
        os.makedirs(d, mode=0o700, exist_ok=True)
        st = os.stat(d)
        if hasattr(os, "getuid") and (st.st_uid != os.getuid() or st.st_mode & 0o022):
            return None
        return d
    except OSError:
        return None


def build_index(min_freq: int = MIN_FREQ, ratio: float = RATIO, max_wrong: int = MAX_WRONG_FREQ) -> NearMissIndex | None:
    path = _jieba_dict()
    if path is None:
        return None
    st = os.stat(path)
    key = hashlib.sha1(
        f"{_VERSION}|{path}|{st.st_size}|{st.st_mtime_ns}|{min_freq}|{ratio}|{max_wrong}|".encode()
        + _data("soundalike.tsv").encode() + _data("confusable_chars.tsv").encode()
        + _data("gongwen_words.tsv").encode() + f"|{GONGWEN_FREQ}".encode()
    ).hexdigest()[:16]
    cache = os.path.join(_cache_dir() or "/nonexistent", f"nearmiss-{key}.pickle")
    try:
        with open(cache, "rb") as fh:
            variants, freq, total = pickle.load(fh)
        return NearMissIndex(variants, freq, total)
    except (OSError, EOFError, pickle.UnpicklingError, ValueError, TypeError):
        pass
    freq: dict[str, int] = {}
    total = 0
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            w, _, rest = line.partition(" ")
            f = int(rest.split(" ", 1)[0])
            total += f
            if len(w) <= 4 and all(_CJK_LO <= c <= _CJK_HI for c in w):
                freq[w] = f
    for w in gongwen_words():
        if freq.get(w, 0) < GONGWEN_FREQ:
            freq[w] = GONGWEN_FREQ
    freq2 = {w: f for w, f in freq.items() if len(w) == 2}
    alikes = _alikes()
    variants: dict[str, str] = {}
    best: dict[str, int] = {}
    for w, f in freq2.items():
        if f < min_freq:
            continue
        for i in (0, 1):
            ch = w[i]
            for alt in alikes.get(ch, ()):
                v = w[:i] + alt + w[i + 1:] if i == 0 else w[0] + alt
                fv = freq2.get(v, 0)
                if fv >= max_wrong or f < ratio * max(1, fv):
                    continue
                if best.get(v, 0) < f:
                    variants[v] = w
                    best[v] = f
    # drop variants that read as well as two separate characters even out of context
    # (一是/一时, 部要/不要): the context score rarely rescues them, and they cost time
    log_total = math.log(total)

    def single(c: str) -> float:
        return math.log(freq[c]) - log_total if freq.get(c) else -log_total - _UNKNOWN_PENALTY

    variants = {v: w for v, w in variants.items()
                if math.log(best[v]) - log_total - single(v[0]) - single(v[1]) >= _MIN_ALONE_GAIN}
    index = NearMissIndex(variants, freq, total)
    try:
        tmp = f"{cache}.{os.getpid()}.tmp"
        with open(tmp, "wb") as fh:
            pickle.dump((variants, freq, total), fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, cache)
    except OSError:
        pass
    return index


def _is_cjk(c: str) -> bool:
    return _CJK_LO <= c <= _CJK_HI


def _inside_quotes(text: str, p: int) -> bool:
    lo = max(text.rfind("\n", 0, p), p - 60)
    seg = text[lo + 1 : p]
    for o, c in zip(_OPEN, _CLOSE):
        if seg.rfind(o) > seg.rfind(c):
            return True
    return False


def _looks_like_name(text: str, p: int) -> bool:
    # surname at p (name = window [+1]) or at p-1 (window = given name)
    for s in (p, p - 1):
        if s < 0 or text[s] not in _SURNAMES:
            continue
        for end in (s + 2, s + 3):
            if end < p + 2:
                continue
            after = text[end : end + 3]
            if after.startswith(_NAME_AFTER):
                return True
        before = text[max(0, s - 1) : s]
        if before in ("、", "：", ":"):
            return True
    return False


def _best(seg: str, freq: dict, log_total: float) -> float:
    """Log-probability of the best segmentation of ``seg`` under jieba's unigram word model."""
    get = freq.get
    unknown = -log_total - _UNKNOWN_PENALTY
    best = [0.0] + [-1e18] * len(seg)
    for i in range(1, len(seg) + 1):
        b = best[i - 1] + (math.log(get(seg[i - 1], 0) or 1) - log_total if seg[i - 1] in freq else unknown)
        for L in (2, 3, 4):
            if L > i:
                break
            f = get(seg[i - L : i])
            if f:
                v = best[i - L] + math.log(f) - log_total
                if v > b:
                    b = v
        best[i] = b
    return best[-1]


def candidates(text: str, index: NearMissIndex, kb=None, neighbour: int = NEIGHBOUR_FREQ):
    """Yield (start, end, right, gain) for every near-miss window that survives the context checks;
    gain is log P(corrected) − log P(original) of the best segmentation of the surrounding run."""
    variants = index.variants
    get = variants.get
    freq = index.freq
    fget = freq.get
    n = len(text)
    leader_names = [ld.name for ld in kb.leaders] if kb is not None else []
    inv = freq.__contains__
    for q in compress(count(), map(variants.__contains__, map(add, text, text[1:]))):
        # a 3–4-character dictionary word covering the window (习近平, 人民政府, 再接再厉) explains it
        if q >= 2 and (inv(text[q - 2 : q + 2]) or inv(text[q - 1 : q + 2]) or inv(text[q - 1 : q + 3])):
            continue
        if q == 1 and (inv(text[0:3]) or inv(text[0:4])):
            continue
        if inv(text[q : q + 3]) or inv(text[q : q + 4]):
            continue
        w = text[q : q + 2]
        right = get(w)
        a, b = text[q - 1] if q else "", text[q + 2] if q + 2 < n else ""
        if (a and (a.isdigit() or a.isascii() and a.isalpha())) or (b and (b.isdigit() or b.isascii() and b.isalpha())):
            continue
        if a and fget(a + w[0], 0) >= neighbour:
            continue
        if b and fget(w[1] + b, 0) >= neighbour:
            continue
        if _inside_quotes(text, q):
            continue
        ctx = text[max(0, q - 3) : q + 5]
        if any(nm in ctx for nm in leader_names):
            continue
        if _looks_like_name(text, q):
            continue
        lo = q
        while lo > 0 and q - lo < _CONTEXT and _is_cjk(text[lo - 1]):
            lo -= 1
        hi = q + 2
        while hi < n and hi - q - 2 < _CONTEXT and _is_cjk(text[hi]):
            hi += 1
        seg = text[lo:hi]
        fixed = seg[: q - lo] + right + seg[q - lo + 2 :]
        gain = _best(fixed, freq, index.log_total) - _best(seg, freq, index.log_total)
        yield q, q + 2, right, gain


def nearmiss(doc, kb):
    index = getattr(kb, "nearmiss", None)
    if index is None:
        return
    for s, e, right, gain in candidates(doc.text, index, kb):
        if gain < MIN_GAIN:
            continue
        wrong = doc.text[s:e]
        i = 0 if wrong[0] != right[0] else 1
        why = f"“{wrong[i]}”与“{right[i]}”{_alikes().get(right[i], {}).get(wrong[i], '音近或形近')}"
        yield Finding(s, e, "language", "warning", "language.nearmiss",
                      f"疑似误写：“{wrong}”不成词，可能是“{right}”（{why}）", right)


RULES = (nearmiss,)
