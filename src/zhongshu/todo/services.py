"""Opening and closing 待办 items. Modules call these inside their own transactions."""

from __future__ import annotations

from datetime import datetime

from django.db import transaction
from django.utils import timezone

from zhongshu.core.choices import Quadrant, Urgency

from .models import Todo, TodoStatus


def todo_open(*, owner, kind: str, title: str, link: str = "", source=None, action_label: str = "办理", urgency: str = Urgency.NORMAL, quadrant: int = Quadrant.ON_TIME, classification: int = 0, due_at: datetime | None = None, started_at: datetime | None = None) -> Todo:
    """Open a to-do for one person; one open item per (owner, source, kind)."""
    source_type = source._meta.label_lower if source is not None else ""
    source_id = str(source.pk) if source is not None else ""
    with transaction.atomic():
        if source is not None:
            existing = Todo.objects.select_for_update().filter(owner=owner, kind=kind, source_type=source_type, source_id=source_id, status=TodoStatus.OPEN).first()
            if existing is not None:
                existing.title, existing.link, existing.due_at, existing.urgency, existing.quadrant = title, link, due_at, urgency, quadrant
                existing.save(update_fields=["title", "link", "due_at", "urgency", "quadrant"])
                return existing
        return Todo.objects.create(
            owner=owner, kind=kind, title=title, link=link, source_type=source_type, source_id=source_id,
            action_label=action_label, urgency=Urgency(urgency), quadrant=Quadrant(quadrant), classification=classification,
            due_at=due_at, started_at=started_at or timezone.now(),
        )


def todo_close(*, source, kind: str | None = None, owner=None, status: str = TodoStatus.DONE) -> int:
    """Close the open to-dos that a source produced (all owners unless one is named)."""
    qs = Todo.objects.filter(source_type=source._meta.label_lower, source_id=str(source.pk), status=TodoStatus.OPEN)
    if kind:
        qs = qs.filter(kind=kind)
    if owner is not None:
        qs = qs.filter(owner=owner)
    return qs.update(status=status, done_at=timezone.now())
