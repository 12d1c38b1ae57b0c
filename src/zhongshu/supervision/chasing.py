"""Sending one 催办 occasion exactly once: the Chase row's unique (item, key)
is the claim. Whoever inserts it sends; a second worker's insert fails and
it sends nothing."""

from __future__ import annotations

from datetime import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone

from zhongshu.accounts.choices import Role
from zhongshu.accounts.models import User
from zhongshu.audit.services import audit_record
from zhongshu.notifications.services import notify

from .choices import Action, ChaseKind, Level
from .config import RECIPIENT_KINDS
from .models import Chase, Event, Item


def recipients_for(item: Item, kinds) -> list[User]:
    from .services import unit_head, unit_people

    people: dict[int, User] = {}
    for kind in kinds:
        found: list[User] = []
        if kind in ("assignee", "unit"):
            found = unit_people(item)
        elif kind == "unit_head":
            head = unit_head(item.lead_unit_id)
            found = [head] if head else []
        elif kind == "supervisor":
            found = [item.task.created_by]
        elif kind == "director":
            found = list(User.objects.filter(is_active=True, role_assignments__role=Role.DIRECTOR).distinct())
        elif kind == "leader" and item.task.instructing_leader_id:
            found = [item.task.instructing_leader]
        for person in found:
            people.setdefault(person.pk, person)
    return [p for p in people.values() if p.clearance >= item.classification]


def _title(item: Item, occasion) -> str:
    unit = item.lead_unit.label
    if occasion.kind == ChaseKind.OVERDUE:
        return f"【{occasion.name}】督办事项已逾期：{item.title}（{unit}）"
    if occasion.kind == ChaseKind.REPORT_MISSED:
        return f"【催报】{occasion.name}：{item.title}（{unit}）"
    if occasion.kind == ChaseKind.REPORT_DUE:
        return f"【反馈提醒】{occasion.name}：{item.title}"
    if occasion.kind == ChaseKind.MANUAL:
        return f"【催办】{item.title}：{occasion.name}"
    return f"【到期提醒】{occasion.name}：{item.title}"


def chase_send(*, item: Item, occasion, actor: User | None, now: datetime) -> Chase | None:
    """Record and send one occasion; None if it was already sent."""
    kinds = occasion.notify
    people = recipients_for(item, kinds)
    title = _title(item, occasion)
    try:
        with transaction.atomic():
            chase = Chase.objects.create(item=item, key=occasion.key, kind=occasion.kind, level=occasion.level, title=title[:200],
                                         recipients="、".join(p.name for p in people)[:300], actor=actor, created_at=now)
    except IntegrityError:
        return None
    due = timezone.localtime(item.due_at) if item.due_at else None
    body = f"{item.task.number}；牵头单位：{item.lead_unit}；期限：{due:%Y年%-m月%-d日 %H:%M}" if due else item.task.number
    notify(recipients=people, title=title, body=body, link=item.get_absolute_url(), classification=item.classification,
           urgent=occasion.level >= Level.YELLOW, dedup_key=f"sv:{item.pk}:{occasion.key}")
    if occasion.kind == ChaseKind.OVERDUE:
        # Conditional: the level only rises.
        Item.objects.filter(pk=item.pk, level__lt=occasion.level).update(level=occasion.level)
        item.level = max(item.level, occasion.level)
        Event.objects.create(task=item.task, item=item, action=Action.ESCALATE, from_status=item.status, to_status=item.status,
                             actor=None, actor_name="系统", reason=f"{Level(occasion.level).label}：{occasion.name}", at=now)
    audit_record(actor=actor, action=f"supervision.chase.{occasion.kind}", obj=item, summary=title,
                 data={"key": occasion.key, "to": [p.pk for p in people], "kinds": list(kinds), "labels": [RECIPIENT_KINDS.get(k, k) for k in kinds]})
    return chase
