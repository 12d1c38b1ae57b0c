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
lookup per character. A four-character word with its last character left out before an organisation's
suffix (交通运[输]局, 生态环[境]厅) is a near-miss too (``OMISSIONS``, ``_omitted``).
Hits are dropped when

* it is covered by a 3–4-character dictionary word (习近平, 再接再厉, 培训班的),
* a neighbouring overlap is a two-character word (公布门诊: 布门 between 公布/门诊),
* it is inside 《》 or quotation marks, after a digit or next to a Latin letter
  (a digit after it is text: 当场整该178处),
* it touches a leader's name, or reads as a person's name (surname + 1–2
  characters before 同志/书记/主任…, or in a list of names).

What survives is scored: the window and up to four CJK characters either side
are segmented with jieba's unigram word model (best path), and the finding is
reported only when the corrected text is ``MIN_GAIN`` (ln 2,000) more probable,
or only ``REPEAT_GAIN`` (ln 150) when the document
writes the right word elsewhere and the window only once (``_written_elsewhere``).
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
import importlib.util
import hashlib
import math
import os
import pickle
import re
import tempfile
from array import array
from importlib import resources

from ..document import first_of, open_mark
from ..model import Finding
from ..pairs import pair_key, pair_positions

MIN_FREQ = 100        # F: the suggested word's minimum frequency (jieba, modern_freq.tsv, gongwen_words.tsv)
SWAPS = True          # also two characters typed in the wrong order (研调 → 调研, 洁廉 → 廉洁)
SOUND_ALT_CHARS = 3500  # a sound-alike slip is one of the 3,500 common characters (input methods list them first; 2,500 missed 预蒜, 保彰)
COMPONENTS = True     # also the characters of one sound part (data/shape_component.tsv: 拙/绌, 淅/晰, 跨/垮)
FUZZY = True          # also the fuzzy-pinyin readings of data/fuzzy_sound.tsv (z/zh, c/ch, s/sh, n/l, en/eng, in/ing)
RATIO = 20            # R: freq(suggested) ≥ R × max(1, freq(window))
MAX_WRONG_FREQ = 5    # a window that is a dictionary word this frequent is never reported
NEIGHBOUR_FREQ = 300  # an overlapping two-character word this frequent explains the window…
CROSS = 10            # …unless the word beyond it, crossing it, is this many times more frequent (深人学习: 人学 < 学习)
MIN_GAIN = math.log(2000)  # the corrected run must be this much more probable (unigram word model)
ENABLED_BY_DEFAULT = True
_CONTEXT = 4          # characters of context either side for the segmentation score
_UNKNOWN_PENALTY = 2.0
_MIN_ALONE_GAIN = 3.5  # log-ratio of the word to its two characters apart, out of context (build-time prefilter)
_VERSION = 57
IDIOM_MIN_FREQ = 10   # jieba's idioms and set phrases (tags i, l) this frequent are varied like the curated ones, at frequency ≥ IDIOM_FREQ,
                      # through every alike character, not only the MULTI_ALT_CHARS most frequent (磨肩接踵, 以次冲好)
IDIOM_FREQ = 300
MULTI_MIN_FREQ = {3: 300, 4: 300}  # jieba 3–4-character words varied one character at a time (添加济→添加剂), besides the curated lists
WORD_SWAPS = True     # also a two-character word of a 3–4-character phrase replaced by a same-sound word
WORD_SWAP_MIN_FREQ = {2: 30, 3: 30, 4: 10}  # the phrase's and the written word's minimum frequency
MULTI_ALT_CHARS = 1500  # replacement characters tried in 3–4-character words: the most frequent ones
PHRASE_ALT_CHARS = 2500  # …and in the 公文 phrases of gongwen_phrases.tsv and domain_vocab.tsv (海外舱: 舱 is not in the 1,500)
# generated alike classes are weaker evidence than a same-sound or hand-listed pair (形近 of confusable_chars.tsv:
# 分折, 例席, 撒离): a higher bar
EXTRA_GAIN = {"模糊音相近": math.log(10), "字形相近": math.log(10), "字序颠倒": math.log(10),
              "同音词": math.log(100)}  # a real word written: both readings are words, so the phrase must win clearly
MULTI_EDGE_SKIP = 300  # …but never one of the 300 most frequent at the first or last position
OMISSIONS = True      # also a four-character word without its last character before a body's suffix (交通运[输]局; _omitted)
REPEAT_GAIN = math.log(150)  # the bar when the document writes the right word elsewhere (see _written_elsewhere)
REPEAT_SKIP_CHARS = 200  # …and the window holds none of the 200 most frequent characters
TITLE_GAIN = math.log(10)  # a slip inside 《》 (a cited title) needs this much more evidence, and three characters or more
MULTI_MIN_GAIN = math.log(300)  # a longer word is stronger evidence: a lower bar than MIN_GAIN
GONGWEN_FREQ = 1000   # frequency given to the words of data/gongwen_words.tsv (公文 words missing or rare in jieba)
KNOWN_FREQ = MAX_WRONG_FREQ  # …and to those of data/known_terms.tsv: known (never a slip), too rare to be a suggestion

_CJK_LO, _CJK_HI = "\u4e00", "\u9fff"
_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
_NAME_AFTER = ("同志", "书记", "主任", "局长", "县长", "市长", "镇长", "乡长", "区长", "省长", "部长", "处长", "科长",
               "所长", "院长", "校长", "厅长", "委员", "主席", "经理", "董事", "总经理", "副", "老师", "教授", "代表",
               "先生", "女士", "等", "、", "（", "(", "，", "）", "说：", "说，", "说“", "表示：", "表示，", "介绍：", "介绍，")


def _keys(two, longer) -> dict:
    """One dict for the scan: every two-character window key -> "" and the keys of the 3–4-character
    near-misses -> their entries (a key that is also a two-character window has its entries behind a "*").
    One dict built in C loads as fast as a set of the first and a dict of the second, and the text is
    scanned once against it."""
    keys = dict.fromkeys(two, "")
    keys.update(longer)
    return keys


def _flag_both(two: set, longer: dict) -> dict:
    """``longer`` with "*" before the entries of a key that is also a two-character window."""
    return {k: "*" + e if k in two else e for k, e in longer.items()}


