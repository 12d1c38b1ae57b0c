"""Time-zone conventions.

The office works in Asia/Shanghai. Aware datetimes (whatever their zone, e.g.
UTC from Django) are converted to Asia/Shanghai before deciding which day and
what time of day it is, and results are returned aware in Asia/Shanghai.
Naive datetimes are taken to be Asia/Shanghai wall time already, and results
are naive. Never mix the two in one call.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

OFFICE_TZ = ZoneInfo("Asia/Shanghai")


def to_local(value: dt.datetime, tz: dt.tzinfo = OFFICE_TZ) -> dt.datetime:
    """Wall time in the office zone; naive values are returned unchanged."""
    return value.astimezone(tz) if value.tzinfo is not None else value


def local_date(value: dt.datetime, tz: dt.tzinfo = OFFICE_TZ) -> dt.date:
    return to_local(value, tz).date()
