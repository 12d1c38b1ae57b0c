"""Classified content never reaches someone without the clearance, nor a chat group."""

import pytest

from zhongshu.core.choices import Classification
from zhongshu.notifications.models import Notification, Outbox, OutboxStatus
from zhongshu.notifications.services import notify, notify_webhook
from zhongshu.notifications.worker import run_once

pytestmark = pytest.mark.django_db


def test_enqueue_skips_uncleared(owner, uncleared):
    rows = notify(recipients=[owner, uncleared], title="机密文件待阅", classification=Classification.SECRET)
    assert [r.recipient_id for r in rows] == [owner.pk]
    assert not Outbox.objects.filter(recipient=uncleared).exists()


def test_clearance_dropped_before_send_cancels(owner, colleague):
    notify(recipients=[owner, colleague], title="机密文件待阅", classification=Classification.CONFIDENTIAL)
    colleague.clearance = Classification.SECRET
    colleague.save()
    stats = run_once(name="w")
    assert stats.sent == 1 and stats.cancelled == 1
    assert Notification.objects.filter(recipient=owner).count() == 1
    assert not Notification.objects.filter(recipient=colleague).exists()
    row = Outbox.objects.get(recipient=colleague)
    assert row.status == OutboxStatus.CANCELLED
    assert "涉密等级（秘密）低于通知密级（机密）" in row.last_error


def test_inactive_recipient_cancelled(owner):
    notify(recipients=[owner], title="t")
    owner.is_active = False
    owner.save()
    run_once(name="w")
    assert Outbox.objects.get().status == OutboxStatus.CANCELLED
    assert not Notification.objects.exists()


def test_classified_never_queued_for_chat_group(wecom, robot_server):
    assert notify_webhook(target=wecom, title="绝密", classification=Classification.SECRET) is None
    assert not Outbox.objects.exists()
    run_once(name="w")
    assert robot_server.hits == []


def test_group_cleared_then_lowered_before_send(wecom, robot_server):
    wecom.max_classification = Classification.SECRET
    wecom.save()
    row = notify_webhook(target=wecom, title="秘密事项", classification=Classification.SECRET)
    assert row is not None
    wecom.max_classification = Classification.NONE
    wecom.save()
    run_once(name="w")
    row.refresh_from_db()
    assert row.status == OutboxStatus.CANCELLED and "高于群机器人" in row.last_error
    assert robot_server.hits == []


def test_inactive_group_gets_nothing(wecom):
    wecom.is_active = False
    wecom.save()
    assert notify_webhook(target=wecom, title="t") is None
