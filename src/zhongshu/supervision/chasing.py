"""Sending 催办 occasions exactly once: the Chase row's unique (item, key) is
the claim. Whoever inserts it sends; a second worker's insert fails and it
sends nothing.

The scanner sends hundreds at a time, so everything here works on a batch:
the people are loaded for all items at once (People), and the Chase rows,
history, notifications and audit entries are each written with one statement
per batch — a cycle costs a constant number of queries, not one set per item.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from functools import cached_property

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from zhongshu.accounts.choices import Role
from zhongshu.accounts.models import User
from zhongshu.audit.services import audit_record_many
from zhongshu.notifications.services import notify_many

from .choices import Action, ChaseKind, Level
from .config import RECIPIENT_KINDS
from .models import Chase, Event, Item


class People:
    """Who receives what, for a batch of items, loaded once (lazily per kind)."""

    def __init__(self, items: list[Item]):
        self.items = items

    @cached_property
    def handlers(self) -> dict[int, list[User]]:
        """Active 承办人 of each lead unit (for items without a 责任人)."""
        units = {i.lead_unit_id for i in self.items if not i.assignee_id}
        out: dict[int, list[User]] = defaultdict(list)
        if units:
            for u in User.objects.filter(is_active=True, unit_id__in=units, role_assignments__role=Role.HANDLER).distinct().order_by("pk"):
                out[u.unit_id].append(u)
        return out

    @cached_property
    def assignees(self) -> dict[int, User]:
        ids = {i.assignee_id for i in self.items if i.assignee_id}
        return {u.pk: u for u in User.objects.filter(is_active=True, pk__in=ids)} if ids else {}

    @cached_property
    def heads(self) -> dict[int, User]:
        """Each lead unit's 主要负责人: the holder of its first-ranked post."""
        from zhongshu.org.models import Post

        out: dict[int, User] = {}
        posts = Post.objects.filter(unit_id__in={i.lead_unit_id for i in self.items}, holder__is_active=True)
        for post in posts.select_related("holder").order_by("unit_id", "rank", "id"):
            out.setdefault(post.unit_id, post.holder)
        return out

    @cached_property
    def directors(self) -> list[User]:
        return list(User.objects.filter(is_active=True, role_assignments__role=Role.DIRECTOR).distinct().order_by("pk"))

    def unit_people(self, item: Item) -> list[User]:
        """The 责任人, else the lead unit's 承办人 (as services.unit_people)."""
        if item.assignee_id:
            found = [self.assignees[item.assignee_id]] if item.assignee_id in self.assignees else []
        else:
            found = self.handlers.get(item.lead_unit_id, [])
        return [p for p in found if p.clearance >= item.classification]

    def of(self, item: Item, kinds) -> list[User]:
        people: dict[int, User] = {}
        for kind in kinds:
            found: list[User] = []
            if kind in ("assignee", "unit"):
                found = self.unit_people(item)
            elif kind == "unit_head":
                head = self.heads.get(item.lead_unit_id)
                found = [head] if head else []
            elif kind == "supervisor":
                found = [item.task.created_by]
            elif kind == "director":
                found = self.directors
            elif kind == "leader" and item.task.instructing_leader_id:
                found = [item.task.instructing_leader]
            for person in found:
                people.setdefault(person.pk, person)
        return [p for p in people.values() if p.clearance >= item.classification]


def recipients_for(item: Item, kinds) -> list[User]:
    return People([item]).of(item, kinds)


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


def _claim(chases: list[Chase]) -> list[Chase]:
    """Insert the Chase rows; return those this call inserted. Keys already
    taken are skipped; a concurrent twin's insert makes us go row by row."""
    if not chases:
        return []
    taken = set(Chase.objects.filter(item_id__in={c.item_id for c in chases}, key__in={c.key for c in chases}).values_list("item_id", "key"))
    fresh = [c for c in chases if (c.item_id, c.key) not in taken]
    try:
        with transaction.atomic():
            Chase.objects.bulk_create(fresh)
        return fresh
    except IntegrityError:
        won = []
        for c in fresh:
            try:
                with transaction.atomic():
                    c.save(force_insert=True)
                won.append(c)
            except IntegrityError:
                c.pk = None
        return won


def chase_many(pairs: list[tuple[Item, object]], *, actor: User | None, now: datetime, people: People | None = None) -> list[Chase]:
    """Record and send each (item, occasion) not sent before; returns the Chase
    rows this call sent."""
    if not pairs:
        return []
    with transaction.atomic():
        return _chase_many(pairs, actor=actor, now=now, people=people)


def _chase_many(pairs, *, actor, now, people) -> list[Chase]:
    people = people or People([item for item, _ in pairs])
    planned = []
    for item, occasion in pairs:
        to = people.of(item, occasion.notify)
        title = _title(item, occasion)
        planned.append((item, occasion, to, Chase(item=item, key=occasion.key, kind=occasion.kind, level=occasion.level, title=title[:200],
                                                   recipients="、".join(p.name for p in to)[:300], actor=actor, created_at=now)))
    won = {id(c) for c in _claim([p[3] for p in planned])}
    sent = [p for p in planned if id(p[3]) in won]
    messages, events, audits, raised = [], [], [], defaultdict(list)
    for item, occasion, to, chase in sent:
        due = timezone.localtime(item.due_at) if item.due_at else None
        body = f"{item.task.number}；牵头单位：{item.lead_unit}；期限：{due:%Y年%-m月%-d日 %H:%M}" if due else item.task.number
        messages.append({"recipients": to, "title": chase.title, "body": body, "link": item.get_absolute_url(), "classification": item.classification,
                         "urgent": occasion.level >= Level.YELLOW, "dedup_key": f"sv:{item.pk}:{occasion.key}"})
        if occasion.kind == ChaseKind.OVERDUE:
            raised[occasion.level].append(item.pk)
            item.level = max(item.level, occasion.level)
            events.append(Event(task=item.task, item=item, action=Action.ESCALATE, from_status=item.status, to_status=item.status,
                                actor=None, actor_name="系统", reason=f"{Level(occasion.level).label}：{occasion.name}", at=now))
        audits.append({"actor": actor, "action": f"supervision.chase.{occasion.kind}", "obj": item, "summary": chase.title,
                       "data": {"key": occasion.key, "to": [p.pk for p in to], "kinds": list(occasion.notify),
                                "labels": [RECIPIENT_KINDS.get(k, k) for k in occasion.notify]}})
    notify_many(messages)
    for level, ids in raised.items():
        # Conditional: the level only rises.
        Item.objects.filter(Q(pk__in=ids) & Q(level__lt=level)).update(level=level)
    Event.objects.bulk_create(events)
    audit_record_many(entries=audits)
    return [p[3] for p in sent]


def chase_send(*, item: Item, occasion, actor: User | None, now: datetime) -> Chase | None:
    """Record and send one occasion; None if it was already sent."""
    sent = chase_many([(item, occasion)], actor=actor, now=now)
    return sent[0] if sent else None
