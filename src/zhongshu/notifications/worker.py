"""The outbox worker: claim due rows, send them, record the result.

Claiming (Healthchecks sendalerts style, no broker):
- PostgreSQL: one ``UPDATE … WHERE id IN (SELECT … FOR UPDATE SKIP LOCKED)
  RETURNING id``; concurrent workers skip each other's rows.
- SQLite: a conditional ``UPDATE … WHERE id = ? AND <still due>`` per
  candidate; rowcount 1 means this worker won the row.

A claim sets status=sending, claimed_by, claimed_at and attempts+1. The pair
(claimed_by, attempts) is the claim token: every later write on the row is a
conditional update on status=sending and that token, so a worker whose lease
ran out (the row was reclaimed by another) can no longer record anything.
A row left in "sending" by a killed worker is due again once claimed_at is
older than WORKER_LEASE_SECONDS.

In-app delivery creates the Notification and marks the row sent in one
transaction, guarded by the token and by Notification.outbox being
one-to-one: exactly once. E-mail and robots are at-least-once: if the process
dies after the far side accepted a message but before the row is marked sent,
the row is sent again after the lease.
"""

from __future__ import annotations

import logging
import os
import socket
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.db import connection, transaction
from django.db.models import F, Q
from django.utils import timezone

from zhongshu.core.choices import Classification

from . import channels, config
from .models import Channel, Notification, Outbox, OutboxStatus
from .schedule import run_scanners

log = logging.getLogger("zhongshu.worker")


@dataclass
class Stats:
    claimed: int = 0
    sent: int = 0
    retried: int = 0
    failed: int = 0
    cancelled: int = 0
    released: int = 0
    lost: int = 0  # rows another worker took over after our lease ran out
    enqueued: int = 0  # by scanners

    def summary(self) -> str:
        return (
            f"领取 {self.claimed} 条，发送成功 {self.sent}，待重试 {self.retried}，失败 {self.failed}，"
            f"取消 {self.cancelled}，退回 {self.released}，定时扫描新增 {self.enqueued}"
        )


def default_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def batch_size() -> int:
    return getattr(settings, "WORKER_BATCH", 50)


def run_once(now: datetime | None = None, name: str | None = None, batch: int | None = None) -> Stats:
    """One cycle: run the due scanners, claim up to ``batch`` due rows, send them."""
    name = name or default_name()
    stats = Stats()
    stats.enqueued, _ = run_scanners(now or timezone.now())
    rows = claim(name=name, now=now, limit=batch or batch_size())
    stats.claimed = len(rows)
    if rows:
        deliver(rows, name=name, stats=stats)
    return stats


# --- claiming -------------------------------------------------------------------

def _due_q(now: datetime) -> Q:
    return Q(status=OutboxStatus.PENDING, due_at__lte=now) | Q(status=OutboxStatus.SENDING, claimed_at__lt=now - config.lease())


def _candidates(now: datetime, limit: int) -> list[int]:
    """Due ids, oldest first. Two index probes rather than one OR, which
    SQLite would answer by walking the whole due_at index."""
    expired = Outbox.objects.filter(status=OutboxStatus.SENDING, claimed_at__lt=now - config.lease())
    pending = Outbox.objects.filter(status=OutboxStatus.PENDING, due_at__lte=now)
    rows = list(expired.order_by("due_at").values_list("due_at", "pk")[:limit])
    rows += pending.order_by("due_at").values_list("due_at", "pk")[:limit]
    return [pk for _, pk in sorted(rows)[:limit]]


def claim(*, name: str, now: datetime | None = None, limit: int = 50) -> list[Outbox]:
    """Claim up to ``limit`` due rows for worker ``name``; return them loaded."""
    now = now or timezone.now()
    if connection.vendor == "postgresql":
        ids = _claim_skip_locked(name, now, limit)
    else:
        ids = claim_ids(_candidates(now, limit), name=name, now=now)
    if not ids:
        return []
    return list(Outbox.objects.filter(pk__in=ids).select_related("recipient", "webhook").order_by("due_at", "pk"))


