"""Due scanners registered by other apps run each cycle; idempotent via dedup_key."""

import pytest

from zhongshu.notifications.models import Notification, Outbox
from zhongshu.notifications.schedule import register_scanner, registered, unregister_scanner
from zhongshu.notifications.services import notify
from zhongshu.notifications.worker import run_once

pytestmark = pytest.mark.django_db


@pytest.fixture
def scanner_names():
    names = []
    yield names
    for name in names:
        unregister_scanner(name)


def test_scanner_enqueues_once(owner, scanner_names):
    calls = []

    @register_scanner("test.deadlines")
    def scan(now):
        calls.append(now)
        return len(notify(recipients=[owner], title="督办事项即将到期", dedup_key="supervision:1:due"))

    scanner_names.append("test.deadlines")
    assert "test.deadlines" in registered()
    first = run_once(name="w")
    assert first.enqueued == 1 and first.sent == 1
    run_once(name="w")
    assert len(calls) == 2
    assert Outbox.objects.count() == 1 and Notification.objects.count() == 1


def test_failing_scanner_is_isolated(owner, scanner_names):
    def broken(now):
        notify(recipients=[owner], title="半途", dedup_key="half")
        raise RuntimeError("扫描出错")

    register_scanner("test.broken", broken)
    register_scanner("test.ok", lambda now: len(notify(recipients=[owner], title="正常", dedup_key="ok")))
    scanner_names.extend(["test.broken", "test.ok"])
    stats = run_once(name="w")
    assert stats.sent == 1
    assert list(Outbox.objects.values_list("title", flat=True)) == ["正常"]  # the broken scan rolled back


def test_every_seconds_spaces_runs(scanner_names):
    calls = []
    register_scanner("test.slow", lambda now: calls.append(now), every_seconds=3600)
    scanner_names.append("test.slow")
    run_once(name="w")
    run_once(name="w")
    assert len(calls) == 1
