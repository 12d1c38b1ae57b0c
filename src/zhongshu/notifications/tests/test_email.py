"""E-mail through Django's mail backends (locmem in tests); the daily digest."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core import mail

from zhongshu.notifications.channels import CLASSIFIED_NOTICE
from zhongshu.notifications.models import Channel, Outbox, OutboxStatus
from zhongshu.notifications.services import notify, set_email_digest
from zhongshu.notifications.worker import run_once

pytestmark = pytest.mark.django_db
SH = ZoneInfo("Asia/Shanghai")


@pytest.fixture
def reader(owner):
    owner.email = "wang@example.gov.cn"
    owner.save()
    return owner


def test_mail_sent(reader, settings):
    settings.SITE_URL = "https://oa.example.gov.cn"
    notify(recipients=[reader], title="请审核公文", body="《关于春季防火的通知》待您审核。", link="/docs/9", channels=(Channel.EMAIL,))
    assert run_once(name="w").sent == 1
    [msg] = mail.outbox
    assert msg.to == ["wang@example.gov.cn"]
    assert msg.subject == "【中枢】请审核公文"
    assert "待您审核" in msg.body and "https://oa.example.gov.cn/docs/9" in msg.body
    assert Outbox.objects.get().status == OutboxStatus.SENT


def test_classified_mail_carries_no_content(reader):
    notify(recipients=[reader], title="机密：人事安排", body="内容", classification=2, channels=(Channel.EMAIL,))
    run_once(name="w")
    [msg] = mail.outbox
    assert "人事安排" not in msg.subject + msg.body
    assert CLASSIFIED_NOTICE in msg.body


def test_no_address_no_row(owner):
    assert notify(recipients=[owner], title="t", channels=(Channel.EMAIL,)) == []


def test_backend_failure_is_retried(reader, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 1, 2
    notify(recipients=[reader], title="t", channels=(Channel.EMAIL,))
    assert run_once(name="w").retried == 1
    row = Outbox.objects.get()
    assert row.status == OutboxStatus.PENDING and "第 1 次发送失败：邮件发送失败" in row.last_error


def test_digest_batches_non_urgent_mail(reader, settings):
    settings.NOTIFY_DIGEST_TIME = "17:30"
    set_email_digest(user=reader, enabled=True)
    with time_machine.travel(datetime(2025, 3, 5, 9, 0, tzinfo=SH), tick=False):
        notify(recipients=[reader], title="甲事项", channels=(Channel.EMAIL,))
        notify(recipients=[reader], title="乙事项", channels=(Channel.EMAIL, Channel.INAPP))
        notify(recipients=[reader], title="特急事项", urgent=True, channels=(Channel.EMAIL,))
        stats = run_once(name="w")
        assert stats.sent == 2  # the urgent mail and the in-app notice
        assert [m.subject for m in mail.outbox] == ["【中枢】【紧急】特急事项"]
    assert set(Outbox.objects.filter(digest=True).values_list("due_at", flat=True)) == {datetime(2025, 3, 5, 17, 30, tzinfo=SH)}
    with time_machine.travel(datetime(2025, 3, 5, 17, 31, tzinfo=SH), tick=False):
        assert run_once(name="w", batch=1).sent == 2  # one claimed, the other swept in
    digest = mail.outbox[1]
    assert digest.subject == "【中枢】今日通知汇总（2 条）"
    assert "甲事项" in digest.body and "乙事项" in digest.body
    assert len(mail.outbox) == 2