class NearMissIndex:
    """What the scan needs, in a form that loads fast from the cache.

    ``scan`` holds every two-character window worth a closer look, as ``pairs.pair_key`` integers: the
    two-character near-misses (布署) and the keys of the 3–4-character ones (加济 of 添加济). The right
    word of a two-character window is found again when the scan meets it (``right_word``: the same
    choice as the build, from the alike tables and ``freq``), so only the integers are stored; ``multi``
    maps a key to the entries of the longer near-misses (see ``_multi_variants``). ``scan`` and ``multi`` are
    one dict (``_keys``): a key that is only a two-character window maps to "". ``omitted`` maps the first
    three characters of a four-character word to the word (交通运 → 交通运输), looked up where a body's
    suffix follows (``_omitted``), not by the pair scan: their windows are parts of real words (民政 of
    人民政), met everywhere.
    """

    __slots__ = ("scan", "multi", "omitted", "freq", "log_total", "min_freq", "ratio", "max_wrong", "_memo", "_groups", "_context")

    def __init__(self, scan: frozenset, multi: dict, freq: dict, total: int,
                 min_freq: int = MIN_FREQ, ratio: float = RATIO, max_wrong: int = MAX_WRONG_FREQ, omitted=None):
        self.scan = scan
        self.multi = multi
        self.omitted: dict[str, str] = omitted or {}
        self.freq = freq  # every 1–4-character word of jieba's dictionary (and the extra lists) -> frequency
        self.log_total = math.log(total)
        self.min_freq, self.ratio, self.max_wrong = min_freq, ratio, max_wrong
        self._memo: dict[str, str | None] = {}
        self._groups: dict[int, tuple] = {}
        self._context: dict[str, bool] = {}

    def groups(self, key: int) -> tuple:
        """The longer near-misses under ``key``, grouped for lookup: ((offset, length, {variant: word}), …).
        A key such as 管力 holds dozens of variants (严格管力, 交通管力…) at one offset: one slice and one
        dict lookup then test them all, instead of one comparison each. Parsed when the scan first meets
        the key, and kept (a few thousand keys cover nearly all text)."""
        got = self._groups.get(key)
        if got is None:
            by: dict[tuple[int, int], dict[str, str]] = {}
            for entry in self.multi[key].lstrip("*").split("|"):
                half = (len(entry) - 1) // 2
                by.setdefault((int(entry[0]), half), {})[entry[1 : 1 + half]] = entry[1 + half :]
            got = tuple((o, n, t) for (o, n), t in by.items())
            if len(self._groups) < 200_000:
                self._groups[key] = got
        return got

    def context_memo(self) -> dict:
        """Whether a two-character window stands alone (``_two_char_ok``), by the six characters around it:
        the same phrases (安全生产, 习近平新时代) meet the scan in every document. Emptied when it grows large."""
        if len(self._context) > 200_000:
            self._context = {}
        return self._context

    def dump(self) -> tuple:
        """Flat strings and arrays: unpickled and rebuilt in C, several times faster than pickled dicts."""
        longer = {k: e for k, e in self.multi.items() if e}
        return (array("I", (k for k, e in self.multi.items() if not e)).tobytes(), array("I", longer).tobytes(), "\x00".join(longer.values()),
                "\x00".join(self.freq), array("Q", self.freq.values()).tobytes(), round(math.exp(self.log_total)),
                self.min_freq, self.ratio, self.max_wrong, "\x00".join(self.omitted), "\x00".join(self.omitted.values()))

    @classmethod
    def load(cls, parts: tuple) -> "NearMissIndex":
        scan, mkeys, mvals, words, counts, total, min_freq, ratio, max_wrong, owrong, oright = parts
        keys = _keys(memoryview(scan).cast("I"), zip(memoryview(mkeys).cast("I"), mvals.split("\x00")))
        return cls(keys, keys, dict(zip(words.split("\x00"), memoryview(counts).cast("Q"))), total, min_freq, ratio,
                   max_wrong, dict(zip(owrong.split("\x00"), oright.split("\x00"))) if owrong else {})

    def right_word(self, window: str) -> str | None:
        """The word a two-character window is a near-miss of (布署 → 部署), or None: the most frequent
        word one alike character away or with the two characters swapped, under the build's conditions."""
        if window in self._memo:
            return self._memo[window]
        freq = self.freq
        fv = freq.get(window, 0)
        best, right = 0, None
        if fv < self.max_wrong:
            a, b = window
            for w in (*(x + b for x in _replacements(a)), *(a + x for x in _replacements(b)),
                      *((b + a,) if SWAPS and a != b else ())):
                f = freq.get(w, 0)
                if f >= self.min_freq and f >= self.ratio * max(1, fv) and f > best:
                    best, right = f, w
        if right is not None and math.log(best) - self.log_total - self._single(window[0]) - self._single(window[1]) < _MIN_ALONE_GAIN:
            right = None  # reads as well as two separate characters even out of context (一是/一时, 部要/不要)
        if len(self._memo) < 100_000:
            self._memo[window] = right
        return right

    def _single(self, c: str) -> float:
        f = self.freq.get(c)
        return math.log(f) - self.log_total if f else -self.log_total - _UNKNOWN_PENALTY


@functools.lru_cache(maxsize=8192)
def _replacements(wrong: str) -> tuple:
    """The characters a written character may stand for (its alikes that _may_replace allows)."""
    alikes = _alikes().get(wrong, {})
    return tuple(x for x, how in alikes.items() if _may_replace(wrong, how))


def _may_replace(wrong: str, how: str) -> bool:
    """A sound-alike slip puts a common character (an input method lists those first); a look-alike any."""
    return how not in ("同音", "模糊音相近") or wrong in _common_chars()


