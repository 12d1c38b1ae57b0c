"""In-app delivery happens exactly once, even when a slow worker's lease runs out."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from zhongshu.notifications.models import Notification, Outbox, OutboxStatus
from zhongshu.notifications.services import notify
from zhongshu.notifications.worker import Stats, _deliver_one, claim, run_once

pytestmark = pytest.mark.django_db


def test_delivered_once_and_recorded(owner):
    notify(recipients=[owner], title="请审核", body="正文", link="/todo/1", urgent=True, classification=1)
    stats = run_once(name="w")
    assert (stats.claimed, stats.sent) == (1, 1)
    row = Outbox.objects.get()
    assert row.status == OutboxStatus.SENT and row.sent_at and row.attempts == 1 and row.last_error == ""
    n = Notification.objects.get()
    assert (n.recipient, n.title, n.body, n.link, n.urgent, n.classification, n.outbox) == (
        owner, "请审核", "正文", "/todo/1", True, 1, row)
    assert run_once(name="w").claimed == 0
    assert Notification.objects.count() == 1


def test_future_row_waits(owner):
    notify(recipients=[owner], title="t", due_at=timezone.now() + timedelta(hours=1))
    assert run_once(name="w").claimed == 0
    with time_machine.travel(timezone.now() + timedelta(hours=1, seconds=1)):
        assert run_once(name="w").sent == 1


def test_slow_worker_with_expired_lease_cannot_deliver(owner, settings):
    notify(recipients=[owner], title="t")
    [slow_row] = claim(name="slow")
    with time_machine.travel(timezone.now() + timedelta(seconds=settings.WORKER_LEASE_SECONDS + 1)):
        assert run_once(name="fast").sent == 1
        stats = Stats()
        _deliver_one(slow_row, "slow", stats)  # the slow worker wakes up
    assert stats.sent == 0 and stats.lost == 1
    assert Notification.objects.count() == 1
    row = Outbox.objects.get()
    assert row.claimed_by == "fast" and row.attempts == 2
