"""五关审校 (political, policy, fact, format, language review) of 公文 drafts.

Pure Python, no Django. Knowledge lives in the plain-text files under
``data/``; organisations add their own with custom dictionaries.

    from zhongshu.review import review_text, Reviewer
    result = review_text("关于开展安全检查的通知。")
    result.to_dict()  # {"findings": [...], "stats": {...}}
"""

from __future__ import annotations

import os
import threading
from typing import Iterable

from .charsets import shared_charsets

with shared_charsets():  # the rule modules' patterns compile at import (see charsets.py)
    from .engine import Reviewer
from .model import Finding, ReviewResult
from .textio import InputError, docx_text

_default: Reviewer | None = None
_lock = threading.Lock()


def default_reviewer() -> Reviewer:
    """The module-wide reviewer with the built-in dictionaries (built once)."""
    global _default
    if _default is None:
        with _lock:
            if _default is None:
                _default = Reviewer()
    return _default


def review_text(text: str, extra_dicts: Iterable[str | os.PathLike] = ()) -> ReviewResult:
    extra = list(extra_dicts)
    reviewer = Reviewer(extra) if extra else default_reviewer()
    return reviewer.review(text)


def review_docx(source, extra_dicts: Iterable[str | os.PathLike] = ()) -> ReviewResult:
    return review_text(docx_text(source), extra_dicts)


__all__ = [
    "Finding",
    "InputError",
    "ReviewResult",
    "Reviewer",
    "default_reviewer",
    "docx_text",
    "review_docx",
    "review_text",
]