def jieba_dict() -> str | None:
    """jieba's dict.txt, found without importing jieba (its import loads models this rule does not use: 0.13 s)."""
    try:
        spec = importlib.util.find_spec("jieba")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    path = os.path.join(list(spec.submodule_search_locations)[0], "dict.txt")
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
    for line in _data("soundalike_rare.tsv").splitlines():  # 遴 of 遴选 ~ 磷: both ways
        if line and not line.startswith("#"):
            c, _, rest = line.partition("\t")
            for a in rest.strip():
                out.setdefault(c, {}).setdefault(a, "同音")
                out.setdefault(a, {}).setdefault(c, "同音")
    groups = [(line.partition("\t")[0], line.partition("\t")[2].strip() or "音近或形近")
              for line in _data("confusable_chars.tsv").splitlines() if line and not line.startswith("#")]
    groups += [(line.strip(), "字形相近") for line in _data("shape_alike.tsv").splitlines() if line and not line.startswith("#")]
    if COMPONENTS:  # 拙/绌 (出), 淅/晰 (析): the same sound part (声旁) beside another semantic part
        groups += [(line.partition("\t")[2].strip(), "字形相近") for line in _data("shape_component.tsv").splitlines()
                   if line and not line.startswith("#")]
    groups += [(line[:1] + line[2:3], "形近") for line in _data("shape_hand.tsv").splitlines()  # 字A<TAB>字B<TAB>说明
               if line and not line.startswith("#") and line[1:2] == "\t"]
    for chars, why in groups:
        for c in chars:
            d = out.setdefault(c, {})
            for a in chars:
                if a != c and a not in d:
                    d[a] = why
    if FUZZY:
        for line in _data("fuzzy_sound.tsv").splitlines():
            if line and not line.startswith("#"):
                c, _, rest = line.partition("\t")
                d = out.setdefault(c, {})
                for a in rest.strip():
                    d.setdefault(a, "模糊音相近")
    return out


@functools.lru_cache(maxsize=1)
def _minor_alikes() -> dict[str, str]:
    """char -> the characters of the same sound in one of its rarer readings (data/soundalike_minor.tsv: 差 cī ~ 次,
    露 lòu ~ 漏), for four-character idioms only (参次不齐, 查露补缺)."""
    return {c: rest.strip() for c, _, rest in (line.partition("\t") for line in _data("soundalike_minor.tsv").splitlines()
                                             if line and not line.startswith("#"))}


@functools.lru_cache(maxsize=1)
def _ranked_chars() -> tuple:
    """Every common character, most frequent first (the first column of soundalike.tsv)."""
    return tuple(line[0] for line in _data("soundalike.tsv").splitlines() if line and not line.startswith("#"))


@functools.lru_cache(maxsize=1)
def _common_chars() -> frozenset:
    """The SOUND_ALT_CHARS most frequent characters."""
    return frozenset(_ranked_chars()[:SOUND_ALT_CHARS])


@functools.lru_cache(maxsize=1)
def modern_freq() -> dict[str, int]:
    """Today's frequencies of words jieba counts too low (data/modern_freq.tsv, on jieba's scale)."""
    out = {}
    for line in _data("modern_freq.tsv").splitlines():
        if line and not line.startswith("#"):
            w, f, _ = line.split("\t")
            out[w] = int(f)
    return out


def _words(name: str, shortest: int) -> list[str]:
    """The first column of a data file: its words of ``shortest``–4 CJK characters."""
    out = []
    for line in _data(name).splitlines():
        if line and not line.startswith("#"):
            w = line.split("\t", 1)[0].strip()
            if shortest <= len(w) <= 4 and all(_CJK_LO <= c <= _CJK_HI for c in w):
                out.append(w)
    return out


@functools.lru_cache(maxsize=1)
def gongwen_words() -> tuple:
    """公文 words missing or rare in jieba's dictionary (data/gongwen_words.tsv, and the two-character words of
    data/domain_vocab.tsv): known words and frequent targets."""
    return tuple(_words("gongwen_words.tsv", 2) + [w for w in _words("domain_vocab.tsv", 2) if len(w) == 2])


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
    path = jieba_dict()
    if path is None:
        return None
    st = os.stat(path)
    key = hashlib.sha1(
        f"{_VERSION}|{path}|{st.st_size}|{st.st_mtime_ns}|{min_freq}|{ratio}|{max_wrong}|".encode()
        + _data("soundalike.tsv").encode() + _data("soundalike_rare.tsv").encode() + _data("soundalike_minor.tsv").encode() + _data("confusable_chars.tsv").encode()
        + _data("gongwen_words.tsv").encode() + _data("idioms.tsv").encode() + _data("shape_alike.tsv").encode() + _data("shape_hand.tsv").encode() + (_data("shape_component.tsv").encode() if COMPONENTS else b"")
        + _data("modern_freq.tsv").encode() + _data("gongwen_phrases.tsv").encode() + _data("domain_vocab.tsv").encode() + _data("known_terms.tsv").encode() + (_data("fuzzy_sound.tsv").encode() if FUZZY else b"")
        + f"|{GONGWEN_FREQ}|{MULTI_MIN_FREQ}|{MULTI_ALT_CHARS}|{PHRASE_ALT_CHARS}|{WORD_SWAPS}|{WORD_SWAP_MIN_FREQ}|{SOUND_ALT_CHARS}|{SWAPS}|{OMISSIONS}|{_MIN_ALONE_GAIN}|{IDIOM_MIN_FREQ}|{IDIOM_FREQ}".encode()
    ).hexdigest()[:16]
    cache = os.path.join(_cache_dir() or "/nonexistent", f"nearmiss-{key}.pickle")
    try:
        with open(cache, "rb") as fh:
            return NearMissIndex.load(pickle.load(fh))
    except (OSError, EOFError, pickle.UnpicklingError, ValueError, TypeError):
        pass
    freq: dict[str, int] = {}
    idioms: list[str] = []  # jieba's four-character idioms and set phrases (tags i, l), however rarely its corpus used them
    total = 0
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            w, _, rest = line.partition(" ")
            f = int(rest.split(" ", 1)[0])
            total += f
            if len(w) <= 4 and all(_CJK_LO <= c <= _CJK_HI for c in w):
                freq[w] = f
                if len(w) == 4 and f >= IDIOM_MIN_FREQ and rest.rstrip().endswith((" i", " l")):
                    idioms.append(w)
    for w, f in modern_freq().items():
        if freq.get(w, 0) < f:
            freq[w] = f
    for w in (*gongwen_words(), *gongwen_phrases()):
        if freq.get(w, 0) < GONGWEN_FREQ:
            freq[w] = GONGWEN_FREQ
    for w in (*_words("known_terms.tsv", 2), *_idiom_alternates()):
        if freq.get(w, 0) < KNOWN_FREQ:
            freq[w] = KNOWN_FREQ
    freq2 = {w: f for w, f in freq.items() if len(w) == 2}
    alikes = _alikes()
    log_total = math.log(total)
    index = NearMissIndex(frozenset(), {}, freq, total, min_freq, ratio, max_wrong)
    # every window one alike character off a frequent word, or swapped, with its best word's frequency;
    # the same choice as right_word(), which finds the word again when the scan meets the window
    best: dict[str, int] = {}
    for w, f in freq2.items():
        if f < min_freq:
            continue
        a, b = w
        for v in (*(x + b for x in alikes.get(a, ()) if _may_replace(x, alikes[a][x])),
                  *(a + x for x in alikes.get(b, ()) if _may_replace(x, alikes[b][x])),
                  *((b + a,) if SWAPS and a != b else ())):
            fv = freq2.get(v, 0)
            if fv < max_wrong and f >= ratio * max(1, fv) and best.get(v, 0) < f:
                best[v] = f
    single = index._single
    variants = [v for v, f in best.items() if math.log(f) - log_total - single(v[0]) - single(v[1]) >= _MIN_ALONE_GAIN]
    multi, index.omitted = _multi_variants(freq, alikes, log_total, ratio, max_wrong, idioms)
    two = set(map(pair_key, variants))
    index.scan = index.multi = _keys(two, _flag_both(two, {pair_key(k): e for k, e in multi.items()}))
    try:
        tmp = f"{cache}.{os.getpid()}.tmp"
        with open(tmp, "wb") as fh:
            pickle.dump(index.dump(), fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, cache)
    except OSError:
        pass
    return index


