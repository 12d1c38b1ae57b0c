"""A failing robot is retried with back-off, then marked failed with the reason."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from zhongshu.notifications.config import BACKOFF_MINUTES
from zhongshu.notifications.models import Outbox, OutboxStatus
from zhongshu.notifications.services import notify_webhook
from zhongshu.notifications.worker import run_once

pytestmark = pytest.mark.django_db


def test_errcode_retried_then_failed(wecom, robot_server):
    robot_server.answer = (200, {"errcode": 93000, "errmsg": "invalid webhook url"})
    row = notify_webhook(target=wecom, title="提醒")
    start = timezone.now()
    with time_machine.travel(start, tick=False) as clock:
        for attempt in range(1, row.max_attempts):
            assert run_once(name="w").retried == 1
            row.refresh_from_db()
            wait = timedelta(minutes=BACKOFF_MINUTES[attempt - 1])
            assert row.status == OutboxStatus.PENDING and row.attempts == attempt
            assert row.due_at == timezone.now() + wait
            assert f"第 {attempt} 次发送失败：企业微信返回错误：errcode=93000，errmsg=invalid webhook url" in row.last_error
            clock.shift(wait - timedelta(seconds=1))
            assert run_once(name="w").claimed == 0  # not before the back-off
            clock.shift(timedelta(seconds=1))
        assert run_once(name="w").failed == 1
    row.refresh_from_db()
    assert row.status == OutboxStatus.FAILED and row.attempts == row.max_attempts
    assert row.last_error.startswith(f"已尝试 {row.max_attempts} 次均失败，不再重试")
    assert "errcode=93000" in row.last_error
    assert len(robot_server.hits) == row.max_attempts


def test_http_error_then_recovery(dingtalk, robot_server):
    robot_server.answer = (502, {"error": "bad gateway"})
    row = notify_webhook(target=dingtalk, title="提醒")
    run_once(name="w")
    row.refresh_from_db()
    assert "钉钉接口返回 HTTP 502" in row.last_error and row.status == OutboxStatus.PENDING
    robot_server.answer = (200, {"errcode": 0, "errmsg": "ok"})
    with time_machine.travel(row.due_at + timedelta(seconds=1)):
        assert run_once(name="w").sent == 1
    row.refresh_from_db()
    assert row.status == OutboxStatus.SENT and row.last_error == "" and row.attempts == 2


def test_unreachable_robot(wecom, robot_server):
    wecom.url = "http://127.0.0.1:1/send"
    wecom.save()
    row = notify_webhook(target=wecom, title="t")
    run_once(name="w")
    row.refresh_from_db()
    assert "无法连接企业微信接口" in row.last_error


def test_one_bad_row_does_not_stop_the_batch(wecom, dingtalk, robot_server):
    notify_webhook(target=wecom, title="a")
    bad = notify_webhook(target=dingtalk, title="b")
    Outbox.objects.filter(pk=bad.pk).update(channel="bogus")
    notify_webhook(target=wecom, title="c")
    stats = run_once(name="w")
    assert stats.sent == 2 and stats.retried == 1
    assert "未知的群机器人类型" in Outbox.objects.get(pk=bad.pk).last_error
