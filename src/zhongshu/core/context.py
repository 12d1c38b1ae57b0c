"""Where the current action comes from (IP, user agent), for the audit log.

Services take the acting user explicitly; the origin of the request is
ambient, set by the middleware for web requests and by commands otherwise.
"""

from __future__ import annotations

import contextvars
from contextlib import contextmanager

_origin: contextvars.ContextVar[str] = contextvars.ContextVar("zhongshu_origin", default="系统")


def current_origin() -> str:
    return _origin.get()


@contextmanager
def origin(value: str):
    token = _origin.set(value)
    try:
        yield
    finally:
        _origin.reset(token)


def set_origin(value: str):
    return _origin.set(value)


def reset_origin(token) -> None:
    _origin.reset(token)
