"""Positions of chosen two-character windows, found in C.

A window of two characters a, b of the Basic Multilingual Plane is the integer
``ord(a) | ord(b) << 16`` (``pair_key``). The text is encoded as UTF-16 (two
bytes a character) and viewed as 32-bit integers, each one two adjacent
characters; even and odd positions are two such views, tested against a set
of keys with ``map`` + ``compress``. That avoids building a two-character
string per position in Python. (32-bit keys also hash better than UTF-32
pairs: their low bits hold both characters, so a set of a million of them
has few collisions.) A text with characters beyond the plane, which UTF-16
writes as two units, is scanned window by window instead.
"""

from __future__ import annotations

import sys
from itertools import compress

_CODEC = "utf-16-le" if sys.byteorder == "little" else "utf-16-be"


def pair_key(pair: str) -> int:
    """The integer of a two-character string of the Basic Multilingual Plane (larger for others)."""
    return ord(pair[0]) | ord(pair[1]) << 16


def pair_positions(text: str, keys) -> list[int]:
    """Ascending positions i whose ``pair_key(text[i : i + 2])`` is in ``keys`` (a set or a dict keyed by it)."""
    n = len(text)
    if n < 2:
        return []
    hit = keys.__contains__
    if max(text) > "\uffff":
        return [i for i in range(n - 1) if hit(ord(text[i]) | ord(text[i + 1]) << 16)]
    # surrogatepass: a lone surrogate is still one 2-byte unit, so offsets stay aligned
    raw = text.encode(_CODEC, "surrogatepass")
    found = list(compress(range(0, n - 1, 2), map(hit, memoryview(raw[: 4 * (n // 2)]).cast("I"))))
    found += compress(range(1, n - 1, 2), map(hit, memoryview(raw[2 : 2 + 4 * ((n - 1) // 2)]).cast("I")))
    found.sort()
    return found


def pair_set(text: str) -> set[int]:
    """Every ``pair_key`` of two adjacent characters of ``text``: whether a two-character string occurs is then one
    set lookup (a rule with many literals to look for tests each literal's first two characters here before
    scanning the text for it)."""
    n = len(text)
    if n < 2:
        return set()
    if max(text) > "\uffff":
        return {ord(text[i]) | ord(text[i + 1]) << 16 for i in range(n - 1)}
    raw = text.encode(_CODEC, "surrogatepass")
    out = set(memoryview(raw[: 4 * (n // 2)]).cast("I"))
    out.update(memoryview(raw[2 : 2 + 4 * ((n - 1) // 2)]).cast("I"))
    return out