def _multi_variants(freq: dict, alikes: dict, log_total: float, ratio: float, max_wrong: int, idioms=()) -> tuple[dict, dict]:
    """Variants of 3–4-character words (and of the set phrases of idioms.tsv), keyed by one of their
    two-character windows that holds the changed character — the rarer one, so the scan meets few keys.
    Each entry is one string: the key's offset in the variant, the variant, the word (``"1添加济添加剂"``);
    several entries under one key are joined with ``|``. Only the ``MULTI_ALT_CHARS`` most frequent
    characters are tried as replacements: a slip picks a common character, and the index stays small.
    Also returns the four-character words with their last character left out (``OMISSIONS``): variant -> word."""
    char_freq: dict[str, int] = {}
    for w, f in freq.items():
        for c in w:
            char_freq[c] = char_freq.get(c, 0) + f
    ranked = sorted(char_freq, key=char_freq.__getitem__, reverse=True)
    common = frozenset(ranked[:MULTI_ALT_CHARS])
    function_chars = frozenset(ranked[:MULTI_EDGE_SKIP])
    targets = {w: f for w, f in freq.items() if len(w) in MULTI_MIN_FREQ and f >= MULTI_MIN_FREQ[len(w)]}
    for w in idioms:  # an idiom one character off is a slip however rare the idiom (调以轻心, 严防死手; common characters)
        targets[w] = freq[w] = max(freq[w], IDIOM_FREQ)
    curated = frozenset(_idioms())  # every character is tried in these (举一返三 → 举一反三)
    four = _four_idioms() | frozenset(idioms)  # idioms proper: a variant of all four characters is a slip
    for w in _idioms():  # the tuple, not the frozenset: ties between equally frequent words resolve the same in every process
        targets[w] = max(freq.get(w, 0), GONGWEN_FREQ)
    phrases = _curated_phrases()
    wide = frozenset(ranked[:PHRASE_ALT_CHARS])
    best: dict[str, tuple[int, str, int]] = {}
    minor = _minor_alikes()
    for w, f in targets.items():
        whole = len(w) == 4 and w in four
        for i, ch in enumerate(w):
            for alt in (*alikes.get(ch, ()), *(minor.get(ch, "") if whole else ())):
                if not whole and (alt not in common and w not in curated and not (w in phrases and alt in wide)
                                  or i in (0, len(w) - 1) and alt in function_chars and w not in phrases):
                    continue  # at an edge a very common character starts or ends a neighbour word (使辖区), not in an idiom
                v = w[:i] + alt + w[i + 1:]
                if not whole and alikes[ch][alt] == "字形相近" and _makes_word(v, i, freq):
                    continue  # 网络覆盖 → 网格覆盖: a generated look-alike that makes a frequent word with a neighbour is text
                fv = freq.get(v, 0)
                if fv and (fv >= max_wrong or f < ratio * fv or w in phrases) or v in targets:
                    continue  # a phrase's variant that jieba knows at all is a phrase too (法治建设/法制建设)
                if best.get(v, (0,))[0] < f:
                    best[v] = (f, w, i)
    if WORD_SWAPS:
        # a two-character word of the phrase replaced by a same-sound word (专项资金 → 转向资金, 主题党日 → 主体党日):
        # the input method offered the wrong word
        homophones = _homophone_words({w: f for w, f in freq.items() if len(w) == 2 and f >= WORD_SWAP_MIN_FREQ[2]})
        for w, f in targets.items():
            if f < WORD_SWAP_MIN_FREQ[len(w)] and w not in curated:
                continue
            for o in {0, len(w) - 2}:
                for h in homophones.get(w[o : o + 2], ()):
                    v = w[:o] + h + w[o + 2:]
                    if v not in freq and v not in targets and best.get(v, (0,))[0] < f:
                        best[v] = (f, w, o)
    omitted: dict[str, tuple[int, str]] = {}
    if OMISSIONS:
        # the last character of a four-character word left out before an organisation's suffix
        # (交通运[输]局, 生态环[境]厅, 退役军[人]服务站; see _omitted). Elsewhere a dropped character is
        # mostly an abbreviation (扩内需, 抓落实, 党风政风), not a gap
        for w, f in targets.items():
            if len(w) != 4:
                continue
            v = w[:3]
            if v not in freq and v not in targets and omitted.get(v, (0,))[0] < f:
                omitted[v] = (f, w)
    # how often a two-character window occurs in text (jieba's counts): as a word, inside longer words
    # (公室 in 办公室), or across two words (老服 in 养老服务: words ending in 老 × words starting with 服)
    in_word = {k: f for k, f in freq.items() if len(k) == 2}
    ends: dict[str, int] = {}
    starts: dict[str, int] = {}
    for w, f in freq.items():
        ends[w[-1]] = ends.get(w[-1], 0) + f
        starts[w[0]] = starts.get(w[0], 0) + f
        for o in range(len(w) - 1 if len(w) > 2 else 0):
            k = w[o : o + 2]
            in_word[k] = in_word.get(k, 0) + f
    total = math.exp(log_total)

    def in_text(k: str) -> float:
        return in_word.get(k, 0) + ends.get(k[0], 0) * starts.get(k[1], 0) / total
    for v in best:
        if len(v) == 4 and v in freq:
            del freq[v]  # a rare four-character "word" of jieba one character off a frequent one is a slip (按步就班 3)
    multi: dict[str, str] = {}
    for v, (_, w, i) in best.items():
        last = max(k for k in range(len(v)) if v[k] != w[k])  # i, or i + 1 for a replaced word
        whole = len(v) == 4 and w in four  # a four-character idiom: the whole variant is the evidence
        offs = [o for o in ((0, 1, 2) if whole else (i - 1, i, last)) if 0 <= o <= len(v) - 2]
        off = min(offs, key=lambda o: in_text(v[o : o + 2]))
        key = v[off : off + 2]
        if in_text(key) >= NEIGHBOUR_FREQ and not whole:
            continue  # the changed character makes a word with its neighbour (负责任, 例行公室): text, not a slip
        entry = f"{off}{v}{w}"
        multi[key] = f"{multi[key]}|{entry}" if key in multi else entry
    return multi, {v: w for v, (_, w) in omitted.items()}


