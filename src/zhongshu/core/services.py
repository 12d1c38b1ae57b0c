"""Writes to need-to-know grants (知悉范围). Modules call grant_add when they
distribute an item; the security administrator reviews and revokes."""

from __future__ import annotations

from datetime import datetime

from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction

from zhongshu.accounts.choices import AdminRole
from zhongshu.audit.services import audit_record

from .errors import PermissionDenied
from .models import Grant


@transaction.atomic
def grant_add(*, actor, obj: models.Model, user=None, unit=None, action: str = Grant.Action.VIEW, reason: str = "", expires_at: datetime | None = None) -> Grant:
    """Open ``obj`` to one person or one unit; idempotent for the same target and action."""
    if (user is None) == (unit is None):
        raise ValueError("grant_add needs exactly one of user or unit")
    ct = ContentType.objects.get_for_model(obj)
    grant, created = Grant.objects.get_or_create(
        content_type=ct, object_id=obj.pk, user=user, unit=unit, action=action,
        defaults={"reason": reason, "granted_by": actor if getattr(actor, "pk", None) else None, "expires_at": expires_at},
    )
    if created:
        target = user.name if user is not None else unit.name
        audit_record(actor=actor, action="core.grant_add", summary=f"知悉范围：{target} 可{Grant.Action(action).label}{obj._meta.verbose_name} #{obj.pk}", obj=obj, data={"user": getattr(user, "pk", None), "unit": getattr(unit, "pk", None), "action": action})
    return grant


@transaction.atomic
def grant_revoke(*, actor, grant: Grant, reason: str) -> None:
    if actor is None or actor.admin_role != AdminRole.SECURITY:
        raise PermissionDenied("只有安全保密管理员可以撤销知悉范围")
    grant = Grant.objects.select_for_update().get(pk=grant.pk)
    target = grant.user.name if grant.user_id else grant.unit.name
    audit_record(actor=actor, action="core.grant_revoke", summary=f"撤销知悉范围：{target} 对 {grant.content_type.name} #{grant.object_id}", data={"grant": grant.pk, "reason": reason})
    grant.delete()
