"""Every read of 督查督办, through restrict()."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.db.models import Q
from django.utils import timezone

from zhongshu.core.access import VIEW, restrict

from .choices import OPEN_STATUSES, ItemStatus
from .models import Bulletin, Item, Task


def tasks(user, action: str = VIEW):
    return restrict(Task.objects.all(), user, action)


# Every queue: 轻重缓急, then deadline; the index sv_item_ledger has this order.
LEDGER_ORDER = ("quadrant", "due_at", "id")
PER_PAGE = 30


def items(user, action: str = VIEW):
    """Every queue is ordered by 轻重缓急, then by deadline."""
    return restrict(Item.objects.all(), user, action).select_related("task", "lead_unit", "assignee").order_by(*LEDGER_ORDER)


def bulletins(user):
    return restrict(Bulletin.objects.all(), user)


def ledger(user, params, now: datetime | None = None):
    """台账 with the page's filters: q, status, unit, quadrant, source, overdue, level."""
    now = now or timezone.now()
    qs = items(user)
    if q := (params.get("q") or "").strip():
        qs = qs.filter(Q(title__contains=q) | Q(task__title__contains=q) | Q(task__number__contains=q) | Q(target__contains=q))
    if status := params.get("status"):
        qs = qs.filter(status=status) if status in ItemStatus.values else qs.none()
    if unit := params.get("unit"):
        qs = qs.filter(Q(lead_unit_id=unit) | Q(co_units__id=unit)).distinct() if str(unit).isdigit() else qs.none()
    if quadrant := params.get("quadrant"):
        qs = qs.filter(quadrant=quadrant) if str(quadrant).isdigit() else qs.none()
    if source := params.get("source"):
        qs = qs.filter(task__source_kind=source)
    if params.get("overdue") in ("1", "true", "on"):
        qs = qs.filter(status__in=OPEN_STATUSES, due_at__lt=now)
    if level := params.get("level"):
        qs = qs.filter(level=level) if str(level).isdigit() else qs.none()
    return qs


def is_overdue(item: Item, now: datetime | None = None) -> bool:
    now = now or timezone.now()
    return item.status in OPEN_STATUSES and item.due_at is not None and item.due_at < now


@dataclass
class Page:
    """One page of a list read without COUNT(*): one row more than shown
    tells whether there is a next page."""

    rows: list
    number: int
    has_next: bool

    def __iter__(self):
        return iter(self.rows)

    @property
    def has_previous(self) -> bool:
        return self.number > 1


def page_number(value) -> int:
    return max(1, min(int(value), 100_000)) if str(value or "").isdigit() else 1


def ledger_page(user, params, now: datetime | None = None, per_page: int = PER_PAGE) -> Page:
    """The requested page of the 台账. A million visible rows cost no more than
    the page: the order walks the ledger index and stops after per_page + 1."""
    number = page_number(params.get("page"))
    start = (number - 1) * per_page
    rows = list(ledger(user, params, now)[start:start + per_page + 1])
    return Page(rows[:per_page], number, len(rows) > per_page)
