"""Enqueueing notifications and marking them read.

``notify`` and ``notify_webhook`` only write Outbox rows, in the caller's
transaction: the change and its messages commit together, and a rollback
loses both. ``zhongshu worker`` delivers the rows (see worker.py).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from datetime import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone

from zhongshu.accounts.models import User
from zhongshu.audit.services import audit_record
from zhongshu.core.access import restrict

from . import config
from .models import Channel, Notification, NotificationPreference, Outbox, WebhookTarget

USER_CHANNELS = frozenset({Channel.INAPP, Channel.EMAIL})
_KEY_MAX = Outbox._meta.get_field("dedup_key").max_length


def notify(
    *,
    recipients: Iterable[User | int],
    title: str,
    body: str = "",
    link: str = "",
    urgent: bool = False,
    classification: int = 0,
    channels: Sequence[str] = (Channel.INAPP,),
    due_at: datetime | None = None,
    dedup_key: str | None = None,
) -> list[Outbox]:
    """Queue a message to people. Returns the rows queued (or already queued
    under ``dedup_key``). People whose clearance is below ``classification``
    get nothing; e-mail goes only to people with an address."""
    unknown = set(channels) - USER_CHANNELS
    if unknown:
        raise ValueError(f"不支持的通知渠道：{'、'.join(sorted(unknown))}（群机器人请用 notify_webhook）")
    ids = {r.pk if isinstance(r, User) else int(r) for r in recipients}
    # Fresh from the database: the clearance that counts is the stored one.
    people = User.objects.filter(pk__in=ids, is_active=True, clearance__gte=classification).order_by("pk")
    due = due_at or timezone.now()
    digest_ids = set(
        NotificationPreference.objects.filter(user_id__in=ids, email_digest=True).values_list("user_id", flat=True)
    ) if Channel.EMAIL in channels and not urgent else set()
    rows = _user_rows(people, title=title, body=body, link=link, urgent=urgent, classification=classification, channels=channels,
                      due=due, dedup_key=dedup_key, digest_ids=digest_ids, quiet=config.quiet_hours())
    with transaction.atomic():
        return [_insert_once(row) for row in rows]


def _user_rows(people, *, title, body, link, urgent, classification, channels, due, dedup_key, digest_ids, quiet) -> list[Outbox]:
    rows = []
    for person in people:
        for channel in dict.fromkeys(channels):
            if channel == Channel.EMAIL and not person.email:
                continue
            row_due, digest = due, False
            if channel == Channel.EMAIL and person.pk in digest_ids:
                row_due, digest = config.next_digest_at(due), True
            elif channel == Channel.EMAIL and not urgent:
                row_due = config.outside_quiet_hours(due, quiet)
            rows.append(Outbox(
                channel=channel,
                recipient=person,
                title=title[:200],
                body=body,
                link=link[:300],
                urgent=urgent,
                digest=digest,
                classification=classification,
                due_at=row_due,
                dedup_key=_row_key(dedup_key, channel, f"u{person.pk}"),
            ))
    return rows


def notify_many(messages: Sequence[dict]) -> list[Outbox]:
    """notify() for many messages at once (each dict holds notify's keyword
    arguments), with the same rules, in a handful of queries: for a scanner
    that queues hundreds of reminders in one cycle."""
    messages = [m for m in messages if m.get("recipients")]
    for m in messages:
        unknown = set(m.get("channels", (Channel.INAPP,))) - USER_CHANNELS
        if unknown:
            raise ValueError(f"不支持的通知渠道：{'、'.join(sorted(unknown))}（群机器人请用 notify_webhook）")
    ids = {r.pk if isinstance(r, User) else int(r) for m in messages for r in m["recipients"]}
    if not ids:
        return []
    people = {u.pk: u for u in User.objects.filter(pk__in=ids, is_active=True).order_by("pk")}
    digest_ids = set(NotificationPreference.objects.filter(user_id__in=ids, email_digest=True).values_list("user_id", flat=True)) if any(
        Channel.EMAIL in m.get("channels", ()) and not m.get("urgent") for m in messages) else set()
    quiet, now = config.quiet_hours(), timezone.now()
    rows = []
    for m in messages:
        classification = m.get("classification", 0)
        mine = sorted({r.pk if isinstance(r, User) else int(r) for r in m["recipients"]})
        chosen = [people[i] for i in mine if i in people and people[i].clearance >= classification]
        urgent, channels = m.get("urgent", False), m.get("channels", (Channel.INAPP,))
        rows += _user_rows(chosen, title=m["title"], body=m.get("body", ""), link=m.get("link", ""), urgent=urgent, classification=classification,
                           channels=channels, due=m.get("due_at") or now, dedup_key=m.get("dedup_key"),
                           digest_ids=digest_ids if Channel.EMAIL in channels and not urgent else set(), quiet=quiet)
    with transaction.atomic():
        keys = [r.dedup_key for r in rows if r.dedup_key]
        existing = {o.dedup_key: o for o in Outbox.objects.filter(dedup_key__in=keys)} if keys else {}
        fresh = [r for r in rows if r.dedup_key not in existing]
        try:
            with transaction.atomic():
                Outbox.objects.bulk_create(fresh)
        except IntegrityError:
            # A concurrent twin queued some of them: row by row, each once.
            return [existing.get(r.dedup_key) or _insert_once(r) for r in rows]
    return [existing.get(r.dedup_key) or r for r in rows]


def notify_webhook(
    *,
    target: WebhookTarget,
    title: str,
    body: str = "",
    link: str = "",
    classification: int = 0,
    urgent: bool = False,
    due_at: datetime | None = None,
    dedup_key: str | None = None,
) -> Outbox | None:
    """Queue a message to a group robot. Returns None, and writes nothing, when
    the item is above what the group may receive (by default: anything
    classified) or the robot is switched off."""
    if not target.is_active or classification > target.max_classification:
        return None
    due = due_at or timezone.now()
    row = Outbox(
        channel=target.kind,
        webhook=target,
        title=title[:200],
        body=body,
        link=link[:300],
        urgent=urgent,
        classification=classification,
        due_at=due if urgent else config.outside_quiet_hours(due),
        dedup_key=_row_key(dedup_key, target.kind, f"w{target.pk}"),
    )
    with transaction.atomic():
        return _insert_once(row)


def _row_key(key: str | None, channel: str, who: str) -> str | None:
    if not key:
        return None
    full = f"{key}|{channel}|{who}"
    if len(full) <= _KEY_MAX:
        return full
    return "sha256:" + hashlib.sha256(full.encode()).hexdigest()


def _insert_once(row: Outbox) -> Outbox:
    """Insert, or return the row already queued under the same dedup key."""
    if row.dedup_key is None:
        row.save(force_insert=True)
        return row
    existing = Outbox.objects.filter(dedup_key=row.dedup_key).first()
    if existing is not None:
        return existing
    try:
        # A savepoint, so a concurrent twin's insert does not break the caller's transaction.
        with transaction.atomic():
            row.save(force_insert=True)
        return row
    except IntegrityError:
        existing = Outbox.objects.filter(dedup_key=row.dedup_key).first()
        if existing is None:
            raise
        return existing


def notification_mark_read(*, user: User, ids: Iterable[int]) -> int:
    """Mark some of the user's own notifications read; others' ids are ignored."""
    ids = [int(i) for i in ids]
    with transaction.atomic():
        count = restrict(Notification.objects.all(), user).filter(
            recipient_id=user.pk, pk__in=ids, read_at__isnull=True
        ).update(read_at=timezone.now())
        if count:
            audit_record(actor=user, action="notification.read", summary=f"标记 {count} 条通知为已读", data={"ids": ids[:100]})
    return count


def notification_mark_all_read(*, user: User) -> int:
    with transaction.atomic():
        count = restrict(Notification.objects.all(), user).filter(
            recipient_id=user.pk, read_at__isnull=True
        ).update(read_at=timezone.now())
        if count:
            audit_record(actor=user, action="notification.read_all", summary=f"全部标记已读（{count} 条）")
    return count


def unread_count(*, user: User) -> int:
    return restrict(Notification.objects.all(), user).filter(recipient_id=user.pk, read_at__isnull=True).count()


def set_email_digest(*, user: User, enabled: bool) -> NotificationPreference:
    """Choose daily-digest e-mail (non-urgent mails batched into one a day)."""
    with transaction.atomic():
        pref, _ = NotificationPreference.objects.select_for_update().get_or_create(user=user)
        if pref.email_digest != enabled:
            pref.email_digest = enabled
            pref.save(update_fields=["email_digest", "updated_at"])
            audit_record(
                actor=user, action="notification.digest", obj=pref, summary="开启邮件每日汇总" if enabled else "关闭邮件每日汇总"
            )
    return pref
