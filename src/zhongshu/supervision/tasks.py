"""The worker's due scanner for 督查督办 (registered in apps.py).

Each cycle reads only items whose ``next_check_at`` has come (a partial
index), sends what is due through chase_send (once per occasion, however
many workers run), and moves ``next_check_at`` to the next occasion.
"""

from __future__ import annotations

from datetime import datetime

from django.db import connection

from zhongshu.calendars.services import get_calendar
from zhongshu.notifications.schedule import register_scanner

from . import config
from .chasing import chase_send
from .models import Item
from .services import refresh_schedule


def due_items(now: datetime, limit: int):
    qs = Item.objects.filter(next_check_at__lte=now).order_by("next_check_at")
    if connection.vendor == "postgresql":
        # Workers share the due rows instead of queueing on each other's locks.
        qs = qs.select_for_update(skip_locked=True, of=("self",))
    return qs.select_related("task", "lead_unit", "assignee", "task__created_by", "task__instructing_leader")[:limit]


@register_scanner("supervision.chase", every_seconds=0)
def scan(now: datetime) -> int:
    """Runs inside the scanner's transaction (schedule.run_scanners)."""
    cfg, cal = config.load(), get_calendar()
    sent = 0
    for item in due_items(now, cfg["batch"]):
        old = item.next_check_at
        result = refresh_schedule(item, now, cfg, cal)
        for occasion in result.due_now:
            if chase_send(item=item, occasion=occasion, actor=None, now=now) is not None:
                sent += 1
        # Only if nobody moved it meanwhile (a service or another worker).
        Item.objects.filter(pk=item.pk, next_check_at=old).update(next_check_at=result.next_check_at)
    return sent