def _makes_word(v: str, i: int, freq: dict) -> bool:
    """Whether the character at ``i`` of ``v`` forms a word of frequency ≥ NEIGHBOUR_FREQ with a neighbour."""
    return any(freq.get(v[o : o + 2], 0) >= NEIGHBOUR_FREQ for o in (i - 1, i) if 0 <= o <= len(v) - 2)


def _homophone_words(words2: dict) -> dict[str, list[str]]:
    """Two-character word -> the other words of the same toneless main readings (soundalike.tsv)."""
    sound: dict[str, str] = {}
    for line in _data("soundalike.tsv").splitlines():
        if line and not line.startswith("#"):
            c, _, rest = line.partition("\t")
            sound[c] = min(c + rest.strip())
    groups: dict[tuple, list[str]] = {}
    for w in words2:
        groups.setdefault((sound.get(w[0], w[0]), sound.get(w[1], w[1])), []).append(w)
    return {w: [h for h in g if h != w] for g in groups.values() if len(g) > 1 for w in g}


@functools.lru_cache(maxsize=1)
def gongwen_phrases() -> tuple:
    """Fixed 3–4-character collocations of 公文 (data/gongwen_phrases.tsv: 专项资金, 主题党日) and the 3–4-character
    terms and collocations of data/domain_vocab.tsv (漏损率, 社区矫正): known words and targets."""
    return tuple(_words("gongwen_phrases.tsv", 3) + _words("domain_vocab.tsv", 3))


@functools.lru_cache(maxsize=1)
def _curated_phrases() -> frozenset:
    """gongwen_phrases() as a set: the build's phrase targets and the scan's quoted 公文 terms."""
    return frozenset(gongwen_phrases())


@functools.lru_cache(maxsize=1)
def _idioms() -> tuple:
    """The correct forms of data/idioms.tsv and the 3–4-character words of gongwen_words.tsv."""
    return tuple([w for w in gongwen_words() if len(w) >= 3] + _words("idioms.tsv", 3))


@functools.lru_cache(maxsize=1)
def _four_idioms() -> frozenset:
    """The four-character idioms of data/idioms.tsv: a variant of one is a slip even where its changed edge character
    makes a word with the next one (在潜移默华中: 华中)."""
    return frozenset(_words("idioms.tsv", 4))


def _idiom_alternates() -> list[str]:
    """The accepted other forms of data/idioms.tsv (second column: 翘首期盼 of 翘首企盼): known, never a slip."""
    out = []
    for line in _data("idioms.tsv").splitlines():
        if line and not line.startswith("#") and "\t" in line:
            out += [w for w in line.split("\t")[1].split("|") if 2 <= len(w) <= 4 and all(_CJK_LO <= c <= _CJK_HI for c in w)]
    return out


def _is_cjk(c: str) -> bool:
    return _CJK_LO <= c <= _CJK_HI



_TITLES_BEFORE = frozenset("书记 主任 局长 县长 市长 区长 镇长 乡长 省长 科长 处长 部长 所长 院长 校长 厅长 委员 同志 记者 "
                           "经理 主席 主委 民警 辅警 干部 代表 教授 老师 医生 社工 队长 组长 站长 馆长 行长 庭长 检察 股长 教师 学生 职工 党员 群众 村民 居民 护士 医师 律师 会计 专家 学者 法官".split())


# surnames less common than _SURNAMES (卓, 柏, 穆…), trusted only in a list of names (_in_name_list)
_MORE_SURNAMES = frozenset("卓柏穆房应岳栾冷阎裴戚车左包甘柴苗滕尚宁匡鲁隋计解蒙闵麦欧淡燕靳詹晏司巫乔褚邢殷庞伍易屈葛温傅"
                           "祁聂翟牛安常季齐耿符单舒童颜盛柯管卜晋缪查鞠凌阮邬芦仇桂费储辛向路")
_ALL_SURNAMES = _SURNAMES | _MORE_SURNAMES
_LIST_CUT = re.compile(r"[、，,；;：:\n。（）()]")


def _across_name(text: str, s: int, names, fget) -> bool:
    """A two-character window across one of the document's names: its last character and the suffix that makes it
    one (。临|澄市, not 服务|肓区: 务肓 is no name when its first character ends a word), or the character before a
    name the document writes more than once (赴|临澄)."""
    before, after = text[s - 1 : s + 1] if s else "", text[s + 1 : s + 3]
    return (before in names and text[s + 1 : s + 2] in _PLACE_ONE and fget(text[max(0, s - 2) : s], 0) < NEIGHBOUR_FREQ
            or after in names and text.count(after) > 1)


