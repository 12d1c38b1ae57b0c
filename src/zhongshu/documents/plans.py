"""发文计划 services: the office's annual plan of outgoing documents (SPEC §3.2).

A plan item is planned → drafted (linked to a 发文) → issued (that 发文 is
dispatched); or cancelled, with a reason. The 发文 services move linked items
along (outgoing_dispatch → plans_issue, outgoing_cancel → plans_release):
explicit calls, not signals. Every write leaves an audit entry.
"""

from __future__ import annotations

from django.db import transaction

from zhongshu.accounts.choices import Role
from zhongshu.audit.services import audit_record
from zhongshu.core.access import CHANGE, restrict
from zhongshu.core.errors import PermissionDenied, ServiceError, WrongState

from .choices import DocType, OutState
from .choices import PlanStatus as P
from .common import text_required
from .models import Outgoing, PlanItem

PLANNERS = (Role.CLERK, Role.SECRETARY, Role.DIRECTOR)
EDITABLE = ("title", "doctype", "unit", "month", "reason")


def may_plan(user) -> bool:
    return bool(user and user.is_authenticated and not user.admin_role and user.has_role(*PLANNERS))


def _check_planner(actor) -> None:
    if not may_plan(actor):
        raise PermissionDenied("只有文书、秘书或办公室主任可以编制发文计划")


def _lock(actor, plan: PlanItem) -> PlanItem:
    row = restrict(PlanItem.objects.select_for_update(), actor, CHANGE).filter(pk=plan.pk).first()
    if row is None:
        raise PermissionDenied("您不能修改这项发文计划")
    return row


def _clean(*, title, doctype, unit, month, year) -> dict:
    if unit is None:
        raise ServiceError("请选择起草单位", field="unit")
    try:
        month = int(month)
    except (TypeError, ValueError):
        month = 0
    if not 1 <= month <= 12:
        raise ServiceError("计划月份须为 1 至 12", field="month")
    if doctype not in DocType.values:
        raise ServiceError("请选择文种", field="doctype")
    return {"title": text_required(title, "标题")[:200], "doctype": doctype, "unit": unit, "month": month, "year": int(year)}


def _audit(actor, plan: PlanItem, action: str, summary: str, **data) -> None:
    audit_record(actor=actor, action=f"documents.plan.{action}", summary=f"发文计划《{plan.title}》（{plan.year}年{plan.month}月）：{summary}", obj=plan, data=data)


def plan_create(*, actor, year: int, month: int, title: str, doctype: str, unit, reason: str = "") -> PlanItem:
    _check_planner(actor)
    fields = _clean(title=title, doctype=doctype, unit=unit, month=month, year=year)
    with transaction.atomic():
        plan = PlanItem.objects.create(**fields, reason=(reason or "").strip(), created_by=actor)
        _audit(actor, plan, "create", "列入计划", unit=unit.pk, doctype=doctype)
    return plan


def plan_update(*, actor, plan: PlanItem, **fields) -> PlanItem:
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise TypeError(f"unknown fields: {unknown}")
    _check_planner(actor)
    with transaction.atomic():
        row = _lock(actor, plan)
        if row.status == P.CANCELLED:
            raise WrongState("已取消的计划不能修改")
        before = {k: str(getattr(row, k)) for k in fields}
        merged = {k: getattr(row, k) for k in ("title", "doctype", "unit", "month", "year")} | fields
        for k, v in _clean(**merged).items():
            setattr(row, k, v)
        row.reason = (fields.get("reason", row.reason) or "").strip()
        row.save()
        _audit(actor, row, "update", "修改计划", before=before)
    return row


def plan_link(*, actor, plan: PlanItem, outgoing: Outgoing) -> PlanItem:
    """起草: this 发文 carries out the plan item (drafted, or issued if already dispatched)."""
    _check_planner(actor)
    with transaction.atomic():
        row = _lock(actor, plan)
        if row.status != P.PLANNED:
            raise WrongState(f"该计划当前为“{row.get_status_display()}”，不能再关联发文")
        doc = restrict(Outgoing.objects.all(), actor).filter(pk=getattr(outgoing, "pk", None)).first()
        if doc is None:
            raise ServiceError("没有这件发文或无权查看", field="outgoing")
        if doc.state == OutState.CANCELLED:
            raise ServiceError("已撤销的发文不能关联计划", field="outgoing")
        if PlanItem.objects.filter(outgoing=doc).exists():
            raise ServiceError("这件发文已关联了另一项计划", field="outgoing")
        row.outgoing = doc
        row.status = P.ISSUED if doc.state in (OutState.DISPATCHED, OutState.ARCHIVE_READY) else P.DRAFTED
        row.save()
        _audit(actor, row, "link", f"关联发文（{row.get_status_display()}）", outgoing=doc.pk)
    return row


def plan_cancel(*, actor, plan: PlanItem, reason: str) -> PlanItem:
    _check_planner(actor)
    with transaction.atomic():
        row = _lock(actor, plan)
        if row.status in (P.CANCELLED, P.ISSUED):
            raise WrongState(f"该计划当前为“{row.get_status_display()}”，不能取消")
        row.cancel_reason = text_required(reason, "取消理由")
        row.status = P.CANCELLED
        row.save()
        _audit(actor, row, "cancel", "取消", reason=row.cancel_reason)
    return row


def plans_issue(*, actor, outgoing: Outgoing) -> None:
    """Called by outgoing_dispatch in its transaction: linked items become issued."""
    for row in PlanItem.objects.select_for_update().filter(outgoing=outgoing, status=P.DRAFTED):
        row.status = P.ISSUED
        row.save(update_fields=["status", "updated_at"])
        _audit(actor, row, "issue", f"已发文（{outgoing.doc_number}）", outgoing=outgoing.pk)


def plans_release(*, actor, outgoing: Outgoing) -> None:
    """Called by outgoing_cancel: the plan item is open again, the link dropped."""
    for row in PlanItem.objects.select_for_update().filter(outgoing=outgoing).exclude(status=P.CANCELLED):
        row.status, row.outgoing = P.PLANNED, None
        row.save(update_fields=["status", "outgoing", "updated_at"])
        _audit(actor, row, "release", "对应发文已撤销，恢复为计划中", outgoing=outgoing.pk)
