"""Two workers scanning at once on PostgreSQL: each reminder and each
escalation is recorded and notified exactly once."""

import threading

import pytest
import time_machine
from django.db import connection, connections
from django.db.models import Count

from zhongshu.notifications.models import Notification, Outbox
from zhongshu.notifications.worker import run_once
from zhongshu.supervision.models import Chase, Item

from .conftest import at

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("需要 PostgreSQL（设置 ZHONGSHU_DATABASE_URL=postgres://…）：两个 worker 竞争催办")


def _race(when, workers=2):
    errors, start = [], threading.Barrier(workers)

    def work(name):
        try:
            start.wait()
            for _ in range(20):
                stats = run_once(now=when, name=name, batch=25)
                if stats.claimed == 0 and stats.enqueued == 0:
                    break
        except Exception as exc:
            errors.append(exc)
        finally:
            connections.close_all()

    with time_machine.travel(when, tick=False):
        threads = [threading.Thread(target=work, args=(f"w{n}",)) for n in range(workers)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=120)
    assert not errors, errors


def test_two_workers_each_occasion_once(make_task):
    # 3 tasks x 3 items, assigned Fri 2024-09-27 for 5 working days: due 10-10 17:30.
    for _ in range(3):
        make_task(days=5, when=at(2024, 9, 27, 10), n=3)
    items = list(Item.objects.all())
    assert len(items) == 9
    for when in (at(2024, 9, 30, 9), at(2024, 10, 10, 18), at(2024, 10, 12, 18), at(2024, 10, 16, 18)):
        _race(when)
    assert Chase.objects.count() == 9 * 4
    assert not Chase.objects.values("item", "key").annotate(n=Count("id")).filter(n__gt=1).exists()
    assert set(Item.objects.values_list("level", flat=True)) == {3}
    dupes = Outbox.objects.exclude(dedup_key=None).values("dedup_key").annotate(n=Count("id")).filter(n__gt=1)
    assert not dupes.exists()
    per_person = Notification.objects.filter(title__startswith="【红牌通报】").values("recipient", "link").annotate(n=Count("id"))
    assert per_person and {r["n"] for r in per_person} == {1}