def _in_name_list(text: str, s: int, e: int) -> bool:
    """The window is inside a three-character item of a list of names (出席：顾承平、范志伦…、卓婉清、林嘉树): the item
    starts with a surname, and at least three items of its line are three characters that start with a common one."""
    lo = max(text.rfind("、", 0, s), text.rfind("：", 0, s), text.rfind("\n", 0, s), text.rfind("，", 0, s)) + 1
    hi = lo + 3
    if not (s < hi and e <= hi and text[hi : hi + 1] in ("、", "\n", "。", "；", "") and text[lo] in _ALL_SURNAMES):
        return False
    a = text.rfind("\n", 0, lo) + 1
    b = text.find("\n", hi)
    items = _LIST_CUT.split(text[a : b if b >= 0 else len(text)])
    return sum(len(it) == 3 and it[0] in _SURNAMES for it in items) >= 3


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
        if before in ("、", "：", ":") or s == p and text[max(0, s - 2) : s] in _TITLES_BEFORE:
            return True  # (教师陈思远为…: a surname right after a title)
        end = s
        while end < len(text) and end - s < 4 and _is_cjk(text[end]):
            end += 1
        if end - s in (2, 3) and end >= p + 2 and not (end < len(text) and _is_cjk(text[end])):
            if s == 0 or not _is_cjk(text[s - 1]) or text[max(0, s - 2) : s] in _TITLES_BEFORE:
                return True  # a name standing alone (刘海峰  周丽娟, 韩冬梅；) or after a title (副区长郑晓明)
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
    scan_multi = index.multi
    right_word = index.right_word
    freq = index.freq
    fget = freq.get
    n = len(text)
    leader_names = [ld.name for ld in kb.leaders] if kb is not None else []
    inv = freq.__contains__
    spans = []
    groups = index.groups
    memo = index.context_memo() if neighbour == NEIGHBOUR_FREQ else None
    for q in pair_positions(text, scan_multi):
        key = ord(text[q]) | ord(text[q + 1]) << 16  # pair_key, inline
        entries = scan_multi[key]
        if not entries or entries[0] == "*":
            if memo is not None and 2 <= q <= n - 4:  # the answer depends on these six characters only
                ctx = text[q - 2 : q + 4]
                ok = memo.get(ctx)
                if ok is None:
                    ok = memo[ctx] = _two_char_ok(text, q, inv, fget, neighbour)
            else:
                ok = _two_char_ok(text, q, inv, fget, neighbour)
            if ok:
                right = right_word(text[q : q + 2])  # after _two_char_ok: cheaper, and it rejects most windows
                if right:
                    spans.append((q, q + 2, right))
        if entries:
            for off, half, table in groups(key):
                s = q - off
                if s >= 0:
                    v = text[s : s + half]
                    right = table.get(v)
                    if right is not None and (half == 4 and right in _four_idioms()
                                              or not _edge_joins(text, s, s + half, v, right, fget, neighbour)):
                        spans.append((s, s + half, right))
    omitted = index.omitted
    if omitted:
        for m in _TAIL_AT.finditer(text, 3):
            e = m.start()
            v = text[e - 3 : e]
            right = omitted.get(v)
            if right is not None and _omitted(text, e - 3, v, right, inv):
                spans.append((e - 3, e, right))
    for s, e, right in spans:
        a, b = text[s - 1] if s else "", text[e] if e < n else ""
        if (a and (a.isdigit() or a.isascii() and a.isalpha())) or (b and b.isascii() and b.isalpha()):
            continue
        penalty = 0.0
        mark = open_mark(text, s)
        if mark is not None:
            if e - s < 3 or not (mark == "《" or e - s == 4 and right in _curated_phrases()):
                continue  # in quotes (coined slogans: “联乡、帮村、扶户”), unless a 公文 term's slip (“专精特心”)
            penalty = TITLE_GAIN  # a longer word in a cited title (《关于加快推进小型水库除险加故的提案》)
        if any(c in text[e : e + 3] for c in "〔[【") or _DOCNO_PAREN.match(text, e):
            continue  # the 机关代字 of a 发文字号 (南纪函〔2025〕, also in the wrong brackets: 沅供社发（2026）)
        if (s and text[s - 1] in "、，：:" and text[s] in _ALL_SURNAMES and text[s + 3 : s + 4] in ("（", "(")
                and e <= s + 3):
            continue  # 杜晓航（市住建局）、殷国强（市应急管理局）: a name with its unit in brackets
        if text[e - 1] in "占达为" and text[e - 1] != right[-1] and text[e : e + 1].isdigit():
            continue  # a verb before its figure (日常监督检查占50分), not the end of a word (检查站)
        if _set_pattern(text, s, e) or _parallel_head(text, e):
            continue
        ctx = text[max(0, s - 3) : e + 3]
        if any(nm in ctx for nm in leader_names):
            continue
        if e - s < 4 and (_looks_like_name(text, s) or _in_name_list(text, s, e)):
            continue  # a name has two or three characters: a four-character variant is no name (、周秘安排)
        if s and text[s - 1] in _SELF and text[s] in _ORG_ABBR:
            continue  # 我委于, 本局对: a body named by its one-character abbreviation
        if (e - s == 2 and text[e - 1] == right[-1] and text[e - 1] in _PLACE_END and s and _is_cjk(text[s - 1])
                and (text[e : e + 1] == "、" or text[s - 2 : s - 1] in ("、", "和", "与", "及"))):
            continue  # 柳塘镇、青杉镇: the end of a three-character place name in a list, not 山镇
        if text[s] in _PLACE_END and text[s + 1 : s + 2] == "等" and s and _is_cjk(text[s - 1]):
            continue  # 桐山镇、马坪乡等5家: a place name's end before 等, not 相等
        if e - s == 2 and text[e - 1] == "籍" and text.startswith(_NATIVE_OF, e):
            continue  # 组织在港汀阳籍乡亲: a place of origin before the people from it
        if (e - s == 2 and text[s] in _PLACE_END and text[s + 1] in "及和与" and s >= 2 and _is_cjk(text[s - 1])
                and text.count(text[s - 2 : s + 1]) > 1):
            continue  # 流传于岚溪县及周边地区: a place named again elsewhere, then a conjunction (not 县级)
        lo = s
        while lo > 0 and s - lo < _CONTEXT and _is_cjk(text[lo - 1]):
            lo -= 1
        hi = e
        while hi < n and hi - e < _CONTEXT and _is_cjk(text[hi]):
            hi += 1
        seg = text[lo:hi]
        fixed = seg[: s - lo] + right + seg[e - lo :]
        gain = _best(fixed, freq, index.log_total) - _best(seg, freq, index.log_total)
        yield s, e, right, gain - penalty


