"""Quiet hours: non-urgent e-mail and robot messages wait until morning;
in-app and urgent messages do not."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core import mail

from zhongshu.core.models import Setting
from zhongshu.notifications.config import QUIET_HOURS_KEY
from zhongshu.notifications.models import Channel, Notification, Outbox, OutboxStatus
from zhongshu.notifications.services import notify, notify_webhook
from zhongshu.notifications.worker import run_once

pytestmark = pytest.mark.django_db
SH = ZoneInfo("Asia/Shanghai")


@pytest.fixture
def quiet(settings):
    settings.NOTIFY_QUIET_HOURS = "22:00-07:30"


@pytest.fixture
def reader(owner):
    owner.email = "wang@example.gov.cn"
    owner.save()
    return owner


def test_night_mail_and_robot_wait_until_morning(quiet, reader, wecom, robot_server):
    with time_machine.travel(datetime(2025, 3, 4, 23, 10, tzinfo=SH), tick=False):
        notify(recipients=[reader], title="明日会议通知", channels=(Channel.INAPP, Channel.EMAIL))
        notify_webhook(target=wecom, title="明日会议通知")
        morning = datetime(2025, 3, 5, 7, 30, tzinfo=SH)
        assert Outbox.objects.get(channel=Channel.EMAIL).due_at == morning
        assert Outbox.objects.get(channel=Channel.WECOM).due_at == morning
        run_once(name="w")
        assert Notification.objects.count() == 1  # in-app is not held back
        assert mail.outbox == [] and robot_server.hits == []
    with time_machine.travel(datetime(2025, 3, 5, 7, 29, tzinfo=SH), tick=False):
        assert run_once(name="w").claimed == 0
    with time_machine.travel(datetime(2025, 3, 5, 7, 31, tzinfo=SH), tick=False):
        assert run_once(name="w").sent == 2
    assert len(mail.outbox) == 1 and len(robot_server.hits) == 1


def test_early_morning_waits_same_day(quiet, reader):
    with time_machine.travel(datetime(2025, 3, 5, 3, 0, tzinfo=SH), tick=False):
        notify(recipients=[reader], title="t", channels=(Channel.EMAIL,))
    assert Outbox.objects.get().due_at == datetime(2025, 3, 5, 7, 30, tzinfo=SH)


def test_urgent_goes_at_night(quiet, reader, wecom, robot_server):
    with time_machine.travel(datetime(2025, 3, 4, 23, 10, tzinfo=SH), tick=False):
        notify(recipients=[reader], title="特急：防汛通知", urgent=True, channels=(Channel.EMAIL,))
        notify_webhook(target=wecom, title="特急：防汛通知", urgent=True)
        assert run_once(name="w").sent == 2
    assert "【紧急】" in mail.outbox[0].subject
    assert "【紧急】" in robot_server.bodies()[0]["markdown"]["content"]


def test_daytime_unchanged(quiet, reader):
    at = datetime(2025, 3, 5, 10, 0, tzinfo=SH)
    with time_machine.travel(at, tick=False):
        notify(recipients=[reader], title="t", channels=(Channel.EMAIL,))
    assert Outbox.objects.get().due_at == at


def test_office_setting_overrides(quiet, reader):
    Setting.objects.create(key=QUIET_HOURS_KEY, value={"start": "20:00", "end": "06:00"})
    with time_machine.travel(datetime(2025, 3, 4, 21, 0, tzinfo=SH), tick=False):
        notify(recipients=[reader], title="t", channels=(Channel.EMAIL,))
    assert Outbox.objects.get().due_at == datetime(2025, 3, 5, 6, 0, tzinfo=SH)
    Setting.objects.filter(key=QUIET_HOURS_KEY).update(value={})  # switched off
    with time_machine.travel(datetime(2025, 3, 4, 23, 0, tzinfo=SH), tick=False):
        row = notify(recipients=[reader], title="t2", channels=(Channel.EMAIL,))[0]
        assert row.due_at == datetime(2025, 3, 4, 23, 0, tzinfo=SH)
        assert row.status == OutboxStatus.PENDING
