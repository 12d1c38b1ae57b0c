"""dedup_key: a reminder scheduled twice is queued, and sent, once."""

import pytest

from zhongshu.notifications.models import Notification, Outbox
from zhongshu.notifications.services import notify, notify_webhook
from zhongshu.notifications.worker import run_once

pytestmark = pytest.mark.django_db


def test_second_enqueue_returns_existing_row(owner, colleague):
    first = notify(recipients=[owner, colleague], title="会议提醒", dedup_key="meeting:7:remind")
    second = notify(recipients=[owner, colleague], title="会议提醒（重复）", dedup_key="meeting:7:remind")
    assert [r.pk for r in first] == [r.pk for r in second]
    assert Outbox.objects.count() == 2
    assert set(Outbox.objects.values_list("title", flat=True)) == {"会议提醒"}
    run_once(name="w")
    notify(recipients=[owner], title="会议提醒", dedup_key="meeting:7:remind")
    run_once(name="w")
    assert Notification.objects.filter(recipient=owner).count() == 1


def test_new_recipient_under_same_key_is_added(owner, colleague):
    notify(recipients=[owner], title="t", dedup_key="k")
    rows = notify(recipients=[owner, colleague], title="t", dedup_key="k")
    assert len(rows) == 2 and Outbox.objects.count() == 2


def test_webhook_dedup(wecom):
    a = notify_webhook(target=wecom, title="值班提醒", dedup_key="duty:2025-01-01")
    b = notify_webhook(target=wecom, title="值班提醒", dedup_key="duty:2025-01-01")
    assert a.pk == b.pk and Outbox.objects.count() == 1


def test_long_key_is_hashed(owner):
    key = "x" * 400
    a = notify(recipients=[owner], title="t", dedup_key=key)
    b = notify(recipients=[owner], title="t", dedup_key=key)
    assert a[0].pk == b[0].pk and a[0].dedup_key.startswith("sha256:")