_SELF = frozenset("我本该贵你各")
_NATIVE_OF = ("乡亲", "人士", "同胞", "华侨", "侨胞", "台胞", "港人", "学生", "员工", "干部", "专家", "企业家", "乡贤", "游子", "籍贯")
_DOCNO_PAREN = re.compile(r"[\u4e00-\u9fff]{0,2}[（(](?:19|20)\d\d[）)]\s*\d")
_PLACE_END = frozenset("镇乡村县市区州旗")
_ORG_ABBR = frozenset("委局厅办院部会处科所校司署行社馆站队团")
_LONE_CHARS = frozenset("等的了和与及是在有为也就都而或并由")


def _edge_joins(text: str, s: int, e: int, v: str, right: str, fget, neighbour: int) -> bool:
    """A longer variant whose changed character, at its edge, is a function character standing alone
    (应急等 of 应急灯) or makes a word with the character beyond (群众办实|事: 实事): text, not a slip."""
    if v[-1] != right[-1]:
        c = v[-1]
        return c in _LONE_CHARS or e < len(text) and fget(c + text[e], 0) >= neighbour
    if v[0] != right[0]:
        c = v[0]
        return c in _LONE_CHARS or s > 0 and fget(text[s - 1] + c, 0) >= neighbour
    return False


_ORG_TAIL = ("局", "厅", "委", "办", "站", "所", "院", "处", "科", "部", "室", "队", "中心", "服务站")
# where a suffix starts, one character consumed (中(?=心)): alternatives that each start with a literal, which re
# scans for in C (a pattern that starts with a look-ahead is tried at every position)
_TAIL_AT = re.compile("|".join(t if len(t) == 1 else f"{t[0]}(?={t[1:]})" for t in _ORG_TAIL))


def _omitted(text: str, s: int, v: str, word: str, inv) -> bool:
    """``v`` at s is ``word`` without its last character, and an organisation's suffix follows
    (交通运[输]局, 生态环[境]厅, 退役军[人]服务站): the name of a body with a character left out.
    Not a set pattern cut short (即查即[改]办, 一事一[议]办) and not a word with the suffix (v + 局)."""
    e = s + len(v)
    return text.startswith(_ORG_TAIL, e) and v[0] != v[2] and not inv(v + text[e]) and v[-1] not in "报送交呈给向"
    # (汇总报局党组: a verb of sending before the body it goes to, not 汇总报[送]局)


def _set_pattern(text: str, s: int, e: int) -> bool:
    """The window is part of 应X尽X / 能X尽X (应改尽改, 能收尽收, 应保尽保)."""
    for o in range(max(0, s - 2), e):
        if text[o : o + 1] in ("应", "能") and text[o + 2 : o + 3] == "尽" and text[o + 1 : o + 2] == text[o + 3 : o + 4] != "":
            return True
    return False


def _parallel_head(text: str, e: int) -> bool:
    """The window's last character heads each item of the list that follows (既督任务、督进度、督成效;
    抓建设、抓管理): a verb repeated item by item, not part of a word with the character before it."""
    k = text.find("、", e, e + 8)
    return k > 0 and text[k + 1 : k + 2] == text[e - 1]


def _covered(text: str, q: int, inv) -> bool:
    """A 3–4-character word covers the two characters at q (习近平, 再接再厉, 正规化)."""
    if q >= 1 and (inv(text[q - 1 : q + 2]) or inv(text[q - 1 : q + 3]) or q >= 2 and inv(text[q - 2 : q + 2])):
        return True
    return inv(text[q : q + 3]) or inv(text[q : q + 4])


def _two_char_ok(text: str, q: int, inv, fget, neighbour: int) -> bool:
    """A two-character window is explained by a covering 3–4-character word (习近平, 再接再厉)
    or by a frequent overlapping neighbour word (公布门诊: 布门 between 公布/门诊) — not one that a far
    more frequent word crosses on its other side (深人学习: 人学 loses to 学习, so 深人 stands alone).
    The neighbour on the left is tested first: it explains nearly half the windows the scan meets."""
    if q:
        f = fget(text[q - 1 : q + 1], 0)
        if f >= neighbour and not (q >= 2 and fget(text[q - 2 : q], 0) >= CROSS * f):
            return False
    if _covered(text, q, inv):
        return False
    if q + 2 < len(text):
        f = fget(text[q + 1 : q + 3], 0)
        if f >= neighbour and not fget(text[q + 2 : q + 4], 0) >= CROSS * f:
            return False
    return True


_RARE_COVER = 10  # a covering word rarer than this in jieba (座落在, 3) is an old spelling, no explanation of a listed slip


def explained(text: str, q: int, index: NearMissIndex, right: str | None = None) -> bool:
    """The two characters at q belong to real words around them: a covering 3–4-character word
    (正规化), or a frequent word ending at the first and one starting at the second (自己经营). With ``right``
    (the window's correction), a covering word that is only the old or wrong spelling of a word at least as
    frequent with ``right`` explains nothing (个人帐户 of jieba, 3, against 个人账户, 1,000), and nor does one rarer than
    ``_RARE_COVER`` (座落在, 3, where jieba lacks 坐落在)."""
    fget = index.freq.get
    freq = index.freq
    inv = freq.__contains__ if right is None else (
        lambda w: freq.get(w, 0) >= _RARE_COVER and fget(w.replace(text[q : q + 2], right, 1), 0) < freq[w])
    if _covered(text, q, inv):
        return True
    return (q >= 1 and fget(text[q - 1 : q + 1], 0) >= NEIGHBOUR_FREQ
            and fget(text[q + 1 : q + 3], 0) >= NEIGHBOUR_FREQ)


_PLACE_CHARS = re.compile(r"[省市县区州盟旗镇乡村街社]")
_PLACE_ONE = frozenset("省市县区州盟旗镇乡村")
_ORG_WORDS = ("大学", "学院", "集团", "公司", "医院", "中学", "小学", "银行")
_COMPANY_WORDS = ("有限公司", "有限责任公司")


def _occurrences(text: str, words) -> set[int]:
    """Every position where one of ``words`` starts (overlaps included), found with str.find."""
    out = set()
    for w in words:
        q = text.find(w)
        while q >= 0:
            out.add(q)
            q = text.find(w, q + 1)
    return out


def _cjk_heads(text: str, q: int, least: int, most: int):
    """Positions p with least <= q - p <= most whose text[p:q] is all CJK (nearest first)."""
    p = q
    while p > 0 and q - p < most and _is_cjk(text[p - 1]):
        p -= 1
        if q - p >= least:
            yield p