_CLAIM_SQL = """
    UPDATE {table} SET status = %s, claimed_by = %s, claimed_at = %s, attempts = attempts + 1
    WHERE id IN (
        SELECT id FROM {table} WHERE status = %s AND {column} {op} %s
        ORDER BY {column} LIMIT %s
        FOR UPDATE SKIP LOCKED
    )
    RETURNING id
"""


def _claim_skip_locked(name: str, now: datetime, limit: int) -> list[int]:
    """Expired claims first, then pending rows; concurrent workers skip each
    other's locked rows instead of waiting for them."""
    table = connection.ops.quote_name(Outbox._meta.db_table)
    ids: list[int] = []
    with transaction.atomic(), connection.cursor() as cursor:
        for status, column, op, bound in (
            (OutboxStatus.SENDING, "claimed_at", "<", now - config.lease()),
            (OutboxStatus.PENDING, "due_at", "<=", now),
        ):
            if len(ids) >= limit:
                break
            sql = _CLAIM_SQL.format(table=table, column=column, op=op)
            cursor.execute(sql, [OutboxStatus.SENDING, name, now, status, bound, limit - len(ids)])
            ids += [row[0] for row in cursor.fetchall()]
    return ids


def claim_ids(candidates: list[int], *, name: str, now: datetime, extra: Q | None = None) -> list[int]:
    """Conditional claim, one row at a time: the row is ours only if it is still due."""
    won = []
    due = _due_q(now) & (extra or Q())
    with transaction.atomic():
        for pk in candidates:
            if Outbox.objects.filter(due, pk=pk).update(
                status=OutboxStatus.SENDING, claimed_by=name, claimed_at=now, attempts=F("attempts") + 1
            ):
                won.append(pk)
    return won


# --- sending ----------------------------------------------------------------------

def _mine(row: Outbox, name: str):
    """The row, only while this worker's claim on it still stands."""
    return Outbox.objects.filter(pk=row.pk, status=OutboxStatus.SENDING, claimed_by=name, attempts=row.attempts)


def deliver(rows: list[Outbox], *, name: str, stats: Stats) -> None:
    started = timezone.now()
    # Stop taking new rows well before the lease ends, so nobody reclaims a
    # row while we are still about to send it.
    deadline = started + config.lease() / 2
    singles, digests = [], defaultdict(list)
    for row in rows:
        (digests[row.recipient_id] if row.digest else singles).append(row)
    inapp = [r for r in singles if r.channel == Channel.INAPP]
    if inapp:
        _deliver_inapp(inapp, name, stats)
    units: list[list[Outbox]] = [[r] for r in singles if r.channel != Channel.INAPP] + list(digests.values())
    for i, unit in enumerate(units):
        if timezone.now() > deadline:
            for rest in units[i:]:
                for row in rest:
                    stats.released += _mine(row, name).update(
                        status=OutboxStatus.PENDING, claimed_by="", claimed_at=None, attempts=F("attempts") - 1
                    )
            log.warning("%s：租约将到期，%d 条退回队列", name, stats.released)
            break
        try:
            if unit[0].digest:
                _deliver_digest(unit, name, stats)
            else:
                _deliver_one(unit[0], name, stats)
        except Exception as exc:  # one bad row never stops the loop
            log.exception("发送队列第 %s 条出错", unit[0].pk)
            for row in unit:
                _failed(row, name, stats, f"内部错误：{type(exc).__name__}：{exc}")


def _deliver_inapp(rows: list[Outbox], name: str, stats: Stats) -> None:
    """In-app rows of a batch share one commit (one fsync); a savepoint per
    row keeps one bad row from undoing the others."""
    with transaction.atomic():
        for row in rows:
            try:
                with transaction.atomic():
                    _deliver_one(row, name, stats)
            except Exception as exc:
                log.exception("发送队列第 %s 条出错", row.pk)
                _failed(row, name, stats, f"内部错误：{type(exc).__name__}：{exc}")


