"""Multi-pattern matching over every dictionary entry at once.

Pure Python: every pattern has at least two characters, and patterns are
indexed by their first two characters. Positions whose two characters start
some pattern are found without a Python-level loop over the text: the text
is encoded as UTF-32 (four bytes a character) and viewed as 64-bit integers,
each one two adjacent characters, which are tested against the set of
indexed pairs in C (``map`` + ``compress``); even and odd positions are two
such views. Candidates (about one position in twenty) are then compared in
Python. That is faster than a giant regular-expression alternation in
``re`` (which tries branches one by one) and needs no C extension.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from itertools import compress
from typing import Any, Iterator

# The integer of two characters a, b in a UTF-32 buffer viewed as native 64-bit words.
_LITTLE = sys.byteorder == "little"


def _pair_key(a: str, b: str) -> int:
    return ord(a) | ord(b) << 32 if _LITTLE else ord(a) << 32 | ord(b)


@dataclass(frozen=True, slots=True)
class Pattern:
    text: str
    payload: Any
    # Longer contexts in which ``text`` is correct: (context, offset of text in it).
    exceptions: tuple[tuple[str, int], ...] = ()


class PhraseMatcher:
    def __init__(self) -> None:
        self._index: dict[str, list[Pattern]] = {}
        self._pairs: frozenset[int] = frozenset()  # _pair_key of every index key, set by freeze()
        # index key -> ((length, {pattern text: Pattern}), ...), the longest first; set by freeze()
        self._by_length: dict[str, tuple[tuple[int, dict[str, Pattern]], ...]] = {}
        self._frozen = False
        self.size = 0

    def add(self, text: str, payload: Any, exceptions: tuple[str, ...] = ()) -> None:
        if len(text) < 2:
            raise ValueError(f"pattern too short: {text!r}")
        ctx = []
        for e in exceptions:
            at = e.find(text)
            while at >= 0:
                ctx.append((e, at))
                at = e.find(text, at + 1)
        bucket = self._index.setdefault(text[:2], [])
        for i, p in enumerate(bucket):
            if p.text == text:  # a later file overrides an earlier one
                bucket[i] = Pattern(text, payload, tuple(ctx) or p.exceptions)
                return
        bucket.append(Pattern(text, payload, tuple(ctx)))
        self.size += 1
        self._frozen = False

    def add_exception(self, text: str, context: str) -> bool:
        bucket = self._index.get(text[:2], ())
        for i, p in enumerate(bucket):
            if p.text == text:
                extra = []
                at = context.find(text)
                while at >= 0:
                    extra.append((context, at))
                    at = context.find(text, at + 1)
                bucket[i] = Pattern(p.text, p.payload, p.exceptions + tuple(extra))
                return True
        return False

    def freeze(self) -> None:
        for bucket in self._index.values():
            bucket.sort(key=lambda p: -len(p.text))
        self._pairs = frozenset(_pair_key(k[0], k[1]) for k, bucket in self._index.items() if bucket)
        self._by_length = {}
        for k, bucket in self._index.items():
            groups: dict[int, dict[str, Pattern]] = {}
            for p in bucket:
                groups.setdefault(len(p.text), {})[p.text] = p
            self._by_length[k] = tuple(sorted(groups.items(), reverse=True))
        self._frozen = True

    def __contains__(self, text: str) -> bool:
        return any(p.text == text for p in self._index.get(text[:2], ()))

    def finditer(self, text: str) -> Iterator[tuple[int, int, Pattern]]:
        """Yield non-overlapping longest matches, left to right."""
        if not self._frozen:
            self.freeze()
        by_length = self._by_length
        covered = 0
        for i in self._candidates(text):
            if i < covered:
                continue
            for length, table in by_length[text[i : i + 2]]:
                p = table.get(text[i : i + length])
                if p is None or p.exceptions and _excepted(text, i, p.exceptions):
                    continue
                yield i, i + length, p
                covered = i + length
                break

    def _candidates(self, text: str) -> list[int]:
        """Ascending positions i whose text[i : i + 2] is an index key."""
        n = len(text)
        if n < 2:
            return []
        # surrogatepass: a lone surrogate is still one 4-byte unit, so offsets stay aligned
        raw = text.encode("utf-32-le" if _LITTLE else "utf-32-be", "surrogatepass")
        hit = self._pairs.__contains__
        even = memoryview(raw[: 8 * (n // 2)]).cast("Q")  # pairs at 0, 2, 4, ...
        odd = memoryview(raw[4 : 4 + 8 * ((n - 1) // 2)]).cast("Q")  # pairs at 1, 3, 5, ...
        found = list(compress(range(0, n, 2), map(hit, even)))
        found += compress(range(1, n, 2), map(hit, odd))
        found.sort()
        return found

def _excepted(text: str, i: int, exceptions) -> bool:
    for ctx, off in exceptions:
        s = i - off
        if s >= 0 and text.startswith(ctx, s):
            return True
    return False
