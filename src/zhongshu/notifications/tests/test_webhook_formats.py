"""企业微信 and 钉钉 group robots, against a real local HTTP server."""

import pytest

from zhongshu.notifications.models import Outbox, OutboxStatus
from zhongshu.notifications.services import notify_webhook
from zhongshu.notifications.worker import run_once

pytestmark = pytest.mark.django_db


def test_wecom_markdown(wecom, robot_server, settings):
    settings.SITE_URL = "https://oa.example.gov.cn"
    notify_webhook(target=wecom, title="今日值班", body="带班领导：孙主任", link="/duty/today")
    assert run_once(name="w").sent == 1
    [hit] = robot_server.hits
    assert hit["path"] == "/cgi-bin/webhook/send" and hit["query"] == {"key": "test-key"}
    assert hit["content_type"].startswith("application/json")
    assert hit["body"] == {
        "msgtype": "markdown",
        "markdown": {"content": "**今日值班**\n带班领导：孙主任\n[查看详情](https://oa.example.gov.cn/duty/today)"},
    }
    row = Outbox.objects.get()
    assert row.status == OutboxStatus.SENT and row.sent_at is not None


def test_wecom_content_limited_to_4096_bytes(wecom, robot_server):
    notify_webhook(target=wecom, title="长消息", body="字" * 3000)
    run_once(name="w")
    content = robot_server.bodies()[0]["markdown"]["content"]
    assert len(content.encode("utf-8")) <= 4096 and content.endswith("……")


def test_dingtalk_markdown_with_sign(dingtalk, robot_server):
    notify_webhook(target=dingtalk, title="会议通知", body="下午三点，三楼会议室")
    assert run_once(name="w").sent == 1
    [hit] = robot_server.hits
    assert hit["path"] == "/robot/send"
    assert hit["query"]["access_token"] == "test-token"
    assert hit["query"]["timestamp"].isdigit() and len(hit["query"]["timestamp"]) == 13
    assert hit["sign_ok"] is True
    assert hit["body"] == {"msgtype": "markdown", "markdown": {"title": "会议通知", "text": "### 会议通知\n\n下午三点，三楼会议室"}}


def test_dingtalk_without_secret_is_unsigned(dingtalk, robot_server):
    dingtalk.secret = ""
    dingtalk.save()
    notify_webhook(target=dingtalk, title="t")
    run_once(name="w")
    assert set(robot_server.hits[0]["query"]) == {"access_token"}
