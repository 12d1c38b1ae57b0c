"""Figures for 通报 and the dashboard: units ranked by on-time closing rate,
then fewest overdue, then shortest average time (working days)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime

from django.db.models import Q
from django.utils import timezone

from zhongshu.calendars.services import get_calendar
from zhongshu.workdays import OFFICE_TZ

from .choices import ItemStatus, Level
from .models import Item
from .plan import end_of_day

COUNTED = Q(assigned_at__isnull=False) & ~Q(status__in=[ItemStatus.DRAFT, ItemStatus.CANCELLED])


def period_items(qs, start: date, end: date):
    """Items due in the period or closed in it."""
    lo, hi = end_of_day(start).replace(hour=0, minute=0), end_of_day(end).replace(hour=23, minute=59, second=59)
    return qs.filter(COUNTED).filter(Q(due_at__range=(lo, hi)) | Q(closed_at__range=(lo, hi)))


def ranking(items, *, until: datetime | None = None) -> list[dict]:
    """One row per 牵头单位, best first, with rank numbers (ties share a rank)."""
    now = until or timezone.now()
    cal = get_calendar()
    acc: dict[int, dict] = defaultdict(lambda: {"total": 0, "closed": 0, "on_time": 0, "overdue": 0, "red": 0, "yellow": 0, "days": []})
    names: dict[int, tuple] = {}
    for item in items.select_related("lead_unit"):
        unit = item.lead_unit
        names[unit.pk] = (unit.order, unit.label)
        row = acc[unit.pk]
        row["total"] += 1
        if item.status == ItemStatus.CLOSED:
            row["closed"] += 1
            row["on_time"] += bool(item.on_time)
            row["overdue"] += not item.on_time
            done = item.applied_at or item.closed_at
            row["days"].append(cal.working_days_between(item.assigned_at.astimezone(OFFICE_TZ).date(), done.astimezone(OFFICE_TZ).date()))
        elif item.due_at and item.due_at < now:
            row["overdue"] += 1
        row["red"] += item.level >= Level.RED
        row["yellow"] += item.level == Level.YELLOW
    rows = []
    for unit_id, row in acc.items():
        days = row.pop("days")
        rows.append({
            "unit_id": unit_id, "unit": names[unit_id][1], "order": names[unit_id][0], **row,
            "rate": round(100 * row["on_time"] / row["total"], 1) if row["total"] else 0.0,
            "avg_days": round(sum(days) / len(days), 1) if days else None,
        })
    rows.sort(key=lambda r: (-r["rate"], r["overdue"], r["avg_days"] if r["avg_days"] is not None else 10**6, r["order"], r["unit_id"]))
    prev, rank = None, 0
    for i, r in enumerate(rows, start=1):
        key = (r["rate"], r["overdue"], r["avg_days"])
        rank = rank if key == prev else i
        r["rank"], prev = rank, key
        r.pop("order")
    return rows


def totals(rows: list[dict]) -> dict:
    total = sum(r["total"] for r in rows)
    on_time = sum(r["on_time"] for r in rows)
    return {"units": len(rows), "total": total, "closed": sum(r["closed"] for r in rows), "on_time": on_time,
            "overdue": sum(r["overdue"] for r in rows), "red": sum(r["red"] for r in rows),
            "rate": round(100 * on_time / total, 1) if total else 0.0}


