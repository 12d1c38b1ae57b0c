"""Workers racing on PostgreSQL never send the same row twice."""

import threading

import pytest
from django.db import connection, connections
from django.db.models import Count

from zhongshu.notifications.models import Channel, Notification, Outbox, OutboxStatus
from zhongshu.notifications.services import notify, notify_webhook
from zhongshu.notifications.worker import run_once

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

ROWS_INAPP = 400
ROWS_WEBHOOK = 100


@pytest.fixture(autouse=True)
def _postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("需要 PostgreSQL（设置 ZHONGSHU_DATABASE_URL=postgres://…）：SKIP LOCKED 竞争测试")


def _work(name: str, results: dict, errors: list, start: threading.Barrier):
    try:
        start.wait()
        total = 0
        while True:
            stats = run_once(name=name, batch=20)
            total += stats.sent
            if stats.claimed == 0 and not Outbox.objects.filter(status__in=[OutboxStatus.PENDING, OutboxStatus.SENDING]).exists():
                break
        results[name] = total
    except Exception as exc:  # surfaced in the main thread
        errors.append(exc)
    finally:
        connections.close_all()


@pytest.mark.parametrize("workers", [2, 3])
def test_each_row_delivered_exactly_once(workers, owner, colleague, wecom, robot_server):
    for i in range(ROWS_INAPP // 2):
        notify(recipients=[owner, colleague], title=f"站内{i}", channels=(Channel.INAPP,))
    for i in range(ROWS_WEBHOOK):
        notify_webhook(target=wecom, title=f"群{i}")
    assert Outbox.objects.count() == ROWS_INAPP + ROWS_WEBHOOK

    results, errors = {}, []
    start = threading.Barrier(workers)
    threads = [threading.Thread(target=_work, args=(f"w{n}", results, errors, start)) for n in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors, errors
    assert sum(results.values()) == ROWS_INAPP + ROWS_WEBHOOK
    assert all(results.values()), f"每个进程都应分到任务：{results}"

    assert Outbox.objects.filter(status=OutboxStatus.SENT, attempts=1).count() == ROWS_INAPP + ROWS_WEBHOOK
    per_outbox = Notification.objects.values("outbox").annotate(n=Count("id"))
    assert len(per_outbox) == ROWS_INAPP and {r["n"] for r in per_outbox} == {1}
    contents = [b["markdown"]["content"] for b in robot_server.bodies()]
    assert len(contents) == ROWS_WEBHOOK and len(set(contents)) == ROWS_WEBHOOK
