"""Appending to and verifying the audit chain."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timezone as dt_timezone

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone

from zhongshu.core.context import current_origin

from .hashing import canonical, digest
from .models import AuditEntry, AuditHead

GENESIS = "0" * 64


def audit_record(*, actor, action: str, summary: str, obj: models.Model | None = None, data: dict | None = None) -> AuditEntry:
    """Append one entry. Call inside the transaction of the change it records."""
    if not transaction.get_connection().in_atomic_block:
        with transaction.atomic():
            return audit_record(actor=actor, action=action, summary=summary, obj=obj, data=data)
    head, _ = AuditHead.objects.get_or_create(pk=1)
    head = AuditHead.objects.select_for_update().get(pk=1)
    # Microsecond precision in UTC, so the value round-trips through every database.
    at = timezone.now().astimezone(dt_timezone.utc)
    entry = AuditEntry(
        seq=head.seq + 1,
        at=at,
        actor=actor if getattr(actor, "pk", None) else None,
        actor_name=str(actor) if actor is not None else "系统",
        origin=current_origin()[:80],
        action=action,
        object_type=obj._meta.label_lower if obj is not None else "",
        object_id=str(obj.pk) if obj is not None else "",
        summary=summary[:300],
        data=data or {},
        algo=settings.AUDIT_HASH,
        prev_hash=head.hash,
    )
    entry.hash = digest(entry.algo, canonical(entry.hashed_fields()))
    entry.save(force_insert=True)
    head.seq, head.hash = entry.seq, entry.hash
    head.save(update_fields=["seq", "hash"])
    return entry


def audit_record_many(*, entries: list[dict]) -> list[AuditEntry]:
    """Append several entries (each the keyword arguments of audit_record) under
    one lock of the chain head: one INSERT for all, the same chain as one by one."""
    if not entries:
        return []
    if not transaction.get_connection().in_atomic_block:
        with transaction.atomic():
            return audit_record_many(entries=entries)
    AuditHead.objects.get_or_create(pk=1)
    head = AuditHead.objects.select_for_update().get(pk=1)
    at = timezone.now().astimezone(dt_timezone.utc)
    origin = current_origin()[:80]
    rows, seq, prev = [], head.seq, head.hash
    for e in entries:
        actor, obj = e.get("actor"), e.get("obj")
        seq += 1
        entry = AuditEntry(
            seq=seq,
            at=at,
            actor=actor if getattr(actor, "pk", None) else None,
            actor_name=str(actor) if actor is not None else "系统",
            origin=origin,
            action=e["action"],
            object_type=obj._meta.label_lower if obj is not None else "",
            object_id=str(obj.pk) if obj is not None else "",
            summary=e["summary"][:300],
            data=e.get("data") or {},
            algo=settings.AUDIT_HASH,
            prev_hash=prev,
        )
        entry.hash = prev = digest(entry.algo, canonical(entry.hashed_fields()))
        rows.append(entry)
    AuditEntry.objects.bulk_create(rows)
    head.seq, head.hash = seq, prev
    head.save(update_fields=["seq", "hash"])
    return rows


@dataclass
class VerifyResult:
    ok: bool
    checked: int
    broken_seq: int | None = None
    reason: str = ""


def audit_verify(batch: int = 2000) -> VerifyResult:
    """Walk the chain in order; report the first row whose hash or link is wrong."""
    prev = GENESIS
    expected_seq = 1
    checked = 0
    last_seq = 0
    while True:
        rows = list(AuditEntry.objects.filter(seq__gt=last_seq).order_by("seq")[:batch])
        if not rows:
            break
        for row in rows:
            if row.seq != expected_seq:
                return VerifyResult(False, checked, expected_seq, f"缺少第 {expected_seq} 条记录（下一条为第 {row.seq} 条）")
            if row.prev_hash != prev:
                return VerifyResult(False, checked, row.seq, "与上一条记录的链接不符（记录被删除、插入或改动）")
            if digest(row.algo, canonical(row.hashed_fields())) != row.hash:
                return VerifyResult(False, checked, row.seq, "记录内容与其哈希不符（记录被改动）")
            prev = row.hash
            expected_seq += 1
            checked += 1
            last_seq = row.seq
    head = AuditHead.objects.filter(pk=1).first()
    if head is not None and (head.seq != last_seq or head.hash != prev):
        return VerifyResult(False, checked, last_seq + 1 if head.seq > last_seq else head.seq, "链尾与最后一条记录不符（末尾记录被删除）")
    return VerifyResult(True, checked)