def refusal(row: Outbox) -> str | None:
    """Why this row must not be sent now (checked at send time: clearance or
    the robot's limit may have changed since it was queued)."""
    level = Classification(row.classification).label
    if row.recipient_id:
        person = row.recipient
        if not person.is_active:
            return "收件人账号已停用，已取消发送"
        if person.clearance < row.classification:
            return f"收件人涉密等级（{Classification(person.clearance).label}）低于通知密级（{level}），已取消发送"
        if row.channel == Channel.EMAIL and not person.email:
            return "收件人没有电子邮箱地址，已取消发送"
    else:
        target = row.webhook
        if not target.is_active:
            return f"群机器人“{target.name}”已停用，已取消发送"
        if row.classification > target.max_classification:
            return f"通知密级（{level}）高于群机器人“{target.name}”可接收的密级，已取消发送"
    return None


def _deliver_one(row: Outbox, name: str, stats: Stats) -> None:
    reason = refusal(row)
    if reason:
        _cancel(row, name, stats, reason)
        return
    if row.channel == Channel.INAPP:
        with transaction.atomic():
            if not _mine(row, name).update(status=OutboxStatus.SENT, sent_at=timezone.now(), last_error=""):
                stats.lost += 1
                return
            Notification.objects.create(
                recipient_id=row.recipient_id,
                title=row.title,
                body=row.body,
                link=row.link,
                urgent=row.urgent,
                classification=row.classification,
                outbox=row,
            )
        stats.sent += 1
        return
    try:
        if row.channel == Channel.EMAIL:
            channels.send_email(row)
        else:
            channels.send_webhook(row)
    except channels.SendError as exc:
        _failed(row, name, stats, str(exc))
        return
    _sent(row, name, stats)


def _deliver_digest(rows: list[Outbox], name: str, stats: Stats) -> None:
    now = timezone.now()
    # Take the person's other due digest items too, so they get one mail.
    more = Outbox.objects.filter(
        recipient_id=rows[0].recipient_id, digest=True, status=OutboxStatus.PENDING, due_at__lte=now
    ).exclude(pk__in=[r.pk for r in rows]).values_list("pk", flat=True)[:200]
    won = claim_ids(list(more), name=name, now=now, extra=Q(digest=True))
    if won:
        stats.claimed += len(won)
        rows = rows + list(Outbox.objects.filter(pk__in=won).select_related("recipient"))
    sendable = []
    for row in rows:
        reason = refusal(row)
        if reason:
            _cancel(row, name, stats, reason)
        else:
            sendable.append(row)
    if not sendable:
        return
    try:
        channels.send_email_digest(sorted(sendable, key=lambda r: (r.created_at, r.pk)))
    except channels.SendError as exc:
        for row in sendable:
            _failed(row, name, stats, str(exc))
        return
    for row in sendable:
        _sent(row, name, stats)


def _sent(row: Outbox, name: str, stats: Stats) -> None:
    if _mine(row, name).update(status=OutboxStatus.SENT, sent_at=timezone.now(), last_error=""):
        stats.sent += 1
    else:
        stats.lost += 1
        log.warning("发送队列第 %s 条已由其他进程接手（租约到期），本次结果未记录", row.pk)


def _cancel(row: Outbox, name: str, stats: Stats, reason: str) -> None:
    if _mine(row, name).update(status=OutboxStatus.CANCELLED, last_error=reason, claimed_by="", claimed_at=None):
        stats.cancelled += 1
        log.info("发送队列第 %s 条：%s", row.pk, reason)


def _failed(row: Outbox, name: str, stats: Stats, reason: str) -> None:
    now = timezone.now()
    if row.attempts >= row.max_attempts:
        message = f"已尝试 {row.attempts} 次均失败，不再重试。最后一次原因：{reason}"
        if _mine(row, name).update(status=OutboxStatus.FAILED, last_error=message, claimed_by="", claimed_at=None):
            stats.failed += 1
            log.warning("发送队列第 %s 条：%s", row.pk, message)
        return
    retry_at = now + config.backoff(row.attempts)
    if not row.urgent and row.channel != Channel.INAPP:
        retry_at = config.outside_quiet_hours(retry_at)
    message = f"第 {row.attempts} 次发送失败：{reason}；将于 {timezone.localtime(retry_at):%Y-%m-%d %H:%M} 重试"
    if _mine(row, name).update(
        status=OutboxStatus.PENDING, due_at=retry_at, last_error=message, claimed_by="", claimed_at=None
    ):
        stats.retried += 1
        log.info("发送队列第 %s 条：%s", row.pk, message)
