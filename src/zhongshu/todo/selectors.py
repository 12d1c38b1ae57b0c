"""Reading the 待办 inbox, always through restrict()."""

from __future__ import annotations

from datetime import datetime

from django.db.models import Case, IntegerField, Value, When
from django.utils import timezone

from zhongshu.core.access import acting_for, restrict
from zhongshu.core.choices import Urgency
from zhongshu.workdays import overdue_level

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
    """normal / yellow (little time left) / red (overdue), by the calendar's one rule."""
    if todo.due_at is None:
        return "normal"
    return str(overdue_level(now or timezone.now(), todo.due_at, todo.started_at))


def overdue_todos(user, now: datetime | None = None):
    now = now or timezone.now()
    return restrict(Todo.objects.filter(status=TodoStatus.OPEN, due_at__lt=now), user).select_related("owner__unit").order_by("due_at", "id")
