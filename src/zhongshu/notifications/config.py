"""Delivery timing: quiet hours, the daily digest time and retry back-off.

Values come from core.Setting (the office can change them on a page) and fall
back to Django settings, then to the defaults here:

- ``notifications.quiet_hours``: ``{"start": "22:00", "end": "07:30"}``, or
  ``{}`` for none. Fallback: settings.NOTIFY_QUIET_HOURS ("22:00-07:30", "" = none).
- ``notifications.digest_time``: ``"08:30"``. Fallback: settings.NOTIFY_DIGEST_TIME.

Times are local wall-clock times in settings.TIME_ZONE.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from django.conf import settings
from django.utils import timezone

QUIET_HOURS_KEY = "notifications.quiet_hours"
DIGEST_TIME_KEY = "notifications.digest_time"

# Minutes to wait after the 1st, 2nd, ... failure; the last value repeats.
BACKOFF_MINUTES = (1, 5, 30, 120, 360)
_UNSET = object()


@dataclass(frozen=True)
class QuietHours:
    start: time
    end: time

    def contains(self, local: time) -> bool:
        if self.start <= self.end:
            return self.start <= local < self.end
        return local >= self.start or local < self.end  # crosses midnight

    def end_after(self, moment: datetime) -> datetime:
        """The end of the quiet period ``moment`` falls in (aware datetime)."""
        local = timezone.localtime(moment)
        end = local.replace(hour=self.end.hour, minute=self.end.minute, second=0, microsecond=0)
        if end <= local:
            end = _add_local_days(end, 1)
        return end


def _add_local_days(moment: datetime, days: int) -> datetime:
    naive = timezone.make_naive(moment) + timedelta(days=days)
    return timezone.make_aware(naive)


def _parse_hhmm(text: str) -> time:
    hours, minutes = text.strip().split(":")
    return time(int(hours), int(minutes))


def _office_setting(key: str):
    from zhongshu.core.models import Setting

    rows = list(Setting.objects.filter(key=key).values_list("value", flat=True)[:1])
    return rows[0] if rows else _UNSET


def quiet_hours() -> QuietHours | None:
    value = _office_setting(QUIET_HOURS_KEY)
    if value is _UNSET:
        text = getattr(settings, "NOTIFY_QUIET_HOURS", "22:00-07:30")
        if not text:
            return None
        start, end = text.split("-")
        return QuietHours(_parse_hhmm(start), _parse_hhmm(end))
    if not value:
        return None
    return QuietHours(_parse_hhmm(value["start"]), _parse_hhmm(value["end"]))


def digest_time() -> time:
    value = _office_setting(DIGEST_TIME_KEY)
    if value is _UNSET or not value:
        value = getattr(settings, "NOTIFY_DIGEST_TIME", "08:30")
    return _parse_hhmm(value)


def outside_quiet_hours(moment: datetime, quiet: QuietHours | None = None) -> datetime:
    """``moment``, or the end of the quiet hours it falls in."""
    quiet = quiet_hours() if quiet is None else quiet
    if quiet is None or not quiet.contains(timezone.localtime(moment).time()):
        return moment
    return quiet.end_after(moment)


def next_digest_at(moment: datetime) -> datetime:
    """The first digest time at or after ``moment``."""
    at = digest_time()
    local = timezone.localtime(moment)
    slot = local.replace(hour=at.hour, minute=at.minute, second=0, microsecond=0)
    if slot < local:
        slot = _add_local_days(slot, 1)
    return slot


def backoff(attempts: int) -> timedelta:
    """The wait after the ``attempts``-th failed attempt (1-based)."""
    index = min(max(attempts, 1), len(BACKOFF_MINUTES)) - 1
    return timedelta(minutes=BACKOFF_MINUTES[index])


def lease() -> timedelta:
    return timedelta(seconds=getattr(settings, "WORKER_LEASE_SECONDS", 300))
