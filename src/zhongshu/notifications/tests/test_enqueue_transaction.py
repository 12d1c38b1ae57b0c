"""notify() writes in the caller's transaction: commit together, roll back together."""

import pytest
from django.db import transaction
from django.utils import timezone

from zhongshu.notifications.models import Channel, Outbox, OutboxStatus
from zhongshu.notifications.services import notify
from zhongshu.todo.models import Todo

pytestmark = pytest.mark.django_db


class Boom(Exception):
    pass


def test_rollback_loses_change_and_messages(owner, colleague):
    with pytest.raises(Boom), transaction.atomic():
        Todo.objects.create(owner=colleague, kind="test", title="核稿", started_at=timezone.now())
        rows = notify(recipients=[colleague], title="请核稿", channels=(Channel.INAPP,))
        assert len(rows) == 1
        raise Boom
    assert not Todo.objects.exists()
    assert not Outbox.objects.exists()


def test_commit_keeps_both(owner, colleague):
    colleague.email = "li@example.gov.cn"
    colleague.save()
    with transaction.atomic():
        Todo.objects.create(owner=colleague, kind="test", title="核稿", started_at=timezone.now())
        notify(recipients=[colleague, owner.pk], title="请核稿", channels=(Channel.INAPP, Channel.EMAIL))
    assert Todo.objects.count() == 1
    rows = Outbox.objects.order_by("recipient_id", "channel")
    # owner has no e-mail address: in-app only.
    assert [(r.recipient_id, r.channel) for r in rows] == sorted(
        [(owner.pk, "inapp"), (colleague.pk, "email"), (colleague.pk, "inapp")]
    )
    assert all(r.status == OutboxStatus.PENDING for r in rows)


def test_unknown_channel_refused(owner):
    with pytest.raises(ValueError, match="不支持的通知渠道"):
        notify(recipients=[owner], title="x", channels=("sms",))
