"""A worker killed mid-batch loses nothing: after the lease, another sends."""

from datetime import timedelta

import pytest
import time_machine
from django.db.models import Count
from django.utils import timezone

from zhongshu.notifications.models import Notification, Outbox, OutboxStatus
from zhongshu.notifications.services import notify, notify_webhook
from zhongshu.notifications.worker import claim, run_once

pytestmark = pytest.mark.django_db


def test_abandoned_claims_are_reclaimed_after_lease(owner, colleague, wecom, robot_server, settings):
    for i in range(10):
        notify(recipients=[owner, colleague], title=f"通知{i}")
        notify_webhook(target=wecom, title=f"群通知{i}")
    claimed = claim(name="killed", limit=100)  # ... and the process dies here
    assert len(claimed) == 30
    assert Outbox.objects.filter(status=OutboxStatus.SENDING, claimed_by="killed").count() == 30

    assert run_once(name="survivor").claimed == 0  # the lease still holds
    lease = timedelta(seconds=settings.WORKER_LEASE_SECONDS)
    with time_machine.travel(timezone.now() + lease + timedelta(seconds=1)):
        stats = run_once(name="survivor", batch=100)
    assert stats.sent == 30
    assert Outbox.objects.filter(status=OutboxStatus.SENT, claimed_by="survivor", attempts=2).count() == 30
    per_outbox = Notification.objects.values("outbox").annotate(n=Count("id"))
    assert len(per_outbox) == 20 and {r["n"] for r in per_outbox} == {1}
    titles = sorted(b["markdown"]["content"] for b in robot_server.bodies())
    assert titles == sorted(f"**群通知{i}**" for i in range(10))


def test_worker_near_lease_end_hands_rows_back(wecom, robot_server, settings):
    """Slow outside sends: rows not yet started go back before the lease ends."""
    settings.WORKER_LEASE_SECONDS = 0  # the deadline has passed before the first send
    for i in range(3):
        notify_webhook(target=wecom, title=f"t{i}")
    stats = run_once(name="w")
    assert stats.claimed == 3 and stats.released == 3 and stats.sent == 0
    assert set(Outbox.objects.values_list("status", "attempts")) == {(OutboxStatus.PENDING, 0)}
    assert robot_server.hits == []
