"""The worker's due scanner for 督查督办 (registered in apps.py).

Each cycle reads only items whose ``next_check_at`` has come (a partial
index), sends what is due (once per occasion, however many workers run), and
moves ``next_check_at`` to the next occasion. The batch is loaded and written
in a constant number of queries (chasing.People, chase_many, one UPDATE), so a
cycle of BATCH due items stays around a second even on SQLite; the scanner's
transaction, and the row locks it holds on PostgreSQL, stay that short.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from django.db import connection

from zhongshu.calendars.services import get_calendar
from zhongshu.notifications.schedule import register_scanner

from . import config
from .chasing import People, chase_many
from .models import Item, Report
from .services import refresh_schedule


def due_items(now: datetime, limit: int):
    qs = Item.objects.filter(next_check_at__lte=now).order_by("next_check_at")
    if connection.vendor == "postgresql":
        # Workers share the due rows instead of queueing on each other's locks.
        qs = qs.select_for_update(skip_locked=True, of=("self",))
    return qs.select_related("task", "lead_unit", "assignee", "task__created_by", "task__instructing_leader")[:limit]


def _report_times(ids: list[int]) -> dict[int, list[datetime]]:
    out: dict[int, list[datetime]] = defaultdict(list)
    for item_id, at in Report.objects.filter(item_id__in=ids).values_list("item_id", "created_at"):
        out[item_id].append(at)
    return out


def _move_checks(moves: list[tuple[int, datetime, datetime | None]]) -> None:
    """Set each item's next_check_at, only where it is still the value read (a
    service may have moved it meanwhile): one executemany, not an ORM UPDATE
    per item."""
    if not moves:
        return
    ops, table = connection.ops, connection.ops.quote_name(Item._meta.db_table)
    with connection.cursor() as cursor:
        cursor.executemany(f"UPDATE {table} SET next_check_at = %s WHERE id = %s AND next_check_at = %s",
                           [(ops.adapt_datetimefield_value(new), pk, ops.adapt_datetimefield_value(old)) for pk, old, new in moves])


@register_scanner("supervision.chase", every_seconds=0)
def scan(now: datetime) -> int:
    """Runs inside the scanner's transaction (schedule.run_scanners)."""
    cfg = config.load()
    items = list(due_items(now, cfg["batch"]))
    if not items:
        return 0
    cal, times = get_calendar(), _report_times([i.pk for i in items])
    pairs, moves = [], []
    for item in items:
        old = item.next_check_at
        result = refresh_schedule(item, now, cfg, cal, report_times=times[item.pk])
        pairs += [(item, occasion) for occasion in result.due_now]
        moves.append((item.pk, old, result.next_check_at))
    sent = chase_many(pairs, actor=None, now=now, people=People(items))
    _move_checks(moves)
    return len(sent)


def first_working_day(day, cal):
    """The first working day of ``day``'s month (on the office's calendar)."""
    return cal.working_day_on_or_after(day.replace(day=1))


@register_scanner("supervision.monthly_bulletin", every_seconds=300)
def scan_monthly_bulletin(now: datetime) -> int:
    """From the start of work on the month's first working day (a holiday on
    the 1st moves it on), generate last month's 通报 once: bulletin_monthly()
    checks and inserts under a unique per-month key, so a repeat scan, a
    second worker or a worker that was down that day still makes exactly one."""
    from django.utils import timezone

    from .models import Bulletin
    from .plan import HOURS
    from .services import bulletin_monthly, monthly_bulletin_key

    if not config.load()["monthly_bulletin"]:
        return 0
    today = timezone.localtime(now).date()
    if Bulletin.objects.filter(period_key=monthly_bulletin_key(today)).exists():
        return 0  # the usual case: one indexed lookup per scan
    if now < HOURS.start_on(first_working_day(today, get_calendar()), aware=True):
        return 0
    return 1 if bulletin_monthly(now=now) else 0
