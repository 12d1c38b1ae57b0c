"""Reading the 待办 inbox, always through restrict()."""

from __future__ import annotations

from datetime import datetime

from django.db.models import Case, IntegerField, Value, When
from django.utils import timezone

from zhongshu.core.access import acting_for, restrict
from zhongshu.core.choices import Urgency

from .models import Todo, TodoStatus

URGENCY_RANK = Case(
    When(urgency=Urgency.EXTRA, then=Value(0)),
    When(urgency=Urgency.URGENT, then=Value(1)),
    When(urgency=Urgency.EXPEDITED, then=Value(2)),
    default=Value(3),
    output_field=IntegerField(),
)


def open_todos(user):
    """What the user (and anyone they act for) must do now, most pressing first."""
    return (
        restrict(Todo.objects.filter(status=TodoStatus.OPEN), user)
        .filter(owner_id__in=acting_for(user))
        .select_related("owner")
        .annotate(urgency_rank=URGENCY_RANK)
        .order_by("quadrant", "urgency_rank", "due_at", "id")
    )


def level(todo: Todo, now: datetime | None = None) -> str:
    """normal / yellow (less than a fifth of the allowed time left) / red (overdue)."""
    if todo.due_at is None:
        return "normal"
    now = now or timezone.now()
    if now >= todo.due_at:
        return "red"
    total = (todo.due_at - todo.started_at).total_seconds()
    left = (todo.due_at - now).total_seconds()
    if total > 0 and left / total < 0.2:
        return "yellow"
    return "normal"


def overdue_todos(user, now: datetime | None = None):
    now = now or timezone.now()
    return restrict(Todo.objects.filter(status=TodoStatus.OPEN, due_at__lt=now), user).select_related("owner__unit").order_by("due_at", "id")
