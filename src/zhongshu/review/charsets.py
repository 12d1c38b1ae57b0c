"""Faster start-up: compile the rules' patterns without rebuilding the same character class each time.

Python's regular-expression compiler (``re._compiler._optimize_charset``) turns every character class
into a 65,536-entry map and back, in a Python loop over its code points: about 2 ms for one
[\u4e00-\u9fff]. The rules hold that class some sixty times, so compiling them took a tenth of a second
of the reviewer's start-up. ``shared_charsets()`` memoises the function, for classes without
IGNORECASE (whose result depends only on the class), while the rule modules are imported, and puts
the original back afterwards. The compiled patterns are the same; if the compiler's internals are not
as expected (another Python version), nothing is changed.
"""

from __future__ import annotations

import contextlib
import threading

try:
    from re import _compiler
except ImportError:  # Python < 3.11 names it sre_compile
    _compiler = None

_LOCK = threading.Lock()
_EXPECTED = ["charset", "iscased", "fixup", "fixes"]


def _usable() -> bool:
    fn = getattr(_compiler, "_optimize_charset", None)
    if fn is None:
        return False
    code = getattr(fn, "__code__", None)  # not inspect.signature: importing inspect alone takes 8 ms
    return code is not None and list(code.co_varnames[: code.co_argcount]) == _EXPECTED


def memoised(original):
    """``original`` with its results for case-sensitive classes kept (a copy of the list is returned)."""
    memo: dict = {}

    def optimize(charset, iscased=None, fixup=None, fixes=None):
        if fixup is not None:
            return original(charset, iscased, fixup, fixes)
        try:
            key = tuple(charset)
            got = memo.get(key)
        except TypeError:  # an unhashable item: no memo
            return original(charset, iscased, fixup, fixes)
        if got is None:
            out, hascased = original(charset, iscased, fixup, fixes)
            got = memo[key] = (tuple(out), hascased)
        return list(got[0]), got[1]

    return optimize


@contextlib.contextmanager
def shared_charsets():
    """While the block runs, identical character classes are optimised once."""
    if not _usable() or not _LOCK.acquire(blocking=False):
        yield
        return
    original = _compiler._optimize_charset
    _compiler._optimize_charset = memoised(original)
    try:
        yield
    finally:
        _compiler._optimize_charset = original
        _LOCK.release()