def document_names(text: str, freq: dict) -> frozenset:
    """Two-character strings the document uses as names: before 省/市/县… (江岭省 — the sender's own
    province) unless the suffix starts a word there (陪训乡村医生, 耕据区委: slips), or before
    大学/集团/公司… (江岭大学; with one or two characters between, twice: 江岭能源集团). Found from the
    suffixes back (a pattern that looks ahead at every position costs ~1.5 ms per 10,000 characters)."""
    out = set()
    for m in _PLACE_CHARS.finditer(text, 2):
        q = m.start()
        after = text[q : q + 2]
        street = after in ("街道", "社区")
        if not (street or text[q] in _PLACE_ONE) or not (_is_cjk(text[q - 2]) and _is_cjk(text[q - 1])):
            continue
        if not (freq.get(after, 0) >= 20 or street) or (street and text[q - 3 : q - 2] in ("市", "县", "区", "镇", "乡")):
            out.add(text[q - 2 : q])  # (临溪区晓园街道: a 街道 under its district is named, not 陪训社区干部)
    for q in _occurrences(text, _COMPANY_WORDS):
        out.update(text[p : p + 2] for p in _cjk_heads(text, q, 2, 10))  # 禾川城发物业服务有限公司: a company's full name
    heads = {p for q in _occurrences(text, _ORG_WORDS) for p in _cjk_heads(text, q, 2, 4)}
    seen: dict[str, int] = {}
    for p in heads:
        direct = text.startswith(_ORG_WORDS, p + 2) or not p or not _is_cjk(text[p - 1])  # …大学 at a line's or clause's start
        seen[text[p : p + 2]] = seen.get(text[p : p + 2], 0) + (2 if direct else 1)
    out.update(w for w, n in seen.items() if n >= 2)  # 江岭大学; 江岭能源集团 twice (薪筹按照集团 once: a slip)
    return frozenset(out)


@functools.lru_cache(maxsize=1)
def _frequent_chars() -> frozenset:
    """The REPEAT_SKIP_CHARS most frequent characters."""
    return frozenset(_ranked_chars()[:REPEAT_SKIP_CHARS])


def _written_elsewhere(text: str, s: int, e: int, right: str) -> bool:
    """The document writes the right word elsewhere, and the window holds no very frequent character
    (以件, 中要 join words too easily): a slip in the document's own vocabulary (当场整该 in a report on 整改;
    沿街桑户 in minutes that say 商户 twice). A window written twice is dropped by nearmiss() either way."""
    if any(c in _frequent_chars() for c in text[s:e]):
        return False
    return right in text[:s] or right in text[e:]


def _name_frame(text: str, s: int) -> bool:
    """The window follows 中国式现代化, whose 篇章 or 实践 is named by a place: 谱写中国式现代化江澜篇章."""
    return text.endswith("中国式现代化", 0, s)


_LIKE_END = re.compile(r"一样|那样|一般|似的")


def _likeness(text: str, s: int, e: int, i: int) -> bool:
    """The changed character is 像 and 一样 (那样, 似的) follows in the clause: 各民族像石榴籽一样, a comparison."""
    if text[s + i] != "像":
        return False
    m = _LIKE_END.search(text, e, e + 14)
    return m is not None and first_of(text, "，。；！？\n", e, m.start()) < 0


def nearmiss(doc, kb):
    index = getattr(kb, "nearmiss", None)
    if index is None:
        return
    text = doc.text
    alikes = _alikes()
    found = []
    names = None
    for s, e, right, gain in candidates(text, index, kb):
        diff = [k for k in range(e - s) if text[s + k] != right[k]]
        i = diff[0] if diff else e - s
        if len(right) > e - s:
            how = "漏字"
        elif e - s == 2 and text[s:e] == right[::-1]:
            how = "字序颠倒"
        elif len(diff) == 2:
            how = "同音词"
        else:
            how = alikes.get(right[i], {}).get(text[s + i]) or (
                "同音" if text[s + i] in _minor_alikes().get(right[i], "") else "音近或形近")
        if (gain >= (MIN_GAIN if e - s == 2 else MULTI_MIN_GAIN) + EXTRA_GAIN.get(how, 0.0)
                or gain >= REPEAT_GAIN and how != "字序颠倒" and _written_elsewhere(text, s, e, right)):
            if _name_frame(text, s) or _likeness(text, s, e, i):
                continue
            if names is None:
                names = document_names(text, index.freq)  # only for the few windows that pass
            wrong = text[s:e]
            written = wrong + text[e] if how == "漏字" else wrong  # 交通运局 is counted apart from 交通运输
            if (wrong in names or e - s == 2 and _across_name(text, s, names, index.freq.get)
                    or text.count(written) > 1 or wrong[-1] == right[-1] == "州"
                    or e - s > 2 and text[e - 1 : e + 1] in ("社区", "街道") and wrong[-1] == right[-1]):
                continue  # the document's own names and terms (or a window across one: 赴临|澄, 临|澄市): written more than once (人居办 … 人居办), or X州,
                # or a longer window that cuts the 社区 or 街道 after a name in half (兴华社区 is no 新华社)
            found.append((s, e, right, i, how))
    # one report per slip, on the shortest window: 环境保户 is reported as 保户, not also as 环境保户
    found.sort(key=lambda c: (c[1] - c[0], c[0]))
    kept: list = []
    for c in found:
        if all(c[1] <= k[0] or k[1] <= c[0] for k in kept):
            kept.append(c)
    for s, e, right, i, how in sorted(kept):
        wrong = text[s:e]
        if how == "漏字":
            yield Finding(s, e, "language", "warning", "language.nearmiss",
                          f"疑似漏字：“{wrong}”不成词，可能是“{right}”（漏了“{right[i]}”字）", right)
            continue
        if how == "字序颠倒":
            why = how
        elif how == "同音词":
            why = f"“{wrong[i : i + 2]}”与“{right[i : i + 2]}”同音"
        else:
            why = f"“{wrong[i]}”与“{right[i]}”{how}"
        yield Finding(s, e, "language", "warning", "language.nearmiss",
                      f"疑似误写：“{wrong}”不成词，可能是“{right}”（{why}）", right)


RULES = (nearmiss,)
