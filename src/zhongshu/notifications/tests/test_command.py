"""`zhongshu worker --once` runs one cycle and reports in Chinese."""

from io import StringIO

import pytest
from django.core.management import call_command

from zhongshu.notifications.models import Notification
from zhongshu.notifications.services import notify

pytestmark = pytest.mark.django_db


def test_once(owner):
    notify(recipients=[owner], title="t")
    out = StringIO()
    call_command("worker", "--once", "--name", "cmd-test", stdout=out)
    assert "领取 1 条，发送成功 1" in out.getvalue()
    assert Notification.objects.get().outbox.claimed_by == "cmd-test"
