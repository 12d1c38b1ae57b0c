"""Writes to the organisation: units, posts, delegations — each with its audit row."""

from __future__ import annotations

from datetime import datetime

from django.db import transaction

from zhongshu.accounts.choices import AdminRole, Role
from zhongshu.audit.services import audit_record
from zhongshu.core.errors import PermissionDenied, ServiceError

from .choices import DelegationKind, UnitKind
from .models import Delegation, Post, Unit


def _require_sysadmin(actor) -> None:
    if actor is not None and actor.admin_role != AdminRole.SYSTEM:
        raise PermissionDenied("只有系统管理员可以维护组织机构")


@transaction.atomic
def unit_create(*, actor, name: str, kind: str = UnitKind.INTERNAL, parent: Unit | None = None, short_name: str = "", code: str = "", order: int = 100) -> Unit:
    _require_sysadmin(actor)
    name = name.strip()
    if not name:
        raise ServiceError("单位名称不能为空", field="name")
    if Unit.objects.filter(name=name).exists():
        raise ServiceError(f"单位“{name}”已存在", field="name")
    unit = Unit.objects.create(name=name, kind=UnitKind(kind), parent=parent, short_name=short_name.strip(), code=code.strip(), order=order)
    audit_record(actor=actor, action="org.unit_create", summary=f"新建单位 {unit.name}", obj=unit)
    return unit


@transaction.atomic
def post_create(*, actor, unit: Unit, title: str, rank: int = 100, holder=None) -> Post:
    _require_sysadmin(actor)
    if not title.strip():
        raise ServiceError("职务名称不能为空", field="title")
    post = Post.objects.create(unit=unit, title=title.strip(), rank=rank, holder=holder)
    audit_record(actor=actor, action="org.post_create", summary=f"新建职务 {post}（排序 {rank}）", obj=post)
    return post


def _may_delegate(actor, principal) -> bool:
    return actor.pk == principal.pk or actor.has_role(Role.DIRECTOR)


@transaction.atomic
def delegation_create(*, actor, kind: str, principal, deputy, starts_at: datetime, ends_at: datetime, reason: str = "") -> Delegation:
    """A principal (or the office director) names an acting person or AB岗 backup for a period."""
    if actor.admin_role or not _may_delegate(actor, principal):
        raise PermissionDenied("只能为自己设置代理，或由办公室主任设置")
    if principal.pk == deputy.pk:
        raise ServiceError("代理人不能是本人", field="deputy")
    if ends_at <= starts_at:
        raise ServiceError("结束时间须晚于开始时间", field="ends_at")
    if deputy.admin_role or not deputy.is_active:
        raise ServiceError("代理人须为在用的业务人员", field="deputy")
    overlap = Delegation.objects.filter(principal=principal, kind=kind, cancelled_at__isnull=True, starts_at__lt=ends_at, ends_at__gt=starts_at)
    if overlap.exists():
        raise ServiceError("该时段已有代理安排，请先撤销原安排")
    d = Delegation.objects.create(kind=DelegationKind(kind), principal=principal, deputy=deputy, starts_at=starts_at, ends_at=ends_at, reason=reason.strip(), created_by=actor)
    audit_record(actor=actor, action="org.delegation_create", summary=f"{d.get_kind_display()}：{deputy} 代 {principal}", obj=d, data={"from": starts_at.isoformat(), "to": ends_at.isoformat()})
    return d


@transaction.atomic
def delegation_cancel(*, actor, delegation: Delegation) -> Delegation:
    from django.utils import timezone

    d = Delegation.objects.select_for_update().get(pk=delegation.pk)
    if actor.admin_role or not _may_delegate(actor, d.principal):
        raise PermissionDenied("只能撤销自己的代理安排，或由办公室主任撤销")
    if d.cancelled_at:
        raise ServiceError("该代理安排已撤销")
    d.cancelled_at = timezone.now()
    d.save(update_fields=["cancelled_at"])
    audit_record(actor=actor, action="org.delegation_cancel", summary=f"撤销{d.get_kind_display()}：{d.deputy} 代 {d.principal}", obj=d)
    return d
