"""Pieces every 办文 service uses: history rows, grants, to-dos, notices."""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from zhongshu.accounts.choices import Role
from zhongshu.accounts.models import User
from zhongshu.audit.services import audit_record
from zhongshu.core.choices import Quadrant, Urgency
from zhongshu.core.models import Grant
from zhongshu.notifications.services import notify
from zhongshu.todo.services import todo_close, todo_open

from .models import History, Incoming


def link_of(doc) -> str:
    if isinstance(doc, Incoming):
        return reverse("documents-in-detail", kwargs={"pk": doc.pk})
    return reverse("documents-out-detail", kwargs={"pk": doc.pk})


def label_of(doc) -> str:
    return ("收文" if isinstance(doc, Incoming) else "发文") + f"《{doc.title}》"


def record(*, actor, doc, action: str, action_label: str, from_state: str, reason: str = "", data: dict | None = None) -> History:
    """The history row and the audit entry of one step, in the caller's transaction."""
    parent = {"incoming": doc} if isinstance(doc, Incoming) else {"outgoing": doc}
    row = History.objects.create(
        **parent, action=action, action_label=action_label, from_state=from_state or "", to_state=doc.state,
        actor=actor, at=timezone.now(), reason=reason,
    )
    summary = f"{label_of(doc)}：{action_label}"
    if from_state and from_state != doc.state:
        summary += f"（{from_state} → {doc.state}）"
    audit_record(actor=actor, action=f"documents.{'in' if 'incoming' in parent else 'out'}.{action}", summary=summary, obj=doc, data={"reason": reason, **(data or {})})
    return row


def grant(*, doc, actor=None, user=None, unit=None, action: str = Grant.Action.VIEW, reason: str = "") -> None:
    """Open the document to a person or a unit (分发范围), once."""
    ct = ContentType.objects.get_for_model(type(doc))
    Grant.objects.get_or_create(content_type=ct, object_id=doc.pk, user=user, unit=unit, action=action, defaults={"reason": reason, "granted_by": actor})


def unit_people(unit_id: int, roles=(Role.HANDLER,), clearance: int = 0) -> list[User]:
    """Who in a unit receives its work: holders of ``roles`` there, else every member."""
    base = User.objects.filter(unit_id=unit_id, is_active=True, admin_role="", clearance__gte=clearance)
    people = list(base.filter(role_assignments__role__in=roles).distinct())
    return people or list(base)


def role_people(*roles: str, clearance: int = 0, exclude: int | None = None) -> list[User]:
    qs = User.objects.filter(is_active=True, admin_role="", clearance__gte=clearance, role_assignments__role__in=roles).distinct()
    if exclude:
        qs = qs.exclude(pk=exclude)
    return list(qs)


def quadrant_of(urgency: str) -> int:
    return Quadrant.NOW if urgency in (Urgency.EXTRA, Urgency.URGENT) else Quadrant.ON_TIME


def assign_work(*, doc, people, kind: str, action_label: str, title: str = "", due_at=None, notice: str = "") -> None:
    """Open a 待办 for each person and tell them (in the same transaction)."""
    people = [p for p in people if p is not None and p.clearance >= doc.classification]
    if not people:
        return
    link = link_of(doc)
    for person in people:
        todo_open(
            owner=person, kind=kind, title=title or doc.title, link=link, source=doc, action_label=action_label,
            urgency=doc.urgency, quadrant=quadrant_of(doc.urgency), classification=doc.classification, due_at=due_at,
        )
    notify(
        recipients=people, title=notice or f"{action_label}：{doc.title}", link=link,
        urgent=doc.urgency in (Urgency.EXTRA, Urgency.URGENT), classification=doc.classification,
    )


def finish_work(*, doc, kind: str | None = None, owner=None) -> None:
    todo_close(source=doc, kind=kind, owner=owner)


def text_required(value: str, what: str) -> str:
    from zhongshu.core.errors import ServiceError

    value = (value or "").strip()
    if not value:
        raise ServiceError(f"请填写{what}", field=what)
    return value


def q_any(*qs) -> Q:
    out = Q()
    for q in qs:
        out |= q
    return out
